package nl.statuswacht.config;

import java.time.Duration;

/**
 * How the outbox retries a mail the transport did not take.
 *
 * @param baseDelay delay after the first failure; it doubles per failure, with jitter
 * @param maxDelay the longest delay between two tries
 * @param maxAttempts tries for temporary failures (4xx, connection) before the mail is dead
 * @param permanentAttempts tries for permanent failures (5xx) before the mail is dead
 */
public record RetrySettings(
    Duration baseDelay, Duration maxDelay, int maxAttempts, int permanentAttempts) {}
