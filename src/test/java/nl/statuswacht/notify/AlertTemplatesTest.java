package nl.statuswacht.notify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TimeZone;
import java.util.stream.Stream;
import nl.statuswacht.change.Change;
import nl.statuswacht.model.Category;
import nl.statuswacht.model.Classification;
import nl.statuswacht.model.Outcome;
import nl.statuswacht.model.Post;
import nl.statuswacht.model.PostUpdate;
import nl.statuswacht.model.Priority;
import nl.statuswacht.model.Rule;
import nl.statuswacht.model.Service;
import nl.statuswacht.model.Verdict;
import nl.statuswacht.model.VerdictDetail;
import nl.statuswacht.model.Window;
import nl.statuswacht.notify.AlertTemplates.Content;
import nl.statuswacht.notify.AlertTemplates.Language;
import nl.statuswacht.rules.Policy;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every kind in both languages: exact subjects, key lines of the text, safe HTML. Over 300 lines
 * because its fixtures (a post, a classification and real verdicts per kind) and the table of
 * expected lines per kind and language are read together; split, each half would repeat them.
 */
class AlertTemplatesTest {
  private static final AlertTemplates TEMPLATES = new AlertTemplates();
  private static final String UNSUBSCRIBE = "afmelden@statuswacht.example";

  // ---- fixtures, built by hand ----

  /** A P1 incident on KVK API, 14 March 2026 21:00–22:30 Amsterdam (CET, UTC+1). */
  static Post incidentPost() {
    return new Post("inc-1", "KVK API Zoeken niet beschikbaar",
        "https://status.kvk.nl/incidents/inc-1", Instant.parse("2026-03-14T20:00:00Z"),
        Instant.parse("2026-03-14T21:30:00Z"), "Zoeken geeft fouten. Opgelost.",
        List.of(
            new PostUpdate(Instant.parse("2026-03-14T20:00:00Z"), "Onderzoek",
                "Zoeken geeft fouten."),
            new PostUpdate(Instant.parse("2026-03-14T21:30:00Z"), "Opgelost", "Opgelost.")),
        null, "<p>Zoeken geeft fouten.</p>");
  }

  static Classification incident(Priority priority, Instant resolved) {
    return new Classification(Category.INCIDENT, true, List.of(Service.KVK_API), priority, null,
        null, null, Instant.parse("2026-03-14T20:00:00Z"), resolved, null, Map.of());
  }

  static final VerdictDetail.Target WITHIN_4_HOURS = new VerdictDetail.Target(95, 4, false);

  static final Verdict RESTORED = new Verdict(Rule.RESTORATION, Outcome.COMPLIANT,
      new VerdictDetail.RestorationDone(Priority.P1, List.of(new VerdictDetail.TargetResult(
          WITHIN_4_HOURS, Instant.parse("2026-03-15T00:00:00Z"), true)), Duration.ofMinutes(90),
          new VerdictDetail.TargetResult(WITHIN_4_HOURS, Instant.parse("2026-03-15T00:00:00Z"),
              true), null));

  static final VerdictDetail.TargetResult DUE_IN_8_HOURS = new VerdictDetail.TargetResult(
      new VerdictDetail.Target(95, 8, false), Instant.parse("2026-03-15T04:00:00Z"), null);

  static final Verdict NOT_RESTORED = new Verdict(Rule.RESTORATION, Outcome.VIOLATION,
      new VerdictDetail.RestorationOpen(Priority.P2, List.of(DUE_IN_8_HOURS),
          Instant.parse("2026-03-14T20:00:00Z"), DUE_IN_8_HOURS, null));

  /** Planned maintenance across the DST change: Sat 28 March 21:00 CET → Sun 29 March 07:30 CEST. */
  static final Window DST_WINDOW =
      new Window(Instant.parse("2026-03-28T20:00:00Z"), Instant.parse("2026-03-29T05:30:00Z"));

  static Post maintenancePost() {
    return new Post("mnt-1", "Gepland onderhoud KVK Dataservice",
        "https://status.kvk.nl/incidents/mnt-1", Instant.parse("2026-03-25T09:00:00Z"), null,
        "Onderhoud aan de Dataservice; de dienst is niet beschikbaar.", List.of(), null,
        "<p>Onderhoud aan de <b>Dataservice</b>; de dienst is niet beschikbaar.</p>");
  }

