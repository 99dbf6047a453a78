package nl.statuswacht.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import nl.statuswacht.calendar.BusinessCalendar;
import nl.statuswacht.classify.Classifier;
import nl.statuswacht.cli.ClassifyOutput;
import nl.statuswacht.cli.ReportOutput;
import nl.statuswacht.config.Config;
import nl.statuswacht.digest.DigestPost;
import nl.statuswacht.digest.DigestReport;
import nl.statuswacht.digest.Week;
import nl.statuswacht.digestqueue.CurrentPosts;
import nl.statuswacht.fetch.EvidenceArchive;
import nl.statuswacht.model.PlatformHints;
import nl.statuswacht.model.Post;
import nl.statuswacht.pages.Pages;
import nl.statuswacht.rules.Rules;
import nl.statuswacht.rules.Scoreboard;
import nl.statuswacht.store.Database;
import nl.statuswacht.store.FetchRepository;
import nl.statuswacht.store.WebQueries;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The daemon's HTTP server (the JDK's own, through {@link Router}): the read-only dashboard, the
 * post and report pages, the feeds, the JSON API, health and metrics. No login, nothing that
 * changes anything; every page is escaped by its Mustache template and served under a strict
 * Content-Security-Policy (styles and the one script from {@code /static}, nothing inline,
 * nothing from elsewhere).
 *
 * <p>Routes of other parts of statuswacht (unsubscribing) are added by the {@code extraRoutes}
 * given to {@link #start}, after these and before the server starts.
 *
 * <p>Over 300 lines: every route of the daemon's server (pages, feeds, API, health, metrics) with
 * its parameters checked and its problems answered in one place, beside the server's start,
 * Content-Security-Policy and readiness; the pages themselves are {@code pages.Pages}.
 */
public final class WebServer implements AutoCloseable {
  private static final Logger log = LoggerFactory.getLogger(WebServer.class);
  /** The policy every response carries. */
  static final String CSP = "default-src 'none'; style-src 'self'; script-src 'self';"
      + " img-src 'self'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";
  /** How many poll intervals may pass without a successful poll before /readyz says 503. */
  static final int READY_INTERVALS = 3;

  private final Config config;
  private final Database database;
  private final Rules rules;
  private final Classifier classifier;
  private final EvidenceArchive archive;
  private final Metrics metrics;
  private final Clock clock;
  /** The page templates, compiled at the first page served (a one-shot command serves none). */
  private volatile Pages pages;
  private Router.Server server;

  public WebServer(Config config, Database database, Rules rules, Classifier classifier,
      EvidenceArchive archive, Metrics metrics, Clock clock) {
    this.config = config;
    this.database = database;
    this.rules = rules;
    this.classifier = classifier;
    this.archive = archive;
    this.metrics = metrics;
    this.clock = clock;
  }

  private Pages pages() {
    Pages known = pages;
    if (known == null) {
      known = pages = new Pages();
    }
    return known;
  }

  /**
   * Binds to {@code web.listen} and serves until {@link #close}.
   *
   * @param extraRoutes adds routes of other parts (e.g. {@code UnsubscribeRoutes::register})
   */
  public synchronized void start(Consumer<Router> extraRoutes) {
    Router routes = new Router();
    routes.before(ctx -> {
      ctx.header("Content-Security-Policy", CSP);
      ctx.header("X-Content-Type-Options", "nosniff");
      ctx.header("Referrer-Policy", "no-referrer");
    });
    routes.files("/static", Pages.STATIC, Map.of("Cache-Control", "max-age=300"));
    routes.get("/", this::dashboard);
    routes.get("/posts/{id}", this::post);
    routes.get("/report", this::report);
    routes.get("/evidence/{sha}", this::evidence);
    routes.get("/feed.atom", ctx -> ctx.contentType("application/atom+xml; charset=utf-8")
        .result(Feeds.atom(posts(), config, ids(), clock.instant())));
    routes.get("/maintenance.ics", ctx -> ctx.contentType("text/calendar; charset=utf-8")
        .result(Feeds.calendar(posts(), config, clock.instant())));
    routes.get("/api/posts", this::apiPosts);
    routes.get("/api/report", ctx -> {
      Optional<Scoreboard.Board> board = board(ctx);
      if (board.isPresent()) {
        ctx.contentType("application/json").result(ReportOutput.json(board.get()));
      }
    });
    routes.get("/healthz", ctx -> ctx.contentType("text/plain").result("ok\n"));
    routes.get("/readyz", this::ready);
    routes.get("/metrics", ctx -> ctx.contentType("text/plain; version=0.0.4; charset=utf-8")
        .result(metrics.scrape(database, config.source().toString())));
    routes.exception(UncheckedIOException.class, (e, ctx) -> problem(ctx, 404, e.getMessage()));
    routes.exception(IllegalArgumentException.class, (e, ctx) -> problem(ctx, 400,
        e.getMessage()));
    extraRoutes.accept(routes);
    try {
      server = routes.listen(config.web().host(), config.web().port());
    } catch (IOException | RuntimeException e) {
      throw new CannotListen("web.listen " + listen() + ": cannot listen there ("
          + rootCause(e) + "); set web.listen (STATUSWACHT_WEB_LISTEN) to another host:port,"
          + " or off", e);
    }
    log.info("web listening={}:{} public-url={}", config.web().host(), server.port(),
        config.web().publicUrl());
  }

  /** The server could not bind to {@code web.listen}: the message says so in one line. */
  public static final class CannotListen extends RuntimeException {
    CannotListen(String message, Throwable cause) {
      super(message, cause);
    }
  }

  private String listen() {
    String host = config.web().host();
    return (host.contains(":") ? "[" + host + "]" : host) + ":" + config.web().port();
  }

  private static String rootCause(Throwable e) {
    Throwable root = e;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    return root.getClass().getSimpleName() + ": " + root.getMessage();
  }

  /** The port bound (the real one when {@code web.listen} asked for port 0). */
  public int port() {
    return server.port();
  }

  @Override
  public synchronized void close() {
    if (server != null) {
      server.close();
      server = null;
    }
  }

  private static void problem(Exchange ctx, int status, String message) {
    ctx.status(status).contentType("text/plain; charset=utf-8").result(message + "\n");
  }

  /** Every post's current version, judged now. */
  private List<DigestPost> posts() {
    Instant now = clock.instant();
    return database.inTransaction(c -> CurrentPosts.load(c, rules, classifier, now));
  }

  private Map<String, Long> ids() {
    return database.inTransaction(WebQueries::idsByKey);
  }

  private void dashboard(Exchange ctx) {
    Instant now = clock.instant();
    List<DigestPost> posts = posts();
    Instant[] reads = reads();
    DigestReport report = DigestReport.compose(posts, config.policy(), rules.calendar(),
        Week.containing(now), now, c -> true, reads[0], reads[1]);
    LocalDate today = LocalDate.ofInstant(now, BusinessCalendar.AMSTERDAM);
    List<Scoreboard.Judged> judged = posts.stream().map(DigestPost::asHappened).toList();
    Scoreboard.Board board = Scoreboard.compute(judged, config.policy(), rules.calendar(),
        today.minusDays(config.policy().availabilityDays() - 1L), today, now,
        Scoreboard.coverage(judged, reads[0], reads[1]));
    ctx.html(pages().dashboard(report, board, ids(), health(now), now));
  }

  private void post(Exchange ctx) {
    long id;
    try {
      id = Long.parseLong(ctx.pathParam("id"));
    } catch (NumberFormatException e) {
      problem(ctx, 404, "no such post");
      return;
    }
    Optional<WebQueries.PostHistory> post = database.inTransaction(c -> WebQueries.post(c, id));
    if (post.isEmpty()) {
      problem(ctx, 404, "no such post");
      return;
    }
    Map<String, WebQueries.EvidenceInfo> evidence = new LinkedHashMap<>();
    for (WebQueries.Version v : post.get().versions()) {
      if (v.evidenceSha() != null) {
        for (String sha : v.evidenceSha().trim().split("[,\\s]+")) {
          database.inTransaction(c -> WebQueries.evidence(c, sha))
              .ifPresent(info -> evidence.put(sha, info));
        }
      }
    }
    ctx.html(pages().post(post.get(), evidence, rules, clock.instant()));
  }

  private void report(Exchange ctx) {
    Optional<Scoreboard.Board> board = board(ctx);
    if (board.isPresent()) {
      ctx.html(pages().report(board.get(), ids(), clock.instant()));
    }
  }

  /** The scoreboard of {@code from}–{@code to} (the CLI's defaults); 400 when they are wrong. */
  private Optional<Scoreboard.Board> board(Exchange ctx) {
    Instant now = clock.instant();
    LocalDate last;
    LocalDate first;
    try {
      String to = ctx.queryParam("to");
      String from = ctx.queryParam("from");
      last = to == null || to.isBlank() ? LocalDate.ofInstant(now, BusinessCalendar.AMSTERDAM)
          : LocalDate.parse(to);
      first = from == null || from.isBlank()
          ? last.minusDays(config.policy().availabilityDays() - 1L) : LocalDate.parse(from);
    } catch (DateTimeParseException e) {
      problem(ctx, 400, "from and to are days: YYYY-MM-DD");
      return Optional.empty();
    }
    if (first.isAfter(last)) {
      problem(ctx, 400, "from " + first + " is after to " + last);
      return Optional.empty();
    }
    List<Scoreboard.Judged> judged = posts().stream().map(DigestPost::asHappened).toList();
    Instant[] reads = reads();
    return Optional.of(Scoreboard.compute(judged, config.policy(), rules.calendar(), first, last,
        now, Scoreboard.coverage(judged, reads[0], reads[1])));
  }

  /**
   * The first and last successful read of the page (null when never): the figures speak only for
   * the time statuswacht observed, as in {@code statuswacht report} and the digest.
   */
  private Instant[] reads() {
    String source = config.source().toString();
    return database.inTransaction(c -> new Instant[] {
        FetchRepository.firstRead(c, source).orElse(null),
        FetchRepository.lastRead(c, source).orElse(null)});
  }

  private void evidence(Exchange ctx) {
    String sha = ctx.pathParam("sha");
    if (!sha.matches("[0-9a-f]{64}")) {
      problem(ctx, 404, "no such evidence");
      return;
    }
    byte[] body = archive.read(sha);
    // shown as text, never as the page it was: the archived HTML is the source's, not ours
    ctx.header("Content-Security-Policy", "default-src 'none'; sandbox");
    ctx.contentType("text/plain; charset=utf-8").result(body);
  }

  private void apiPosts(Exchange ctx) {
    Instant now = clock.instant();
    List<Post> posts = new ArrayList<>();
    database.inTransaction(c -> {
      for (long id : WebQueries.postIds(c)) {
        WebQueries.post(c, id).ifPresent(p -> {
          WebQueries.Version v = p.current();
          posts.add(new Post(p.key(), v.title(), v.link(), v.published(), v.updated(), v.body(),
              v.updates(), PlatformHints.NONE, null));
        });
      }
      return null;
    });
    ctx.contentType("application/json")
        .result(ClassifyOutput.json("database", posts, classifier, rules, now));
  }

  /**
   * Why the daemon is not ready: no successful poll within {@value #READY_INTERVALS} poll
   * intervals, or an outbox that does not move (a mail due that long and not sent, or an attempt
   * that long in flight). Empty when it is ready.
   */
  List<String> health(Instant now) {
    Duration allowed = config.pollInterval().multipliedBy(READY_INTERVALS);
    List<String> reasons = new ArrayList<>();
    Instant last = metrics.lastSuccess();
    Optional<Instant> stored = database.inTransaction(
        c -> FetchRepository.lastRead(c, config.source().toString()));
    if (stored.isPresent() && (last == null || stored.get().isAfter(last))) {
      last = stored.get();
    }
    if (last == null) {
      reasons.add("no successful poll yet");
    } else if (last.isBefore(now.minus(allowed))) {
      reasons.add("last successful poll at " + ClassifyOutput.instant(last) + ", more than "
          + READY_INTERVALS + " poll intervals (" + allowed + ") ago");
    }
    WebQueries.OutboxState outbox = database.inTransaction(WebQueries::outbox);
    if (outbox.oldestDue() != null && outbox.oldestDue().isBefore(now.minus(allowed))) {
      reasons.add("outbox stuck: a mail due since " + ClassifyOutput.instant(outbox.oldestDue())
          + " is not sent (" + outbox.pending() + " waiting)");
    }
    if (outbox.oldestSending() != null && outbox.oldestSending().isBefore(now.minus(allowed))) {
      reasons.add("outbox stuck: a mail has been sending since "
          + ClassifyOutput.instant(outbox.oldestSending()));
    }
    return reasons;
  }

  private void ready(Exchange ctx) {
    List<String> reasons = health(clock.instant());
    StringBuilder json = new StringBuilder("{\"ready\":").append(reasons.isEmpty())
        .append(",\"reasons\":[");
    for (int i = 0; i < reasons.size(); i++) {
      json.append(i == 0 ? "" : ",").append('"')
          .append(reasons.get(i).replace("\\", "\\\\").replace("\"", "\\\"")).append('"');
    }
    ctx.status(reasons.isEmpty() ? 200 : 503)
        .contentType("application/json").result(json.append("]}\n").toString()
            .getBytes(StandardCharsets.UTF_8));
  }
}
