package nl.statuswacht.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import nl.statuswacht.config.Subscriber;
import nl.statuswacht.model.Category;
import nl.statuswacht.model.Priority;
import nl.statuswacht.model.Service;

/**
 * Subscribers kept in the database ({@code statuswacht subscribers add|list|remove}), and the
 * config file's subscribers who unsubscribed with the one-click link ({@code unsubscribed}).
 */
public final class SubscriberRepository {
  private SubscriberRepository() {}

  /** What {@link #unsubscribe} did. */
  public enum Unsubscribed {
    /** The subscriber kept in the database was removed. */
    REMOVED,
    /** The config file's subscriber is recorded as opted out and skipped from now on. */
    OPTED_OUT,
    /** Already unsubscribed, or never subscribed: nothing changed. */
    NOT_SUBSCRIBED
  }

  /**
   * Unsubscribes {@code address} (any case): a subscriber kept in the database is removed; one of
   * the config file ({@code configured}) is recorded in {@code unsubscribed}, since statuswacht
   * does not edit the operator's file, and skipped by {@link #everyone} from then on. An address in
   * both is removed and recorded, or the file's entry would take its place.
   */
  public static Unsubscribed unsubscribe(Connection c, String address,
      List<Subscriber> configured, Instant now) throws SQLException {
    boolean removed = remove(c, address);
    boolean inFile = configured.stream().anyMatch(s -> s.address().equalsIgnoreCase(address));
    boolean optedOut = inFile && !optedOut(c).containsKey(normal(address));
    if (optedOut) {
      try (PreparedStatement statement = c.prepareStatement(
          "insert into unsubscribed (address, unsubscribed_at) values (?, ?)")) {
        statement.setString(1, normal(address));
        Database.setInstant(statement, 2, now);
        statement.executeUpdate();
      }
    }
    return removed ? Unsubscribed.REMOVED
        : optedOut ? Unsubscribed.OPTED_OUT : Unsubscribed.NOT_SUBSCRIBED;
  }

  /** The config file's subscribers who unsubscribed: address (lower case) and when. */
  public static Map<String, Instant> optedOut(Connection c) throws SQLException {
    Map<String, Instant> out = new TreeMap<>();
    try (PreparedStatement statement =
            c.prepareStatement("select address, unsubscribed_at from unsubscribed");
        ResultSet row = statement.executeQuery()) {
      while (row.next()) {
        out.put(row.getString("address"), Database.instant(row, "unsubscribed_at"));
      }
    }
    return out;
  }

  private static String normal(String address) {
    return address.strip().toLowerCase(Locale.ROOT);
  }

  /** Adds or replaces the subscriber with this address. */
  public static void save(Connection c, Subscriber s) throws SQLException {
    remove(c, s.address());
    String sql = "insert into subscriber (address, name, language, categories, services,"
        + " min_priority, delivery, reminders, quiet_from, quiet_until, quiet_p1)"
        + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    try (PreparedStatement statement = c.prepareStatement(sql)) {
      statement.setString(1, s.address());
      statement.setString(2, s.name());
      statement.setString(3, s.language());
      statement.setString(4, names(s.categories()));
      statement.setString(5, names(s.services()));
      statement.setString(6, s.minPriority() == null ? null : s.minPriority().name());
      statement.setString(7, s.delivery().name());
      statement.setBoolean(8, s.reminders());
      statement.setObject(9, s.quietFrom());
      statement.setObject(10, s.quietUntil());
      statement.setBoolean(11, s.quietP1());
      statement.executeUpdate();
    }
  }

  /** Removes a subscriber; true when there was one. */
  public static boolean remove(Connection c, String address) throws SQLException {
    try (PreparedStatement statement =
        c.prepareStatement("delete from subscriber where lower(address) = lower(?)")) {
      statement.setString(1, address);
      return statement.executeUpdate() > 0;
    }
  }

  public static List<Subscriber> all(Connection c) throws SQLException {
    List<Subscriber> subscribers = new ArrayList<>();
    try (PreparedStatement statement =
            c.prepareStatement("select * from subscriber order by address");
        ResultSet row = statement.executeQuery()) {
      while (row.next()) {
        String priority = row.getString("min_priority");
        subscribers.add(new Subscriber(row.getString("address"), row.getString("name"),
            row.getString("language"), parse(row.getString("categories"), Category.class),
            parse(row.getString("services"), Service.class),
            priority == null ? null : Priority.valueOf(priority),
            Subscriber.Delivery.valueOf(row.getString("delivery")),
            row.getBoolean("reminders"), row.getObject("quiet_from", LocalTime.class),
            row.getObject("quiet_until", LocalTime.class), row.getBoolean("quiet_p1")));
      }
    }
    return subscribers;
  }

  /**
   * Everyone who gets mail: those added with {@code statuswacht subscribers add} and the config
   * file's {@code configured} ones; for the same address the database's settings win. A config
   * file's subscriber who unsubscribed with the one-click link is skipped ({@link #skipped}).
   */
  public static List<Subscriber> everyone(Connection c, List<Subscriber> configured)
      throws SQLException {
    List<Subscriber> stored = all(c);
    List<Subscriber> everyone = new ArrayList<>(stored);
    Set<String> storedAddresses = addresses(stored);
    Map<String, Instant> skipped = skipped(c, configured, storedAddresses);
    for (Subscriber subscriber : configured) {
      if (!storedAddresses.contains(normal(subscriber.address()))
          && !skipped.containsKey(subscriber.address())) {
        everyone.add(subscriber);
      }
    }
    return everyone;
  }

  /**
   * The config file's subscribers ({@code configured}) who unsubscribed with the one-click link
   * and whom {@link #everyone} therefore skips, by their address as the file spells it, in the
   * file's order, with when they unsubscribed: statuswacht does not edit the operator's file, so
   * the operator is told to remove them (when it happens, and at each start of the daemon).
   */
  public static Map<String, Instant> skipped(Connection c, List<Subscriber> configured)
      throws SQLException {
    return skipped(c, configured, addresses(all(c)));
  }

  private static Map<String, Instant> skipped(Connection c, List<Subscriber> configured,
      Set<String> storedAddresses) throws SQLException {
    if (configured.isEmpty()) {
      return Map.of();
    }
    Map<String, Instant> optedOut = optedOut(c);
    Map<String, Instant> skipped = new LinkedHashMap<>();
    for (Subscriber subscriber : configured) {
      Instant when = optedOut.get(normal(subscriber.address()));
      if (when != null && !storedAddresses.contains(normal(subscriber.address()))) {
        skipped.put(subscriber.address(), when);
      }
    }
    return skipped;
  }

  private static Set<String> addresses(List<Subscriber> subscribers) {
    Set<String> addresses = new HashSet<>();
    subscribers.forEach(s -> addresses.add(normal(s.address())));
    return addresses;
  }

  private static String names(Collection<? extends Enum<?>> values) {
    return String.join(",", values.stream().map(Enum::name).sorted().toList());
  }

  private static <E extends Enum<E>> Set<E> parse(String names, Class<E> type) {
    Set<E> set = EnumSet.noneOf(type);
    Arrays.stream(names.split(",")).filter(n -> !n.isBlank())
        .forEach(n -> set.add(Enum.valueOf(type, n)));
    return set;
  }
}