  static Classification maintenance() {
    return new Classification(Category.PLANNED_MAINTENANCE, true,
        List.of(Service.KVK_DATASERVICE), null, null, DST_WINDOW, null, null, null, null,
        Map.of());
  }

  static final Verdict LATE_NOTICE = new Verdict(Rule.MAINTENANCE_NOTICE, Outcome.VIOLATION,
      new VerdictDetail.MaintenanceNotice(10, LocalDate.of(2026, 3, 28),
          LocalDate.of(2026, 3, 16), LocalDate.of(2026, 3, 25)));

  static final Verdict WINDOW_OK = new Verdict(Rule.MAINTENANCE_WINDOW, Outcome.COMPLIANT,
      new VerdictDetail.WindowChecked(new VerdictDetail.AllowedHours(LocalTime.of(21, 0),
          LocalTime.of(7, 30), true, false), DST_WINDOW.start(), DST_WINDOW.end(), List.of()));

  /** The window as it was before the update: a week earlier, on one evening. */
  static final Window EARLIER_WINDOW =
      new Window(Instant.parse("2026-03-21T20:00:00Z"), Instant.parse("2026-03-21T22:00:00Z"));

  /** The update's change line for the moved window, in Dutch: Amsterdam times, spelled out. */
  static final String MOVED_NL = "- tijdvak verplaatst van zaterdag 21 maart 2026 21:00 – 23:00"
      + " naar zaterdag 28 maart 2026 21:00 – zondag 29 maart 2026 07:30";

  static final String MOVED_EN = "- window moved from Saturday 21 March 2026 21:00 – 23:00"
      + " to Saturday 28 March 2026 21:00 – Sunday 29 March 2026 07:30";

  static Alert alert(Alert.Kind kind) {
    return switch (kind) {
      case NEW -> Alert.newPost(incidentPost(), incident(Priority.P1, null), List.of());
      case UPDATED -> Alert.updated(maintenancePost(), maintenance(),
          List.of(LATE_NOTICE, WINDOW_OK), List.of(new Change.WindowMoved(EARLIER_WINDOW, DST_WINDOW)));
      case RESOLVED -> Alert.resolved(incidentPost(),
          incident(Priority.P1, Instant.parse("2026-03-14T21:30:00Z")), List.of(RESTORED),
          List.of(new Change.Status("Onderzoek", "Opgelost")));
      case CANCELLED -> Alert.cancelled(maintenancePost(), maintenance(), List.of(WINDOW_OK),
          List.of(new Change.WindowMoved(DST_WINDOW, null)));
      case REMINDER -> Alert.reminder(maintenancePost(), maintenance(), List.of(WINDOW_OK),
          Duration.ofHours(1));
      case DEADLINE_PASSED -> Alert.deadlinePassed(
          new Post("inc-2", "KVK API Zoeken traag", "https://status.kvk.nl/incidents/inc-2",
              Instant.parse("2026-03-14T20:00:00Z"), null, "Zoeken is traag.",
              List.of(new PostUpdate(Instant.parse("2026-03-14T20:00:00Z"), "Onderzoek",
                  "Zoeken is traag.")), null),
          incident(Priority.P2, null), List.of(NOT_RESTORED),
          new Policy.Target(95, 8, Policy.Unit.HOURS));
      case SOURCE_UNREADABLE -> Alert.sourceUnreadable(
          "5 polls in a row; last: fetch: 503 from https://status.kvk.nl/history.rss after 1.2 s");
      case SOURCE_READABLE -> Alert.sourceReadable("readable again after 5 failed polls");
      case NEW_POSTS_HELD -> Alert.newPostsHeld("20 new posts at once (more than"
          + " poll.max-new-posts = 5); their 40 mails are held until `statuswacht release`");
      case DEAD_LETTERS -> Alert.deadLetters(List.of(
          "#7 → gone@example.org \"[KVK storing P1] KVK API\" (3 attempts): smtp: 550 5.1.1"
              + " mailbox unavailable",
          "#9 → <b>x@example.org \"Weekoverzicht\" (20 attempts): smtp: connection refused"));
    };
  }

  // ---- subjects, exactly ----

