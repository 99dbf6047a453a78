package nl.statuswacht.poll;

import java.lang.ref.SoftReference;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import nl.statuswacht.change.Change;
import nl.statuswacht.change.ChangeDetector;
import nl.statuswacht.change.Material;
import nl.statuswacht.change.MeaningChanges;
import nl.statuswacht.change.PostEvent;
import nl.statuswacht.classify.Classifier;
import nl.statuswacht.config.Config;
import nl.statuswacht.model.Category;
import nl.statuswacht.model.Classification;
import nl.statuswacht.model.Outcome;
import nl.statuswacht.model.Post;
import nl.statuswacht.model.Verdict;
import nl.statuswacht.notify.Alert;
import nl.statuswacht.read.Carried;
import nl.statuswacht.read.PlausibleDates;
import nl.statuswacht.read.PostMerge;
import nl.statuswacht.rules.NoticeStart;
import nl.statuswacht.rules.Rules;
import nl.statuswacht.store.PostRepository;
import nl.statuswacht.store.SightingRepository;
import nl.statuswacht.words.VerdictWords;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The last step of a poll: the merged reading applied to the store in one transaction. Each post
 * is found (under its key, or under a moved link by its content identity), compared with its
 * stored version, classified and judged when new or materially changed, and announced through
 * {@link Alerting}.
 */
public final class Applier {
  /** Logged as the poll: one logger for everything a poll does. */
  private static final Logger log = LoggerFactory.getLogger(PollCycle.class);

  /**
   * At most this many posts written by one apply are read again one by one to keep where the
   * posts stand; after more (a baseline), the next apply reads them all in one statement.
   */
  private static final int RESTAND_AT_MOST = 100;

  private final Config config;
  private final Classifier classifier;
  private final Rules rules;
  private final Alerting alerting;
  /**
   * The fingerprints of the posts as the documents show them, by identity: a reader hands out the
   * very same (immutable) post for an entry that did not change ({@code read.EntryMemo}).
   */
  private final Carried<Post, String> shownFingerprints = new Carried<>(IdentityHashMap::new);
  /**
   * The merged posts' content identities ({@link Material#identity}), by the title and time they
   * are made of: a SHA-256 for each post of each changed poll, in the daemon's C1-compiled code,
   * otherwise.
   */
  private final Carried<IdentityOf, String> identities = new Carried<>(HashMap::new);

  /**
   * Where the posts stood after this process's last apply, and the count of writings of them it
   * left ({@link SightingRepository#nextGeneration}); empty when not known. Taken by the
   * next apply, and kept again only once its transaction committed ({@link #committed}): reading
   * them took 40 to 110 ms at 5,000 posts, on every poll that found a document changed. Held
   * softly, as the documents' last readings are: a heap that runs short takes it, and the next
   * apply reads them.
   */
  private volatile SoftReference<Standings> kept = new SoftReference<>(null);

  /**
   * The posts as they stand ({@link SightingRepository#standings}) after the nth writing, made of
   * the plan's documents with these bodies (each one's URL and SHA-256, as {@code PollCycle}
   * names them).
   */
  record Standings(long generation, String documents,
      Map<String, SightingRepository.Standing> byKey) {}

  public Applier(Config config, Classifier classifier, Rules rules, Alerting alerting) {
    this.config = config;
    this.classifier = classifier;
    this.rules = rules;
    this.alerting = alerting;
  }

  /**
   * What applying a reading did, whether it was the baseline poll, and whether a post it stored
   * a version of is, as that version reads, an open incident or a downtime window still to come:
   * one whose deadlines or reminders time can bring (see {@link PostRepository#openIncidents},
   * {@link PostRepository#upcomingWindows}); and where the posts stand after it, for the next
   * apply once this one's transaction has committed ({@code null}: the next reads them whole).
   */
  record Applied(PollResult.Counts counts, boolean baseline, boolean timely,
      Standings standings) {}

  /**
   * Keeps where the posts stand after {@code applied}, once its transaction has committed: for the
   * next apply, which takes it when no other process wrote the posts in between.
   */
  void committed(Applied applied) {
    kept = new SoftReference<>(applied.standings());
  }

  /** Where the posts stand as this process keeps them for its next apply; null when it does not. */
  Standings kept() {
    return kept.get();
  }

