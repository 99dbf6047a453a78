package nl.statuswacht.digest;

import static nl.statuswacht.testing.DigestHistory.AS_OF;
import static nl.statuswacht.testing.DigestHistory.NO_DATASERVICE;
import static nl.statuswacht.testing.DigestHistory.POLICY;
import static nl.statuswacht.testing.DigestHistory.RULES;
import static nl.statuswacht.testing.DigestHistory.WEEK;
import static nl.statuswacht.testing.DigestHistory.at;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.statuswacht.digest.DigestReport.Bar;
import nl.statuswacht.digest.DigestReport.Compliance;
import nl.statuswacht.digest.DigestReport.DayState;
import nl.statuswacht.digest.DigestReport.Group;
import nl.statuswacht.model.Category;
import nl.statuswacht.model.Classification;
import nl.statuswacht.model.Outcome;
import nl.statuswacht.model.Priority;
import nl.statuswacht.model.Rule;
import nl.statuswacht.model.Service;
import nl.statuswacht.model.Verdict;
import nl.statuswacht.model.Window;
import nl.statuswacht.rules.Availability;
import nl.statuswacht.rules.Scoreboard;
import nl.statuswacht.testing.DigestHistory;
import nl.statuswacht.words.VerdictWords;
import org.junit.jupiter.api.Test;

/**
 * The digest of 2025-W46 (Mon 10 – Sun 16 November 2025) made on Mon 17 November 2025 09:00, over
 * the history of {@link DigestHistory}, for a subscriber who does not follow the KVK
 * Dataservice. Every expected value is worked out by hand from docs/service-levels.md; the arithmetic is
 * in the comments. The scoreboard's period is the 90 days ending with Sunday 16 November: 19
 * August (16 November − 89 days: 15 days back to 1 November, 31 to 1 October, 30 to 1 September,
 * 13 to 19 August) to 16 November 2025. It runs from 19 August 00:00 +02:00 to 17 November 00:00
 * +01:00, 90 × 24 h plus the hour of 26 October (a 25-hour day): 2161 h = 129 660 min. Over 300
 * lines because every section of one week's digest is checked against that one hand-worked week.
 */
class DigestReportTest {
  private static final DigestReport REPORT = DigestReport.compose(DigestHistory.posts(), POLICY,
      RULES.calendar(), WEEK, AS_OF, NO_DATASERVICE);

  private static List<String> keys(List<DigestPost> posts) {
    return posts.stream().map(p -> p.judged().key()).toList();
  }

  private static Group group(DigestReport report, Category category) {
    return report.weekPosts().stream().filter(g -> g.category() == category).findFirst()
        .orElseThrow();
  }

  private static DigestPost post(DigestReport report, String key) {
    return report.weekPosts().stream().flatMap(g -> g.posts().stream())
        .filter(p -> p.judged().key().equals(key)).findFirst().orElseThrow();
  }

  @Test
  void theWeeksPostsByCategoryEachByAnnouncement() {
    // INCIDENT: mut-p3-old is announced 7 Nov, before the week, but resolved Mon 10 Nov 11:00;
    // api-p1 announced 13 Nov 10:10, mut-p3 14 Nov 10:05, mut-p2-open 16 Nov 20:05.
    // PLANNED_MAINTENANCE: d08, announced Mon 10 Nov 09:00, window Fri 14 Nov 22:00-23:00.
    // CHANGE: change-none is announced 1 Oct but takes effect Thu 13 Nov; change-late announced
    // Wed 12 Nov 10:00. INFORMATION: info (14 Nov). Unknown category: unknown (15 Nov).
    // Not in the week: w1, w2, w3, w5 (announced 3 Nov, windows 20 Nov and later), w4 (announced
    // Mon 17 Nov 08:00, the next week), dst (26 Oct), other-open (started and announced 3 Nov,
    // still open), d16 (announced 20 Oct, effective 1 Jan 2026).
    // Left out by the subscriber's filter: ds-p1 and d10, which name only the Dataservice.
    assertThat(REPORT.weekPosts()).extracting(Group::category).containsExactly(
        Category.INCIDENT, Category.PLANNED_MAINTENANCE, Category.CHANGE, Category.INFORMATION,
        null);
    assertThat(keys(group(REPORT, Category.INCIDENT).posts()))
        .containsExactly("mut-p3-old", "api-p1", "mut-p3", "mut-p2-open");
    assertThat(keys(group(REPORT, Category.PLANNED_MAINTENANCE).posts())).containsExactly("d08");
    assertThat(keys(group(REPORT, Category.CHANGE).posts()))
        .containsExactly("change-none", "change-late");
    assertThat(keys(group(REPORT, Category.INFORMATION).posts())).containsExactly("info");
    assertThat(keys(group(REPORT, null).posts())).containsExactly("unknown");
    assertThat(REPORT.incidentCount()).isEqualTo(4);
  }

