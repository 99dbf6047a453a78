package nl.statuswacht.model;

/** The service-level rules of SLA-RULES.md. */
public enum Rule {
  CHANGE_NOTICE,
  MAINTENANCE_NOTICE,
  MAINTENANCE_WINDOW,
  RESTORATION,
  AVAILABILITY,
  ANNUAL_CALENDAR
}
