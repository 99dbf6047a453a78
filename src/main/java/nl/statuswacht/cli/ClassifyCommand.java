package nl.statuswacht.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;
import nl.statuswacht.classify.Classifier;
import nl.statuswacht.config.Config;
import nl.statuswacht.fetch.FetchOutcome;
import nl.statuswacht.fetch.Fetcher;
import nl.statuswacht.fetch.Validators;
import nl.statuswacht.read.DocumentReader;
import nl.statuswacht.read.ReadOutcome;
import nl.statuswacht.read.SourceDocument;
import nl.statuswacht.rules.Rules;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code statuswacht classify FILE|URL}: a document read offline, each post and its verdicts. */
@Command(name = "classify", mixinStandardHelpOptions = true,
    description = "Read a saved document (or a URL) offline and print its posts.")
final class ClassifyCommand extends ConfiguredCommand {
  enum Format { JSON, TEXT }

  @Parameters(paramLabel = "FILE|URL", description = "A saved feed, JSON or HTML page, or a URL.")
  String input;

  @Option(names = "--format", defaultValue = "json", paramLabel = "json|text",
      description = "json (default) or text.")
  Format format;

  @Option(names = "--as-of", paramLabel = "DAY|INSTANT", converter = Converters.Moment.class,
      description = "The present for the verdicts (default: now): a day, YYYY-MM-DD, meaning its"
          + " start (00:00 Europe/Amsterdam), or a moment, 2026-03-02T10:30 (Europe/Amsterdam),"
          + " with an offset or Z. Each post is judged as if first seen at its publication.")
  Instant asOf;

  @Override
  int run(Config config, PrintWriter out, PrintWriter err) throws IOException {
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
    Instant present = asOf != null ? asOf : clock().instant();
    out.println(format == Format.JSON
        ? ClassifyOutput.json(posts.format(), posts.posts(), classifier, rules, present)
        : ClassifyOutput.text(posts.format(), posts.posts(), classifier, rules, present));
    return 0;
  }

  private Optional<SourceDocument> document(Config config, PrintWriter err) throws IOException {
    if (input.startsWith("http://") || input.startsWith("https://")) {
      FetchOutcome outcome = new Fetcher(config.http(), clock())
          .fetch(URI.create(input), Validators.NONE);
      if (outcome instanceof FetchOutcome.Fetched fetched) {
        return Optional.of(new SourceDocument(fetched.body(), fetched.contentType(), input));
      }
      err.println(name() + ": cannot fetch " + input + ": " + outcome);
      return Optional.empty();
    }
    Path file = Path.of(input);
    if (!Files.isRegularFile(file)) {
      err.println(name() + ": no such file: " + file);
      return Optional.empty();
    }
    return Optional.of(new SourceDocument(Files.readAllBytes(file), null, file.toString()));
  }
}