  /**
   * Where the posts of the source stand before the nth writing of them, from documents stored as
   * {@code documents}: as this process kept them when it wrote the one before (n - 1) from those
   * very documents; {@code null} when it did not (they are read). The documents count as well as
   * the count: a release before V19 writes the posts without counting, but stores the bodies it
   * read.
   */
  private Map<String, SightingRepository.Standing> keptBefore(long generation, String documents) {
    Standings known = kept.get();
    kept = new SoftReference<>(null);
    return known != null && known.generation() == generation - 1
        && known.documents().equals(documents) ? known.byKey() : null;
  }

  /**
   * A reading compared with the store (the first half of an apply, which needs no SHA-256 of the
   * new bodies): the posts to write set apart from those that stand as stored, for which nothing
   * is written.
   */
  record Sorted(PostMerge.Merged merged, Instant now, long generation, boolean baseline,
      Set<String> keysShown, Map<String, SightingRepository.Standing> standings,
      Fingerprints fingerprints, List<PlausibleDates.Checked> toWrite) {}

  /**
   * The first half of an apply ({@link Sorted}), in the poll's transaction: each post of {@code
   * merged} compared with where it stands. The poll sorts while its new bodies are still hashed
   * and archived, and {@link #write writes} once they are. {@code before}: the plan's documents
   * as stored before this poll (each one's URL and the SHA-256 of its body, as {@code PollCycle}
   * names them).
   */
  Sorted sort(Connection c, PostMerge.Merged merged, Instant now, String before)
      throws SQLException {
    long generation = SightingRepository.nextGeneration(c, source());
    boolean baseline = PostRepository.baseline(c, source()).isEmpty();
    Set<String> keysShown = new HashSet<>();
    merged.posts().forEach(post -> keysShown.add(post.id()));
    Map<String, SightingRepository.Standing> standings = keptBefore(generation, before);
    boolean fromStore = standings == null;
    if (fromStore) {
      standings = SightingRepository.standings(c, source());
    }
    Fingerprints fingerprints = new Fingerprints(shownFingerprints, identities);
    List<PlausibleDates.Checked> toWrite = new ArrayList<>();
    for (Post read : merged.posts()) {
      PlausibleDates.Checked checked = PlausibleDates.check(read, now);
      Post post = checked.post();
      SightingRepository.Standing standing = standings.get(post.id());
      if (standing != null
          && unchanged(standing, post, merged.shown(post.id()), fingerprints)) {
        if (fromStore) {
          // kept till the next poll: with the strings this process holds anyway, not copies (the
          // old entry removed first, as a put keeps the key it replaces)
          standings.remove(post.id());
          standings.put(post.id(), shared(standing, post, merged.shown(post.id()), fingerprints));
        }
        continue;
      }
      toWrite.add(checked);
    }
    return new Sorted(merged, now, generation, baseline, keysShown, standings, fingerprints,
        toWrite);
  }

