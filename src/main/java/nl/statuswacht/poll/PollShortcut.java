package nl.statuswacht.poll;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import nl.statuswacht.config.Config;
import nl.statuswacht.fetch.Deadline;
import nl.statuswacht.fetch.EvidenceArchive;
import nl.statuswacht.fetch.FetchOutcome;
import nl.statuswacht.fetch.Fetcher;
import nl.statuswacht.fetch.Validators;
import nl.statuswacht.store.Database;
import nl.statuswacht.store.FetchRepository;
import nl.statuswacht.store.FetchRepository.FetchLogEntry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one-shot {@code poll} of a page that has not changed, without opening the database.
 *
 * <p>A full one-shot poll that leaves nothing to do (every document of the plan read, nothing in
 * the outbox that may still go out, no digest owed, the operator told of every dead letter, no
 * release asked for) writes down, after it closed the database, what the next poll needs to see
 * that nothing changed ({@code poll-shortcut.properties} in the data directory): each document's
 * URL and validators, and until when nothing can fall due by time alone — the first of the next
 * deadline or reminder of the posts as they stand ({@link PollCycle}'s quiet look), the digest's
 * next fire time, the plan's next discovery, and {@link #LONGEST} from now, so that a full poll
 * still trims the fetch log, compacts the file and writes the fetch log within the hour. It also
 * writes down the settings it ran under and the database file as it left it (size, time of the
 * last change, file key).
 *
 * <p>The next one-shot {@code poll} ({@link #attempt}) makes the conditional GETs itself when all
 * of that still holds: the same release and settings, the database file untouched since (any
 * command that changed it — a subscriber added, a release, the daemon — changed its size or time),
 * no process holding it open (H2's lock file), no release asked for, and the time before {@code
 * until}. When every document answers 304 with the same validators, the poll is done: it appends
 * each fetch to {@code poll-shortcut.journal}, which the next full poll (or the daemon's first)
 * writes into the fetch log ({@link #importJournal}), and prints the line a full poll prints. Any
 * other answer is left to a full poll, which takes what these fetches gave instead of asking again;
 * any doubt before them, to a full poll from the start.
 *
 * <p>Nothing the shortcut skips can queue or send a mail before {@code until}; the rules for mail
 * are the full poll's, which runs whenever one could.
 *
 * <p>Over 300 lines: the file a full poll writes, the attempt that reads it and the journal the
 * attempt appends to share one format and one set of checks, written and read here only.
 */
public final class PollShortcut {
  private static final Logger log = LoggerFactory.getLogger(PollCycle.class);
  /** The longest a written shortcut holds: a full poll at least this often. */
  public static final Duration LONGEST = Duration.ofHours(1);
  private static final String FORMAT = "1";

  private PollShortcut() {}

  /** The file a full poll writes and the next one-shot poll reads. */
  public static Path file(Config config) {
    return config.dataDir().resolve("poll-shortcut.properties");
  }

  /** The fetches of shortcut polls that the fetch log has not been given yet. */
  public static Path journal(Config config) {
    return config.dataDir().resolve("poll-shortcut.journal");
  }

  /** One document of the plan, with the validators its last 200 or 304 gave. */
  public record Document(URI url, Validators validators) {}

  /**
   * What a full poll leaves for the next one: the plan's documents, and the time before which
   * nothing falls due.
   */
  public record Basis(List<Document> documents, Instant until) {
    public Basis {
      documents = List.copyOf(documents);
      Objects.requireNonNull(until, "until");
    }
  }

  /**
   * Writes {@code basis} for the next one-shot poll, after the database is closed (its file as
   * the full poll left it), or removes the file when {@code basis} is null: then the next poll
   * is a full one.
   */
  public static void write(Config config, String version, String source, Basis basis) {
    Path file = file(config);
    try {
      // the database still open elsewhere (the daemon, another command): its file is not final
      if (basis == null || basis.documents().isEmpty() || Files.exists(lockFile(config))) {
        Files.deleteIfExists(file);
        return;
      }
      String stamp = stamp(databaseFile(config));
      if (stamp == null) {
        Files.deleteIfExists(file);
        return;
      }
      Properties p = new Properties();
      p.setProperty("format", FORMAT);
      p.setProperty("release", version);
      p.setProperty("settings", settings(config, version, source));
      p.setProperty("database", stamp);
      p.setProperty("until", basis.until().toString());
      p.setProperty("documents", String.valueOf(basis.documents().size()));
      for (int i = 0; i < basis.documents().size(); i++) {
        Document d = basis.documents().get(i);
        p.setProperty("document." + i + ".url", d.url().toString());
        if (d.validators().etag() != null) {
          p.setProperty("document." + i + ".etag", d.validators().etag());
        }
        if (d.validators().lastModified() != null) {
          p.setProperty("document." + i + ".last-modified", d.validators().lastModified());
        }
      }
      Path written = file.resolveSibling(file.getFileName() + ".new");
      try (Writer out = Files.newBufferedWriter(written, UTF_8)) {
        p.store(out, "statuswacht: what the next one-shot poll needs to see that nothing"
            + " changed; remove it to make the next poll a full one");
      }
      try {
        Files.move(written, file, StandardCopyOption.REPLACE_EXISTING,
            StandardCopyOption.ATOMIC_MOVE);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(written, file, StandardCopyOption.REPLACE_EXISTING);
      }
    } catch (IOException e) {
      // the next poll is a full one
      log.warn("poll: cannot write {}: {}", file, e.toString());
      try {
        Files.deleteIfExists(file);
      } catch (IOException gone) {
        e.addSuppressed(gone);
      }
    }
  }

  /**
   * What {@link #attempt} came to: the poll done ({@code done}), or not, and then what the fetches
   * it made gave ({@code fetched}, by URL; the full poll takes them instead of asking again).
   */
  public record Attempt(PollResult.Unchanged done, Map<URI, FetchOutcome> fetched) {
    public Attempt {
      fetched = Map.copyOf(fetched);
    }

    static final Attempt NONE = new Attempt(null, Map.of());
  }

  /**
   * The poll done without the database when what {@link #write} left still holds and every
   * document answers 304 with the validators it gave last time; else not done, and the caller
   * polls in full with what the fetches made here gave.
   */
  public static Attempt attempt(Config config, String version, String source, Clock clock) {
    if (config.database().postgres()) {
      return Attempt.NONE;
    }
    Instant started = clock.instant();
    // read once: what is checked is what is used, even if a poll beside this one replaces it
    Properties p = read(file(config));
    String why = why(config, version, source, started, p);
    if (why != null) {
      log.debug("poll: no shortcut: {}", why);
      return Attempt.NONE;
    }
    List<Document> documents = documents(p);
    Fetcher fetcher = new Fetcher(config.http(), clock);
    Deadline deadline = Deadline.in(config.pollBudget(), "the poll");
    Map<URI, FetchOutcome> fetched = new LinkedHashMap<>();
    List<FetchLogEntry> fetches = new ArrayList<>();
    boolean unchanged = true;
    for (Document document : documents) {
      // to the microsecond, as the fetch log keeps it: the import finds a line it wrote already
      Instant at = clock.instant().truncatedTo(ChronoUnit.MICROS);
      FetchOutcome outcome = fetcher.fetch(document.url(), document.validators(), deadline);
      fetched.put(document.url(), outcome);
      if (!(outcome instanceof FetchOutcome.NotModified notModified)
          || !notModified.validators().equals(document.validators())) {
        log.debug("poll: no shortcut: {} answered {}", document.url(), outcome);
        unchanged = false;
        break; // the full poll fetches the rest
      }
      fetches.add(new FetchLogEntry(config.source().toString(), document.url().toString(), at,
          outcome.elapsed().toMillis(), "not_modified", 304, null, null, null));
    }
    if (!unchanged || !append(journal(config), fetches)) {
      // a journal that cannot take the fetches: the full poll logs the 304s it is handed
      return new Attempt(null, fetched);
    }
    long elapsed = Math.max(0, Duration.between(started, clock.instant()).toMillis());
    String where = String.join(" + ", documents.stream().map(d -> d.url().toString()).toList());
    log.info("poll source={} url={} outcome=not_modified posts=0 new=0 updated=0 queued=0"
        + " baseline=false elapsed_ms={} (the database not opened: nothing falls due before {})",
        config.source(), where, elapsed, p.getProperty("until"));
    return new Attempt(new PollResult.Unchanged(where, elapsed), Map.of());
  }

  /** Why the written shortcut does not hold now; null when it does. */
  static String why(Config config, String version, String source, Instant now, Properties p) {
    if (p == null) {
      return "no " + file(config).getFileName();
    }
    if (!FORMAT.equals(p.getProperty("format")) || !version.equals(p.getProperty("release"))) {
      return "written by another release";
    }
    if (!settings(config, version, source).equals(p.getProperty("settings"))) {
      return "the settings changed";
    }
    Instant until;
    try {
      until = Instant.parse(String.valueOf(p.getProperty("until")));
    } catch (DateTimeParseException e) {
      return "no time to hold until";
    }
    if (!now.isBefore(until)) {
      return "something may fall due from " + until;
    }
    if (until.isAfter(now.plus(LONGEST))) {
      return "written more than " + LONGEST + " ahead of now (the clock went back)";
    }
    if (Files.exists(lockFile(config))) {
      return "another process holds the database";
    }
    if (Files.exists(PollCycle.releaseRequest(config))) {
      return "a release of held mails is asked for";
    }
    if (!Objects.equals(p.getProperty("database"), stamp(databaseFile(config)))) {
      return "the database changed";
    }
    if (documents(p).isEmpty()) {
      return "no documents";
    }
    return null;
  }

  /**
   * Writes the fetches that shortcut polls appended to the journal into the fetch log (a line
   * that is there already is left out: an import cut short between the commit and the journal's
   * truncation), then empties the journal; under a lock on it, so that a shortcut poll appending
   * at that moment waits. Returns the lines written.
   */
  public static int importJournal(Config config, Database database) {
    return importJournal(journal(config), database);
  }

  /** {@link #importJournal(Config, Database)} of the journal at {@code path}. */
  static int importJournal(Path path, Database database) {
    try {
      if (!Files.exists(path) || Files.size(path) == 0) {
        return 0;
      }
    } catch (IOException e) {
      return 0; // gone in between
    }
    try (FileChannel channel = FileChannel.open(path, StandardOpenOption.READ,
            StandardOpenOption.WRITE);
        FileLock lock = channel.lock()) {
      if (channel.size() > Integer.MAX_VALUE - 8) {
        throw new IOException("larger than a journal can grow: left as it is");
      }
      ByteBuffer buffer = ByteBuffer.allocate((int) channel.size());
      while (buffer.hasRemaining() && channel.read(buffer) > 0) {
        // read to the end
      }
      String text = new String(buffer.array(), 0, buffer.position(), UTF_8);
      List<FetchLogEntry> entries = new ArrayList<>();
      int line = 0;
      for (String row : text.split("\n")) {
        line++;
        if (row.isBlank()) {
          continue;
        }
        FetchLogEntry entry = entry(row);
        if (entry == null) {
          log.warn("poll: {}:{}: not a fetch, left out: {}", path, line, row);
        } else {
          entries.add(entry);
        }
      }
      int written = entries.isEmpty() ? 0 : database.durably(c -> {
        int n = 0;
        for (FetchLogEntry entry : entries) {
          if (!FetchRepository.logged(c, entry.url(), entry.startedAt())) {
            FetchRepository.log(c, entry);
            n++;
          }
        }
        return n;
      });
      channel.truncate(0);
      return written;
    } catch (NoSuchFileException e) {
      return 0;
    } catch (IOException e) {
      throw new UncheckedIOException("poll: cannot read " + path + ": " + e.getMessage(), e);
    }
  }

  /**
   * Appends {@code fetches} to the journal, under a lock on it; false when it cannot (a write cut
   * short is taken back, so that no half line is left).
   */
  private static boolean append(Path path, List<FetchLogEntry> fetches) {
    StringBuilder text = new StringBuilder();
    for (FetchLogEntry f : fetches) {
      text.append(f.startedAt()).append('\t').append(f.elapsedMs()).append('\t')
          .append(f.source()).append('\t').append(f.url()).append('\n');
    }
    try (FileChannel channel = FileChannel.open(path, StandardOpenOption.CREATE,
            StandardOpenOption.WRITE);
        FileLock lock = channel.lock()) {
      long size = channel.size();
      ByteBuffer bytes = ByteBuffer.wrap(text.toString().getBytes(UTF_8));
      try {
        while (bytes.hasRemaining()) {
          channel.write(bytes, size + bytes.position());
        }
        return true;
      } catch (IOException e) {
        channel.truncate(size);
        throw e;
      }
    } catch (IOException e) {
      log.warn("poll: cannot append to {}: {}; polling in full", path, e.toString());
      return false;
    }
  }

  /** A journal line: started, elapsed milliseconds, source, URL; null when it is none. */
  private static FetchLogEntry entry(String row) {
    String[] f = row.split("\t", -1);
    if (f.length != 4) {
      return null;
    }
    try {
      return new FetchLogEntry(f[2], f[3],
          Instant.parse(f[0]).truncatedTo(ChronoUnit.MICROS), Long.parseLong(f[1]),
          "not_modified", 304, null, null, null);
    } catch (DateTimeParseException | NumberFormatException e) {
      return null;
    }
  }

  private static List<Document> documents(Properties p) {
    List<Document> documents = new ArrayList<>();
    if (p == null) {
      return documents;
    }
    int count;
    try {
      count = Integer.parseInt(String.valueOf(p.getProperty("documents")));
    } catch (NumberFormatException e) {
      return List.of();
    }
    for (int i = 0; i < count; i++) {
      String url = p.getProperty("document." + i + ".url");
      Validators validators = new Validators(p.getProperty("document." + i + ".etag"),
          p.getProperty("document." + i + ".last-modified"));
      if (url == null || validators.isEmpty()) {
        return List.of();
      }
      try {
        documents.add(new Document(URI.create(url), validators));
      } catch (IllegalArgumentException e) {
        return List.of();
      }
    }
    return documents;
  }

  private static Properties read(Path file) {
    try (Reader in = Files.newBufferedReader(file, UTF_8)) {
      Properties p = new Properties();
      p.load(in);
      return p;
    } catch (IOException | IllegalArgumentException e) {
      return null; // none, or not one this release wrote: a full poll
    }
  }

  /**
   * The SHA-256 of the settings: the release, what the configuration was read from ({@code
   * source}: the file and the environment's settings), the data directory as an absolute path,
   * and the policy and reminders ({@link PollCycle#fingerprint(Config, String)}, which also holds
   * the policy file's words). A record's {@code toString} would do too, but costs a tenth of the
   * shortcut's time in a JVM that has just started.
   */
  static String settings(Config config, String version, String source) {
    String text = String.join("\n", "release=" + version, "data-dir="
        + config.dataDir().toAbsolutePath(), "policy=" + PollCycle.fingerprint(config, version),
        source);
    return EvidenceArchive.sha256(text.getBytes(UTF_8));
  }

  private static Path databaseFile(Config config) {
    return Database.h2File(config.databaseFile());
  }

  private static Path lockFile(Config config) {
    return Database.h2LockFile(config.databaseFile());
  }

  /** The file's size, time of its last change and key (inode); null when it cannot be read. */
  static String stamp(Path file) {
    try {
      BasicFileAttributes a = Files.readAttributes(file, BasicFileAttributes.class);
      return a.size() + " " + a.lastModifiedTime().toInstant() + " " + a.fileKey();
    } catch (IOException e) {
      return null;
    }
  }
}