  @Test
  void eachPostCarriesItsOutcome() {
    // d08: 10 business days before Fri 14 Nov is Fri 31 Oct (13, 12, 11, 10, 7, 6, 5, 4, 3
    // Nov, 31 Oct); announced 10 Nov: a violation. Fri 22:00-23:00 is in the night: compliant.
    assertThat(post(REPORT, "d08").judged().verdicts())
        .extracting(Verdict::rule, Verdict::outcome)
        .containsExactly(tuple(Rule.MAINTENANCE_NOTICE, Outcome.VIOLATION),
            tuple(Rule.MAINTENANCE_WINDOW, Outcome.COMPLIANT));
    // api-p1: P1 restored in 3 h 30 min, within 4 hours and 1 business day.
    assertThat(outcomes(post(REPORT, "api-p1"))).containsExactly(Outcome.COMPLIANT);
    // mut-p2-open: P2, open; its longest target (2 business days) ends Wed 19 Nov 00:00.
    assertThat(outcomes(post(REPORT, "mut-p2-open"))).containsExactly(Outcome.PENDING);
    // change-none: no notice needed (0 months).
    assertThat(outcomes(post(REPORT, "change-none"))).containsExactly(Outcome.COMPLIANT);
    // info and unknown: no rule applies.
    assertThat(post(REPORT, "info").judged().verdicts()).isEmpty();
    assertThat(post(REPORT, "unknown").judged().verdicts()).isEmpty();
  }

  private static List<Outcome> outcomes(DigestPost post) {
    return post.judged().verdicts().stream().map(Verdict::outcome).toList();
  }

  @Test
  void withoutAFilterTheDataservicePostsAreListedToo() {
    DigestReport all = DigestReport.compose(DigestHistory.posts(), POLICY, RULES.calendar(),
        WEEK, AS_OF, c -> true);

    // ds-p1 announced Tue 11 Nov 09:20; d10 announced Wed 12 Nov 11:00.
    assertThat(keys(group(all, Category.INCIDENT).posts()))
        .containsExactly("mut-p3-old", "ds-p1", "api-p1", "mut-p3", "mut-p2-open");
    assertThat(keys(group(all, Category.PLANNED_MAINTENANCE).posts()))
        .containsExactly("d08", "d10");
    assertThat(all.scoreboard()).isEqualTo(REPORT.scoreboard());
    assertThat(all.violations()).isEqualTo(REPORT.violations());
    assertThat(all.bars()).isEqualTo(REPORT.bars());
  }