  /**
   * The second half of an apply: stores what the {@link #sort sorted} reading says, in the same
   * transaction. Each post to write new, materially updated (with what changed) or only touched;
   * a withdrawn one logged; the baseline marked on the first poll; the mails about new posts held
   * when there are too many at once. {@code evidence}: the bodies its versions were read from;
   * {@code after}: the plan's documents as this poll stores them, named as {@code before} is.
   * {@code planChanged}: the documents differ from the last poll's, so updates are stored but not
   * mailed (they may be differences between documents, not news).
   */
  Applied write(Connection c, Sorted sorted, String evidence, boolean planChanged, String after)
      throws SQLException {
    PostMerge.Merged merged = sorted.merged();
    Instant now = sorted.now();
    boolean baseline = sorted.baseline();
    boolean announceNew = !baseline || config.notifyOnBaseline();
    Set<String> keysShown = sorted.keysShown();
    Map<String, SightingRepository.Standing> standings = sorted.standings();
    Fingerprints fingerprints = sorted.fingerprints();
    // the posts whose rows this apply writes: their standings are read again at the end
    Set<Long> written = new HashSet<>();
    int created = 0;
    int updated = 0;
    int queued = 0;
    boolean timely = false;
    List<Long> announced = new ArrayList<>();
    for (PlausibleDates.Checked checked : sorted.toWrite()) {
      Post post = checked.post();
      Optional<PostRepository.Stored> stored = known(c, post, keysShown, fingerprints);
      PostEvent event = ChangeDetector.detect(stored.map(PostRepository.Stored::last), post);
      if (event instanceof PostEvent.MaterialUpdate
          && !changedWhereShown(c, stored.orElseThrow().id(), merged.shown(post.id()),
              fingerprints)) {
        // a document that showed it no longer does: not seen there, which is no change
        log.info("poll post={} reads differently only because a document no longer shows it;"
            + " not changed", post.id());
        event = null;
      }
      String fingerprint = fingerprints.of(post);
      long id;
      if (event instanceof PostEvent.New) {
        checked.notes().forEach(note -> log.warn("poll {}", note));
        id = PostRepository.insertPost(c, source(), post.id(), now);
        Classification classification = classifier.classify(post);
        timely |= timely(classification, now);
        PostRepository.insertVersion(c, id, 1, post, classification, fingerprint, now, evidence);
        List<Verdict> verdicts = judge(c, id, 1, post, classification, now);
        created++;
        if (announceNew) {
          int added = alerting.queue(c, id, 1, Alert.newPost(post, classification, verdicts),
              now);
          queued += added;
          if (added > 0) {
            announced.add(id);
          }
        }
      } else if (event instanceof PostEvent.MaterialUpdate update) {
        id = stored.orElseThrow().id();
        int version = update.previousVersion() + 1;
        Classification classification = classifier.classify(post);
        timely |= timely(classification, now);
        List<Change> changes = new ArrayList<>(update.changes());
        PostRepository.classification(c, id, update.previousVersion()).ifPresent(before ->
            changes.addAll(MeaningChanges.between(before, classification)));
        PostRepository.insertVersion(c, id, version, post, classification, fingerprint, now,
            evidence);
        List<Verdict> verdicts = judge(c, id, version, post, classification, now);
        updated++;
        if (!planChanged) {
          Alert alert = isMaintenance(classification) && classifier.cancelled(post)
              ? Alert.cancelled(post, classification, verdicts, changes)
              : classification.resolved() != null
                  && changes.stream().anyMatch(Change.Status.class::isInstance)
              ? Alert.resolved(post, classification, verdicts, changes)
              : Alert.updated(post, classification, verdicts, changes);
          queued += alerting.queue(c, id, version, alert, now);
        }
      } else {
        id = stored.orElseThrow().id();
        PostRepository.touch(c, id, now);
      }
      seen(c, id, post, merged.shown(post.id()), fingerprints, now);
      written.add(id);
    }
    shownFingerprints.done();
    identities.done();
    if (baseline) {
      PostRepository.markBaseline(c, source(), now);
    } else {
      List<Long> notShown = standings.entrySet().stream()
          .filter(e -> !e.getValue().withdrawn() && !keysShown.contains(e.getKey()))
          .map(e -> e.getValue().id()).sorted().toList();
      for (SightingRepository.Withdrawn gone
          : SightingRepository.withdraw(c, source(), notShown, keysShown, now)) {
        log.info("poll post withdrawn post={} title=\"{}\": no document shows it any more"
            + " (taken down, or aged out of them); not mailed", gone.key(), gone.title());
        written.add(gone.id());
      }
      if (announced.size() > config.maxNewPosts()) {
        alerting.holdNew(c, announced, now);
      }
    }
    // a baseline, or a poll that wrote many posts, leaves them to be read whole next time
    Standings standingAfter = null;
    if (written.size() <= RESTAND_AT_MOST) {
      SightingRepository.restand(c, standings, written);
      standingAfter = new Standings(sorted.generation(), after, standings);
    }
    return new Applied(new PollResult.Counts(merged.posts().size(), created, updated, queued),
        baseline, timely, standingAfter);
  }

  /**
   * Whether the stored post {@code standing} stays as it is, only seen again: it is not
   * withdrawn, its current version has the material of {@code post} and its content identity,
   * and every document that shows it shows it as it did last time. Such a post is neither new
   * nor updated, and nothing is written for it: that it is still shown is the source's last read
   * ({@code source_read}), which the post page shows as its last sighting.
   */
  private static boolean unchanged(SightingRepository.Standing standing, Post post,
      Map<String, Post> shown, Fingerprints fingerprints) {
    if (standing.withdrawn() || !standing.fingerprint().equals(fingerprints.of(post, shown))
        || !Objects.equals(standing.identity(), fingerprints.identity(post))) {
      return false;
    }
    for (Map.Entry<String, Post> where : shown.entrySet()) {
      if (!fingerprints.shown(where.getValue()).equals(standing.sightings().get(where.getKey()))) {
        return false;
      }
    }
    return true;
  }

