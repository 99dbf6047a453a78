package nl.statuswacht.bench;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * A Statuspage-style Atom history feed of {@code n} posts for the poll benchmarks, the same text
 * on every run: post {@code i} is one of four kinds (a Dutch and an English incident, a Dutch and
 * an English planned maintenance), its last update seven hours before that of post {@code i - 1},
 * counting back from 2026-11-27 09:00 UTC, its two to four updates in Statuspage's escaped HTML
 * (newest first, times in UTC without a year, the status word in {@code <strong>}). Every incident
 * is resolved and every maintenance completed, so the feed raises no deadline alert or reminder
 * of its own. {@link #render(int, int)} with a round above 0 gives the first post one more update
 * ("Nabericht {@code round}", the incident still resolved): the feed as it is when one incident of many changed.
 */
final class PollFeed {
  private PollFeed() {}

  static final String HOST = "https://status.bench.example";
  private static final ZonedDateTime START =
      ZonedDateTime.of(2026, 11, 27, 9, 0, 0, 0, ZoneOffset.UTC);
  private static final Duration STEP = Duration.ofHours(7);
  private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");
  private static final List<String> SERVICES = List.of("KVK API", "KVK Dataservice",
      "KVK Mutatieservice", "API Zoeken", "API Basisprofiel");
  private static final DateTimeFormatter ISO =
      DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss'Z'", Locale.ROOT);
  private static final DateTimeFormatter HHMM = DateTimeFormatter.ofPattern("HH:mm", Locale.ROOT);
  private static final DateTimeFormatter HH_MM = DateTimeFormatter.ofPattern("HH.mm", Locale.ROOT);

  private record Update(ZonedDateTime at, String status, String text) {}

  private record Entry(String code, String title, List<Update> updates) {}

  /** The feed of {@code posts} posts; its first post with one more update when round > 0. */
  static String render(int posts, int round) {
    StringBuilder feed = new StringBuilder(posts * 1_700);
    feed.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
        .append("<feed xml:lang=\"nl-NL\" xmlns=\"http://www.w3.org/2005/Atom\">\n")
        .append("  <id>tag:status.bench.example,2005:/history</id>\n")
        .append("  <link rel=\"alternate\" type=\"text/html\" href=\"").append(HOST)
        .append("\"/>\n")
        .append("  <link rel=\"self\" type=\"application/atom+xml\" href=\"").append(HOST)
        .append("/history.atom\"/>\n")
        .append("  <title>Bench Status - Incident History</title>\n")
        .append("  <updated>").append(ISO.format(START.plusMinutes(round))).append("</updated>\n")
        .append("  <author><name>Bench</name></author>\n");
    for (int i = 0; i < posts; i++) {
      Entry entry = entry(i);
      if (i == 0 && round > 0) {
        List<Update> updates = new ArrayList<>(entry.updates());
        updates.add(new Update(START.plusMinutes(round), "Opgelost",
            "Nabericht " + round + ": de oorzaak was een defecte netwerkkaart."));
        entry = new Entry(entry.code(), entry.title(), updates);
      }
      atom(feed, entry);
    }
    return feed.append("</feed>\n").toString();
  }

  private static Entry entry(int i) {
    ZonedDateTime t = START.minus(STEP.multipliedBy(i));
    String service = SERVICES.get(i % SERVICES.size());
    String code = String.format(Locale.ROOT, "b%05d", i);
    return switch (i % 4) {
      case 0 -> {
        ZonedDateTime start = t.minusHours(2).minusMinutes(15);
        String severity = List.of("ernstig", "beperkt", "minimaal").get(i % 3);
        yield new Entry(code, "Verstoring " + service + " (" + i + ")", List.of(
            new Update(start, "Onderzoek", "Sinds " + local(start) + " uur is de " + service
                + " niet bereikbaar. De dienstverlening is " + severity + " verstoord. Wij"
                + " onderzoeken de oorzaak."),
            new Update(start.plusMinutes(50), "Update", "We hebben de oorzaak gevonden en"
                + " werken aan een oplossing. Zo nodig kunt u de gegevens ophalen via de KVK"
                + " Dataservice."),
            new Update(t, "Opgelost", "De verstoring is om " + local(t) + " uur verholpen. De "
                + service + " werkt weer normaal.")));
      }
      case 1 -> {
        LocalDate day = t.minusDays(1).toLocalDate();
        yield new Entry(code, "Gepland onderhoud " + service + " (" + i + ")", List.of(
            new Update(day.minusDays(14).atTime(10, 0).atZone(ZoneOffset.UTC), "Gepland",
                "Op " + dutch(day) + " van 22:00 tot 23:30 uur is de " + service
                    + " niet beschikbaar door onderhoud."),
            new Update(day.atTime(21, 0).atZone(ZoneOffset.UTC), "In uitvoering",
                "Het onderhoud is begonnen."),
            new Update(day.atTime(22, 20).atZone(ZoneOffset.UTC), "Voltooid",
                "Het onderhoud is klaar.")));
      }
      case 2 -> {
        ZonedDateTime start = t.minusHours(2);
        yield new Entry(code, service + " errors (" + i + ")", List.of(
            new Update(start, "Investigating", "Since " + HHMM.format(start) + " UTC requests"
                + " to the " + service + " fail. Service is severely disrupted (P"
                + (1 + i % 3) + ")."),
            new Update(start.plusMinutes(30), "Identified", "The cause has been identified: a"
                + " faulty certificate on the load balancer."),
            new Update(start.plusMinutes(95), "Monitoring",
                "A fix has been deployed; we are monitoring."),
            new Update(t, "Resolved", "The disruption has been fixed.")));
      }
      default -> {
        LocalDate day = t.minusDays(1).toLocalDate();
        yield new Entry(code, "Planned maintenance " + service + " (" + i + ")", List.of(
            new Update(day.minusDays(12).atTime(9, 0).atZone(ZoneOffset.UTC), "Scheduled",
                "The " + service + " will be unavailable on " + english(day) + " between"
                    + " 08:00 and 12:00 CET because of planned maintenance."),
            new Update(day.atTime(7, 0).atZone(ZoneOffset.UTC), "In progress",
                "Scheduled maintenance is currently in progress."),
            new Update(day.atTime(10, 45).atZone(ZoneOffset.UTC), "Completed",
                "The scheduled maintenance has been completed.")));
      }
    };
  }

  private static void atom(StringBuilder feed, Entry entry) {
    ZonedDateTime first = entry.updates().stream().map(Update::at)
        .min(Comparator.naturalOrder()).orElseThrow();
    ZonedDateTime last = entry.updates().stream().map(Update::at)
        .max(Comparator.naturalOrder()).orElseThrow();
    StringBuilder html = new StringBuilder();
    entry.updates().stream().sorted(Comparator.comparing(Update::at).reversed()).forEach(u ->
        html.append("<p><small>")
            .append(u.at().getMonth().getDisplayName(TextStyle.SHORT, Locale.ENGLISH))
            .append(" <var data-var='date'>").append(String.format(Locale.ROOT, "%2d",
                u.at().getDayOfMonth()))
            .append("</var>, <var data-var='time'>").append(HHMM.format(u.at()))
            .append("</var> UTC</small><br><strong>").append(xml(u.status()))
            .append("</strong> - ").append(xml(u.text())).append("</p>"));
    feed.append("  <entry>\n")
        .append("    <id>tag:status.bench.example,2005:Incident/").append(entry.code())
        .append("</id>\n")
        .append("    <published>").append(ISO.format(first)).append("</published>\n")
        .append("    <updated>").append(ISO.format(last)).append("</updated>\n")
        .append("    <link rel=\"alternate\" type=\"text/html\" href=\"").append(HOST)
        .append("/incidents/").append(entry.code()).append("\"/>\n")
        .append("    <title>").append(xml(entry.title())).append("</title>\n")
        .append("    <content type=\"html\">")
        .append(xml(html.toString()).replace("'", "&#x27;")).append("</content>\n")
        .append("  </entry>\n");
  }

  private static String local(ZonedDateTime t) {
    return HH_MM.format(t.withZoneSameInstant(AMSTERDAM));
  }

  private static String dutch(LocalDate day) {
    return List.of("maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag",
        "zondag").get(day.getDayOfWeek().getValue() - 1) + " " + day.getDayOfMonth() + " "
        + List.of("januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus",
            "september", "oktober", "november", "december").get(day.getMonthValue() - 1) + " "
        + day.getYear();
  }

  private static String english(LocalDate day) {
    DayOfWeek weekday = day.getDayOfWeek();
    return weekday.getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " " + day.getDayOfMonth()
        + " " + day.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " "
        + day.getYear();
  }

  private static String xml(String s) {
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
        .replace("\"", "&quot;");
  }
}