  @Test
  void openIncidentsWithHowLongAndTheNextDeadline() {
    // other-open: P3 on the website (OTHER), Mon 3 Nov 09:00, open 14 days at Mon 17 Nov 09:00.
    // Its deadlines, counting business time from 3 Nov 09:00: 1 business day Tue 4 Nov 09:00,
    // 3 Thu 6 Nov 09:00, 5 Mon 10 Nov 09:00 (15 h on Mon 3 + 4 × 24 h to Fri 7 = 111 h, the
    // last 9 h on Mon 10): all passed, no next one.
    // mut-p2-open: P2, Sun 16 Nov 20:00, open 13 h. 8 hours: Mon 17 Nov 04:00, passed; 2
    // business days: Sunday does not count, so Mon 17 00:00 + 48 h = Wed 19 Nov 00:00.
    assertThat(REPORT.openIncidents()).extracting(o -> o.post().judged().key())
        .containsExactly("other-open", "mut-p2-open");
    DigestReport.OpenIncident old = REPORT.openIncidents().get(0);
    assertThat(old.open()).isEqualTo(Duration.ofDays(14));
    assertThat(old.targets()).extracting(t -> t.deadline()).containsExactly(
        at("2025-11-04T09:00+01:00"), at("2025-11-06T09:00+01:00"),
        at("2025-11-10T09:00+01:00"));
    assertThat(old.next()).isNull();
    DigestReport.OpenIncident p2 = REPORT.openIncidents().get(1);
    assertThat(p2.started()).isEqualTo(at("2025-11-16T20:00+01:00"));
    assertThat(p2.open()).isEqualTo(Duration.ofHours(13));
    assertThat(p2.next().target().describe()).isEqualTo("100% within 2 business days");
    assertThat(p2.next().deadline()).isEqualTo(at("2025-11-19T00:00+01:00"));
  }

  @Test
  void downtimeWindowsOfTheNextFourteenDays() {
    // Up to Mon 1 Dec 09:00. w4 (emergency, Tue 18 Nov 19:00) and w1 (Sat 22 Nov 08:00) are in;
    // w2 starts Tue 2 Dec 21:00, 15 days 12 hours out; w3 is called off; w5 has no downtime;
    // d10 (Tue 2 Dec 23:00) is too late and the Dataservice's anyway.
    assertThat(keys(REPORT.upcomingWindows())).containsExactly("w4-emergency", "w1");
  }

  @Test
  void aPastWeekToldAsOfItsEndListsWhatWasOpenAndComingThen() {
    // 2025-W45 as of its end, Mon 10 Nov 00:00. Open then: other-open (3 Nov) and mut-p3-old
    // (7 Nov 15:00, resolved only on 10 Nov 11:00); ds-p1 starts 11 Nov. Coming in 14 days: w1
    // (22 Nov, announced 3 Nov); d08 (14 Nov) was announced 10 Nov 09:00 and w4 (18 Nov) on 17
    // Nov, both after. Changes from 10 Nov on: change-none (13 Nov), d16, d13; change-late was
    // announced 12 Nov.
    Instant end = at("2025-11-10T00:00+01:00");
    DigestReport w45 = DigestReport.compose(DigestHistory.posts(), POLICY, RULES.calendar(),
        Week.parse("2025-W45"), end, c -> true);

    assertThat(w45.openIncidents()).extracting(o -> o.post().judged().key())
        .containsExactly("other-open", "mut-p3-old");
    assertThat(keys(w45.upcomingWindows())).containsExactly("w1");
    assertThat(w45.upcomingChanges()).extracting(c -> c.post().judged().key())
        .containsExactly("change-none", "d16", "d13");
  }

  @Test
  void aPostDatedAfterTheDigestButSeenBeforeItIsStillComing() {
    // w1 (Sat 22 Nov 08:00) as a page might date it: its own date the day of the window, seen
    // by the watcher on Mon 10 Nov. In the digest of Mon 17 Nov it is coming; as of Sun 9 Nov
    // 12:00, 12 days 20 hours before it (within the 14 days), it was not known yet.
    DigestPost w1 = DigestHistory.constructed().stream()
        .filter(p -> p.judged().key().equals("w1")).findFirst().orElseThrow();
    Scoreboard.Judged j = w1.judged();
    DigestPost dated = new DigestPost(new Scoreboard.Judged("w1-dated", j.title(), j.link(),
        at("2025-11-10T10:00+01:00"), at("2025-11-22T08:00+01:00"), j.classification(),
        j.verdicts()), 1, false, null);

    DigestReport now = DigestReport.compose(List.of(dated), POLICY, RULES.calendar(), WEEK,
        AS_OF, c -> true);
    assertThat(keys(now.upcomingWindows())).containsExactly("w1-dated");
    Instant before = at("2025-11-09T12:00+01:00");
    DigestReport earlier = DigestReport.compose(List.of(dated), POLICY, RULES.calendar(),
        Week.parse("2025-W45"), before, c -> true);
    assertThat(earlier.upcomingWindows()).isEmpty();
  }

