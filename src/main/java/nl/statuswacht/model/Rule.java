package nl.statuswacht.model;

/** The service-level rules of {@code docs/service-levels.md}. */
public enum Rule {
  CHANGE_NOTICE,
  MAINTENANCE_NOTICE,
  MAINTENANCE_WINDOW,
  RESTORATION,
  AVAILABILITY,
  ANNUAL_CALENDAR
}
