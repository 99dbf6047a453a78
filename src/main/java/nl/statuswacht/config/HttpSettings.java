package nl.statuswacht.config;

import java.time.Duration;

/**
 * How statuswacht fetches.
 *
 * @param connectTimeout time to open a connection
 * @param timeout total time for one request, headers and body
 * @param maxBodyBytes cap on the decompressed body
 * @param maxRedirects redirects followed at most (only to http and https)
 * @param userAgent the User-Agent header, naming statuswacht and its version
 * @param maxRetryAfter the longest wait a 429 or 503 {@code Retry-After} is honoured with; a server
 *     asking for more is asked again after this
 */
public record HttpSettings(
    Duration connectTimeout,
    Duration timeout,
    long maxBodyBytes,
    int maxRedirects,
    String userAgent,
    Duration maxRetryAfter) {}
