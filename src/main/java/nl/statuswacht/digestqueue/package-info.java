/**
 * Queueing the weekly digest: exactly once per subscriber and week ({@link
 * nl.statuswacht.digestqueue.Digester}), composed from the posts as the store holds them now
 * ({@link nl.statuswacht.digestqueue.CurrentPosts}, which {@code statuswacht report} reads too).
 *
 * <p>It is the composition of three stages, which is why it is a package of its own rather than
 * part of {@code digest}: it reads the store, asks {@code digest} what is due and what the digest
 * says, has {@code notify} render it, and puts it in the outbox. {@code digest} is the pure
 * content that {@code notify} renders; were the queueing there too, {@code digest} and {@code
 * notify} would depend on each other ({@code ArchitectureTest} forbids any cycle between
 * packages).
 */
package nl.statuswacht.digestqueue;