  @Test
  void changesComingIntoEffectWithTheirNoticeVerdict() {
    // On or after Mon 17 Nov 2025, by date: change-late 1 Dec 2025 (MAJOR: announced 12 Nov +
    // 6 months = 12 May 2026, after 1 Dec: a violation), d16 1 Jan 2026 (TARIFF: 20 Oct + 2
    // months = 20 Dec 2025, on time), d13 1 Feb 2026 (PHASE_OUT: 15 Jan 2025 + 12 months = 15
    // Jan 2026, on time). change-none took effect 13 Nov, d14, d15, d17 earlier; d18 names no
    // date.
    assertThat(REPORT.upcomingChanges()).extracting(c -> c.post().judged().key())
        .containsExactly("change-late", "d16", "d13");
    assertThat(REPORT.upcomingChanges()).extracting(c -> c.notice().rule())
        .containsOnly(Rule.CHANGE_NOTICE);
    assertThat(REPORT.upcomingChanges()).extracting(c -> c.notice().outcome())
        .containsExactly(Outcome.VIOLATION, Outcome.COMPLIANT, Outcome.COMPLIANT);
    assertThat(VerdictWords.DUTCH.reason(REPORT.upcomingChanges().get(0).notice())).isNotBlank();
  }

  @Test
  void availabilityPerServiceOverTheNinetyDays() {
    Scoreboard.Board board = REPORT.scoreboard();
    assertThat(board.from()).isEqualTo(LocalDate.of(2025, 8, 19));
    assertThat(board.to()).isEqualTo(LocalDate.of(2025, 11, 16));

    // API: unplanned d01 (P1, 08:25-10:05, 100 min) + api-p1 (P1, 10:00-13:30, 210 min) = 310
    // min; planned d06 (07:00-11:00, 240 min) + dst (23:15-23:45, 30 min) = 270 min. Counted:
    // 129 660 - 270 = 129 390 min; 1 - 310 / 129 390 = 0.9976041; budget 1% of 129 390 min =
    // 1 293.9 min = 21 h 33 min 54 s, left 21:33:54 - 5:10:00 = 16 h 23 min 54 s.
    Availability.Result api = rolling(Service.KVK_API);
    assertThat(api.unplanned()).isEqualTo(Duration.ofMinutes(310));
    assertThat(api.planned()).isEqualTo(Duration.ofMinutes(270));
    assertThat(api.degraded()).isZero();
    assertThat(api.availability()).isCloseTo(0.9976041, within(1e-7));
    assertThat(api.budget()).isEqualTo(Duration.parse("PT21H33M54S"));
    assertThat(api.budgetLeft()).isEqualTo(Duration.parse("PT16H23M54S"));
    assertThat(api.met()).isTrue();

    // Dataservice: unplanned ds-p1 (Tue 11 Nov 09:00 - Wed 12 Nov 12:00) = 27 h = 1 620 min;
    // planned d07 (20 Aug 17:00-22:00) = 300 min; degraded d02 (P2, 7 Oct 13:00 - 9 Oct 15:00)
    // = 50 h. 1 - 1 620 / (129 660 - 300) = 1 - 1 620 / 129 360 = 0.9874768; budget 1 293.6
    // min = 21 h 33 min 36 s, all used (27 h > budget): none left, below the norm.
    Availability.Result data = rolling(Service.KVK_DATASERVICE);
    assertThat(data.unplanned()).isEqualTo(Duration.ofHours(27));
    assertThat(data.planned()).isEqualTo(Duration.ofMinutes(300));
    assertThat(data.degraded()).isEqualTo(Duration.ofHours(50));
    assertThat(data.availability()).isCloseTo(0.9874768, within(1e-7));
    assertThat(data.budget()).isEqualTo(Duration.parse("PT21H33M36S"));
    assertThat(data.budgetLeft()).isZero();
    assertThat(data.met()).isFalse();

    // Mutatieservice: nothing unplanned; planned d08 (22:00-23:00) = 60 min; degraded
    // mut-p3-old (Fri 7 Nov 15:00 - Mon 10 Nov 11:00 = 9 + 24 + 24 + 11 = 68 h), mut-p3 (1 h)
    // and mut-p2-open until the period's end (Sun 16 Nov 20:00-24:00, 4 h) = 73 h. Budget 1% of
    // (129 660 - 60) = 1 296 min = 21 h 36 min, all left. w3 and w4 fall after the period.
    Availability.Result mut = rolling(Service.KVK_MUTATIESERVICE);
    assertThat(mut.unplanned()).isZero();
    assertThat(mut.planned()).isEqualTo(Duration.ofMinutes(60));
    assertThat(mut.degraded()).isEqualTo(Duration.ofHours(73));
    assertThat(mut.availability()).isEqualTo(1.0);
    assertThat(mut.budget()).isEqualTo(Duration.parse("PT21H36M"));
    assertThat(mut.budgetLeft()).isEqualTo(Duration.parse("PT21H36M"));
  }

