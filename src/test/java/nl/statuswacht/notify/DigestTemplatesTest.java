package nl.statuswacht.notify;

import static nl.statuswacht.testing.DigestHistory.AS_OF;
import static nl.statuswacht.testing.DigestHistory.NO_DATASERVICE;
import static nl.statuswacht.testing.DigestHistory.POLICY;
import static nl.statuswacht.testing.DigestHistory.RULES;
import static nl.statuswacht.testing.DigestHistory.WEEK;
import static nl.statuswacht.testing.DigestHistory.at;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TimeZone;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import nl.statuswacht.digest.DigestPost;
import nl.statuswacht.digest.DigestReport;
import nl.statuswacht.digest.Week;
import nl.statuswacht.model.Service;
import nl.statuswacht.notify.AlertTemplates.Language;
import nl.statuswacht.notify.DigestTemplates.PageHealth;
import nl.statuswacht.notify.DigestTemplates.Rendered;
import nl.statuswacht.testing.DigestHistory;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The digest of 2025-W46 (see DigestReportTest for its figures) and of the quiet 2025-W47,
 * rendered in Dutch and English: exact subjects, the text bars built by hand, safe and escaped
 * HTML, the published calendar.
 */
class DigestTemplatesTest {
  private static final DigestTemplates TEMPLATES = new DigestTemplates();
  private static final String FROM = "statuswacht@statuswacht.example";
  /** The page read five minutes before the quiet digest, and the poll before too. */
  private static final PageHealth READ = new PageHealth(at("2025-11-24T05:55+01:00"), 0);
  private static final DigestReport WEEK_46 = DigestReport.compose(DigestHistory.posts(),
      POLICY, RULES.calendar(), WEEK, AS_OF, NO_DATASERVICE);
  private static final Instant QUIET_AS_OF = at("2025-11-24T06:00+01:00");
  private static final DigestReport QUIET = DigestReport.compose(
      DigestHistory.fixtures(QUIET_AS_OF, Set.of("d01", "d02", "d06")), POLICY,
      RULES.calendar(), Week.parse("2025-W47"), QUIET_AS_OF, c -> true);

  // The bars, one character per day from Tue 19 Aug (index 0) to Sun 16 Nov 2025 (index 89):
  // 19-31 Aug are 0-12, 1 Sep is 13, 1 Oct 43, 1 Nov 74. So 20 Aug is 1, 15 Sep 27, 7-9 Oct
  // 49-51, 18 Oct 60, 26 Oct 68, 7-10 Nov 80-83, 11-12 Nov 84-85, 13 Nov 86, 14 Nov 87, 16 Nov
  // 89. Names are padded to 19 characters.
  private static final String API_LINE = "KVK API" + " ".repeat(12)
      + ".".repeat(27) + "X" // 0-26, 15 Sep down (d01)
      + ".".repeat(32) + "m" // 28-59, 18 Oct maintenance (d06)
      + ".".repeat(7) + "m" // 61-67, 26 Oct maintenance (dst)
      + ".".repeat(17) + "X" // 69-85, 13 Nov down (api-p1)
      + "..."; // 87-89
  private static final String DATA_LINE = "KVK Dataservice" + " ".repeat(4)
      + ".m" // 20 Aug maintenance (d07)
      + ".".repeat(47) + "ddd" // 2-48, 7-9 Oct degraded (d02)
      + ".".repeat(32) + "XX" // 52-83, 11-12 Nov down (ds-p1)
      + "...."; // 86-89
  private static final String MUT_LINE = "KVK Mutatieservice "
      + ".".repeat(80) + "dddd" // 0-79, 7-10 Nov degraded (mut-p3-old)
      + "..." + "d" // 84-86, 14 Nov degraded (mut-p3 beats d08's maintenance)
      + "." + "d"; // 15 Nov, 16 Nov degraded (mut-p2-open)

