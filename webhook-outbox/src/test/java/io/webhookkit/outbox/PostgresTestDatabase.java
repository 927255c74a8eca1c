package io.webhookkit.outbox;

import static org.junit.jupiter.api.Assertions.fail;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.Assumptions;

/**
 * A schema of its own in the test PostgreSQL, for one test class: created on {@link #create()},
 * dropped with everything in it on {@link #drop()}. The outbox publishes it in its test jar, for
 * the dispatcher's tests too.
 *
 * <p>The server is {@code WEBHOOKKIT_POSTGRES_URL}, by default the machine's own. When it does not
 * answer, each test that needs it is skipped with a message saying how to start it (call {@link
 * #assumeReachable()} first), except in CI (when {@code CI} is set), where the class fails: CI must
 * not pass by testing nothing.
 */
public final class PostgresTestDatabase {

  private static final String DEFAULT_URL = "jdbc:postgresql://127.0.0.1:5432/test?user=postgres";

  private final String serverUrl;
  private final String schema;
  private final String unreachable;

  private PostgresTestDatabase(String serverUrl, String schema, String unreachable) {
    this.serverUrl = serverUrl;
    this.schema = schema;
    this.unreachable = unreachable;
  }

  /**
   * Creates a new schema. When PostgreSQL does not answer, fails in CI; elsewhere it warns once and
   * returns a database whose {@link #assumeReachable()} skips each test with the same message.
   */
  public static PostgresTestDatabase create() {
    String configured = System.getenv("WEBHOOKKIT_POSTGRES_URL");
    String serverUrl = configured == null || configured.isBlank() ? DEFAULT_URL : configured;
    String schema = "outbox_test_" + UUID.randomUUID().toString().replace("-", "");
    try {
      execute(serverUrl, "CREATE SCHEMA " + schema);
      return new PostgresTestDatabase(serverUrl, schema, null);
    } catch (SQLException e) {
      String message =
          String.format(
              Locale.ROOT,
              "PostgreSQL not reachable at %s (%s): start it with"
                  + " 'pg_ctlcluster <version> main start' or set WEBHOOKKIT_POSTGRES_URL",
              serverUrl,
              e.getMessage());
      if (System.getenv("CI") != null) {
        fail(message, e);
      }
      // Surefire does not show why a test was skipped; a skipped suite must not look green.
      System.getLogger(PostgresTestDatabase.class.getName())
          .log(System.Logger.Level.WARNING, "skipping PostgreSQL tests: " + message);
      return new PostgresTestDatabase(serverUrl, schema, message);
    }
  }

  /** Skips the calling test, with the reason, when PostgreSQL did not answer. */
  public void assumeReachable() {
    Assumptions.assumeTrue(unreachable == null, unreachable);
  }

  /** Returns a JDBC URL whose connections work in this schema. */
  public String url() {
    return serverUrl + (serverUrl.contains("?") ? "&" : "?") + "currentSchema=" + schema;
  }

  /** Empties the outbox tables, if the schema has them yet. */
  public void truncate() throws SQLException {
    execute(
        serverUrl,
        "DO $$ BEGIN IF to_regclass('"
            + schema
            + ".webhook_outbox') IS NOT NULL THEN TRUNCATE "
            + schema
            + ".webhook_outbox CASCADE; END IF; END $$");
  }

  /** Drops the schema and everything in it. */
  public void drop() throws SQLException {
    if (unreachable == null) {
      execute(serverUrl, "DROP SCHEMA IF EXISTS " + schema + " CASCADE");
    }
  }

  private static void execute(String serverUrl, String sql) throws SQLException {
    DriverManager.setLoginTimeout(5);
    try (Connection connection = DriverManager.getConnection(serverUrl);
        Statement statement = connection.createStatement()) {
      statement.execute(sql);
    }
  }
}