  private static Availability.Result rolling(Service service) {
    return REPORT.scoreboard().rolling().stream().filter(r -> r.service() == service)
        .findFirst().orElseThrow();
  }

  @Test
  void restorationTargetsOverTheNinetyDays() {
    // P1 started in the period: d01 (1 h 40 min), api-p1 (3 h 30 min), ds-p1 (27 h, and 15 + 12
    // = 27 h of business time, over 1 business day): 4 hours met by 2 of 3, 1 business day by 2
    // of 3; 66.7% is short of 95% and 100%.
    // P2: d02 (50 h; business time Tue 7 Oct 13:00 - Thu 9 Oct 15:00 = 11 + 24 + 15 = 50 h > 48
    // h) misses both; mut-p2-open is past its 8 hours (Mon 17 Nov 04:00 < 09:00), a miss, and
    // not yet at its 2 business days (Wed 19 Nov), not counted: 0/2 and 0/1.
    // P3: mut-p3-old (business time Fri 15:00-24:00 + Mon 00:00-11:00 = 20 h), mut-p3 (1 h)
    // meet all three; other-open has passed all three deadlines: 2/3 each; 66.7% reaches 40%
    // and 60%, not 95%.
    assertThat(REPORT.scoreboard().restoration()).extracting(
        s -> s.priority() + " " + s.target().describe() + ": " + s.met() + "/" + s.total() + " "
            + s.reached())
        .containsExactly(
            "P1 95% within 4 hours: 2/3 false",
            "P1 100% within 1 business day: 2/3 false",
            "P2 95% within 8 hours: 0/2 false",
            "P2 100% within 2 business days: 0/1 false",
            "P3 40% within 1 business day: 2/3 true",
            "P3 60% within 3 business days: 2/3 true",
            "P3 95% within 5 business days: 2/3 false");
  }

  @Test
  void noticeAndWindowComplianceCounts() {
    // Posts announced 19 Aug - 16 Nov. CHANGE_NOTICE: d16 and change-none compliant, change-late
    // a violation, d18 (no date) needs review. MAINTENANCE_NOTICE: d06, d10, w1, w2, w3, dst on
    // time, d08 late (w4 is announced 17 Nov, emergency anyway; w5 has no downtime).
    // MAINTENANCE_WINDOW: d06 (Sat), d08 (Fri 22:00), d10 (Tue 23:00-03:00), w1 (Sat), w2 (Tue
    // 21:00-23:00), w3 (Sat), dst (Sun): all inside.
    assertThat(REPORT.compliance()).containsExactly(
        new Compliance(Rule.CHANGE_NOTICE, 2, 1, 0, 1),
        new Compliance(Rule.MAINTENANCE_NOTICE, 6, 1, 0, 0),
        new Compliance(Rule.MAINTENANCE_WINDOW, 7, 0, 0, 0));
  }

