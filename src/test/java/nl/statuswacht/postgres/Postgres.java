package nl.statuswacht.postgres;

import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HexFormat;
import java.util.Map;

/**
 * The PostgreSQL server the tests of this package run against, from {@code
 * TEST_POSTGRES_URL}, {@code _USER} and {@code _PASSWORD} (scripts/postgres-test.sh and
 * .ci/run start a throwaway cluster and set them). Without the URL every test here fails: they run
 * only under {@code -Ppostgres}, where a missing server is an error, not a reason to skip. Each test
 * gets a database of its own, dropped when it closes.
 */
final class Postgres implements AutoCloseable {
  private static final SecureRandom RANDOM = new SecureRandom();

  final String url;
  final String user;
  final String password;
  private final String name;

  Postgres() throws SQLException {
    this.name = "statuswacht_" + HexFormat.of().formatHex(RANDOM.generateSeed(6));
    this.user = env("TEST_POSTGRES_USER", "statuswacht");
    this.password = env("TEST_POSTGRES_PASSWORD", "");
    String server = serverUrl();
    try (Connection c = DriverManager.getConnection(server, user, password);
        Statement s = c.createStatement()) {
      s.execute("create database " + name);
    }
    this.url = server.substring(0, server.lastIndexOf('/') + 1) + name;
  }

  /** The environment statuswacht reads to use this database, as an operator would set it. */
  Map<String, String> env() {
    return Map.of("STATUSWACHT_DATABASE_URL", url, "STATUSWACHT_DATABASE_USER", user,
        "STATUSWACHT_DATABASE_PASSWORD", password);
  }

  Connection connect() throws SQLException {
    return DriverManager.getConnection(url, user, password);
  }

  static String serverUrl() {
    String url = System.getenv("TEST_POSTGRES_URL");
    if (url == null || url.isBlank()) {
      throw new AssertionError("TEST_POSTGRES_URL is not set: the PostgreSQL tests"
          + " (-Ppostgres) need a server; scripts/postgres-test.sh starts a throwaway one");
    }
    return url;
  }

  private static String env(String name, String otherwise) {
    String value = System.getenv(name);
    return value == null ? otherwise : value;
  }

  @Override
  public void close() throws SQLException {
    try (Connection c = DriverManager.getConnection(serverUrl(), user, password);
        Statement s = c.createStatement()) {
      s.execute("drop database if exists " + name + " with (force)");
    }
  }
}
