package nl.statuswacht.classify;

import static nl.statuswacht.classify.DateGrammar.DAYC;
import static nl.statuswacht.classify.DateGrammar.DC;
import static nl.statuswacht.classify.DateGrammar.FLAGS;
import static nl.statuswacht.classify.DateGrammar.MONTH_WORDS;
import static nl.statuswacht.classify.DateGrammar.NL;
import static nl.statuswacht.classify.DateGrammar.NLB;
import static nl.statuswacht.classify.DateGrammar.OSP;
import static nl.statuswacht.classify.DateGrammar.SP;
import static nl.statuswacht.classify.DateGrammar.T;
import static nl.statuswacht.classify.DateGrammar.WEEKDAY_WORDS;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.time.temporal.IsoFields;
import java.time.zone.ZoneOffsetTransition;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.statuswacht.calendar.BusinessCalendar;
import nl.statuswacht.calendar.HolidayPolicy;
import nl.statuswacht.calendar.ZoneAbbreviations;
import nl.statuswacht.classify.DateGrammar.DateParts;
import nl.statuswacht.classify.DateGrammar.DateTok;
import nl.statuswacht.classify.DateGrammar.NightTok;
import nl.statuswacht.classify.DateGrammar.RelTok;
import nl.statuswacht.classify.DateGrammar.Scan;
import nl.statuswacht.classify.DateGrammar.Starts;
import nl.statuswacht.classify.DateGrammar.Stated;
import nl.statuswacht.classify.DateGrammar.TimeTok;
import nl.statuswacht.classify.DateGrammar.Tok;
import nl.statuswacht.classify.DateGrammar.WeekdayTok;
import nl.statuswacht.classify.DateGrammar.WeekendTok;
import nl.statuswacht.model.Window;

/**
 * Reads dates and times out of the Dutch and English text of a status-page post.
 *
 * <p>The grammar, case-insensitive:
 * <pre>
 * date     = [weekday] day month [year]            "zo 7 juni", "di. 9 juni 2026", "1e juli"
 *          | [weekday] Month day [, year]          "Tue, June 9, 2026" (English, with a capital)
 *          | d-m-yyyy | d/m/yyyy | d.m.yyyy | d-m-'yy | yyyy-mm-dd
 *          | [weekday] d-m | [weekday] d/m         "zo 7-6", "7/6": without a year only after a
 *                                                  weekday or right next to a time
 * weekday  = maandag .. zondag | ma di wo do vr za zo | Monday .. Sunday | Mon Tue Tues .. Sun,
 *            with or without a dot, a full Dutch one also with its part of the day
 *            ("zondagavond 16 november"); month = januari .. december | jan febr mrt okt ..
 * time     = h:mm | h.mm | hhumm ["uur"] | h "uur" (after om/van/tot/tussen/vanaf/..)
 *          | h-h CET ("between 22-02 CET": hours, not the 22nd of February)
 *          | half elf | kwart over/voor drie | half past seven
 *          | (five | ten | quarter | twenty) (past | to) nine
 *          | h[:mm] am|pm|a.m.|p.m. | middernacht | midnight      (00:00; as an end 24:00)
 *          then [zone]
 * zone     = CET | CEST | UTC | GMT | UTC+2 | (UTC+1) | CET/CEST | zomertijd (CEST)
 *          | wintertijd (CET) | Nederlandse tijd | Dutch time (Europe/Amsterdam)
 *          | BST | UK time | British time | Britse tijd (Europe/London)
 *          | Z | +01:00   (ISO 8601: "2026-02-25T22:00Z", "2026-02-25T23:00:00+01:00")
 * day      = date | vandaag | vanavond | vannacht | morgen[ochtend|middag|avond|nacht] | overmorgen
 *          | ([aan]komende | aanstaande) nacht (the night ahead)
 *          | today | tonight | tomorrow [morning|evening|night]
 *          | (komende | aankomende | aanstaande | a.s. | this | next | coming) weekday
 *          | weekday a.s. | (volgende | next) week weekday | weekday (volgende | next) week
 *          | weekday        (its date elsewhere in the text; in the weakest window reading,
 *                            the next such day: Prepared#windowOnTheNextWeekday)
 *          | [in de] nacht van [weekday] [d [month [year]] | d/m[/yyyy] | yyyy-mm-dd] op date
 *                                                  ("night of .. to ..", "nacht tussen .. en",
 *                                                  "night between .. and ..")
 *          | [aanstaande | komende] nacht[,] van weekday op weekday
 *                                                  (the date from elsewhere in the text, or
 *                                                  "week 12": that ISO week)
 *          | weekend van d [en|-|/ d] month [year]
 *          | (komend | aankomend | dit | this | coming) weekend
 * range    = [van | vanaf | tussen | from | between] moment
 *            (tot | tot en met | t/m | - | – | to | until | en | and) moment
 *                                                  ("en"/"and" only after tussen/between)
 * moment   = [day [om|at]] time | time on day | time, day | time weekday
 *                                                  (the last two in a range of two moments)
 * start    = (vanaf | from | starting [at] | beginning [at] | begint om | start [om] | aanvang)
 *            [day] time
 *          | (om | at) time     (only with a start verb, an end "tot ..", or a duration)
 * duration = (duurt | duren | last | take | for | gedurende) .. amount | amount .. duren
 *          amount = n uur|minuten|hours|minutes
 *                       (n in digits, 1,5, een/één .. twaalf, one .. twelve)
 *                 | anderhalf uur | (een) half uur | half an hour | kwartier
 * window   = day .. range | range .. day  (same sentence, no other day or ";" in between)
 *          | day. range ..   (the next sentence opens with the range, or says "die dag", "dan")
 *          | a range whose moments carry their days | day .. start [.. tot time | duration]
 *          | (start | begin | aanvang | starttijd | begintijd) [of-what] ":" moment [bullet]
 *            (einde | eind | eindtijd | end) [of-what] ":" moment   (two labelled lines; of-what:
 *            verstoring, onderhoud, outage, of maintenance, ..: "Einde onderhoud: 06.00 uur")
 * effective= (per | vanaf | met ingang van | m.i.v. | with effect from | w.e.f. | ingaande | na
 *          | as of | as from | from
 *          | effective [from|on] | starting [from|on] | stopt | vervalt | wordt uitgezet | gaat in
 *          | geldt | will be retired | switched off | .. [op|on|per]
 *          | (per | vanaf | from | as of) (wanneer | when) "?") date    (a heading: "Per wanneer?")
 *          | (vanaf | per | from | ..) de eerste werkdag van month [year]
 *                                                  (the first business day of the month)
 *          | op date (stopt | vervalt | wordt | vervangen | ..)      ("op 1 januari 2027 stopt de")
 * since    = (sinds | vanaf | since | from | as of | beginning) [vanochtend | gisteren | ..]
 *            [date] time
 *            (a time without a day: on the one date named before it in its sentence, if any)
 *          | past range                           ("between 14:02 and 14:47 UTC customers saw")
 * past range = [date | vannacht | gisteren | ..] range, ended at or before the anchor (a day
 *            earlier only in past-tense text), not in a sentence that expects or plans, names
 *            another day, or lists dates
 * until    = (om | at | sinds | vanaf | ..) [date] time .. (verholpen | opgelost | hersteld
 *          | werkt weer | weer beschikbaar | resolved | fixed | restored | went live | ..)
 *          | past range (its end) | (tot | until) time in past-tense text
 *          | log of 3+ lines "time - words": its last line that resolves ("all times UTC")
 * </pre>
 *
 * <p>Resolution: a date without a year is the first such date on or after the anchor's local
 * date (for {@link #since} and {@link #until} the last on or before it). In a window an end at or
 * before the start is on the next day ("tussen 22.00 en 02.00 uur"); in a night ("nacht van 2 op
 * 3 december") a time from 12:00 is on the first day and an earlier time on the second. "Vannacht"
 * is the coming night (from the anchor's date), or the night going on when the anchor is before
 * 06:00. A bare weekday is only a day when the text gives its date elsewhere (a date on that
 * weekday, a weekend, the other moment of a range) or qualifies it ("komende zaterdag": the first
 * after the anchor's date; "deze zaterdag", "this Saturday": on or after). A weekend is the
 * Saturday and Sunday; a time range on a weekend without weekdays is ambiguous, and so is
 * "komend weekend" said on a Saturday or Sunday. A duration is
 * elapsed time: the end is the start plus the duration. Local times are resolved in {@code zone}
 * unless the text states a zone; a time that does not exist (the spring gap) moves forward as
 * {@link java.time.ZonedDateTime#ofLocal} does, a time that exists twice (the autumn overlap) takes
 * the earlier, summer-time, offset.
 *
 * <p>Nothing is guessed: an impossible date (31 februari, 31-02-2026), a weekday that does not
 * match its date, an impossible time (25:00), contradicting zones, a window listing several days,
 * a weekday whose date cannot be told, a range of durations ("2 à 3 uur"), a vague date ("in het
 * tweede kwartaal", "Q3 2026", "begin 2027", "in juni"), version numbers ("v2.10.3"), amounts
 * ("€ 10.50") and a day-month alone in running text ("10-12 medewerkers") all give an empty
 * result. The first expression in the text wins ({@link #until}: a time next to a resolution
 * word before a past range before "tot"). Evidence is the exact span of text that was read.
 *
 * <p>Over 300 lines: one grammar, read as a whole: the shape patterns, the four questions asked of a
 * text (window, effective date, since, until) and the context they share (sentences, days,
 * spans) belong together; the token scanner is {@link DateGrammar}.
 */
public final class DateExpressions {
  private DateExpressions() {}

  // ------------------------------------------------------------------------ shape patterns

  /** Words that make a time approximate: "circa 10.00", "approx. 06:00", "tot rond 12 uur". */
  private static final String APPROX = "(?:" + DateGrammar.ABOUT_WORDS + "|rond|omstreeks)";
  /** Not "zoals verwacht" or "as expected" (bounded look-behinds: a long text costs no more). */
  private static final String NOT_AS_EXPECTED = "(?<!" + NLB + "zoals[\\s\\u00A0]{1,3})(?<!" + NLB
      + "as[\\s\\u00A0]{1,3})";

  private static final String SEP = "(?:" + OSP + "[-\u2013\u2014~\uFF5E]" + OSP + "|" + SP
      + "(?:tot" + SP + "en" + SP + "met|tot|t/m|until|till|to|through|thru|en|and)" + SP + ")"
      // "tot uiterlijk 06.00", "tot ten laatste 13u", "tot naar verwachting 20u30", "to an
      // expected 03:00"
      + "(?:(?:" + APPROX + "|uiterlijk|ten" + SP + "laatste|naar" + SP + "(?:verwachting"
      + "|schatting)|(?:an" + SP
      + ")?(?:expected|estimated))" + SP + ")?";
  /**
   * Between a day and its time: "vrijdag 12 juni 22.00", "12 juni, om 22:00", also over a word in
   * brackets that names the day again ("maandag 25 mei (Tweede Pinksterdag) 12.00 uur").
   */
  private static final String GAP_DT = "(?:" + OSP + "\\((?!" + OSP + "(?:utc|gmt|cet|cest|bst|z)"
      + OSP + "\\))[^()\uE000-\uE0FF]{1,30}\\))?(?:,?" + SP + "(?:(?:om|at)" + SP + ")?|," + OSP
      + "|)"; // nothing: ISO 8601's "2026-02-25T22:00Z"
  /** Between a time and its day: "22:00 on Friday 12 June". */
  private static final String GAP_TD = "(?:,?" + SP + "(?:on|op)" + SP + ")";
  /**
   * The same in a range of two moments, also a comma alone ("from 22:00 CET, 10 November") or a
   * space before a weekday ("between 10pm Saturday and 2am Sunday").
   */
  private static final String GAP_TD_RANGE = "(?:,?" + SP + "(?:on|op)" + SP + "|," + OSP + "|"
      + SP + "(?=" + DateGrammar.M_WDAY + "))";
  /** Words that move something to another day: "verplaatst", "postponed", "brought forward". */
  private static final String MOVE_WORDS = "verplaatst|verschoven|uitgesteld|vervroegd|moved"
      + "|rescheduled|postponed|brought" + SP + "forward"
      // the present tense: "vervroegen wij de ingangsdatum naar", "we verplaatsen het onderhoud",
      // "KVK vervroegt invoering Mutatieservice v3 naar 17-8-2026"
      + "|verplaatsen|verschuiven|vervroegen|uitstellen|vervroegt|verschuift";

  /** The label of a date that replaces an earlier one: "Nieuwe datum", "Gewijzigde datum". */
  private static final String NEW_DATE = "(?:nieuwe|gewijzigde|aangepaste)" + SP + "datum"
      + "|(?:new|changed|revised|updated)" + SP + "date";

  /**
   * What a labelled line may name after its "Start"/"Einde": "Einde verstoring: 14.05 uur",
   * "Start onderhoud: 22:00", "End of outage: 10:47".
   */
  private static final String OF_WHAT = "(?:" + SP + "(?:of" + SP + ")?(?:verstoring|storing"
      + "|incident|onderbreking|onderhoud|werkzaamheden|outage|disruption|maintenance))?";
  /**
   * Before a label of a start or an end, as planning tools write them: "Geplande start:",
   * "Planned start date:", "Scheduled end time:", "New planned end date:".
   */
  private static final String PLANNED = "(?:(?:new|nieuwe)" + SP + ")?(?:(?:geplande|gepland"
      + "|planned|scheduled)" + SP + ")?";
  /** After such a label's word, what it labels: "start date", "eind tijd". */
  private static final String DATE_OR_TIME = "(?:" + SP + "(?:date|datum|time|tijd))?";
  /** A range's opening word, perhaps with an approximation: "tussen circa 10.00 en 12.00 uur". */
  private static final String CUE =
      "(?:" + NLB + "(?<cue>van|vanaf|tussen|from|between)" + SP
      + "(?:" + APPROX + SP + ")?)?";

  /**
   * An opening bracket, and a closing one: "21:00 hrs CET (7th Feb)"; after a time, the time's
   * zone may have taken it ("Saturday, 21st March 2026 (23:00 hrs CET)").
   */
  private static final String OPEN = OSP + "\\(" + OSP;
  private static final String CLOSE = OSP + "\\)";
  private static final String CLOSE_AFTER_A_TIME = "(?:" + OSP + "\\))?";

  /**
   * A range whose start carries its day; the end may carry one. Either may be in brackets after
   * the other: "Saturday, 21st March 2026 (23:00 hrs CET) till Sunday, 22nd March 2026 (02:00 hrs
   * CET)", "21:00 hrs CET (7th Feb) to 03:00 hrs CET (8th Feb)".
   */
  private static final Pattern RANGE_A = Pattern.compile(CUE
      + "(?:(?<sd>" + DAYC + ")(?:" + GAP_DT + "(?<st>" + T + ")|" + OPEN + "(?<st4>" + T + ")"
      + CLOSE_AFTER_A_TIME + ")|(?<st2>" + T + ")(?:" + GAP_TD_RANGE + "(?<sd2>" + DAYC + ")"
      + "|" + OPEN + "(?<sd4>" + DAYC + ")" + CLOSE + "))"
      + "(?<sep>,?" + SEP + ")" // "from 22:00 CET, 10 November 2026, to 02:00 CET, 11 November"
      + "(?:(?<ed>" + DAYC + ")(?:" + GAP_DT + "(?<et>" + T + ")|" + OPEN + "(?<et4>" + T + ")"
      + CLOSE_AFTER_A_TIME + ")|(?<et2>" + T + ")(?:" + GAP_TD_RANGE + "(?<ed2>" + DAYC + ")"
      + "|" + OPEN + "(?<ed4>" + DAYC + ")" + CLOSE + ")|(?<et3>" + T + "))");

  /**
   * A range as two labelled lines of a notice: "Start: vrijdag 16 januari 2026, 22:00 uur" then
   * "Einde: maandag 19 januari 2026, 06:00 uur" (a bullet or a full stop may come between).
   */
  private static final Pattern LABELLED = Pattern.compile(NLB + PLANNED
      + "(?:(?:start|begin|aanvang|starttijd|begintijd)" + OF_WHAT + DATE_OR_TIME + "|start" + SP
      + "time)" + OSP + ":" + OSP
      + "(?:(?<sd>" + DAYC + ")" + GAP_DT + ")?(?<st>" + T + ")"
      + OSP + "[.;,]?" + OSP + "(?:[-\u2022*]" + OSP + ")?" + PLANNED
      + "(?:(?:einde|eind|end|eindtijd)" + OF_WHAT + DATE_OR_TIME + "|end" + SP + "time)" + OSP
      + ":" + OSP + "(?:(?<ed>" + DAYC + ")" + GAP_DT + ")?(?<et>" + T + ")");

  /**
   * A run of dates with the same hours on each: "woensdag 4 maart t/m vrijdag 6 maart, steeds van
   * 19:00 tot 23:00 uur", "from 2 March to 6 March, daily from 09:00 to 11:00": one window from
   * the first day's start to the last day's end (what a single window can hold of a series).
   */
  private static final Pattern DAILY = Pattern.compile("(?<sd>" + DC + ")" + SP
      + "(?:t/m|tot" + SP + "en" + SP + "met|through|thru|until|to|tot)" + SP + "(?<ed>" + DC
      + "),?" + SP + "(?:(?:steeds|telkens|dagelijks|(?:elke|iedere)" + SP
      + "(?:dag|avond|nacht|ochtend|middag)|(?:each|every)" + SP + "(?:day|evening|night|morning)"
      + "|daily),?" + SP + ")?(?:(?<cue>van|from|tussen|between)" + SP + ")?(?<st>" + T + ")"
      + "(?<sep>" + SEP + ")(?<et>" + T + ")");

  /** A range of times; the end may carry its day ("van 22.00 uur tot zaterdag 06.00 uur"). */
  private static final Pattern RANGE_B = Pattern.compile(CUE
      + "(?<st>" + T + ")(?<sep>" + SEP + ")"
      + "(?:(?<ed>" + DAYC + ")" + GAP_DT + "(?<et>" + T + ")|(?<et3>" + T + "))");

  /** The word before a start's time: "begint om", "starten rond 07.00 uur", "starts around". */
  private static final String AROUND = "(?:om|at|rond|omstreeks|around)";

  /**
   * A start without an end in the same words; "om"/"at" and "rond"/"around" only count with more
   * support (a length, a verb of starting).
   */
  private static final Pattern START = Pattern.compile(NLB
      + "(?<cue>vanaf|v\\." + OSP + "a\\.|from|starting(?:" + SP + "(?:at|from))?"
      + "|beginning(?:" + SP + "(?:at|from))?"
      // "The exercise will commence by 9pm WAT" (not "users must commence by 21:00 to log out")
      + "|commenc(?:e|es|ing)(?:" + SP + "(?:at|from))?|(?<=(?:will|shall)[\\s\\u00A0]{1,3})"
      + "commence" + SP + "by"
      // not the start a window had: "Old planned start date:", "Oorspronkelijke geplande start:"
      // (PLANNED's words again: a look behind needs a bounded length)
      + "|(?<!(?:old|oude|original|originele|oorspronkelijke|previous|vorige)[\\s\\u00A0]{1,3}"
      + "(?:(?:geplande|gepland|planned|scheduled)[\\s\\u00A0]{1,3})?)"
      + PLANNED + "(?:start|begin|starttijd|begintijd|aanvangstijd)" + OF_WHAT
      + DATE_OR_TIME + OSP + ":|beginnend"
      + SP + "om|begin(?:t|nen)?" + SP + AROUND + "|start(?:en|t|s)?(?:" + SP + AROUND + ")?"
      + "|aanvang(?:" + SP + "(?:om|te))?" + OSP + ":?|start" + SP + "is" + SP
      + "(?:planned|scheduled)"
      + SP + "(?:for|at)|om|at|rond|omstreeks|around|sinds|since)" + SP + "(?:" + APPROX + SP
      + ")?"
      + "(?:(?<sd>" + DAYC + ")" + GAP_DT + ")?(?<st>" + T + ")(?:" + GAP_TD + "(?<sd2>" + DAYC
      + "))?");

  /** A range separator and a time right after a time: it was part of a range. */
  private static final Pattern CONTINUES = Pattern.compile(
      SEP + "(?:" + DAYC + GAP_DT + ")?" + T);

  /** Words that say the work is done: "klaar", "gereed", "afgerond", "ready", "complete". */
  private static final String DONE = "(?:klaar|gereed|afgerond|ready|done|completed?|finished)";

  /**
   * An end after a start: "vanaf 22.00 uur is de API tot 02.00 uur niet beschikbaar", "from 13:15,
   * expected to complete by 14:00", "from 13:00, ready by 13:45", "begint om 06.00 uur en is naar
   * verwachting klaar om 07.30", "vanaf 22.00 uur, klaar uiterlijk 01.30 uur".
   * Not "stopt om": a service that stops at a time is down from then on.
   */
  private static final Pattern END_AFTER = Pattern.compile(NLB + "(?:tot|until|till"
      + "|(?:(?:expected|scheduled|due|planned)" + SP + "to" + SP + "(?:be" + SP + ")?)?"
      + "(?:complete[ds]?|completing|finish(?:e[ds]|ing)?|conclude[ds]?|concluding|end(?:s|ing)?"
      + "|done)" + SP + "(?:by|at)"
      // "from 13:00, ready by 13:45 CEST at the latest"; not "make sure your systems are ready by"
      + "|(?<=be[\\s\u00A0]|,[\\s\u00A0])ready" + SP + "(?:by|at)"
      + "|(?:klaar|gereed|afgerond|voltooid|beëindigd)" + SP + "(?:om|rond|omstreeks|vóór|voor"
      + "|uiterlijk)"
      // "Het begint rond 20.00 uur en is uiterlijk 23.00 uur klaar": the start's own clause, in a
      // sentence about the work itself (Context#endsAfter), not "De back-up … en is om … klaar"
      + "|(?<own>(?<=" + NLB + "en[\\s\u00A0])(?:is|zijn)" + SP + "uiterlijk(?:" + SP + "om)?"
      + "(?=" + SP + T + "(?:" + SP + "uur)?" + SP + DONE + NL + "))"
      + "|eindig(?:t|en)" + SP + "(?:om|rond|omstreeks))" + SP
      + "(?:(?:ongeveer|circa|ca\\.|uiterlijk|about|approximately|around)" + SP + ")?"
      + "(?:(?<ed>" + DAYC + ")" + GAP_DT + ")?(?<et>" + T + ")");

  /** A sentence that opens about the work itself: "Het begint", "Het onderhoud", "Wij". */
  private static final Pattern ABOUT_THE_WORK = Pattern.compile("[\\s\u00A0]*(?:het|dit|we|wij"
      + "|de" + SP + "werkzaamheden)" + NL);

  /** A service back in Dutch: "weer beschikbaar", "weer bereikbaar", "weer online". */
  private static final String BACK_AGAIN = "weer" + SP + "(?:beschikbaar|bereikbaar|online)";

  /**
   * A sentence that opens with the moment the service is back, right after a start without an
   * end: "vanavond vanaf 18.00 uur niet bereikbaar. Vanaf morgen 8 uur weer bereikbaar."
   */
  private static final Pattern BACK_FROM = Pattern.compile(OSP + "(?:vanaf|from)" + SP
      + "(?:(?<ed>" + DAYC + ")" + GAP_DT + ")?(?<et>" + T + ")(?:" + SP + "[\\p{L}'-]+){0,4}?"
      + SP + "(?:" + BACK_AGAIN + "|available" + SP + "again|back" + SP + "online)" + NL);

  /** A sentence that opens with when the work is done: "Naar verwachting rond 10.15 uur klaar." */
  private static final Pattern DONE_OPENING = Pattern.compile(OSP + "(?:(?:naar" + SP
      + "verwachting|verwacht)" + SP + ")?(?:(?:rond|om|omstreeks|uiterlijk)" + SP + ")?"
      + "(?<et>" + T + ")(?:" + SP + "uur)?" + SP + DONE + NL + "(?!" + SP + "(?:met|with)" + NL
      + ")");

  /**
   * The words between a day and its time: "di 3 juni, ca. 14.30 uur", "15 July at about 07:50",
   * "vrijdag om ongeveer 10.00 uur".
   */
  private static final String AT_ABOUT = "(?:(?:om|at|rond|omstreeks|around|about)" + SP + ")?"
      + "(?:(?:ongeveer|ong\\.|circa|ca\\.|approximately|approx\\.|about|naar" + SP
      + "schatting)" + SP + ")?";

  private static final Pattern SINCE = Pattern.compile(NLB
      + "(?<cue>sinds(?=" + OSP + ":)" + OSP + ":|sinds|vanaf|since|from|starting(?:" + SP
      + "(?:at|from))?|beginning(?:" + SP + "(?:at|from))?"
      + "|as" + SP + "of|(?:begintijd|starttijd|start" + SP + "time"
      + "|(?<!(?:(?<!in )onderzoek|werkzaamheden|monitoring|investigation|analyse|analysis"
      + "|recovery|herstel|work) )(?:begonnen|gestart|ontstaan|started|began)" // not of the work
      + "|(?:aanvang|start|begin)" + OF_WHAT + ")" + OSP + ":)" + SP
      + "(?:" + APPROX + SP + ")?" // "since approx. 07:40"
      + "(?:(?<rel>[" + DateGrammar.M_REL + DateGrammar.M_WDAY + "])" + OSP + ",?" + SP + ")?"
      // "from the 08:50" as Italian writers put it (not "since the 2.10 release", "from the 08:50
      // update")
      + "(?:(?:om|at|rond|omstreeks|around|about|the(?=" + SP + T + "(?!" + SP
      + "(?:release|version|versie|update|message|post|bericht|melding)" + NL + ")))" + SP + ")?"
      + "(?:(?<sd>" + DC + ")" + OSP + ",?" + SP + AT_ABOUT + ")?"
      + "(?<st>" + T + ")(?:" + GAP_TD + "(?<sd2>" + DC + "))?");

  /** A sentence about calling or a helpdesk: its hours are no maintenance window. */
  private static final Pattern CONTACT = Pattern.compile(NLB
      + "(?:bel|belt|bellen|call|phone|telefo\\p{L}*|helpdesk|servicedesk|support|klantenservice"
      + "|contactcent\\p{L}*|klantcontact\\p{L}*|customer" + SP + "service"
      + "|bereikbaar" + SP + "(?:van|tussen|op))" + NL);

  /** What went wrong, as "the first … occurred" names it: "failed downloads", "fouten". */
  private static final String TROUBLE = "(?:failed|failing|mislukte|foutieve|errors?|fouten"
      + "|foutmeldingen|meldingen|problemen|problems|issues|storingen|time-?outs?|klachten"
      + "|complaints|reports|failures)";

  /**
   * Verbs that say a moment was when something began: "de storing om 06.50 uur begon", "is om
   * 06.55 uur ontstaan", "the first failed downloads occurred at 13:55". Not "opgetreden" or
   * "occurred" alone: "sinds 10:40 zijn er geen fouten meer opgetreden" says when it ended.
   */
  private static final Pattern BEGAN = Pattern.compile(NLB
      + "(?:begon|begonnen|ontstond|ontstonden|ontstaan|optrad|optraden|startte|startten|began"
      + "|started"
      + "|viel|vielen|stilgevallen|uitgevallen|weggevallen|went" + SP + "down|stopped"

      + "|(?:first|eerste)(?:" + SP + "[\\p{L}-]+){0,2}?" + SP + TROUBLE + "(?:" + SP
      + "[\\p{L}-]+){0,2}?" + SP + "(?:occurred|happened|appeared"
      + "|(?:were|was)" + SP + "seen|traden" + SP + "op|trad" + SP + "op|deden" + SP + "zich"
      + SP + "voor|(?:zijn|is)" + SP + "opgetreden|werden" + SP + "gezien|zagen" + SP + "wij))"
      + NL);

  /**
   * Right before a moment, what went wrong first, without a verb: "shows the first failures at
   * 07:50", "the first failed deliveries at 11:17 PM", "de eerste foutmeldingen om 07.50 uur".
   * Read only in an update that corrects the start ({@link Prepared#firstTrouble}): elsewhere
   * such words may tell of something else ("the first batch of failed deliveries at 05:45 was
   * resent", "De eerste klachten om 08.15 uur kwamen van …; de storing begon al rond 07.30 uur").
   */
  private static final Pattern FIRST_TROUBLE_BEFORE = Pattern.compile(NLB
      + "(?:first|eerste)(?:" + SP + "[\\p{L}-]+){0,2}?" + SP + TROUBLE + "(?:" + SP
      + "[\\p{L}-]+)?" + SP + "$");

