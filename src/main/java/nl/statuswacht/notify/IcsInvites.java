package nl.statuswacht.notify;

import java.io.IOException;
import java.io.StringWriter;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.TimeZone;
import net.fortuna.ical4j.model.TimeZoneRegistryFactory;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtEnd;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.DtStart;
import net.fortuna.ical4j.model.property.Method;
import net.fortuna.ical4j.model.property.Organizer;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Status;
import net.fortuna.ical4j.model.property.Summary;
import net.fortuna.ical4j.model.property.TzId;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.XProperty;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableMethod;
import net.fortuna.ical4j.model.property.immutable.ImmutableStatus;
import net.fortuna.ical4j.model.property.immutable.ImmutableTransp;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import net.fortuna.ical4j.validate.ValidationException;

/**
 * Calendar invitations (RFC 5545 text, iTIP methods of RFC 5546) for a maintenance window of a
 * status-page post.
 *
 * <p>{@link #request} announces or moves a window ({@code METHOD:REQUEST}, {@code
 * STATUS:CONFIRMED}); {@link #cancel} withdraws it ({@code METHOD:CANCEL}, {@code
 * STATUS:CANCELLED}); {@link #publish} lists several windows at once ({@code METHOD:PUBLISH}, for
 * the weekly digest). Each window is a {@code VEVENT} whose {@code DTSTART} and {@code DTEND} carry
 * {@code TZID=Europe/Amsterdam}, preceded by the {@code VTIMEZONE} for Europe/Amsterdam from
 * ical4j's bundled zone database, so a client needs no zone knowledge of its own to place the
 * window across a DST change. The event is {@code TRANSP:TRANSPARENT}: it marks KVK's
 * maintenance, not the reader's own time, so it must not show them busy for a night.
 *
 * <p>Pure: the output depends only on the {@link Invite}s; {@code DTSTAMP} is an input, never the
 * clock, and neither the JVM's default time zone nor its locale plays a part. Instants are
 * written to the second (sub-second parts are dropped). ical4j escapes text values; lines end in
 * CRLF and are folded at 75 octets of UTF-8. The one read is of ical4j's zone file, from the
 * class path, once; {@code ical4j.properties} turns off ical4j's default of "updating" that
 * definition over the network (an HTTPS call per zone, and bytes that could change).
 */
public final class IcsInvites {
  /** The product identifier written in every calendar. */
  static final String PRODID = "-//statuswacht//statuswacht//NL";

  /** The zone every window is written in. */
  static final String ZONE = "Europe/Amsterdam";

  /** The longest content line, CRLF not counted (RFC 5545, 3.1). */
  static final int MAX_LINE_OCTETS = 75;

  private static final ZoneId AMSTERDAM = ZoneId.of(ZONE);

  private IcsInvites() {}

  /**
   * One window of one post, as the invitation states it.
   *
   * @param uid stable per post: the same for every version and for the cancel
   * @param sequence 0 for the first invitation, raised by the caller whenever the window moves and
   *     for the cancel
   * @param stamp when this version of the invitation was made (DTSTAMP, written in UTC)
   * @param start the start of the window
   * @param end the end of the window, after {@code start}
   * @param summary the title; not null
   * @param description the body text, or null for none
   * @param url the post's address, or null for none
   * @param organizer the from-address, plain ({@code status@example.nl}) or as {@code mailto:} URI
   */
  public record Invite(
      String uid,
      int sequence,
      Instant stamp,
      Instant start,
      Instant end,
      String summary,
      String description,
      String url,
      String organizer) {

    /**
     * Checks the invite.
     *
     * @throws NullPointerException when uid, stamp, start, end, summary or organizer is null
     * @throws IllegalArgumentException when uid or organizer is blank, the sequence is negative,
     *     end is not after start, or url or organizer is not a valid URI; the message names it
     */
    public Invite {
      Objects.requireNonNull(uid, "ics: uid is null");
      Objects.requireNonNull(stamp, "ics: stamp is null");
      Objects.requireNonNull(start, "ics: start is null");
      Objects.requireNonNull(end, "ics: end is null");
      Objects.requireNonNull(summary, "ics: summary is null");
      Objects.requireNonNull(organizer, "ics: organizer is null");
      if (uid.isBlank()) {
        throw new IllegalArgumentException("ics: uid is blank");
      }
      if (sequence < 0) {
        throw new IllegalArgumentException("ics: sequence cannot be negative: " + sequence);
      }
      if (!end.isAfter(start)) {
        throw new IllegalArgumentException(
            "ics: end " + end + " is not after start " + start + " (uid " + uid + ")");
      }
      if (organizer.isBlank()) {
        throw new IllegalArgumentException("ics: organizer is blank (uid " + uid + ")");
      }
      mailto(organizer);
      if (url != null) {
        uri(url, "url");
      }
    }
  }

  /**
   * The UID of a post's window, stable across its versions and the same in the alert's
   * invitation, the digest's calendar and the dashboard's {@code /maintenance.ics}.
   *
   * @param postKey the post's key
   * @param from the sender address ({@code mail.from}), whose domain ends the UID
   */
  public static String uid(String postKey, String from) {
    return "statuswacht-" + postKey + "@" + from.substring(from.indexOf('@') + 1);
  }

  /**
   * The invitation for a new or moved window: {@code METHOD:REQUEST}, {@code STATUS:CONFIRMED}.
   *
   * @return iCalendar text with CRLF line ends
   */
  public static String request(Invite invite) {
    return write(invite, ImmutableMethod.REQUEST, ImmutableStatus.VEVENT_CONFIRMED);
  }

