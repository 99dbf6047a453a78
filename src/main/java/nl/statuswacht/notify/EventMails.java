package nl.statuswacht.notify;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import nl.statuswacht.model.Post;
import nl.statuswacht.model.PostUpdate;
import nl.statuswacht.model.Window;

/**
 * Writes the plain-text mail for a post event: subject and body, in Dutch, with times in
 * Europe/Amsterdam. Pure; the "Email alerts" issue replaces it with templates.
 */
public final class EventMails {
  /** The zone every time in a mail is shown in. */
  public static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");

  private static final DateTimeFormatter WHEN =
      DateTimeFormatter.ofPattern("EEEE d MMMM uuuu HH:mm", Locale.forLanguageTag("nl-NL"))
          .withZone(AMSTERDAM);

  /** The kind of event a mail is about. */
  public enum Kind {
    NEW,
    UPDATED
  }

  /** Subject and text of one mail. */
  public record Content(String subject, String body) {}

  private EventMails() {}

  public static Content compose(Kind kind, Post post, List<String> changes, String version) {
    String status = post.latestStatus().isBlank() ? "" : " — " + post.latestStatus().strip();
    String subject =
        (kind == Kind.NEW ? "[KVK status] Nieuw: " : "[KVK status] Bijgewerkt: ")
            + post.title().strip()
            + status;
    StringBuilder body = new StringBuilder();
    body.append(post.title().strip()).append("\n\n");
    if (!post.latestStatus().isBlank()) {
      body.append("Status: ").append(post.latestStatus().strip()).append('\n');
    }
    if (post.published() != null) {
      body.append("Gepubliceerd: ").append(when(post.published())).append('\n');
    }
    if (post.link() != null) {
      body.append("Link: ").append(post.link()).append('\n');
    }
    if (kind == Kind.UPDATED && !changes.isEmpty()) {
      body.append("\nGewijzigd: ").append(String.join("; ", changes)).append('\n');
    }
    if (post.updates().isEmpty()) {
      body.append('\n').append(post.body().strip()).append('\n');
    } else {
      body.append("\nTijdlijn (nieuwste eerst):\n");
      List<PostUpdate> updates = post.updates();
      for (int i = updates.size() - 1; i >= 0; i--) {
        PostUpdate update = updates.get(i);
        body.append("\n").append(when(update.at()));
        if (!update.status().isBlank()) {
          body.append(" — ").append(update.status().strip());
        }
        body.append('\n').append(update.text().strip()).append('\n');
      }
    }
    body.append("\n-- \nstatuswacht ").append(version)
        .append(" — tijden in Europe/Amsterdam.\n");
    return new Content(subject, body.toString());
  }

  /** The reminder that a downtime window starts within {@code lead}. */
  public static Content reminder(String title, String link, Window window, Duration lead,
      String version) {
    String when = lead.toHours() >= 1 && lead.toMinutesPart() == 0
        ? lead.toHours() + " uur" : lead.toMinutes() + " minuten";
    String subject = "[KVK status] Herinnering: " + title.strip() + " — begint over " + when;
    StringBuilder body = new StringBuilder(title.strip()).append("\n\n")
        .append("Begint: ").append(when(window.start())).append('\n');
    if (window.end() != null) {
      body.append("Eindigt: ").append(when(window.end())).append('\n');
    }
    if (link != null) {
      body.append("Link: ").append(link).append('\n');
    }
    body.append("\nDe dienst is in dit tijdvak niet beschikbaar.\n")
        .append("\n-- \nstatuswacht ").append(version)
        .append(" — tijden in Europe/Amsterdam.\n");
    return new Content(subject, body.toString());
  }

  /**
   * A Message-ID (without brackets) that is the same whenever the same event is mailed to the
   * same recipient, so that a resend after a crash is recognisable.
   */
  public static String messageId(
      String source, String postKey, int version, Kind kind, String recipient, String domain) {
    return messageId(source, postKey, version, kind.name(), recipient, domain);
  }

  /** The same, for an event named by its kind (a reminder, a deadline). */
  public static String messageId(
      String source, String postKey, int version, String kind, String recipient, String domain) {
    String key = String.join("\u0000", source, postKey, Integer.toString(version), kind,
        recipient.toLowerCase(Locale.ROOT));
    try {
      byte[] hash = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
      return "sw." + HexFormat.of().formatHex(hash, 0, 16) + "@" + domain;
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this JVM", e);
    }
  }

  private static String when(Instant instant) {
    return WHEN.format(instant);
  }
}
