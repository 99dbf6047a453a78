package nl.statuswacht.classify;

import java.util.Objects;

/**
 * A value read out of a post, with the evidence that decided it: the words of the post, or the
 * platform field, that it came from.
 *
 * @param value what was read
 * @param evidence the words or field it was read from, as short as will convince a reader
 */
public record Found<T>(T value, String evidence) {
  public Found {
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(evidence, "evidence");
  }
}
