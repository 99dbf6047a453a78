package nl.statuswacht.config;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.function.Supplier;
import nl.statuswacht.classify.Vocabulary;
import nl.statuswacht.read.HtmlSelectors;
import nl.statuswacht.rules.Policy;

/**
 * The validated configuration, built once at start by {@link ConfigLoader}.
 *
 * @param source the status page (or a feed URL) to watch
 * @param pollInterval time between two polls
 * @param notifyOnBaseline whether the first poll against an empty database sends mail for what it
 *     finds (default: no, it only records a baseline)
 * @param maxNewPosts the most new posts one poll of a page with history announces at once; more
 *     are held until the operator releases them ({@code statuswacht release})
 * @param dataDir where the database, the evidence archive and the mail files live
 * @param page where posts live on an HTML status page (the Statuspage preset unless configured)
 * @param vocabulary the words the classifier looks for ({@code conf/classify.yaml}): an
 *     operator's own file read and checked at start, the one shipped in the jar when first used
 *     ({@link VocabularyLoader#whenUsed})
 * @param policy KVK's service levels ({@code conf/policy-kvk.yaml})
 * @param logLevel the root log level: TRACE, DEBUG, INFO, WARN or ERROR
 * @param pollBudget how long one poll may take, discovery included (half of it at most); what is
 *     not fetched by then is skipped and the poll fails
 * @param fetchLogKeep how long the fetch log keeps its lines ({@code poll.log-keep}); when the
 *     source was first and last read is kept for ever
 * @param web the dashboard's HTTP server: where it listens and where people reach it
 * @param database PostgreSQL ({@code database.url}) or, by default, the embedded H2 file
 */
public record Config(
    URI source,
    Duration pollInterval,
    boolean notifyOnBaseline,
    int maxNewPosts,
    Path dataDir,
    HttpSettings http,
    HtmlSelectors page,
    Supplier<Vocabulary> vocabulary,
    Policy policy,
    MailSettings mail,
    List<Subscriber> subscribers,
    DigestSettings digest,
    String logLevel,
    Duration pollBudget,
    Duration fetchLogKeep,
    WebSettings web,
    DatabaseSettings database) {

  public Config {
    subscribers = List.copyOf(subscribers);
  }

  public Path databaseFile() {
    return dataDir.resolve("statuswacht");
  }

  public Path evidenceDir() {
    return dataDir.resolve("evidence");
  }

  /**
   * Where the daemon's web server is reached from outside ({@code web.public-url}, e.g. {@code
   * https://statuswacht.example.org}), or {@code null}: mails link to its one-click unsubscribe
   * page only when it is set.
   */
  public URI webPublicUrl() {
    return web.publicUrl();
  }
}
