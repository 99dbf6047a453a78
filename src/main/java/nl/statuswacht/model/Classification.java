package nl.statuswacht.model;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * What statuswacht reads out of a post. Every field is {@code null} when the post does not say
 * (never a guess); {@code evidence} says, per field name, the words or the platform field that
 * decided it.
 *
 * @param category what the post is
 * @param downtime whether the service is unavailable (maintenance: during the window)
 * @param services the services it concerns, {@code [OTHER]} when it names none of KVK's but
 *     something else KVK runs (or is information), {@code null} when it names nothing at all
 * @param priority an incident's priority
 * @param impactClass a change's impact class
 * @param window a maintenance window
 * @param effectiveDate the date a change takes effect
 * @param started when an incident started
 * @param resolved when an incident was resolved
 * @param calendarYear for a yearly maintenance calendar, the year it covers
 * @param evidence field name → why
 */
public record Classification(
    Category category,
    Boolean downtime,
    List<Service> services,
    Priority priority,
    ImpactClass impactClass,
    Window window,
    LocalDate effectiveDate,
    Instant started,
    Instant resolved,
    Integer calendarYear,
    Map<String, String> evidence) {

  /**
   * How the evidence for {@code priority} opens when the updates state more than one priority
   * ("the highest of \"prioriteit 3\", \"prioriteit 1\""): the highest applies to the whole
   * incident, and a verdict shows the change.
   */
  public static final String HIGHEST_OF = "the highest of ";

  public Classification {
    services = services == null ? null : List.copyOf(services);
    evidence = Map.copyOf(evidence);
  }
}