  /**
   * A moment a resolution is said to have happened at: "om 10.20 uur", "sinds 10:40", "Update
   * 16:40: Storing verholpen".
   */
  private static final Pattern MOMENT = Pattern.compile(
      "(?:(?<pd>[" + DateGrammar.M_DATE + DateGrammar.M_BARE + DateGrammar.M_REL
          + DateGrammar.M_WDAY + "])" + OSP
          + ",?" + SP + ")?" + NLB
          + "(?<cue>om|at|sinds|vanaf|since|from|as" + SP + "of|rond|omstreeks|around|per"
          // a line of a timeline written into one update: "Update 16:40: Storing verholpen"
          + "|update(?=" + SP + T + OSP + ":)"
          + "|(?<=(?:delivered|processed|restored|completed|fixed|resolved|recovered|cleared"
          + "|finished|back)[\\s\\u00A0]{1,3})by"
          // who did it, then the time: "fixed by KVK 09.40 CEST" (not "fixed by patch 3.15")
          + "(?:" + SP + "(?:(?:the|our)" + SP + ")?(?:kvk|us|engineering|engineers|support|ops"
          + "|operations|team|vendor|supplier)(?=" + SP + T + "))?)" + SP
          + "(?:" + APPROX + SP + ")?"
          // "sinds gisteravond ca. 19u00"
          + "(?:(?<rel>[" + DateGrammar.M_REL + DateGrammar.M_WDAY + "])" + OSP + ",?" + SP
          + "(?:(?:om|at)" + SP + ")?(?:" + APPROX + SP + ")?)?"
          + "(?:(?<sd>" + DC + ")" + OSP + ",?" + SP + AT_ABOUT + ")?"
          + "(?<st>" + T + ")(?:" + GAP_TD + "(?<sd2>" + DC + "))?");

  /**
   * An end as a labelled line of a report: "Eindtijd: 10:47", "End time: 10:47 CEST", "Hersteld:
   * vrijdag 15-05-2026 16:00", "Hersteld op: 09-03-2026 11:52".
   */
  private static final Pattern END_LABEL = Pattern.compile(NLB
      + "(?:(?:eindtijd|hersteltijd|end" + SP + "time|resolved" + SP + "at|opgelost" + SP + "om)"
      + OSP + ":?|(?:einde|eind|end)" + OF_WHAT + OSP + ":"
      // not a part's: "Gedeeltelijk hersteld: 10:15", "Partially restored: 10:15"
      + "|(?<!(?:gedeeltelijk|deels|partially|partly)[\\s\\u00A0])"
      + "(?:hersteld|opgelost|verholpen|resolved|restored|fixed)(?:" + SP + "(?:op|on))?" + OSP
      + ":)" + SP
      + "(?:(?<sd>" + DC + ")" + GAP_DT
      + ")?"
      + "(?<st>" + T + ")");

  /** An end in past text: "tot 11.05 uur konden klanten niet inloggen". */
  private static final Pattern UNTIL_TIME = Pattern.compile(NLB + "(?:tot|until|till)" + SP
      + "(?:" + APPROX + SP + ")?"
      + "(?:(?<sd>" + DC + ")" + GAP_DT + ")?(?<st>" + T + ")");

  /**
   * Where the shape patterns can start (see {@link Starts}): at most this many words before the
   * first token. RANGE_A and RANGE_B: "tussen circa", "between approx."; START: "beginning at",
   * "start of maintenance:", "v.a.", "start is planned for", "new planned start of maintenance
   * date:"; SINCE: "starting at om"; LABELLED: "new planned start of maintenance date:"; MOMENT:
   * "as of ca."; UNTIL_TIME: "tot ongeveer"; END_AFTER: "expected to be completed by around".
   */
  private static final Starts RANGE_AT = Starts.beforeToken(2, ".");
  private static final Starts DAILY_AT = Starts.beforeToken(0, "");
  private static final Starts START_AT = Starts.beforeToken(6, ".:");
  private static final Starts LABELLED_AT = Starts.beforeToken(6, ":");
  private static final Starts SINCE_AT = Starts.beforeToken(4, ".:");
  private static final Starts MOMENT_AT = Starts.beforeToken(3, ".");
  private static final Starts UNTIL_AT = Starts.beforeToken(2, ".");
  private static final Starts END_AFTER_AT = Starts.beforeToken(6, ".");

  /**
   * Each pattern searched with a {@link Starts}, and that {@link Starts}: a test checks that it
   * finds what {@link Matcher#find()} finds, so that a pattern given more words before its first
   * token fails a test rather than silently missing matches.
   */
  static Map<Pattern, Starts> anchoredSearches() {
    return Map.of(DateGrammar.DATE, Starts.DATE, RANGE_A, RANGE_AT, RANGE_B, RANGE_AT, START,
        START_AT, SINCE, SINCE_AT, MOMENT, MOMENT_AT, UNTIL_TIME, UNTIL_AT, END_AFTER, END_AFTER_AT,
        LABELLED, LABELLED_AT, DAILY, DAILY_AT);
  }

  // -------------------------------------------------------------------------- text patterns

  /** The words that say something is resolved or works again. */
  private static final Pattern RESOLVED = Pattern.compile(NLB
      + "(?:verholpen|opgelost|hersteld|gerepareerd"
      + "|weer" + SP + "(?:(?:volledig|helemaal|geheel|volop)" + SP + ")?(?:beschikbaar|bereikbaar"
      + "|normaal|online|operationeel|actueel|in" + SP
      + "de" + SP + "lucht|naar" + SP + "behoren|goed|als" + SP + "vanouds)"
      + "|(?:werk|functioneer)(?:t|en|de|den)(?:" + SP + "[\\p{L}'\u2019]+){0,3}?" + SP + "weer"
      + "(?!" + SP + "(?:niet|not)" + NL + ")"
      + "|weer" + SP + "te" + SP + "(?:downloaden|gebruiken|bevragen|bereiken|raadplegen)"
      + "|weer" + SP + "(?:ge|af|door|ver|aan|uit|op)\\p{L}+(?:d|t|en)"
      + "|live" + SP + "gegaan|doorgevoerd|verdwenen|weggewerkt|ingehaald|teruggezet"
      // "the backlog was only fully cleared at 16:10", not "the cache was cleared at 10:15"
      + "|(?:backlog|queue|delays?)(?:" + SP + "[\\p{L}]+){0,4}?" + SP + "(?:cleared|caught"
      + SP + "up)"
      + "|teruggedraaid|uitgerold"
      + "|resolved|fixed|restored|recovered|mitigated|went" + SP + "live|gone|succeeding"
      + "|resumed|completed|rolled" + SP + "back"
      + "|(?:was|were|has" + SP + "been|have" + SP + "been)" + SP + "(?:deployed|applied|rolled"
      + SP + "out)"
      + "|back" + SP + "(?:online|up|to" + SP + "normal)|(?:operational|working|available"
      + "|accessible)" + SP + "again|(?:functioning|operating)" + SP + "normally|returned" + SP
      + "to" + SP + "normal)" + NL);

  /**
   * Words of {@link #RESOLVED} that tell a step taken rather than the trouble over: their time is
   * the end unless words that say it is over state a later one ({@link #until}).
   */
  private static final Pattern STEP_TAKEN = Pattern.compile("(?:teruggedraaid|uitgerold"
      + "|doorgevoerd|teruggezet|live" + SP + "gegaan|rolled" + SP + "back|went" + SP + "live"
      + "|(?:was|were|has" + SP + "been|have" + SP + "been)" + SP + "(?:deployed|applied|rolled"
      + SP + "out))");

  /**
   * Whether the words right before a resolution word deny it ("de storing is nog niet ",
   * "not yet "): the words of {@link #NEGATED}, for the classifier's reading of an update.
   */
  static boolean denied(String before) {
    return says(NEGATED, before);
  }

  /**
   * Whether the words right before a priority's or an interruption's words deny them ("Er is
   * geen sprake van een ", "this is not a ", "zonder enige "): {@link #DENIED_JUST_BEFORE}.
   */
  static boolean deniedJustBefore(String before) {
    return says(DENIED_JUST_BEFORE, before);
  }

  /**
   * Whether the words right before an interruption's words deny it ("geen enkele ", "no ",
   * "zonder enige "): as {@link #deniedJustBefore}, but not "niet langer" or "no longer" (the
   * interruption was there).
   */
  static boolean deniedInterruption(String before) {
    return says(DENIED_INTERRUPTION, before);
  }

  /**
   * Whether the words before a resolution word make it no report of one: a condition, an
   * expectation, or only a part back ({@link #conditional}, {@link #expected}, {@link
   * #partlyBefore}).
   */
  static boolean noReport(String before) {
    return conditional(before) || expected(before) || partlyBefore(before);
  }

  /** Whether {@code pattern} finds its words in {@code words}, lower-cased as the stems are. */
  private static boolean says(Pattern pattern, String words) {
    return pattern.matcher(Stems.lower(words.strip()) + " ").find();
  }

  /**
   * Whether the words right after a resolution word take it back in part ("weer bereikbaar, maar
   * Naamgeving geeft nog af en toe foutmeldingen", "is back, but some requests still fail", "weer
   * bereikbaar maar reageert traag").
   */
  static boolean partly(String after) {
    return says(PARTLY, after);
  }

  /**
   * Whether the words before a resolution word say only part is back ("Part of the service is
   * available again", "een deel van de bestanden is weer beschikbaar", "Roughly half of the files
   * are available again").
   */
  static boolean partlyBefore(String before) {
    return says(PARTLY_BEFORE, before);
  }

  /**
   * Whether the words of a resolution say only part is back ("Zoeken werkt voor de meeste
   * inschrijvingen weer"); not a clock time ("werkt sinds half tien weer").
   */
  static boolean partlyWithin(String words) {
    return says(PARTLY_WITHIN, words);
  }

  /** Words of a part: "een deel", "de meeste", "partly". */
  private static final String PART = "part" + SP + "of|some" + SP + "of|een" + SP + "deel|enkele"
      + "|sommige|gedeeltelijk|deels|partially|partly|most|de" + SP + "meeste|grotendeels|largely"
      + "|mostly";

  private static final Pattern PARTLY_WITHIN = Pattern.compile(NLB + "(?:" + PART + ")" + NL);

  /** What may go partly wrong: "partial outage", "gedeeltelijke storingen", "partial downtime". */
  private static final String PARTIAL_TROUBLE = "(?:outages?|disruptions?|degradation|failures?"
      + "|downtime|unavailability|problems?|issues?|storing(?:en)?|verstoring(?:en)?|uitval"
      + "|onderbreking(?:en)?|onbereikbaarheid|onbeschikbaarheid|problemen|probleem|[\\p{L}]+-"
      + "(?:storing|outage)(?:en|s)?)" + NL;

  private static final Pattern PARTLY_BEFORE = Pattern.compile(NLB
      + "(?:" + PART + "|half|de" + SP + "helft|briefly|kortstondig)" + NL
      // the part as the subject: "Partial file sets are available again", "Gedeeltelijke levering
      // is weer beschikbaar"; not "the partial outages are resolved"
      + "|" + NLB + "(?:partial|gedeeltelijke)" + SP + "(?!" + PARTIAL_TROUBLE + ")"
      + "[\\p{L}-]+(?:" + SP + "[\\p{L}-]+)?" + SP + "(?:is|are|zijn)" + SP + "$");

  private static final Pattern PARTLY = Pattern.compile(NLB
      + "(?:gedeeltelijk|deels|partially|partly)" + NL // "werkt weer gedeeltelijk"
      + "(?!" + SP + "(?:caused|due|because|veroorzaakt|door|te" + SP + "wijten))"
      // "accessible again for some users", "weer bereikbaar voor een deel van de klanten"
      + "|" + NLB + "(?:for|voor)" + SP + "(?:some|part" + SP + "of|sommige|enkele|een" + SP
      + "deel)" + NL
      + "|" + NLB + "(?:maar|but|echter|however|behalve|except)" + NL + ".*?" + NLB
      + "(?:nog|still|af" + SP + "en" + SP + "toe|soms|sometimes|sporadisch\\p{L}*"
      + "|intermittent\\p{L}*|occasional\\p{L}*"
      + "|(?:reageert|reageren|antwoordt|antwoorden|werkt|werken|blijft|blijven|is|zijn)"
      + "(?:" + SP + "(?:erg|zeer|wat|iets))?" + SP + "(?:traag|trager|langzaam|langzamer)"
      + "|(?:responds?|responding|remains?|is|are)(?:" + SP + "(?:very|still|quite))?" + SP
      + "(?:slow|slowly|sluggish)"
      // "available again but full delivery has not been restored yet", "not fully restored"
      + "|not(?:" + SP + "(?:been|yet))?" + SP + "(?:fully|completely)" + SP
      + "(?:restored|resolved|recovered)|not(?:" + SP + "been)?" + SP
      + "(?:restored|resolved|recovered)" + SP + "yet"
      + "|niet" + SP + "(?:volledig|helemaal)" + SP + "(?:hersteld|opgelost|verholpen))" + NL);

  /**
   * Whether the words right before a resolution word make it a condition, not a report ("Wanneer
   * het Basisprofiel weer beschikbaar is, kunnen wij nog niet zeggen", "zodra de API weer
   * bereikbaar is", "once it is resolved", "We laten het weten als alles weer normaal werkt").
   */
  static boolean conditional(String before) {
    return says(CONDITIONAL, before);
  }

  private static final Pattern CONDITIONAL = Pattern.compile("(?:" + NLB
      + "(?:wanneer|zodra|totdat|indien|when|once|until|as" + SP + "soon" + SP + "as)" + NL
      + "|" + NLB + "tot(?=" + SP + "(?:de|het|alles|alle|deze|die|dit|we|wij|u)" + NL + ")"
      + "|^(?:als|if)" + NL
      // "We laten het weten als alles weer normaal werkt", "we will let you know when"
      + "|" + NLB + "(?:weten|know|informeren|inform" + SP + "you)" + SP + "(?:als|if)" + NL + ")");

  /**
   * Whether the words before a resolution word expect it rather than report it ("wij verwachten
   * de dienst maandag weer beschikbaar te hebben", "we expect it to be resolved").
   */
  static boolean expected(String before) {
    return says(EXPECTATION, before);
  }

  /**
   * Whether the sentence before a resolution word holds an expectation that governs it, however
   * far back: "We verwachten nu dat de Dataservice zaterdag in de loop van de dag weer beschikbaar
   * is", "we now expect that … is available again" ({@link #expected} reads only the clause
   * before the word).
   */
  static boolean expectsThat(String sentenceBefore) {
    return says(EXPECTS_THAT, sentenceBefore);
  }

  private static final Pattern EXPECTS_THAT = Pattern.compile(NLB
      + NOT_AS_EXPECTED
      + "(?:verwacht\\p{L}*|expect\\p{L}*|hoop|hopen|hope|verwachting" + SP + "is"
      // a possibility: "kan het zijn dat het pas na kerst wordt opgelost", "it may be that"
      + "|kan" + SP + "het" + SP + "zijn|het" + SP + "kan" + SP + "zijn|it" + SP + "(?:may|might"
      + "|could)" + SP + "be)"
      + "(?:" + SP + "(?:nu|now|echter|however|wel|inmiddels|still|nog))?" + SP + "(?:dat|that)"
      + NL);

  /**
   * Whether a text says something is still down: "Basisprofiel is nog steeds niet beschikbaar",
   * "Deponeren via Mijn KVK is nog niet mogelijk",
   * "downloads of the remaining files still fail", "Naamgeving remains unavailable".
   */
  static boolean stillDown(String text) {
    return says(STILL_DOWN, text);
  }

  /** Trouble that an update may say is still there: "geeft nog steeds time-outs". */
  private static final String STILL_TROUBLE = "(?:time-?outs?|fouten|foutmeldingen|storingen"
      + "|problemen)";

  private static final Pattern STILL_DOWN = Pattern.compile(NLB
      + "(?<!(?:mocht|ziet|als|indien) u )(?<!(?:if|should) you )" // "Mocht u nog steeds …"
      + "(?:(?:nog" + SP + "(?:steeds|altijd)|nog)" + SP + "(?:niet" + SP
      + "(?:beschikbaar|bereikbaar|hersteld|opgelost|verholpen"
      // "Deponeren via Mijn KVK is nog niet mogelijk", "nog niet mogelijk via SBR"; not "nog
      // niet mogelijk om te zeggen", "nog niet mogelijk de oorzaak te noemen"
      + "|mogelijk(?=" + OSP + "(?:[.;,:!?)]|$)|" + SP + "(?:via|voor|in|bij|op|met)" + NL
      + "))|geen" + SP + "(?:antwoord|toegang)"
      + "|(?:beperkt" + SP + "|ernstig" + SP + ")?verstoord|(?:een" + SP + ")?foutmelding\\p{L}*"
      + "|fouten"
      + "|(?:met" + SP + ")?vertraging|vertraagd)"
      // "reageert nog niet", "lukt nog niet"
      + "|(?:reageert|reageren|werkt|werken|lukt|lukken)" + SP + "nog" + SP + "niet"
      // "worden nog niet alle bestanden klaargezet", not "weten nog niet alle details"
      + "|nog" + SP + "niet" + SP + "alle(?:" + SP + "[\\p{L}]+){1,3}?" + SP
      + "(?:geleverd|klaargezet|verwerkt|verstuurd|bijgewerkt|beschikbaar|hersteld|ingehaald"
      + "|afgeleverd|opgehaald)" + NL
      + "|(?:partial" + SP + "recovery|gedeeltelijk" + SP + "herstel)" + OSP + ":"
      // "Basisprofiel and Naamgeving remain unavailable", "blijven onbereikbaar"
      + "|remains?" + SP + "(?:unavailable|down|offline|unreachable|disrupted|degraded)"
      + "|(?:blijft|blijven)" + SP + "(?:onbereikbaar|onbeschikbaar|verstoord|buiten" + SP
      + "gebruik|niet" + SP + "(?:beschikbaar|bereikbaar))"
      + "|still" + SP + "(?:slower|slow|elevated|delayed|fail\\p{L}*|down|unavailable"
      + "|degraded|disrupted|not" + SP
      + "(?:available|working"
      + "|resolved|restored)|return\\p{L}*" + SP + "errors?|time" + SP + "out)"
      + "|(?:nog" + SP + "(?:steeds|altijd))(?:" + SP + "(?!geen|niet)[\\p{L}]+){0,2}?" + SP
      + STILL_TROUBLE
      + "|" + STILL_TROUBLE + "(?:" + SP + "[\\p{L}]+){0,2}?" + SP + "nog" + SP
      + "(?:steeds|altijd)"
      + SP + "(?:op|voor)"
      + "|still" + SP + "(?:returning|giving|producing|throwing|seeing|getting|receiving"
      + "|experiencing)(?:" + SP + "(?:some|occasional|intermittent))?" + SP
      + "(?:errors|time-?outs|failures))" + NL);

  /** What may stand before a date that says when: nothing, or "op" / "on" right before it. */
  private static final Pattern SAYS_WHEN = Pattern.compile(
      "[\\s\\p{P}]*|.*" + NLB + "(?:op|on)" + SP, Pattern.DOTALL);

  /** A moment denied right before it: "niet om 10:15 (maar om 09:15)", "not at 10:15". */
  private static final Pattern NOT_THEN = Pattern.compile(NLB + "(?:niet|not)" + SP + "$");

  /** Right before a moment, that it is when something was reported: "(gemeld om 09:30)". */
  private static final Pattern REPORTED_THEN = Pattern.compile(NLB
      + "(?:gemeld|reported|gesignaleerd|detected)" + SP + "$");

  /**
   * Words of an update that corrects what an earlier one said: "Correctie:", "correctie op de
   * vorige update", "rectificatie", "Correction:", "correction to our previous update", "eerder
   * dan gemeld", "earlier than reported"; not "de correctie is uitgerold" (a fix) nor "the records
   * have been corrected".
   */
  private static final Pattern CORRECTS = Pattern.compile(NLB
      + "(?:correctie" + OSP + "(?::|op" + SP + "(?:de|het|ons|onze|eerdere|vorige)"
      + ")|rectificatie|rechtzetting|correction" + OSP + "(?::|to" + SP
      + "(?:our|the|an?|previous|earlier|yesterday's|yesterday’s))"
      + "|(?:eerder|later)" + SP + "dan" + SP + "(?:gemeld|vermeld|gedacht|aangegeven)"
      + "|(?:earlier|later)" + SP + "than" + SP + "(?:reported|stated|announced))" + NL);

  /**
   * Whether an update says it corrects an earlier one ("Correctie op de vorige update: de storing
   * begon niet om 10:15 maar om 09:15", "Correction: the incident started at 09:15").
   */
  static boolean corrects(String text) {
    return says(CORRECTS, text);
  }

  /** Right before a resolution word: a negation ("nog niet opgelost", "not yet resolved"). */
  private static final Pattern NEGATED = Pattern.compile(NLB
      + "(?:niet|not|yet|geen|never|nooit|gedeeltelijk|deels|grotendeels|partially|partly|mostly"
      // "hasn't solved the problem", "hasn't been fully resolved"
      + "|\\p{L}+n['\u2019]t(?:" + SP + "[\\p{L}]+)?)"
      + SP + "(?:[\\p{L}]+" + SP + ")?$");

  /**
   * A negation right before some words, with only little words between ("geen sprake meer van
   * een", "not a", "zonder enige"): not "niet beschikbaar door een ernstige storing", nor "nog
   * geen oplossing voor deze ernstige storing", which deny something else.
   */
  private static final Pattern DENIED_JUST_BEFORE = Pattern.compile(NLB
      + "(?:niet|not|geen|no|never|nooit|isn't|wasn't|zonder|without)" + SP
      + "(?:(?:meer|langer|sprake|van|een|de|het|enige|enkele|longer|a|an|the|any)" + SP
      + ")*$");

  /**
   * As {@link #DENIED_JUST_BEFORE}, without "meer", "langer", "longer" ("niet langer
   * onbereikbaar" says it was).
   */
  private static final Pattern DENIED_INTERRUPTION = Pattern.compile(NLB
      + "(?:niet|not|geen|no|never|nooit|zonder|without)" + SP
      + "(?:(?:sprake|van|een|de|het|enige|enkele|a|an|the|any|be)" + SP + ")*$");

  /**
   * Words that make a sentence an expectation, not a report; not "zoals verwacht" or "as
   * expected" (the look-behinds are bounded, so that a long sentence costs no more than a short).
   */
  private static final Pattern EXPECTATION = Pattern.compile(NLB
      + NOT_AS_EXPECTED
      + "(?:verwacht\\p{L}*|expect\\p{L}*|estimat\\p{L}*|eta|hoop|hopen|hopelijk|hope|hopefully"
      + "|zal|zullen|will|should|moet|moeten|gepland"
      // "scheduled for 22:00", not the adjective of "scheduled file deliveries arrived late"
      + "|(?:planned|scheduled)(?!" + SP + "(?!(?:for|on|at|between|from|to|in|until|tonight"
      + "|tomorrow)" + NL + ")\\p{L}))" + NL);

  /** Past-tense words: the sentence reports what happened. */
  private static final Pattern PAST = Pattern.compile(NLB
      + "(?:was|waren|werd|werden|had|hadden|kon|konden|ondervond|ondervonden|ontving|ontvingen"
      + "|zag|zagen|trad|traden|mislukte|mislukten|faalde|faalden|gaf|gaven|duurde|hebben|heeft"
      + "|were|saw|experienced|received|could|did|occurred|failed|returned|encountered"
      + "|affected|geweest)" + NL);

  /**
   * The simple past of a report, for a weekday that names the day of a range ("Dinsdagochtend is
   * Zoeken … niet beschikbaar geweest"): not "hebben" or "heeft", which announce as well ("Wij
   * hebben besloten: dinsdag is het portal … niet bereikbaar").
   */
  private static final Pattern PAST_REPORT = Pattern.compile(NLB
      + "(?:was|waren|geweest|kon|konden|werkte|werkten|lukte|lukten|were|could|worked)" + NL);

  /**
   * Words that a weekday's sentence tells of what took place or is done, beside {@link #PAST}:
   * "is afgerond", "has been completed", "vond plaats", "took place", "we carried out" (not "will
   * be carried out"), "is goed verlopen".
   */
  private static final Pattern NOT_AHEAD = Pattern.compile(NLB
      + "(?:afgerond|voltooid|completed|finished|plaatsgevonden|vond|took" + SP + "place"
      + "|verliep|verlopen|went|(?<!(?:be|been)[\\s\\u00A0]{1,3})carried" + SP + "out)" + NL);

  /** Right before a weekday, that it is one past: "afgelopen zaterdag", "last Saturday". */
  private static final Pattern PAST_WEEKDAY = Pattern.compile(NLB
      + "(?:afgelopen|vorige|last|past)" + SP + "$");

  /** Verbs of starting: "om 07.00 uur starten wij". */
  private static final Pattern START_VERB = Pattern.compile(NLB
      + "(?:start\\p{L}*|begin\\p{L}*|aanvang\\p{L}*|commenc\\p{L}*)");

  /** Between a "sinds" time and "weer": a verb that makes it a start ("die sinds 09:05 optrad"). */
  private static final Pattern START_WORDS = Pattern.compile(NLB
      + "(?:optrad|optraden|ontstond|ontstonden|begon|begonnen|started|began|occurred|was|were"
      + "|waren|had|hadden)" + NL);

  private static final String NL_CHANGE_VERBS = "stopt|stoppen|stopte|stopgezet|vervalt|vervallen"
      + "|verdwijnt|verdwijnen|eindigt|eindigen|be\u00EBindigd|beeindigd|be\u00EBindigen|uitgezet"
      + "|uitgeschakeld|uitgefaseerd|afgeschaft|opgeheven|verwijderd|vervangen|gewijzigd|wijzigt"
      + "|wijzigen|verandert|veranderen|aangepast|ingevoerd|verhoogd|verlaagd|live|actief"
      + "|beschikbaar|geldt|gelden|start|starten|begint|beginnen|ingaan|uit|verplicht|doorgevoerd";

  /** A cue right before the date a change takes effect. */
  private static final Pattern EFFECTIVE_BEFORE = Pattern.compile(NLB
      + "(?:(?:nieuwe" + SP + ")?(?:ingangsdatum(?:" + SP + "wijziging)?|datum" + SP + "van"
      + SP + "ingang|datum" + SP + "(?:van" + SP + ")?inwerkingtreding|overgangsdatum"
      + "|uitfaseringsdatum|einddatum|stopdatum|uitzetdatum)(?:" + OSP
      + ":|" + SP + "(?:is|wordt))|go-live:?|golive:?|date" + SP + "of" + SP + "(?:the" + SP
      + ")?change" + OSP + ":"
      + "|(?:per|vanaf|from|as" + SP + "of)" + SP + "(?:wanneer|when)" + OSP + "\\?" // a heading
      + "|(?:" + NEW_DATE + "):|wanneer:|when:|(?:new" + SP + ")?(?:effective|go-live"
      + "|change|switch(?:-?over)?|cut-?over|migration|sunset|retirement|shutdown|end-of-life"
      + "|removal|decommissioning)" + SP + "date(?:" + SP + "of" + SP
      + "(?:the" + SP + ")?change)?(?:" + OSP + ":|" + SP + "is)"
      // "End of support is 31/03/2027", "End-of-life date: …"
      + "|end(?:" + SP + "|-)of(?:" + SP + "|-)(?:support|life)(?:" + SP + "date)?(?:" + OSP
      + ":|" + SP + "is)"
      + "|met" + SP + "ingang" + SP + "van|m\\." + OSP + "i\\." + OSP + "v\\.?|per|vanaf"
      // "with effect from", "w.e.f. 1st July 2026"
      + "|with" + SP + "effect" + SP + "from|w\\." + OSP + "e\\." + OSP + "f\\.?"
      + "|ingaande|na|as" + SP + "(?:of|from)|effective(?:" + SP + "(?:from|as" + SP + "of|on))?"
      + "|effective" + SP + "(?:from|as" + SP + "of|on)" + OSP + ":" // "Effective from: 01.08."
      + "|starting(?:" + SP + "(?:from|on))?|beginning(?:" + SP + "(?:from|on))?|from|after"
      // "niet op 4 mei maar op …", "gaat niet op 1 oktober in, maar al op …"
      + "|(?<=maar[\\s\\u00A0]{1,3}(?:(?:al|pas|nu)[\\s\\u00A0]{1,3})?)op"
      + "|(?<=but[\\s\\u00A0]{1,3}(?:(?:already|now)[\\s\\u00A0]{1,3})?)on"
      + "|(?<=niet[\\s\\u00A0][^.;!?]{1,40})maar(?!" + SP + "op" + NL + ")" // "niet 1 april maar"
      + "|(?<=not[\\s\\u00A0][^.;!?]{1,40})but(?!" + SP + "on" + NL + ")(?:" + SP + "the)?"
      // "The date of entry into force is 1 May 2027"
      + "|(?:the" + SP + ")?date" + SP + "of" + SP + "entry" + SP + "into" + SP + "force(?:" + SP
      + "of(?:" + SP + "[\\p{L}]+){1,4}?)?(?:" + OSP + ":|" + SP + "is))"
      + "(?:" + SP + "(?:op|on))?" + SP + "$");

