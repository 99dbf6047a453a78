package nl.statuswacht.model;

/** An incident's priority: P1 ernstig, P2 beperkt, P3 minimaal verstoord (§1.5). */
public enum Priority {
  P1,
  P2,
  P3
}
