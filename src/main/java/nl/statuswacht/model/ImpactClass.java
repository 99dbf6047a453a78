package nl.statuswacht.model;

/** The impact class of a change, which sets the notice it needs (§1.4). */
public enum ImpactClass {
  PHASE_OUT,
  MAJOR,
  MINOR,
  TARIFF,
  NONE
}
