package nl.statuswacht.model;

import java.time.Instant;
import java.util.Objects;

/**
 * One entry of a post's timeline: when it was written, the status word the page showed with it
 * ("Onderzoek", "Opgelost", "Resolved"), and its text as clean plain text.
 *
 * @param at the instant of the update; never null
 * @param status the status word as the page wrote it, or {@code ""} when the page shows none
 * @param text the update's text, whitespace collapsed
 */
public record PostUpdate(Instant at, String status, String text) {
  public PostUpdate {
    Objects.requireNonNull(at, "at");
    status = status == null ? "" : status;
    text = text == null ? "" : text;
  }
}