  @Test
  void subjectsInBothLanguages() {
    // 4 incidents among the subscriber's posts of the week; 3 violations (d08, ds-p1,
    // change-late).
    assertThat(TEMPLATES.render(WEEK_46, Language.NL, FROM, READ).subject()).isEqualTo(
        "[statuswacht] Weekoverzicht KVK week 46 (10–16 november 2025): 4 storingen,"
            + " 3 schendingen");
    assertThat(TEMPLATES.render(WEEK_46, Language.EN, FROM, READ).subject()).isEqualTo(
        "[statuswacht] KVK weekly digest week 46 (10–16 November 2025): 4 incidents,"
            + " 3 violations");
    assertThat(TEMPLATES.render(QUIET, Language.NL, FROM, READ).subject()).isEqualTo(
        "[statuswacht] Weekoverzicht KVK week 47 (17–23 november 2025) — geen berichten");
    assertThat(TEMPLATES.render(QUIET, Language.EN, FROM, READ).subject()).isEqualTo(
        "[statuswacht] KVK weekly digest week 47 (17–23 November 2025) — no posts");
  }

  @Test
  void textHasTheBarsWithTheirLegendAndTheDaysThatWereNotFine() {
    String nl = TEMPLATES.render(WEEK_46, Language.NL, FROM, READ).text();
    assertThat(nl).contains(
        "Legenda: . in orde   m onderhoud   d verstoord   X storing\n"
            + API_LINE + "\n" + DATA_LINE + "\n" + MUT_LINE + "\n");
    assertThat(API_LINE).hasSize(19 + 90);
    assertThat(DATA_LINE).hasSize(19 + 90);
    assertThat(MUT_LINE).hasSize(19 + 90);
    assertThat(nl).contains(
        "KVK API: Storing op 15 september en 13 november; onderhoud op 18 oktober en"
            + " 26 oktober.\n"
            + "KVK Dataservice: Storing op 11–12 november; verstoord op 7–9 oktober; onderhoud"
            + " op 20 augustus.\n"
            + "KVK Mutatieservice: Verstoord op 7–10 november, 14 november en 16 november.\n");

    String en = TEMPLATES.render(WEEK_46, Language.EN, FROM, READ).text();
    assertThat(en).contains(
        "Legend: . fine   m maintenance   d degraded   X down\n"
            + API_LINE + "\n" + DATA_LINE + "\n" + MUT_LINE + "\n");
    assertThat(en).contains(
        "KVK API: Down on 15 September and 13 November; maintenance on 18 October and"
            + " 26 October.\n");
  }

  @Test
  void textSectionsInTheirOrder() {
    String nl = TEMPLATES.render(WEEK_46, Language.NL, FROM, READ).text();
    assertThat(nl).startsWith("Weekoverzicht KVK-statuspagina, week 46 (10–16 november 2025)\n"
        // 9 posts: 4 incidents, d08, 2 changes, info, unknown
        + "Week 46 (10–16 november 2025): 9 berichten, 4 storingen, 3 schendingen.\n");
    assertThat(nl).containsSubsequence("*** SCHENDINGEN VAN DE SERVICENIVEAUS ***",
        "== Berichten van week 46 ==", "== Open storingen ==",
        "== Onderhoud met onderbreking in de komende 14 dagen ==",
        "== Wijzigingen die nog ingaan ==", "== Serviceniveaus over de laatste 90 dagen",
        "== Dag voor dag", "Afmelden: stuur een mail");
    // The evidence of d08's violation.
    // 10 business days before Fri 14 Nov is Fri 31 Oct; announced Mon 10 Nov. In Dutch.
    assertThat(nl).contains("Aankondiging onderhoud: Gepland onderhoud Mutatieservice\n")
        .contains("  Vereist:      aangekondigd uiterlijk 2025-10-31 (10 werkdagen vóór"
            + " 2025-11-14)\n"
            + "  Feitelijk:    aangekondigd 2025-11-10\n"
            + "  Link:         https://status.kvk.nl/incidents/d08\n"
            + "  Eerst gezien: maandag 10 november 2025 09:00 (door statuswacht)\n"
            + "  Aangekondigd: maandag 10 november 2025 09:00\n"
            + "  Bewijs:       SHA-256 " + DigestHistory.sha("d08") + "\n");
    // A post no rule applies to.
    assertThat(nl).contains("- Mededeling: nieuwe <b>portal</b> & app\n")
        .contains("  Oordeel:      geen norm van toepassing\n");
    // The open P2: 13 hours; next deadline Wed 19 Nov 00:00.
    assertThat(nl).contains("  Begonnen:     zondag 16 november 2025 20:00 (13 uur open)\n"
        + "  Volgende termijn: 100% binnen 2 werkdagen, uiterlijk woensdag 19 november 2025"
        + " 00:00\n");
    assertThat(nl).contains("  Begonnen:     maandag 3 november 2025 09:00 (14 dagen open)\n"
        + "  Alle hersteltermijnen zijn verstreken.\n");
    assertThat(nl).contains("De bijlage onderhoud-komende-14-dagen.ics bevat ze allemaal");
    assertThat(nl).contains("- dinsdag 18 november 2025 19:00 – 20:00 (1 uur)\n");
    assertThat(nl).contains("- maandag 1 december 2025: Grote wijziging KVK API: nieuwe"
        + " authenticatie\n");
    assertThat(nl).as("no English rule text in Dutch").doesNotContain("announced", "effective",
        "restored", "open since");
    assertThat(TEMPLATES.render(WEEK_46, Language.EN, FROM, READ).text())
        .contains("  Required:     announced by 2025-10-31 (10 business days before 2025-11-14)\n"
            + "  Actual:       announced 2025-11-10\n");
  }

