package nl.statuswacht.store;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.OffsetTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Copies every statuswacht table of one database into another, empty one with the same schema
 * ({@code statuswacht migrate-to}: the embedded H2 file into PostgreSQL), and counts both after.
 *
 * <p>The tables and their columns are read from the databases' own metadata, so a table a later
 * migration adds is copied without a change here. Not copied: Flyway's {@code
 * flyway_schema_history} (each database has its own, written when it was migrated) and Quartz's
 * {@code qrtz_*} tables (scheduler state, rebuilt by the daemon). The tables are copied parents
 * first, in the order their foreign keys ({@link DatabaseMetaData#getImportedKeys}) demand, in
 * batches of {@value #BATCH} rows, all in one transaction on the target: a failure leaves it as
 * empty as it was. The source is read in one transaction as well. Values go across as the types
 * the source declares (a {@code timestamp with time zone} as an {@link OffsetDateTime}, a date as
 * a {@link LocalDate}, text as a string however long, binary as bytes, a null as a null), and every
 * identity column's sequence is moved past the largest id copied, so the target's next row gets a
 * fresh one.
 */
public final class DatabaseCopy {
  /** Rows per {@link PreparedStatement#executeBatch}. */
  public static final int BATCH = 500;

  private static final Logger log = LoggerFactory.getLogger(DatabaseCopy.class);

  private DatabaseCopy() {}

  /** One table's rows in the source and the target, counted after the copy was committed. */
  public record Count(String table, long source, long target) {
    public boolean matches() {
      return source == target;
    }
  }

  /** What a copy did: every table copied, in the order copied, with its counts. */
  public record Report(List<Count> counts) {
    public Report {
      counts = List.copyOf(counts);
    }

    /** The tables whose counts differ. */
    public List<String> differing() {
      return counts.stream().filter(c -> !c.matches()).map(Count::table).toList();
    }

    /** Whether every table has as many rows in the target as in the source. */
    public boolean verified() {
      return differing().isEmpty();
    }
  }

  /**
   * Whether {@code table} is statuswacht's to copy: neither Flyway's history nor one of Quartz's
   * tables (any case: H2 names them in capitals, PostgreSQL in lower case).
   */
  public static boolean copied(String table) {
    String name = table.toLowerCase(Locale.ROOT);
    return !name.equals("flyway_schema_history") && !name.startsWith("qrtz_");
  }

  /**
   * Copies every statuswacht table of {@code source} into {@code target}, then counts both.
   *
   * @throws StoreException when the target already holds a row in any of those tables (naming
   *     them; nothing is written), when its schema lacks a table or column of the source's, or
   *     when the copy fails (the target is left as it was)
   */
  public static Report copy(Database source, Database target) {
    List<String> order = source.inTransaction(from -> {
      // the caller makes sure nothing writes the source (migrate-to refuses beside the daemon);
      // should something write it all the same, a repeatable read keeps the rows read as they
      // were, and whatever it adds shows in the counts taken after the commit
      int isolation = from.getTransactionIsolation();
      from.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
      try {
        return target.inTransaction(to -> copy(from, to, target));
      } finally {
        from.rollback();
        from.setTransactionIsolation(isolation);
      }
    });
    if (!target.postgres()) {
      // H2 commits the open transaction at every ALTER: its identities restart after the copy
      target.inTransaction(to -> {
        restartIdentities(to, order, false);
        return null;
      });
    }
    List<Count> counts = new ArrayList<>();
    Map<String, Long> inSource = source.inTransaction(c -> counts(c, order));
    Map<String, Long> inTarget = target.inTransaction(c -> counts(c, order));
    for (String table : order) {
      counts.add(new Count(table, inSource.get(table), inTarget.get(table)));
    }
    return new Report(counts);
  }

  /** Copies every table in one transaction of {@code to}; the tables in the order copied. */
  private static List<String> copy(Connection from, Connection to, Database target)
      throws SQLException {
    Map<String, String> sourceTables = tables(from);
    Map<String, String> targetTables = tables(to);
    for (String table : sourceTables.keySet()) {
      if (!targetTables.containsKey(table)) {
        throw new StoreException("store: " + target.name() + " has no table " + table
            + ": its schema is not the one of this statuswacht's migrations", null);
      }
    }
    List<String> order = parentsFirst(to, sourceTables.keySet(), targetTables);
    List<String> holding = new ArrayList<>();
    for (String table : order) {
      if (holdsARow(to, targetTables.get(table))) {
        holding.add(table);
      }
    }
    if (!holding.isEmpty()) {
      throw new StoreException("store: " + target.name() + " is not empty: "
          + (holding.size() == 1 ? "table " : "tables ") + String.join(", ", holding)
          + (holding.size() == 1 ? " already holds rows" : " already hold rows")
          + "; statuswacht copies only into an empty database, never into a live one", null);
    }
    for (String table : order) {
      long rows = copyTable(from, sourceTables.get(table), to, targetTables.get(table), target);
      log.info("copied {}: {} rows", table, rows);
    }
    if (target.postgres()) {
      // in the transaction: a failure before the commit leaves the target as empty as it was
      restartIdentities(to, order, true);
    }
    return order;
  }

  /**
   * The base tables of the connection's schema that statuswacht copies, by their name in lower
   * case, each with its name as the database spells it.
   */
  private static Map<String, String> tables(Connection c) throws SQLException {
    Map<String, String> tables = new TreeMap<>();
    try (ResultSet row = c.getMetaData().getTables(null, c.getSchema(), "%", null)) {
      while (row.next()) {
        String type = row.getString("TABLE_TYPE");
        String name = row.getString("TABLE_NAME");
        if (("TABLE".equals(type) || "BASE TABLE".equals(type)) && copied(name)) {
          tables.put(name.toLowerCase(Locale.ROOT), name);
        }
      }
    }
    return tables;
  }

  /**
   * {@code tables} ordered so that every table comes after the tables its foreign keys reference
   * (in the target, where they are enforced); among tables free to go, alphabetical.
   */
  private static List<String> parentsFirst(Connection to, Set<String> tables,
      Map<String, String> spelled) throws SQLException {
    DatabaseMetaData meta = to.getMetaData();
    Map<String, Set<String>> parents = new TreeMap<>();
    for (String table : tables) {
      Set<String> of = new TreeSet<>();
      try (ResultSet key = meta.getImportedKeys(null, to.getSchema(), spelled.get(table))) {
        while (key.next()) {
          String parent = key.getString("PKTABLE_NAME").toLowerCase(Locale.ROOT);
          if (!parent.equals(table) && tables.contains(parent)) {
            of.add(parent);
          }
        }
      }
      parents.put(table, of);
    }
    List<String> order = new ArrayList<>();
    Set<String> left = new TreeSet<>(tables);
    while (!left.isEmpty()) {
      String next = left.stream().filter(t -> order.containsAll(parents.get(t))).findFirst()
          .orElseThrow(() -> new StoreException("store: the foreign keys of the tables "
              + String.join(", ", left) + " form a cycle: no order copies parents first", null));
      order.add(next);
      left.remove(next);
    }
    return order;
  }

  private static boolean holdsARow(Connection c, String table) throws SQLException {
    try (Statement s = c.createStatement();
        ResultSet row = s.executeQuery("select 1 from " + quoted(c, table)
            + " fetch first 1 rows only")) {
      return row.next();
    }
  }

  /** Copies one table's rows in batches; how many. */
  private static long copyTable(Connection from, String sourceTable, Connection to,
      String targetTable, Database target) throws SQLException {
    Map<String, Integer> targetTypes = columnTypes(to, targetTable);
    Map<String, Integer> sourceTypes = columnTypes(from, sourceTable);
    List<String> sourceColumns = new ArrayList<>(sourceTypes.keySet());
    List<String> targetColumns = new ArrayList<>();
    for (String column : sourceColumns) {
      String spelled = targetTypes.keySet().stream()
          .filter(t -> t.equalsIgnoreCase(column)).findFirst()
          .orElseThrow(() -> new StoreException("store: " + target.name() + " has no column "
              + column.toLowerCase(Locale.ROOT) + " in table " + targetTable + ": its schema is"
              + " not the one of this statuswacht's migrations", null));
      targetColumns.add(spelled);
    }
    StringBuilder select = new StringBuilder("select ");
    StringBuilder insert = new StringBuilder("insert into " + quoted(to, targetTable) + " (");
    for (int i = 0; i < sourceColumns.size(); i++) {
      select.append(i == 0 ? "" : ", ").append(quoted(from, sourceColumns.get(i)));
      insert.append(i == 0 ? "" : ", ").append(quoted(to, targetColumns.get(i)));
    }
    select.append(" from ").append(quoted(from, sourceTable));
    insert.append(") values (").append("?, ".repeat(sourceColumns.size() - 1)).append("?)");
    long rows = 0;
    try (Statement read = from.createStatement();
        PreparedStatement write = to.prepareStatement(insert.toString())) {
      read.setFetchSize(BATCH);
      try (ResultSet row = read.executeQuery(select.toString())) {
        while (row.next()) {
          for (int i = 0; i < sourceColumns.size(); i++) {
            Object value = value(row, i + 1, sourceTypes.get(sourceColumns.get(i)));
            if (value == null) {
              write.setNull(i + 1, targetTypes.get(targetColumns.get(i)));
            } else {
              write.setObject(i + 1, value);
            }
          }
          write.addBatch();
          if (++rows % BATCH == 0) {
            write.executeBatch();
          }
        }
      }
      if (rows % BATCH != 0) {
        write.executeBatch();
      }
    }
    return rows;
  }

  /** The table's columns in their order, each with its JDBC type. */
  private static Map<String, Integer> columnTypes(Connection c, String table)
      throws SQLException {
    Map<String, Integer> types = new LinkedHashMap<>();
    try (Statement s = c.createStatement();
        ResultSet none = s.executeQuery("select * from " + quoted(c, table) + " where 1 = 0")) {
      ResultSetMetaData meta = none.getMetaData();
      for (int i = 1; i <= meta.getColumnCount(); i++) {
        types.put(meta.getColumnName(i), meta.getColumnType(i));
      }
    }
    return types;
  }

  /**
   * The value of column {@code i} as the Java type that carries its SQL type exactly: an instant
   * with its offset, a date without a zone, text and bytes whole; {@code null} for SQL NULL.
   */
  private static Object value(ResultSet row, int i, int type) throws SQLException {
    Object value = switch (type) {
      case Types.TIMESTAMP_WITH_TIMEZONE -> row.getObject(i, OffsetDateTime.class);
      case Types.TIMESTAMP -> row.getObject(i, LocalDateTime.class);
      case Types.DATE -> row.getObject(i, LocalDate.class);
      case Types.TIME -> row.getObject(i, LocalTime.class);
      case Types.TIME_WITH_TIMEZONE -> row.getObject(i, OffsetTime.class);
      case Types.CHAR, Types.VARCHAR, Types.LONGVARCHAR, Types.NCHAR, Types.NVARCHAR,
          Types.LONGNVARCHAR, Types.CLOB, Types.NCLOB -> row.getString(i);
      case Types.BINARY, Types.VARBINARY, Types.LONGVARBINARY, Types.BLOB -> row.getBytes(i);
      default -> row.getObject(i);
    };
    return row.wasNull() ? null : value;
  }

  /**
   * Moves the sequence of every identity (or serial) column past the largest value copied, so
   * that the next row the target inserts gets a fresh id: {@code setval} of the column's
   * sequence on PostgreSQL (which backs an identity column with one), {@code ALTER COLUMN …
   * RESTART WITH} on H2.
   */
  private static void restartIdentities(Connection c, List<String> tables, boolean postgres)
      throws SQLException {
    Map<String, String> spelled = tables(c);
    DatabaseMetaData meta = c.getMetaData();
    for (String table : tables) {
      String name = spelled.get(table);
      List<String> identities = new ArrayList<>();
      try (ResultSet column =
          meta.getColumns(null, c.getSchema(), Database.namePattern(meta, name), "%")) {
        while (column.next()) {
          if (name.equals(column.getString("TABLE_NAME"))
              && "YES".equals(column.getString("IS_AUTOINCREMENT"))) {
            identities.add(column.getString("COLUMN_NAME"));
          }
        }
      }
      for (String column : identities) {
        String max = "select coalesce(max(" + quoted(c, column) + "), 0) + 1 from "
            + quoted(c, name);
        if (postgres) {
          try (PreparedStatement setval = c.prepareStatement(
              "select setval(pg_get_serial_sequence(?, ?), (" + max + "), false)")) {
            setval.setString(1, quoted(c, name));
            setval.setString(2, column);
            setval.executeQuery().close();
          }
        } else {
          long next;
          try (Statement s = c.createStatement(); ResultSet row = s.executeQuery(max)) {
            row.next();
            next = row.getLong(1);
          }
          try (Statement s = c.createStatement()) {
            s.execute("alter table " + quoted(c, name) + " alter column " + quoted(c, column)
                + " restart with " + next);
          }
        }
      }
    }
  }

  /** Every table's rows. */
  private static Map<String, Long> counts(Connection c, List<String> tables) throws SQLException {
    Map<String, String> spelled = tables(c);
    Map<String, Long> counts = new LinkedHashMap<>();
    for (String table : tables) {
      try (Statement s = c.createStatement();
          ResultSet row = s.executeQuery("select count(*) from "
              + quoted(c, spelled.get(table)))) {
        row.next();
        counts.put(table, row.getLong(1));
      }
    }
    return counts;
  }

  /** An identifier quoted as the database quotes it, so a name is never read as a keyword. */
  private static String quoted(Connection c, String identifier) throws SQLException {
    String quote = c.getMetaData().getIdentifierQuoteString().strip();
    return quote + identifier.replace(quote, quote + quote) + quote;
  }
}