  static Stream<Arguments> subjects() {
    return Stream.of(
        Arguments.of(Alert.Kind.NEW,
            "[KVK storing P1] KVK API Zoeken niet beschikbaar — nieuw",
            "[KVK incident P1] KVK API Zoeken niet beschikbaar — new"),
        Arguments.of(Alert.Kind.UPDATED,
            "[KVK onderhoud] Gepland onderhoud KVK Dataservice — bijgewerkt — te laat aangekondigd",
            "[KVK maintenance] Gepland onderhoud KVK Dataservice — updated — announced too late"),
        Arguments.of(Alert.Kind.RESOLVED,
            "[KVK storing P1] KVK API Zoeken niet beschikbaar — opgelost",
            "[KVK incident P1] KVK API Zoeken niet beschikbaar — resolved"),
        Arguments.of(Alert.Kind.CANCELLED,
            "[KVK onderhoud] Gepland onderhoud KVK Dataservice — geannuleerd",
            "[KVK maintenance] Gepland onderhoud KVK Dataservice — cancelled"),
        Arguments.of(Alert.Kind.REMINDER,
            "[KVK onderhoud] Herinnering: Gepland onderhoud KVK Dataservice begint over 1 uur",
            "[KVK maintenance] Reminder: Gepland onderhoud KVK Dataservice starts in 1 hour"),
        Arguments.of(Alert.Kind.DEADLINE_PASSED,
            "[KVK storing P2] KVK API Zoeken traag — nog niet opgelost — hersteltermijn overschreden",
            "[KVK incident P2] KVK API Zoeken traag — still unresolved — restoration target missed"),
        Arguments.of(Alert.Kind.SOURCE_UNREADABLE,
            "[statuswacht] KVK-statuspagina onleesbaar",
            "[statuswacht] KVK status page unreadable"),
        Arguments.of(Alert.Kind.SOURCE_READABLE,
            "[statuswacht] KVK-statuspagina weer leesbaar",
            "[statuswacht] KVK status page readable again"),
        Arguments.of(Alert.Kind.NEW_POSTS_HELD,
            "[statuswacht] nieuwe berichten tegengehouden",
            "[statuswacht] new posts held"),
        Arguments.of(Alert.Kind.DEAD_LETTERS,
            "[statuswacht] mail niet bezorgd",
            "[statuswacht] mail not delivered"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("subjects")
  void subjectSaysCategoryPriorityServiceAndState(Alert.Kind kind, String nl, String en) {
    assertThat(TEMPLATES.render(alert(kind), Language.NL, UNSUBSCRIBE).subject()).isEqualTo(nl);
    assertThat(TEMPLATES.render(alert(kind), Language.EN, UNSUBSCRIBE).subject()).isEqualTo(en);
  }

  static Stream<Arguments> categories() {
    return Stream.of(
        Arguments.of(Category.EMERGENCY_MAINTENANCE, List.of(Service.KVK_API),
            "Spoedonderhoud KVK API",
            "[KVK spoedonderhoud] Spoedonderhoud KVK API — nieuw",
            "[KVK emergency maintenance] Spoedonderhoud KVK API — new"),
        Arguments.of(Category.CHANGE, List.of(Service.KVK_MUTATIESERVICE),
            "Nieuwe veldnamen in het antwoord",
            "[KVK wijziging] KVK Mutatieservice: Nieuwe veldnamen in het antwoord — nieuw",
            "[KVK change] KVK Mutatieservice: Nieuwe veldnamen in het antwoord — new"),
        Arguments.of(Category.INFORMATION, List.of(Service.OTHER), "Nieuwe statuspagina",
            "[KVK informatie] Nieuwe statuspagina — nieuw",
            "[KVK information] Nieuwe statuspagina — new"),
        Arguments.of(null, null, "Iets onduidelijks", "[KVK status] Iets onduidelijks — nieuw",
            "[KVK status] Iets onduidelijks — new"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("categories")
  void subjectTagPerCategoryAndServiceNamedWhenTheTitleDoesNot(Category category,
      List<Service> services, String title, String nl, String en) {
    Alert alert = Alert.newPost(post("p", title, "https://status.kvk.nl/p"),
        new Classification(category, null, services, null, null, null, null, null, null, null,
            Map.of()), List.of());
    assertThat(TEMPLATES.render(alert, Language.NL, UNSUBSCRIBE).subject()).isEqualTo(nl);
    assertThat(TEMPLATES.render(alert, Language.EN, UNSUBSCRIBE).subject()).isEqualTo(en);
  }

  @Test
  void reminderTwentyFourHoursAhead() {
    Alert alert = Alert.reminder(maintenancePost(), maintenance(), List.of(), Duration.ofHours(24));
    Content nl = TEMPLATES.render(alert, Language.NL, UNSUBSCRIBE);
    Content en = TEMPLATES.render(alert, Language.EN, UNSUBSCRIBE);
    assertThat(nl.subject()).isEqualTo(
        "[KVK onderhoud] Herinnering: Gepland onderhoud KVK Dataservice begint over 24 uur");
    assertThat(en.subject()).isEqualTo(
        "[KVK maintenance] Reminder: Gepland onderhoud KVK Dataservice starts in 24 hours");
    assertThat(nl.text()).contains("Herinnering: het onderhoud begint over 24 uur.");
    assertThat(en.text()).contains("Reminder: the maintenance starts in 24 hours.");
  }

  @Test
  void longTitleWithLineBreaksGivesOneShortSubjectLine() {
    String title = "KVK API\r\nBcc: x@example.org\u2028" + "lang ".repeat(1000);
    Alert alert = Alert.newPost(post("p", title, null), incident(Priority.P1, null), List.of());
    String subject = TEMPLATES.render(alert, Language.NL, UNSUBSCRIBE).subject();
    assertThat(subject).doesNotContain("\r", "\n", "\u2028").hasSizeLessThanOrEqualTo(150)
        .startsWith("[KVK storing P1] KVK API Bcc: x@example.org lang lang").endsWith("… — nieuw");
  }

  // ---- text part: key lines ----

  static Stream<Arguments> textLines() {
    return Stream.of(
        Arguments.of(Alert.Kind.NEW, Language.NL, List.of(
            "Nieuw bericht op de KVK-statuspagina.",
            "KVK API Zoeken niet beschikbaar",
            "Soort:        Storing",
            "Prioriteit:   P1 — ernstig verstoord",
            "Diensten:     KVK API",
            "Begonnen:     zaterdag 14 maart 2026 21:00",
            "Link:         https://status.kvk.nl/incidents/inc-1",
            "Tijdlijn (nieuwste eerst):",
            "zaterdag 14 maart 2026 22:30 — Opgelost",
            "zaterdag 14 maart 2026 21:00 — Onderzoek")),
        Arguments.of(Alert.Kind.NEW, Language.EN, List.of(
            "A new post on the KVK status page.",
            "Category:     Incident",
            "Priority:     P1 — severely disrupted",
            "Services:     KVK API",
            "Started:      Saturday 14 March 2026 21:00",
            "Timeline (newest first):",
            "Saturday 14 March 2026 22:30 — Opgelost")),
        Arguments.of(Alert.Kind.UPDATED, Language.NL, List.of(
            "*** SLA-SCHENDING ***",
            "Aankondiging onderhoud: Te laat aangekondigd: 2026-03-25, uiterlijk had 2026-03-16"
                + " gemoeten (10 werkdagen vóór 2026-03-28).",
            "  Vereist: aangekondigd uiterlijk 2026-03-16 (10 werkdagen vóór 2026-03-28)",
            "  Feitelijk: aangekondigd 2026-03-25",
            "Een bericht op de KVK-statuspagina is gewijzigd.",
            "Wat is er gewijzigd:",
            MOVED_NL,
            "Venster:      zaterdag 28 maart 2026 21:00 – zondag 29 maart 2026 07:30 (9 uur 30 minuten)",
            "- Onderhoudsvenster: voldoet — Het onderhoud valt binnen de afgesproken tijden.")),
        Arguments.of(Alert.Kind.UPDATED, Language.EN, List.of(
            "*** SLA VIOLATION ***",
            "Maintenance notice: Announced too late: 2026-03-25, due by 2026-03-16 (10 business"
                + " days before 2026-03-28).",
            "  Required: announced by 2026-03-16 (10 business days before 2026-03-28)",
            "  Actual: announced 2026-03-25",
            "A post on the KVK status page has changed.",
            "What changed:",
            MOVED_EN,
            "Window:       Saturday 28 March 2026 21:00 – Sunday 29 March 2026 07:30 (9 hours 30 minutes)",
            "- Maintenance window: compliant — The maintenance lies within the agreed hours.")),
        Arguments.of(Alert.Kind.RESOLVED, Language.NL, List.of(
            "KVK meldt dit als opgelost.",
            "Opgelost:     zaterdag 14 maart 2026 22:30",
            "- status: Onderzoek → Opgelost",
            "- Hersteltijd: voldoet — Hersteld binnen de uiterste termijn (95% binnen 4 uur), in"
                + " 1 uur 30 minuten.")),
        Arguments.of(Alert.Kind.RESOLVED, Language.EN, List.of(
            "KVK reports this as resolved.",
            "Resolved:     Saturday 14 March 2026 22:30",
            "- Restoration: compliant — Restored within the longest target (95% within 4 hours),"
                + " in 1h 30m.")),
        Arguments.of(Alert.Kind.CANCELLED, Language.NL, List.of(
            "KVK heeft dit geannuleerd.",
            "- tijdvak vervallen (was zaterdag 28 maart 2026 21:00 – zondag 29 maart 2026 07:30)",
            "Bericht:",
            "Onderhoud aan de Dataservice; de dienst is niet beschikbaar.")),
        Arguments.of(Alert.Kind.CANCELLED, Language.EN, List.of(
            "KVK has cancelled this.", "What changed:", "Message:")),
        Arguments.of(Alert.Kind.REMINDER, Language.NL, List.of(
            "Herinnering: het onderhoud begint over 1 uur.",
            "Soort:        Gepland onderhoud")),
        Arguments.of(Alert.Kind.REMINDER, Language.EN, List.of(
            "Reminder: the maintenance starts in 1 hour.",
            "Category:     Planned maintenance")),
        Arguments.of(Alert.Kind.DEADLINE_PASSED, Language.NL, List.of(
            "*** SLA-SCHENDING ***",
            "Hersteltijd: Nog niet hersteld na de uiterste termijn (95% binnen 8 uur).",
            "Deze storing is nog niet opgelost, en de hersteltermijn van 8 uur is verstreken.",
            "Prioriteit:   P2 — beperkt verstoord")),
        Arguments.of(Alert.Kind.DEADLINE_PASSED, Language.EN, List.of(
            "*** SLA VIOLATION ***",
            "Restoration: Still not restored after the longest target (95% within 8 hours).",
            "This incident is still unresolved, and the restoration target of 8 hours has passed.")),
        Arguments.of(Alert.Kind.SOURCE_UNREADABLE, Language.NL, List.of(
            "statuswacht kan de KVK-statuspagina niet meer lezen. Tot die weer leesbaar is, komen er"
                + " geen meldingen.",
            "Details: 5 polls in a row; last: fetch: 503 from https://status.kvk.nl/history.rss"
                + " after 1.2 s",
            "U ontvangt dit bericht als beheerder van statuswacht.")),
        Arguments.of(Alert.Kind.SOURCE_UNREADABLE, Language.EN, List.of(
            "statuswacht cannot read the KVK status page. Until it can, no alerts will be sent.",
            "You receive this as the operator of statuswacht.")),
        Arguments.of(Alert.Kind.SOURCE_READABLE, Language.NL, List.of(
            "statuswacht kan de KVK-statuspagina weer lezen; meldingen komen weer door.",
            "Details: readable again after 5 failed polls")),
        Arguments.of(Alert.Kind.SOURCE_READABLE, Language.EN, List.of(
            "statuswacht can read the KVK status page again; alerts are flowing again.")),
        Arguments.of(Alert.Kind.NEW_POSTS_HELD, Language.NL, List.of(
            "statuswacht vond in één keer meer nieuwe berichten dan het direct meldt (een"
                + " verhuisde site of een feed die zijn geschiedenis opnieuw toont?). De meldingen"
                + " zijn tegengehouden; controleer de pagina en geef ze vrij met `statuswacht"
                + " release`.",
            "Details: 20 new posts at once (more than poll.max-new-posts = 5); their 40 mails are"
                + " held until `statuswacht release`")),
        Arguments.of(Alert.Kind.NEW_POSTS_HELD, Language.EN, List.of(
            "statuswacht found more new posts at once than it announces straight away (a site"
                + " that moved, or a feed that replays its history?). Their mails are held; check"
                + " the page and release them with `statuswacht release`.")),
        Arguments.of(Alert.Kind.DEAD_LETTERS, Language.NL, List.of(
            "statuswacht heeft het na herhaalde pogingen opgegeven om deze mail te bezorgen; de"
                + " reden staat erbij. `statuswacht outbox list` toont ze, `statuswacht outbox"
                + " retry ID` (of `--all`) verstuurt ze opnieuw.",
            "- #7 → gone@example.org \"[KVK storing P1] KVK API\" (3 attempts): smtp: 550 5.1.1"
                + " mailbox unavailable",
            "- #9 → <b>x@example.org \"Weekoverzicht\" (20 attempts): smtp: connection refused",
            "U ontvangt dit bericht als beheerder van statuswacht.")),
        Arguments.of(Alert.Kind.DEAD_LETTERS, Language.EN, List.of(
            "statuswacht has given up delivering this mail after repeated attempts; the reason is"
                + " given with each. `statuswacht outbox list` shows it, `statuswacht outbox retry"
                + " ID` (or `--all`) sends it again.",
            "You receive this as the operator of statuswacht.")));
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("textLines")
  void textHasTheKeyLines(Alert.Kind kind, Language language, List<String> lines) {
    String text = TEMPLATES.render(alert(kind), language, UNSUBSCRIBE).text();
    assertThat(text.lines().toList()).containsAll(lines);
    assertThat(text).endsWith(language == Language.NL
        ? "Afmelden: stuur een mail met als onderwerp \"unsubscribe\" naar"
            + " afmelden@statuswacht.example (mailto:afmelden@statuswacht.example?subject=unsubscribe).\n"
        : "Unsubscribe: send a mail with the subject \"unsubscribe\" to"
            + " afmelden@statuswacht.example (mailto:afmelden@statuswacht.example?subject=unsubscribe).\n");
    assertThat(text).doesNotContain("{{", "}}");
    if (!kind.forOperator()) {
      assertThat(text).contains(language == Language.NL
          ? "U ontvangt dit bericht omdat dit adres is aangemeld voor meldingen van statuswacht"
          : "You receive this because this address is subscribed to statuswacht alerts");
    }
  }

  @Test
  void aDutchUpdateMailNamesTheMovedWindowInDutchAndAmsterdamTime() {
    Content dutch = TEMPLATES.render(alert(Alert.Kind.UPDATED), Language.NL, UNSUBSCRIBE);
    // before: Sat 21 March 20:00–22:00 UTC (21:00–23:00 CET); after: Sat 28 March 21:00 CET to
    // Sun 29 March 07:30 CEST, across the change to summer time
    String changes = dutch.text().substring(dutch.text().indexOf("Wat is er gewijzigd:"));
    assertThat(changes.lines().skip(1).findFirst()).hasValue(MOVED_NL);
    assertThat(dutch.text()).doesNotContain("window", "moved", "2026-03-21T", "2026-03-28T",
        "→ none", "unknown");
    Document html = parse(dutch.html());
    assertThat(html.text()).contains("Wat is er gewijzigd",
        MOVED_NL.substring(2));
    assertThat(html.select("li").eachText()).contains(MOVED_NL.substring(2));
    assertThat(dutch.html()).doesNotContain("window moved", "T20:00:00Z", "T05:30:00Z");

    Content english = TEMPLATES.render(alert(Alert.Kind.UPDATED), Language.EN, UNSUBSCRIBE);
    assertThat(english.text().lines().toList()).contains(MOVED_EN);
    assertThat(parse(english.html()).text()).contains(MOVED_EN.substring(2));
  }

  @Test
  void violationsComeFirstAndOtherVerdictsBelow() {
    String text = TEMPLATES.render(alert(Alert.Kind.UPDATED), Language.NL, UNSUBSCRIBE).text();
    assertThat(text).startsWith("*** SLA-SCHENDING ***\n");
    assertThat(text.indexOf("Beoordeling tegen de serviceniveaus:"))
        .isGreaterThan(text.indexOf("Bericht:"));
    assertThat(text).doesNotContain("Onderhoudsvenster: Het onderhoud valt");

    Document html = parse(TEMPLATES.render(alert(Alert.Kind.UPDATED), Language.EN, UNSUBSCRIBE)
        .html());
    Element firstRow = html.selectFirst("body table table tr");
    assertThat(firstRow.text()).startsWith(
        "SLA VIOLATION Maintenance notice: Announced too late");
    assertThat(html.text().indexOf("Checked against the service levels"))
        .isGreaterThan(html.text().indexOf("What changed"));
  }

  @Test
  void withoutViolationNoBanner() {
    Content c = TEMPLATES.render(alert(Alert.Kind.RESOLVED), Language.NL, UNSUBSCRIBE);
    assertThat(c.text()).startsWith("KVK meldt dit als opgelost.").doesNotContain("SCHENDING");
    assertThat(c.html()).doesNotContain("SCHENDING");
  }

  // ---- HTML part ----

  static Stream<Arguments> everyKindAndLanguage() {
    return Stream.of(Alert.Kind.values())
        .flatMap(k -> Stream.of(Language.values()).map(l -> Arguments.of(k, l)));
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("everyKindAndLanguage")
  void htmlIsACompleteSafeDocument(Alert.Kind kind, Language language) {
    Content c = TEMPLATES.render(alert(kind), language, UNSUBSCRIBE);
    assertSafe(c.html());
    assertThat(c.html()).startsWith("<!DOCTYPE html>\n<html lang=\"" + language.name()
        .toLowerCase(Locale.ROOT) + "\">").doesNotContain("{{", "}}").endsWith("</html>\n");
    Document doc = parse(c.html());
    assertThat(doc.title()).isEqualTo(c.subject());
    assertThat(doc.select("style, link, iframe, form, object, embed")).isEmpty();
    assertThat(doc.select("a[href^=mailto:]").attr("href"))
        .isEqualTo("mailto:afmelden@statuswacht.example?subject=unsubscribe");
    for (Element a : doc.select("a[href]")) {
      assertThat(a.attr("href")).matches("(https://|mailto:).*");
    }
  }

  @Test
  void deadLettersAreListedOneAnItemAndEscaped() {
    Content c = TEMPLATES.render(alert(Alert.Kind.DEAD_LETTERS), Language.NL, UNSUBSCRIBE);
    Document doc = parse(c.html());
    assertThat(doc.select("li code")).extracting(Element::text).containsExactly(
        "#7 → gone@example.org \"[KVK storing P1] KVK API\" (3 attempts): smtp: 550 5.1.1"
            + " mailbox unavailable",
        "#9 → <b>x@example.org \"Weekoverzicht\" (20 attempts): smtp: connection refused");
    assertThat(doc.select("b")).isEmpty();
    assertThat(c.text()).doesNotContain("Details:");
  }

  @Test
  void sanitisedPostHtmlIsIncludedAsIs() {
    String html = TEMPLATES.render(alert(Alert.Kind.CANCELLED), Language.NL, UNSUBSCRIBE).html();
    assertThat(html).contains(
        "<p>Onderhoud aan de <b>Dataservice</b>; de dienst is niet beschikbaar.</p>");
  }

  @Test
  void titleIsEscapedInHtmlAndVerbatimInText() {
    String title = "<script>alert(1)</script> & \"KVK API\" <img src=x onerror=alert(2)>";
    Post post = new Post("x", title, "javascript:alert(3)", Instant.parse("2026-03-14T20:00:00Z"),
        null, "Tekst <b>met</b> & tekens", List.of(
            new PostUpdate(Instant.parse("2026-03-14T20:00:00Z"), "<i>Onderzoek</i>",
                "<script>alert(4)</script> & meer")), null);
    Alert alert = Alert.updated(post, incident(Priority.P1, null), List.of(
            new Verdict(Rule.RESTORATION, Outcome.VIOLATION, new VerdictDetail.RestorationOpen(
                Priority.P1, List.of(DUE_IN_8_HOURS), Instant.parse("2026-03-14T20:00:00Z"),
                DUE_IN_8_HOURS, "<script>x()</script>"))),
        List.of(new Change.Title("<oud> → <script>nieuw</script>")));
    for (Language language : Language.values()) {
      Content c = TEMPLATES.render(alert, language, UNSUBSCRIBE);
      assertSafe(c.html());
      Document doc = parse(c.html());
      assertThat(doc.select("img, b, i")).isEmpty();
      assertThat(doc.selectFirst("h1").text()).isEqualTo(title);
      assertThat(c.html()).contains(
          "&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;KVK API&quot; &lt;img src&#61;x"
              + " onerror&#61;alert(2)&gt;");
      assertThat(c.text()).contains(title, "<script>alert(4)</script> & meer",
          language == Language.NL ? "- titel: <oud> → <script>nieuw</script>"
              : "- title: <oud> → <script>nieuw</script>");
      assertThat(c.subject()).contains(title);
      assertThat(c.text()).doesNotContain("javascript:");
    }
  }

  // ---- times ----

  @Test
  void windowAcrossTheDstChangeShowsLocalTimesAndItsRealLength() {
    Alert alert = alert(Alert.Kind.REMINDER);
    assertThat(TEMPLATES.render(alert, Language.NL, UNSUBSCRIBE).text()).contains(
        "Venster:      zaterdag 28 maart 2026 21:00 – zondag 29 maart 2026 07:30 (9 uur 30 minuten)");
    assertThat(TEMPLATES.render(alert, Language.EN, UNSUBSCRIBE).text()).contains(
        "Window:       Saturday 28 March 2026 21:00 – Sunday 29 March 2026 07:30 (9 hours 30 minutes)");
    assertThat(parse(TEMPLATES.render(alert, Language.NL, UNSUBSCRIBE).html()).text())
        .contains("zaterdag 28 maart 2026 21:00 – zondag 29 maart 2026 07:30 (9 uur 30 minuten)");
  }

  @Test
  void windowOnOneDayAndInSummerTime() {
    Classification c = new Classification(Category.EMERGENCY_MAINTENANCE, true,
        List.of(Service.KVK_API), null, null,
        new Window(Instant.parse("2026-10-24T19:00:00Z"), Instant.parse("2026-10-24T21:00:00Z")),
        null, null, null, null, Map.of());
    Alert alert = Alert.newPost(post("e", "Spoedonderhoud", null), c, List.of());
    assertThat(TEMPLATES.render(alert, Language.NL, UNSUBSCRIBE).text())
        .contains("Venster:      zaterdag 24 oktober 2026 21:00 – 23:00 (2 uur)");
    assertThat(TEMPLATES.render(alert, Language.EN, UNSUBSCRIBE).text())
        .contains("Window:       Saturday 24 October 2026 21:00 – 23:00 (2 hours)");
  }

  @Test
  void effectiveDateOfAChange() {
    Classification c = new Classification(Category.CHANGE, false,
        List.of(Service.KVK_API), null, null, null, LocalDate.of(2026, 4, 1), null, null, null,
        Map.of());
    Alert alert = Alert.newPost(post("c", "Nieuwe versie KVK API", null), c, List.of());
    assertThat(TEMPLATES.render(alert, Language.NL, UNSUBSCRIBE).text())
        .contains("Ingangsdatum: woensdag 1 april 2026");
    assertThat(TEMPLATES.render(alert, Language.EN, UNSUBSCRIBE).text())
        .contains("Effective:    Wednesday 1 April 2026");
  }

  @Test
  void sameOutputWhateverTheJvmDefaults() {
    List<Content> expected = renderAll();
    withDefaults(TimeZone.getTimeZone("Asia/Tokyo"), Locale.JAPAN,
        () -> assertThat(renderAll()).isEqualTo(expected));
    withDefaults(TimeZone.getTimeZone("America/Los_Angeles"), Locale.forLanguageTag("ar-EG"),
        () -> assertThat(renderAll()).isEqualTo(expected));
    withDefaults(TimeZone.getTimeZone("UTC"), Locale.forLanguageTag("tr-TR"),
        () -> assertThat(renderAll()).isEqualTo(expected));
  }

  static List<Content> renderAll() {
    return everyKindAndLanguage()
        .map(a -> TEMPLATES.render(alert((Alert.Kind) a.get()[0]), (Language) a.get()[1],
            UNSUBSCRIBE))
        .toList();
  }

  @Test
  void rejectsAnUnsubscribeAddressThatIsNotPlain() {
    for (String bad : new String[] {null, "", "a b@example.org", "x@example.org?subject=hi",
        "x@example.org\r\nBcc: y@example.org", "\"><script>@example.org", "nodomain"}) {
      assertThatThrownBy(() -> TEMPLATES.render(alert(Alert.Kind.NEW), Language.NL, bad))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("unsubscribe address");
    }
  }

  // ---- helpers ----

  static Document parse(String html) {
    return Jsoup.parse(html);
  }

  static void assertSafe(String html) {
    Document doc = parse(html);
    assertThat(doc.select("script")).isEmpty();
    for (Element element : doc.getAllElements()) {
      for (Attribute attribute : element.attributes()) {
        assertThat(attribute.getKey().toLowerCase(Locale.ROOT)).doesNotStartWith("on");
      }
    }
    assertThat(html.toLowerCase(Locale.ROOT)).doesNotContain("javascript:");
  }

  static void withDefaults(TimeZone zone, Locale locale, Runnable body) {
    TimeZone zoneBefore = TimeZone.getDefault();
    Locale localeBefore = Locale.getDefault();
    try {
      TimeZone.setDefault(zone);
      Locale.setDefault(locale);
      body.run();
    } finally {
      TimeZone.setDefault(zoneBefore);
      Locale.setDefault(localeBefore);
    }
  }

  static Post post(String id, String title, String link) {
    return new Post(id, title, link, Instant.parse("2026-03-14T20:00:00Z"), null, "Tekst.",
        List.of(), null);
  }
}