  @Test
  void aCrowdedDigestListsTheLatestOpenIncidentsAndTheFirstChangesAndCountsTheRest() {
    // 23 open incidents started 1-23 October, 21 changes taking effect 1-21 December: the 20
    // latest started (4-23 October) and the 20 first to take effect (1-20 December) are listed.
    DigestReport crowded = DigestReport.compose(DigestHistory.crowded(23, 21), POLICY,
        RULES.calendar(), WEEK, AS_OF, c -> true);
    String en = TEMPLATES.render(crowded, Language.EN, FROM, READ).text();
    assertThat(en).contains("== Open incidents ==\n"
        + "3 older open incidents are not listed here; the dashboard lists them all.\n"
        + "- Storing nummer 04\n");
    assertThat(en).contains("- Storing nummer 23\n").doesNotContain("Storing nummer 03");
    assertThat(en).contains("Wijziging nummer 20\n")
        .contains("One later change is not listed here; the dashboard lists them all.\n")
        .doesNotContain("Wijziging nummer 21");
    Document html = Jsoup.parse(TEMPLATES.render(crowded, Language.NL, FROM, READ).html());
    assertThat(html.select("a[href*=/incidents/open-]")).hasSize(20);
    assertThat(html.select("a[href*=/incidents/change-]")).hasSize(20);
    assertThat(html.text())
        .contains("Nog 3 oudere open storingen staan hier niet; het dashboard toont ze allemaal.")
        .contains("Eén latere wijziging staat hier niet; het dashboard toont ze allemaal.");
  }

  @Test
  void twentyOpenIncidentsAndTwentyChangesAreAllListed() {
    DigestReport full = DigestReport.compose(DigestHistory.crowded(20, 20), POLICY,
        RULES.calendar(), WEEK, AS_OF, c -> true);
    String en = TEMPLATES.render(full, Language.EN, FROM, READ).text();
    assertThat(en).contains("== Open incidents ==\n- Storing nummer 01\n")
        .contains("Wijziging nummer 20\n").doesNotContain("not listed here");
  }

