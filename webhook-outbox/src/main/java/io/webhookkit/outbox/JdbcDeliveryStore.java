package io.webhookkit.outbox;

import io.webhookkit.core.DeliveryId;
import io.webhookkit.outbox.OutboxEntry.Status;
import io.webhookkit.outbox.internal.ConnectionSource;
import io.webhookkit.outbox.internal.Dialect;
import io.webhookkit.outbox.internal.JdbcUrls;
import io.webhookkit.outbox.internal.OutboxRows;
import io.webhookkit.outbox.internal.SchemaMigrator;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.ReentrantLock;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcConnectionPool;

/**
 * A {@link DeliveryStore} in a relational database through plain JDBC: embedded H2 for one process,
 * PostgreSQL for several nodes. Each call runs in its own transaction on its own connection.
 *
 * <p>What each database guarantees:
 *
 * <ul>
 *   <li><b>PostgreSQL:</b> {@link #claimDue} selects with {@code FOR UPDATE SKIP LOCKED} and marks
 *       the rows in the same transaction, so two nodes never claim the same entry, and neither
 *       waits for the other. Schema migrations hold a transaction-scoped advisory lock, so nodes
 *       may start at once.
 *   <li><b>H2:</b> H2 locks the database file, so one process uses it; inside that process the
 *       store claims under a lock, so no two threads claim the same entry. A commit is written to
 *       the file before the call returns ({@code WRITE_DELAY=0}), so an entry survives the process
 *       being killed; H2 does not force it to the disk, so a power cut may still lose it.
 * </ul>
 */
final class JdbcDeliveryStore implements DeliveryStore {

  /** Connections kept for an embedded database; more callers wait for one. */
  private static final int EMBEDDED_POOL_SIZE = 8;

  /** SQL state of a unique or primary key violation, in both databases. */
  private static final String UNIQUE_VIOLATION = "23505";

  /** SQL state of a foreign key violation in PostgreSQL. */
  private static final String FOREIGN_KEY_VIOLATION = "23503";

  /** SQL state of H2 for a reference to a missing parent row. */
  private static final String H2_PARENT_MISSING = "23506";

  private static final String CLAIMABLE =
      "(status = 'PENDING' AND next_attempt_at <= ?)"
          + " OR (status = 'IN_FLIGHT' AND lease_until <= ?)";

  private final String name;
  private final Dialect dialect;
  private final ConnectionSource connections;
  private final ReentrantLock claimLock = new ReentrantLock();
  private final AtomicBoolean closed = new AtomicBoolean();

  private JdbcDeliveryStore(String name, Dialect dialect, ConnectionSource connections) {
    this.name = name;
    this.dialect = dialect;
    this.connections = connections;
  }

  static DeliveryStore embedded(Path file) {
    Objects.requireNonNull(file, "file");
    String base = file.toAbsolutePath().normalize().toString();
    if (base.endsWith(".mv.db")) {
      base = base.substring(0, base.length() - ".mv.db".length());
    }
    if (base.indexOf(';') >= 0) {
      throw new IllegalArgumentException("outbox file name contains ';': " + file);
    }
    // By default H2 writes commits to the file up to half a second later: a killed process would
    // lose entries whose enqueue had returned. EmbeddedRestartTest fails without WRITE_DELAY=0.
    String url = "jdbc:h2:file:" + base + ";WRITE_DELAY=0;LOCK_TIMEOUT=10000";
    String name = "jdbc:h2:file:" + base;
    try {
      Files.createDirectories(Path.of(base).getParent());
    } catch (java.io.IOException e) {
      throw new OutboxException("outbox " + name + ": cannot create its folder: " + e, e);
    }
    JdbcConnectionPool pool = JdbcConnectionPool.create(url, "sa", "");
    pool.setMaxConnections(EMBEDDED_POOL_SIZE);
    return open(
        name,
        Dialect.H2,
        new ConnectionSource() {
          @Override
          public Connection open() throws SQLException {
            return pool.getConnection();
          }

          @Override
          public void close() {
            pool.dispose();
          }
        });
  }

  static DeliveryStore postgres(DataSource dataSource) {
    Objects.requireNonNull(dataSource, "dataSource");
    String name;
    try (Connection connection = dataSource.getConnection()) {
      name = JdbcUrls.withoutPassword(connection.getMetaData().getURL());
    } catch (SQLException e) {
      throw new OutboxException("outbox PostgreSQL data source: cannot connect: " + oneLine(e), e);
    }
    return open(name, Dialect.POSTGRESQL, dataSource::getConnection);
  }