  /**
   * Right before a day-month in digits without a year, the words that make it the date a change
   * takes effect: "Per 1-1 nieuwe tarieven", "m.i.v. 1/7", "as of 1/7" (not "na 3-4", "from 10-12",
   * which may as well be counts or hours).
   */
  private static final Pattern AS_OF_A_BARE_DAY = Pattern.compile(NLB + "(?:per|m\\." + OSP
      + "i\\." + OSP + "v\\.?|met" + SP + "ingang" + SP + "van|ingaande|as" + SP + "(?:of|from)"
      + "|with" + SP + "effect" + SP + "from|effective(?:" + SP + "(?:from|as" + SP + "of))?)" + SP
      + "$");

  /**
   * After such a day-month, how a sentence about a change goes on: its end, a time, a verb, an
   * article or a pronoun, "nieuwe" ("Per 1-1 nieuwe tarieven", "Per 1-7 wijzigen de tarieven",
   * "Per 1-1 00:00 uur gaat …"); not a count's noun ("per 1-2 dagen", "per 5-10 min.", "per 1/2
   * seconde", "Per 24/7 bereikbaarheid", "2/3 of all requests").
   */
  private static final Pattern A_CHANGE_GOES_ON = Pattern.compile(OSP + "(?:[,.;:)]|$)|" + SP
      + "(?:\\d{1,2}[:.]\\d{2}|(?:nieuwe?|new|de|het|een|the|a|an|u|we|wij|you|ons|our|alle|all"
      + "|is|zijn|wordt|worden|gaat|gaan|geldt|gelden|komt|komen|kost|kosten|vervalt|vervallen"
      + "|stopt|stoppen|wijzigt|wijzigen|verandert|veranderen|verdwijnt|verdwijnen|treedt|treden"
      + "|will|changes?|becomes?|stops?|ends?|moet|moeten|must|kunt|kan|can)" + NL + ")");

  /**
   * Right before a date, a weak cue: "taking effect May 3rd, 2027", "taking effect on", what will
   * be done to it ("will be switched off 2027-06-30", "will be switched off the 01/07/2027" as
   * Spanish writers put it).
   */
  private static final Pattern TAKING_EFFECT = Pattern.compile(NLB + "(?:taking" + SP + "effect"
      + "|will" + SP + "be" + SP + "(?:retired|discontinued|removed|decommissioned|switched" + SP
      + "off|shut" + SP + "down|turned" + SP + "off|disabled|withdrawn|sunsetted))(?:" + SP
      + "(?:on|the))?" + SP + "$");

  /**
   * In a sentence with a date behind a weak cue: words that make it one replaced or called off
   * ("originally taking effect 1 March", "has been cancelled").
   */
  private static final Pattern NOT_THE_DATE_NOW = Pattern.compile(NLB + "(?:originally|previously"
      + "|initially|rather|cancell?ed|postponed|no" + SP + "longer|instead)" + NL);

  /** A change verb and a preposition right before the date: "stopt op", "retired on". */
  private static final Pattern EFFECTIVE_VERB_BEFORE = Pattern.compile(NLB
      + "(?:(?:gaat|gaan|treedt|treden)(?:" + SP + "(?:al|nu|dan|pas|toch|eerder|later|ook"
      + "|echter|alsnog))*" + SP + "in(?:" + SP + "werking)?" + SP + "(?:op|per)"
      // "gaan eerder in, namelijk op", "gaat eerder in dan eerst gemeld, namelijk op"
      + "|(?:gaat|gaan|treedt|treden)(?:" + SP + "[\\p{L}]+){1,5}?" + SP + "in(?:" + SP
      + "[\\p{L}]+){0,4}?," + OSP + "(?:(?:namelijk|nu|al)" + SP + ")?op"
      + "|in" + SP + "werking" + SP + "(?:op|per)"
      // "wordt eerder doorgevoerd, op 16 februari 2026 in plaats van 2 maart", "wordt eerder
      // doorgevoerd dan aangekondigd: al op maandag 3 augustus 2026"
      + "|(?:" + NL_CHANGE_VERBS + ")(?:" + SP + "[\\p{L}]+){0,2}?[,:]?(?:" + SP
      + "(?:al|nu|namelijk))?" + SP + "(?:op|per)"
      + "|(?:retired|retire|retires|discontinued|removed|decommissioned|deprecated|replaced"
      + "|switched" + SP + "off|shut" + SP + "down|turned" + SP + "off|disabled|withdrawn"
      + "|sunset|sunsetted|(?:reach(?:es)?" + SP + ")?end" + SP + "of" + SP + "life(?:" + SP
      + "\\(eol\\))?|eol|ends|end|ended|stops|stop|takes?" + SP + "effect|goes" + SP + "live"
      + "|go" + SP + "live|introduced|changes|change|(?:becomes?|will" + SP + "become)" + SP
      + "(?:mandatory|required|compulsory|obligatory|effective))"
      + "(?:" + SP + "in" + SP + "production)?" // "goes live in production on 8 September"
      + "(?:,?" + SP
      + "(?:earlier|later|already|instead|now)(?:" + SP + "than" + SP + "(?:announced|planned"
      + "|expected|stated|previously" + SP + "announced))?)?[,:]?" + SP + "(?:on|as" + SP + "of"
      + "|from)"
      // "will be switched off on its sunset date, March 1, 2027"
      + "(?:" + SP + "(?:its|the|their)" + SP + "(?:sunset|retirement|end-of-life|shutdown)" + SP
      + "date,)?"
      + "|(?:" + MOVE_WORDS + "|delayed|advanced)(?:" + SP
      + "[\\p{L}\\p{N}]+(?:[.\\-][\\p{L}\\p{N}]+)*){0,8}?" + SP + "(?:to|until|tot|naar)"
      // "the final switch-off moves to", "de uitfasering schuift op naar": right before the date
      + "|(?:moves|shifts)" + SP + "to|schuif(?:t|en)" + SP + "(?:op" + SP + ")?naar"
      // "KVK will retire version 1 of the Zoeken API on 1 March 2027", "will switch off the
      // version 1 of the KVK Mutatieservice on …": a version to be retired, then the day (not
      // "We will remove the duplicates on 11 June", "will shut down the connector on … for
      // maintenance", "will discontinue the test environment on …")
      + "|will" + SP + "(?:retire|switch" + SP + "off|discontinue|decommission|sunset)(?:" + SP
      + "the)?" + SP + "(?:old" + SP + ")?version(?:" + SP + "[\\p{L}\\p{N}]+){1,7}?" + SP + "on"
      // "The change is planned for 04/05/2026", "De wijziging staat gepland op 4 mei" (a change's
      // own words, opening a sentence: maintenance is planned too, and so is "a webinar
      // explaining the change")
      + "|(?<=(?:^|[.:;!?\\n])[\\s\\u00A0]{0,3})(?:the|de|deze|this)" + SP
      + "(?:changes?|wijziging(?:en)?|aanpassing(?:en)?)" + SP + "(?:(?:is|are)" + SP
      + "(?:planned|scheduled)" + SP + "for|(?:is|staat|zijn|staan)" + SP + "gepland" + SP
      + "(?:op|voor)))"
      + "(?:" + SP + "(?:op|on))?" + SP + "$");

  /**
   * What follows a date that opens a sentence about a change to come ("Op 28 februari 2026
   * brengen wij …", "On 1 July 2026 we will retire …"): anything but a verb of the past ("Op 1
   * juli hebben wij de documentatie bijgewerkt").
   */
  private static final Pattern NOT_PAST = Pattern.compile(",?" + SP + "(?!(?:hebben|heeft|hadden"
      + "|had|was|waren|werd|werden|is|zijn|have|has|were)" + NL + ")\\p{L}");

  /**
   * A window's new end as an update states it, without a day: "De eindtijd is 11.00 uur in plaats
   * van 12.00 uur", "de werken lopen tot 11u", "Helaas loopt het onderhoud uit tot 13.00 uur",
   * "het onderhoud wordt verlengd tot 13.00 uur", "the end time is now 11:00", "Expected completion
   * is now 10.15am SAST Monday 9/11", "maintenance has been extended until 13:00", "Wij verwachten
   * dat het onderhoud tot 13.00 uur duurt", "Verwachte eindtijd nu wo 14/10 08:45 uur" (its day, if
   * any, one of the window's). Said of the maintenance only ({@link #OF_MAINTENANCE}).
   */
  private static final Pattern NEW_END = Pattern.compile(NLB
      // "Expected end is now 13:30h" (after "The works take longer than planned.")
      + "(?:(?<endis>(?:eindtijd|eindtijdstip|einde|end" + SP + "time|(?<=(?:expected|new"
      + "|estimated)[\\s\u00A0])(?:end|completion(?:" + SP + "time)?))(?:" + OSP + ":" + OSP
      + "|" + SP + "(?:is|wordt"
      + "|becomes)(?:" + SP + "(?:nu|now|voortaan))?" + SP + "(?:(?:om|at)" + SP + ")?))"
      // "Verwachte eindtijd nu wo 14/10 08:45 uur i.p.v. 06:00": the day, if any, the window's
      + "|(?:(?:verwachte|expected|new|nieuwe)" + SP + ")?(?:eindtijd|eindtijdstip|end" + SP
      + "time)" + SP + "(?:nu|now)" + SP + "(?:" + DAYC + GAP_DT + ")?"
      // "Het venster … loopt nu van 01:00 tot uiterlijk 08:15 uur": the end (a start it moves
      // is not read here)
      + "|(?:lopen|loopt|runs?|run)" + SP + "(?:nu|now)" + SP + "(?:van|from)" + SP + T
      + "(?:" + SP + "uur)?" + SP + "(?:tot|until|till|to)" + SP
      + "(?:(?:uiterlijk|ongeveer|circa|ca\\.|about|approximately|around)" + SP + ")?"
      + "|(?:lopen|loopt|duren|duurt|runs?|lasts?|continues?|last|run|continue|verlengd|extended"
      + "|extending|uitgelopen|liep" + SP + "uit|liepen" + SP + "uit)"
      + "(?:" + SP + "[\\p{L}]+){0,4}?,?" + SP + "(?:tot|until|till)" + SP // "een uur langer, tot"
      + "(?:(?:ongeveer|circa|ca\\.|about|approximately|around|uiterlijk|rond|naar" + SP
      + "verwachting)" + SP + ")?"
      // "duurt naar verwachting tot maandag 2 maart 09.15 uur" (the day, if any, the window's)
      + "(?:" + DAYC + GAP_DT + ")?"
      // "De Dataservice blijft onbereikbaar tot naar verwachting half negen vanochtend"
      + "|(?<stays>(?:blijft|blijven|remains?|stays?)" + SP + "(?:onbereikbaar"
      + "|onbeschikbaar|niet" + SP + "(?:beschikbaar|bereikbaar)|unavailable|offline|down"
      + "|not" + SP + "available)" + SP + "(?:tot|until|till)" + SP + "(?:(?:ongeveer|circa"
      + "|uiterlijk|rond|naar" + SP + "verwachting|about|approximately|around)" + SP + ")?)"
      + "|(?:tot|until|till)" + SP + "(?:(?:ongeveer|circa|ca\\.|about|approximately|around)"
      + SP + ")?(?=" + T + "(?:" + SP + "uur)?" + SP + "(?:duurt|duren|loopt|lopen|uitloopt)"
      + NL + ")"
      // "the work will now end at 08:00 instead of 09:00", "het onderhoud eindigt nu om 08.00 uur"
      + "|(?:will|shall)" + SP + "now" + SP + "(?:end|finish)" + SP + "(?:at|by)" + SP
      + "(?:(?:approximately|about|around)" + SP + ")?"
      // "is now expected to be completed by 08:30 CEST on Thursday 22 October"
      + "|now" + SP + "expected" + SP + "to" + SP + "(?:be" + SP + ")?(?:completed|finished|done"
      + "|complete|finish|end)" + SP + "(?:by|at)" + SP + "(?:(?:approximately|about|around)"
      + SP + ")?"
      + "|(?:eindigt|eindigen|stopt|stoppen)" + SP + "nu" + SP + "(?:al" + SP + ")?(?:om|rond)" + SP
      + "(?:(?:ongeveer|circa|ca\\.)" + SP + ")?"
      // after "Het onderhoud loopt uit.": "De Dataservice is naar verwachting rond 06:00 uur weer
      // beschikbaar", "Wij verwachten de KVK API uiterlijk om 09.00 uur weer beschikbaar te
      // hebben", "we verwachten uiterlijk 9.00 uur klaar te zijn", "is expected to be available
      // again at 06:00"
      + "|(?<back>(?:naar" + SP + "verwachting|verwacht\\p{L}*)(?:" + SP + "[\\p{L}'-]+){0,4}?" + SP
      + "(?:(?:uiterlijk|ongeveer|circa)" + SP + ")?(?:(?:rond|om|omstreeks|vanaf)"
      + SP + ")?(?=" + T + "(?:" + SP + "uur)?" + SP + "(?:" + BACK_AGAIN + "|" + DONE + ")" + NL
      + ")"
      // "KVK verwacht de werkzaamheden uiterlijk om 05.00 uur af te ronden" (the work itself, not
      // "de eerste fase")
      + "|verwacht\\p{L}*" + SP + "(?:het|de)" + SP + "(?:onderhoud|werkzaamheden|migratie"
      + "|upgrade)(?:" + SP + "[\\p{L}'-]+){0,3}?" + SP + "(?:(?:uiterlijk|ongeveer|circa)" + SP
      + ")?(?:(?:rond|om|omstreeks)" + SP + ")?(?=" + T + "(?:" + SP + "uur)?" + SP + "(?:af" + SP
      + "te" + SP + "ronden|te" + SP + "voltooien)" + NL + ")"
      // "Het onderhoud … duurt langer en is uiterlijk om 07:00 uur afgerond" (not "de back-up is
      // uiterlijk om 01.00 uur gereed")
      + "|(?:duurt|duren|loopt|lopen)" + SP + "(?:langer|uit)" + SP + "en" + SP
      + "(?:is|zijn|wordt|worden)" + SP + "uiterlijk" + SP + "(?:om" + SP + ")?(?=" + T
      + "(?:" + SP + "uur)?" + SP + DONE + NL + ")"
      // after "Het onderhoud loopt uit.": "Nieuwe verwachting: klaar uiterlijk ma. 9-11 08.30u"
      + "|(?<estimate>(?:nieuwe|new|verwachte|expected)" + SP + "(?:verwachting|inschatting"
      + "|estimate|eta)" + OSP + ":?" + SP + "(?:" + DONE + SP + ")?(?:(?:uiterlijk|rond|om"
      + "|omstreeks|ongeveer|circa|by|at|around|about)" + SP + ")?(?:" + DAYC + GAP_DT + ")?)"
      // after "we have extended the maintenance window": "We now expect to be done no later than
      // 09:00 CET", "we expect to complete the migration by 03:30"
      + "|(?<expect>(?<!had[\\s\u00A0])expects?" + SP + "to" + SP + "(?:be" + SP + DONE
      + "|complete|finish)(?:" + SP + "(?:the|this|our)" + SP + "(?:work|maintenance|migration"
      + "|upgrade))?" + SP + "(?:(?:by|at|around|about|approximately|before|no" + SP + "later" + SP
      + "than)" + SP + ")?)"
      + "|(?:expected|estimated)" + SP + "to" + SP + "be" + SP + "(?:available|back(?:" + SP
      + "online)?)(?:" + SP + "again)?" + SP + "(?:(?:around|at|by|from)" + SP + ")?))"
      + "(?<t>" + T + ")");

  /** Words that say a length stays as it was: "is still about three hours", "blijft drie uur". */
  private static final Pattern LENGTH_STAYS = Pattern.compile(NLB
      + "(?:still|unchanged|remains|stays|the" + SP + "same|nog" + SP + "steeds|blijft|blijven"
      + "|ongewijzigd|onveranderd|hetzelfde|gelijk)" + NL);

  /** A window's new start as an update states it, without a day: "De begintijd is 08.00 uur". */
  private static final Pattern NEW_START = Pattern.compile(NLB
      + "(?:(?:begintijd|begintijdstip|starttijd|aanvang|start" + SP + "time)" + SP
      + "(?:is|wordt|becomes)(?:" + SP + "(?:nu|now|voortaan))?" + SP + "(?:(?:om|at)" + SP + ")?"
      // "the work will start at 23:00 CET, not 22:00", "het onderhoud begint nu om 23.00 uur"
      + "|(?:will|shall)" + SP + "(?:now" + SP + ")?(?:start|begin)" + SP + "at" + SP
      + "|(?:begint|beginnen|start|starten)" + SP + "nu" + SP + "(?:pas" + SP + ")?om" + SP + ")"
      + "(?<t>" + T + ")");

  /**
   * A sentence about the maintenance itself: a new end or start counts only there, not in one
   * about a backlog, an incident or a helpdesk ({@link #NOT_THE_MAINTENANCE}).
   */
  private static final Pattern OF_MAINTENANCE = Pattern.compile(NLB
      + "(?:\\p{L}*onderhoud|onderhoudswerk\\p{L}*|werkzaamheden|werken|maintenance|the" + SP
      + "works?"
      + "|onderhoudsvenster|downtime"
      + "|venster|tijdvak|tijdslot|window|time" + SP + "slot|eindtijd|eindtijdstip|begintijd"
      + "|begintijdstip|starttijd|aanvang"
      + "|end" + SP + "time|start" + SP + "time)" + NL);

  /** A sentence that opens with a word for what the one before was about: "It is now …". */
  private static final Pattern OPENS_WITH_IT = Pattern.compile(
      "[\\s\\u00A0]*(?:it|this|het|dit|dat)" + SP + "(?:is|will|should|now|runs|lasts|ends|duurt"
      + "|loopt|eindigt|wordt|zal|gaat|nu)" + NL);

  /** Words that say the maintenance is over: "Het onderhoud is afgerond", "completed". */
  private static final Pattern FINISHED = Pattern.compile(NLB
      + "(?:afgerond|voltooid|beëindigd|completed|finished)" + NL);

  /** What else a time in an update after maintenance may be said of. */
  private static final Pattern NOT_THE_MAINTENANCE = Pattern.compile(NLB
      + "(?:storing|verstoring|achterstand|levering(?:en)?|vertraging(?:en)?|nazorg|helpdesk"
      + "|servicedesk|support|klantenservice|incident|outage|disruption|delays?|deliver(?:y|ies)"
      + "|backlog|bevragingen|requests)" + NL);

  /** What else may be moved in an update about maintenance: "De volgende update is verplaatst". */
  private static final Pattern OTHER_MOVES = Pattern.compile(NLB
      + "(?:volgende" + SP + "update|next" + SP + "update|webinar|release|oplevering|communicatie"
      + "|evaluatie|deadline|uitfasering|versie|version)" + NL);

  /** Right before the day something was moved to: "is verplaatst naar", "moved to". */
  private static final Pattern MOVED_TO = Pattern.compile(NLB
      + "(?:" + MOVE_WORDS + ")(?:" + SP + "[\\p{L}\\p{N}.]+){0,9}?" + SP
      + "(?:naar|tot|to|until|for)"
      + "(?:" + SP + "(?:op|on|(?:in" + SP + ")?(?:de|the)))?" + SP + "$|(?:" + NEW_DATE + ")" + OSP
      + ":" + OSP + "$");

  /** A date that is said not to be the one: "niet per 1 november", "not on 1 May". */
  private static final Pattern NOT_THIS_DATE = Pattern.compile(NLB + "(?:niet|not)" + SP
      + "(?:in" + SP + ")?" // "de wijziging gaat niet in per 15-12-2026 maar per 8-12-2026"
      + "(?:(?:per|op|on|vanaf|from|as" + SP + "of|met" + SP + "ingang" + SP + "van)" + SP + ")?"
      + "(?:the" + SP + ")?$"); // "the date of entry into force is not the 01/03/2027 but …"

  /**
   * Where a sentence that a date at {@code at} opens begins: at "op"/"on" right before the date
   * ("Op 1 juli 2027 stoppen wij"), or, when {@code bare}, at the date itself ("Ma 18/5 passen we
   * … aan"); -1 when the date does not open its sentence.
   */
  private static int opening(String low, int at, boolean bare) {
    int i = at - 1;
    while (i >= 0 && Character.isWhitespace(low.charAt(i))) {
      i--;
    }
    if (i < 0 || ".!?".indexOf(low.charAt(i)) >= 0) {
      return bare ? at : -1;
    }
    if (i < 1 || !(low.startsWith("op", i - 1) || low.startsWith("on", i - 1))) {
      return -1;
    }
    int j = i - 2;
    while (j >= 0 && Character.isWhitespace(low.charAt(j))) {
      j--;
    }
    return j < 0 || ".!?:;".indexOf(low.charAt(j)) >= 0 ? i - 1 : -1;
  }

  /**
   * A transition or grace period right before a cue: "de overgangsperiode begint op 1 december",
   * "the transition period runs from": that date is the period's, not the change's. Not "na de
   * overgangsperiode, per 1 juli", where the change follows the period.
   */
  private static final Pattern OF_A_TRANSITION = Pattern.compile(NLB
      + "(?:(?:overgangs|transitie|migratie)(?:periode|termijn|fase)|(?:transition"
      + "|grace|migration)" + SP + "period)(?:" + SP + "[\\p{L}\\p{N}.]+){0,3}?" + SP + "$");

  /**
   * Something said to happen in a test environment ("in our test environment", "in de
   * testomgeving"): a date of it is not the one the change takes effect on.
   */
  private static final Pattern TEST_ENVIRONMENT = Pattern.compile(NLB + "(?:in|op|on)(?:" + SP
      + "(?:de|het|the|our|onze|uw|your))?" + SP + "(?:test" + SP + "environment|testomgeving"
      + "|acceptatieomgeving|proefomgeving|sandbox|test" + OSP + "-" + OSP + "omgeving)" + NL);

  /**
   * Before a date something is moved to: what else than the change may be moved ("KVK vervroegt
   * het webinar naar", "De testomgeving verschuift naar", "verschuift zijn eigen release naar",
   * "vervroegt de evaluatie van de pilot naar").
   */
  private static final Pattern OTHER_THING_MOVED = Pattern.compile(NLB + "(?:webinars?|evaluatie"
      + "|evaluation|pilot|training|trainingen|sessie|session|bijeenkomst|meeting|presentatie"
      + "|presentation|testomgeving|test" + SP + "environment|acceptatieomgeving|sandbox|eigen"
      + "|own)" + NL);

  /** Right before a transition period: its end ("na (afloop van) de", "aan het eind van de"). */
  private static final Pattern AFTER_THE_PERIOD = Pattern.compile(NLB
      + "(?:na|after|afloop|eind|einde|end)(?:" + SP + "\\p{L}+){0,3}" + SP + "$");

  /**
   * The opening of an entry of a timeline, right before its date: a line's start or a list's
   * bullet ("- 31 January 2027: v1 switched off"), also where the feed ran the lines together.
   */
  private static final Pattern ENTRY_OPENS = Pattern.compile(
      "(?:(?<![^\\n])|(?<![^\\s])[-\u2013\u2022*])[ \\t\u00A0]*$");

  /**
   * What follows a timeline entry's date when the entry is the change taking effect: a colon or a
   * dash, then within a few words the switch-off or the go-live ("31 januari 2027: v1 uitgezet");
   * not a milestone before it ("1 July 2026: v1 frozen", "v2 generally available").
   */
  private static final Pattern ENTRY_TAKES_EFFECT = Pattern.compile("[ \\t\u00A0]*[:\u2013\u2014-]"
      + "(?:[ \\t\u00A0]+(?!(?:not|niet|nog|yet|no|geen)" + NL + ")[\\p{L}\\p{N}./]+){0,5}?"
      + "[ \\t\u00A0]+(?:switched" + SP + "off|switch-off"
      + "|shut" + SP + "down|turned" + SP + "off|removed|retired|decommissioned|discontinued"
      + "|sunset|end" + SP + "of" + SP + "life|takes" + SP + "effect|goes" + SP + "live"
      + "|live" + SP + "in" + SP + "production|uitgezet|uitgeschakeld|verwijderd|stopgezet"
      + "|uitgefaseerd|vervalt|in" + SP + "werking|live" + SP + "in" + SP + "productie)" + NL);

  /** "op" right before a date, and a change verb right after it: "op 1 januari 2027 stopt de". */
  private static final Pattern OP_BEFORE = Pattern.compile(NLB + "op" + SP + "$");

  private static final Pattern EFFECTIVE_AFTER = Pattern.compile(",?"
      + "(?:" + SP + "(?:om" + SP + ")?\\d{1,2}[:.]\\d{2}(?:" + SP + "uur)?" + NL + ",?)?" + SP
      + "(?:stopt|stoppen|vervalt|vervallen|verdwijnt|verdwijnen|eindigt|eindigen|wijzigt|wijzigen"
      + "|verandert|veranderen|gaat|gaan|wordt|worden|start|starten|begint|beginnen|treedt|treden"
      + "|geldt|gelden|vervangen|uitgezet|uitgefaseerd|be\u00EBindigd|stopgezet|opgeheven"
      + "|afgeschaft|verwijderd|toegevoegd|ingevoerd|doorgevoerd|uitgerold|geactiveerd"
      + "|in(?!" + SP + "(?:plaats|de|het|een)" + NL + "))" + NL); // "gaan al op 1 september in"

  /** The opening of a sentence that refers back to a day just named: "De API is die dag". */
  private static final Pattern REFERS_BACK = Pattern.compile(NLB
      + "(?:die" + SP + "dag|diezelfde" + SP + "dag|dan|that" + SP + "day|then)" + NL, FLAGS);

  /**
   * A line of a log written into one update: a time, a dash and words, its line breaks folded or
   * not ("16:05 - Incident resolved"), not a range ("07:12 - 07:50 UTC"); or at a line's start a
   * time and words, perhaps after a colon ("08:55 storing geconstateerd", "09:20: oorzaak
   * gevonden").
   */
  private static final Pattern LOG_LINE = Pattern.compile(T + OSP + "[-\u2013\u2014]" + SP
      + "(?![\\p{N}" + T + "])|(?m:^)" + T + "(?:[ \t]*:)?[ \t]+(?=\\p{L})");

  /**
   * The words of a log's first line that tell of trouble or of its notice: "08:55 storing
   * geconstateerd", "07:12 - Alerts fired for elevated error rates", "melding ontvangen".
   */
  private static final Pattern LOG_TROUBLE = Pattern.compile(NLB + "(?:" + TROUBLE
      + "|storing|verstoring|outage|incident|degraded|geconstateerd|gesignaleerd|opgemerkt"
      + "|gemeld|melding|detected|noticed|alerts?|onbereikbaar|unavailable|unreachable)" + NL);

  /** The fewest lines that make a log. */
  private static final int LOG_LINES = 3;

  /** The zone a log states for its times: "(all times UTC)", "alle tijden in UTC". */
  private static final Pattern LOG_ZONE = Pattern.compile(NLB + "(?:all" + SP + "times|alle" + SP
      + "tijden|times" + SP + "(?:are" + SP + ")?in)" + SP + "(?:(?:in|are)" + SP + ")?"
      + "(?<z>utc|gmt|cet|cest)" + NL);

  /** Two consecutive days of one month: "7/8 maart" (a night), "13-14 juni"; see {@link #dates}. */
  private static final Pattern DAY_PAIR = Pattern.compile("(?<![\\p{L}\\p{N}.,:/\\-])"
      + "(?<a>\\d{1,2})[/-](?<b>\\d{1,2})" + SP + "(?<m>" + MONTH_WORDS + ")" + NL
      + "\\.?(?:,?" + SP + "(?<y>\\d{4})(?!\\d))?", FLAGS);

  /** Text between two dates that makes them one list: ", ", " en ", ", and ". */
  private static final Pattern LIST_GAP =
      Pattern.compile(OSP + "(?:,|,?" + OSP + "(?:en|and|of|or|&))" + OSP, FLAGS);

  /** Day words that can stand in a list of days: "maandag tot en met vrijdag", "vandaag en". */
  private static final String LISTED_DAY_WORDS = "(?:" + WEEKDAY_WORDS + "|vandaag|morgen"
      + "|overmorgen|vanavond|vannacht|today|tomorrow|tonight)" + NL;

  /** The text before a day ends in another day and a list or range word: "14 en ". */
  private static final Pattern LIST_BEFORE = Pattern.compile(
      "(?:(?<![\\d:.])\\d{1,4}|" + MONTH_WORDS + NL + "\\.?|" + NLB + LISTED_DAY_WORDS
          + "\\.?)" + OSP
          + "(?:,|&|[-\u2013]|(?:en|and|of|or|t/m|tot" + SP + "en" + SP + "met|tot|to|until|till"
          + "|through)" + NL + ")" + OSP + "$", FLAGS);

  /**
   * The text after a day continues with another day: " en zondag 15 maart", ", 21 juni"; not
   * with an hour (" until 1 AM on Friday 6 June", " tot 6 uur").
   */
  private static final Pattern LIST_AFTER = Pattern.compile(
      OSP + "(?:,|&|[-\u2013]|(?:en|and|of|or|t/m|tot" + SP + "en" + SP + "met|tot|to|until|till"
          + "|through)" + NL + ")" + OSP + "(?:" + LISTED_DAY_WORDS + "|\\d{1,2}(?![\\d:.]|" + OSP
          + "(?:" + DateGrammar.MERIDIEM + "|uur|u)" + NL + "))",
      FLAGS);

