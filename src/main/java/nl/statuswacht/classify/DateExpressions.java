package nl.statuswacht.classify;

import static nl.statuswacht.classify.DateGrammar.FLAGS;
import static nl.statuswacht.classify.DateGrammar.MONTH_WORDS;
import static nl.statuswacht.classify.DateGrammar.NL;
import static nl.statuswacht.classify.DateGrammar.NLB;
import static nl.statuswacht.classify.DateGrammar.OSP;
import static nl.statuswacht.classify.DateGrammar.SP;
import static nl.statuswacht.classify.DateGrammar.WEEKDAY_WORDS;
import static nl.statuswacht.classify.DateGrammar.date;
import static nl.statuswacht.classify.DateGrammar.lower;
import static nl.statuswacht.classify.DateGrammar.time;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.statuswacht.classify.DateGrammar.DateParts;
import nl.statuswacht.model.Window;

/**
 * Reads dates and times out of the Dutch and English text of a status-page post.
 *
 * <p>The grammar, case-insensitive:
 * <pre>
 * date    = [weekday] day month [year] | d-m-yyyy | d/m/yyyy | d.m.yyyy | yyyy-mm-dd
 *         | weekday d-m                 (digits without a year only after a weekday)
 * day     = date | vandaag | vanavond | vannacht | morgen[avond|ochtend..] | overmorgen
 *         | today | tonight | tomorrow
 *         | [in de] nacht van [weekday] [day [month [year]]] op date   (and "night of .. to ..")
 * time    = h:mm | h.mm ["uur"] [CET | CEST | UTC | GMT]
 * range   = [van | vanaf | tussen | from | between] time (tot | t/m | - | to | until | en | and) time
 *         | (vanaf | from | starting at) time                          (end unknown)
 * window  = day .. range | range .. day    (same sentence, no other day in between)
 * effective = (per | vanaf | met ingang van | m.i.v. | ingaande | from | as of | as from
 *         | effective [from|as of|on] | starting [from|on]) date
 * since   = (sinds | vanaf | since | from | starting at) [vanochtend | gisteren | ..] [date] time
 * </pre>
 *
 * <p>Resolution: a date without a year is the first such date on or after the anchor's local
 * date (for {@link #since} the last on or before it). In a window an end at or before the start
 * is on the next day; in a night ("nacht van 2 op 3 december") a time from 12:00 is on the first
 * day and an earlier time on the second. Local times are resolved in {@code zone} unless the text
 * states CET (+01:00), CEST (+02:00), UTC or GMT; a time that does not exist (the spring gap) moves
 * forward as {@link java.time.ZonedDateTime#ofLocal} does, a time that exists twice (the autumn
 * overlap) takes the earlier, summer-time, offset.
 *
 * <p>Nothing is guessed: an impossible date (31 februari), a weekday that does not match its date,
 * an impossible time (25:00), a window listing several days, all give an empty result. The first
 * expression in the text wins. Evidence is the exact span of text that was read.
 */
public final class DateExpressions {
  private DateExpressions() {}

  private static final Pattern NIGHT = Pattern.compile(NLB + "(?:nacht|night)" + SP
      + "(?:van|of|from)" + SP
      + "(?:(?<aw>" + WEEKDAY_WORDS + ")" + NL + "\\.?,?(?:" + SP + "(?<ad>\\d{1,2}))?"
      + "|(?<ae>\\d{1,2}))"
      + "(?:" + SP + "(?<am>" + MONTH_WORDS + ")" + NL + DateGrammar.MONTH_DOT + "(?:,?" + SP
      + "(?<ay>\\d{4})(?!\\d))?)?"
      + SP + "(?:op|to|on|into)" + SP + date("b"), FLAGS);

  private static final Pattern RELATIVE_DAY = Pattern.compile(NLB
      + "(?<rel>overmorgen|morgenochtend|morgenmiddag|morgenavond|morgennacht|morgenvroeg|morgen"
      + "|vandaag|vanavond|vanmiddag|vanochtend|vanmorgen|vannacht|today|tonight|tomorrow"
      + "|this" + SP + "(?:morning|afternoon|evening))" + NL, FLAGS);

  private static final String RANGE_SEPARATOR = "(?:" + OSP + "[-\u2013\u2014]" + OSP + "|" + SP
      + "(?:tot" + SP + "en" + SP + "met|tot|t/m|en|to|until|till|and|through)" + SP + ")";