  @Test
  void everyViolationOfTheWeekWithItsEvidenceWhateverTheFilter() {
    // The week's posts by announcement: d08 (10 Nov 09:00), ds-p1 (11 Nov 09:20, the
    // Dataservice, which the subscriber does not follow), change-late (12 Nov 10:00).
    List<DigestReport.Violation> violations = REPORT.violations();
    assertThat(violations).extracting(v -> v.post().key() + " " + v.verdict().rule())
        .containsExactly("d08 MAINTENANCE_NOTICE", "ds-p1 RESTORATION",
            "change-late CHANGE_NOTICE");
    DigestReport.Violation d08 = violations.get(0);
    assertThat(d08.post().title()).isEqualTo("Gepland onderhoud Mutatieservice");
    assertThat(d08.post().link()).isEqualTo("https://status.kvk.nl/incidents/d08");
    assertThat(d08.post().firstSeen()).isEqualTo(at("2025-11-10T09:00+01:00"));
    assertThat(d08.post().announced()).isEqualTo(at("2025-11-10T09:00+01:00"));
    assertThat(VerdictWords.ENGLISH.required(d08.verdict())).contains("2025-10-31");
    assertThat(VerdictWords.ENGLISH.actual(d08.verdict())).contains("2025-11-10");
    assertThat(VerdictWords.DUTCH.reason(d08.verdict())).isNotBlank();
    assertThat(VerdictWords.ENGLISH.reason(d08.verdict())).isNotBlank();
    assertThat(d08.evidenceSha()).isEqualTo(DigestHistory.sha("d08")).hasSize(64);
    DigestReport.Violation late = violations.get(2);
    assertThat(late.post().firstSeen()).isEqualTo(at("2025-11-12T10:05+01:00"));
    assertThat(VerdictWords.ENGLISH.required(late.verdict())).contains("2026-05-12");
  }

  @Test
  void barsGiveTheWorstStateOfEachLocalDay() {
    Bar api = bar(Service.KVK_API);
    assertThat(api.days()).hasSize(90);
    assertThat(api.days().get(0).date()).isEqualTo(LocalDate.of(2025, 8, 19));
    assertThat(api.days().get(89).date()).isEqualTo(LocalDate.of(2025, 11, 16));
    assertThat(notFine(api)).containsExactly(
        "2025-09-15 DOWN", // d01
        "2025-10-18 MAINTENANCE", // d06
        // dst: Sun 26 Oct 23:15-23:45 +01:00. That day runs from 00:00 +02:00 to 24:00 +01:00,
        // 25 hours; a day of 24 hours from 19 Aug would have put it on 27 Oct.
        "2025-10-26 MAINTENANCE",
        "2025-11-13 DOWN"); // api-p1
    assertThat(notFine(bar(Service.KVK_DATASERVICE))).containsExactly(
        "2025-08-20 MAINTENANCE", // d07
        "2025-10-07 DEGRADED", "2025-10-08 DEGRADED", "2025-10-09 DEGRADED", // d02, P2
        "2025-11-11 DOWN", "2025-11-12 DOWN"); // ds-p1, P1
    assertThat(notFine(bar(Service.KVK_MUTATIESERVICE))).containsExactly(
        "2025-11-07 DEGRADED", "2025-11-08 DEGRADED", "2025-11-09 DEGRADED",
        "2025-11-10 DEGRADED", // mut-p3-old
        "2025-11-14 DEGRADED", // mut-p3 (10:00-11:00) is worse than d08 (22:00-23:00)
        "2025-11-16 DEGRADED"); // mut-p2-open, open until the week's end
  }

