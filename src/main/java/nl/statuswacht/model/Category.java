package nl.statuswacht.model;

/** What a status-page post is ({@code docs/service-levels.md}, "Categories of posts"). */
public enum Category {
  INCIDENT,
  PLANNED_MAINTENANCE,
  EMERGENCY_MAINTENANCE,
  CHANGE,
  INFORMATION
}
