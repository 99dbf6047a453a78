package nl.statuswacht.digest;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Stream;
import nl.statuswacht.calendar.BusinessCalendar;
import nl.statuswacht.model.Category;
import nl.statuswacht.model.Classification;
import nl.statuswacht.model.Outcome;
import nl.statuswacht.model.Rule;
import nl.statuswacht.model.Service;
import nl.statuswacht.model.Verdict;
import nl.statuswacht.model.Window;
import nl.statuswacht.rules.Availability;
import nl.statuswacht.rules.Policy;
import nl.statuswacht.rules.Restoration;
import nl.statuswacht.rules.Scoreboard;

/**
 * What one weekly digest says, for one subscriber: the week's posts, what is still open, what is
 * coming, and whether KVK kept its service levels. Pure: a function of {@link #compose}'s
 * arguments only. The lists a subscriber chose (the week's posts, open incidents, windows,
 * changes) pass their {@code wanted} filter; the contract picture (scoreboard, violations, bars)
 * does not, for it is the same for everyone.
 *
 * <p>Over 300 lines: what one digest says, composed in one place so that its parts (the week, open
 * items, windows, changes, scoreboard, bars) agree on the same posts and the same present.
 *
 * @param week the week the digest covers
 * @param asOf the moment the verdicts were judged at, and "now" for what is open and coming
 * @param weekPosts the posts that belong to the week, per category (see {@link #belongs})
 * @param openIncidents incidents known (announced or seen) and started by {@code asOf} and not
 *     resolved then, oldest first
 * @param upcomingWindows downtime windows known by {@code asOf} in the {@value #HORIZON_DAYS}
 *     days from it, not called off (as they read now)
 * @param upcomingChanges changes known by {@code asOf} taking effect on or after its local date
 * @param scoreboard the rolling period ({@link Policy#availabilityDays()}) ending with the week
 * @param compliance the notice and window verdicts of the scoreboard, counted per outcome
 * @param violations every violation of the week, with its evidence
 * @param bars per service, the state of each day of the rolling period
 * @param leftOut how many posts the subscriber's choice kept out of the lists (the week's posts,
 *     open incidents, windows, changes); 0 for someone who follows everything
 */