  private static Bar bar(Service service) {
    return REPORT.bars().stream().filter(b -> b.service() == service).findFirst().orElseThrow();
  }

  private static List<String> notFine(Bar bar) {
    List<String> days = new ArrayList<>();
    bar.days().stream().filter(d -> d.state() != DayState.OK)
        .forEach(d -> days.add(d.date() + " " + d.state()));
    return days;
  }

  @Test
  void anOpenIncidentRunsOnTheBarsOnlyUntilTheDigestsMoment() {
    // A digest made mid-week, on Sat 15 Nov 12:00, with a P2 on the Mutatieservice open since
    // Fri 14 Nov 10:00: Friday and Saturday are degraded, Sunday has not happened yet.
    Instant asOf = at("2025-11-15T12:00+01:00");
    Classification open = new Classification(Category.INCIDENT, null,
        List.of(Service.KVK_MUTATIESERVICE), Priority.P2, null, null, null,
        at("2025-11-14T10:00+01:00"), null, null, Map.of());
    DigestPost post = new DigestPost(new Scoreboard.Judged("open", "Storing", null,
        at("2025-11-14T10:05+01:00"), at("2025-11-14T10:05+01:00"), open,
        RULES.judge(open, at("2025-11-14T10:05+01:00"), asOf)), 1, false, null);

    DigestReport midWeek = DigestReport.compose(List.of(post), POLICY, RULES.calendar(), WEEK,
        asOf, c -> true);

    Bar mut = midWeek.bars().get(2);
    assertThat(mut.service()).isEqualTo(Service.KVK_MUTATIESERVICE);
    assertThat(notFine(mut)).containsExactly("2025-11-14 DEGRADED", "2025-11-15 DEGRADED");
  }

  @Test
  void aWindowCalledOffTakesNoTimeButKeepsItsVerdicts() {
    // Two windows of 2 hours on the Mutatieservice on Sat 8 Nov 2025, 08:00-10:00 and
    // 12:00-14:00, both announced on 3 Nov (4 business days ahead: too late); the second is
    // called off. Only the first is planned time (120 min) and a maintenance day; both keep
    // their late-notice verdict.
    Instant asOf = at("2025-11-17T09:00+01:00");
    Classification morning = new Classification(Category.PLANNED_MAINTENANCE, true,
        List.of(Service.KVK_MUTATIESERVICE), null, null,
        new Window(at("2025-11-08T08:00+01:00"), at("2025-11-08T10:00+01:00")), null, null,
        null, null, Map.of());
    Classification noon = new Classification(Category.PLANNED_MAINTENANCE, true,
        List.of(Service.KVK_MUTATIESERVICE), null, null,
        new Window(at("2025-11-08T12:00+01:00"), at("2025-11-08T14:00+01:00")), null, null,
        null, null, Map.of());
    Instant announced = at("2025-11-03T10:00+01:00");
    DigestPost held = new DigestPost(new Scoreboard.Judged("held", "Onderhoud", null, announced,
        announced, morning, RULES.judge(morning, announced, asOf)), 1, false, null);
    DigestPost calledOff = new DigestPost(new Scoreboard.Judged("off", "Onderhoud (vervalt)",
        null, announced, announced, noon, RULES.judge(noon, announced, asOf)), 2, true, null);

    DigestReport report = DigestReport.compose(List.of(held, calledOff), POLICY,
        RULES.calendar(), WEEK, asOf, c -> true);

    Availability.Result mut = report.scoreboard().rolling().get(2);
    assertThat(mut.service()).isEqualTo(Service.KVK_MUTATIESERVICE);
    assertThat(mut.planned()).isEqualTo(Duration.ofHours(2));
    assertThat(notFine(report.bars().get(2))).containsExactly("2025-11-08 MAINTENANCE");
    Compliance notice = report.compliance().stream()
        .filter(x -> x.rule() == Rule.MAINTENANCE_NOTICE).findFirst().orElseThrow();
    assertThat(notice.violation()).isEqualTo(2);
  }

