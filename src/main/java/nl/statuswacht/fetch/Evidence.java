package nl.statuswacht.fetch;

import java.nio.file.Path;

/**
 * One body in the {@link EvidenceArchive}.
 *
 * @param sha256 the SHA-256 of the uncompressed body, lowercase hex: the blob's name
 * @param path where the gzip-compressed blob is
 * @param size the uncompressed size in bytes
 * @param newlyStored {@code false} when the same bytes were already archived
 */
public record Evidence(String sha256, Path path, long size, boolean newlyStored) {}
