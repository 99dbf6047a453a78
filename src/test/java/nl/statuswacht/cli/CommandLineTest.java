package nl.statuswacht.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * The command line as picocli intends: {@code --config} anywhere, {@code --help} on every
 * command, every wrong argument one line on standard error with exit code 2, one clock.
 */
class CommandLineTest {
  /** Thursday 15 January 2026, 11:00 in Amsterdam. */
  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2026-01-15T10:00:00Z"), ZoneOffset.UTC);

  @TempDir Path dir;

  private record Result(int exit, String out, String err) {}

  private Result run(Map<String, String> env, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine commandLine = Main.commandLine(env, CLOCK);
    commandLine.setOut(new PrintWriter(out));
    commandLine.setErr(new PrintWriter(err));
    int exit = commandLine.execute(args);
    return new Result(exit, out.toString(), err.toString());
  }

  private Result run(String... args) {
    return run(Map.of("STATUSWACHT_DATA_DIR", dir.resolve("data").toString()), args);
  }

  /** As {@link Main#main} builds it: only the command the arguments name. */
  private Result runAsMain(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine commandLine = Main.commandLine(
        Map.of("STATUSWACHT_DATA_DIR", dir.resolve("data").toString()), CLOCK, Main.named(args));
    commandLine.setOut(new PrintWriter(out));
    commandLine.setErr(new PrintWriter(err));
    int exit = commandLine.execute(args);
    return new Result(exit, out.toString(), err.toString());
  }

  @Test
  void mainAddsOnlyTheNamedCommandAndReadsTheArgumentsAsTheWholeCommandLineDoes() {
    assertThat(Main.named(new String[] {"--config", "x.yaml", "report", "--format", "json"}))
        .hasValue(ReportCommand.class);
    assertThat(Main.named(new String[] {"-c", "poll", "check-config"}))
        .hasValue(CheckConfigCommand.class);
    assertThat(Main.named(new String[] {"subscribers", "add", "a@b.nl"}))
        .hasValue(SubscribersCommand.class);
    assertThat(Main.named(new String[] {"--help"})).isEmpty();
    assertThat(Main.named(new String[] {"nonsense"})).isEmpty();

    for (List<String> args : List.of(List.of("report", "--help"), List.of("--version"),
        List.of("subscribers", "add", "a@b.nl", "--quiet-hours", "22:00"),
        List.of("--config", dir.resolve("missing.yaml").toString(), "check-config"),
        List.of("poll", "--nonsense"), List.of("nonsense"), List.of("outbox"),
        List.of("check-config"))) {
      String[] array = args.toArray(String[]::new);
      assertThat(runAsMain(array)).as("%s", args).isEqualTo(run(array));
    }
  }

  private Path config(String yaml) throws Exception {
    Path file = dir.resolve("x.yaml");
    Files.writeString(file, yaml);
    return file;
  }

  @Test
  void configIsAcceptedAfterTheSubcommand() throws Exception {
    Path file = config("data-dir: " + dir.resolve("elsewhere") + "\n");

    Result report = run(Map.of(), "report", "--config", file.toString(), "--format", "json");

    assertThat(report.exit()).as(report.err()).isZero();
    assertThat(report.out()).startsWith("{").contains("\"verdicts\"");
    assertThat(dir.resolve("elsewhere/statuswacht.mv.db")).as("the file's data dir was used")
        .exists();
  }

  @Test
  void configIsReadWhereverItStandsAndBeforeTheEnvironmentDefault() throws Exception {
    Path file = config("poll:\n  interval: soon\n");
    Map<String, String> env = Map.of("STATUSWACHT_CONFIG", dir.resolve("absent.yaml").toString());

    for (List<String> args : List.of(List.of("--config", file.toString(), "check-config"),
        List.of("check-config", "--config", file.toString()),
        List.of("subscribers", "-c", file.toString(), "list"),
        List.of("subscribers", "list", "--config=" + file))) {
      Result result = run(env, args.toArray(String[]::new));
      assertThat(result.exit()).as("%s", args).isEqualTo(2);
      assertThat(result.err()).as("%s", args)
          .contains(file + ":2: poll.interval: 'soon' is not a duration");
    }
  }

