package nl.statuswacht.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import nl.statuswacht.config.Subscriber;
import nl.statuswacht.model.Category;
import nl.statuswacht.model.Priority;
import nl.statuswacht.model.Service;

/** Subscribers kept in the database ({@code statuswacht subscribers add|list|remove}). */
public final class SubscriberRepository {
  private SubscriberRepository() {}

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
   * file's {@code configured} ones; for the same address the database's settings win.
   */
  public static List<Subscriber> everyone(Connection c, List<Subscriber> configured)
      throws SQLException {
    List<Subscriber> stored = all(c);
    List<Subscriber> everyone = new ArrayList<>(stored);
    for (Subscriber subscriber : configured) {
      if (stored.stream().noneMatch(s -> s.address().equalsIgnoreCase(subscriber.address()))) {
        everyone.add(subscriber);
      }
    }
    return everyone;
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
