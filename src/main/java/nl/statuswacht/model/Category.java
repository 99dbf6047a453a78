package nl.statuswacht.model;

/** What a status-page post is (SLA-RULES.md, "Categories of status-page posts"). */
public enum Category {
  INCIDENT,
  PLANNED_MAINTENANCE,
  EMERGENCY_MAINTENANCE,
  CHANGE,
  INFORMATION
}