  /**
   * The withdrawal of a window: {@code METHOD:CANCEL}, {@code STATUS:CANCELLED}, the same UID as
   * the request. The caller raises the sequence above the last request's.
   *
   * @return iCalendar text with CRLF line ends
   */
  public static String cancel(Invite invite) {
    return write(invite, ImmutableMethod.CANCEL, ImmutableStatus.VEVENT_CANCELLED);
  }

  /**
   * Several windows in one calendar to import, not an invitation: {@code METHOD:PUBLISH}, one
   * {@code VEVENT} per invite, each {@code STATUS:CONFIRMED} with its own UID and SEQUENCE (the
   * same UIDs as the invitations, so a client that has them updates them instead of adding
   * copies).
   *
   * @return iCalendar text with CRLF line ends
   * @throws IllegalArgumentException when {@code invites} is empty: a calendar needs an event
   */
  public static String publish(List<Invite> invites) {
    if (invites.isEmpty()) {
      throw new IllegalArgumentException("ics: nothing to publish");
    }
    return write(invites, ImmutableMethod.PUBLISH, ImmutableStatus.VEVENT_CONFIRMED);
  }

  private static String write(Invite invite, Method method, Status status) {
    return write(List.of(invite), method, status);
  }

  private static String write(List<Invite> invites, Method method, Status status) {
    Calendar calendar = new Calendar()
        .add(new ProdId(PRODID))
        .add(ImmutableVersion.VERSION_2_0)
        .add(ImmutableCalScale.GREGORIAN)
        .add(method);
    calendar.add(AmsterdamZone.copy());
    for (Invite invite : invites) {
      calendar.add(event(invite, status));
    }
    StringWriter out = new StringWriter();
    try {
      new CalendarOutputter(false).output(calendar, out);
    } catch (IOException | ValidationException e) {
      throw new IllegalStateException("ics: cannot write uid "
          + String.join(", ", invites.stream().map(Invite::uid).toList()) + ": " + e, e);
    }
    return foldByOctets(out.toString());
  }

  /**
   * Folds every content line at {@value #MAX_LINE_OCTETS} octets of UTF-8 (RFC 5545, 3.1), never
   * inside a character. ical4j folds at 75 <em>characters</em>, so a line of accented text could
   * run to twice the limit; its folds are undone first. Raw line breaks occur only between content
   * lines: ical4j writes a newline inside a text value as {@code \n}.
   */
  static String foldByOctets(String ics) {
    String unfolded = ics.replace("\r\n ", "").replace("\r\n\t", "");
    StringBuilder out = new StringBuilder(unfolded.length() + unfolded.length() / 32);
    for (String line : unfolded.split("\r\n")) {
      int octets = 0;
      for (int i = 0; i < line.length(); i += Character.charCount(line.codePointAt(i))) {
        int codePoint = line.codePointAt(i);
        int size = utf8Length(codePoint);
        if (octets + size > MAX_LINE_OCTETS) {
          out.append("\r\n ");
          octets = 1;
        }
        out.appendCodePoint(codePoint);
        octets += size;
      }
      out.append("\r\n");
    }
    return out.toString();
  }

  private static int utf8Length(int codePoint) {
    if (codePoint < 0x80) {
      return 1;
    }
    if (codePoint < 0x800) {
      return 2;
    }
    return codePoint < 0x10000 ? 3 : 4;
  }

  private static VEvent event(Invite invite, Status status) {
    VEvent event = new VEvent(false)
        .add(new Uid(invite.uid()))
        .add(new Sequence(invite.sequence()))
        .add(new DtStamp(invite.stamp().truncatedTo(ChronoUnit.SECONDS)))
        .add(new DtStart<>(local(invite.start())))
        .add(new DtEnd<>(local(invite.end())))
        .add(new Summary(invite.summary()));
    if (invite.description() != null) {
      event.add(new Description(invite.description()));
    }
    if (invite.url() != null) {
      event.add(new Url(uri(invite.url(), "url")));
    }
    return event
        .add(new Organizer(mailto(invite.organizer())))
        .add(status)
        .add(ImmutableTransp.TRANSPARENT);
  }

  private static ZonedDateTime local(Instant instant) {
    return instant.truncatedTo(ChronoUnit.SECONDS).atZone(AMSTERDAM);
  }

  private static URI mailto(String organizer) {
    String address = organizer.strip();
    boolean hasScheme = address.toLowerCase(Locale.ROOT).startsWith("mailto:");
    return uri(hasScheme ? address : "mailto:" + address, "organizer");
  }

  private static URI uri(String value, String field) {
    try {
      return new URI(value);
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException("ics: " + field + " is not a URI: " + value, e);
    }
  }

  /**
   * The VTIMEZONE for Europe/Amsterdam, loaded once from ical4j's zone files.
   *
   * <p>Since tzdata 2022b Europe/Amsterdam is a link to Europe/Brussels, and ical4j's file for
   * Amsterdam says {@code TZID:Europe/Brussels}. The rules are the ones Amsterdam keeps (they
   * agree since 1977, and every window we write lies after that), so the definition is renamed to
   * the TZID the events use; its TZURL, which points at the Brussels file, is dropped.
   */
  private static final class AmsterdamZone {
    private static final VTimeZone DEFINITION = load();

    static VTimeZone copy() {
      return (VTimeZone) DEFINITION.copy();
    }

    private static VTimeZone load() {
      TimeZone zone = TimeZoneRegistryFactory.getInstance().createRegistry().getTimeZone(ZONE);
      if (zone == null) {
        throw new IllegalStateException("ics: ical4j has no time zone " + ZONE);
      }
      VTimeZone definition = (VTimeZone) zone.getVTimeZone().copy();
      definition.replace(new TzId(ZONE));
      definition.removeAll(Property.TZURL);
      definition.replace(new XProperty("X-LIC-LOCATION", ZONE));
      return definition;
    }
  }
}
