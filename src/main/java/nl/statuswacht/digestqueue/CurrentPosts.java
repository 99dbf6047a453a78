package nl.statuswacht.digestqueue;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import nl.statuswacht.classify.Classifier;
import nl.statuswacht.digest.DigestPost;
import nl.statuswacht.model.PlatformHints;
import nl.statuswacht.model.Post;
import nl.statuswacht.rules.Rules;
import nl.statuswacht.rules.Scoreboard;
import nl.statuswacht.store.DigestRepository;

/**
 * Every stored post's current version, judged again at a moment (an incident stored as PENDING
 * may have passed its deadline since) with notice measured as it was when the version was
 * stored, with whether its newest update calls maintenance off (the
 * {@code cancelled:} words of the vocabulary). What the digest and {@code statuswacht report}
 * compute from.
 */
public final class CurrentPosts {
  private CurrentPosts() {}

  public static List<DigestPost> load(Connection c, Rules rules, Classifier classifier,
      Instant asOf) throws SQLException {
    List<DigestPost> posts = new ArrayList<>();
    for (DigestRepository.Current current : DigestRepository.current(c)) {
      Scoreboard.Judged judged = new Scoreboard.Judged(current.key(), current.title(),
          current.link(), current.firstSeen(), current.announced(), current.classification(),
          rules.judge(current.classification(), current.noticeFrom(), asOf));
      boolean cancelled = current.newest() != null && classifier.cancelled(new Post(
          current.key(), current.title(), current.link(), null, null, "",
          List.of(current.newest()), PlatformHints.NONE));
      posts.add(new DigestPost(judged, current.version(), cancelled, current.evidenceSha()));
    }
    return posts;
  }
}
