package nl.statuswacht.cli;

import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import picocli.CommandLine;

/**
 * The run that the class-data sharing archive ({@code target/statuswacht.jsa}) is made from: the
 * short commands a cron job or an operator runs — {@code check-config}, a first {@code poll} (200,
 * the baseline, a digest mailed to a file), a second one (304), {@code report} as text and JSON,
 * {@code subscribers list}, {@code outbox list} — in one JVM, against a small Statuspage-style feed
 * this serves itself on loopback, in a scratch directory it deletes, logging at INFO as they do
 * (the log is kept, and shown only when a command fails). The build runs it once with {@code
 * -XX:DumpLoadedClassList} (pom.xml, exec-maven-plugin, in the {@code package} phase after the jar
 * is shaded; the Dockerfile in the image it runs in), and {@code -Xshare:dump} then stores every
 * class listed parsed, and all but picocli's Java 5 class files and the few built on them verified,
 * in a static archive, which {@code bin/statuswacht} maps instead of loading the classes from the
 * jar at each start. The list names only classes of the JDK's own loaders: Flyway's, and
 * Jollyday's for a year outside the build's holiday table, which come from class loaders of their
 * own ({@code loading.SeparateLoader}), are left out.
 *
 * <p>It reads neither the working directory's configuration nor the network: only the built-in
 * defaults, the variables it sets, and its own server. Exit code 0 when every command did what it
 * should, else 1 (the build fails: a short command is broken).
 *
 * <p>Usage: {@code java -XX:DumpLoadedClassList=statuswacht.classlist -cp statuswacht.jar
 * nl.statuswacht.cli.ArchiveTraining [SCRATCH-DIR]}, then {@code java -Xshare:dump
 * -XX:SharedClassListFile=statuswacht.classlist -XX:SharedArchiveFile=statuswacht.jsa -cp
 * statuswacht.jar}
 */
public final class ArchiveTraining {
  private ArchiveTraining() {}

  public static void main(String[] args) throws IOException {
    Path scratch = args.length > 0 ? Files.createDirectories(Path.of(args[0]))
        : Files.createTempDirectory("statuswacht-training");
    int failures;
    HttpServer server = serve(feed().getBytes(StandardCharsets.UTF_8));
    try {
      failures = train(scratch, "http://127.0.0.1:" + server.getAddress().getPort()
          + "/history.atom");
    } finally {
      server.stop(0);
      delete(scratch);
    }
    System.exit(failures == 0 ? 0 : 1);
  }