  /**
   * The standing of a post that {@link #unchanged} found as it stands, made of what this process
   * holds anyway: the post's key, the fingerprints and identity the applier carries to the next
   * poll ({@link Fingerprints}) and the documents' locations as the merge names them. Equal to
   * {@code standing}, whose strings, as read from the database, would be second copies kept
   * between polls (about 1.5 MB at 5,000 posts).
   */
  private static SightingRepository.Standing shared(SightingRepository.Standing standing,
      Post post, Map<String, Post> shown, Fingerprints fingerprints) {
    Map<String, String> sightings = new HashMap<>(standing.sightings());
    for (Map.Entry<String, Post> where : shown.entrySet()) {
      // removed first: a put keeps the key it replaces, the database's copy of the location
      sightings.remove(where.getKey());
      sightings.put(where.getKey(), fingerprints.shown(where.getValue()));
    }
    return new SightingRepository.Standing(standing.id(), fingerprints.of(post, shown),
        fingerprints.identity(post), false, Map.copyOf(sightings));
  }

  /** What a content identity is made of ({@link Material#identity}). */
  private record IdentityOf(String title, Instant first) {}

  /**
   * The material fingerprints ({@link Material#fingerprint}) and content identities of one
   * apply: the merged posts', and the posts as the documents show them, those taken from the
   * last apply where it computed them ({@link Carried}).
   */
  private static final class Fingerprints {
    private final Carried<Post, String> shown;
    private final Carried<IdentityOf, String> identities;

    Fingerprints(Carried<Post, String> shown, Carried<IdentityOf, String> identities) {
      this.shown = shown;
      this.identities = identities;
    }

    /** The content identity of the merged {@code post} ({@link Material#identity}). */
    String identity(Post post) {
      Instant first = Material.identityTime(post);
      return first == null ? null : identities.get(new IdentityOf(post.title(), first),
          of -> Material.identity(of.title(), of.first()));
    }

    String of(Post post) {
      return Material.of(post).fingerprint();
    }

    /**
     * The fingerprint of the merged {@code post}: when one document shows it and the post has
     * that document's very title, body and timeline and equal hints (the merge of one document's
     * post), that document's post's, which is likely known already; else computed.
     */
    String of(Post post, Map<String, Post> shown) {
      if (shown.size() == 1) {
        Post only = shown.values().iterator().next();
        if (post.title() == only.title() && post.body() == only.body()
            && post.updates() == only.updates() && post.hints().equals(only.hints())) {
          return shown(only);
        }
      }
      return of(post);
    }

    String shown(Post post) {
      return shown.get(post, this::of);
    }
  }

  /**
   * The stored post under the merged post's key; else, for a key never seen, the one stored
   * post with the same content identity (title and first update) whose key no document shows
   * any more: the same post under a moved link, re-keyed. A post withdrawn earlier that a
   * document shows again is no longer withdrawn.
   */
  private Optional<PostRepository.Stored> known(Connection c, Post post, Set<String> keysShown,
      Fingerprints fingerprints) throws SQLException {
    Optional<PostRepository.Stored> stored = PostRepository.find(c, source(), post.id());
    String identity = fingerprints.identity(post);
    if (stored.isEmpty() && identity != null) {
      Optional<SightingRepository.Known> moved =
          SightingRepository.movedFrom(c, source(), identity, keysShown);
      if (moved.isPresent()) {
        SightingRepository.rekey(c, moved.get().id(), post.id());
        log.info("poll post moved post={} was={}: the same title and first update under a new"
            + " link; not new", post.id(), moved.get().key());
        stored = PostRepository.find(c, source(), post.id());
      }
    }
    if (stored.isPresent()) {
      Optional<Instant> withdrawn = SightingRepository.reappeared(c, stored.get().id());
      if (withdrawn.isPresent()) {
        log.info("poll post shown again post={} withdrawn={}", post.id(), withdrawn.get());
      }
    }
    return stored;
  }

