package nl.statuswacht.model;

/** How a post (or a period) fares against a rule. */
public enum Outcome {
  COMPLIANT,
  VIOLATION,
  /** Not decided yet: an open incident whose deadline has not passed. */
  PENDING,
  /** The post does not say what the rule needs (a date, a priority); a person must look. */
  NEEDS_REVIEW
}
