package nl.statuswacht.digest;

import nl.statuswacht.rules.Scoreboard;

/**
 * One post as the digest sees it: its current version, judged at the digest's moment.
 *
 * @param judged the post with its classification and verdicts
 * @param version its current version (the SEQUENCE of its calendar entry)
 * @param cancelled whether its newest update calls the maintenance off
 * @param evidenceSha the SHA-256 of the archived document the current version was read from, or
 *     {@code null} when none was kept
 */
public record DigestPost(Scoreboard.Judged judged, int version, boolean cancelled,
    String evidenceSha) {}
