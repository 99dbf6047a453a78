package nl.statuswacht.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import nl.statuswacht.Statuswacht;
import nl.statuswacht.Version;
import nl.statuswacht.classify.Classifier;
import nl.statuswacht.config.Checks;
import nl.statuswacht.config.Config;
import nl.statuswacht.config.ConfigException;
import nl.statuswacht.config.ConfigLoader;
import nl.statuswacht.config.Subscriber;
import nl.statuswacht.digest.DigestPost;
import nl.statuswacht.digest.DigestSchedule;
import nl.statuswacht.digest.Week;
import nl.statuswacht.digestqueue.CurrentPosts;
import nl.statuswacht.fetch.Deadline;
import nl.statuswacht.fetch.Discovery;
import nl.statuswacht.fetch.FetchOutcome;
import nl.statuswacht.fetch.Fetcher;
import nl.statuswacht.fetch.Validators;
import nl.statuswacht.model.Category;
import nl.statuswacht.model.Priority;
import nl.statuswacht.model.Service;
import nl.statuswacht.notify.AlertTemplates.Language;
import nl.statuswacht.notify.MailMessages;
import nl.statuswacht.notify.OutboxDispatcher;
import nl.statuswacht.poll.PollCycle;
import nl.statuswacht.poll.PollResult;
import nl.statuswacht.read.DocumentReader;
import nl.statuswacht.read.ReadOutcome;
import nl.statuswacht.read.SourceDocument;
import nl.statuswacht.rules.Rules;
import nl.statuswacht.rules.Scoreboard;
import nl.statuswacht.store.Database;
import nl.statuswacht.store.OutboxRepository;
import nl.statuswacht.store.StoreException;
import nl.statuswacht.store.SubscriberRepository;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** The {@code statuswacht} command line. */
@Command(
    name = "statuswacht",
    mixinStandardHelpOptions = true,
    versionProvider = Main.VersionProvider.class,
    description = "Watches status.kvk.nl and emails the people who need to know.",
    subcommands = {Main.Run.class, Main.Poll.class, Main.Discover.class, Main.Classify.class,
        Main.Report.class, Main.Digest.class, Main.Subscribers.class, Main.Release.class,
        Main.Outbox.class,
        Main.CheckConfig.class})
public final class Main {
  static final int CONFIG_ERROR = 2;
  static final String DEFAULT_CONFIG = "conf/statuswacht.yaml";

  @Option(
      names = {"-c", "--config"},
      paramLabel = "FILE",
      description = "Config file (default: $STATUSWACHT_CONFIG or " + DEFAULT_CONFIG + ").")
  Path configFile;

  @Spec CommandLine.Model.CommandSpec spec;

  private final Map<String, String> env;

  public Main(Map<String, String> env) {
    this.env = env;
  }

  public static void main(String[] args) {
    System.exit(commandLine(System.getenv()).execute(args));
  }

  /** The command line with its environment; tests pass their own. */
  public static CommandLine commandLine(Map<String, String> env) {
    return new CommandLine(new Main(env)).setCaseInsensitiveEnumValuesAllowed(true);
  }

  /** Loads the configuration and sets the root log level it names. */
  Config loadConfig() throws ConfigException {
    boolean explicit = configFile != null || env.containsKey(ConfigLoader.CONFIG_ENV);
    Path file = configFile != null ? configFile
        : Path.of(env.getOrDefault(ConfigLoader.CONFIG_ENV, DEFAULT_CONFIG));
    Config config =
        new ConfigLoader(Version.current(), Clock.systemUTC()).load(file, explicit, env);
    setLogLevel(config.logLevel());
    return config;
  }

