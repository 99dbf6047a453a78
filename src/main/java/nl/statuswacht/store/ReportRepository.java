package nl.statuswacht.store;

import static nl.statuswacht.store.Database.instant;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.statuswacht.model.Category;
import nl.statuswacht.model.Classification;
import nl.statuswacht.model.ImpactClass;
import nl.statuswacht.model.Outcome;
import nl.statuswacht.model.Priority;
import nl.statuswacht.model.Rule;
import nl.statuswacht.model.Service;
import nl.statuswacht.model.Verdict;
import nl.statuswacht.model.Window;
import nl.statuswacht.rules.Scoreboard;

/** The current version of every post with its classification and verdicts, for the report. */
public final class ReportRepository {
  private ReportRepository() {}

  public static List<Scoreboard.Judged> current(Connection c) throws SQLException {
    String sql = "select p.id, p.post_key, p.first_seen, v.* from post p join post_version v"
        + " on v.post_id = p.id and v.version = p.current_version order by p.id";
    Map<Long, Scoreboard.Judged> posts = new LinkedHashMap<>();
    Map<Long, Integer> versions = new LinkedHashMap<>();
    try (PreparedStatement statement = c.prepareStatement(sql);
        ResultSet row = statement.executeQuery()) {
      while (row.next()) {
        long id = row.getLong("id");
        versions.put(id, row.getInt("version"));
        posts.put(id, new Scoreboard.Judged(row.getString("post_key"), row.getString("title"),
            row.getString("link"), instant(row, "first_seen"), instant(row, "announced"),
            classification(row), new ArrayList<>()));
      }
    }
    String verdicts = "select post_id, version, rule, outcome, required, actual, reason_nl,"
        + " reason_en from verdict order by post_id, rule";
    try (PreparedStatement statement = c.prepareStatement(verdicts);
        ResultSet row = statement.executeQuery()) {
      while (row.next()) {
        long id = row.getLong("post_id");
        if (posts.containsKey(id) && versions.get(id) == row.getInt("version")) {
          posts.get(id).verdicts().add(new Verdict(Rule.valueOf(row.getString("rule")),
              Outcome.valueOf(row.getString("outcome")), row.getString("required"),
              row.getString("actual"), row.getString("reason_nl"), row.getString("reason_en")));
        }
      }
    }
    return new ArrayList<>(posts.values());
  }

  /** The classification columns of a post_version row (without evidence). */
  static Classification classification(ResultSet row) throws SQLException {
    String services = row.getString("services");
    LocalDate effective = row.getObject("effective_date", LocalDate.class);
    var start = instant(row, "window_start");
    var end = instant(row, "window_end");
    return new Classification(
        name(Category.class, row.getString("category")),
        (Boolean) row.getObject("downtime"),
        services == null ? null
            : Arrays.stream(services.split(",")).map(Service::valueOf).toList(),
        name(Priority.class, row.getString("priority")),
        name(ImpactClass.class, row.getString("impact_class")),
        start == null && end == null ? null : new Window(start, end),
        effective,
        instant(row, "started"),
        instant(row, "resolved"),
        (Integer) row.getObject("calendar_year"),
        Map.of());
  }

  private static <E extends Enum<E>> E name(Class<E> type, String value) {
    return value == null ? null : Enum.valueOf(type, value);
  }
}