  @Test
  void textScoreboardInBothLanguages() {
    // API: 1 - 310 / 129 390 = 99.760…% shown rounded down as 99,76%; 5 h 10 min used of 21 h
    // 33 min 54 s, 16 h 23 min 54 s left (whole minutes shown). Dataservice: 98.747…%, 27 h
    // used, none left. See DigestReportTest for the arithmetic.
    String nl = TEMPLATES.render(WEEK_46, Language.NL, FROM, READ).text();
    assertThat(nl).contains("- KVK API: 99,76% (norm 99%, GEHAALD)\n"
        + "  onbeschikbaar 5 uur 10 minuten van de toegestane 21 uur 33 minuten, nog 16 uur 23"
        + " minuten over;\n"
        + "  verstoord 0 minuten; gepland onderhoud 4 uur 30 minuten (telt niet mee)\n");
    assertThat(nl).contains("- KVK Dataservice: 98,74% (norm 99%, NIET GEHAALD)\n"
        + "  onbeschikbaar 27 uur van de toegestane 21 uur 33 minuten, nog 0 minuten over;\n");
    // 2/3 = 66.66…%, shown rounded down.
    assertThat(nl).contains(
        "Hersteltijden (binnen de norm/totaal, aandeel, norm):\n"
            + "- P1 — ernstig verstoord: 2/3 (66,6%) — 95% binnen 4 uur — NIET GEHAALD\n"
            + "- P1 — ernstig verstoord: 2/3 (66,6%) — 100% binnen 1 werkdag — NIET GEHAALD\n"
            + "- P2 — beperkt verstoord: 0/2 (0,0%) — 95% binnen 8 uur — NIET GEHAALD\n"
            + "- P2 — beperkt verstoord: 0/1 (0,0%) — 100% binnen 2 werkdagen — NIET GEHAALD\n"
            + "- P3 — minimaal verstoord: 2/3 (66,6%) — 40% binnen 1 werkdag — GEHAALD\n");
    assertThat(nl).contains("- Aankondiging wijziging: 2 / 1 / 0 / 1\n"
        + "- Aankondiging onderhoud: 6 / 1 / 0 / 0\n"
        + "- Onderhoudsvenster: 7 / 0 / 0 / 0\n");

    String en = TEMPLATES.render(WEEK_46, Language.EN, FROM, READ).text();
    assertThat(en).contains("- KVK API: 99.76% (target 99%, MET)\n"
        + "  unavailable 5 hours 10 minutes of the 21 hours 33 minutes allowed, 16 hours 23"
        + " minutes left;\n");
    assertThat(en).contains("Restoration (within target/total, share, target):\n").contains(
        "- P3 — minimally disrupted: 2/3 (66.6%) — 95% within 5 business days — NOT MET\n");
  }

  @Test
  void whenThePageCouldNotBeReadTheDigestWarnsAndClaimsNothing() {
    PageHealth failing = new PageHealth(at("2025-11-23T14:00+01:00"), 197);
    String nl = TEMPLATES.render(QUIET, Language.NL, FROM, failing).text();
    assertThat(nl).contains("LET OP: de KVK-statuspagina kon de laatste 197 keer niet gelezen"
        + " worden; dit overzicht kan onvolledig zijn.")
        .contains("las de pagina voor het laatst op zondag 23 november 2025 14:00");
    String en = TEMPLATES.render(WEEK_46, Language.EN, FROM, failing).html();
    assertThat(Jsoup.parse(en).text()).contains("NOTE: the KVK status page could not be read the"
        + " last 197 times; this digest may be incomplete.");

    String never = TEMPLATES.render(QUIET, Language.NL, FROM, new PageHealth(null, 3)).text();
    assertThat(never).contains("statuswacht draait, maar heeft de pagina nog niet kunnen lezen.")
        .doesNotContain("er loopt geen storing");
    assertThat(TEMPLATES.render(QUIET, Language.NL, FROM, READ).text())
        .doesNotContain("LET OP");
    PageHealth once = new PageHealth(at("2025-11-24T05:40+01:00"), 1);
    assertThat(TEMPLATES.render(QUIET, Language.NL, FROM, once).text())
        .contains("LET OP: de KVK-statuspagina kon de laatste keer niet gelezen worden;");
    assertThat(TEMPLATES.render(QUIET, Language.EN, FROM, once).text())
        .contains("NOTE: the KVK status page could not be read the last time;");
  }