  /** Runs the commands; the number that did not end as they should. */
  static int train(Path scratch, String source) throws IOException {
    Map<String, String> env = Map.of(
        "STATUSWACHT_CONFIG", Files.writeString(scratch.resolve("statuswacht.yaml"),
            "# the built-in defaults\n").toString(),
        "STATUSWACHT_SOURCE", source,
        "STATUSWACHT_DATA_DIR", scratch.resolve("data").toString(),
        // the level the commands run at, so that the classes of a log line are archived too
        "STATUSWACHT_LOG_LEVEL", "info");
    List<List<String>> commands = List.of(
        List.of("check-config"),
        List.of("poll"),
        List.of("poll"),
        List.of("report"),
        List.of("report", "--format", "json"),
        List.of("subscribers", "list"),
        List.of("outbox", "list"));
    int failures = 0;
    // the commands log to standard error (ConsoleLog): kept here, and shown only for a failure
    PrintStream stderr = System.err;
    ByteArrayOutputStream log = new ByteArrayOutputStream();
    System.setErr(new PrintStream(log, true, StandardCharsets.UTF_8));
    try {
      for (List<String> command : commands) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine commandLine = Main.commandLine(env);
        commandLine.setOut(new PrintWriter(out));
        commandLine.setErr(new PrintWriter(err));
        log.reset();
        int exit = commandLine.execute(command.toArray(String[]::new));
        if (exit != 0) {
          failures++;
          stderr.println("statuswacht training: `" + String.join(" ", command) + "` exit "
              + exit + "\n" + out + err + log.toString(StandardCharsets.UTF_8));
        }
      }
    } finally {
      System.setErr(stderr);
    }
    return failures;
  }

  /** The feed on loopback, with an ETag, so that the second poll gets its 304. */
  private static HttpServer serve(byte[] feed) throws IOException {
    String etag = "\"training-" + feed.length + "\"";
    HttpServer server = HttpServer.create(
        new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/", exchange -> {
      try (exchange) {
        if (!exchange.getRequestURI().getPath().equals("/history.atom")) {
          exchange.sendResponseHeaders(404, -1);
        } else if (etag.equals(exchange.getRequestHeaders().getFirst("If-None-Match"))) {
          exchange.getResponseHeaders().set("ETag", etag);
          exchange.sendResponseHeaders(304, -1);
        } else {
          exchange.getResponseHeaders().set("Content-Type", "application/atom+xml");
          exchange.getResponseHeaders().set("ETag", etag);
          exchange.sendResponseHeaders(200, feed.length);
          exchange.getResponseBody().write(feed);
        }
      }
    });
    server.start();
    return server;
  }

  /** A Statuspage-style history feed: an incident resolved, one open, maintenance, a change. */
  static String feed() {
    return """
        <?xml version="1.0" encoding="UTF-8"?>
        <feed xml:lang="nl-NL" xmlns="http://www.w3.org/2005/Atom">
          <id>tag:status.example.org,2005:/history</id>
          <link rel="alternate" type="text/html" href="https://status.example.org"/>
          <title>Status - Incident History</title>
          <updated>2025-12-31T09:00:00Z</updated>
          %s%s%s%s
        </feed>
        """.formatted(
        entry(1, "2025-12-23T09:00:00Z", "2025-12-31T09:00:00Z",
            "Signalen Mutatieservice later beschikbaar",
            update("Dec", 31, "09:00", "Opgelost", "Alle signalen zijn weer actueel.")
                + update("Dec", 23, "09:00", "Onderzoek", "Signalen van de KVK"
                    + " Mutatieservice worden met vertraging geleverd. De dienstverlening is"
                    + " minimaal verstoord.")),
        entry(2, "2025-12-30T08:00:00Z", "2025-12-30T08:30:00Z",
            "Verstoring KVK API Zoeken",
            update("Dec", 30, "08:30", "Update", "Prioriteit 2: wij werken aan een oplossing.")
                + update("Dec", 30, "08:00", "Onderzoek", "Sinds 07.50 uur mislukt een deel"
                    + " van de aanvragen aan de KVK API Zoeken.")),
        entry(3, "2025-11-12T10:00:00Z", "2025-11-12T10:00:00Z",
            "Nachtelijk onderhoud KVK Dataservice",
            update("Nov", 12, "10:00", "Gepland", "In de nacht van dinsdag 2 op woensdag 3"
                + " december 2025 is de KVK Dataservice van 23:00 tot 03:00 uur niet"
                + " beschikbaar vanwege onderhoud.")),
        entry(4, "2025-10-20T08:00:00Z", "2025-10-20T08:00:00Z",
            "Prijswijziging KVK Mutatieservice",
            update("Oct", 20, "08:00", "Gepland", "Per 1 januari 2026 kost een abonnement op"
                + " de KVK Mutatieservice € 10 per maand meer. U hoeft niets aan te passen.")));
  }

  private static String entry(int n, String published, String updated, String title,
      String html) {
    return """
        <entry>
            <id>tag:status.example.org,2005:Incident/%d</id>
            <published>%s</published>
            <updated>%s</updated>
            <link rel="alternate" type="text/html" href="https://status.example.org/incidents/t%d"/>
            <title>%s</title>
            <content type="html">%s</content>
          </entry>
        """.formatted(n, published, updated, n, title, html.replace("&", "&amp;")
        .replace("<", "&lt;").replace(">", "&gt;").replace("'", "&#x27;"));
  }

  private static String update(String month, int day, String time, String status, String text) {
    return "<p><small>" + month + " <var data-var='date'>" + day + "</var>, <var"
        + " data-var='time'>" + time + "</var> UTC</small><br><strong>" + status
        + "</strong> - " + text + "</p>";
  }

  private static void delete(Path dir) {
    try (Stream<Path> paths = Files.walk(dir)) {
      paths.sorted(Comparator.reverseOrder()).forEach(path -> {
        try {
          Files.delete(path);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      });
    } catch (IOException | UncheckedIOException e) {
      System.err.println("statuswacht training: cannot delete " + dir + ": " + e.getMessage());
    }
  }
}