  static DeliveryStore postgres(String jdbcUrl, String user, String password) {
    Objects.requireNonNull(jdbcUrl, "jdbcUrl");
    if (!jdbcUrl.startsWith("jdbc:postgresql:")) {
      throw new IllegalArgumentException(
          "not a PostgreSQL JDBC URL (jdbc:postgresql://host/database): "
              + JdbcUrls.withoutPassword(jdbcUrl));
    }
    return open(
        JdbcUrls.withoutPassword(jdbcUrl),
        Dialect.POSTGRESQL,
        () -> DriverManager.getConnection(jdbcUrl, user, password));
  }

  private static DeliveryStore open(String name, Dialect dialect, ConnectionSource connections) {
    JdbcDeliveryStore store = new JdbcDeliveryStore(name, dialect, connections);
    try (Connection connection = connections.open()) {
      SchemaMigrator.migrate(connection, dialect);
    } catch (SQLException e) {
      connections.close();
      throw store.failure("migrate schema", e);
    } catch (RuntimeException e) {
      connections.close();
      throw e;
    }
    return store;
  }

  @Override
  public void enqueue(List<OutboxEntry> entries) {
    Objects.requireNonNull(entries, "entries");
    Set<DeliveryId> ids = new HashSet<>();
    for (OutboxEntry entry : entries) {
      Objects.requireNonNull(entry, "entry");
      if (entry.status() != Status.PENDING) {
        throw new IllegalArgumentException(
            "entry " + entry.deliveryId() + " is " + entry.status() + ": enqueue PENDING entries");
      }
      if (!ids.add(entry.deliveryId())) {
        throw new IllegalArgumentException(
            "delivery id " + entry.deliveryId() + " appears twice: give each entry its own");
      }
    }
    if (entries.isEmpty()) {
      return;
    }

    inTransaction(
        "enqueue",
        connection -> {
          try (PreparedStatement insert =
              connection.prepareStatement(
                  "INSERT INTO webhook_outbox ("
                      + OutboxRows.ENTRY_COLUMNS
                      + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (OutboxEntry entry : entries) {
              OutboxRows.bindEntry(insert, entry);
              insert.addBatch();
            }
            insert.executeBatch();
          } catch (SQLException e) {
            if (hasState(e, UNIQUE_VIOLATION)) {
              throw new IllegalArgumentException(
                  "a delivery id is already in the outbox: nothing was enqueued", e);
            }
            throw e;
          }
          return null;
        });
  }

  @Override
  public List<OutboxEntry> claimDue(String nodeId, Instant now, int limit, Duration lease) {
    requireNodeId(nodeId);
    Objects.requireNonNull(now, "now");
    if (limit < 1) {
      throw new IllegalArgumentException("limit < 1: " + limit);
    }
    Objects.requireNonNull(lease, "lease");
    if (lease.isNegative() || lease.isZero()) {
      throw new IllegalArgumentException("lease is not positive: " + lease);
    }

    // PostgreSQL's SKIP LOCKED keeps nodes apart; the lock only matters to H2, whose row locks
    // this store does not rely on.
    boolean serialised = dialect == Dialect.H2;
    if (serialised) {
      claimLock.lock();
    }
    try {
      return inTransaction("claimDue", connection -> claim(connection, nodeId, now, limit, lease));
    } finally {
      if (serialised) {
        claimLock.unlock();
      }
    }
  }

  private static List<OutboxEntry> claim(
      Connection connection, String nodeId, Instant now, int limit, Duration lease)
      throws SQLException {
    List<OutboxEntry> due = new ArrayList<>();
    try (PreparedStatement select =
        connection.prepareStatement(
            "SELECT "
                + OutboxRows.ENTRY_COLUMNS
                + " FROM webhook_outbox WHERE "
                + CLAIMABLE
                + " ORDER BY next_attempt_at, delivery_id LIMIT ? FOR UPDATE SKIP LOCKED")) {
      select.setObject(1, OutboxRows.timestamp(now));
      select.setObject(2, OutboxRows.timestamp(now));
      select.setInt(3, limit);
      try (ResultSet rows = select.executeQuery()) {
        while (rows.next()) {
          due.add(OutboxRows.entry(rows));
        }
      }
    }
    if (due.isEmpty()) {
      return due;
    }

    List<OutboxEntry> claimed = new ArrayList<>();
    try (PreparedStatement update =
        connection.prepareStatement(
            "UPDATE webhook_outbox SET status = 'IN_FLIGHT', claimed_by = ?, lease_until = ?"
                + " WHERE delivery_id = ?")) {
      for (OutboxEntry entry : due) {
        update.setString(1, nodeId);
        update.setObject(2, OutboxRows.timestamp(now.plus(lease)));
        update.setObject(3, entry.deliveryId().value());
        update.addBatch();
        claimed.add(inFlight(entry));
      }
      update.executeBatch();
    }
    return claimed;
  }

  @Override
  public void recordAttempt(AttemptRecord attempt) {
    Objects.requireNonNull(attempt, "attempt");
    inTransaction(
        "recordAttempt",
        connection -> {
          try (PreparedStatement insert =
              connection.prepareStatement(
                  "INSERT INTO webhook_outbox_attempt ("
                      + OutboxRows.ATTEMPT_COLUMNS
                      + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            OutboxRows.bindAttempt(insert, attempt);
            insert.executeUpdate();
          } catch (SQLException e) {
            if (hasState(e, UNIQUE_VIOLATION)) {
              throw new IllegalArgumentException(
                  "attempt "
                      + attempt.number()
                      + " of delivery "
                      + attempt.deliveryId()
                      + " is already recorded",
                  e);
            }
            if (hasState(e, FOREIGN_KEY_VIOLATION) || hasState(e, H2_PARENT_MISSING)) {
              throw new IllegalArgumentException(
                  "delivery " + attempt.deliveryId() + " is not in the outbox: enqueue it first",
                  e);
            }
            throw e;
          }
          return null;
        });
  }

  @Override
  public boolean complete(DeliveryId id, String nodeId, Status finalStatus, String lastError) {
    Objects.requireNonNull(id, "id");
    requireNodeId(nodeId);
    Objects.requireNonNull(finalStatus, "finalStatus");
    if (finalStatus == Status.PENDING || finalStatus == Status.IN_FLIGHT) {
      throw new IllegalArgumentException(
          "finalStatus is " + finalStatus + ": complete as DELIVERED, DEAD or DISABLED");
    }
    return updateClaimed(
        "complete",
        "status = ?, attempts = attempts + 1, last_error = ?",
        id,
        nodeId,
        statement -> {
          statement.setString(1, finalStatus.name());
          statement.setString(2, lastError);
          return 3;
        });
  }

  @Override
  public boolean reschedule(DeliveryId id, String nodeId, Instant nextAttemptAt, String lastError) {
    Objects.requireNonNull(id, "id");
    requireNodeId(nodeId);
    Objects.requireNonNull(nextAttemptAt, "nextAttemptAt");
    return updateClaimed(
        "reschedule",
        "status = 'PENDING', attempts = attempts + 1, next_attempt_at = ?, last_error = ?",
        id,
        nodeId,
        statement -> {
          statement.setObject(1, OutboxRows.timestamp(nextAttemptAt));
          statement.setString(2, lastError);
          return 3;
        });
  }

  @Override
  public boolean postpone(DeliveryId id, String nodeId, Instant until) {
    Objects.requireNonNull(id, "id");
    requireNodeId(nodeId);
    Objects.requireNonNull(until, "until");
    return updateClaimed(
        "postpone",
        "status = 'PENDING', next_attempt_at = ?",
        id,
        nodeId,
        statement -> {
          statement.setObject(1, OutboxRows.timestamp(until));
          return 2;
        });
  }

  @Override
  public void release(DeliveryId id, String nodeId) {
    Objects.requireNonNull(id, "id");
    requireNodeId(nodeId);
    updateClaimed("release", "status = 'PENDING'", id, nodeId, statement -> 1);
  }

  /** Binds the parameters of a SET clause and returns the index of the next parameter. */
  private interface Assignments {
    int bind(PreparedStatement statement) throws SQLException;
  }

  /** Ends {@code nodeId}'s claim with {@code assignments}; false if it holds no such claim. */
  private boolean updateClaimed(
      String operation, String assignments, DeliveryId id, String nodeId, Assignments values) {
    return inTransaction(
        operation,
        connection -> {
          try (PreparedStatement update =
              connection.prepareStatement(
                  "UPDATE webhook_outbox SET "
                      + assignments
                      + ", claimed_by = NULL, lease_until = NULL"
                      + " WHERE delivery_id = ? AND status = 'IN_FLIGHT' AND claimed_by = ?")) {
            int next = values.bind(update);
            update.setObject(next, id.value());
            update.setString(next + 1, nodeId);
            return update.executeUpdate() == 1;
          }
        });
  }

  @Override
  public List<OutboxEntry> list(Status status, int limit) {
    Objects.requireNonNull(status, "status");
    if (limit < 1) {
      throw new IllegalArgumentException("limit < 1: " + limit);
    }
    return inTransaction(
        "list",
        connection -> {
          try (PreparedStatement select =
              connection.prepareStatement(
                  "SELECT "
                      + OutboxRows.ENTRY_COLUMNS
                      + " FROM webhook_outbox WHERE status = ?"
                      + " ORDER BY created_at, delivery_id LIMIT ?")) {
            select.setString(1, status.name());
            select.setInt(2, limit);
            return entries(select);
          }
        });
  }

  @Override
  public Optional<OutboxEntry> find(DeliveryId id) {
    Objects.requireNonNull(id, "id");
    return inTransaction(
        "find",
        connection -> {
          try (PreparedStatement select =
              connection.prepareStatement(
                  "SELECT "
                      + OutboxRows.ENTRY_COLUMNS
                      + " FROM webhook_outbox WHERE delivery_id = ?")) {
            select.setObject(1, id.value());
            return entries(select).stream().findFirst();
          }
        });
  }

  @Override
  public List<AttemptRecord> attempts(DeliveryId id) {
    Objects.requireNonNull(id, "id");
    return inTransaction(
        "attempts",
        connection -> {
          try (PreparedStatement select =
              connection.prepareStatement(
                  "SELECT "
                      + OutboxRows.ATTEMPT_COLUMNS
                      + " FROM webhook_outbox_attempt WHERE delivery_id = ?"
                      + " ORDER BY attempt_number")) {
            select.setObject(1, id.value());
            List<AttemptRecord> attempts = new ArrayList<>();
            try (ResultSet rows = select.executeQuery()) {
              while (rows.next()) {
                attempts.add(OutboxRows.attempt(rows));
              }
            }
            return attempts;
          }
        });
  }

  @Override
  public boolean redeliver(DeliveryId id, Instant now) {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(now, "now");
    return inTransaction(
        "redeliver",
        connection -> {
          try (PreparedStatement update =
              connection.prepareStatement(
                  "UPDATE webhook_outbox SET status = 'PENDING', next_attempt_at = ?"
                      + " WHERE delivery_id = ? AND status IN ('DEAD', 'DISABLED')")) {
            update.setObject(1, OutboxRows.timestamp(now));
            update.setObject(2, id.value());
            return update.executeUpdate() == 1;
          }
        });
  }

  @Override
  public void close() {
    if (closed.compareAndSet(false, true)) {
      connections.close();
    }
  }

  @Override
  public String toString() {
    return "DeliveryStore[" + name + "]";
  }

  /** Work done on one connection inside one transaction. */
  private interface Transaction<T> {
    T run(Connection connection) throws SQLException;
  }

  private <T> T inTransaction(String operation, Transaction<T> work) {
    if (closed.get()) {
      throw new IllegalStateException("outbox " + name + " is closed: open a new store");
    }
    try (Connection connection = connections.open()) {
      connection.setAutoCommit(false);
      try {
        T result = work.run(connection);
        connection.commit();
        return result;
      } catch (SQLException | RuntimeException e) {
        rollback(connection, e);
        throw e;
      } finally {
        connection.setAutoCommit(true);
      }
    } catch (SQLException e) {
      throw failure(operation, e);
    }
  }

  private static void rollback(Connection connection, Exception failure) {
    try {
      connection.rollback();
    } catch (SQLException e) {
      failure.addSuppressed(e);
    }
  }

  private OutboxException failure(String operation, SQLException e) {
    return new OutboxException("outbox " + name + ": " + operation + " failed: " + oneLine(e), e);
  }

  private static String oneLine(SQLException e) {
    String message = String.valueOf(e.getMessage()).strip();
    int end = message.indexOf('\n');
    return end < 0 ? message : message.substring(0, end).strip();
  }

  private static boolean hasState(SQLException e, String state) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof SQLException) {
        for (SQLException s = (SQLException) t; s != null; s = s.getNextException()) {
          if (state.equals(s.getSQLState())) {
            return true;
          }
        }
      }
    }
    return false;
  }

  private static List<OutboxEntry> entries(PreparedStatement select) throws SQLException {
    List<OutboxEntry> entries = new ArrayList<>();
    try (ResultSet rows = select.executeQuery()) {
      while (rows.next()) {
        entries.add(OutboxRows.entry(rows));
      }
    }
    return entries;
  }

  private static OutboxEntry inFlight(OutboxEntry entry) {
    return new OutboxEntry(
        entry.deliveryId(),
        entry.subscription(),
        entry.url(),
        entry.event(),
        entry.itemClass(),
        entry.payload(),
        entry.createdAt(),
        entry.attempts(),
        entry.nextAttemptAt(),
        Status.IN_FLIGHT,
        entry.lastError());
  }

  private static void requireNodeId(String nodeId) {
    Objects.requireNonNull(nodeId, "nodeId");
    if (nodeId.isBlank()) {
      throw new IllegalArgumentException("nodeId is blank: name this node");
    }
  }
}