  // ------------------------------------------------------------------------------------ API

  /**
   * The maintenance window the text states: a day and a time range (or a start time, with an
   * end or a duration when the text states one), in the same sentence (or the range opening the
   * next one), or a range whose moments carry their own days.
   *
   * @param text the post's text
   * @param anchor when the post was published; resolves "vanavond" and dates without a year
   * @param zone the zone of times that state none (Europe/Amsterdam)
   * @return the window, with the words from the day to the range as evidence; empty when the
   *     text states none or states one that is impossible or ambiguous
   */
  public static Optional<Found<Window>> window(String text, Instant anchor, ZoneId zone) {
    return new Prepared(text, anchor, zone).window();
  }

  private static Optional<Found<Window>> window(Context c) {
    if (c == null) {
      return Optional.empty();
    }
    String text = c.scan.text;
    Scan scan = c.scan;
    Spans spans = c.spans(true);
    List<Object> units = new ArrayList<>();
    List<Integer> dayStarts = new ArrayList<>();
    for (int i = 0; i < scan.toks.size(); i++) {
      Tok t = scan.toks.get(i);
      if (isDay(t) && !(t instanceof WeekdayTok && apposition(c, t))) { // "(Wednesday)" repeats
        dayStarts.add(t.start());
        if (!spans.used[i]) {
          units.add(t);
        }
      }
    }
    List<Span> pairable = new ArrayList<>();
    for (Span s : spans.list) {
      if (s.startDay != null) {
        units.add(s);
      } else {
        pairable.add(s);
      }
    }
    units.sort(Comparator.comparingInt(u -> u instanceof Span s ? s.start : ((Tok) u).start()));
    for (Object unit : units) {
      if (unit instanceof Span s) {
        int[] sentence = c.sentence(s.start);
        // a run of dates with its hours ("4 maart t/m 6 maart, steeds van 19:00 tot 23:00") is
        // no list of days: its last date is the span's end day
        if (listable(s.startDay) && listed(text, s.startDay, sentence)
            && !(s.endDay instanceof DateTok && s.endDay != s.startDay)) {
          return Optional.empty();
        }
        DayRef day = c.spanDay(s);
        return found(text, compose(c, day, s), Math.min(s.start, s.evStart), s.evEnd);
      }
      Tok day = (Tok) unit;
      int[] sentence = c.sentence(day.start());
      Span t = pair(text, c.semicolons, day, pairable, dayStarts, sentence,
          c.nextSentence(sentence));
      if (t == null) {
        continue;
      }
      DayRef ref = c.day(day);
      if (ref == null || !t.validOn(ref)
          || (listable(day) && listed(text, day, sentence) && !apposition(c, day))) {
        return Optional.empty();
      }
      return listedTimes(c, ref, t, pairable, sentence, Math.min(day.start(), t.evStart),
          Math.max(day.end(), t.evEnd));
    }
    for (Span s : pairable) {
      if (s.endDay != null) {
        return found(text, composeFromEnd(c, s), s.evStart, s.evEnd);
      }
    }
    return Optional.empty();
  }

  /**
   * A window whose times stand apart from their day, for a text already known to announce
   * maintenance (on its own such a text is too often something else, like a helpdesk's hours):
   * its one time span with its one day wherever that stands ("Op dinsdag 14 juli voert onze
   * partner onderhoud uit. Onderhoudsvenster: 20.00–23.00 uur UTC."). Several days of which
   * one is the day it was moved to ("is verplaatst naar zaterdag 16 mei"): that day. Several
   * spans, other several days, no day, or a span in a sentence about calling or a helpdesk: none.
   */
  public static Optional<Found<Window>> looseWindow(String text, Instant anchor, ZoneId zone) {
    return new Prepared(text, anchor, zone).looseWindow();
  }

  /**
   * As {@link #looseWindow}, for a text that names no day at all: its one time span on the day
   * it was written ("Vanaf 13.30 uur voeren wij onvoorzien onderhoud uit"). Weaker than a window
   * with a day: a post's last word ("het onderhoud van 22:00 tot 02:00 uur is afgerond") can be
   * such a text too.
   */
  public static Optional<Found<Window>> todaysWindow(String text, Instant anchor, ZoneId zone) {
    return new Prepared(text, anchor, zone).todaysWindow();
  }

  private static Optional<Found<Window>> looseWindow(Context c, boolean today) {
    if (c == null) {
      return Optional.empty();
    }
    String text = c.scan.text;
    Spans spans = c.spans(true);
    List<Span> pairable = new ArrayList<>();
    for (Span s : spans.list) {
      if (s.startDay != null || s.endDay != null) {
        return Optional.empty(); // a span with its own day is window()'s
      }
      int[] sentence = c.sentence(s.start);
      if (!c.has(sentence, CONTACT) || c.has(sentence, DOWN_OR_MAINTENANCE)) {
        pairable.add(s); // not a helpdesk's hours ("bereikbaar op werkdagen v.a. 08.30 uur")
      }
    }
    List<Tok> days = new ArrayList<>();
    for (Tok t : c.scan.toks) {
      if (isDay(t) && !letterDate(c, t)
          && !(!days.isEmpty() && inBracketsRepeating(c, days.get(days.size() - 1), t))) {
        days.add(t);
      }
    }
    pairable = translations(c, pairable);
    if (pairable.size() != 1 || !pairable.get(0).valid()) {
      return Optional.empty();
    }
    Span t = pairable.get(0);
    if (today) {
      return days.isEmpty() ? found(text, compose(c, DayRef.of(c.today), t), t.evStart, t.evEnd)
          : Optional.empty();
    }
    boolean moved = days.size() > 1;
    if (moved) {
      days = movedTo(c, days); // "Het onderhoud van 9 mei is verplaatst naar zaterdag 16 mei"
    }
    if (days.size() != 1) {
      return Optional.empty();
    }
    Tok day = days.get(0);
    if (!moved && listable(day) && listed(text, day, c.sentence(day.start()))) {
      return Optional.empty();
    }
    return found(text, compose(c, c.day(day), t), Math.min(day.start(), t.evStart),
        Math.max(day.end(), t.evEnd));
  }

  /**
   * Whether {@code t} is a date in brackets right after the day {@code before} that names the
   * same date: "Volgende week dinsdag (22 sep.)" names one day.
   */
  private static boolean inBracketsRepeating(Context c, Tok before, Tok t) {
    if (!(t instanceof DateTok) || !BRACKET_OPENS.matcher(c.scan.text)
        .region(before.end(), t.start()).matches()) {
      return false;
    }
    DayRef a = c.day(before);
    DayRef b = c.day(t);
    return a != null && b != null && a.first() != null && a.first().equals(b.first());
  }

  /** Between a day and a date that repeats it in brackets: " (". */
  private static final Pattern BRACKET_OPENS = Pattern.compile("[\\s\u00A0]*\\([\\s\u00A0]*");

  /**
   * {@code spans} without those that repeat the first's times on the same day, as a notice in
   * two languages does ("EN: From 12:30 CEST … done by 13:15 CEST. NL: Vanaf 12:30 uur … tot
   * 13:15 uur"): one span when all of them say the same.
   */
  private static List<Span> translations(Context c, List<Span> spans) {
    if (spans.size() < 2) {
      return spans;
    }
    DayRef today = DayRef.of(c.today);
    Optional<Window> first = compose(c, today, spans.get(0));
    for (Span s : spans.subList(1, spans.size())) {
      if (first.isEmpty() || !compose(c, today, s).equals(first)) {
        return spans;
      }
    }
    return spans.subList(0, 1);
  }

  /** A label that dates the letter or notice itself: "Datum:", "Date:". */
  private static final Pattern LETTER_DATE_LABEL = Pattern.compile(NLB
      + "(?:datum|date|dagtekening|verzenddatum|publicatiedatum)" + OSP + ":" + OSP + "$");

  /**
   * Whether a date is the letter's own ("Kenmerk: …\nDatum: 20 februari 2026\nOnderwerp: …"):
   * right after a date label, and the anchor's own day (a label before another day, "Datum:
   * zaterdag 18 oktober 2025", names the maintenance's). It is no day of the window.
   */
  private static boolean letterDate(Context c, Tok t) {
    if (!(t instanceof DateTok d)) {
      return false;
    }
    String low = c.scan.low;
    if (!LETTER_DATE_LABEL.matcher(low.substring(Math.max(0, t.start() - 40), t.start()))
        .find()) {
      return false;
    }
    return DateGrammar.onOrBefore(d.parts(), c.today).filter(c.today::equals).isPresent();
  }

  /**
   * {@code earlier} with the end or start an update states without a day ("Correctie: de
   * eindtijd is 11.00 uur in plaats van 12.00 uur"; "De begintijd is 08.00 uur"): each at the
   * moment of that time nearest the one it replaces that keeps the start before the end. Empty
   * when the text states neither, or only what is impossible.
   */
  private static Optional<Found<Window>> amend(Context c, Window earlier) {
    if (c == null) {
      return Optional.empty();
    }
    Scan scan = c.scan;
    Instant start = earlier.start();
    Instant end = earlier.end();
    int from = -1;
    int to = -1;
    int[] s = lastAbout(c, NEW_START, earlier);
    if (s != null) {
      Instant moved = nearest(c, (TimeTok) scan.tok(s[2]), start, null, end);
      if (moved != null) {
        start = moved;
        from = scan.start(s[0]);
        to = scan.end(s[1]);
      }
    }
    int[] e = lastAbout(c, NEW_END, earlier);
    if (e != null) {
      Instant moved = nearest(c, (TimeTok) scan.tok(e[2]), end == null ? start : end, start,
          null);
      if (moved != null) {
        end = moved;
        from = from < 0 ? scan.start(e[0]) : Math.min(from, scan.start(e[0]));
        to = Math.max(to, scan.end(e[1]));
      }
    } else if (from >= 0) {
      // a new start with the length said to stay beside it: "the work will start at 23:00 CET,
      // not 22:00 … The expected duration is still about three hours" (not "the switch-over
      // takes about 15 minutes": a length of something else)
      Stated length = c.duration(c.sentence(scan.start(s[0])));
      if (length != null && c.has(c.sentence(length.start()), LENGTH_STAYS)) {
        end = start.plus(length.duration());
      }
    }
    if (from < 0) {
      return moved(c, earlier);
    }
    return Optional.of(new Found<>(new Window(start, end), scan.text.substring(from, to).strip()));
  }

  /**
   * {@code earlier} moved by a range without a day in a sentence about the maintenance that says
   * it moves ("Het spoedonderhoud start later: van 20.00 tot 20.30 uur", "We are extending the
   * window by one hour: it now runs from 02:00 to 06:00 CET"), at the moments of its
   * times nearest the old start; empty when there is none.
   */
  private static Optional<Found<Window>> moved(Context c, Window earlier) {
    Span last = null;
    for (Span span : c.spans(false).list) {
      int[] sentence = c.sentence(span.start());
      if (span.startDay() == null && span.endDay() == null && span.b() != null && span.valid()
          && c.has(sentence, WINDOW_MOVED_CUE) && c.has(sentence, OF_MAINTENANCE)
          && !c.has(sentence, NOT_THE_MAINTENANCE) && !namesAnotherDay(c, sentence, earlier)) {
        last = span;
      }
    }
    if (last == null) {
      return Optional.empty();
    }
    Instant start = nearest(c, last.a(), earlier.start(), null, null);
    Instant end = start == null ? null : nearest(c, last.b(), start, start, null);
    if (end == null) {
      return Optional.empty();
    }
    return Optional.of(new Found<>(new Window(start, end),
        c.scan.text.substring(last.evStart(), last.evEnd()).strip()));
  }

  /**
   * The last match of {@code p} in a sentence about the maintenance, naming no day but those of
   * {@code earlier} and nothing else ("Oorspronkelijk zou het onderhoud duren tot 12.00 uur; het
   * loopt nu uit tot 13.00 uur": 13.00; "het onderhoud in de nacht van 22 op 23 oktober duurt tot
   * 03.00 uur"; a service back at a time right after a sentence about it: "Het onderhoud loopt uit.
   * De Dataservice is naar verwachting rond 06:00 uur weer beschikbaar"; an end in a sentence
   * that refers back to it: "This maintenance has been extended. It is now expected to end at
   * 08:00"; not after "Het onderhoud is afgerond."), as [start, end, time]
   * in the shape; null when there is none.
   */
  private static int[] lastAbout(Context c, Pattern p, Window earlier) {
    Scan scan = c.scan;
    int[] last = null;
    Matcher m = p.matcher(scan.shape);
    while (m.find()) {
      int[] sentence = c.sentence(scan.start(m.start()));
      // "Het onderhoud loopt uit. De Dataservice is naar verwachting rond 06:00 uur weer
      // beschikbaar": a service back at a time, right after a sentence about the maintenance
      boolean about = c.has(sentence, OF_MAINTENANCE)
          || p == NEW_END && (m.start("back") >= 0 || m.start("estimate") >= 0
              || m.start("expect") >= 0 || m.start("endis") >= 0
              || m.start("stays") >= 0 && c.has(sentence, A_SERVICE)
              || OPENS_WITH_IT.matcher(scan.low).region(sentence[0], sentence[1]).lookingAt())
          && sentence[0] > 0 && c.has(c.sentence(sentence[0] - 1), OF_MAINTENANCE)
          && !finished(c, c.sentence(sentence[0] - 1));
      if (about && !c.has(sentence, NOT_THE_MAINTENANCE)
          && !namesAnotherDay(c, sentence, earlier)) {
        last = new int[] {m.start(), m.end(), m.start("t")};
      }
    }
    return last;
  }

  /**
   * A service of KVK's or the one being maintained, named as what stays down ("De Dataservice
   * blijft onbereikbaar tot …"; not "Het KVK-portaal blijft onbereikbaar tot …").
   */
  private static final Pattern A_SERVICE = Pattern.compile(NLB + "(?:api|dataservice"
      + "|mutatieservice|zoeken|basisprofiel|vestigingsprofiel|naamgeving|dienst|service)" + NL);

  /** Whether the sentence says the maintenance is over, not "nog niet helemaal afgerond". */
  private static boolean finished(Context c, int[] sentence) {
    Matcher m = FINISHED.matcher(c.scan.low).region(sentence[0], sentence[1]);
    while (m.find()) {
      if (!DateGrammar.precededBy(c.scan.low, m.start(), NEGATED)) {
        return true;
      }
    }
    return false;
  }

