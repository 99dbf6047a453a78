package nl.statuswacht.digest;

import nl.statuswacht.model.Classification;
import nl.statuswacht.rules.Scoreboard;

/**
 * One post as the digest and the report see it: its current version, judged at their moment.
 *
 * @param judged the post with its classification and verdicts
 * @param version its current version (the SEQUENCE of its calendar entry)
 * @param cancelled whether its newest update calls the maintenance off
 * @param evidenceSha the SHA-256 of the archived document the current version was read from, or
 *     {@code null} when none was kept
 */
public record DigestPost(Scoreboard.Judged judged, int version, boolean cancelled,
    String evidenceSha) {

  /**
   * The post as time went for the services: maintenance called off took no time, so its window
   * is not downtime (not planned maintenance in the availability, not a maintenance day on the
   * bars). Its verdicts stay as they are.
   */
  public Scoreboard.Judged asHappened() {
    Classification c = judged.classification();
    if (!cancelled || c == null || !Boolean.TRUE.equals(c.downtime())) {
      return judged;
    }
    return new Scoreboard.Judged(judged.key(), judged.title(), judged.link(), judged.firstSeen(),
        judged.announced(), new Classification(c.category(), false, c.services(), c.priority(),
            c.impactClass(), c.window(), c.effectiveDate(), c.started(), c.resolved(),
            c.calendarYear(), c.evidence()), judged.verdicts());
  }
}