public record DigestReport(
    Week week,
    Instant asOf,
    List<Group> weekPosts,
    List<OpenIncident> openIncidents,
    List<DigestPost> upcomingWindows,
    List<UpcomingChange> upcomingChanges,
    Scoreboard.Board scoreboard,
    List<Compliance> compliance,
    List<Violation> violations,
    List<Bar> bars,
    int leftOut) {

  /** How far ahead the digest looks for downtime windows, in days. */
  public static final int HORIZON_DAYS = 14;

  private static final ZoneId AMSTERDAM = BusinessCalendar.AMSTERDAM;
  private static final List<Service> KVK =
      List.of(Service.KVK_API, Service.KVK_DATASERVICE, Service.KVK_MUTATIESERVICE);
  private static final List<Rule> COUNTED =
      List.of(Rule.CHANGE_NOTICE, Rule.MAINTENANCE_NOTICE, Rule.MAINTENANCE_WINDOW);
  private static final Comparator<DigestPost> BY_ANNOUNCED =
      Comparator.comparing((DigestPost p) -> announced(p.judged()))
          .thenComparing(p -> p.judged().key());

  public DigestReport {
    weekPosts = List.copyOf(weekPosts);
    openIncidents = List.copyOf(openIncidents);
    upcomingWindows = List.copyOf(upcomingWindows);
    upcomingChanges = List.copyOf(upcomingChanges);
    compliance = List.copyOf(compliance);
    violations = List.copyOf(violations);
    bars = List.copyOf(bars);
  }

  /**
   * The week's posts of one category, by announcement.
   *
   * @param category the category, or {@code null} for posts whose category is unknown (last)
   */
  public record Group(Category category, List<DigestPost> posts) {
    public Group {
      posts = List.copyOf(posts);
    }
  }

  /**
   * An incident still open at the digest's moment.
   *
   * @param started its start, or its announcement when it states none
   * @param open how long it has been open at {@code asOf}
   * @param targets every restoration target of its priority with its deadline (empty when the
   *     priority is unknown)
   * @param next the first target whose deadline is still ahead, or {@code null} when all have
   *     passed or there are none
   */
  public record OpenIncident(DigestPost post, Instant started, Duration open,
      List<Restoration.TargetResult> targets, Restoration.TargetResult next) {
    public OpenIncident {
      targets = List.copyOf(targets);
    }
  }

  /**
   * A change coming into effect.
   *
   * @param notice its {@link Rule#CHANGE_NOTICE} verdict, or {@code null} when it has none
   */
  public record UpcomingChange(DigestPost post, Verdict notice) {}

  /** How many verdicts of one rule had each outcome over the scoreboard's period. */
  public record Compliance(Rule rule, int compliant, int violation, int pending,
      int needsReview) {
    public int total() {
      return compliant + violation + pending + needsReview;
    }
  }

  /**
   * A violation with what it rests on.
   *
   * @param post the post (title, link, first seen by the watcher, announced); for a missing
   *     annual calendar a stand-in that names the year, with no link and no announcement
   * @param verdict the rule, what it required, what happened, and why, in Dutch and English
   * @param evidenceSha the SHA-256 of the archived document the post was read from, or {@code
   *     null} when none was kept (always for a missing calendar)
   */
  public record Violation(Scoreboard.Judged post, Verdict verdict, String evidenceSha) {}

  /** The state of a service on one day: the worst stretch that touched it. */
  public enum DayState {
    OK,
    MAINTENANCE,
    DEGRADED,
    DOWN
  }

  /** One local day of a bar. */
  public record Day(LocalDate date, DayState state) {}

  /** A service's days over the scoreboard's rolling period, oldest first. */
  public record Bar(Service service, List<Day> days) {
    public Bar {
      days = List.copyOf(days);
    }
  }

  /**
   * Whether the digest has nothing to tell: no posts, nothing open or coming, no violation (of
   * what the subscriber follows: see {@link #leftOut}).
   */
  public boolean quiet() {
    return weekPosts.isEmpty() && openIncidents.isEmpty() && upcomingWindows.isEmpty()
        && upcomingChanges.isEmpty() && violations.isEmpty();
  }

  /** The number of incidents among the week's posts. */
  public int incidentCount() {
    return weekPosts.stream().filter(g -> g.category() == Category.INCIDENT)
        .mapToInt(g -> g.posts().size()).sum();
  }

  /**
   * Composes the digest of {@code week}.
   *
   * @param posts every stored post, each with its verdicts judged at {@code asOf}
   * @param asOf the digest's "now"
   * @param wanted what the subscriber wants; filters the lists, not the contract picture
   */
  public static DigestReport compose(List<DigestPost> posts, Policy policy,
      BusinessCalendar calendar, Week week, Instant asOf, Predicate<Classification> wanted) {
    return compose(posts, policy, calendar, week, asOf, wanted, Availability.Coverage.ALL);
  }

  /**
   * Composes the digest of {@code week}, its scoreboard over what statuswacht observed: from the
   * earlier of {@code firstRead} and the oldest post the page shows, to the last read by
   * {@code asOf} (see {@link Scoreboard#coverage}).
   *
   * @param firstRead the first successful read of the page, {@code null} when never read
   * @param lastRead the last successful read, {@code null} when never read
   */
  public static DigestReport compose(List<DigestPost> posts, Policy policy,
      BusinessCalendar calendar, Week week, Instant asOf, Predicate<Classification> wanted,
      Instant firstRead, Instant lastRead) {
    List<Scoreboard.Judged> judged = posts.stream().map(DigestPost::asHappened).toList();
    return compose(posts, policy, calendar, week, asOf, wanted, Scoreboard.coverage(judged,
        firstRead, lastRead != null && lastRead.isAfter(asOf) ? asOf : lastRead));
  }

  private static DigestReport compose(List<DigestPost> posts, Policy policy,
      BusinessCalendar calendar, Week week, Instant asOf, Predicate<Classification> wanted,
      Availability.Coverage coverage) {
    List<DigestPost> ordered = posts.stream().sorted(BY_ANNOUNCED).toList();
    List<DigestPost> inWeek = ordered.stream().filter(p -> belongs(p, week)).toList();
    // time as it went: a window called off took none (its verdicts still count)
    List<Scoreboard.Judged> judged = ordered.stream().map(DigestPost::asHappened).toList();
    Scoreboard.Board board = Scoreboard.compute(judged, policy, calendar,
        week.sunday().minusDays(policy.availabilityDays() - 1L), week.sunday(), asOf, coverage);
    // what was open and coming at asOf: for a week told as of its end, what was announced and
    // seen only later is left out (for a digest of now, nothing is: whatever a post's own date,
    // the watcher has seen it)
    List<DigestPost> known = ordered.stream().filter(p -> knownBy(p.judged(), asOf)).toList();
    List<OpenIncident> open = openIncidents(known, policy, calendar, asOf);
    List<DigestPost> windows = upcomingWindows(known, asOf);
    List<UpcomingChange> changes = upcomingChanges(known, asOf);
    Predicate<DigestPost> chosen = p -> wanted.test(p.judged().classification());
    int leftOut = (int) Stream.of(inWeek.stream(), open.stream().map(OpenIncident::post),
            windows.stream(), changes.stream().map(UpcomingChange::post))
        .flatMap(Function.identity()).filter(chosen.negate()).map(p -> p.judged().key())
        .distinct().count();
    return new DigestReport(week, asOf,
        groups(inWeek.stream().filter(chosen).toList()),
        open.stream().filter(o -> chosen.test(o.post())).toList(),
        windows.stream().filter(chosen).toList(),
        changes.stream().filter(u -> chosen.test(u.post())).toList(),
        board, compliance(board), violations(inWeek, board, week),
        bars(judged, policy, week, asOf), leftOut);
  }

  /** Whether a post was known at {@code asOf}: announced, or seen by the watcher, by then. */
  private static boolean knownBy(Scoreboard.Judged post, Instant asOf) {
    return !announced(post).isAfter(asOf)
        || (post.firstSeen() != null && !post.firstSeen().isAfter(asOf));
  }

  /** When a post was announced: its own date, else when the watcher first saw it. */
  static Instant announced(Scoreboard.Judged post) {
    return post.announced() != null ? post.announced() : post.firstSeen();
  }

  /**
   * Whether a post belongs to the week: announced in it; an incident that started or was
   * resolved in it; maintenance whose window overlaps it; a change taking effect on one of its
   * days.
   */
  static boolean belongs(DigestPost post, Week week) {
    Scoreboard.Judged judged = post.judged();
    if (in(announced(judged), week)) {
      return true;
    }
    Classification c = judged.classification();
    if (c == null || c.category() == null) {
      return false;
    }
    return switch (c.category()) {
      case INCIDENT -> in(c.started(), week) || in(c.resolved(), week);
      case PLANNED_MAINTENANCE, EMERGENCY_MAINTENANCE -> overlaps(c.window(), week);
      case CHANGE -> c.effectiveDate() != null && !c.effectiveDate().isBefore(week.monday())
          && !c.effectiveDate().isAfter(week.sunday());
      case INFORMATION -> false;
    };
  }

  private static boolean in(Instant instant, Week week) {
    return instant != null && !instant.isBefore(week.start()) && instant.isBefore(week.end());
  }

  private static boolean overlaps(Window window, Week week) {
    if (window == null || (window.start() == null && window.end() == null)) {
      return false;
    }
    if (window.start() == null || window.end() == null) {
      return in(window.start() != null ? window.start() : window.end(), week);
    }
    return window.start().isBefore(week.end()) && window.end().isAfter(week.start());
  }

  private static List<Group> groups(List<DigestPost> posts) {
    Map<Category, List<DigestPost>> byCategory = new EnumMap<>(Category.class);
    List<DigestPost> unknown = new ArrayList<>();
    for (DigestPost post : posts) {
      Category category = category(post);
      if (category == null) {
        unknown.add(post);
      } else {
        byCategory.computeIfAbsent(category, k -> new ArrayList<>()).add(post);
      }
    }
    List<Group> groups = new ArrayList<>();
    byCategory.forEach((category, list) -> groups.add(new Group(category, list)));
    if (!unknown.isEmpty()) {
      groups.add(new Group(null, unknown));
    }
    return groups;
  }

  private static List<OpenIncident> openIncidents(List<DigestPost> posts, Policy policy,
      BusinessCalendar calendar, Instant asOf) {
    List<OpenIncident> open = new ArrayList<>();
    for (DigestPost post : posts) {
      Classification c = post.judged().classification();
      Instant started = c == null ? null
          : c.started() != null ? c.started() : announced(post.judged());
      boolean resolvedBy = c != null && c.resolved() != null && !c.resolved().isAfter(asOf);
      if (category(post) != Category.INCIDENT || resolvedBy || !started.isBefore(asOf)) {
        continue;
      }
      List<Restoration.TargetResult> targets = c.priority() == null ? List.of()
          : Restoration.targets(policy, calendar, c.priority(), started, null);
      Restoration.TargetResult next = targets.stream()
          .filter(t -> t.deadline().isAfter(asOf))
          .min(Comparator.comparing(Restoration.TargetResult::deadline))
          .orElse(null);
      open.add(new OpenIncident(post, started, Duration.between(started, asOf), targets, next));
    }
    open.sort(Comparator.comparing(OpenIncident::started)
        .thenComparing(o -> o.post().judged().key()));
    return open;
  }

  private static List<DigestPost> upcomingWindows(List<DigestPost> posts, Instant asOf) {
    Instant horizon = asOf.plus(Duration.ofDays(HORIZON_DAYS));
    return posts.stream()
        .filter(p -> category(p) == Category.PLANNED_MAINTENANCE
            || category(p) == Category.EMERGENCY_MAINTENANCE)
        .filter(p -> !p.cancelled())
        .filter(p -> Boolean.TRUE.equals(p.judged().classification().downtime()))
        .filter(p -> {
          Window w = p.judged().classification().window();
          return w != null && w.start() != null && w.end() != null && w.end().isAfter(asOf)
              && w.start().isBefore(horizon);
        })
        .sorted(Comparator.comparing((DigestPost p) -> p.judged().classification().window()
            .start()).thenComparing(p -> p.judged().key()))
        .toList();
  }

  private static List<UpcomingChange> upcomingChanges(List<DigestPost> posts, Instant asOf) {
    LocalDate today = asOf.atZone(AMSTERDAM).toLocalDate();
    return posts.stream()
        .filter(p -> category(p) == Category.CHANGE)
        .filter(p -> p.judged().classification().effectiveDate() != null
            && !p.judged().classification().effectiveDate().isBefore(today))
        .sorted(Comparator.comparing((DigestPost p) -> p.judged().classification()
            .effectiveDate()).thenComparing(BY_ANNOUNCED))
        .map(p -> new UpcomingChange(p, p.judged().verdicts().stream()
            .filter(v -> v.rule() == Rule.CHANGE_NOTICE).findFirst().orElse(null)))
        .toList();
  }

  private static List<Compliance> compliance(Scoreboard.Board board) {
    List<Compliance> counts = new ArrayList<>();
    for (Rule rule : COUNTED) {
      int[] n = new int[Outcome.values().length];
      board.verdicts().stream().filter(f -> f.verdict().rule() == rule)
          .forEach(f -> n[f.verdict().outcome().ordinal()]++);
      counts.add(new Compliance(rule, n[Outcome.COMPLIANT.ordinal()],
          n[Outcome.VIOLATION.ordinal()], n[Outcome.PENDING.ordinal()],
          n[Outcome.NEEDS_REVIEW.ordinal()]));
    }
    return counts;
  }

  /**
   * Every violation of the week's posts, whatever the subscriber wants, and the scoreboard's
   * finding that no annual calendar was seen, when its 1 January falls in the week.
   */
  private static List<Violation> violations(List<DigestPost> inWeek, Scoreboard.Board board,
      Week week) {
    List<Violation> violations = new ArrayList<>();
    for (DigestPost post : inWeek) {
      for (Verdict verdict : post.judged().verdicts()) {
        if (verdict.outcome() == Outcome.VIOLATION) {
          violations.add(new Violation(post.judged(), verdict, post.evidenceSha()));
        }
      }
    }
    for (Scoreboard.Finding finding : board.violations()) {
      if (finding.verdict().rule() == Rule.ANNUAL_CALENDAR
          && finding.post().classification() == null && in(finding.post().firstSeen(), week)) {
        violations.add(new Violation(finding.post(), finding.verdict(), null));
      }
    }
    return violations;
  }

  /**
   * Per KVK service, the worst state of each local day of the rolling period ending with the
   * week's Sunday; a day runs from its local midnight to the next (23 or 25 hours on DST days).
   * Open incidents run until the week's end or {@code asOf}, whichever is first.
   */
  private static List<Bar> bars(List<Scoreboard.Judged> posts, Policy policy, Week week,
      Instant asOf) {
    Instant horizon = week.end().isBefore(asOf) ? week.end() : asOf;
    List<Availability.Stretch> stretches = new ArrayList<>();
    for (Scoreboard.Judged post : posts) {
      if (post.classification() != null) {
        stretches.addAll(Availability.stretches(post.classification(), policy, horizon,
            post.key()));
      }
    }
    LocalDate first = week.sunday().minusDays(policy.availabilityDays() - 1L);
    List<Bar> bars = new ArrayList<>();
    for (Service service : KVK) {
      List<Day> days = new ArrayList<>();
      for (LocalDate day = first; !day.isAfter(week.sunday()); day = day.plusDays(1)) {
        days.add(new Day(day, state(stretches, service, day)));
      }
      bars.add(new Bar(service, days));
    }
    return bars;
  }

  private static DayState state(List<Availability.Stretch> stretches, Service service,
      LocalDate day) {
    Instant from = day.atStartOfDay(AMSTERDAM).toInstant();
    Instant to = day.plusDays(1).atStartOfDay(AMSTERDAM).toInstant();
    DayState worst = DayState.OK;
    for (Availability.Stretch s : stretches) {
      if (s.service() == service && s.start().isBefore(to) && s.end().isAfter(from)) {
        DayState state = switch (s.kind()) {
          case UNPLANNED -> DayState.DOWN;
          case DEGRADED -> DayState.DEGRADED;
          case PLANNED -> DayState.MAINTENANCE;
        };
        worst = state.compareTo(worst) > 0 ? state : worst;
      }
    }
    return worst;
  }

  private static Category category(DigestPost post) {
    Classification c = post.judged().classification();
    return c == null ? null : c.category();
  }
}
