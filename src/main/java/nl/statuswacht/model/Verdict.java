package nl.statuswacht.model;

import java.util.Objects;

/**
 * A rule applied to a post: the outcome, what the rule required, what happened, and why, in Dutch
 * and English.
 *
 * @param required e.g. "announced by 2026-03-02 (10 business days before 2026-03-16)"; the JSON
 *     output and the database keep this English text
 * @param actual e.g. "announced 2026-03-05"
 * @param requiredNl {@code required} in Dutch, for the Dutch mails: "aangekondigd uiterlijk
 *     2026-03-02 (10 werkdagen vóór 2026-03-16)"
 * @param actualNl {@code actual} in Dutch: "aangekondigd 2026-03-05"
 */
public record Verdict(
    Rule rule, Outcome outcome, String required, String actual, String reasonNl,
    String reasonEn, String requiredNl, String actualNl) {
  public Verdict {
    Objects.requireNonNull(rule, "rule");
    Objects.requireNonNull(outcome, "outcome");
  }
}