  @Test
  void everyCommandHasHelp() {
    List<List<String>> commands = new ArrayList<>();
    CommandLine root = Main.commandLine(Map.of(), CLOCK);
    collect(root, new ArrayList<>(), commands);
    assertThat(commands).hasSizeGreaterThanOrEqualTo(16);

    for (List<String> command : commands) {
      List<String> args = new ArrayList<>(command);
      args.add("--help");
      Result result = run(args.toArray(String[]::new));
      assertThat(result.exit()).as("%s", args).isZero();
      assertThat(result.out()).as("%s", args)
          .startsWith("Usage: " + String.join(" ", command.isEmpty() ? List.of("statuswacht")
              : prepend(command)));
      assertThat(result.err()).as("%s", args).isEmpty();

      args.set(args.size() - 1, "--version");
      assertThat(run(args.toArray(String[]::new)).out()).as("%s", args)
          .startsWith("statuswacht ");
    }
  }

  @Test
  void reportHelpPrintsHelpAndExitsZero() {
    Result result = run("report", "--help");

    assertThat(result.exit()).isZero();
    assertThat(result.out()).startsWith("Usage: statuswacht report").contains("--format")
        .contains("--config");
  }

  private static List<String> prepend(List<String> command) {
    List<String> all = new ArrayList<>(List.of("statuswacht"));
    all.addAll(command);
    return all;
  }

  private static void collect(CommandLine command, List<String> path, List<List<String>> all) {
    all.add(List.copyOf(path));
    command.getSubcommands().forEach((name, sub) -> {
      List<String> longer = new ArrayList<>(path);
      longer.add(name);
      collect(sub, longer, all);
    });
  }

  @Test
  void quietHoursWithoutAnEndAreOneLineAndExitCode2() {
    Result result = run("subscribers", "add", "a@b.nl", "--quiet-hours", "22:00");

    assertThat(result).isEqualTo(new Result(2, "", "statuswacht subscribers add: --quiet-hours:"
        + " '22:00' is not a range of times (write 22:00-07:00)\n"));
  }

  @Test
  void aLanguageStatuswachtDoesNotSpeakIsRefused() {
    Result add = run("subscribers", "add", "a@b.nl", "--language", "de");
    Result digest = run("digest", "--language", "de");

    assertThat(add).isEqualTo(new Result(2, "",
        "statuswacht subscribers add: --language: 'de' is not one of nl, en\n"));
    assertThat(digest).isEqualTo(new Result(2, "",
        "statuswacht digest: --language: 'de' is not one of nl, en\n"));
    assertThat(run("subscribers", "list").out()).doesNotContain("a@b.nl");
  }

  @Test
  void everyWrongArgumentIsOneLineWithExitCode2() {
    Map<List<String>, String> wrong = Map.of(
        List.of("subscribers", "add", "a@b.nl", "--min-priority", "P9"),
        "statuswacht subscribers add: --min-priority: 'P9' is not one of P1, P2, P3",
        List.of("subscribers", "add", "a@b.nl", "--delivery", "weekly"),
        "statuswacht subscribers add: --delivery: expected one of",
        List.of("subscribers", "add", "not-an-address"),
        "statuswacht subscribers add: ADDRESS: 'not-an-address' is not an email address",
        List.of("digest", "--send-to", "a@b@c"),
        "statuswacht digest: --send-to: 'a@b@c' is not an email address",
        List.of("report", "--from", "2026-13-01"),
        "statuswacht report: --from: '2026-13-01' is not a date (write YYYY-MM-DD)",
        List.of("report", "--format", "xml"),
        "statuswacht report: --format: expected one of",
        List.of("classify", "feed.atom", "--as-of", "yesterday"),
        "statuswacht classify: --as-of: 'yesterday' is not a day (YYYY-MM-DD) or a moment",
        List.of("report", "--frm", "2026-01-01"),
        "statuswacht report: Unknown options: '--frm', '2026-01-01' (see statuswacht report"
            + " --help)",
        List.of("subscribers"),
        "statuswacht subscribers: Missing required subcommand");
    wrong.forEach((args, line) -> {
      Result result = run(args.toArray(String[]::new));
      assertThat(result.exit()).as("%s", args).isEqualTo(2);
      assertThat(result.out()).as("%s", args).isEmpty();
      assertThat(result.err()).as("%s", args).startsWith(line).endsWith("\n")
          .hasLineCount(1);
    });
  }

