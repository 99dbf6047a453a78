package nl.statuswacht.cli;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Stream;
import nl.statuswacht.testing.Fixtures;
import nl.statuswacht.testing.StatusSite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code statuswacht subscribers add|list|remove}, and the mail such a subscriber gets. */
class SubscribersCommandTest {
  @TempDir Path dir;

  private record Result(int exit, String out) {}

  private Result run(Map<String, String> env, String... args) {
    StringWriter out = new StringWriter();
    CommandLine commandLine = Main.commandLine(env);
    commandLine.setOut(new PrintWriter(out));
    commandLine.setErr(new PrintWriter(new StringWriter()));
    return new Result(commandLine.execute(args), out.toString());
  }

  @Test
  void addListRemoveAndTheAddedSubscriberGetsMail() throws Exception {
    String full = Fixtures.text("kvk/site/history.atom");
    try (StatusSite site = new StatusSite()) {
      Map<String, String> env = Map.of("STATUSWACHT_SOURCE", site.root().toString(),
          "STATUSWACHT_DATA_DIR", dir.toString());

      assertThat(run(env, "subscribers", "add", "api@example.org", "--language", "en",
          "--services", "KVK_API").exit()).isZero();
      // quiet hours only on the one who gets no mail here: the poll runs on the wall clock
      assertThat(run(env, "subscribers", "add", "data@example.org", "--services",
          "KVK_DATASERVICE", "--quiet-hours", "22:00-07:00").exit()).isZero();
      assertThat(run(env, "subscribers", "list").out()).contains(
          "api@example.org (database) en services=[KVK_API]",
          "data@example.org (database) nl services=[KVK_DATASERVICE] quiet=22:00-07:00",
          "ops@example.org (config) nl");

      site.atom("/history.atom", Fixtures.withoutAtomEntry(full,
          "tag:status.kvk.nl,2005:Incident/1000"));
      run(env, "poll");
      site.atom("/history.atom", full);
      run(env, "poll");

      // d01 (KVK API) to ops@ and api@, not to data@; the first poll also sent the default
      // digest-only subscriber last week's digest
      List<String> mails = new ArrayList<>();
      try (Stream<Path> files = Files.list(dir.resolve("mail"))) {
        for (Path eml : files.toList()) {
          try (InputStream in = Files.newInputStream(eml)) {
            MimeMessage mail = new MimeMessage(Session.getInstance(new Properties()), in);
            mails.add(mail.getHeader("To", ",") + " "
                + (mail.getSubject().contains("Weekoverzicht") ? "digest" : "post"));
          }
        }
      }
      assertThat(mails).containsExactlyInAnyOrder("ops@example.org post",
          "api@example.org post", "contracts@example.org digest");
      Result removed = run(env, "subscribers", "remove", "api@example.org");
      assertThat(removed.exit()).isZero();
      assertThat(run(env, "subscribers", "list").out()).doesNotContain("api@example.org");
      assertThat(run(env, "subscribers", "remove", "nobody@example.org").exit()).isEqualTo(1);
    }
  }
}
