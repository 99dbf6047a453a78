/**
 * The weekly digest's content, pure: which week is due ({@link nl.statuswacht.digest.Week}, {@link
 * nl.statuswacht.digest.DigestSchedule}) and what it says ({@link
 * nl.statuswacht.digest.DigestReport} over {@link nl.statuswacht.digest.DigestPost}s). It reads no
 * store, clock or network: the instant and the posts are given. {@code
 * nl.statuswacht.notify.DigestTemplates} renders it in Dutch and English; {@code
 * nl.statuswacht.digestqueue} reads the posts from the store and queues it exactly once per
 * subscriber and week.
 */
package nl.statuswacht.digest;