  @Test
  void aDayAsOfIsTheStartOfThatDayInAmsterdam() {
    Converters.Moment moment = new Converters.Moment();

    assertThat(moment.convert("2026-03-02")).isEqualTo(Instant.parse("2026-03-01T23:00:00Z"));
    assertThat(moment.convert("2026-07-02")).isEqualTo(Instant.parse("2026-07-01T22:00:00Z"));
    assertThat(moment.convert("2026-03-02T10:30")).isEqualTo(Instant.parse("2026-03-02T09:30:00Z"));
    assertThat(moment.convert("2026-03-02T10:30+01:00"))
        .isEqualTo(Instant.parse("2026-03-02T09:30:00Z"));
    assertThat(moment.convert("2026-03-02T09:30:00Z"))
        .isEqualTo(Instant.parse("2026-03-02T09:30:00Z"));
  }

  @Test
  void theCommandsReadTheTimeOnTheClockTheyAreGiven() {
    Result report = run("report");
    Result check = run("check-config");

    assertThat(report.exit()).as(report.err()).isZero();
    assertThat(report.out()).startsWith("KVK service levels, ").contains(" to 2026-01-15\n");
    assertThat(check.out()).contains(", next 2026-01-19T08:00+01:00[Europe/Amsterdam]");
  }

  @Test
  void subscribersAddRefusesAnExistingAddressAndUpdateChangesOnlyWhatIsGiven() {
    assertThat(run("subscribers", "add", "api@example.org", "--name", "API", "--language", "en",
        "--services", "KVK_API", "--quiet-hours", "22:00-07:00").exit()).isZero();

    Result again = run("subscribers", "add", "API@example.org", "--language", "nl");
    assertThat(again.exit()).isEqualTo(1);
    assertThat(again.err()).isEqualTo("statuswacht subscribers add: API@example.org is already a"
        + " subscriber in the database; change it with --update (only the options given"
        + " change), or remove it first\n");

    Result update = run("subscribers", "add", "api@example.org", "--update", "--min-priority",
        "p2", "--no-reminders");
    assertThat(update).isEqualTo(new Result(0, "updated api@example.org\n", ""));
    assertThat(run("subscribers", "list").out()).contains("api@example.org (database) en"
        + " name=\"API\" services=[KVK_API] min-priority=P2 no-reminders quiet=22:00-07:00\n");

    assertThat(run("subscribers", "add", "api@example.org", "--update", "--reminders",
        "--quiet-hours-p1", "--name", "API team").exit()).isZero();
    assertThat(run("subscribers", "list").out()).contains("api@example.org (database) en"
        + " name=\"API team\" services=[KVK_API] min-priority=P2 quiet=22:00-07:00"
        + " quiet-hours-p1\n");

    Result absent = run("subscribers", "add", "new@example.org", "--update");
    assertThat(absent.exit()).isEqualTo(1);
    assertThat(absent.err()).isEqualTo("statuswacht subscribers add: new@example.org is no"
        + " subscriber in the database; add it without --update\n");
  }
}
