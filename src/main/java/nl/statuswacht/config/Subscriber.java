package nl.statuswacht.config;

/**
 * Someone who receives mail. For now every subscriber receives every new post and every material
 * update at once; filters arrive with the email-alerts issue.
 *
 * @param address the email address
 * @param name a display name, or {@code null}
 */
public record Subscriber(String address, String name) {}
