package io.webhookkit.outbox.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * Brings an outbox schema up to date by running the versioned SQL scripts under {@code
 * io/webhookkit/outbox/<dialect>/} that {@code webhook_outbox_schema_version} does not list yet, in
 * order, and listing each one it runs.
 *
 * <p>Migrating twice changes nothing. Two nodes that start at once are serialised by {@link
 * Dialect#lockSchema}; the scripts also use {@code IF NOT EXISTS}, so that a migration that H2
 * interrupted half-way (its DDL is not transactional) completes on the next start.
 */
public final class SchemaMigrator {

  /** A script {@code V<version>__<name>.sql}. To change the schema, add one; never edit one. */
  private record Migration(int version, String name) {}

  private static final List<Migration> MIGRATIONS = List.of(new Migration(1, "outbox"));

  private static final String CREATE_VERSION_TABLE =
      "CREATE TABLE IF NOT EXISTS webhook_outbox_schema_version ("
          + " version INTEGER PRIMARY KEY,"
          + " name VARCHAR(200) NOT NULL,"
          + " applied_at TIMESTAMP WITH TIME ZONE NOT NULL)";

  private SchemaMigrator() {}

  /** Returns the newest schema version that this code knows. */
  public static int latestVersion() {
    return MIGRATIONS.get(MIGRATIONS.size() - 1).version();
  }

  /** Migrates the database behind {@code connection}, which must be in auto-commit mode. */
  public static void migrate(Connection connection, Dialect dialect) throws SQLException {
    connection.setAutoCommit(false);
    try (Statement statement = connection.createStatement()) {
      dialect.lockSchema(statement);
      try {
        statement.execute(CREATE_VERSION_TABLE);
        int current = currentVersion(statement);
        for (Migration migration : MIGRATIONS) {
          if (migration.version() > current) {
            apply(connection, statement, dialect, migration);
          }
        }
        connection.commit();
      } catch (SQLException | RuntimeException e) {
        connection.rollback();
        throw e;
      } finally {
        dialect.unlockSchema();
      }
    } finally {
      connection.setAutoCommit(true);
    }
  }

  private static int currentVersion(Statement statement) throws SQLException {
    try (ResultSet rows =
        statement.executeQuery("SELECT MAX(version) FROM webhook_outbox_schema_version")) {
      rows.next();
      return rows.getInt(1);
    }
  }

  private static void apply(
      Connection connection, Statement statement, Dialect dialect, Migration migration)
      throws SQLException {
    for (String sql : statements(script(dialect, migration))) {
      statement.execute(sql);
    }
    try (PreparedStatement insert =
        connection.prepareStatement(
            "INSERT INTO webhook_outbox_schema_version (version, name, applied_at)"
                + " VALUES (?, ?, CURRENT_TIMESTAMP)")) {
      insert.setInt(1, migration.version());
      insert.setString(2, migration.name());
      insert.executeUpdate();
    }
  }

  private static String script(Dialect dialect, Migration migration) {
    String resource =
        "/io/webhookkit/outbox/"
            + dialect.scriptFolder()
            + "/V"
            + migration.version()
            + "__"
            + migration.name()
            + ".sql";
    try (InputStream in = SchemaMigrator.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("schema script " + resource + " is missing from the jar");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read schema script " + resource, e);
    }
  }

  /** Splits a script into statements; scripts keep {@code ;} for the end of a statement. */
  static List<String> statements(String script) {
    StringBuilder withoutComments = new StringBuilder();
    for (String line : script.split("\n")) {
      if (!line.strip().startsWith("--")) {
        withoutComments.append(line).append('\n');
      }
    }
    List<String> statements = new ArrayList<>();
    for (String statement : withoutComments.toString().split(";")) {
      if (!statement.isBlank()) {
        statements.add(statement.strip());
      }
    }
    return statements;
  }
}
