package nl.statuswacht.model;

import java.util.Objects;

/**
 * A rule applied to a post: the outcome, and what the rule compared as typed values ({@link
 * VerdictDetail}). What it required, what happened and why, in Dutch or English, is worded at the
 * edge by {@code nl.statuswacht.words.VerdictWords} from the message bundles under {@code
 * src/main/resources/nl/statuswacht/words/}.
 */
public record Verdict(Rule rule, Outcome outcome, VerdictDetail detail) {
  public Verdict {
    Objects.requireNonNull(rule, "rule");
    Objects.requireNonNull(outcome, "outcome");
    Objects.requireNonNull(detail, "detail");
  }
}
