package nl.statuswacht.model;

import java.util.List;

/**
 * What the status-page platform itself says about a post, beside its text: its impact field
 * ("none", "minor", "major", "critical", "maintenance"), a scheduled window, and the components
 * it names. Every part may be absent.
 */
public record PlatformHints(String impact, Window scheduled, List<String> components) {
  public static final PlatformHints NONE = new PlatformHints(null, null, List.of());

  public PlatformHints {
    components = components == null ? List.of() : List.copyOf(components);
  }
}
