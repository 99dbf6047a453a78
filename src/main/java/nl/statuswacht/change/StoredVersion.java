package nl.statuswacht.change;

/**
 * The last version of a post the store holds, as far as change detection needs it.
 *
 * @param version its number, from 1
 * @param fingerprint {@link Material#fingerprint()} of that version
 * @param title its title
 * @param latestStatus its latest status word
 * @param updates the number of updates in its timeline
 */
public record StoredVersion(
    int version, String fingerprint, String title, String latestStatus, int updates) {}