  /**
   * Whether a document that shows the post shows it differently from the last time it did (or
   * shows it for the first time): only then can the post have changed.
   */
  private static boolean changedWhereShown(Connection c, long postId, Map<String, Post> shown,
      Fingerprints fingerprints) throws SQLException {
    Map<String, String> before = SightingRepository.sightings(c, postId);
    for (Map.Entry<String, Post> where : shown.entrySet()) {
      String was = before.get(where.getKey());
      if (was == null || !was.equals(fingerprints.shown(where.getValue()))) {
        return true;
      }
    }
    return false;
  }

  /** Records how each document shows the post now, and the post's content identity. */
  private static void seen(Connection c, long postId, Post post, Map<String, Post> shown,
      Fingerprints fingerprints, Instant now) throws SQLException {
    for (Map.Entry<String, Post> where : shown.entrySet()) {
      SightingRepository.saw(c, postId, where.getKey(), fingerprints.shown(where.getValue()),
          now);
    }
    SightingRepository.identify(c, postId, fingerprints.identity(post));
  }

  /**
   * Judges a new version and stores its verdicts. The post's announcement is its first
   * publication as the source dates it, never later than statuswacht first saw it; notice is
   * measured from the first version that announced this version's date or an earlier one
   * ({@link NoticeStart}). A post first seen more than two poll intervals after its publication
   * is logged: backdated, or the watcher was down.
   */
  private List<Verdict> judge(Connection c, long postId, int version, Post post,
      Classification classification, Instant now) throws SQLException {
    PostRepository.History history = PostRepository.history(c, postId);
    Instant announced = Rules.announced(post, history.firstSeen());
    Instant noticeFrom = NoticeStart.of(versions(history, announced));
    List<Verdict> verdicts = rules.judge(classification, noticeFrom, now);
    PostRepository.insertVerdicts(c, postId, version, announced, noticeFrom, verdicts, now);
    if (version == 1 && announced != null
        && Duration.between(announced, now).compareTo(config.pollInterval().multipliedBy(2)) > 0) {
      log.info("poll late post={} announced={} first_seen={}: first seen more than two poll"
          + " intervals after its publication (backdated, or statuswacht was not watching)",
          post.id(), announced, now);
    }
    verdicts.stream().filter(v -> v.outcome() == Outcome.VIOLATION).forEach(v ->
        log.warn("verdict post={} rule={} outcome=VIOLATION reason={}", post.id(), v.rule(),
            VerdictWords.ENGLISH.reason(v)));
    return verdicts;
  }

  /**
   * The stored versions as the notice rule sees them: the first at the post's announcement (as
   * stored with it, or {@code announced} for a version being judged now), each later one at its
   * edit.
   */
  private static List<NoticeStart.Version> versions(PostRepository.History history,
      Instant announced) {
    List<NoticeStart.Version> versions = new ArrayList<>();
    Instant first = null;
    for (PostRepository.SeenVersion seen : history.versions()) {
      Instant at;
      if (first == null) {
        first = seen.announced() != null ? seen.announced() : announced;
        at = first;
      } else {
        at = NoticeStart.edit(seen.updated(), seen.seenAt(), first);
      }
      versions.add(new NoticeStart.Version(at, seen.classification()));
    }
    return versions;
  }


  /**
   * Whether a version classified so is one time can raise mail about: an open incident (as
   * {@link PostRepository#openIncidents} selects them) or a downtime window that has not begun
   * (as {@link PostRepository#upcomingWindows} does).
   */
  private static boolean timely(Classification c, Instant now) {
    boolean openIncident = c.category() == Category.INCIDENT && c.resolved() == null
        && c.priority() != null && c.started() != null;
    boolean comingWindow = isMaintenance(c) && Boolean.TRUE.equals(c.downtime())
        && c.window() != null && c.window().start() != null && c.window().start().isAfter(now);
    return openIncident || comingWindow;
  }

  private static boolean isMaintenance(Classification c) {
    return c.category() == Category.PLANNED_MAINTENANCE
        || c.category() == Category.EMERGENCY_MAINTENANCE;
  }

  private String source() {
    return config.source().toString();
  }
}
