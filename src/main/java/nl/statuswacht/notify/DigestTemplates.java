package nl.statuswacht.notify;

import java.time.Instant;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import nl.statuswacht.digest.DigestPost;
import nl.statuswacht.digest.DigestReport;
import nl.statuswacht.model.Classification;
import nl.statuswacht.notify.AlertTemplates.Language;
import nl.statuswacht.rules.Scoreboard;

/**
 * Renders a {@link DigestReport} as the weekly digest mail in one language: a subject, a
 * plain-text part, an HTML part, and one calendar ({@code METHOD:PUBLISH}) holding every downtime
 * window of the coming {@value DigestReport#HORIZON_DAYS} days. Pure and thread-safe; the
 * templates ({@code templates/digest.text.mustache} and {@code templates/digest.html.mustache}
 * beside this class, one of each for both languages, their words from {@link MailWords}) are
 * compiled once, in the constructor.
 *
 * <p>The HTML part escapes every value; the templates have no triple braces. It is a complete
 * document with inline styles and table layout, without scripts, images or anything fetched; the
 * only links are the posts' web links and the unsubscribe address. The text part escapes
 * nothing. All times are in Europe/Amsterdam, spelled out in the mail's language, whatever the
 * JVM's default zone and locale.
 */
public final class DigestTemplates {
  /**
   * One rendered digest.
   *
   * @param subject plain text, one line
   * @param text the text/plain part
   * @param html the text/html part
   * @param ics every upcoming downtime window as one {@code METHOD:PUBLISH} calendar, or {@code
   *     null} when there is none
   */
  public record Rendered(String subject, String text, String html, String ics) {}

  /**
   * How reading the status page went, so that the digest's sign of life is honest.
   *
   * @param lastRead the last time the page was read (fetched, or unchanged since), or {@code null}
   *     when it never was
   * @param failedPolls the polls in a row that could not read it (0: the last one could)
   */
  public record PageHealth(Instant lastRead, int failedPolls) {}

  private final TemplateSet templates = new TemplateSet("digest.");

  /**
   * Renders {@code report} in {@code language}.
   *
   * @param from the sender's plain address: where the reader mails "unsubscribe" to, the
   *     organizer of the calendar, and the domain of its UIDs (the alerts' UIDs, so a client that
   *     holds an invitation updates it instead of adding a copy)
   * @param health how reading the page went: the digest says when it was last read, and warns
   *     when the last polls failed
   * @throws IllegalArgumentException when {@code from} is not a plain address
   */
  public Rendered render(DigestReport report, Language language, String from,
      PageHealth health) {
    Objects.requireNonNull(report, "report");
    Objects.requireNonNull(language, "language");
    Objects.requireNonNull(health, "health");
    if (!AlertTemplates.plainAddress(from)) {
      throw new IllegalArgumentException("digest: from is not a plain address: " + from);
    }
    Words words = Words.of(language);
    String subject = subject(report, words);
    Map<String, Object> view = DigestView.of(report, words, subject, from, health);
    return new Rendered(subject, templates.text(view),
        templates.html(view), calendar(report, from));
  }

  /**
   * {@code [statuswacht] Weekoverzicht KVK week 47 (16–22 november 2026): 2 storingen, 1
   * schending}, or {@code … — geen berichten} for a quiet week.
   */
  static String subject(DigestReport report, Words words) {
    Map<String, String> values = new HashMap<>(Map.of("week",
        String.valueOf(report.week().number()), "range", DigestView.range(report, words)));
    if (report.quiet()) {
      return MailWords.digest(words.language()).text("subject.quiet", values);
    }
    values.put("counts", DigestView.counts(report, words));
    return MailWords.digest(words.language()).text("subject.full", values);
  }

  /** The upcoming windows as one published calendar; UID and SEQUENCE as the alerts have them. */
  private static String calendar(DigestReport report, String from) {
    if (report.upcomingWindows().isEmpty()) {
      return null;
    }
    String domain = from.substring(from.indexOf('@') + 1);
    List<IcsInvites.Invite> invites = report.upcomingWindows().stream()
        .map(post -> invite(post, domain, report, from))
        .toList();
    return IcsInvites.publish(invites);
  }

  private static IcsInvites.Invite invite(DigestPost post, String domain, DigestReport report,
      String from) {
    Scoreboard.Judged judged = post.judged();
    Classification c = judged.classification();
    String title = Subjects.oneLine(judged.title() == null ? "" : judged.title());
    String link = judged.link();
    return new IcsInvites.Invite(IcsInvites.uid(judged.key(), from), post.version(),
        report.asOf(), c.window().start(), c.window().end(), title,
        link == null ? title : title + "\n" + link, webLink(link), from);
  }

  /** The link when it is a web address a URI can hold, else {@code null}. */
  private static String webLink(String link) {
    String web = AlertTemplates.webLink(link);
    if (web == null) {
      return null;
    }
    try {
      return new URI(web).toString();
    } catch (URISyntaxException e) {
      return null;
    }
  }
}