  @Test
  void aWeekWithNothingInItIsQuiet() {
    // 2025-W47 (17-23 Nov) seen on Mon 24 Nov, with three old posts only: d01 (15 Sep), d02 (7
    // Oct), d06 (18 Oct), all over.
    Instant asOf = at("2025-11-24T06:00+01:00");
    DigestReport quiet = DigestReport.compose(
        DigestHistory.fixtures(asOf, Set.of("d01", "d02", "d06")), POLICY, RULES.calendar(),
        Week.parse("2025-W47"), asOf, c -> true);

    assertThat(quiet.quiet()).isTrue();
    assertThat(quiet.weekPosts()).isEmpty();
    assertThat(quiet.violations()).isEmpty();
    assertThat(quiet.scoreboard().rolling()).hasSize(3);
    assertThat(REPORT.quiet()).isFalse();
    assertThat(quiet.leftOut()).isZero();
  }

  @Test
  void whatTheSubscriberDoesNotFollowIsCountedNotShown() {
    // week 47 with the KVK website's incident still open since 3 November: for everyone it is
    // the one open incident; for someone following the KVK API only the week is quiet, with 1
    // post left out
    Instant asOf = at("2025-11-24T06:00+01:00");
    List<DigestPost> posts = new ArrayList<>(
        DigestHistory.fixtures(asOf, Set.of("d01", "d02", "d06")));
    posts.addAll(DigestHistory.constructed().stream()
        .filter(p -> p.judged().key().equals("other-open")).toList());
    Week w47 = Week.parse("2025-W47");

    DigestReport everything = DigestReport.compose(posts, POLICY, RULES.calendar(), w47, asOf,
        c -> true);
    assertThat(everything.openIncidents()).extracting(o -> o.post().judged().key())
        .containsExactly("other-open");
    assertThat(everything.quiet()).isFalse();
    assertThat(everything.leftOut()).isZero();

    DigestReport apiOnly = DigestReport.compose(posts, POLICY, RULES.calendar(), w47, asOf,
        c -> c.services() != null && c.services().contains(Service.KVK_API));
    assertThat(apiOnly.openIncidents()).isEmpty();
    assertThat(apiOnly.quiet()).isTrue();
    assertThat(apiOnly.leftOut()).isEqualTo(1);
  }

  @Test
  void aMissingAnnualCalendarIsAViolationOfTheWeekHoldingFirstJanuary() {
    // d19 is the calendar for 2025; none for 2026 was seen. 2026-W01 runs Mon 29 Dec 2025 - Sun
    // 4 Jan 2026 and holds 1 January; 2026-W02 does not, though its 90 days do.
    List<DigestPost> posts = DigestHistory.fixtures(at("2026-01-05T06:00+01:00"),
        Set.of("d19"));
    DigestReport w01 = DigestReport.compose(posts, POLICY, RULES.calendar(),
        Week.parse("2026-W01"), at("2026-01-05T06:00+01:00"), c -> true);
    DigestReport w02 = DigestReport.compose(posts, POLICY, RULES.calendar(),
        Week.parse("2026-W02"), at("2026-01-12T06:00+01:00"), c -> true);

    assertThat(w01.violations()).hasSize(1);
    DigestReport.Violation missing = w01.violations().get(0);
    assertThat(missing.verdict().rule()).isEqualTo(Rule.ANNUAL_CALENDAR);
    assertThat(missing.post().title()).isEqualTo("Onderhoudskalender 2026");
    assertThat(missing.evidenceSha()).isNull();
    assertThat(w01.quiet()).isFalse();
    assertThat(w02.violations()).isEmpty();
    assertThat(w02.scoreboard().violations()).extracting(f -> f.verdict().rule())
        .contains(Rule.ANNUAL_CALENDAR);
  }
}