  private static final Pattern RANGE = Pattern.compile(
      "(?:" + NLB + "(?<cue>vanaf|van|tussen|from|between)" + SP + ")?" + time("a")
          + "(?<sep>" + RANGE_SEPARATOR + ")" + time("b"), FLAGS);

  private static final Pattern START_ONLY = Pattern.compile(NLB
      + "(?:vanaf|from|starting" + SP + "(?:at|from)|starting|beginnend" + SP + "om)" + SP
      + "(?:(?:om|at)" + SP + ")?" + time("a"), FLAGS);

  /** A range separator and a time right after a start time: the start was part of a range. */
  private static final Pattern CONTINUES_AS_RANGE =
      Pattern.compile(RANGE_SEPARATOR + time("c"), FLAGS);

  private static final Pattern EFFECTIVE = Pattern.compile(NLB
      + "(?:met" + SP + "ingang" + SP + "van|m\\." + OSP + "i\\." + OSP + "v\\.?|per|vanaf|ingaande"
      + "|as" + SP + "(?:of|from)|effective(?:" + SP + "(?:from|as" + SP + "of|on))?"
      + "|starting(?:" + SP + "(?:from|on))?|beginning(?:" + SP + "(?:from|on))?|from)" + SP
      + "(?:(?:op|on)" + SP + ")?" + date("e"), FLAGS);

  private static final Pattern SINCE = Pattern.compile(NLB
      + "(?:sinds|vanaf|since|from|starting(?:" + SP + "(?:at|from))?|beginning" + SP + "at)" + SP
      + "(?:(?<rel>vandaag|vanochtend|vanmorgen|vanmiddag|vanavond|vannacht|gisterochtend"
      + "|gistermorgen|gistermiddag|gisteravond|gisternacht|gisteren|today|this" + SP
      + "(?:morning|afternoon|evening)|yesterday|last" + SP + "night)" + NL + OSP + ",?" + SP + ")?"
      + "(?:(?:om|at)" + SP + ")?"
      + "(?:" + date("s") + ",?" + SP + "(?:(?:om|at)" + SP + ")?)?"
      + time("t"), FLAGS);

  /** Text between two dates that makes them one list: ", ", " en ", ", and ". */
  private static final Pattern LIST_GAP =
      Pattern.compile(OSP + "(?:,|,?" + OSP + "(?:en|and|of|or|&))" + OSP, FLAGS);

  /** The text before a day ends in another day and a list or range word: "14 en ". */
  private static final Pattern LIST_BEFORE = Pattern.compile(
      "(?:(?<![\\d:.])\\d{1,4}|" + MONTH_WORDS + NL + "\\.?)" + OSP
          + "(?:,|&|[-\u2013]|(?:en|and|of|or|t/m|tot" + SP + "en" + SP + "met|tot|to|until|till"
          + "|through)" + NL + ")" + OSP + "$", FLAGS);

  /** The text after a day continues with another day: " en zondag 15 maart", ", 21 juni". */
  private static final Pattern LIST_AFTER = Pattern.compile(
      OSP + "(?:,|&|[-\u2013]|(?:en|and|of|or|t/m|tot" + SP + "en" + SP + "met|tot|to|until|till"
          + "|through)" + NL + ")" + OSP + "(?:" + WEEKDAY_WORDS + NL + "|\\d{1,2}(?![\\d:.]))",
      FLAGS);

  // ------------------------------------------------------------------------------------ API