  /** Sets the root logger's level when Logback is the logging backend (it is in the jar). */
  static void setLogLevel(String level) {
    if (LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME)
        instanceof ch.qos.logback.classic.Logger root) {
      root.setLevel(ch.qos.logback.classic.Level.toLevel(level));
    }
  }

  /**
   * A command that needs the configuration: it loads it, prints every problem without a stack
   * trace (exit code 2), or runs with it.
   */
  abstract static class Configured implements Callable<Integer> {
    @ParentCommand Main main;

    @Override
    public final Integer call() throws Exception {
      Config config;
      try {
        config = main.loadConfig();
      } catch (ConfigException e) {
        return reportConfigProblems(main.spec.commandLine().getErr(), e);
      }
      PrintWriter err = main.spec.commandLine().getErr();
      try {
        return run(config, main.spec.commandLine().getOut(), err);
      } catch (StoreException e) {
        // the database cannot be opened or used: say which and why, without a stack trace
        return reportStoreProblem(err, e);
      }
    }

    abstract int run(Config config, PrintWriter out, PrintWriter err) throws Exception;
  }

  /** Prints every configuration problem, one a line, without a stack trace. */
  static int reportConfigProblems(PrintWriter err, ConfigException e) {
    err.println("statuswacht: the configuration has " + e.problems().size()
        + (e.problems().size() == 1 ? " problem:" : " problems:"));
    e.problems().forEach(problem -> err.println("  " + problem));
    return CONFIG_ERROR;
  }

  /** Prints what is wrong with the database on one line (H2 adds the SQL on lines of its own). */
  static int reportStoreProblem(PrintWriter err, StoreException e) {
    err.println("statuswacht: " + e.getMessage().strip().replaceAll("\\s*\\R\\s*", " "));
    err.flush();
    return 1;
  }

  @Command(name = "run", description = "Run the daemon: poll, store, mail, until stopped.")
  static final class Run extends Configured {
    @Override
    int run(Config config, PrintWriter out, PrintWriter err) throws InterruptedException {
      Statuswacht statuswacht = Statuswacht.create(config, Clock.systemUTC(), Version.current());
      CountDownLatch stopped = new CountDownLatch(1);
      Runtime.getRuntime().addShutdownHook(new Thread(() -> {
        statuswacht.close();
        stopped.countDown();
      }, "statuswacht-shutdown"));
      statuswacht.start();
      stopped.await();
      return 0;
    }
  }

  @Command(name = "poll", description = "Poll once now, queue a weekly digest that is due, deliver"
      + " what is queued, and exit.")
  static final class Poll extends Configured {
    @Override
    int run(Config config, PrintWriter out, PrintWriter err) {
      try (Statuswacht statuswacht =
          Statuswacht.create(config, Clock.systemUTC(), Version.current())) {
        PollResult poll = statuswacht.pollOnce();
        int digests = 0;
        boolean digestFailed = false;
        try {
          digests = statuswacht.queueDigests();
        } catch (RuntimeException e) {
          // what the poll queued still goes out below
          err.println("statuswacht poll: the weekly digest was not queued: " + e.getMessage());
          err.flush();
          digestFailed = true;
        }
        OutboxDispatcher.Report sent = statuswacht.deliver();
        PollResult.Counts counts = poll.counts();
        out.printf("%s %s: fetched=%d new=%d updated=%d queued=%d digests=%d sent=%d%s%s%n",
            poll.outcome(), poll.url(), counts.posts(), counts.created(), counts.updated(),
            counts.queued(), digests, sent.sent(),
            poll instanceof PollResult.Fetched f && f.baseline()
                ? " (baseline: no post mailed)" : "",
            poll instanceof PollResult.Failed f ? " — " + f.detail() : "");
        out.flush();
        return poll.failed() || digestFailed ? 1 : 0;
      }
    }
  }

  @Command(name = "release", description = "Send the mails about new posts that a poll held"
      + " because it found more at once than poll.max-new-posts.")
  static final class Release extends Configured {
    @Override
    int run(Config config, PrintWriter out, PrintWriter err) throws java.io.IOException {
      try (Database database = Database.openH2(config.databaseFile())) {
        int released = database.inTransaction(OutboxRepository::release);
        out.println(released == 0 ? "nothing held"
            : "released " + released + " held mail" + (released == 1 ? "" : "s")
                + "; they go out with the next delivery");
      } catch (StoreException e) {
        if (!(e.getCause() instanceof java.sql.SQLException sql)
            || sql.getErrorCode() != org.h2.api.ErrorCode.DATABASE_ALREADY_OPEN_1) {
          throw e;
        }
        // the daemon holds the database: it releases them at its next poll
        java.nio.file.Files.writeString(PollCycle.releaseRequest(config), "release\n");
        out.println("the running daemon releases the held mails at its next poll");
      }
      out.flush();
      return 0;
    }
  }

  @Command(name = "check-config", description = "Validate the configuration and print it.")
  static final class CheckConfig extends Configured {
    @Override
    int run(Config config, PrintWriter out, PrintWriter err) {
      out.println("configuration OK");
      out.println("  source:        " + config.source());
      out.println("  poll interval: " + config.pollInterval());
      out.println("  data dir:      " + config.dataDir().toAbsolutePath());
      out.println("  mail:          " + config.mail().transport()
          + (config.mail().transport().equals("smtp")
              ? " " + config.mail().smtp().host() + ":" + config.mail().smtp().port()
              : " → " + config.mail().fileDir().toAbsolutePath()));
      out.println("  subscribers:   " + config.subscribers().size() + " ("
          + config.subscribers().stream().filter(Subscriber::wantsDigest).count()
          + " with the weekly digest)");
      out.println("  digest:        " + config.digest().cron() + " in " + config.digest().zone()
          + ", next " + new DigestSchedule(config.digest())
              .nextFire(Instant.now()).map(i -> i.atZone(config.digest().zone()).toString())
              .orElse("never"));
      out.flush();
      return 0;
    }
  }

  @Command(name = "discover",
      description = "Find out which feeds, JSON API and page a status page offers, and which"
          + " statuswacht would read.")
  static final class Discover extends Configured {
    @Parameters(paramLabel = "URL", arity = "0..1",
        description = "The status page (default: the configured source).")
    URI url;

    @Override
    int run(Config config, PrintWriter out, PrintWriter err) {
      URI page = url != null ? url : config.source();
      Discovery.Result result = new Discovery(new Fetcher(config.http(), Clock.systemUTC()),
          new DocumentReader(config.page()))
          .discover(page, Deadline.in(config.pollBudget(), "discovery"));
      out.println("discover " + page);
      for (Discovery.Probe probe : result.probes()) {
        out.printf("  %s %s%n    %s%n", probe.readable() ? "✓" : "✗", probe.url(), probe.note());
      }
      if (!result.skipped().isEmpty()) {
        out.println(result.skipped().size() + " skipped: not probed within the budget of "
            + config.pollBudget() + " (poll.budget)");
      }
      if (result.found()) {
        out.println("will read:");
        result.plan().forEach(u -> out.println("  " + u));
      } else {
        out.println("found nothing statuswacht can read");
      }
      out.flush();
      return result.found() ? 0 : 1;
    }
  }

  @Command(name = "classify",
      description = "Read a saved document (or a URL) offline and print its posts.")
  static final class Classify extends Configured {
    @Parameters(paramLabel = "FILE|URL", description = "A saved feed, JSON or HTML page, or a URL.")
    String input;

    @Option(names = "--format", defaultValue = "json", description = "json (default) or text.")
    String format;

    @Option(names = "--as-of", paramLabel = "INSTANT",
        description = "The present for the verdicts, ISO-8601 (default: now); each post is judged"
            + " as if first seen at its publication.")
    Instant asOf;

    @Override
    int run(Config config, PrintWriter out, PrintWriter err) throws IOException {
      if (!format.equals("json") && !format.equals("text")) {
        err.println("statuswacht classify: --format must be json or text, not " + format);
        return CONFIG_ERROR;
      }
      Optional<SourceDocument> doc = document(config, err);
      if (doc.isEmpty()) {
        return 1;
      }
      DocumentReader.Reading reading = new DocumentReader(config.page()).read(doc.get());
      if (reading.outcome() instanceof ReadOutcome.Refused refused) {
        err.println(refused.reason());
        return 1;
      }
      ReadOutcome.Posts posts = (ReadOutcome.Posts) reading.outcome();
      Classifier classifier = new Classifier(config.vocabulary());
      Rules rules = new Rules(config.policy());
      Instant present = asOf != null ? asOf : Instant.now();
      out.println(format.equals("json")
          ? ClassifyOutput.json(posts.format(), posts.posts(), classifier, rules, present)
          : ClassifyOutput.text(posts.format(), posts.posts(), classifier, rules, present));
      out.flush();
      return 0;
    }

    private Optional<SourceDocument> document(Config config, PrintWriter err)
        throws IOException {
      if (input.startsWith("http://") || input.startsWith("https://")) {
        FetchOutcome outcome = new Fetcher(config.http(), Clock.systemUTC())
            .fetch(URI.create(input), Validators.NONE);
        if (outcome instanceof FetchOutcome.Fetched fetched) {
          return Optional.of(new SourceDocument(fetched.body(), fetched.contentType(), input));
        }
        err.println("statuswacht classify: cannot fetch " + input + ": " + outcome);
        return Optional.empty();
      }
      Path file = Path.of(input);
      if (!Files.isRegularFile(file)) {
        err.println("statuswacht classify: no such file: " + file);
        return Optional.empty();
      }
      return Optional.of(new SourceDocument(Files.readAllBytes(file), null, file.toString()));
    }
  }

  @Command(name = "report",
      description = "The scoreboard against KVK's service levels, from the database.")
  static final class Report extends Configured {
    @Option(names = "--from", paramLabel = "DATE",
        description = "First day (default: the policy's period before --to).")
    LocalDate from;

    @Option(names = "--to", paramLabel = "DATE", description = "Last day (default: today).")
    LocalDate to;

    @Option(names = "--format", defaultValue = "text",
        description = "text (default), json, html or csv (one row per verdict).")
    String format;

    @Override
    int run(Config config, PrintWriter out, PrintWriter err) {
      if (!List.of("text", "json", "html", "csv").contains(format)) {
        err.println("statuswacht report: --format must be text, json, html or csv, not "
            + format);
        return CONFIG_ERROR;
      }
      Instant now = Instant.now();
      LocalDate last = to != null ? to : LocalDate.now(ClassifyOutput.AMSTERDAM);
      LocalDate first = from != null ? from
          : last.minusDays(config.policy().availabilityDays() - 1L);
      if (first.isAfter(last)) {
        err.println("statuswacht report: --from " + first + " is after --to " + last);
        return CONFIG_ERROR;
      }
      Rules rules = new Rules(config.policy());
      try (Database database = Database.openH2(config.databaseFile())) {
        // judged again now (a PENDING incident may have passed its deadline); a window called
        // off took no time
        List<Scoreboard.Judged> posts = database.inTransaction(c -> CurrentPosts.load(c, rules,
            new Classifier(config.vocabulary()), now)).stream()
            .map(DigestPost::asHappened).toList();
        Scoreboard.Board board = Scoreboard.compute(posts, config.policy(), rules.calendar(),
            first, last, now);
        out.print(ReportOutput.render(board, format));
        out.flush();
      }
      return 0;
    }
  }

  @Command(name = "digest",
      description = "The weekly digest as it would be sent now: printed (plain text), written as"
          + " HTML with --preview, or mailed at once with --send-to.")
  static final class Digest extends Configured {
    @Option(names = "--preview", paramLabel = "FILE",
        description = "Write the HTML part to FILE (and print where).")
    Path preview;

    @Option(names = "--send-to", paramLabel = "ADDRESS",
        description = "Send the digest to ADDRESS now (outside the weekly schedule).")
    String sendTo;

    @Option(names = "--week", paramLabel = "YYYY-Www",
        description = "The ISO week, e.g. 2026-W13 (default: the last week that has ended).")
    String week;

    @Option(names = "--language", paramLabel = "nl|en",
        description = "The language (default: the subscriber's, if ADDRESS is one; else nl).")
    String language;

    @Override
    int run(Config config, PrintWriter out, PrintWriter err) throws IOException {
      Clock clock = Clock.systemUTC();
      Week chosen;
      try {
        chosen = week == null ? Week.lastEndedBy(clock.instant())
            : Week.parse(week);
      } catch (IllegalArgumentException e) {
        err.println("statuswacht digest: --week: " + e.getMessage());
        return CONFIG_ERROR;
      }
      if (chosen.start().isAfter(clock.instant())) {
        err.println("statuswacht digest: week " + chosen + " has not begun");
        return CONFIG_ERROR;
      }
      if (language != null && !language.equals("nl") && !language.equals("en")) {
        err.println("statuswacht digest: --language must be nl or en, not " + language);
        return CONFIG_ERROR;
      }
      Optional<Language> lang = Optional.ofNullable(language)
          .map(l -> l.equals("en") ? Language.EN : Language.NL);
      try (Statuswacht statuswacht = Statuswacht.create(config, clock, Version.current())) {
        var digester = statuswacht.digester();
        var digest = digester.preview(chosen, Optional.ofNullable(sendTo), lang);
        if (preview != null) {
          Path parent = preview.toAbsolutePath().getParent();
          if (parent != null) {
            Files.createDirectories(parent);
          }
          Files.writeString(preview, digest.html());
          out.println("wrote " + preview + " (" + digest.subject() + ")");
        }
        if (sendTo != null) {
          try {
            MailMessages.checkAddress(sendTo);
          } catch (IllegalArgumentException e) {
            err.println("statuswacht digest: --send-to: " + e.getMessage());
            return CONFIG_ERROR;
          }
          long id = digester.queueOnce(chosen, sendTo, lang);
          statuswacht.deliver();
          String state = statuswacht.database().inTransaction(c -> OutboxRepository.state(c, id));
          if (!state.equals("SENT")) {
            err.println("statuswacht digest: " + chosen + " to " + sendTo + " not sent (see the"
                + " log): " + (state.equals("DEAD") ? "the mail server refused it"
                    : "it waits in the outbox; the daemon retries it"));
            err.flush();
            return 1;
          }
          out.println("sent " + chosen + " to " + sendTo + " via " + config.mail().transport());
        }
        if (preview == null && sendTo == null) {
          out.println(digest.subject());
          out.println();
          out.print(digest.text());
        }
      }
      out.flush();
      return 0;
    }
  }

  @Command(name = "subscribers", description = "Add, list or remove subscribers kept in the"
      + " database (beside those in the config file).",
      subcommands = {SubscribersAdd.class, SubscribersList.class, SubscribersRemove.class})
  static final class Subscribers {
    @ParentCommand Main main;
  }

  /**
   * A subscribers subcommand: the configuration of the top command, and the database. Its
   * arguments are checked before the database is opened.
   */
  abstract static class SubscribersCommand implements Callable<Integer> {
    @ParentCommand Subscribers parent;

    @Override
    public final Integer call() throws Exception {
      Main main = parent.main;
      PrintWriter err = main.spec.commandLine().getErr();
      Config config;
      try {
        config = main.loadConfig();
      } catch (ConfigException e) {
        return reportConfigProblems(err, e);
      }
      List<String> problems = problems();
      if (!problems.isEmpty()) {
        problems.forEach(problem -> err.println("statuswacht subscribers: " + problem));
        err.flush();
        return CONFIG_ERROR;
      }
      try (Database database = Database.openH2(config.databaseFile())) {
        return run(config, database, main.spec.commandLine().getOut());
      } catch (StoreException e) {
        return reportStoreProblem(err, e);
      }
    }

    /** What is wrong with the arguments, each naming its option; empty when nothing is. */
    List<String> problems() {
      return List.of();
    }

    abstract int run(Config config, Database database, PrintWriter out);
  }

  @Command(name = "add", description = "Add a subscriber, or change one.")
  static final class SubscribersAdd extends SubscribersCommand {
    @Parameters(paramLabel = "ADDRESS") String address;

    @Option(names = "--name") String name;

    @Option(names = "--language", defaultValue = "nl", description = "nl (default) or en.")
    String language;

    @Option(names = "--categories", split = ",", description = "Only these categories.")
    List<Category> categories = List.of();

    @Option(names = "--services", split = ",", description = "Only these services.")
    List<Service> services = List.of();

    @Option(names = "--min-priority", description = "Only incidents this severe (P1, P2, P3).")
    Priority minPriority;

    @Option(names = "--delivery", defaultValue = "immediate", paramLabel = "HOW",
        description = "immediate (a mail per post, default), digest (the weekly digest only) or"
            + " both.")
    Subscriber.Delivery delivery;

    @Option(names = "--no-reminders", description = "No reminders before downtime windows.")
    boolean noReminders;

    @Option(names = "--quiet-hours", paramLabel = "HH:MM-HH:MM",
        description = "Hold mail during these hours (Europe/Amsterdam).")
    String quietHours;

    @Option(names = "--quiet-hours-p1", description = "Hold P1 incidents in quiet hours too.")
    boolean quietP1;

    /** What the configuration would refuse in a subscriber, refused with the same checks. */
    @Override
    List<String> problems() {
      List<String> problems = new java.util.ArrayList<>();
      Checks.address(address).ifPresent(wrong -> problems.add("ADDRESS: " + wrong));
      if (name != null) {
        Checks.name(name).ifPresent(wrong -> problems.add("--name: " + wrong));
      }
      Checks.language(language).ifPresent(wrong -> problems.add("--language: " + wrong));
      if (quietHours != null) {
        try {
          Checks.quietHours(quietHours);
        } catch (IllegalArgumentException e) {
          problems.add("--quiet-hours: " + e.getMessage());
        }
      }
      return problems;
    }

    @Override
    int run(Config config, Database database, PrintWriter out) {
      LocalTime[] quiet = quietHours == null ? new LocalTime[2]
          : Checks.quietHours(quietHours);
      Subscriber subscriber = new Subscriber(address.strip(), name,
          language.strip().toLowerCase(Locale.ROOT), Set.copyOf(categories),
          Set.copyOf(services), minPriority, delivery, !noReminders, quiet[0], quiet[1], quietP1);
      database.inTransaction(c -> {
        SubscriberRepository.save(c, subscriber);
        return null;
      });
      out.println("subscribed " + subscriber.address());
      out.flush();
      return 0;
    }
  }

  @Command(name = "list", description = "List every subscriber, from the file and the database.")
  static final class SubscribersList extends SubscribersCommand {
    @Override
    int run(Config config, Database database, PrintWriter out) {
      List<Subscriber> stored = database.inTransaction(SubscriberRepository::all);
      stored.forEach(s -> out.println(describe(s, "database")));
      config.subscribers().stream()
          .filter(s -> stored.stream().noneMatch(d -> d.address().equalsIgnoreCase(s.address())))
          .forEach(s -> out.println(describe(s, "config")));
      out.flush();
      return 0;
    }

    private static String describe(Subscriber s, String where) {
      return s.address() + " (" + where + ") " + s.language()
          + (s.categories().isEmpty() ? "" : " categories=" + s.categories())
          + (s.services().isEmpty() ? "" : " services=" + s.services())
          + (s.minPriority() == null ? "" : " min-priority=" + s.minPriority())
          + (s.delivery() == Subscriber.Delivery.IMMEDIATE ? ""
              : " delivery=" + s.delivery().name().toLowerCase(Locale.ROOT))
          + (s.reminders() ? "" : " no-reminders")
          + (s.quietFrom() == null ? "" : " quiet=" + s.quietFrom() + "-" + s.quietUntil());
    }
  }

  @Command(name = "remove", description = "Remove a subscriber kept in the database (how an"
      + " unsubscribe mail is handled for now).")
  static final class SubscribersRemove extends SubscribersCommand {
    @Parameters(paramLabel = "ADDRESS") String address;

    @Override
    int run(Config config, Database database, PrintWriter out) {
      boolean removed = database.inTransaction(c -> SubscriberRepository.remove(c, address));
      boolean configured = config.subscribers().stream()
          .anyMatch(s -> s.address().equalsIgnoreCase(address));
      out.println(removed ? "removed " + address : "no subscriber " + address
          + " in the database");
      if (configured) {
        out.println(address + " is also in the config file: remove it there too");
      }
      out.flush();
      return removed ? 0 : 1;
    }
  }

  @Command(name = "outbox", description = "List the mail statuswacht gave up on (dead letters),"
      + " and send it again.", subcommands = {OutboxList.class, OutboxRetry.class})
  static final class Outbox {
    @ParentCommand Main main;
  }

  /** An outbox subcommand: the configuration of the top command; the database, or its error. */
  abstract static class OutboxCommand implements Callable<Integer> {
    @ParentCommand Outbox parent;

    @Override
    public final Integer call() throws Exception {
      Main main = parent.main;
      Config config;
      try {
        config = main.loadConfig();
      } catch (ConfigException e) {
        return reportConfigProblems(main.spec.commandLine().getErr(), e);
      }
      PrintWriter out = main.spec.commandLine().getOut();
      PrintWriter err = main.spec.commandLine().getErr();
      try {
        return run(config, out, err);
      } catch (StoreException e) {
        err.println("statuswacht: " + e.getMessage());
        return 1;
      } finally {
        out.flush();
        err.flush();
      }
    }

    abstract int run(Config config, PrintWriter out, PrintWriter err);

    /** {@code 7 DEAD since … after 3 attempts: to "subject" — reason}, on one line. */
    static String describe(OutboxRepository.Letter letter) {
      String what = letter.state().equals("DEAD")
          ? "dead since " + letter.since() + " after " + letter.attempts()
              + (letter.attempts() == 1 ? " attempt" : " attempts")
          : "in doubt: statuswacht stopped while handing it over at " + letter.since()
              + "; the next delivery sends it again";
      return (letter.id() + " " + letter.recipient() + " " + what + ": \"" + letter.subject()
          + "\"" + (letter.lastError() == null ? "" : " — " + letter.lastError()))
          .replaceAll("[\\p{Cntrl}\u2028\u2029]+", " ");
    }
  }

  @Command(name = "list", description = "List the dead letters (and any mail a crash left in"
      + " doubt), one a line, oldest first.")
  static final class OutboxList extends OutboxCommand {
    @Override
    int run(Config config, PrintWriter out, PrintWriter err) {
      try (Database database = Database.openH2(config.databaseFile())) {
        List<OutboxRepository.Letter> letters = database.inTransaction(OutboxRepository::stuck);
        letters.forEach(letter -> out.println(describe(letter)));
        long dead = letters.stream().filter(l -> l.state().equals("DEAD")).count();
        out.println(dead == 0 ? "no dead letters"
            : dead + (dead == 1 ? " dead letter" : " dead letters")
                + "; send again with: statuswacht outbox retry ID (or --all)");
      }
      return 0;
    }
  }

  @Command(name = "retry", description = "Queue a dead letter (or all of them) again and deliver"
      + " what is due now, as the daemon would.")
  static final class OutboxRetry extends OutboxCommand {
    @Parameters(paramLabel = "ID", arity = "0..1",
        description = "The dead letter's ID, as `statuswacht outbox list` shows it.")
    String id;

    @Option(names = "--all", description = "Every dead letter.")
    boolean all;

    @Override
    int run(Config config, PrintWriter out, PrintWriter err) {
      if ((id == null) == !all) {
        err.println("statuswacht outbox retry: give one dead letter's ID, or --all");
        return CONFIG_ERROR;
      }
      Long only = null;
      if (id != null) {
        try {
          only = Long.parseLong(id.strip());
        } catch (NumberFormatException e) {
          err.println("statuswacht outbox retry: ID is a number from `statuswacht outbox list`,"
              + " not " + id);
          return CONFIG_ERROR;
        }
      }
      Clock clock = Clock.systemUTC();
      try (Statuswacht statuswacht = Statuswacht.create(config, clock, Version.current())) {
        Database database = statuswacht.database();
        List<OutboxRepository.Letter> dead = database.inTransaction(OutboxRepository::stuck)
            .stream().filter(l -> l.state().equals("DEAD")).toList();
        List<OutboxRepository.Letter> chosen;
        if (only != null) {
          long wanted = only;
          chosen = dead.stream().filter(l -> l.id() == wanted).toList();
          if (chosen.isEmpty()) {
            Optional<String> state = database.inTransaction(c -> OutboxRepository.stateOf(c,
                wanted));
            err.println("statuswacht outbox retry: " + (state.isEmpty()
                ? "no mail " + wanted + " in the outbox"
                : "mail " + wanted + " is " + state.get() + ", not a dead letter"));
            return 1;
          }
        } else {
          chosen = dead;
        }
        if (chosen.isEmpty()) {
          out.println("no dead letters");
          return 0;
        }
        Instant now = clock.instant();
        database.inTransaction(c -> {
          for (OutboxRepository.Letter letter : chosen) {
            OutboxRepository.requeue(c, letter.id(), now);
          }
          return null;
        });
        statuswacht.deliver();
        boolean allSent = true;
        for (OutboxRepository.Letter letter : chosen) {
          String state = database.inTransaction(c -> OutboxRepository.state(c, letter.id()));
          boolean sent = state.equals("SENT");
          allSent &= sent;
          out.println(letter.id() + " " + letter.recipient() + ": " + (sent
              ? "sent via " + config.mail().transport()
              : state.equals("DEAD") ? "refused again (see the log and `statuswacht outbox list`)"
                  : "not sent yet; it waits in the outbox and the daemon tries it again (see"
                      + " the log)"));
        }
        return allSent ? 0 : 1;
      }
    }
  }

  static final class VersionProvider implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      return new String[] {"statuswacht " + Version.current()};
    }
  }
}
