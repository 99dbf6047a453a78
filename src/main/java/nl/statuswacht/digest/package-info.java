/**
 * The weekly digest: which week is due for whom ({@link nl.statuswacht.digest.Week}, {@link
 * nl.statuswacht.digest.DigestSchedule}), what it says ({@link nl.statuswacht.digest.DigestReport},
 * pure, from the stored posts) and queueing it exactly once per subscriber and week ({@link
 * nl.statuswacht.digest.Digester}). It is rendered in Dutch and English by {@code
 * nl.statuswacht.notify.DigestTemplates}.
 */
package nl.statuswacht.digest;