  /**
   * The maintenance window the text states: a day and a time range (or a start time), in the
   * same sentence.
   *
   * @param text the post's text
   * @param anchor when the post was published; resolves "vanavond" and dates without a year
   * @param zone the zone of times that state none (Europe/Amsterdam)
   * @return the window, with the words from the day to the range as evidence; empty when the
   *     text states none or states one that is impossible or ambiguous
   */
  /** Every expression this grammar reads has a digit (a day, a time): without one, none. */
  private static boolean hasDigit(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (Character.isDigit(text.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  public static Optional<Found<Window>> window(String text, Instant anchor, ZoneId zone) {
    check(text, anchor, zone);
    if (!hasDigit(text)) {
      return Optional.empty();
    }
    LocalDate today = anchor.atZone(zone).toLocalDate();
    List<Day> days = days(text, today);
    List<Times> times = times(text);
    List<int[]> sentences = DateGrammar.sentences(text);
    for (Day day : days) {
      int[] sentence = DateGrammar.sentenceOf(sentences, day.start);
      Times t = pair(day, times, days, sentence);
      if (t == null) {
        continue;
      }
      if (day.first == null || !t.valid || day.listed(text, sentence)) {
        return Optional.empty();
      }
      Optional<Window> w = compose(day, t, zone);
      if (w.isEmpty()) {
        return Optional.empty();
      }
      String evidence = text.substring(Math.min(day.start, t.start), Math.max(day.end, t.end));
      return Optional.of(new Found<>(w.get(), evidence.strip()));
    }
    return Optional.empty();
  }

  /**
   * The date a change takes effect, after a cue word: "per 1 juli 2026", "vanaf 1 september
   * 2025", "met ingang van 5 mei 2025", "m.i.v.", "from", "as of", "as from", "effective",
   * "starting".
   *
   * @return the first such date; empty when there is none, or when it is impossible
   */
  public static Optional<Found<LocalDate>> effectiveDate(String text, Instant anchor, ZoneId zone) {
    check(text, anchor, zone);
    if (!hasDigit(text)) {
      return Optional.empty();
    }
    LocalDate today = anchor.atZone(zone).toLocalDate();
    Matcher m = EFFECTIVE.matcher(text);
    while (m.find()) {
      DateParts parts = DateGrammar.parts(m, "e");
      if (parts == null) {
        continue;
      }
      return DateGrammar.onOrAfter(parts, today).map(d -> new Found<>(d, m.group().strip()));
    }
    return Optional.empty();
  }

  /**
   * When an incident started, as the text states it: "Vanaf 08:25 uur", "sinds 09:05", "Sinds
   * vanochtend 07:10", "since 09:05", "from 08:25 (CEST)", "sinds maandag 15 september 08:25". A
   * time without a date is on the anchor's local date, or the day before when that would be after
   * the anchor. A date without a time is not a start ("vanaf 1 september 2025" gives empty), nor
   * is the start of a range ("vanaf 08:00 tot 12:00").
   */
  public static Optional<Found<Instant>> since(String text, Instant anchor, ZoneId zone) {
    check(text, anchor, zone);
    if (!hasDigit(text)) {
      return Optional.empty();
    }
    Matcher m = SINCE.matcher(text);
    while (m.find()) {
      Matcher range = CONTINUES_AS_RANGE.matcher(text);
      range.region(m.end(), text.length());
      if (range.lookingAt()) {
        continue;
      }
      return startOf(m, anchor, zone).map(i -> new Found<>(i, m.group().strip()));
    }
    return Optional.empty();
  }

  /**
   * Every calendar date the text mentions, in order, e.g. the four dates of "op 15 maart, 21
   * juni, 18 oktober en 13 december 2025". In a list a date without a year takes the year of the
   * next date (the year before when that would put it after the next date); otherwise a date
   * without a year is the first on or after the anchor's local date. Impossible dates and dates
   * whose weekday does not match are left out.
   */
  public static List<LocalDate> dates(String text, Instant anchor, ZoneId zone) {
    check(text, anchor, zone);
    if (!hasDigit(text)) {
      return List.of();
    }
    LocalDate today = anchor.atZone(zone).toLocalDate();
    record Mention(int start, int end, DateParts parts, LocalDate fixed) {}
    List<Mention> mentions = new ArrayList<>();
    List<int[]> taken = new ArrayList<>();
    Matcher n = NIGHT.matcher(text);
    while (n.find()) {
      Day night = night(n, today);
      taken.add(new int[] {n.start(), n.end()});
      if (night != null && night.first != null) {
        mentions.add(new Mention(n.start(), n.start(), null, night.first));
        mentions.add(new Mention(n.start(), n.end(), null, night.second));
      }
    }
    Matcher m = DateGrammar.DATE.matcher(text);
    while (m.find()) {
      DateParts parts = DateGrammar.parts(m, "x");
      if (parts != null && !overlaps(taken, m.start(), m.end())) {
        mentions.add(new Mention(m.start(), m.end(), parts, null));
      }
    }
    mentions.sort(Comparator.comparingInt(Mention::start));
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
      if (p.year() != null) {
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

  // ---------------------------------------------------------------------------------- days

  /**
   * A day expression: a date, a relative day, or a night. {@code first} null means it was read
   * but is impossible. In a night, {@code second} is the next day.
   */
  private record Day(int start, int end, LocalDate first, LocalDate second, boolean night,
      boolean plainDate) {
    /** Part of a list or range of days ("zaterdag 14 en zondag 15 maart"): ambiguous. */
    boolean listed(String text, int[] sentence) {
      if (!plainDate) {
        return false;
      }
      String before = text.substring(sentence[0], start);
      Matcher after = LIST_AFTER.matcher(text);
      after.region(end, sentence[1]);
      return LIST_BEFORE.matcher(before).find() || after.lookingAt();
    }
  }

  private static List<Day> days(String text, LocalDate today) {
    List<Day> out = new ArrayList<>();
    List<int[]> taken = new ArrayList<>();
    Matcher n = NIGHT.matcher(text);
    while (n.find()) {
      Day night = night(n, today);
      out.add(night != null ? night : new Day(n.start(), n.end(), null, null, true, false));
      taken.add(new int[] {n.start(), n.end()});
    }
    Matcher m = DateGrammar.DATE.matcher(text);
    while (m.find()) {
      DateParts parts = DateGrammar.parts(m, "x");
      if (parts == null || overlaps(taken, m.start(), m.end())) {
        continue;
      }
      LocalDate d = DateGrammar.onOrAfter(parts, today).orElse(null);
      out.add(new Day(m.start(), m.end(), d, d, false, true));
      taken.add(new int[] {m.start(), m.end()});
    }
    Matcher r = RELATIVE_DAY.matcher(text);
    while (r.find()) {
      if (overlaps(taken, r.start(), r.end())) {
        continue;
      }
      String word = lower(r.group("rel"));
      int plus = word.startsWith("overmorgen") ? 2
          : word.startsWith("morgen") || word.startsWith("tomorrow") ? 1 : 0;
      LocalDate d = today.plusDays(plus);
      out.add(new Day(r.start(), r.end(), d, d, false, false));
    }
    out.sort(Comparator.comparingInt(Day::start));
    return out;
  }

  /** A night "van [weekday] [d [month [year]]] op date"; null when it is impossible. */
  private static Day night(Matcher n, LocalDate today) {
    DateParts second = DateGrammar.parts(n, "b");
    if (second == null) {
      return null;
    }
    Optional<LocalDate> d2 = second.year() != null ? DateGrammar.exact(second, second.year())
        : DateGrammar.onOrAfter(second, today.plusDays(1));
    if (d2.isEmpty()) {
      return null;
    }
    LocalDate d1 = d2.get().minusDays(1);
    String day = n.group("ad") != null ? n.group("ad") : n.group("ae");
    DayOfWeek weekday = DateGrammar.weekday(n.group("aw"));
    boolean matches = (day == null || DateGrammar.num(day) == d1.getDayOfMonth())
        && (n.group("am") == null || DateGrammar.month(n.group("am")) == d1.getMonthValue())
        && (n.group("ay") == null || DateGrammar.num(n.group("ay")) == d1.getYear())
        && (weekday == null || weekday == d1.getDayOfWeek());
    return matches ? new Day(n.start(), n.end(), d1, d2.get(), true, false) : null;
  }

  private static boolean overlaps(List<int[]> taken, int start, int end) {
    for (int[] t : taken) {
      if (start < t[1] && t[0] < end) {
        return true;
      }
    }
    return false;
  }

  // --------------------------------------------------------------------------------- times

  /** A time range, or a start time with {@code endMinutes} -1; in minutes after midnight. */
  private record Times(int start, int end, int startMinutes, int endMinutes, ZoneOffset stated,
      boolean valid) {}

  private static List<Times> times(String text) {
    List<Times> out = new ArrayList<>();
    List<int[]> taken = new ArrayList<>();
    Matcher r = RANGE.matcher(text);
    while (r.find()) {
      String sep = lower(r.group("sep").strip());
      String cue = r.group("cue") == null ? "" : lower(r.group("cue"));
      if ((sep.equals("en") || sep.equals("and"))
          && !(cue.equals("tussen") || cue.equals("between"))) {
        continue; // "om 08:00 en 12:00" is two moments, not a range
      }
      int a = DateGrammar.minutes(r, "a", false);
      int b = DateGrammar.minutes(r, "b", true);
      ZoneOffset za = DateGrammar.offset(r.group("az"));
      ZoneOffset zb = DateGrammar.offset(r.group("bz"));
      boolean valid = a >= 0 && b >= 0 && (za == null || zb == null || za.equals(zb));
      out.add(new Times(r.start(), r.end(), a, b, zb != null ? zb : za, valid));
      taken.add(new int[] {r.start(), r.end()});
    }
    Matcher s = START_ONLY.matcher(text);
    while (s.find()) {
      if (overlaps(taken, s.start(), s.end())) {
        continue;
      }
      Matcher more = CONTINUES_AS_RANGE.matcher(text);
      more.region(s.end(), text.length());
      if (more.lookingAt()) {
        continue; // a range the range grammar refused
      }
      int a = DateGrammar.minutes(s, "a", false);
      out.add(new Times(s.start(), s.end(), a, -1, DateGrammar.offset(s.group("az")), a >= 0));
    }
    out.sort(Comparator.comparingInt(Times::start));
    return out;
  }

  /**
   * The times of a day: the first after it in its sentence with no other day in between, else the
   * last before it likewise.
   */
  private static Times pair(Day day, List<Times> times, List<Day> days, int[] sentence) {
    for (Times t : times) {
      if (t.start >= day.end && t.end <= sentence[1] && !dayBetween(days, day.end, t.start)) {
        return t;
      }
    }
    Times before = null;
    for (Times t : times) {
      if (t.end <= day.start && t.start >= sentence[0] && !dayBetween(days, t.end, day.start)) {
        before = t;
      }
    }
    return before;
  }

  private static boolean dayBetween(List<Day> days, int from, int to) {
    for (Day d : days) {
      if (d.start >= from && d.start < to) {
        return true;
      }
    }
    return false;
  }

  private static Optional<Window> compose(Day day, Times t, ZoneId zone) {
    LocalDate startDay = day.night && t.startMinutes < 12 * 60 ? day.second : day.first;
    LocalDateTime start = startDay.atStartOfDay().plusMinutes(t.startMinutes);
    Instant startAt = DateGrammar.instant(start, t.stated, zone);
    if (t.endMinutes < 0) {
      return Optional.of(new Window(startAt, null));
    }
    LocalDate endDay = day.night && t.endMinutes < 12 * 60 ? day.second : day.first;
    LocalDateTime end = endDay.atStartOfDay().plusMinutes(t.endMinutes);
    if (!day.night && !end.isAfter(start)) {
      if (t.endMinutes == t.startMinutes) {
        return Optional.empty(); // "van 08:00 tot 08:00": a day, or nothing?
      }
      end = end.plusDays(1);
    }
    Instant endAt = DateGrammar.instant(end, t.stated, zone);
    if (!endAt.isAfter(startAt)) {
      return Optional.empty();
    }
    return Optional.of(new Window(startAt, endAt));
  }

  // --------------------------------------------------------------------------------- since

  private static Optional<Instant> startOf(Matcher m, Instant anchor, ZoneId zone) {
    int minutes = DateGrammar.minutes(m, "t", false);
    if (minutes < 0) {
      return Optional.empty();
    }
    ZoneOffset stated = DateGrammar.offset(m.group("tz"));
    LocalDate today = stated != null ? anchor.atOffset(stated).toLocalDate()
        : anchor.atZone(zone).toLocalDate();
    boolean hasDate = m.group("sd") != null || m.group("siy") != null || m.group("snd") != null;
    if (hasDate) {
      DateParts parts = DateGrammar.parts(m, "s");
      if (parts == null) {
        return Optional.empty();
      }
      return DateGrammar.onOrBefore(parts, today)
          .map(d -> DateGrammar.instant(d.atStartOfDay().plusMinutes(minutes), stated, zone));
    }
    String rel = m.group("rel") == null ? null : lower(m.group("rel"));
    if (rel != null) {
      LocalDate day = rel.startsWith("gister") || rel.equals("yesterday") ? today.minusDays(1)
          : (rel.equals("vannacht") || rel.startsWith("last")) && minutes >= 12 * 60
              ? today.minusDays(1) : today;
      Instant at = DateGrammar.instant(day.atStartOfDay().plusMinutes(minutes), stated, zone);
      return at.isAfter(anchor) ? Optional.empty() : Optional.of(at);
    }
    Instant at = DateGrammar.instant(today.atStartOfDay().plusMinutes(minutes), stated, zone);
    if (at.isAfter(anchor)) {
      at = DateGrammar.instant(today.minusDays(1).atStartOfDay().plusMinutes(minutes), stated,
          zone);
    }
    return Optional.of(at);
  }

  /** Placeholder until the temporal grammar reads stated end times; replaced on merge. */
  public static Optional<Found<Instant>> until(String text, Instant anchor, ZoneId zone) {
    check(text, anchor, zone);
    return Optional.empty();
  }

  private static void check(String text, Instant anchor, ZoneId zone) {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(anchor, "anchor");
    Objects.requireNonNull(zone, "zone");
  }
}
