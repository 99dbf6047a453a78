package nl.statuswacht.notify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.Temporal;
import java.time.zone.ZoneRules;
import java.util.List;
import java.util.Locale;
import java.util.TimeZone;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;
import net.fortuna.ical4j.util.Configurator;
import nl.statuswacht.notify.IcsInvites.Invite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class IcsInvitesTest {
  private static final Instant STAMP = Instant.parse("2026-03-20T09:15:00Z");

  private static Invite window(String start, String end) {
    return new Invite(
        "post-4711@statuswacht",
        2,
        STAMP,
        OffsetDateTime.parse(start).toInstant(),
        OffsetDateTime.parse(end).toInstant(),
        "Onderhoud KVK API's",
        "Gepland onderhoud aan het Handelsregister.",
        "https://status.kvk.nl/incidents/4711",
        "statuswacht@example.nl");
  }

  private static final Invite SPRING =
      window("2026-03-28T21:00+01:00", "2026-03-29T07:30+02:00");

  private static Calendar parse(String ics) throws Exception {
    return new CalendarBuilder().build(new StringReader(ics));
  }

  private static VEvent event(Calendar calendar) {
    List<VEvent> events = calendar.getComponents(Component.VEVENT);
    assertThat(events).hasSize(1);
    return events.get(0);
  }

  private static String value(VEvent event, String name) {
    return event.getRequiredProperty(name).getValue();
  }

  private static Instant instant(Temporal temporal) {
    return Instant.from(temporal);
  }

  @Test
  void requestCarriesMethodUidSequenceStampAndTheFieldsGiven() throws Exception {
    Calendar calendar = parse(IcsInvites.request(SPRING));
    VEvent event = event(calendar);

    assertThat(calendar.getRequiredProperty(Property.METHOD).getValue()).isEqualTo("REQUEST");
    assertThat(calendar.getRequiredProperty(Property.PRODID).getValue())
        .isEqualTo("-//statuswacht//statuswacht//NL");
    assertThat(calendar.getRequiredProperty(Property.VERSION).getValue()).isEqualTo("2.0");
    assertThat(value(event, Property.UID)).isEqualTo("post-4711@statuswacht");
    assertThat(value(event, Property.SEQUENCE)).isEqualTo("2");
    assertThat(value(event, Property.DTSTAMP)).isEqualTo("20260320T091500Z");
    assertThat(value(event, Property.SUMMARY)).isEqualTo("Onderhoud KVK API's");
    assertThat(value(event, Property.DESCRIPTION))
        .isEqualTo("Gepland onderhoud aan het Handelsregister.");
    assertThat(value(event, Property.URL)).isEqualTo("https://status.kvk.nl/incidents/4711");
    assertThat(value(event, Property.ORGANIZER)).isEqualTo("mailto:statuswacht@example.nl");
    assertThat(value(event, Property.STATUS)).isEqualTo("CONFIRMED");
    assertThat(value(event, Property.TRANSP)).isEqualTo("TRANSPARENT");
  }

  /** Both DST nights of 2026: the wall clock says 21:00 to 07:30, the real length differs. */
  @ParameterizedTest
  @CsvSource({
    "2026-03-28T21:00+01:00, 2026-03-29T07:30+02:00, 20260328T210000, 20260329T073000, PT9H30M",
    "2026-10-24T21:00+02:00, 2026-10-25T07:30+01:00, 20261024T210000, 20261025T073000, PT11H30M",
  })
  void windowsAcrossDstResolveToTheRightInstants(
      String start, String end, String localStart, String localEnd, Duration length)
      throws Exception {
    Invite invite = window(start, end);
    String ics = IcsInvites.request(invite);
    VEvent event = event(parse(ics));

    assertThat(ics)
        .contains("DTSTART;TZID=Europe/Amsterdam:" + localStart + "\r\n")
        .contains("DTEND;TZID=Europe/Amsterdam:" + localEnd + "\r\n");
    Instant parsedStart = instant(event.getDateTimeStart().getDate());
    Instant parsedEnd = instant(event.getDateTimeEnd().getDate());
    assertThat(parsedStart).isEqualTo(invite.start());
    assertThat(parsedEnd).isEqualTo(invite.end());
    assertThat(Duration.between(parsedStart, parsedEnd)).isEqualTo(length);
  }

  /**
   * The VTIMEZONE itself holds the rules, so a client may rely on it alone: the parser builds its
   * zone from the file ({@code ical4j-local-...} since ical4j 4.4, {@code ical4j~...} before), not from the JDK's, and that zone switches on the
   * hour.
   */
  @Test
  void theCalendarHoldsTheAmsterdamZoneWithItsDstRules() throws Exception {
    CalendarBuilder builder = new CalendarBuilder();
    Calendar calendar = builder.build(new StringReader(IcsInvites.request(SPRING)));
    List<VTimeZone> zones = calendar.getComponents(Component.VTIMEZONE);

    assertThat(zones).hasSize(1);
    VTimeZone zone = zones.get(0);
    assertThat(zone.getTimeZoneId().getValue()).isEqualTo("Europe/Amsterdam");
    assertThat(zone.getProperty(Property.TZURL)).isEmpty();
    ZoneId fromFile = builder.getRegistry().getZoneId("Europe/Amsterdam");
    assertThat(fromFile.getId()).startsWith("ical4j").isNotEqualTo("Europe/Amsterdam");
    Temporal start = event(calendar).getDateTimeStart().getDate();
    assertThat(((ZonedDateTime) start).getZone()).isEqualTo(fromFile);
    ZoneRules rules = fromFile.getRules();
    assertThat(offset(rules, "2026-03-29T00:59:59Z")).isEqualTo(ZoneOffset.ofHours(1));
    assertThat(offset(rules, "2026-03-29T01:00:00Z")).isEqualTo(ZoneOffset.ofHours(2));
    assertThat(offset(rules, "2026-10-25T00:59:59Z")).isEqualTo(ZoneOffset.ofHours(2));
    assertThat(offset(rules, "2026-10-25T01:00:00Z")).isEqualTo(ZoneOffset.ofHours(1));
  }

  private static ZoneOffset offset(ZoneRules rules, String instant) {
    return rules.getOffset(Instant.parse(instant));
  }

  @Test
  void textWithCommaSemicolonAndNewlineRoundTrips() throws Exception {
    String summary = "Storing: KVK API, Handelsregister; deels\nhersteld";
    String description = "Regel 1, met komma\nRegel 2; met puntkomma\\en backslash";
    Invite invite = new Invite("u-1", 0, STAMP, SPRING.start(), SPRING.end(), summary,
        description, null, "mailto:statuswacht@example.nl");

    String ics = IcsInvites.request(invite);
    VEvent event = event(parse(ics));

    assertThat(ics).contains("SUMMARY:Storing: KVK API\\, Handelsregister\\; deels\\nhersteld");
    assertThat(value(event, Property.SUMMARY)).isEqualTo(summary);
    assertThat(value(event, Property.DESCRIPTION)).isEqualTo(description);
    assertThat(event.getProperty(Property.URL)).isEmpty();
    assertThat(value(event, Property.ORGANIZER)).isEqualTo("mailto:statuswacht@example.nl");
  }

  @Test
  void cancelKeepsTheUidAndSaysCancelled() throws Exception {
    Invite withdrawn = new Invite(SPRING.uid(), 3, STAMP.plusSeconds(3600), SPRING.start(),
        SPRING.end(), SPRING.summary(), null, null, SPRING.organizer());

    Calendar calendar = parse(IcsInvites.cancel(withdrawn));
    VEvent event = event(calendar);

    assertThat(calendar.getRequiredProperty(Property.METHOD).getValue()).isEqualTo("CANCEL");
    assertThat(value(event, Property.STATUS)).isEqualTo("CANCELLED");
    assertThat(value(event, Property.UID)).isEqualTo(SPRING.uid());
    assertThat(value(event, Property.SEQUENCE)).isEqualTo("3");
    assertThat(calendar.getComponents(Component.VTIMEZONE)).hasSize(1);
  }

  /** ical4j folds at 75 characters; RFC 5545 asks for 75 octets, never splitting a character. */
  @Test
  void linesEndInCrlfAndAreFoldedAt75Octets() throws Exception {
    String description = "Regel één\nmet 😀 en " + "é".repeat(200) + " lang genoeg om te vouwen";
    Invite invite = new Invite("u-2", 0, STAMP, SPRING.start(), SPRING.end(), "kort",
        description, null, "s@example.nl");

    String ics = IcsInvites.request(invite);

    assertThat(ics).endsWith("END:VCALENDAR\r\n").doesNotContain("\r\r")
        .doesNotContainPattern("[^\r]\n");
    String[] lines = ics.split("\r\n");
    assertThat(lines).allSatisfy(line ->
        assertThat(line.getBytes(StandardCharsets.UTF_8).length).as(line).isLessThanOrEqualTo(75));
    assertThat(lines).anyMatch(line -> line.startsWith(" "));
    assertThat(value(event(parse(ics)), Property.DESCRIPTION)).isEqualTo(description);
  }

  @Test
  void theSameInviteGivesTheSameBytes() {
    assertThat(IcsInvites.request(SPRING)).isEqualTo(IcsInvites.request(SPRING));
    assertThat(IcsInvites.cancel(SPRING)).isEqualTo(IcsInvites.cancel(SPRING));
  }

  @Test
  void theDefaultZoneAndLocaleChangeNothing() {
    String request = IcsInvites.request(SPRING);
    String cancel = IcsInvites.cancel(SPRING);
    TimeZone zone = TimeZone.getDefault();
    Locale locale = Locale.getDefault();
    try {
      for (String other : List.of("Pacific/Kiritimati", "America/Los_Angeles", "UTC")) {
        TimeZone.setDefault(TimeZone.getTimeZone(other));
        Locale.setDefault(Locale.forLanguageTag("tr-TR"));
        assertThat(IcsInvites.request(SPRING)).as(other).isEqualTo(request);
        assertThat(IcsInvites.cancel(SPRING)).as(other).isEqualTo(cancel);
      }
    } finally {
      TimeZone.setDefault(zone);
      Locale.setDefault(locale);
    }
  }

  /** ical4j would otherwise fetch every zone from its TZURL: no network, and the same bytes. */
  @Test
  void ical4jDoesNotUpdateZonesOverTheNetwork() {
    assertThat(Configurator.getProperty("net.fortuna.ical4j.timezone.update.enabled"))
        .contains("false");
  }

  @Test
  void invalidInvitesAreRefusedWithTheValueNamed() {
    Instant start = SPRING.start();
    assertThatThrownBy(() -> new Invite(null, 0, STAMP, start, start.plusSeconds(1), "s", null,
        null, "a@b.nl")).isInstanceOf(NullPointerException.class).hasMessageContaining("uid");
    assertThatThrownBy(() -> new Invite("u", 0, null, start, start.plusSeconds(1), "s", null,
        null, "a@b.nl")).isInstanceOf(NullPointerException.class).hasMessageContaining("stamp");
    assertThatThrownBy(() -> new Invite("u", 0, STAMP, null, start, "s", null, null, "a@b.nl"))
        .isInstanceOf(NullPointerException.class).hasMessageContaining("start");
    assertThatThrownBy(() -> new Invite("u", 0, STAMP, start, null, "s", null, null, "a@b.nl"))
        .isInstanceOf(NullPointerException.class).hasMessageContaining("end");
    assertThatThrownBy(() -> new Invite("u", 0, STAMP, start, start, "s", null, null, "a@b.nl"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not after start");
    assertThatThrownBy(() -> new Invite("u", -1, STAMP, start, start.plusSeconds(1), "s", null,
        null, "a@b.nl")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("-1");
    assertThatThrownBy(() -> new Invite("u", 0, STAMP, start, start.plusSeconds(1), "s", null,
        "not a uri", "a@b.nl")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("url");
  }
  @Test
  void publishListsEveryWindowAsAConfirmedEventWithItsOwnUidAndSequence() throws Exception {
    Invite spring = SPRING;
    Invite autumn = new Invite("post-4712@statuswacht", 0, STAMP,
        OffsetDateTime.parse("2026-10-24T21:00+02:00").toInstant(),
        OffsetDateTime.parse("2026-10-25T07:30+01:00").toInstant(), "Onderhoud Dataservice",
        null, null, "statuswacht@example.nl");

    String ics = IcsInvites.publish(List.of(spring, autumn));
    Calendar calendar = parse(ics);

    assertThat(calendar.getRequiredProperty(Property.METHOD).getValue()).isEqualTo("PUBLISH");
    assertThat(calendar.getComponents(Component.VTIMEZONE)).hasSize(1);
    List<VEvent> events = calendar.getComponents(Component.VEVENT);
    assertThat(events).extracting(e -> value(e, Property.UID))
        .containsExactly("post-4711@statuswacht", "post-4712@statuswacht");
    assertThat(events).extracting(e -> value(e, Property.SEQUENCE)).containsExactly("2", "0");
    assertThat(events).extracting(e -> value(e, Property.STATUS))
        .containsExactly("CONFIRMED", "CONFIRMED");
    // Sat 24 Oct 21:00 +02:00 to Sun 25 Oct 07:30 +01:00: the autumn night is 11.5 hours.
    Instant start = instant(events.get(1).getDateTimeStart().getDate());
    Instant end = instant(events.get(1).getDateTimeEnd().getDate());
    assertThat(Duration.between(start, end)).isEqualTo(Duration.ofMinutes(690));
    assertThat(ics).contains("DTSTART;TZID=Europe/Amsterdam:20261024T210000\r\n")
        .contains("DTEND;TZID=Europe/Amsterdam:20261025T073000\r\n")
        .doesNotContain("METHOD:REQUEST");
    for (String line : ics.split("\r\n")) {
      assertThat(line.getBytes(StandardCharsets.UTF_8).length)
          .isLessThanOrEqualTo(IcsInvites.MAX_LINE_OCTETS);
    }
  }

  @Test
  void publishNeedsAWindow() {
    assertThatThrownBy(() -> IcsInvites.publish(List.of()))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("ics: nothing to publish");
  }
}
