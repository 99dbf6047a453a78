package nl.statuswacht.model;

import java.time.Instant;

/**
 * A time window {@code [start, end)}, as a platform or a post states it. Either end may be
 * unknown ({@code null}); nothing is guessed.
 */
public record Window(Instant start, Instant end) {
  public Window {
    if (start != null && end != null && end.isBefore(start)) {
      throw new IllegalArgumentException("window ends before it starts: " + start + " .. " + end);
    }
  }
}