  @Test
  void aQuietPastWeekToldAsOfItsEndSaysWhatWasTrueThen() {
    // week 47 told as of its end, Mon 24 Nov 00:00, read later (05:55): the claim is of then
    Instant end = at("2025-11-24T00:00+01:00");
    DigestReport past = DigestReport.compose(
        DigestHistory.fixtures(end, Set.of("d01", "d02", "d06")), POLICY, RULES.calendar(),
        Week.parse("2025-W47"), end, c -> true);

    String nl = TEMPLATES.render(past, Language.NL, FROM, READ).text();
    assertThat(nl).contains("statuswacht draait en las de pagina voor het laatst op maandag 24"
        + " november 2025 05:55. Aan het eind van week 47 liep er geen storing, en was er geen"
        + " onderhoud met onderbreking of wijziging aangekondigd die nog moest komen.\n")
        .doesNotContain("er loopt geen storing");
    assertThat(TEMPLATES.render(past, Language.EN, FROM, READ).text()).contains("last read the"
        + " page on Monday 24 November 2025 05:55. At the end of week 47 no incident was open,")
        .doesNotContain("no incident is open");
  }

  @Test
  void aWeekQuietOnlyForWhatTheSubscriberFollowsDoesNotSayThePageIsQuiet() {
    // week 47 again, with the incident on the KVK website still open since 3 November; the
    // subscriber follows the KVK API only
    List<DigestPost> posts = new ArrayList<>(
        DigestHistory.fixtures(QUIET_AS_OF, Set.of("d01", "d02", "d06")));
    posts.addAll(DigestHistory.constructed().stream()
        .filter(p -> p.judged().key().equals("other-open")).toList());
    DigestReport apiOnly = DigestReport.compose(posts, POLICY, RULES.calendar(),
        Week.parse("2025-W47"), QUIET_AS_OF,
        c -> c.services() != null && c.services().contains(Service.KVK_API));

    String nl = TEMPLATES.render(apiOnly, Language.NL, FROM, READ).text();
    assertThat(nl).contains("Geen berichten over wat u volgt in week 47 (17–23 november 2025)."
        + " Niet in uw selectie: 1 bericht (uit week 47, nog open of nog op komst).\n"
        + "statuswacht draait en las de pagina voor het laatst op maandag 24 november 2025"
        + " 05:55.\n")
        .doesNotContain("Geen berichten op de KVK-statuspagina", "er loopt geen storing");
    String en = Jsoup.parse(TEMPLATES.render(apiOnly, Language.EN, FROM, READ).html()).text();
    assertThat(en).contains("No posts about what you follow in week 47 (17–23 November 2025)."
        + " Not in your selection: 1 post (from week 47, still open or still to come).")
        .doesNotContain("no incident is open");
  }

  @Test
  void aQuietWeekIsShortAndSaysSo() {
    // 90 days from Tue 26 Aug 00:00 +02:00 to Mon 24 Nov 00:00 +01:00 = 2161 h = 129 660 min.
    // API: d01 unplanned 100 min, d06 planned 240 min: 1 - 100 / 129 420 = 99.922…%. Dataservice
    // and Mutatieservice: nothing unplanned, 100%.
    assertThat(TEMPLATES.render(QUIET, Language.NL, FROM, READ).text()).isEqualTo(
        "Weekoverzicht KVK-statuspagina, week 47 (17–23 november 2025)\n"
            + "\n"
            + "Geen berichten op de KVK-statuspagina in week 47 (17–23 november 2025).\n"
            + "statuswacht draait en las de pagina voor het laatst op maandag 24 november 2025"
            + " 05:55: er loopt geen storing, en er is geen onderhoud met onderbreking of"
            + " wijziging aangekondigd die nog moet komen.\n"
            + "\n"
            + "Beschikbaarheid over de laatste 90 dagen (26 augustus – 23 november 2025):\n"
            + "- KVK API: 99,92% (norm 99%; waargenomen: 100,0% van de periode)\n"
            + "- KVK Dataservice: 100,00% (norm 99%; waargenomen: 100,0% van de periode)\n"
            + "- KVK Mutatieservice: 100,00% (norm 99%; waargenomen: 100,0% van de periode)\n"
            + "\n"
            + "--\n"
            + "U ontvangt dit weekoverzicht omdat dit adres is aangemeld voor statuswacht over de"
            + " KVK-statuspagina.\n"
            + "Afmelden: stuur een mail met als onderwerp \"unsubscribe\" naar " + FROM
            + " (mailto:" + FROM + "?subject=unsubscribe).\n");
    String en = TEMPLATES.render(QUIET, Language.EN, FROM, READ).text();
    assertThat(en).contains("No posts on the KVK status page in week 47 (17–23 November 2025).\n"
        + "statuswacht is running and last read the page on Monday 24 November 2025 05:55:")
        .contains("- KVK API: 99.92% (target 99%; observed 100.0% of the period)\n")
        .doesNotContain("==");
    assertThat(en.lines().count()).isLessThan(15);
    for (Language language : Language.values()) {
      Rendered quiet = TEMPLATES.render(QUIET, language, FROM, READ);
      assertThat(quiet.ics()).isNull();
      Document doc = Jsoup.parse(quiet.html());
      assertThat(doc.select("table[role=img], th")).isEmpty();
      assertThat(quiet.html().length()).isLessThan(4000);
    }
    assertThat(Jsoup.parse(TEMPLATES.render(QUIET, Language.NL, FROM, READ).html()).text())
        .contains("Geen berichten op de KVK-statuspagina in week 47 (17–23 november 2025).")
        .contains("KVK API: 99,92% (norm 99%; waargenomen: 100,0% van de periode)");
  }