  /** Whether the sentence names a day that is not one of {@code window}'s. */
  private static boolean namesAnotherDay(Context c, int[] sentence, Window window) {
    Set<LocalDate> own = new HashSet<>();
    own.add(window.start().atZone(c.zone).toLocalDate());
    if (window.end() != null) {
      own.add(window.end().atZone(c.zone).toLocalDate());
    }
    for (Tok t : c.scan.toks) {
      if (t.start() >= sentence[0] && t.start() < sentence[1] && isDay(t)) {
        if (t instanceof DateTok dt && dt.parts().year() == null && dt.parts().month() > 0
            && own.stream().anyMatch(o -> o.getMonthValue() == dt.parts().month()
                && o.getDayOfMonth() == dt.parts().day())) {
          continue; // "Wednesday 21 October", said on the 22nd of the window that began then
        }
        DayRef d = c.day(t);
        // a day that cannot be placed (a bare weekday the text leaves open) is no other day
        if (d != null && !own.contains(d.first()) && !own.contains(d.second())) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * The moment at time {@code t}, on the day of {@code near}, the day before or the day after,
   * nearest {@code near}, after {@code after} and before {@code before} (each when given).
   */
  private static Instant nearest(Context c, TimeTok t, Instant near, Instant after,
      Instant before) {
    int minutes = t.minutes(before == null && after != null);
    if (minutes < 0 || !t.zoneValid()) {
      return null;
    }
    ZoneId zone = t.zone() != null ? t.zone() : c.zone;
    LocalDate day = near.atZone(zone).toLocalDate();
    Instant best = null;
    for (int d = -1; d <= 1; d++) {
      // the wall-clock time on that day: on the day the clocks go back, 06:00 is 25 hours in
      Instant at = DateGrammar.instant(day.plusDays(d).atStartOfDay().plusMinutes(minutes), zone,
          zone);
      boolean fits = (after == null || at.isAfter(after)) && (before == null
          || at.isBefore(before));
      if (fits && (best == null || Duration.between(at, near).abs()
          .compareTo(Duration.between(best, near).abs()) < 0)) {
        best = at;
      }
    }
    return best;
  }

  /**
   * A window of whole days, for a maintenance text that names no times: "Het hele weekend van 14
   * en 15 maart zijn Basisprofiel en Vestigingsprofiel niet beschikbaar" (Saturday 00:00 to
   * Monday 00:00), "De Dataservice is op zaterdag 14 maart de hele dag niet beschikbaar", "all
   * day on Saturday 14 March". Only one such day or weekend; a day that cannot be told gives
   * nothing.
   */
  public static Optional<Found<Window>> wholeDays(String text, Instant anchor, ZoneId zone) {
    Context c = scannedIf(text, anchor, zone, WHOLE);
    if (c == null) {
      return Optional.empty();
    }
    String low = c.scan.low;
    Optional<Found<Window>> found = Optional.empty();
    for (Tok t : c.scan.toks) {
      boolean whole = t instanceof WeekendTok
          ? DateGrammar.precededBy(low, t.start(), WHOLE_WEEKEND_BEFORE)
          : listable(t) && (DateGrammar.precededBy(low, t.start(), WHOLE_DAY_BEFORE)
              || DateGrammar.followed(low, t.end(), WHOLE_DAY_AFTER));
      int[] sentence = c.sentence(t.start());
      if (!whole || !c.has(sentence, DOWN_OR_MAINTENANCE) || c.has(sentence, CONTACT)
          || c.has(sentence, NOT_THE_MAINTENANCE)) {
        continue; // "Onze servicedesk is zaterdag de hele dag bereikbaar"
      }
      DayRef day = c.day(t);
      if (found.isPresent() || day == null || day.first == null
          || (listable(t) && listed(text, t, sentence))) {
        return Optional.empty();
      }
      LocalDate last = day.weekend ? day.second : day.first;
      found = Optional.of(new Found<>(new Window(day.first.atStartOfDay(zone).toInstant(),
          last.plusDays(1).atStartOfDay(zone).toInstant()), text.substring(t.start(), t.end())
          .strip()));
    }
    return found;
  }

  /**
   * The day maintenance is moved to by a text that names no times for it ("De werkzaamheden van
   * 25 juli gaan niet door. Ze zijn verplaatst naar zaterdag 1 augustus, zelfde tijden"; "vervroegd
   * naar de nacht van do. 28 op vr. 29 mei": its first day for a window that starts from noon,
   * its second for one that starts before): the one day behind a word of moving, in a text about
   * the maintenance, in a sentence about nothing else that names no earlier move; empty when there
   * is none, or more than one.
   */
  public static Optional<Found<LocalDate>> movedTo(String text, Instant anchor, ZoneId zone,
      LocalTime start) {
    Context c = scannedIf(text, anchor, zone, MOVED);
    if (c == null || c.scan.has(DateGrammar.M_TIME)) {
      return Optional.empty(); // times of its own: the window it states is read as such
    }
    String low = c.scan.low;
    Optional<Found<LocalDate>> found = Optional.empty();
    for (Tok t : c.scan.toks) {
      if (!(listable(t) || t instanceof NightTok) // "vervroegd naar de nacht van do. 28 op …"
          || !DateGrammar.precededBy(low, t.start(), MOVED_TO, 120)) {
        continue;
      }
      int[] sentence = c.sentence(t.start());
      DayRef day = c.day(t);
      boolean ofIt = c.has(sentence, OF_MAINTENANCE) || (OF_MAINTENANCE.matcher(low).find()
          && IT.matcher(low).region(sentence[0], sentence[1]).lookingAt());
      if (found.isPresent() || !ofIt || c.has(sentence, NOT_THE_MAINTENANCE)
          || c.has(sentence, OTHER_MOVES) || c.has(sentence, MOVED_BEFORE) || day == null
          || day.first == null) {
        return Optional.empty();
      }
      found = Optional.of(new Found<>(day.dateFor(start.getHour() * 60 + start.getMinute()),
          text.substring(t.start(), t.end()).strip()));
    }
    return found;
  }

  /** The text scanned, when {@code cheap} finds something in it first; else null. */
  private static Context scannedIf(String text, Instant anchor, ZoneId zone, Pattern cheap) {
    check(text, anchor, zone);
    return cheap.matcher(DateGrammar.fold(text)).find()
        ? new Context(Scan.of(text), anchor, zone) : null;
  }

  /** A sentence that opens with a word for what was named before: "Ze zijn verplaatst naar …". */
  private static final Pattern IT = Pattern.compile("[\\s\\p{P}]*(?:ze|zij|het|dit|deze|die|they"
      + "|it|this)" + NL);

  /** Words of moving, cheap to look for before any scan. */
  private static final Pattern MOVED = Pattern.compile(NLB + "(?:" + MOVE_WORDS + ")" + NL);

  /** Words that may make a window of whole days: cheap to look for before any scan. */
  private static final Pattern WHOLE = Pattern.compile(NLB
      + "(?:hele|gehele|heel|volledige|whole|entire|all" + SP + "day)" + NL);

  /** Right before a weekend: "het hele weekend", "heel het weekend", "the whole weekend of". */
  private static final Pattern WHOLE_WEEKEND_BEFORE = Pattern.compile(NLB
      + "(?:hele|gehele|volledige|whole|entire|heel" + SP + "het)" + SP + "$");

  /**
   * A sentence that says something is down or maintained: only there do whole days make a
   * window, and only there is a helpdesk word no helpdesk's hours ("Van 08.00 tot 12.00 uur
   * zijn de KVK API en de telefonische helpdesk niet beschikbaar").
   */
  private static final Pattern DOWN_OR_MAINTENANCE = Pattern.compile(NLB
      + "(?:niet" + SP + "(?:beschikbaar|bereikbaar|te" + SP + "(?:bereiken|gebruiken))"
      + "|onbeschikbaar|onbereikbaar|buiten" + SP + "gebruik|uit" + SP + "de" + SP + "lucht"
      + "|offline|unavailable|unreachable|down|foutmelding(?:en)?|errors?|geweigerd|refused"
      + "|rejected|onderhoud|werkzaamheden|maintenance|onderhoudsvenster)" + NL);

  /** Right before a day: "de hele dag op", "all day on", "the whole of". */
  private static final Pattern WHOLE_DAY_BEFORE = Pattern.compile(NLB
      + "(?:(?:de" + SP + ")?(?:hele|gehele|volledige)" + SP + "dag" + SP + "(?:op" + SP + ")?"
      + "|all" + SP + "day" + SP + "(?:on" + SP + ")?|(?:the" + SP + ")?(?:whole|entire)" + SP
      + "day" + SP + "(?:on" + SP + ")?)$");

  /** Right after a day: "zaterdag 14 maart de hele dag", "on Saturday 14 March all day". */
  private static final Pattern WHOLE_DAY_AFTER = Pattern.compile(",?" + SP
      + "(?:(?:[\\p{L}]+" + SP + "){0,4}?)(?:de" + SP + ")?(?:hele|gehele|volledige)" + SP + "dag"
      + NL + "|,?" + SP + "(?:(?:[\\p{L}]+" + SP + "){0,4}?)(?:all" + SP + "day|(?:the" + SP
      + ")?(?:whole|entire)" + SP + "day)" + NL);

  /**
   * Of several days, the one the maintenance was moved to, when the sentence that says so names
   * every other day and says nothing was moved before ("eerder", "originally"): "Het onderhoud
   * van 9 mei gaat niet door en is verplaatst naar zaterdag 16 mei 2026"; else none.
   */
  private static List<Tok> movedTo(Context c, List<Tok> days) {
    List<Tok> moved = days.stream()
        .filter(d -> DateGrammar.precededBy(c.scan.low, d.start(), MOVED_TO, 120)).toList();
    if (moved.size() != 1) {
      return List.of();
    }
    int[] sentence = c.sentence(moved.get(0).start());
    boolean allThere = days.stream().allMatch(d -> d.start() >= sentence[0]
        && d.start() < sentence[1]);
    return allThere && c.has(sentence, OF_MAINTENANCE) && !c.has(sentence, MOVED_BEFORE)
        ? moved : List.of();
  }

  /** A move that is not the current one: "eerder uitgesteld tot", "originally moved to". */
  private static final Pattern MOVED_BEFORE = Pattern.compile(NLB
      + "(?:eerder|eerst|oorspronkelijk|aanvankelijk|earlier|originally|previously|initially)"
      + NL);

  /**
   * The date a change takes effect, after a cue word ("per 1 juli 2026", "vanaf", "met ingang
   * van", "m.i.v.", "ingaande", "na", "as of", "as from", "effective", "starting", "stopt op",
   * "wordt uitgezet op", "gaat in op", "will be retired on") or before a change verb ("op 1
   * januari 2027 stopt de", "wordt op 1 maart vervangen").
   *
   * @return the first such date; empty when there is none, or when it is impossible
   */
  public static Optional<Found<LocalDate>> effectiveDate(String text, Instant anchor, ZoneId zone) {
    check(text, anchor, zone);
    String low = DateGrammar.foldDates(text);
    LocalDate today = anchor.atZone(zone).toLocalDate();
    if (!hasDigit(low)) {
      return firstWorkday(text, low, today).or(() -> releaseDate(text, low, today));
    }
    Optional<Found<LocalDate>> cued = effectiveDate(text, low, today, false)
        .or(() -> firstWorkday(text, low, today));
    // a date that opens its sentence without "op" counts only when no other date does: not the
    // dateline "3 december 2026" above "per 1 februari 2027 stopt de oude API"
    return cued.isPresent() ? cued : effectiveDate(text, low, today, true)
        .or(() -> releaseDate(text, low, today));
  }

  /**
   * A release's verb: "brengt … uit", "gaat live", "goes live", "wordt uitgebracht", "will be
   * released", "in gebruik nemen", "release(s)", "rolls out".
   */
  private static final Pattern RELEASE_VERB = Pattern.compile(NLB + "(?:(?:brengt|brengen)(?:"
      + SP + "[^\\s!?;]+){0,12}?" + SP + "uit|(?:gaat|gaan|goes|go)(?:" + SP
      + "[^\\s!?;]+){0,8}?" + SP + "live|live" + SP + "(?:gaat|gaan)|(?:wordt|worden|will" + SP
      + "be|is" + SP + "being)(?:" + SP + "[^\\s!?;]+){0,4}?" + SP + "(?:uitgebracht|uitgerold"
      + "|released|rolled" + SP + "out)|in" + SP + "gebruik" + SP + "(?:nemen|genomen)"
      + "|(?:komt|komen)(?:" + SP + "[^\\s!?;]+){0,6}?" + SP + "beschikbaar|(?:becomes?|will"
      + SP + "be)" + SP + "available|releases?|releasen|rolls?" + SP + "out)" + NL);

  /** What is released: a version ("a new fix goes live" releases none). */
  private static final Pattern A_VERSION = Pattern.compile(NLB + "(?:versie|version|release"
      + "|v\\d)");

  /**
   * What makes a release's sentence no announcement of it: it was done ("heeft … uitgebracht",
   * "was released", "went live"), is only tried out, or the sentence is about something said of
   * it ("op de hoogte", "release notes", "webinar", "details", "documentatie").
   */
  private static final Pattern NOT_A_RELEASE_TO_COME = Pattern.compile(NLB + "(?:(?:heeft"
      + "|hebben|had|hadden)(?:" + SP + "[\\p{L}]+){0,8}?" + SP + "(?:uitgebracht|uitgerold"
      + "|released)|(?:has|have|was|were)" + SP + "(?:been" + SP + ")?(?:released|rolled" + SP
      + "out)|live" + SP + "gegaan|went" + SP + "live|test\\p{L}*|op" + SP + "de" + SP
      + "hoogte|informeren|inform|details|webinar|release[-\\s]?notes|nieuwsbrief|newsletter"
      + "|publiceren|publish|share|delen|documentatie|documentation|handleiding|announced"
      + "|aangekondigd|aankondigden|received|ontvangen|following|naar" + SP + "aanleiding"
      + "|incident|storing)" + NL);

  /** Early in the week after this, the day in brackets: "begin volgende week (maandag)". */
  private static final Pattern EARLY_NEXT_WEEK = Pattern.compile(NLB + "(?:begin|early)" + SP
      + "(?:volgende|next)" + SP + "week" + OSP + "\\(" + OSP + "(?<wd>"
      + DateGrammar.FULL_WEEKDAYS + ")" + NL + OSP + "\\)");

  /** After a date, a thing becoming available: "op 1 april beschikbaar komt". */
  private static final Pattern COMES_AVAILABLE = Pattern.compile(SP + "beschikbaar" + SP
      + "(?:komt|komen)" + NL);

  /**
   * The day a release is announced for, when no cue names a date: in a sentence that announces
   * the release of a version to come ({@link #RELEASE_VERB}, {@link #A_VERSION}, not {@link
   * #NOT_A_RELEASE_TO_COME}), a date after "op" or "on" ("KVK brengt op maandag 8 juni een
   * nieuwe versie uit") or a weekday that says which week ("volgende week maandag", "komende
   * dinsdag", "next Monday", "begin volgende week (maandag)"; a bare weekday says none); or a
   * date after "op" that something becomes available on ("dat het veld al op 1 april 2026
   * beschikbaar komt"). Else none.
   */
  private static Optional<Found<LocalDate>> releaseDate(String text, String low,
      LocalDate today) {
    boolean release = RELEASE_VERB.matcher(low).find() && A_VERSION.matcher(low).find();
    if (!release && !low.contains("beschikbaar")) {
      return Optional.empty();
    }
    List<int[]> sentences = DateGrammar.sentences(text);
    Matcher d = DateGrammar.DATE.matcher(low);
    for (int pos = 0; Starts.DATE.find(d, low, pos); pos = d.end()) {
      int[] sentence = DateGrammar.sentenceOf(sentences, d.start());
      DateParts parts = DateGrammar.parts(d, "x", low, text);
      if (parts == null || !DateGrammar.precededBy(low, d.start(), ON_BEFORE, 4)
          || NOT_A_RELEASE_TO_COME.matcher(low).region(sentence[0], sentence[1]).find()) {
        continue;
      }
      int available = lookingAt(COMES_AVAILABLE, low, d.end()); // "beschikbaar komt", or 0
      if (available > 0 || announces(low, sentence)) {
        Matcher on = ON_BEFORE.matcher(low).region(Math.max(0, d.start() - 4), d.start());
        int from = on.useTransparentBounds(true).find() ? on.start() : d.start();
        String evidence = text.substring(from, d.end() + available).strip();
        // a date without a year that has just passed is that one, not next year's
        Optional<Found<LocalDate>> found = DateGrammar.onOrAfter(parts, today.minusMonths(3))
            .filter(x -> !x.isBefore(today)).map(x -> new Found<>(x, evidence));
        if (found.isPresent()) {
          return found;
        }
      }
    }
    if (!release) {
      return Optional.empty();
    }
    Matcher early = EARLY_NEXT_WEEK.matcher(low);
    if (early.find() && announces(low, DateGrammar.sentenceOf(sentences, early.start()))) {
      LocalDate day = DateGrammar.qualified(today, DateGrammar.weekday(early.group("wd")),
          DateGrammar.NEXT_WEEK);
      return Optional.of(new Found<>(day, text.substring(early.start(), early.end())));
    }
    Matcher w = DateGrammar.WDAY.matcher(low);
    while (w.find()) {
      String q = w.group("q") != null ? w.group("q") : w.group("q2");
      if (q == null || DateGrammar.followed(low, w.end(), DATE_AFTER_A_WEEKDAY)
          || !announces(low, DateGrammar.sentenceOf(sentences, w.start()))) {
        continue;
      }
      LocalDate day = DateGrammar.qualified(today, DateGrammar.weekday(w.group("wd")),
          DateGrammar.qualifier(q));
      return Optional.of(new Found<>(day, text.substring(w.start(), w.end()).strip()));
    }
    return Optional.empty();
  }

  /** The length {@code p} matches at {@code at} in {@code low}, or 0. */
  private static int lookingAt(Pattern p, String low, int at) {
    Matcher m = p.matcher(low).region(at, low.length());
    return m.lookingAt() ? m.end() - at : 0;
  }

  /** A date right after a weekday: "maandag 8 juni" is read as a date, not here. */
  private static final Pattern DATE_AFTER_A_WEEKDAY = Pattern.compile(",?" + SP + "\\d");

  /** Whether the sentence announces the release of a version to come. */
  private static boolean announces(String low, int[] sentence) {
    return RELEASE_VERB.matcher(low).region(sentence[0], sentence[1]).find()
        && A_VERSION.matcher(low).region(sentence[0], sentence[1]).find()
        && !NOT_A_RELEASE_TO_COME.matcher(low).region(sentence[0], sentence[1]).find();
  }

  /** "Vanaf de eerste werkdag van april", "from the first business day of April 2027". */
  private static final Pattern FIRST_WORKDAY = Pattern.compile(NLB + "(?:vanaf|per|met" + SP
      + "ingang" + SP + "van|from|as" + SP + "of|starting|effective)" + SP + "(?:de|the)"
      + SP + "(?:eerste|first)" + SP + "(?:werkdag|business" + SP + "day|working" + SP + "day)"
      + SP + "(?:van|of|in)" + SP + "(?<m>" + MONTH_WORDS + ")" + NL + "(?:" + SP
      + "(?<y>(?:19|20|21)\\d{2})(?!\\d))?", FLAGS);

  /** How many days back a holiday named without a date may lie: a report of one just past. */
  private static final int HOLIDAY_PAST = 7;

  /** What "werkdag" means in KVK's notices: the business days of its service levels. */
  private static final BusinessCalendar BUSINESS_DAYS =
      new BusinessCalendar(HolidayPolicy.termijnenwet());

  /**
   * The first business day of a month a change is said to take effect on ("Vanaf de eerste
   * werkdag van april"): of the year stated, else the first such day on or after {@code today}.
   */
  private static Optional<Found<LocalDate>> firstWorkday(String text, String low,
      LocalDate today) {
    if (!low.contains("eerste") && !low.contains("first")) {
      return Optional.empty();
    }
    Matcher m = FIRST_WORKDAY.matcher(low);
    if (!m.find()) {
      return Optional.empty();
    }
    int month = DateGrammar.month(m.group("m"));
    int year = m.group("y") != null ? Integer.parseInt(m.group("y")) : today.getYear();
    LocalDate day = firstBusinessDay(year, month);
    if (m.group("y") == null && day.isBefore(today)) {
      day = firstBusinessDay(year + 1, month);
    }
    return Optional.of(new Found<>(day, text.substring(m.start(), m.end()).strip()));
  }

  private static LocalDate firstBusinessDay(int year, int month) {
    LocalDate day = LocalDate.of(year, month, 1);
    while (!BUSINESS_DAYS.isBusinessDay(day)) {
      day = day.plusDays(1);
    }
    return day;
  }

  private static Optional<Found<LocalDate>> effectiveDate(String text, String low,
      LocalDate today, boolean bareOpenings) {
    Matcher m = DateGrammar.DATE.matcher(low);
    Optional<Found<LocalDate>> first = Optional.empty();
    List<int[]> sentences = null;
    for (int pos = 0; Starts.DATE.find(m, low, pos); pos = m.end()) {
      Optional<Found<LocalDate>> found = effectiveAt(m, text, low, today, bareOpenings);
      if (found.isEmpty()) {
        continue;
      }
      if (sentences == null) {
        sentences = DateGrammar.sentences(text);
      }
      int[] sentence = DateGrammar.sentenceOf(sentences, m.start());
      Matcher test = TEST_ENVIRONMENT.matcher(low).region(sentence[0], sentence[1]);
      if (test.find()) {
        continue; // "From 1 December 2026 you can try v2 in our test environment"
      }
      if (MOVED_CUE.matcher(found.get().evidence()).find()) {
        if (OTHER_THING_MOVED.matcher(low).region(sentence[0], m.start()).find()) {
          continue; // "KVK vervroegt het webinar over de nieuwe API naar 1 mei 2026"
        }
        return found; // "Eerder meldden wij 1 april. … gaan eerder in, namelijk op …"
      }
      if (first.isEmpty()) {
        first = found;
      }
    }
    return first;
  }

  private static final String MOVED_CUE_WORDS = "eerder|later|delayed|advanced|" + MOVE_WORDS + "|"
      + NEW_DATE;

  /** Words of a cue that moves a date: the date after it replaces any named before. */
  private static final Pattern MOVED_CUE = Pattern.compile(NLB + "(?:" + MOVED_CUE_WORDS + ")"
      + NL, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  /** Words that move a window, or make it longer or shorter: "extending the window by an hour". */
  private static final Pattern WINDOW_MOVED_CUE = Pattern.compile(NLB + "(?:" + MOVED_CUE_WORDS
      + "|verlengd|verlengen|ingekort|inkorten|extend(?:ed|ing)?|shorten(?:ed|ing)?"
      // "De downtime is nu van 11:00 tot 13:00", "it now runs from 02:00 to 06:00"
      + "|nu(?=" + SP + "van" + NL + ")|now(?=" + SP + "(?:runs" + SP + ")?from" + NL + ")"
      // "Venster nu 8u-13u", "the window is now 8h-13h", "Nieuw venster: 8u-13u"
      + "|" + DateGrammar.WINDOW_NAMES + "(?:" + SP + "is)?" + SP + "(?:nu|now)|(?:nieuwe?|new)"
      + SP + DateGrammar.WINDOW_NAMES + ")"
      + NL, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  /** The date {@code m} found, when a cue makes it the date a change takes effect. */
  private static Optional<Found<LocalDate>> effectiveAt(Matcher m, String text, String low,
      LocalDate today, boolean bareOpenings) {
    DateParts parts = DateGrammar.parts(m, "x", low, text);
    if (parts == null || (m.group("xnd") != null && parts.year() == null
        && parts.weekday() == null && !(DateGrammar.precededBy(low, m.start(), AS_OF_A_BARE_DAY)
            && DateGrammar.followed(low, m.end(), A_CHANGE_GOES_ON)))) {
      return Optional.empty();
    }
    int from = Math.max(0, m.start() - 80);
    Matcher before = EFFECTIVE_BEFORE.matcher(low);
    before.region(from, m.start());
    before.useTransparentBounds(true);
    Matcher verb = EFFECTIVE_VERB_BEFORE.matcher(low);
    verb.region(from, m.start());
    verb.useTransparentBounds(true);
    if (DateGrammar.precededBy(low, m.start(), NOT_THIS_DATE)) {
      return Optional.empty(); // "niet per 1 november maar per 1 december"
    }
    int start = before.find() ? before.start() : verb.find() ? verb.start() : -1;
    int end = m.end();
    if (start >= 0) {
      Matcher period = OF_A_TRANSITION.matcher(low).region(Math.max(0, start - 60), start);
      period.useTransparentBounds(true);
      if (period.find() && !DateGrammar.precededBy(low, period.start(), AFTER_THE_PERIOD, 40)) {
        return Optional.empty(); // "de overgangsperiode begint op 1 december 2026"
      }
    } else if (DateGrammar.precededBy(low, m.start(), OP_BEFORE)
        && DateGrammar.followed(low, m.end(), EFFECTIVE_AFTER)) {
      Matcher op = OP_BEFORE.matcher(low);
      op.region(Math.max(0, m.start() - 24), m.start());
      op.useTransparentBounds(true);
      op.find();
      start = op.start();
      Matcher after = EFFECTIVE_AFTER.matcher(low);
      after.region(m.end(), low.length());
      after.lookingAt();
      end = after.end();
    } else if (DateGrammar.precededBy(low, m.start(), ENTRY_OPENS, 8)
        && DateGrammar.followed(low, m.end(), ENTRY_TAKES_EFFECT)) {
      // "- 31 January 2027: v1 switched off" in a timeline; not an entry already past
      Matcher after = ENTRY_TAKES_EFFECT.matcher(low);
      after.region(m.end(), low.length());
      after.lookingAt();
      String evidence = text.substring(m.start(), after.end()).strip();
      return DateGrammar.onOrAfter(parts, today).filter(d -> !d.isBefore(today))
          .map(d -> new Found<>(d, evidence));
    } else if ((start = opening(low, m.start(), bareOpenings)) >= 0
        && DateGrammar.followed(low, m.end(), NOT_PAST)) {
      String evidence = text.substring(start, end).strip();
      return DateGrammar.onOrAfter(parts, today).filter(d -> !d.isBefore(today))
          .map(d -> new Found<>(d, evidence));
    } else if (bareOpenings && DateGrammar.precededBy(low, m.start(), TAKING_EFFECT)) {
      // "changes … taking effect May 3rd, 2027", only when no cue names a date and the sentence
      // names no date it replaces or calls off
      int[] sentence = DateGrammar.sentenceOf(DateGrammar.sentences(text), m.start());
      if (NOT_THE_DATE_NOW.matcher(low).region(sentence[0], sentence[1]).find()) {
        return Optional.empty();
      }
      Matcher cue = TAKING_EFFECT.matcher(low).region(Math.max(0, m.start() - 40), m.start());
      cue.useTransparentBounds(true);
      cue.find();
      String evidence = text.substring(cue.start(), end).strip();
      return DateGrammar.onOrAfter(parts, today).filter(d -> !d.isBefore(today))
          .map(d -> new Found<>(d, evidence));
    } else {
      return Optional.empty();
    }
    String evidence = text.substring(start, end).strip();
    return DateGrammar.onOrAfter(parts, today).map(d -> new Found<>(d, evidence));
  }

  /**
   * When an incident started, as the text states it: "Vanaf 08:25 uur", "sinds 09:05", "Sinds
   * vanochtend 07:10", "since 09:05", "from 08:25 (CEST)", "sinds maandag 15 september 08:25", or
   * the start of a range in past text ("between 14:02 and 14:47 UTC customers saw errors",
   * "tussen 09.10 en 09.55 uur konden klanten niet inloggen"). A time without a date is on the
   * anchor's local date, or the day before when that would be after the anchor. A date without a
   * time is not a start ("vanaf 1 september 2025" gives empty), nor is the start of a range still
   * to come ("vanaf 08:00 tot 12:00"), nor a time things work again from ("sinds 10:40 werkt alles
   * weer"). Without any of these, a start said as a time ago counts back from the anchor
   * ("Starting 20 minutes ago", "begon ongeveer een half uur geleden").
   */
  public static Optional<Found<Instant>> since(String text, Instant anchor, ZoneId zone) {
    return new Prepared(text, anchor, zone).since();
  }

  private static Optional<Found<Instant>> since(Context c) {
    if (c == null) {
      return Optional.empty();
    }
    String text = c.scan.text;
    Instant anchor = c.anchor;
    Scan scan = c.scan;
    int firstAt = Integer.MAX_VALUE;
    Optional<Found<Instant>> first = Optional.empty();
    Matcher m = SINCE.matcher(scan.shape);
    for (int pos = 0; SINCE_AT.find(m, scan.shape, pos); pos = m.end()) {
      if (continues(scan, m.end())) {
        continue;
      }
      Tok rel = m.start("rel") >= 0 ? scan.tok(m.start("rel")) : null;
      if (rel instanceof RelTok r && r.future()
          || rel instanceof WeekdayTok w && w.qualifier() != 0 && w.holiday() == null) {
        // "komende zondag" is ahead (a holiday may be one just past)
        continue;
      }
      TimeTok t = (TimeTok) scan.tok(m.start("st"));
      if (worksAgainFrom(c, t)) {
        continue;
      }
      Tok day = m.start("sd") >= 0 ? scan.tok(m.start("sd"))
          : m.start("sd2") >= 0 ? scan.tok(m.start("sd2")) : null;
      int start = scan.start(m.start());
      String evidence = text.substring(start, scan.end(m.end())).strip();
      firstAt = start;
      first = c.moment(t, day != null ? day : rel).filter(i -> !i.isAfter(anchor))
          .map(i -> new Found<>(i, evidence));
      break;
    }
    for (Span s : c.spans(false).list) {
      if (s.b == null || s.start >= firstAt) {
        continue;
      }
      Optional<Instant[]> past = c.pastRange(s);
      if (past.isPresent()) {
        return Optional.of(new Found<>(past.get()[0], text.substring(c.pastStart(s), s.end)
            .strip()));
      }
    }
    return first.isPresent() ? first
        : loggedStart(c).or(() -> began(c, c.spans(false), text, anchor));
  }

  /** A moment in a sentence that says something began then: "de storing om 06.50 uur begon". */
  private static Optional<Found<Instant>> began(Context c, Spans spans, String text,
      Instant anchor) {
    return firstMoment(c, spans, text, anchor, mo -> {
      int[] sentence = c.sentence(mo.start);
      return c.has(sentence, BEGAN) && !c.has(sentence, EXPECTATION) && !mo.fromCue()
          && !DateGrammar.precededBy(c.scan.low, mo.start, NOT_THEN); // "begon niet om 10:15"
    });
  }

  /** The first moment {@code which} accepts that lies at or before the anchor. */
  private static Optional<Found<Instant>> firstMoment(Context c, Spans spans, String text,
      Instant anchor, Predicate<Moment> which) {
    for (Moment mo : moments(c, spans)) {
      if (!which.test(mo)) {
        continue;
      }
      Optional<Instant> at = c.moment(mo.time, mo.day).filter(i -> !i.isAfter(anchor));
      if (at.isPresent()) {
        return Optional.of(new Found<>(at.get(), text.substring(mo.start, mo.end).strip()));
      }
    }
    return Optional.empty();
  }

  /**
   * How long after its start the text says the incident was over: "Na 45 minuten was alles
   * hersteld", "after about 40 minutes the service was restored"; empty when it says no such
   * thing.
   */
  public static Optional<Found<Duration>> recoveredAfter(String text) {
    Stated stated = DateGrammar.recoveredAfter(DateGrammar.fold(text));
    return stated == null ? Optional.empty() : Optional.of(new Found<>(stated.duration(),
        text.substring(stated.start(), stated.end()).strip()));
  }

  /**
   * When an incident ended, as a resolving update states it, at or before the anchor: a time
   * next to a resolution word ("om 10.20 uur verholpen", "is om 10:20 opgelost", "sinds 10:40
   * werkt alles weer", "vanaf 10.40 uur is alles weer beschikbaar", "the fix went live at 10:20
   * CEST", "resolved at 14:47 UTC"); else the end of a range in past text ("between 14:02 and
   * 14:47 UTC customers saw errors"); else "tot 11.05 uur" in past text ("tot 11.05 uur konden
   * klanten niet inloggen"). "Next to" is the nearest time after om, at, rond, omstreeks, around,
   * per, sinds, vanaf, since, from or as of (with an optional date or relative day) in the same
   * sentence, within 80 characters of the word; after sinds, vanaf, since, from and as of the
   * word must follow within three words that say nothing started ("die sinds 09:05 optrad, is
   * verholpen" gives nothing). A time without a date is on the anchor's local date, or the day
   * before when that would be after the anchor; a date without a year is the last on or before
   * the anchor's date; a stated moment after the anchor gives nothing. A sentence that expects
   * ("naar verwachting", "will", "zal") or denies ("nog niet opgelost") gives nothing.
   *
   * @param text the update's text
   * @param anchor when the update was published
   * @param zone the zone of times that state none (Europe/Amsterdam)
   * @return the moment, with the exact words it was read from as evidence; empty when the text
   *     states none
   */
  public static Optional<Found<Instant>> until(String text, Instant anchor, ZoneId zone) {
    return new Prepared(text, anchor, zone).until();
  }

  private static Optional<Found<Instant>> until(Context c) {
    if (c == null) {
      return Optional.empty();
    }
    Spans spans = c.spans(false);
    return until(c, spans, moments(c, spans), c.scan.text, c.anchor);
  }

  /**
   * The anchor a text is read from: {@code anchor}, or, when its wall-clock time occurs twice in
   * the zone (the hour the clocks go back), the later of the two. A page that dates its updates
   * in local time without an offset ("25 oktober 2026 02:45") may mean either; read from the
   * earlier, an end the update states ("since 01:30 UTC") would lie after the update itself.
   */
  private static Instant latest(Instant anchor, ZoneId zone) {
    LocalDateTime local = LocalDateTime.ofInstant(anchor, zone);
    ZoneOffsetTransition transition = zone.getRules().getTransition(local);
    if (transition == null || !transition.isOverlap()) {
      return anchor;
    }
    Instant later = local.atOffset(transition.getOffsetAfter()).toInstant();
    return later.isAfter(anchor) ? later : anchor;
  }

  /**
   * When an incident ended, as an update that is known to resolve it (its status word says so, or
   * it shows none) states it: what {@link #until} reads, else the first moment it names ("sinds
   * 08.00 uur geeft Naamgeving geen foutmeldingen meer", "re-delivered as of 10:00 CEST",
   * "gecorrigeerd om 15.00 uur") at or before the anchor, in a sentence that neither expects nor
   * says something began then ("die sinds 09:05 optrad", "began"), and not a time without a day
   * that lies later on the anchor's day.
   */
  public static Optional<Found<Instant>> resolvedAt(String text, Instant anchor, ZoneId zone) {
    return new Prepared(text, anchor, zone).resolvedAt();
  }

  private static Optional<Found<Instant>> resolvedAt(Context c) {
    if (c == null) {
      return Optional.empty();
    }
    Spans spans = c.spans(false);
    List<Moment> moments = moments(c, spans);
    Optional<Found<Instant>> stated = until(c, spans, moments, c.scan.text, c.anchor);
    if (stated.isPresent()) {
      return stated;
    }
    // under the update's own stamp, a moment in the stamp's clause ("Update 11:40: de levering is
    // om 11.25 uur alsnog klaargezet"), not after a "," or ";" ("Update 11:05: opgelost; a second
    // spike was reported at 10:15")
    Moment stamp = moments.stream().filter(mo -> ownStamp(c, mo)).findFirst().orElse(null);
    for (Moment mo : moments) {
      if (stamp != null && (mo == stamp
          || clauseBreak(c.scan.low.substring(stamp.end, mo.start)))) {
        continue;
      }
      int[] sentence = c.sentence(mo.start);
      // a timeline's line ("Update 14:20: we zoeken nog") is a moment only beside a resolution
      if (mo.cue().equals("update") || has(c.scan.low, expectedIn(c, mo, sentence), EXPECTATION)
          || c.has(sentence, BEGAN)
          || DateGrammar.precededBy(c.scan.low, mo.start, NOT_THEN)) {
        continue; // "stonden niet om 14:00u maar pas om 14:35u klaar": not 14:00
      }
      Optional<Instant> at = c.moment(mo.time, mo.day).filter(i -> !i.isAfter(c.anchor));
      if (at.isPresent() && (mo.day != null || !laterToday(mo.time, c.anchor, c.zone))) {
        return Optional.of(new Found<>(at.get(),
            c.scan.text.substring(mo.start, mo.end).strip()));
      }
    }
    return Optional.empty();
  }

  /**
   * The end a correction gives where it denies the end stated before, {@code denied}: the moment
   * after the denial and a "maar" or "but" ("stonden niet om 14:00u maar pas om 14:35u klaar":
   * 14:35), else the moment right before it in its sentence ("the backlog was only fully cleared
   * at 16:10 CEST, not at 15:30 as we wrote earlier": 16:10); empty when it denies no moment that
   * is {@code denied}, read against {@code anchor}.
   */
  public static Optional<Found<Instant>> correctedEnd(String text, Instant anchor, ZoneId zone,
      Instant denied) {
    Context c = new Prepared(text, anchor, zone).context();
    if (c == null) {
      return Optional.empty();
    }
    List<Moment> moments = moments(c, c.spans(false));
    for (int i = 0; i < moments.size(); i++) {
      Moment mo = moments.get(i);
      if (!DateGrammar.precededBy(c.scan.low, mo.start, NOT_THEN)
          || !c.moment(mo.time, mo.day).equals(Optional.of(denied))) {
        continue;
      }
      int[] sentence = c.sentence(mo.start);
      Moment next = i + 1 < moments.size() ? moments.get(i + 1) : null;
      Moment before = i > 0 ? moments.get(i - 1) : null;
      Moment given = next != null && next.end <= sentence[1]
          && TURN.matcher(c.scan.low).region(mo.end, next.start).find() ? next
          : before != null && before.start >= sentence[0]
              && !DateGrammar.precededBy(c.scan.low, before.start, NOT_THEN) ? before : null;
      if (given == null) {
        return Optional.empty();
      }
      String evidence = c.scan.text.substring(Math.min(given.start, mo.start),
          Math.max(given.end, mo.end)).strip(); // "at 16:10 CEST, not at 15:30"
      return c.moment(given.time, given.day).filter(at -> !at.isAfter(c.anchor))
          .map(at -> new Found<>(at, evidence));
    }
    return Optional.empty();
  }

  /** A word that turns to what is so: "niet om 14:00 maar om 14:35", "not at 14:00 but at". */
  private static final Pattern TURN = Pattern.compile(NLB + "(?:maar|but)" + NL);

  /** Whether a time without a day lies after the anchor on its day: still to come, not past. */
  private static boolean laterToday(TimeTok t, Instant anchor, ZoneId zone) {
    ZoneId in = t.zone() != null ? t.zone() : zone;
    int now = anchor.atZone(in).toLocalTime().toSecondOfDay() / 60;
    return t.minutes(false) > now;
  }

  /** The moments a text names ("om 10.20 uur", "sinds 10:40"), outside its ranges. */
  private static List<Moment> moments(Context c, Spans spans) {
    Scan scan = c.scan;
    List<Moment> moments = new ArrayList<>();
    Matcher mm = MOMENT.matcher(scan.shape);
    for (int pos = 0; MOMENT_AT.find(mm, scan.shape, pos); pos = mm.end()) {
      if (spans.used[scan.index(mm.start("st"))] || continues(scan, mm.end())) {
        continue;
      }
      Tok day = mm.start("sd") >= 0 ? scan.tok(mm.start("sd"))
          : mm.start("sd2") >= 0 ? scan.tok(mm.start("sd2"))
          : mm.start("rel") >= 0 ? scan.tok(mm.start("rel"))
          : mm.start("pd") >= 0 ? scan.tok(mm.start("pd")) : null;
      moments.add(new Moment(scan.start(mm.start()), scan.end(mm.end()),
          (TimeTok) scan.tok(mm.start("st")), day, mm.group("cue")));
    }
    return moments;
  }

  private static Optional<Found<Instant>> until(Context c, Spans spans, List<Moment> moments,
      String text, Instant anchor) {
    Logged log = loggedEnd(c, spans);
    Scan scan = c.scan;
    Optional<Found<Instant>> first = Optional.empty();
    boolean step = false;
    for (int[] r : c.resolved()) {
      first = resolution(c, spans, moments, text, anchor, log, r);
      if (first.isPresent()) {
        step = STEP_TAKEN.matcher(scan.low).region(r[0], r[1]).matches();
        break;
      }
    }
    if (step) {
      // words that the trouble is over, at a later time than a step taken: "Update 9u05: KVK
      // heeft een wijziging teruggedraaid. Update 9u30: storing verholpen" ended at 9u30
      for (int[] r : c.resolved()) {
        if (STEP_TAKEN.matcher(scan.low).region(r[0], r[1]).matches()) {
          continue;
        }
        Optional<Found<Instant>> over = resolution(c, spans, moments, text, anchor, log, r);
        if (over.isPresent() && over.get().value().isAfter(first.get().value())) {
          return over;
        }
      }
    }
    if (first.isPresent()) {
      return first;
    }
    if (log.end().isPresent()) {
      return log.end();
    }
    for (Span s : spans.list) {
      if (s.b == null) {
        continue;
      }
      Optional<Instant[]> past = c.pastRange(s);
      if (past.isPresent()) {
        return Optional.of(new Found<>(past.get()[1], text.substring(c.pastStart(s), s.end)
            .strip()));
      }
    }
    Matcher e = END_LABEL.matcher(scan.shape);
    while (e.find()) {
      int start = scan.start(e.start());
      if (c.has(c.sentence(start), EXPECTATION)) {
        continue;
      }
      TimeTok t = (TimeTok) scan.tok(e.start("st"));
      Tok day = e.start("sd") >= 0 ? scan.tok(e.start("sd")) : null;
      Optional<Instant> at = c.moment(t, day).filter(i -> !i.isAfter(anchor));
      if (at.isPresent()) {
        return Optional.of(new Found<>(at.get(), text.substring(start, scan.end(e.end())).strip()));
      }
    }
    Matcher u = UNTIL_TIME.matcher(scan.shape);
    for (int pos = 0; UNTIL_AT.find(u, scan.shape, pos); pos = u.end()) {
      if (spans.used[scan.index(u.start("st"))] || continues(scan, u.end())) {
        continue;
      }
      int start = scan.start(u.start());
      int[] sentence = c.sentence(start);
      if (!c.has(sentence, PAST) || c.has(sentence, EXPECTATION)) {
        continue;
      }
      TimeTok t = (TimeTok) scan.tok(u.start("st"));
      Tok day = u.start("sd") >= 0 ? scan.tok(u.start("sd")) : null;
      String evidence = text.substring(start, scan.end(u.end())).strip();
      Optional<Instant> at = c.moment(t, day).filter(i -> !i.isAfter(anchor));
      if (at.isPresent()) {
        return Optional.of(new Found<>(at.get(), evidence));
      }
    }
    return Optional.empty();
  }

  /**
   * The moment the resolution words at {@code r} state, as {@link #until} reads them: a time
   * beside them, else the nearest in their sentence; empty when there is none or they are denied,
   * expected or before a log that states its own end.
   */
  private static Optional<Found<Instant>> resolution(Context c, Spans spans, List<Moment> moments,
      String text, Instant anchor, Logged log, int[] r) {
    Scan scan = c.scan;
    if (r[0] < log.after()) {
      return Optional.empty(); // one stated after the log ("Update: … finally resolved at 16:40")
    }
    int[] sentence = c.sentence(r[0]);
    if (DateGrammar.precededBy(scan.low, r[0], NEGATED) || c.has(sentence, EXPECTATION)
        || scan.low.substring(sentence[0], sentence[1]).strip().endsWith("?")) {
      return Optional.empty(); // "Werkt de KVK API weer sinds 10:00? Nee, helaas nog niet."
    }
    Moment best = beside(c, spans, r, true); // "opgelost 12u05 (gemeld om 11u30)"
    int bestDistance = best == null ? Integer.MAX_VALUE : 0;
    boolean stamped = false; // "Update 11:05: opgelost, om 10:15 zagen wij nog een piek"
    int fromCues = 0; // "De KVK API is weer bereikbaar sinds 10:00, de Dataservice sinds 11:40"
    for (Moment mo : moments) {
      if (mo.start >= sentence[0] && mo.end <= sentence[1]) {
        stamped |= ownStamp(c, mo);
        fromCues += mo.fromCue() ? 1 : 0;
      }
    }
    for (Moment mo : best != null ? List.<Moment>of() : moments) {
      if (mo.start < sentence[0] || mo.end > sentence[1]) {
        continue;
      }
      boolean before = mo.end <= r[0];
      int distance = before ? r[0] - mo.end : mo.start - r[1];
      if (distance < 0 || distance > 80 || ownStamp(c, mo)) {
        continue;
      }
      // "sinds 10:40 werkt alles weer", "Alles is weer bereikbaar sinds 23.45 uur" (the one such
      // time in its sentence)
      boolean worksAgainThen = before ? worksAgain(scan.low, mo.end, r[0])
          : fromCues == 1 && scan.low.substring(r[1], mo.start).isBlank();
      // under the update's own stamp, another moment only in the clause of the words ("Update
      // 11:40: de levering is om 11.25 uur alsnog klaargezet"; not "Update 11:05: opgelost, om
      // 10:15 zagen wij nog een tweede piek")
      String between = before ? scan.low.substring(mo.end, r[0])
          : scan.low.substring(r[1], mo.start);
      if (mo.fromCue() && !worksAgainThen
          || stamped && !mo.fromCue() && clauseBreak(between)
          || DateGrammar.precededBy(scan.low, mo.start, NOT_THEN)
          || DateGrammar.precededBy(scan.low, mo.start, REPORTED_THEN)) {
        continue; // "restored not at 14:00 but at 14:35": not 14:00
      }
      if (distance < bestDistance) {
        best = mo;
        bestDistance = distance;
      }
    }
    if (best == null) {
      best = beside(c, spans, r, false);
    }
    if (best == null) {
      return Optional.empty();
    }
    Optional<Instant> at = best.day == null ? endOfADatedRange(c, spans, best.time,
        best.time.zone()) : null;
    if (at == null || at.isEmpty()) {
      at = c.moment(best.time, best.day).filter(i -> !i.isAfter(anchor));
    }
    if (at.isPresent()) {
      int from = Math.min(best.start, r[0]);
      int to = Math.max(best.end, r[1]);
      return Optional.of(new Found<>(at.get(), text.substring(from, to).strip()));
    }
    return Optional.empty();
  }

  /**
   * Whether {@code mo} is the update's own time stamp opening its text ("Update 11:05: Status:
   * opgelost. Sinds 10.50 uur …", written at 11:05), not a moment of a timeline written into it.
   */
  private static boolean ownStamp(Context c, Moment mo) {
    return mo.cue().equals("update") && mo.day() == null
        && c.scan.text.substring(0, mo.start()).isBlank()
        && mo.time().minutes(false) == c.now.getHour() * 60 + c.now.getMinute();
  }

  /** Between words of a resolution and a time right after them: "opgelost 12u05", "weer (11:55". */
  private static final Pattern BESIDE_AFTER = Pattern.compile("[\\s\\u00A0]*\\(?[\\s\\u00A0]*");

  /**
   * What before a time says it is not when things were resolved: a start's cue ("Storing van
   * 09:15 opgelost", "since"), a label ("Start: 09:15 Opgelost").
   */
  private static final Pattern NOT_A_RESOLUTION_TIME = Pattern.compile("(?:(?<![\\p{L}])(?:van"
      + "|vanaf|sinds|from|since|gemeld|reported|vanochtend|vanmiddag|vanavond|this" + SP
      + "morning)|:)" + OSP + "$");

  /** What makes a number of hours a length: "2 uur geleden", "2 hours ago", "2 uur lang". */
  private static final Pattern DURATION_AFTER = Pattern.compile(
      "[\\s\\u00A0]*(?:geleden|ago|lang|long)" + NL);

  /**
   * Between a time and words of a resolution after it: "16u00 opgelost", "14:05: hersteld", "11:15
   * definitief opgelost".
   */
  private static final Pattern BESIDE_BEFORE = Pattern.compile("[\\s\\u00A0]*:?[\\s\\u00A0]*"
      + "(?:(?:definitief|volledig|helemaal|geheel|fully|completely|finally)[\\s\\u00A0]+)?");

  /**
   * A time that stands right {@code after} (else right before) words of a resolution {@code r},
   * without a cue, in a short closing line: "Storing opgelost 12u05", "Inloggen werkt weer
   * (11:55)", "ma 18/5 16u00 opgelost" (with the day right before the time); null when there is
   * none, when the time is part of a range or a length ("2 uur geleden"), or when a time before
   * the words follows a start's cue or a label ("Storing van 09:15 opgelost", "Start: 09:15
   * Opgelost").
   */
  private static Moment beside(Context c, Spans spans, int[] r, boolean after) {
    Scan scan = c.scan;
    List<Tok> toks = scan.toks;
    Moment before = null;
    for (int i = 0; i < toks.size(); i++) {
      Tok t = toks.get(i);
      if (!(t instanceof TimeTok time) || spans.used[i]
          || DURATION_AFTER.matcher(scan.low).region(t.end(), scan.low.length()).lookingAt()) {
        continue; // "hersteld, 2 uur geleden": a length, not a time
      }
      if (after && t.start() >= r[1]
          && BESIDE_AFTER.matcher(scan.text).region(r[1], t.start()).matches()) {
        int end = t.end() < scan.text.length() && scan.text.charAt(t.end()) == ')' ? t.end() + 1
            : t.end();
        return new Moment(r[0], end, time, null, "beside"); // after the words: theirs
      }
      if (!after && t.end() <= r[0]
          && BESIDE_BEFORE.matcher(scan.text).region(t.end(), r[0]).matches()) {
        Tok day = i > 0 && isDay(toks.get(i - 1)) && scan.text.substring(toks.get(i - 1).end(),
            t.start()).isBlank() ? toks.get(i - 1) : null;
        int from = day != null ? day.start() : t.start();
        if (!DateGrammar.precededBy(scan.low, from, NOT_A_RESOLUTION_TIME, 20)) {
          before = new Moment(from, r[1], time, day, "beside");
        }
      }
    }
    return before;
  }

  /**
   * The end a log written into the update states: of at least {@value #LOG_LINES} lines "time -
   * what happened" (each up to its line break or sentence end), the last line that says the
   * incident is resolved and expects nothing ("16:05 - Error rates back at baseline; incident
   * resolved"), at its time in the zone the log states ("Timeline (all times UTC)") or its own, on
   * the day of a past range ending then ("between 13:58 and 16:05 UTC" on a named day), else on
   * the anchor's day if not after the anchor; none when there is none. A resolution stated after
   * the log comes first (see {@link #until(Context, Spans, List, String, Instant)}).
   */
  private static Logged loggedEnd(Context c, Spans spans) {
    Scan scan = c.scan;
    List<int[]> lines = logLines(c);
    if (lines.size() < LOG_LINES) {
      return new Logged(Optional.empty(), 0);
    }
    int after = lines.get(lines.size() - 1)[2];
    ZoneId logZone = logZone(scan);
    for (int i = lines.size() - 1; i >= 0; i--) {
      int from = lines.get(i)[1];
      int to = Math.min(lines.get(i)[2],
          i + 1 < lines.size() ? scan.start(lines.get(i + 1)[0]) : scan.text.length());
      if (has(scan.low, new int[] {from, to}, EXPECTATION)) {
        continue; // "15:00 - we expect this to be resolved by 18:00"
      }
      int said = -1; // where the line's last word of a resolution ends
      for (int[] r : c.resolved()) {
        if (r[0] >= from && r[1] <= to && !DateGrammar.precededBy(scan.low, r[0], NEGATED)) {
          said = r[1];
        }
      }
      if (said < 0) {
        continue;
      }
      TimeTok t = (TimeTok) scan.tok(lines.get(i)[0]);
      ZoneId zone = t.zone() != null ? t.zone() : logZone;
      Optional<Instant> at = endOfADatedRange(c, spans, t, zone);
      if (at.isEmpty()) {
        at = onTheAnchorsDay(c, t, zone);
      }
      String evidence = scan.text.substring(t.start(), said).strip();
      return new Logged(at.map(x -> new Found<>(x, evidence)), after);
    }
    return new Logged(Optional.empty(), after);
  }

  /**
   * The lines of a log written into the update ({@link #LOG_LINE}), each as [its time's shape
   * index, its words' start, its words' end (its line break or sentence end)].
   */
  private static List<int[]> logLines(Context c) {
    Scan scan = c.scan;
    Matcher m = LOG_LINE.matcher(scan.shape);
    List<int[]> lines = new ArrayList<>();
    while (m.find()) {
      int from = scan.start(m.end() - 1) + 1;
      int sentenceEnd = c.sentence(from)[1];
      int lineEnd = scan.text.indexOf('\n', from);
      lines.add(new int[] {m.start(), from, lineEnd < 0 ? sentenceEnd
          : Math.min(lineEnd, sentenceEnd)});
    }
    return lines;
  }

  /** The zone a log states for its times ({@link #LOG_ZONE}), or null. */
  private static ZoneId logZone(Scan scan) {
    Matcher zoneWords = LOG_ZONE.matcher(scan.low);
    return zoneWords.find() ? ZoneAbbreviations.stated(zoneWords.group("z")).orElse(null) : null;
  }

  /** A log's time {@code t} on the anchor's day in {@code zone}, if that is not after it. */
  private static Optional<Instant> onTheAnchorsDay(Context c, TimeTok t, ZoneId zone) {
    if (t.minutes(false) < 0 || !t.zoneValid()) {
      return Optional.empty();
    }
    LocalDate day = c.anchor.atZone(zone != null ? zone : c.zone).toLocalDate();
    return Optional.of(DateGrammar.instant(day.atStartOfDay().plusMinutes(t.minutes(false)),
        zone, c.zone)).filter(x -> !x.isAfter(c.anchor));
  }

  /**
   * The start a log written into the update states: of at least {@value #LOG_LINES} lines, the
   * first, when its words tell of the trouble or of its notice and expect nothing ("08:55 storing
   * geconstateerd, zoekopdrachten gaven deels een foutmelding", then "09:05 leverancier
   * ingeschakeld", "09:48 opgelost"), at its time on the anchor's day in the log's zone, not after
   * the anchor; none when there is none, when the text names a day other than the anchor's (a
   * report of "donderdag 5 maart", "Overzicht van gisteren", "Morgenochtend voeren wij een
   * herstelactie uit:"), or when the words that open the log expect ("Wij zullen de volgende
   * stappen uitvoeren:").
   */
  private static Optional<Found<Instant>> loggedStart(Context c) {
    Scan scan = c.scan;
    List<int[]> lines = logLines(c);
    if (lines.size() < LOG_LINES) {
      return Optional.empty();
    }
    for (Tok t : scan.toks) {
      if (!isDay(t)) {
        continue;
      }
      DayRef day = c.day(t);
      if (day == null || !c.today.equals(day.first) && !c.today.equals(day.second)) {
        return Optional.empty();
      }
    }
    int[] first = lines.get(0);
    int[] words = {first[1], Math.min(first[2], scan.start(lines.get(1)[0]))};
    TimeTok t = (TimeTok) scan.tok(first[0]);
    int[] opening = {c.sentence(t.start())[0], t.start()};
    if (!has(scan.low, words, LOG_TROUBLE) || has(scan.low, words, EXPECTATION)
        || has(scan.low, opening, EXPECTATION)) {
      return Optional.empty();
    }
    return onTheAnchorsDay(c, t, t.zone() != null ? t.zone() : logZone(scan))
        .map(at -> new Found<>(at, scan.text.substring(t.start(), words[1]).strip()));
  }

  /** A log's end, if it states one, and where the log's last line ends in the text. */
  private record Logged(Optional<Found<Instant>> end, int after) {}

  /**
   * The end of a past range in the text whose end is the clock time {@code t} names, on the
   * range's day: "Between 07:12 and 09:48 UTC on 3 March 2026 … the issue was fully resolved at
   * 09:48 UTC" was resolved on 3 March, not on the day the report was written; else empty.
   */
  private static Optional<Instant> endOfADatedRange(Context c, Spans spans, TimeTok t,
      ZoneId zone) {
    for (Span s : spans.list) {
      if (s.b() != null && s.b().minutes(true) == t.minutes(true)
          && Objects.equals(s.zone(), zone)) {
        Optional<Instant[]> past = c.pastRange(s);
        if (past.isPresent()) {
          return Optional.of(past.get()[1]);
        }
      }
    }
    return Optional.empty();
  }

  /**
   * Every calendar date the text mentions, in order, e.g. the four dates of "op 15 maart, 21
   * juni, 18 oktober en 13 december 2025", the two of a night, a dated weekend or a pair of
   * consecutive days of one month ("7/8 maart", "13-14 juni"). In a list a date
   * without a year takes the year of the next date (the year before when that would put it after
   * the next date); otherwise a date without a year is the first on or after the anchor's local
   * date. Impossible dates and dates whose weekday does not match are left out.
   */
  public static List<LocalDate> dates(String text, Instant anchor, ZoneId zone) {
    check(text, anchor, zone);
    if (!hasDigit(text) && !hasDigit(DateGrammar.foldDates(text))) { // "twaalf december"
      return List.of();
    }
    Scan scan = Scan.of(text);
    Context c = new Context(scan, anchor, zone);
    LocalDate today = c.today;
    // pairOf: the first day of a pair, in the month and year of the day that follows it
    record Mention(int start, int end, DateParts parts, LocalDate fixed, boolean pairOf) {}
    List<Mention> mentions = new ArrayList<>();
    for (Tok t : scan.toks) {
      if (t instanceof NightTok n) {
        DayRef night = c.night(n);
        if (night != null) {
          mentions.add(new Mention(n.start(), n.start(), null, night.first, false));
          mentions.add(new Mention(n.start(), n.end(), null, night.second, false));
        }
      } else if (t instanceof WeekendTok w && w.relative() == 0) {
        DayRef weekend = c.weekend(w);
        if (weekend != null) {
          mentions.add(new Mention(w.start(), w.start(), null, weekend.first, false));
          mentions.add(new Mention(w.start(), w.end(), null, weekend.second, false));
        }
      } else if (t instanceof DateTok d) {
        mentions.add(new Mention(d.start(), d.end(), d.parts(), null, false));
      }
    }
    Matcher pair = DAY_PAIR.matcher(scan.low);
    boolean pairs = false;
    while (pair.find()) {
      int first = Integer.parseInt(pair.group("a"));
      int second = Integer.parseInt(pair.group("b"));
      if (second == first + 1 && !overlapsToken(scan, pair.start(), pair.end())) {
        int month = DateGrammar.month(pair.group("m"));
        Integer year = pair.group("y") == null ? null : Integer.valueOf(pair.group("y"));
        mentions.add(new Mention(pair.start(), pair.start(),
            new DateParts(first, month, null, null), null, true));
        mentions.add(new Mention(pair.start(), pair.end(),
            new DateParts(second, month, year, null), null, false));
        pairs = true;
      }
    }
    if (pairs) {
      mentions.sort(Comparator.comparingInt(Mention::start).thenComparingInt(Mention::end));
    }
    int size = mentions.size();
    LocalDate[] resolved = new LocalDate[size];
    Integer[] years = new Integer[size]; // stated or carried, never inferred
    for (int i = size - 1; i >= 0; i--) {
      Mention mention = mentions.get(i);
      if (mention.fixed != null) {
        resolved[i] = mention.fixed;
        continue;
      }
      DateParts p = mention.parts;
      if (mention.pairOf) {
        resolved[i] = resolved[i + 1] == null ? null
            : DateGrammar.exact(p, resolved[i + 1].getYear()).orElse(null);
        years[i] = years[i + 1];
      } else if (p.year() != null) {
        resolved[i] = DateGrammar.exact(p, p.year()).orElse(null);
        years[i] = p.year();
      } else if (i + 1 < size && years[i + 1] != null && resolved[i + 1] != null
          && LIST_GAP.matcher(text.substring(mention.end, mentions.get(i + 1).start)).matches()) {
        int year = years[i + 1];
        Optional<LocalDate> d = DateGrammar.exact(p, year);
        if (d.isPresent() && d.get().isAfter(resolved[i + 1])) {
          year--;
          d = DateGrammar.exact(p, year);
        }
        resolved[i] = d.orElse(null);
        years[i] = year;
      } else {
        resolved[i] = DateGrammar.onOrAfter(p, today).orElse(null);
      }
    }
    List<LocalDate> out = new ArrayList<>();
    for (LocalDate d : resolved) {
      if (d != null) {
        out.add(d);
      }
    }
    return List.copyOf(out);
  }

  /** The opening of a sentence before its day: "On ", "Op ", a heading's "Summary ". */
  private static final Pattern OPENS_ON = Pattern.compile("[\\s\\u00A0]*(?:\\p{L}+[\\s\\u00A0]+)?"
      + "(?:on|op)[\\s\\u00A0]+");

  /** Right before a day: "op", "on". */
  private static final Pattern ON_BEFORE = Pattern.compile(NLB + "(?:op|on)" + SP + "$");

  /** A week by its number, said of when: "in week 12", "tijdens week 41" (not "vorige week 10"). */
  private static final Pattern WEEK_NUMBER = Pattern.compile(NLB + "(?:in|op|tijdens|during|van)"
      + SP + "(?:week|wk)\\.?" + SP + "(?<n>\\d{1,2})(?![\\p{N}:.]\\d|[\\p{N}])", FLAGS);

  /**
   * The Monday of ISO week {@code n} (ISO 8601, as Dutch calendars number weeks): of the week-based
   * year of {@code today}; of the next only for an early week said late in the year ("week 2" in
   * December); null for a week that has passed or does not exist.
   */
  static LocalDate weekMonday(int n, LocalDate today) {
    LocalDate thisMonday = today.with(DayOfWeek.MONDAY);
    int year = today.get(IsoFields.WEEK_BASED_YEAR);
    for (int y = year; y <= year + 1; y++) {
      LocalDate week1 = LocalDate.of(y, 1, 4).with(DayOfWeek.MONDAY);
      long weeks = IsoFields.WEEK_OF_WEEK_BASED_YEAR.rangeRefinedBy(week1)
          .getMaximum();
      if (n < 1 || n > weeks) {
        continue;
      }
      LocalDate monday = week1.plusWeeks(n - 1L);
      if (!monday.isBefore(thisMonday)) {
        return monday;
      }
      if (monday.isBefore(thisMonday.minusWeeks(26))) {
        continue; // "week 2" said in December: next year's
      }
      return null;
    }
    return null;
  }

  /** Whether any token of the scan overlaps {@code [start, end)}. */
  private static boolean overlapsToken(Scan scan, int start, int end) {
    for (Tok t : scan.toks) {
      if (t.start() < end && start < t.end()) {
        return true;
      }
    }
    return false;
  }

  /**
   * A text prepared for the grammar against one anchor and zone: scanned once (its tokens,
   * shape, sentences and spans) and each of {@link #window}, {@link #since}, {@link #until} and
   * {@link #effectiveDate} read once, however often it is asked. The classifier asks several of
   * them of one update (the window announced ahead, then the window; since and until of a
   * resolving update), and a scan is the dearest part of reading. Not thread-safe: one is made
   * for one reading of a post and dropped with it.
   */
  static final class Prepared {
    private final String text;
    private final Instant anchor;
    private final ZoneId zone;
    /** The text scanned; null when it holds no time, or before it is first needed. */
    private Context context;
    private boolean scanned;
    private Optional<Found<Window>> window;
    private Optional<Found<Window>> looseWindow;
    private Optional<Found<Window>> todaysWindow;
    private Optional<Found<Instant>> resolvedAt;
    private Optional<Found<Instant>> since;
    private Optional<Found<Instant>> until;
    private Optional<Found<LocalDate>> effectiveDate;

    Prepared(String text, Instant anchor, ZoneId zone) {
      check(text, anchor, zone);
      this.text = text;
      this.anchor = latest(anchor, zone);
      this.zone = zone;
    }

    /** As {@link DateExpressions#window(String, Instant, ZoneId)}. */
    Optional<Found<Window>> window() {
      if (window == null) {
        window = DateExpressions.window(context());
      }
      return window;
    }

    /** As {@link DateExpressions#looseWindow(String, Instant, ZoneId)}. */
    Optional<Found<Window>> looseWindow() {
      if (looseWindow == null) {
        looseWindow = DateExpressions.looseWindow(context(), false);
      }
      return looseWindow;
    }

    /** As {@link DateExpressions#todaysWindow(String, Instant, ZoneId)}. */
    Optional<Found<Window>> todaysWindow() {
      if (todaysWindow == null) {
        todaysWindow = DateExpressions.looseWindow(context(), true);
      }
      return todaysWindow;
    }

    /**
     * As {@link #window()}, else {@link #looseWindow()}, with a weekday alone that the text gives
     * no date for read as the next such day on or after the update's ("maintenance on the KVK API
     * between 10pm Saturday and 2am Sunday", written on Monday 12 January: 17 to 18 January).
     * Weaker than the title's day ("Onderhoud KVK Dataservice za 8-3" over "zaterdag tussen
     * 08.00 en 12.00 uur"), which a notice relayed weeks ahead names.
     */
    Optional<Found<Window>> windowOnTheNextWeekday() {
      Context c = context();
      if (c == null || !c.scan.has(DateGrammar.M_WDAY)) {
        return Optional.empty();
      }
      Context next = new Context(c.scan, c.anchor, c.zone, true);
      Optional<Found<Window>> found = DateExpressions.window(next);
      return found.isPresent() ? found : DateExpressions.looseWindow(next, false);
    }

    /**
     * {@code earlier}, a window an earlier update stated, with the end or start this text states
     * without a day ("De eindtijd is 11.00 uur in plaats van 12.00 uur"); empty when it states
     * neither.
     */
    Optional<Found<Window>> amend(Window earlier) {
      return DateExpressions.amend(context(), earlier);
    }

    /** As {@link DateExpressions#movedTo(String, Instant, ZoneId, LocalTime)}. */
    Optional<Found<LocalDate>> movedTo(LocalTime start) {
      return DateExpressions.movedTo(text, anchor, zone, start);
    }

    /** As {@link DateExpressions#wholeDays(String, Instant, ZoneId)}. */
    Optional<Found<Window>> wholeDays() {
      return DateExpressions.wholeDays(text, anchor, zone);
    }

    /** As {@link DateExpressions#resolvedAt(String, Instant, ZoneId)}. */
    Optional<Found<Instant>> resolvedAt() {
      if (resolvedAt == null) {
        resolvedAt = DateExpressions.resolvedAt(context());
      }
      return resolvedAt;
    }

    /** As {@link DateExpressions#since(String, Instant, ZoneId)}. */
    Optional<Found<Instant>> since() {
      if (since == null) {
        since = DateExpressions.since(context());
        if (since.isEmpty()) { // "Starting 20 minutes ago", "begon een half uur geleden"
          Stated ago = DateGrammar.ago(DateGrammar.fold(text));
          since = ago == null ? Optional.empty() : Optional.of(new Found<>(
              anchor.minus(ago.duration()), text.substring(ago.start(), ago.end()).strip()));
        }
      }
      return since;
    }

    /**
     * A moment the text says something began at ("Om 14.10 uur viel de verbinding weg", "de
     * storing om 06.50 uur begon"): a start, never an end.
     */
    Optional<Found<Instant>> began() {
      Context c = context();
      return c == null ? Optional.empty()
          : DateExpressions.began(c, c.spans(false), c.scan.text, anchor);
    }

    /**
     * The moment right after words of what went wrong first ({@link #FIRST_TROUBLE_BEFORE}), at
     * or before the anchor: for an update that corrects the start.
     */
    Optional<Found<Instant>> firstTrouble() {
      Context c = context();
      return c == null ? Optional.empty() : firstMoment(c, c.spans(false), text, anchor,
          mo -> DateGrammar.precededBy(c.scan.low, mo.start, FIRST_TROUBLE_BEFORE));
    }

    /** As {@link DateExpressions#until(String, Instant, ZoneId)}. */
    Optional<Found<Instant>> until() {
      if (until == null) {
        until = DateExpressions.until(context());
      }
      return until;
    }

    /** As {@link DateExpressions#effectiveDate(String, Instant, ZoneId)}. */
    Optional<Found<LocalDate>> effectiveDate() {
      if (effectiveDate == null) {
        effectiveDate = DateExpressions.effectiveDate(text, anchor, zone);
      }
      return effectiveDate;
    }

    private Context context() {
      if (!scanned) {
        context = timed(text, anchor, zone);
        scanned = true;
      }
      return context;
    }
  }

  // -------------------------------------------------------------------------------- spans

  /**
   * Times as the text groups them: a range or a start, with the days its own words give
   * ({@code startDay}, {@code endDay}); {@code evStart}/{@code evEnd} also cover a later end
   * ("tot 11.00 uur") or duration that belongs to it.
   */
  /**
   * A range or a start of times. {@code timesValid}: its times and zones are possible on their
   * own; {@code zonesAgree}: its two ends state no two different zones, or each has its own day.
   */
  private record Span(int start, int end, TimeTok a, TimeTok b, Tok startDay, Tok endDay,
      Duration duration, int evStart, int evEnd, boolean timesValid, boolean zonesAgree,
      ZoneId zone) {
    boolean valid() {
      return timesValid && zonesAgree;
    }

    /**
     * Whether it can be a range on {@code day}: valid, or, on a night, with two zones that may
     * each be right for its own end ("the night of Saturday 28 into Sunday 29 March, 22.00 CET to
     * 04.00 CEST", the night the clocks go forward); {@link #compose} checks that they are.
     */
    boolean validOn(DayRef day) {
      return valid() || timesValid && day.night;
    }
    int startMinutes() {
      return a.minutes(false);
    }

    int endMinutes() {
      return b == null ? -1 : b.minutes(true);
    }
  }

  private record Spans(List<Span> list, boolean[] used) {}

  private static Spans spans(Context c, boolean starts) {
    Scan scan = c.scan;
    String shape = scan.shape;
    boolean[] used = new boolean[scan.toks.size()];
    List<Span> out = new ArrayList<>();
    Matcher l = LABELLED.matcher(shape);
    // a window's labelled lines; an incident's ("Begintijd: 10:02. Eindtijd: 10:47") are read
    // as its start (SINCE) and its end (END_LABEL)
    for (int pos = 0; starts && LABELLED_AT.find(l, shape, pos); pos = l.end()) {
      Tok sd = l.start("sd") >= 0 ? scan.tok(l.start("sd")) : null;
      Tok ed = l.start("ed") >= 0 ? scan.tok(l.start("ed")) : null;
      out.add(range(scan, l, (TimeTok) scan.tok(l.start("st")),
          (TimeTok) scan.tok(l.start("et")), sd, ed));
      use(scan, used, l.start(), l.end());
    }
    Matcher daily = DAILY.matcher(shape);
    for (int pos = 0; DAILY_AT.find(daily, shape, pos); pos = daily.end()) {
      TimeTok a = (TimeTok) scan.tok(daily.start("st"));
      TimeTok b = (TimeTok) scan.tok(daily.start("et"));
      // the same hours each day; a night's hours ("steeds van 22:00 tot 02:00") are left alone
      if (separatorFits(daily) && !anyUsed(scan, used, daily.start(), daily.end())
          && a.minutes(false) < b.minutes(true)) {
        out.add(range(scan, daily, a, b, scan.tok(daily.start("sd")),
            scan.tok(daily.start("ed"))));
        use(scan, used, daily.start(), daily.end());
      }
    }
    Matcher m = RANGE_A.matcher(shape);
    for (int pos = 0; RANGE_AT.find(m, shape, pos); pos = m.end()) {
      if (!separatorFits(m) || anyUsed(scan, used, m.start(), m.end())) {
        continue;
      }
      TimeTok a = (TimeTok) scan.tok(first(m, "st", "st4", "st2"));
      TimeTok b = (TimeTok) scan.tok(first(m, "et", "et4", "et2", "et3"));
      Tok sd = scan.tok(first(m, "sd", "sd2", "sd4"));
      int edAt = first(m, "ed", "ed2", "ed4");
      Tok ed = edAt >= 0 ? scan.tok(edAt) : null;
      out.add(range(scan, m, a, b, sd, ed));
      use(scan, used, m.start(), m.end());
    }
    Matcher r = RANGE_B.matcher(shape);
    for (int pos = 0; RANGE_AT.find(r, shape, pos); pos = r.end()) {
      if (!separatorFits(r) || anyUsed(scan, used, r.start(), r.end())) {
        continue;
      }
      TimeTok a = (TimeTok) scan.tok(r.start("st"));
      TimeTok b = (TimeTok) scan.tok(first(r, "et", "et3"));
      Tok ed = r.start("ed") >= 0 ? scan.tok(r.start("ed")) : null;
      out.add(range(scan, r, a, b, null, ed));
      use(scan, used, r.start(), r.end());
    }
    if (starts) {
      Matcher s = START.matcher(shape);
      for (int pos = 0; START_AT.find(s, shape, pos); pos = s.end()) {
        if (anyUsed(scan, used, s.start(), s.end()) || continues(scan, s.end())) {
          continue;
        }
        Span span = start(c, s, used);
        if (span != null) {
          out.add(span);
          use(scan, used, s.start(), s.end());
        }
      }
    }
    out.sort(Comparator.comparingInt(Span::start));
    return new Spans(out, used);
  }

  /** "en"/"and" only join a range after "tussen"/"between": "om 08:00 en 12:00" is two moments. */
  private static boolean separatorFits(Matcher m) {
    String sep = m.group("sep").strip();
    String cue = m.group("cue");
    // "om 09.10 uur en omstreeks 14.00 uur" are two moments, as "om 09.10 en 14.00 uur" are
    return !(sep.equals("en") || sep.equals("and") || sep.startsWith("en ")
        || sep.startsWith("en\u00A0") || sep.startsWith("and ") || sep.startsWith("and\u00A0"))
        || "tussen".equals(cue) || "between".equals(cue);
  }

  private static Span range(Scan scan, Matcher m, TimeTok a, TimeTok b, Tok sd, Tok ed) {
    if (a.meridiem() == 0 && b.meridiem() != 0 && !a.midnight() && a.hour() >= 1
        && a.hour() <= 12) {
      // "from 10 to 11 pm": the start takes the end's half of the day if that keeps it first
      TimeTok same = a.withMeridiem(b.meridiem());
      a = same.minutes(false) < b.minutes(true) ? same
          : a.withMeridiem(b.meridiem() == DateGrammar.AM ? DateGrammar.PM : DateGrammar.AM);
    }
    int from = a.minutes(false);
    if (ed == null && from >= 12 * 60 && DateGrammar.spokenMorning(scan.low, b)
        && b.minutes(true) < from
        && b.minutes(true) + 12 * 60 > from) {
      b = b.twelveHoursOn(); // "van 19:00 tot half 9": the evening the range starts in
    }
    if (ed == null && from >= 18 * 60 && b.bareHour() && b.hour() == 12 && b.meridiem() == 0) {
      b = b.asMidnight(); // "van 10 uur 's avonds tot 12 uur": midnight, not the next noon
    }
    // each end a whole moment with its own day and zone: "24 Oct 2026, 21:00 CEST – 25 Oct 2026,
    // 05:00 CET" on the night the clocks go back; without both days two zones contradict
    boolean zonesAgree = a.zone() == null || b.zone() == null || a.zone().equals(b.zone())
        || sd != null && ed != null;
    boolean valid = a.zoneValid() && b.zoneValid() && a.minutes(false) >= 0
        && b.minutes(true) >= 0;
    int start = scan.start(m.start());
    int end = scan.end(m.end());
    return new Span(start, end, a, b, sd, ed, null, start, end, valid, zonesAgree,
        a.zone() != null ? a.zone() : b.zone());
  }

  /** A start without an end in its own words: its end from "tot ..", a duration, or none. */
  private static Span start(Context c, Matcher s, boolean[] used) {
    Scan scan = c.scan;
    TimeTok a = (TimeTok) scan.tok(s.start("st"));
    int sdAt = first(s, "sd", "sd2");
    Tok sd = sdAt >= 0 ? scan.tok(sdAt) : null;
    int start = scan.start(s.start());
    int end = scan.end(s.end());
    int[] sentence = c.sentence(start);
    String cue = s.group("cue");
    boolean weak = Set.of("om", "at", "rond", "omstreeks", "around", "sinds", "since")
        .contains(cue);
    // "rond 14:00 zetten we een fix live", "Sinds 06:00 is de API weer beschikbaar": only a
    // sentence about the work makes "rond" or "since" its start, and "since" only with an end
    boolean loose = Set.of("rond", "omstreeks", "around", "sinds", "since").contains(cue);
    if (loose && !c.has(sentence, WORK)) {
      return null;
    }
    boolean endOnly = cue.equals("sinds") || cue.equals("since");
    TimeTok b = null;
    Tok ed = null;
    int evEnd = end;
    int[] e = firstFrom(c.endsAfter(), s.end());
    if (e != null && e[3] <= shapeIndex(scan, sentence[1]) && !used[scan.index(e[1])]
        && endFits(scan, a, e)) {
      b = (TimeTok) scan.tok(e[1]);
      ed = e[2] >= 0 ? scan.tok(e[2]) : null;
      evEnd = scan.end(e[3]);
      use(scan, used, e[0], e[3]); // "klaar om 07.30" is this end, not another start
    }
    int[] next = b == null ? c.nextSentence(sentence) : null;
    if (next != null) {
      Matcher back = BACK_FROM.matcher(scan.shape);
      back.region(shapeIndex(scan, next[0]), shapeIndex(scan, next[1]));
      back.useTransparentBounds(true);
      if (back.lookingAt() && !used[scan.index(back.start("et"))]) {
        b = (TimeTok) scan.tok(back.start("et"));
        ed = back.start("ed") >= 0 ? scan.tok(back.start("ed")) : null;
        evEnd = scan.end(back.end());
        use(scan, used, back.start(), back.end());
      }
    }
    // "vanaf 9.15 uur: … . De API blijft beschikbaar. Naar verwachting rond 10.15 uur klaar."
    for (int i = 0; b == null && next != null && i < 2; i++, next = c.nextSentence(next)) {
      Matcher done = DONE_OPENING.matcher(scan.shape);
      done.region(shapeIndex(scan, next[0]), shapeIndex(scan, next[1]));
      done.useTransparentBounds(true);
      if (done.lookingAt() && !used[scan.index(done.start("et"))]) {
        b = (TimeTok) scan.tok(done.start("et"));
        evEnd = scan.end(done.end());
        use(scan, used, done.start(), done.end());
      }
    }
    Duration duration = null;
    int evStart = start;
    if (b == null) {
      Stated stated = c.duration(sentence);
      if (stated != null) {
        duration = stated.duration();
        evStart = Math.min(start, stated.start());
        evEnd = Math.max(end, stated.end());
      }
    }
    // "Urgent onderhoud vandaag rond 12u. KVK past … toe. De API blijft beschikbaar. Duurt
    // ongeveer een half uur.": a sentence that is only the work's length, a few sentences on,
    // with no time, day or step after the work between
    next = b == null && duration == null ? c.nextSentence(sentence) : null;
    for (int i = 0; next != null && i < 3 && !hasTok(scan, next) && !c.has(next, AFTER_WORK);
        i++) {
      Matcher only = LENGTH_SENTENCE.matcher(scan.low);
      only.region(next[0], next[1]);
      Stated stated = only.lookingAt()
          ? DateGrammar.duration(scan.low, next[0], next[1]) : null;
      if (stated != null) {
        duration = stated.duration();
        evEnd = stated.end();
        break;
      }
      next = c.nextSentence(next);
    }
    if (endOnly && b == null) {
      return null; // "Sinds 01:00 zijn we bezig met de laatste stap. Dit duurt nog een uur."
    }
    if (weak && b == null && duration == null && !c.has(sentence, START_VERB)) {
      return null;
    }
    boolean valid = a.zoneValid() && a.minutes(false) >= 0;
    boolean zonesAgree = true;
    ZoneId zone = a.zone();
    if (b != null) {
      valid &= b.zoneValid() && b.minutes(true) >= 0;
      zonesAgree = a.zone() == null || b.zone() == null || a.zone().equals(b.zone());
      zone = zone != null ? zone : b.zone();
    }
    return new Span(start, end, a, b, sd, ed, duration, evStart, evEnd, valid, zonesAgree, zone);
  }

  /** Words of the work in a start's sentence: "onderhoud", "maintenance", "works". */
  private static final Pattern WORK = Pattern.compile(NLB + "(?:\\p{L}*onderhoud\\p{L}*"
      + "|\\p{L}*werkzaamheden|maintenance|works|migrati\\p{L}*|upgrade)" + NL);

  /** Words of a step after the work: its length is not the work's ("Daarna worden …"). */
  private static final Pattern AFTER_WORK = Pattern.compile(NLB + "(?:"
      + DateGrammar.AFTERWARDS_WORDS + "|nadien|after" + SP + "(?:the|this))" + NL);

  /**
   * A sentence that is only the work's length: "Duurt ongeveer een half uur.", "Het onderhoud
   * duurt ca. 2 uur.", "Duration aprox. 3 hours." (not "Duurt het langer dan 30 minuten, dan …",
   * "Reken op 3 uur vertraging", "For 2 hours after the migration …").
   */
  private static final Pattern LENGTH_SENTENCE = Pattern.compile("[\\s\\u00A0]*(?:(?:het|de|the)"
      + SP + "(?:onderhoud|werkzaamheden|maintenance|work|works|update|migratie|migration)" + SP
      + ")?(?:duurt|duren|duur|duration|takes|will" + SP + "take|lasts|will" + SP + "last)"
      + OSP + ":?" + "(?:" + SP + "(?:naar" + SP + "verwachting|ongeveer|circa|ca\\.|zo['\u2019]n"
      + "|about|approximately|approx\\.|aprox\\.|roughly|around|nog))*" + SP
      + "(?:een" + SP + "|an?" + SP + ")?[\\p{N}\\p{L}.,]+(?:" + SP + "(?:en" + SP + "een"
      + SP + "half|and" + SP + "a" + SP + "half))?" + SP + "\\p{L}+\\.?[^\\p{L}\\p{N}]*$");

  /** Whether a sentence holds a time or a day. */
  private static boolean hasTok(Scan scan, int[] sentence) {
    for (Tok t : scan.toks) {
      if (t.start() >= sentence[0] && t.start() < sentence[1]) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether an end after a start (an {@link #END_AFTER} match) is that start's: not denied ("from
   * 22:00; downloads not finished by 22:00 will be aborted"), and, without a day of its own, not
   * half a day or more round the clock from it ("from 22:00 CET, so make sure your downloads are
   * completed by 21:45": a deadline before the start, not an end the next evening).
   */
  private static boolean endFits(Scan scan, TimeTok start, int[] e) {
    int at = scan.start(e[0]);
    if (deniedJustBefore(scan.text.substring(Math.max(0, at - 40), at))) {
      return false;
    }
    if (e[2] >= 0) {
      return true;
    }
    int from = start.minutes(false);
    int to = ((TimeTok) scan.tok(e[1])).minutes(true);
    return from < 0 || to < 0 || Math.floorMod(to - from, 24 * 60) < 12 * 60;
  }

  /** The first of {@code matches} (each starting with its position) at or after {@code at}. */
  private static int[] firstFrom(List<int[]> matches, int at) {
    int lo = 0;
    int hi = matches.size();
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (matches.get(mid)[0] < at) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo < matches.size() ? matches.get(lo) : null;
  }

  private static int nextSentenceEnd(List<int[]> sentences, int[] sentence) {
    for (int i = 0; i < sentences.size(); i++) {
      if (sentences.get(i) == sentence) {
        return i + 1 < sentences.size() ? sentences.get(i + 1)[1] : sentence[1];
      }
    }
    return sentence[1];
  }

  /** Whether a range separator and a time follow at {@code shapeAt}. */
  private static boolean continues(Scan scan, int shapeAt) {
    Matcher m = CONTINUES.matcher(scan.shape);
    m.region(shapeAt, scan.shape.length());
    return m.lookingAt();
  }

  private static int first(Matcher m, String... groups) {
    for (String g : groups) {
      if (m.start(g) >= 0) {
        return m.start(g);
      }
    }
    return -1;
  }

  private static void use(Scan scan, boolean[] used, int shapeStart, int shapeEnd) {
    for (int i = shapeStart; i < shapeEnd; i++) {
      if (scan.index(i) >= 0) {
        used[scan.index(i)] = true;
      }
    }
  }

  private static boolean anyUsed(Scan scan, boolean[] used, int shapeStart, int shapeEnd) {
    for (int i = shapeStart; i < shapeEnd; i++) {
      if (scan.index(i) >= 0 && used[scan.index(i)]) {
        return true;
      }
    }
    return false;
  }

  /** The first position of the shape at or after text position {@code textAt}. */
  private static int shapeIndex(Scan scan, int textAt) {
    int lo = 0;
    int hi = scan.shape.length();
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (scan.start(mid) < textAt) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  // ---------------------------------------------------------------------------------- days

  private static boolean isDay(Tok t) {
    return t instanceof DateTok || t instanceof RelTok || t instanceof WeekdayTok
        || t instanceof NightTok || t instanceof WeekendTok;
  }

  /** A single day that a list can make ambiguous: a date, a weekday, a relative day. */
  private static boolean listable(Tok t) {
    return t instanceof DateTok || t instanceof WeekdayTok || t instanceof RelTok;
  }

  /**
   * Two names of one day side by side, no list: "Morgen, zaterdag 14 november,", "Tomorrow night
   * (Wednesday)".
   */
  private static boolean apposition(Context c, Tok day) {
    Tok before = null;
    Tok after = null;
    for (Tok t : c.scan.toks) {
      if (!listable(t) || t == day) {
        continue;
      }
      if (t.end() <= day.start()) {
        before = t;
      } else if (t.start() >= day.end()) {
        after = t;
        break;
      }
    }
    return sameDay(c, before, day) || sameDay(c, day, after);
  }

  private static boolean sameDay(Context c, Tok first, Tok second) {
    if (first == null || second == null) {
      return false;
    }
    String between = c.scan.low.substring(first.end(), second.start()).strip();
    if (!between.equals(",") && !between.equals("(")) {
      return false;
    }
    DayRef a = first instanceof WeekdayTok ? null : c.day(first);
    if (second instanceof WeekdayTok w) {
      return a != null && a.first != null && a.first.getDayOfWeek() == w.dow();
    }
    DayRef b = c.day(second);
    return a != null && b != null && a.first != null && a.first.equals(b.first);
  }

  /** Part of a list or range of days ("zaterdag 14 en zondag 15 maart"): ambiguous. */
  private static boolean listed(String text, Tok day, int[] sentence) {
    Matcher before = LIST_BEFORE.matcher(text);
    int at = Math.max(sentence[0], day.start());
    before.region(Math.max(sentence[0], at - 48), at); // a list word and a day: a few words
    before.useTransparentBounds(true);
    Matcher after = LIST_AFTER.matcher(text);
    after.region(Math.min(day.end(), sentence[1]), sentence[1]);
    return before.find() || after.lookingAt();
  }

  /**
   * The times of a day: the first after it in its sentence with no other day and no ";" in
   * between, else the last before it likewise, else the first of the next sentence when that
   * sentence opens with them ("Tussen 07.00 en 09.00 uur kunt u ..") or refers back to the day
   * ("die dag", "dan").
   */
  private static Span pair(String text, int[] semicolons, Tok day, List<Span> spans,
      List<Integer> days, int[] sentence, int[] next) {
    for (Span t : spans) {
      if (t.start >= day.end() && t.end <= sentence[1] && !dayBetween(days, day.end(), t.start)
          && (semicolons[t.start] == semicolons[day.end()]
              || semicolons[t.start] == semicolons[day.end()] + 1
                  && acrossSemicolon(text, sentence, day, t))) {
        return t;
      }
    }
    Span before = null;
    for (Span t : spans) {
      if (t.end <= day.start() && t.start >= sentence[0]
          && !dayBetween(days, t.end, day.start())
          && semicolons[day.start()] == semicolons[t.end]) {
        before = t;
      }
    }
    if (before != null || next == null) {
      return before;
    }
    for (Span t : spans) {
      if (t.start >= next[0] && t.end <= next[1] && !dayBetween(days, day.end(), t.start)) {
        String opening = text.substring(next[0], t.start);
        return opening.isBlank() || REFERS_BACK.matcher(opening).find() ? t : null;
      }
    }
    return null;
  }

  /**
   * Whether a day's times may stand right after the ";" that ends its part of the sentence: the
   * day's part speaks of maintenance and the times' part is no helpdesk's ("Het onderhoud van
   * vandaag (maandag 21 juli) loopt uit; het venster loopt nu van 05.00 tot 08.30 uur", not
   * "zondag 7 juni komt versie 2.10 beschikbaar; bel tussen 9 en 17 uur").
   */
  private static boolean acrossSemicolon(String text, int[] sentence, Tok day, Span t) {
    int semicolon = text.lastIndexOf(';', t.start);
    if (semicolon < day.end()) {
      return false;
    }
    String dayPart = text.substring(Math.max(sentence[0], 0), semicolon);
    String timesPart = text.substring(semicolon + 1, t.end);
    return MAINTENANCE_WORDS.matcher(DateGrammar.fold(dayPart)).find()
        && !CONTACT.matcher(DateGrammar.fold(timesPart)).find();
  }

  private static final Pattern MAINTENANCE_WORDS = Pattern.compile(
      "(?:onderhoud|werkzaamheden|maintenance|venster|window)");

  /** Whether a day starts in [from, to); {@code days} in order. */
  private static boolean dayBetween(List<Integer> days, int from, int to) {
    int lo = 0;
    int hi = days.size();
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (days.get(mid) < from) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo < days.size() && days.get(lo) < to;
  }

  /**
   * A day as resolved: {@code first} null when it is impossible or cannot be told; a night runs
   * from {@code first} to {@code second}; a weekend is both days (and ambiguous for a range);
   * {@code relative} when it is named from today ("vanavond", "tomorrow"), which is today where
   * the time is said ({@link #compose}).
   */
  private record DayRef(LocalDate first, LocalDate second, boolean night, boolean weekend,
      boolean relative) {
    DayRef(LocalDate first, LocalDate second, boolean night, boolean weekend) {
      this(first, second, night, weekend, false);
    }

    static DayRef of(LocalDate d) {
      return new DayRef(d, d, false, false);
    }

    DayRef plusDays(long days) {
      return new DayRef(first.plusDays(days), second.plusDays(days), night, weekend, relative);
    }

    LocalDate dateFor(int minutes) {
      return night && minutes < 12 * 60 ? second : first;
    }
  }

  private static Optional<Window> compose(Context c, DayRef named, Span t) {
    if (named == null || named.first == null || named.weekend || !t.validOn(named)) {
      return Optional.empty();
    }
    DayRef day = named;
    if (named.relative && t.zone != null) {
      // "today from 09:00 to 11:00 AEDT", said at 22:30 in Amsterdam: Sydney's today, a day on;
      // a zone whose date is still yesterday ("today … UTC" at 00:30) is Amsterdam's today, as
      // a writer here means it
      long ahead = ChronoUnit.DAYS.between(c.today,
          c.anchor.atZone(t.zone).toLocalDate());
      day = ahead > 0 ? named.plusDays(ahead) : named;
    }
    int sm = t.startMinutes();
    LocalDate startDate = day.dateFor(sm);
    LocalDateTime start = startDate.atStartOfDay().plusMinutes(sm);
    Instant startAt = DateGrammar.instant(start, t.zone, c.zone);
    if (t.duration != null) {
      return Optional.of(new Window(startAt, startAt.plus(t.duration)));
    }
    if (t.b == null) {
      return Optional.of(new Window(startAt, null));
    }
    int em = t.endMinutes();
    LocalDateTime end;
    if (t.endDay != null) {
      LocalDate endDate = c.endDate(t.endDay, startDate, em);
      if (endDate == null) {
        return Optional.empty();
      }
      end = endDate.atStartOfDay().plusMinutes(em);
    } else if (day.night) {
      end = day.dateFor(em).atStartOfDay().plusMinutes(em);
    } else {
      end = startDate.atStartOfDay().plusMinutes(em);
      if (!end.isAfter(start)) {
        if (em == sm) {
          return Optional.empty(); // "van 08:00 tot 08:00": a day, or nothing?
        }
        end = end.plusDays(1);
      }
    }
    if (!end.isAfter(start)) {
      return Optional.empty();
    }
    Instant endAt = DateGrammar.instant(end, t.b.zone() != null ? t.b.zone() : t.zone, c.zone);
    if (!endAt.isAfter(startAt) || !t.zonesAgree && !(t.endDay == null
        && wallClockOffset(c.zone, start, t.a.zone()) && wallClockOffset(c.zone, end, t.b.zone()))) {
      return Optional.empty(); // "tomorrow from 10:00 CET until 12:00 CEST": which is it?
    }
    return Optional.of(new Window(startAt, endAt));
  }

  /** Whether {@code stated} is an offset {@code zone}'s clocks show at {@code local}. */
  private static boolean wallClockOffset(ZoneId zone, LocalDateTime local, ZoneId stated) {
    return stated instanceof ZoneOffset offset
        && zone.getRules().getValidOffsets(local).contains(offset);
  }

  /** A range with only its end's day ("van 22.00 uur tot zaterdag 13 juni 06.00 uur"). */
  private static Optional<Window> composeFromEnd(Context c, Span s) {
    DayRef end = c.day(s.endDay);
    if (end == null || end.first == null || end.weekend || !s.valid() || s.b == null) {
      return Optional.empty();
    }
    int sm = s.startMinutes();
    int em = s.endMinutes();
    LocalDate endDate = end.dateFor(em);
    LocalDate startDate = sm < em ? endDate : endDate.minusDays(1);
    Instant startAt = DateGrammar.instant(startDate.atStartOfDay().plusMinutes(sm), s.zone, c.zone);
    Instant endAt = DateGrammar.instant(endDate.atStartOfDay().plusMinutes(em), s.zone, c.zone);
    return endAt.isAfter(startAt) ? Optional.of(new Window(startAt, endAt)) : Optional.empty();
  }

  /** A list item's mark between two ranges: "- KVK Dataservice: 23:30 – 02:00 uur". */
  private static final Pattern ITEM_MARK = Pattern.compile("(?:^|\\s)[-\u2022*\u2013](?=\\s)");

  /**
   * The window of {@code day} at the times of {@code first}, grown by the times of the list items
   * after it in the same sentence, each without a day of its own, for as long as each overlaps or
   * touches the window so far: "in de nacht van zaterdag 13 op zondag 14 juni niet beschikbaar:
   * - KVK API: 22:00 – 00:00 uur - KVK Dataservice: 23:30 – 02:00 uur - KVK Mutatieservice:
   * 01:00 – 03:00 uur" is one window from 22:00 to 03:00.
   */
  private static Optional<Found<Window>> listedTimes(Context c, DayRef day, Span first,
      List<Span> spans, int[] sentence, int from, int to) {
    Optional<Window> window = compose(c, day, first);
    String text = c.scan.text;
    Span previous = first;
    for (Span next : spans) {
      if (window.isEmpty() || next.start < previous.end || next.end > sentence[1]) {
        continue;
      }
      if (!ITEM_MARK.matcher(text.substring(previous.end, next.start)).find()) {
        break;
      }
      Optional<Window> item = compose(c, day, next);
      Window w = window.get();
      if (item.isEmpty() || w.end() == null || item.get().end() == null
          || item.get().start().isAfter(w.end()) || item.get().end().isBefore(w.start())) {
        break;
      }
      Instant start = item.get().start().isBefore(w.start()) ? item.get().start() : w.start();
      Instant end = item.get().end().isAfter(w.end()) ? item.get().end() : w.end();
      window = Optional.of(new Window(start, end));
      to = Math.max(to, next.evEnd);
      previous = next;
    }
    return found(text, window, from, to);
  }

  private static Optional<Found<Window>> found(String text, Optional<Window> w, int from, int to) {
    if (w.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new Found<>(w.get(), text.substring(from, to).strip()));
  }

  // ------------------------------------------------------------------------------- context

  /** A moment a resolution was said to happen at, with the day its words give. */
  private record Moment(int start, int end, TimeTok time, Tok day, String cue) {
    /** "sinds 10:40", "vanaf 10.40 uur": a time things work again from. */
    boolean fromCue() {
      return cue.equals("sinds") || cue.equals("vanaf") || cue.equals("since")
          || cue.equals("from") || cue.startsWith("as");
    }
  }

  /**
   * Whether the words between a "sinds"/"vanaf" time and a resolution word are few and say
   * nothing started: "sinds 10:40 werkt alles weer", not "die sinds 09:05 optrad is verholpen".
   */
  private static boolean worksAgain(String low, int from, int to) {
    String between = low.substring(from, to).strip();
    if (between.isEmpty()) {
      return true;
    }
    if (clauseBreak(between)) {
      return false;
    }
    return between.split("[\\s\\u00A0]+").length <= 3 && !START_WORDS.matcher(between).find();
  }

  /**
   * Where, around a moment of a resolution, an expectation would say it is none: its sentence;
   * up to the end of the moment's clause only when that clause says the trouble is over and the
   * next one does not refer back to it ("delivering again since 16.55 CEST, backlog is being
   * processed and should be empty within the hour"; not "weer beschikbaar om 10:15, zo verwachten
   * wij", "At 09:45 we found the cause, and we will add checks").
   */
  private static int[] expectedIn(Context c, Moment mo, int[] sentence) {
    String low = c.scan.low;
    int end = mo.end;
    while (end < sentence[1] && low.charAt(end) != ',' && low.charAt(end) != ';') {
      end++;
    }
    int start = mo.start;
    while (start > sentence[0] && low.charAt(start - 1) != ',' && low.charAt(start - 1) != ';') {
      start--;
    }
    int from = start;
    int to = end;
    boolean over = c.resolved().stream().anyMatch(r -> r[0] >= from && r[1] <= to)
        || AGAIN.matcher(low).region(from, to).find(); // "delivering again since 16.55 CEST"
    if (!over || end >= sentence[1]
        || GOES_ON_ABOUT_IT.matcher(low).region(end + 1, sentence[1]).lookingAt()) {
      return sentence;
    }
    return new int[] {sentence[0], end};
  }

  /** "Again": "delivering again", "levert weer". */
  private static final Pattern AGAIN = Pattern.compile(NLB + "(?:again|weer)" + NL);

  /** A clause that goes on about the one before it: "zo verwachten wij", "which should". */
  private static final Pattern GOES_ON_ABOUT_IT = Pattern.compile(OSP + "(?:zo|so|as|zoals"
      + "|which|die|dat|wat|that|what|maar|but|although|hoewel|al" + SP + "verwachten)" + NL);

  /** Whether {@code between}, the text between two words, ends a clause: a "," or ";". */
  private static boolean clauseBreak(String between) {
    return between.indexOf(',') >= 0 || between.indexOf(';') >= 0;
  }

  /** Whether a "sinds" time is when things worked again rather than when they stopped. */
  private static boolean worksAgainFrom(Context c, TimeTok t) {
    int[] sentence = c.sentence(t.start());
    int[] r = firstFrom(c.resolved(), t.end());
    return r != null && r[1] <= sentence[1]
        && !DateGrammar.precededBy(c.scan.low, r[0], NEGATED)
        && worksAgain(c.scan.low, t.end(), r[0]);
  }

  private static boolean has(String low, int[] sentence, Pattern p) {
    Matcher m = p.matcher(low);
    m.region(sentence[0], sentence[1]);
    return m.find();
  }

  /** What a text's days are resolved against: the anchor, its zone, the dates the text gives. */
  private static final class Context {
    final Scan scan;
    final Instant anchor;
    final ZoneId zone;
    final LocalDate today;
    final LocalTime now;
    final List<int[]> sentences;
    /** How many ";" there are before each position of the text. */
    final int[] semicolons;
    /** Whether a weekday alone may be the next such day ({@link #weekday}). */
    final boolean nextWeekday;
    private List<LocalDate> known;
    private List<int[]> resolved;
    private List<int[]> endsAfter;
    private Spans withStarts;
    private Spans withoutStarts;
    private final Map<List<Object>, Object> perSentence = new HashMap<>();

    Context(Scan scan, Instant anchor, ZoneId zone) {
      this(scan, anchor, zone, false);
    }

    Context(Scan scan, Instant anchor, ZoneId zone, boolean nextWeekday) {
      this.scan = scan;
      this.nextWeekday = nextWeekday;
      this.anchor = anchor;
      this.zone = zone;
      this.today = anchor.atZone(zone).toLocalDate();
      this.now = anchor.atZone(zone).toLocalTime();
      this.sentences = DateGrammar.sentences(scan.text);
      this.semicolons = new int[scan.text.length() + 1];
      for (int i = 0; i < scan.text.length(); i++) {
        semicolons[i + 1] = semicolons[i] + (scan.text.charAt(i) == ';' ? 1 : 0);
      }
    }

    int[] sentence(int position) {
      return DateGrammar.sentenceOf(sentences, position);
    }

    /** The text's spans, with or without lone starts ({@link DateExpressions#spans}); once each. */
    Spans spans(boolean starts) {
      if (starts) {
        if (withStarts == null) {
          withStarts = DateExpressions.spans(this, true);
        }
        return withStarts;
      }
      if (withoutStarts == null) {
        withoutStarts = DateExpressions.spans(this, false);
      }
      return withoutStarts;
    }

    /** The sentence after {@code sentence}, or null. */
    int[] nextSentence(int[] sentence) {
      return sentence[1] < scan.text.length() ? sentence(sentence[1]) : null;
    }

    /** Whether the sentence has a match of {@code p}; once per sentence and pattern. */
    boolean has(int[] sentence, Pattern p) {
      return (Boolean) perSentence.computeIfAbsent(List.of(p, sentence[0]),
          k -> DateExpressions.has(scan.low, sentence, p));
    }

    /** The duration stated in a sentence and the next; once per sentence. */
    Stated duration(int[] sentence) {
      Object d = perSentence.computeIfAbsent(List.of("duration", sentence[0]), k -> {
        Stated x = DateGrammar.duration(scan.low, sentence[0],
            nextSentenceEnd(sentences, sentence));
        return x == null ? Optional.empty() : Optional.of(x);
      });
      return ((Optional<?>) d).map(Stated.class::cast).orElse(null);
    }

    /** Where the text says something is resolved or works again: [start, end] of each. */
    List<int[]> resolved() {
      if (resolved == null) {
        resolved = new ArrayList<>();
        Matcher r = RESOLVED.matcher(scan.low);
        while (r.find()) {
          resolved.add(new int[] {r.start(), r.end()});
        }
      }
      return resolved;
    }

    /**
     * Each "tot T" (or another end after a start) in the shape: [match start, end time, end day or
     * -1, match end].
     */
    List<int[]> endsAfter() {
      if (endsAfter == null) {
        endsAfter = new ArrayList<>();
        Matcher e = END_AFTER.matcher(scan.shape);
        for (int pos = 0; END_AFTER_AT.find(e, scan.shape, pos); pos = e.end()) {
          if (e.start("own") >= 0 && !ABOUT_THE_WORK.matcher(scan.low)
              .region(sentence(scan.start(e.start()))[0], scan.low.length()).lookingAt()) {
            continue;
          }
          endsAfter.add(new int[] {e.start(), e.start("et"), e.start("ed"), e.end()});
        }
      }
      return endsAfter;
    }

    /** A day token as resolved for an announcement; null when it cannot be read. */
    DayRef day(Tok t) {
      if (t instanceof DateTok d) {
        // a date without a year from the day before on: "until 06:00 UTC (June 22)" said at
        // 01:40 on the 22nd of a window "from 20:00 UTC (June 21)" is this year's
        return DateGrammar.onOrAfter(d.parts(), today.minusDays(1)).map(DayRef::of)
            .orElse(new DayRef(null, null, false, false));
      }
      if (t instanceof RelTok r) {
        if (r.vannacht()) {
          LocalDate first = now.isBefore(LocalTime.of(6, 0)) ? today.minusDays(1) : today;
          return new DayRef(first, first.plusDays(1), true, false);
        }
        LocalDate d = today.plusDays(r.offset());
        return new DayRef(d, d.plusDays(r.night() ? 1 : 0), r.night(), false, true);
      }
      if (t instanceof WeekdayTok w) {
        LocalDate d = weekday(w);
        return d == null ? null : DayRef.of(d);
      }
      if (t instanceof NightTok n) {
        return night(n);
      }
      if (t instanceof WeekendTok w) {
        return weekend(w);
      }
      return null;
    }

    /** The start day of a range that carries its own: a weekday from its end's date if need be. */
    DayRef spanDay(Span s) {
      if (s.startDay instanceof WeekdayTok w && w.qualifier() == 0
          && s.endDay instanceof DateTok e) {
        return DateGrammar.onOrAfter(e.parts(), today)
            .map(d -> DayRef.of(DateGrammar.previous(d, w.dow()))).orElse(null);
      }
      return day(s.startDay);
    }

    /** The date of a range's end day, counted from its start date. */
    LocalDate endDate(Tok t, LocalDate startDate, int endMinutes) {
      if (t instanceof DateTok d) {
        return DateGrammar.onOrAfter(d.parts(), startDate).orElse(null);
      }
      if (t instanceof WeekdayTok w) {
        return w.qualifier() != 0 ? weekday(w) : DateGrammar.next(startDate, w.dow(), false);
      }
      DayRef ref = day(t);
      return ref == null ? null : ref.dateFor(endMinutes);
    }

    /**
     * A weekday without a date: by its qualifier, or the one date on that weekday in the text;
     * in a {@link #nextWeekday} reading, when the text has no date on that weekday, the first such
     * day on or after the update's ("between 10pm Saturday and 2am Sunday", written on a Monday:
     * the Saturday after), unless its sentence tells of what was or is done ({@link #PAST},
     * {@link #NOT_AHEAD}: "Het onderhoud van zaterdag … is afgerond", "On Saturday we carried out
     * maintenance") or of a helpdesk's hours ("Onze servicedesk is zaterdag van 10:00 tot 14:00
     * uur bereikbaar"), or the weekday follows "afgelopen", "vorige", "last" or "past".
     */
    LocalDate weekday(WeekdayTok w) {
      if (w.holiday() != null) {
        return holiday(w.holiday());
      }
      if (w.qualifier() != 0) {
        return DateGrammar.qualified(today, w.dow(), w.qualifier());
      }
      LocalDate one = unique(w.dow(), null);
      if (one != null || !nextWeekday
          || known().stream().anyMatch(k -> k.getDayOfWeek() == w.dow())) {
        return one;
      }
      int[] sentence = sentence(w.start());
      if (has(sentence, PAST) || has(sentence, PAST_REPORT) || has(sentence, NOT_AHEAD)
          || has(sentence, CONTACT) || DateGrammar.precededBy(scan.low, w.start(), PAST_WEEKDAY)) {
        return null;
      }
      return DateGrammar.next(today, w.dow(), false);
    }

    /**
     * The date of a named holiday: in the year stated with it, else the first on or after a week
     * before the anchor's date (a report of last Easter Monday names it as well as a notice of the
     * next); null when the calendar has none.
     */
    LocalDate holiday(DateGrammar.Holiday h) {
      LocalDate from = h.year() != null ? LocalDate.of(h.year(), 1, 1) // "Hemelvaartsdag 2027"
          : today.minusDays(HOLIDAY_PAST);
      return BUSINESS_DAYS.holidayOnOrAfter(h.name(), from.minusDays(h.days()))
          .map(d -> d.plusDays(h.days()))
          .filter(d -> h.year() == null || d.getYear() == h.year()).orElse(null);
    }

    /** The one known date on {@code dow} (or the day before one on {@code nextDow}), else null. */
    private LocalDate unique(DayOfWeek dow, DayOfWeek nextDow) {
      Set<LocalDate> found = new LinkedHashSet<>();
      for (LocalDate k : known()) {
        if (k.getDayOfWeek() == dow) {
          found.add(k);
        }
        if (nextDow != null && k.getDayOfWeek() == nextDow) {
          found.add(k.minusDays(1));
        }
      }
      return found.size() == 1 ? found.iterator().next() : null;
    }

    private List<LocalDate> known() {
      if (known == null) {
        known = new ArrayList<>();
        for (Tok t : scan.toks) {
          if (t instanceof DateTok d) {
            DateGrammar.onOrAfter(d.parts(), today).ifPresent(known::add);
          } else if (t instanceof WeekendTok w) {
            DayRef k = weekend(w);
            if (k != null) {
              known.add(k.first);
              known.add(k.second);
            }
          } else if (t instanceof NightTok n && n.second() != null) {
            DayRef k = night(n);
            if (k != null) {
              known.add(k.first);
              known.add(k.second);
            }
          } else if (t instanceof WeekdayTok w && w.qualifier() != 0 && w.holiday() == null) {
            // "Komende zondag …, in de nacht van zondag op maandag": the Sunday it names (not a
            // holiday named in passing: "Vanwege Hemelvaartsdag is de servicedesk gesloten")
            known.add(DateGrammar.qualified(today, w.dow(), w.qualifier()));
          }
        }
        if (scan.low.contains("week")) {
          // "In week 12, in de nacht van dinsdag op woensdag": the days of that ISO week
          Matcher week = WEEK_NUMBER.matcher(scan.low);
          while (week.find()) {
            LocalDate monday = weekMonday(Integer.parseInt(week.group("n")), today);
            for (int d = 0; monday != null && d < 7; d++) {
              known.add(monday.plusDays(d));
            }
          }
        }
      }
      return known;
    }

    /** A night "van [weekday] [d [month [year]]] op date", or "van zaterdag op zondag". */
    DayRef night(NightTok n) {
      if (n.invalid()) {
        return null;
      }
      if (n.secondHoliday() != null) { // "in de nacht van zondag op Tweede Paasdag"
        LocalDate d2 = holiday(n.secondHoliday());
        LocalDate d1 = d2 == null ? null : d2.minusDays(1);
        boolean matches = d1 != null && (n.firstDay() == null || n.firstDay() == d1.getDayOfWeek())
            && (n.holiday() == null || d1.equals(holiday(n.holiday())))
            && (n.day() == null || n.day() == d1.getDayOfMonth());
        return matches ? new DayRef(d1, d2, true, false) : null;
      }
      if (n.second() == null) {
        DayOfWeek a = n.firstDay();
        if (a.plus(1) != n.secondDay()) {
          return null;
        }
        LocalDate d1 = n.holiday() != null ? holiday(n.holiday()) // "van Tweede Paasdag op"
            : n.qualifier() != 0 ? DateGrammar.qualified(today, a, n.qualifier())
            : unique(a, n.secondDay());
        return d1 == null ? null : new DayRef(d1, d1.plusDays(1), true, false);
      }
      DateParts second = n.second();
      Optional<LocalDate> d2 = second.year() != null
          ? DateGrammar.exact(second, second.year())
          : DateGrammar.onOrAfter(second, today.plusDays(1));
      if (d2.isEmpty()) {
        return null;
      }
      LocalDate d1 = d2.get().minusDays(1);
      boolean matches = (n.day() == null || n.day() == d1.getDayOfMonth())
          && (n.month() == null || n.month() == d1.getMonthValue())
          && (n.year() == null || n.year() == d1.getYear())
          && (n.firstDay() == null || n.firstDay() == d1.getDayOfWeek())
          && (n.holiday() == null || d1.equals(holiday(n.holiday())));
      return matches ? new DayRef(d1, d2.get(), true, false) : null;
    }

    /**
     * A night of two weekdays alone ("van dinsdag op woensdag") in what has happened: the last
     * such night that ended on or before {@code local}; null for any other night.
     */
    private static DayRef lastNight(NightTok n, LocalDate local) {
      if (n.invalid() || n.second() != null || n.qualifier() != 0 || n.firstDay() == null
          || n.day() != null || n.firstDay().plus(1) != n.secondDay()) {
        return null;
      }
      int back = (local.getDayOfWeek().getValue() - n.secondDay().getValue() + 7) % 7;
      LocalDate second = local.minusDays(back);
      return new DayRef(second.minusDays(1), second, true, false);
    }

    /** A weekend as its Saturday and Sunday; null when it is not one or cannot be told. */
    DayRef weekend(WeekendTok w) {
      LocalDate saturday;
      if (w.relative() == DateGrammar.THIS_WEEKEND) {
        DayOfWeek dow = today.getDayOfWeek();
        saturday = dow == DayOfWeek.SUNDAY ? today.minusDays(1)
            : DateGrammar.next(today, DayOfWeek.SATURDAY, false);
      } else if (w.relative() == DateGrammar.COMING_WEEKEND) {
        DayOfWeek dow = today.getDayOfWeek();
        if (dow == DayOfWeek.SATURDAY || dow == DayOfWeek.SUNDAY) {
          return null; // "komend weekend" on a weekend: this one or the next?
        }
        saturday = DateGrammar.next(today, DayOfWeek.SATURDAY, false);
      } else if (w.second() != null) {
        DateParts sunday = new DateParts(w.second(), w.month(), w.year(), DayOfWeek.SUNDAY);
        Optional<LocalDate> sun = DateGrammar.onOrAfter(sunday, today);
        if (sun.isEmpty() || sun.get().minusDays(1).getDayOfMonth() != w.first()) {
          return null;
        }
        saturday = sun.get().minusDays(1);
      } else {
        Optional<LocalDate> d = DateGrammar.onOrAfter(
            new DateParts(w.first(), w.month(), w.year(), null), today);
        if (d.isEmpty()) {
          return null;
        }
        DayOfWeek dow = d.get().getDayOfWeek();
        if (dow == DayOfWeek.SATURDAY) {
          saturday = d.get();
        } else if (dow == DayOfWeek.SUNDAY) {
          saturday = d.get().minusDays(1);
        } else {
          return null;
        }
      }
      return new DayRef(saturday, saturday.plusDays(1), false, true);
    }

    /**
     * A moment in a report (since, until): a time on a stated date (the last on or before the
     * anchor's date), on a relative day, or on the anchor's date (the day before when that would
     * be after the anchor, and then at most twelve hours before it: a time later today is none).
     */
    Optional<Instant> moment(TimeTok t, Tok day) {
      int minutes = t.minutes(false);
      if (minutes < 0 || !t.zoneValid()) {
        return Optional.empty();
      }
      ZoneId stated = t.zone();
      LocalDate local = anchor.atZone(stated != null ? stated : zone).toLocalDate();
      if (day instanceof DateTok d) {
        return DateGrammar.onOrBefore(d.parts(), local)
            .map(x -> DateGrammar.instant(x.atStartOfDay().plusMinutes(minutes), stated, zone));
      }
      if (day instanceof RelTok r) {
        if (r.future()) {
          return Optional.empty();
        }
        // "vannacht 01:30" is today, "vannacht 23:50" yesterday; so is "last night"
        LocalDate x = r.vannacht() || r.word().startsWith("last")
            ? (minutes >= 12 * 60 ? local.minusDays(1) : local)
            : local.plusDays(r.offset());
        Instant at = DateGrammar.instant(x.atStartOfDay().plusMinutes(minutes), stated, zone);
        return at.isAfter(anchor) ? Optional.empty() : Optional.of(at);
      }
      if (day instanceof WeekdayTok w && w.holiday() != null) { // "Sinds Tweede Paasdag 14.00 uur"
        LocalDate x = holiday(w.holiday());
        return x == null || x.isAfter(local) ? Optional.empty() : Optional.of(DateGrammar
            .instant(x.atStartOfDay().plusMinutes(minutes), stated, zone))
            .filter(at -> !at.isAfter(anchor));
      }
      if (day instanceof WeekdayTok w && w.qualifier() == 0) {
        // "sinds zondag 22.00 uur", "sinds zondagavond 22.00 uur": the last such day
        LocalDate x = local;
        while (x.getDayOfWeek() != w.dow()) {
          x = x.minusDays(1);
        }
        Instant at = DateGrammar.instant(x.atStartOfDay().plusMinutes(minutes), stated, zone);
        return Optional.of(at.isAfter(anchor) ? DateGrammar.instant(
            x.minusWeeks(1).atStartOfDay().plusMinutes(minutes), stated, zone) : at);
      }
      if (day != null) {
        return Optional.empty();
      }
      DateTok earlier = dayEarlierInSentence(t);
      if (earlier != null) { // "Op donderdag 14 mei werden vanaf 08:00 uur berichten vertraagd"
        return moment(t, earlier);
      }
      Instant at = DateGrammar.instant(local.atStartOfDay().plusMinutes(minutes), stated, zone);
      if (minutes >= 60 && minutes < 6 * 60) { // one to five o'clock: perhaps the afternoon's
        Instant afternoon = DateGrammar.instant(local.atStartOfDay().plusMinutes(minutes + 720),
            stated, zone);
        int[] sentence = sentence(t.start());
        int from = sentence[0] > 0 ? sentence(sentence[0] - 1)[0] : 0; // and the one before
        if (!afternoon.isAfter(anchor)
            && DateGrammar.smallHourOfTheAfternoon(scan.low, t, from, sentence[1])) {
          return Optional.of(afternoon); // "doet het weer sinds een uur of 1", said at 14:05
        }
      }
      if (at.isAfter(anchor)) { // "sinds 23:10" at 00:30; not "Beginning 10:45 we will" at 10:30
        at = DateGrammar.instant(local.minusDays(1).atStartOfDay().plusMinutes(minutes), stated,
            zone);
        if (at.isBefore(anchor.minus(Duration.ofHours(12)))) {
          return Optional.empty();
        }
      }
      return Optional.of(at);
    }

    /**
     * The one day named before a time in its sentence, when that is a date that says when ("Op
     * donderdag 14 mei (Hemelvaartsdag) werden vanaf 08:00 uur …", "On 2 June …", or the date
     * opening the sentence), not a date of something ("de fout uit de release van 2 juni is om
     * 10:20 uur verholpen"). None when the sentence names another day too.
     */
    private DateTok dayEarlierInSentence(TimeTok t) {
      int[] sentence = sentence(t.start());
      DateTok found = null;
      for (Tok other : scan.toks) {
        if (other.start() >= t.start()) {
          break;
        }
        if (other.start() >= sentence[0] && isDay(other)) {
          if (found != null || !(other instanceof DateTok d)) {
            return null;
          }
          found = d;
        }
      }
      if (found == null) {
        return null;
      }
      String before = scan.low.substring(sentence[0], found.start());
      return SAYS_WHEN.matcher(before).matches() ? found : null;
    }

    /** The date or relative day right before a range ("op 14 september tussen .."), if any. */
    private Tok dayBefore(Span s) {
      List<Tok> toks = scan.toks;
      int lo = 0;
      int hi = toks.size();
      while (lo < hi) { // the first token that ends after the range starts
        int mid = (lo + hi) >>> 1;
        if (toks.get(mid).end() <= s.start) {
          lo = mid + 1;
        } else {
          hi = mid;
        }
      }
      Tok d = lo > 0 ? toks.get(lo - 1) : null;
      String between = d == null ? "" : scan.low.substring(d.end(), s.start).strip();
      if ((d instanceof DateTok || d instanceof RelTok
          || d instanceof WeekdayTok w && w.holiday() != null) && (between.isEmpty()
          || between.equals(",") || between.equals("op") || between.equals("on"))) {
        return d; // "On Tuesday 3 March 2026, between 07:40 and 15:55 CET"
      }
      return null;
    }

    /**
     * The one day a report names: a weekday with its date opening an earlier sentence ("On
     * Wednesday 22 April the daily files were late. … Duration: from 6:40am to 1:25pm UK time",
     * written the next day), before {@code local}; or, before the range in its own sentence, a
     * date after "op" or "on" ("Op dinsdag 10 februari jl. was het zoeken van 9.40 uur tot 11.25
     * uur niet mogelijk"), on or before {@code local}, or a weekday in past text ("Dinsdagochtend
     * is Zoeken van kwart over negen tot half elf niet beschikbaar geweest"); a date within a month
     * of {@code local}. Null when the text names any other day.
     */
    private Tok soleDateBefore(int[] sentence, Span s, LocalDate local) {
      Tok sole = null;
      for (Tok t : scan.toks) {
        if (!isDay(t)) {
          continue;
        }
        boolean own = t.start() >= sentence[0] && t.end() <= s.start;
        boolean earlier = t.end() <= sentence[0] && t instanceof DateTok d
            && d.parts().weekday() != null;
        boolean pastWeekday = t instanceof WeekdayTok w && w.holiday() == null
            && w.qualifier() == 0 && has(sentence, PAST_REPORT) && opensClause(t.start());
        if (sole != null || !earlier && !(own && (t instanceof DateTok || pastWeekday))) {
          return null;
        }
        sole = t;
      }
      if (sole instanceof WeekdayTok) {
        return sole;
      }
      if (!(sole instanceof DateTok date)) {
        return null;
      }
      boolean own = date.start() >= sentence[0];
      if (own ? !DateGrammar.precededBy(scan.low, date.start(), ON_BEFORE, 4)
          || !opensClause(date.start())
          : !OPENS_ON.matcher(scan.low).region(sentence(date.start())[0], date.start())
              .matches()) {
        return null;
      }
      Optional<LocalDate> day = DateGrammar.onOrBefore(date.parts(), local);
      return day.isPresent() && (own || day.get().isBefore(local))
          && !day.get().isBefore(local.minusMonths(1)) ? date : null;
    }

    /**
     * Whether the day at {@code at}, or the "op"/"on" right before it, opens its sentence or a
     * clause after a comma, colon or semicolon: "Beste leden, Dinsdagochtend is …", "Op dinsdag
     * 10 februari was …"; not "de storing van vrijdag", "Zoals op 3 februari aangekondigd".
     */
    private boolean opensClause(int at) {
      String low = scan.low;
      int i = at - 1;
      while (i >= 0 && Character.isWhitespace(low.charAt(i))) {
        i--;
      }
      int word = i;
      while (i >= 0 && Character.isLetter(low.charAt(i))) {
        i--;
      }
      String before = low.substring(i + 1, word + 1);
      if (before.equals("op") || before.equals("on")) {
        while (i >= 0 && Character.isWhitespace(low.charAt(i))) {
          i--;
        }
      } else {
        i = word;
      }
      return i < sentence(at)[0] || ",;:".indexOf(low.charAt(i)) >= 0;
    }

    /**
     * A night named earlier in the range's sentence: "In de nacht van dinsdag 2 op woensdag 3
     * december 2025 verstuurde de KVK Mutatieservice van 23.40 tot 01.15 uur geen berichten".
     */
    private Tok nightBefore(int[] sentence, Span s) {
      for (Tok t : scan.toks) {
        if (t.start() >= s.start) {
          break;
        }
        if (t instanceof NightTok && t.start() >= sentence[0]) {
          return t;
        }
      }
      return null;
    }

    /**
     * The date right after a range, "on" or "op" between them ("between 14:02 and 14:48 UTC on
     * Tuesday 3 March 2026"): the day of a range in past text.
     */
    private Tok dayAfter(Span s) {
      for (Tok t : scan.toks) {
        if (t.start() >= s.end) {
          String between = scan.low.substring(s.end, t.start()).strip();
          boolean adjacent = between.isEmpty() || between.equals("on") || between.equals("op")
              || between.equals(",") || between.equals(", on") || between.equals(", op");
          return t instanceof DateTok && adjacent ? t : null;
        }
      }
      return null;
    }

    /** Whether the sentence names a day other than the range's own: the range is about that day. */
    private boolean otherDayIn(int[] sentence, Span s, Tok own) {
      @SuppressWarnings("unchecked")
      List<Tok> days = (List<Tok>) perSentence.computeIfAbsent(List.of("days", sentence[0]), k -> {
        List<Tok> found = new ArrayList<>(); // three are enough to know there is another
        List<Tok> toks = scan.toks;
        int lo = 0;
        int hi = toks.size();
        while (lo < hi) { // the first token of the sentence
          int mid = (lo + hi) >>> 1;
          if (toks.get(mid).start() < sentence[0]) {
            lo = mid + 1;
          } else {
            hi = mid;
          }
        }
        for (Tok t : toks.subList(lo, toks.size())) {
          if (t.start() >= sentence[1]) {
            break;
          }
          if (t.end() <= sentence[1] && isDay(t)
              && !(t instanceof RelTok r && r.offset() <= 0 && !r.night() && !r.vannacht())) {
            found.add(t);
            if (found.size() == 3) {
              break;
            }
          }
        }
        return found;
      });
      for (Tok t : days) {
        if (t != own && t != s.endDay) {
          return true;
        }
      }
      return false;
    }

    int pastStart(Span s) {
      Tok d = s.startDay == null ? dayBefore(s) : null;
      return d != null ? d.start() : s.start;
    }

    /**
     * A range in a report, as [start, end]: on its stated date, else on the anchor's date
     * (crossing midnight: from the day before); only when it ended at or before the anchor. A
     * range a day earlier than that counts only in past-tense text.
     */
    Optional<Instant[]> pastRange(Span s) {
      if (!s.valid()) {
        return Optional.empty();
      }
      int sm = s.startMinutes();
      int em = s.endMinutes();
      if (sm < 0 || em < 0 || sm == em) {
        return Optional.empty();
      }
      ZoneId stated = s.zone;
      LocalDate local = anchor.atZone(stated != null ? stated : zone).toLocalDate();
      Tok dayTok = s.startDay != null ? s.startDay : dayBefore(s);
      if (dayTok == null) {
        dayTok = dayAfter(s);
      }
      int[] sentence = sentence(s.start);
      if (dayTok == null) {
        dayTok = nightBefore(sentence, s);
      }
      if (dayTok == null) {
        dayTok = soleDateBefore(sentence, s, local);
      }
      if ((s.endDay != null && s.startDay == null) || has(sentence, EXPECTATION)
          || (dayTok != null && listable(dayTok) && listed(scan.text, dayTok, sentence))
          || otherDayIn(sentence, s, dayTok)) {
        return Optional.empty();
      }
      LocalDate startDate;
      boolean dated = dayTok != null;
      if (dayTok instanceof DateTok d) {
        Optional<LocalDate> x = DateGrammar.onOrBefore(d.parts(), local);
        if (x.isEmpty()) {
          return Optional.empty();
        }
        startDate = x.get();
      } else if (dayTok instanceof RelTok r && !r.future()) {
        // "vannacht", "gisternacht", "last night": the night that ended on the anchor's date
        startDate = r.night() || r.vannacht() ? (sm >= 12 * 60 ? local.minusDays(1) : local)
            : local.plusDays(r.offset());
      } else if (dayTok instanceof NightTok n) {
        // "in de nacht van dinsdag 2 op woensdag 3 december 2025 … van 23.40 tot 01.15 uur"
        DayRef night = night(n);
        if (night == null || night.first == null) {
          night = lastNight(n, local); // "In de nacht van dinsdag op woensdag was …"
        }
        if (night == null || night.first == null || night.first.isAfter(local)) {
          return Optional.empty();
        }
        startDate = night.dateFor(sm);
      } else if (dayTok instanceof WeekdayTok w && w.holiday() != null) {
        // "Op Tweede Paasdag tussen 10.00 en 12.00 uur was de KVK API niet bereikbaar"
        startDate = holiday(w.holiday());
        if (startDate == null || startDate.isAfter(local)) {
          return Optional.empty();
        }
      } else if (dayTok instanceof WeekdayTok w && w.holiday() == null && w.qualifier() == 0
          && has(sentence, PAST_REPORT)) {
        // "Dinsdagochtend is Zoeken van kwart over negen tot half elf niet beschikbaar geweest"
        startDate = local.with(TemporalAdjusters.previousOrSame(w.dow()));
      } else if (dayTok != null) {
        return Optional.empty();
      } else {
        startDate = em > sm ? local : local.minusDays(1);
      }
      for (int shift = 0; shift <= (dated ? 0 : 1); shift++) {
        LocalDate sd = startDate.minusDays(shift);
        LocalDate ed = em > sm ? sd : sd.plusDays(1);
        if (s.endDay != null) {
          ed = endDate(s.endDay, sd, em);
          if (ed == null) {
            return Optional.empty();
          }
        }
        Instant a = DateGrammar.instant(sd.atStartOfDay().plusMinutes(sm), stated, zone);
        Instant b = DateGrammar.instant(ed.atStartOfDay().plusMinutes(em),
            s.b.zone() != null ? s.b.zone() : stated, zone);
        if (!b.isAfter(a) || b.isAfter(anchor)) {
          continue;
        }
        if (shift == 1 && !has(sentence(s.start), PAST)) {
          return Optional.empty();
        }
        return Optional.of(new Instant[] {a, b});
      }
      return Optional.empty();
    }
  }

  // -------------------------------------------------------------------------------- checks

  /** Every expression this grammar reads has a digit (a day, a time): without one, none. */
  private static boolean hasDigit(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (Character.isDigit(text.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  /** A time has a digit, or is midnight or noon, or a clock time in words ("half elf"). */
  private static boolean mayHaveTime(String text) {
    if (hasDigit(text)) {
      return true;
    }
    String low = DateGrammar.fold(text);
    return low.contains("midnight") || low.contains("middernacht") || low.contains("half ")
        || low.contains("kwart ") || low.contains("middaguur") || low.contains("midday")
        || low.contains("noon") || DateGrammar.ENGLISH_CLOCK_AHEAD.matcher(low).find()
        || hasDigit(DateGrammar.foldDates(text)); // "om tien uur"
  }

  /** The text scanned, or null when it holds no time of day at all. */
  private static Context timed(String text, Instant anchor, ZoneId zone) {
    check(text, anchor, zone);
    if (!mayHaveTime(text)) {
      return null;
    }
    Scan scan = Scan.of(text);
    return scan.has(DateGrammar.M_TIME) ? new Context(scan, anchor, zone) : null;
  }

  private static void check(String text, Instant anchor, ZoneId zone) {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(anchor, "anchor");
    Objects.requireNonNull(zone, "zone");
  }
}