  @ParameterizedTest
  @EnumSource(Language.class)
  void htmlIsACompleteSafeDocumentThatFetchesNothing(Language language) {
    for (DigestReport report : List.of(WEEK_46, QUIET)) {
      Rendered rendered = TEMPLATES.render(report, language, FROM, READ);
      String html = rendered.html();
      assertThat(html).startsWith("<!DOCTYPE html>\n<html lang=\""
          + language.name().toLowerCase(Locale.ROOT) + "\">").endsWith("</html>\n")
          .doesNotContain("{{", "}}");
      String lower = html.toLowerCase(Locale.ROOT);
      assertThat(lower).doesNotContain("<script", "src=", "javascript:", "<style", "<img",
          "<link", "url(");
      Document doc = Jsoup.parse(html);
      assertThat(doc.title()).isEqualTo(rendered.subject());
      for (Element element : doc.getAllElements()) {
        element.attributes().forEach(a ->
            assertThat(a.getKey().toLowerCase(Locale.ROOT)).doesNotStartWith("on"));
      }
      // The only web addresses are the posts' own links, and only in href.
      for (Element a : doc.select("a[href]")) {
        assertThat(a.attr("href"))
            .matches("https://status\\.kvk\\.nl/incidents/[a-z0-9-]+|mailto:" + FROM
                + "\\?subject=unsubscribe");
      }
      assertThat(lower.split("http", -1).length - 1)
          .isEqualTo(doc.select("a[href^=http]").size());
      assertThat(doc.select("a[href^=mailto:]").attr("href"))
          .isEqualTo("mailto:" + FROM + "?subject=unsubscribe");
    }
  }

  @Test
  void everyValueIsEscapedInHtmlAndVerbatimInText() {
    Rendered rendered = TEMPLATES.render(WEEK_46, Language.NL, FROM, READ);
    assertThat(rendered.html()).contains("Storing &lt;b&gt;KVK API&lt;/b&gt; &amp; Zoeken")
        .contains("Mededeling: nieuwe &lt;b&gt;portal&lt;/b&gt; &amp; app")
        .doesNotContain("<b>KVK API</b>", "<b>portal</b>");
    assertThat(Jsoup.parse(rendered.html()).select("b")).isEmpty();
    assertThat(rendered.text()).contains("- Storing <b>KVK API</b> & Zoeken\n");
  }

  @Test
  void htmlBarsAreTableCellsWithTitlesAndASummary() {
    Document doc = Jsoup.parse(TEMPLATES.render(WEEK_46, Language.NL, FROM, READ).html());
    Elements bars = doc.select("table[role=img]");
    assertThat(bars).hasSize(3);
    Element api = bars.get(0);
    // API: 2 days down (15 Sep, 13 Nov), 2 of maintenance (18 and 26 Oct), 86 fine.
    assertThat(api.attr("aria-label")).isEqualTo(
        "KVK API, 19 augustus – 16 november 2025: 2 dagen storing, 2 dagen onderhoud,"
            + " 86 dagen in orde");
    Elements cells = api.select("td");
    assertThat(cells).hasSize(90);
    assertThat(cells.get(0).attr("title")).isEqualTo("19 augustus 2025: in orde");
    assertThat(cells.get(0).attr("style")).contains("background-color:#1e8e3e");
    assertThat(cells.get(27).attr("title")).isEqualTo("15 september 2025: storing");
    assertThat(cells.get(27).attr("style")).contains("background-color:#d93025");
    // The 25-hour day of the DST change holds the maintenance of 23:15-23:45 +01:00.
    assertThat(cells.get(68).attr("title")).isEqualTo("26 oktober 2025: onderhoud");
    assertThat(cells.get(68).attr("style")).contains("background-color:#1a73e8");
    assertThat(cells.get(69).attr("title")).isEqualTo("27 oktober 2025: in orde");
    assertThat(cells.get(89).attr("title")).isEqualTo("16 november 2025: in orde");
    Element data = bars.get(1);
    assertThat(data.select("td").get(49).attr("style")).contains("background-color:#f29900");
    assertThat(data.select("td").get(49).attr("title")).isEqualTo("7 oktober 2025: verstoord");
    assertThat(api.nextElementSibling().text()).isEqualTo("19 augustus 2025 16 november 2025");

    Document en = Jsoup.parse(TEMPLATES.render(WEEK_46, Language.EN, FROM, READ).html());
    assertThat(en.select("table[role=img]").get(0).select("td").get(27).attr("title"))
        .isEqualTo("15 September 2025: down");
  }

  @Test
  void htmlSectionsInTheirOrder() {
    Document doc = Jsoup.parse(TEMPLATES.render(WEEK_46, Language.NL, FROM, READ).html());
    assertThat(doc.select("h2").eachText()).containsExactly(
        "Schendingen van de serviceniveaus", "Berichten van week 46", "Open storingen",
        "Onderhoud met onderbreking in de komende 14 dagen", "Wijzigingen die nog ingaan",
        "Serviceniveaus over de laatste 90 dagen", "Dag voor dag, de laatste 90 dagen");
    assertThat(doc.text()).contains("KVK API 99,76% 99% — GEHAALD 5 uur 10 minuten"
        + " 21 uur 33 minuten 16 uur 23 minuten 0 minuten 4 uur 30 minuten");
  }

  @Test
  void theCalendarPublishesEveryUpcomingWindow() throws Exception {
    Rendered rendered = TEMPLATES.render(WEEK_46, Language.EN, FROM, READ);
    Calendar calendar = new CalendarBuilder().build(new StringReader(rendered.ics()));
    assertThat(calendar.getRequiredProperty(Property.METHOD).getValue()).isEqualTo("PUBLISH");
    List<VEvent> events = calendar.getComponents(Component.VEVENT);
    // w4 (emergency, Tue 18 Nov 19:00, version 1) and w1 (Sat 22 Nov 08:00, version 2).
    assertThat(events).extracting(e -> e.getRequiredProperty(Property.UID).getValue())
        .containsExactly("statuswacht-w4-emergency@statuswacht.example",
            "statuswacht-w1@statuswacht.example");
    assertThat(events).extracting(e -> e.getRequiredProperty(Property.SEQUENCE).getValue())
        .containsExactly("1", "2");
    assertThat(events).extracting(e -> e.getRequiredProperty(Property.STATUS).getValue())
        .containsOnly("CONFIRMED");
    assertThat(events.get(1).getRequiredProperty(Property.DTSTART).getValue())
        .isEqualTo("20251122T080000");
    assertThat(rendered.ics()).contains("DTSTART;TZID=Europe/Amsterdam:20251122T080000\r\n")
        .contains("DTSTAMP:20251117T080000Z\r\n"); // 09:00 +01:00
  }

  @Test
  void theDigestMailCarriesTheCalendarAsAnAttachment() throws Exception {
    Rendered rendered = TEMPLATES.render(WEEK_46, Language.NL, FROM, READ);
    OutgoingMail mail = new OutgoingMail("digest-2025-W46.sub-1@statuswacht.example", FROM,
        List.of("ops@example.org"), rendered.subject(), rendered.text(), AS_OF, null,
        rendered.html(), rendered.ics(), FROM);
    Session session = Session.getInstance(new Properties());
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    MailMessages.toMime(mail, session).writeTo(bytes);
    MimeMessage read = new MimeMessage(session, new ByteArrayInputStream(bytes.toByteArray()));

    assertThat(read.getSubject()).isEqualTo(rendered.subject());
    MimeMultipart mixed = (MimeMultipart) read.getContent();
    assertThat(read.getContentType()).startsWith("multipart/mixed");
    assertThat(((MimeMultipart) mixed.getBodyPart(0).getContent()).getCount()).isEqualTo(2);
    assertThat(mixed.getBodyPart(1).getFileName()).isEqualTo("onderhoud-komende-14-dagen.ics");
    assertThat(new String(mixed.getBodyPart(1).getInputStream().readAllBytes(),
        StandardCharsets.UTF_8)).isEqualTo(rendered.ics());
  }

  @Test
  void theSameOutputWhateverTheJvmDefaults() {
    List<Rendered> expected = renderAll();
    AlertTemplatesTest.withDefaults(TimeZone.getTimeZone("Asia/Tokyo"), Locale.JAPAN,
        () -> assertThat(renderAll()).isEqualTo(expected));
    AlertTemplatesTest.withDefaults(TimeZone.getTimeZone("America/Los_Angeles"),
        Locale.forLanguageTag("ar-EG"), () -> assertThat(renderAll()).isEqualTo(expected));
    AlertTemplatesTest.withDefaults(TimeZone.getTimeZone("UTC"), Locale.forLanguageTag("tr-TR"),
        () -> assertThat(renderAll()).isEqualTo(expected));
  }

  private static List<Rendered> renderAll() {
    DigestReport report = DigestReport.compose(DigestHistory.posts(), POLICY, RULES.calendar(),
        WEEK, AS_OF, NO_DATASERVICE);
    return List.of(TEMPLATES.render(report, Language.NL, FROM, READ),
        TEMPLATES.render(report, Language.EN, FROM, READ), TEMPLATES.render(QUIET, Language.EN, FROM, READ));
  }

  @Test
  void refusesAFromThatIsNotAPlainAddress() {
    for (String bad : new String[] {null, "", "Statuswacht <a@example.org>", "a@example.org\r\n"}) {
      assertThatThrownBy(() -> TEMPLATES.render(QUIET, Language.NL, bad, READ))
          .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("plain address");
    }
  }

  /**
   * The scoreboard speaks only for what was observed: a page first read (with no post older) ten
   * days before the week's end gives figures over those ten days, and says so; a page never read
   * gives "no data", never 100%.
   */
  @Test
  void theScoreboardSaysWhatItObservedAndNoDataForWhatItDidNot() {
    Instant lastRead = at("2025-11-17T00:00+01:00");
    DigestReport tenDays = DigestReport.compose(List.of(), POLICY, RULES.calendar(),
        Week.parse("2025-W46"), lastRead, c -> true, at("2025-11-07T00:00+01:00"), lastRead);
    DigestReport never = DigestReport.compose(List.of(), POLICY, RULES.calendar(),
        Week.parse("2025-W46"), lastRead, c -> true, null, null);

    String en = TEMPLATES.render(tenDays, Language.EN, FROM, READ).text();
    String nl = TEMPLATES.render(never, Language.NL, FROM, READ).text();
    String html = TEMPLATES.render(never, Language.EN, FROM, READ).html();

    // 10 of the 90 days: 11.1%
    assertThat(en).contains("- KVK API: 100.00% (target 99%; observed 11.1% of the period)");
    assertThat(nl).contains("- KVK API: geen gegevens (norm 99%; niet waargenomen)")
        .doesNotContain("100,00%");
    assertThat(html).contains("no data").doesNotContain("100.00%");
  }
}
