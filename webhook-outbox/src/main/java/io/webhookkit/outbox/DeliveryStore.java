package io.webhookkit.outbox;

import io.webhookkit.core.DeliveryId;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * Keeps webhook deliveries until they are delivered or given up: the outbox that a dispatcher
 * enqueues into, claims due entries from, and reports each attempt's result to.
 *
 * <p>The life of an entry: {@link #enqueue} stores it {@code PENDING}; {@link #claimDue} hands it
 * to one node as {@code IN_FLIGHT} for the length of a lease; that node ends the claim with {@link
 * #complete} ({@code DELIVERED}, {@code DEAD} or {@code DISABLED}), {@link #reschedule} (back to
 * {@code PENDING}, later) or {@link #release} (back to {@code PENDING}, as it was). A node that
 * dies holding a claim loses it when the lease ends, and another node claims the entry again.
 *
 * <p>The store reads no clock: callers pass the time, so that they and their tests decide what
 * "now" is. Times are kept to the microsecond. Secrets are never stored.
 *
 * <p><b>Implementations are thread-safe</b> and hold database connections: close them.
 */
public interface DeliveryStore extends AutoCloseable {

  /**
   * Returns a store in an embedded H2 database at {@code file}, created with its schema if absent:
   * the outbox of one process. H2 keeps the data in {@code file} with {@code .mv.db} appended
   * (given {@code outbox.mv.db}, the suffix is not doubled). A second process cannot open the same
   * file while the first holds it.
   *
   * @throws OutboxException if the database cannot be opened or migrated
   */
  static DeliveryStore embedded(Path file) {
    return JdbcDeliveryStore.embedded(file);
  }

  /**
   * Returns a store in the PostgreSQL database that {@code dataSource} connects to, migrating its
   * schema first: the outbox that several nodes share. Bring a pooling data source (such as
   * HikariCP): the store borrows one connection per call and closes it after. The schema goes where
   * the connection's {@code search_path} points. Closing the store does not close the data source.
   *
   * @throws OutboxException if the database cannot be reached or migrated
   */
  static DeliveryStore postgres(DataSource dataSource) {
    return JdbcDeliveryStore.postgres(dataSource);
  }

  /**
   * Returns a store in the PostgreSQL database at {@code jdbcUrl}, for tools and small setups: it
   * opens a new connection through {@link java.sql.DriverManager} for every call, without a pool.
   * Pass null for {@code user} and {@code password} to take them from the URL. Needs the {@code
   * org.postgresql:postgresql} driver on the class path.
   *
   * @throws IllegalArgumentException if {@code jdbcUrl} is not a {@code jdbc:postgresql:} URL
   * @throws OutboxException if the database cannot be reached or migrated
   */
  static DeliveryStore postgres(String jdbcUrl, String user, String password) {
    return JdbcDeliveryStore.postgres(jdbcUrl, user, password);
  }

  /**
   * Stores {@code entries} in one transaction: all of them or, on any failure, none. They are
   * durable when this returns.
   *
   * @throws IllegalArgumentException if an entry is not {@code PENDING}, if two entries share a
   *     delivery id, or if a delivery id is already in the store; nothing is stored then
   */
  void enqueue(List<OutboxEntry> entries);

  /**
   * Claims up to {@code limit} entries for {@code nodeId}, in order of {@code nextAttemptAt}: those
   * {@code PENDING} and due ({@code nextAttemptAt <= now}), and those {@code IN_FLIGHT} whose lease
   * ended ({@code <= now}) because their node died or stalled. Each comes back {@code IN_FLIGHT},
   * leased to {@code nodeId} until {@code now + lease}; no other claim gets it before then.
   *
   * @throws IllegalArgumentException if {@code nodeId} is blank, {@code limit < 1} or {@code lease}
   *     is not positive
   */
  List<OutboxEntry> claimDue(String nodeId, Instant now, int limit, Duration lease);

  /**
   * Adds {@code attempt} to the history of its delivery.
   *
   * @throws IllegalArgumentException if the delivery is not in the store or an attempt with the
   *     same number is already recorded
   */
  void recordAttempt(AttemptRecord attempt);

  /**
   * Ends {@code nodeId}'s claim on an entry for good: {@code finalStatus} is {@code DELIVERED},
   * {@code DEAD} or {@code DISABLED}, and the ended attempt counts in {@code attempts}.
   *
   * @return false, changing nothing, unless the entry is {@code IN_FLIGHT} and claimed by {@code
   *     nodeId}: a node whose lease ran out and whose entry another node claimed cannot overwrite
   *     the other node's result (a lease that ran out unclaimed still lets it finish)
   * @throws IllegalArgumentException if {@code finalStatus} is {@code PENDING} or {@code IN_FLIGHT}
   */
  boolean complete(DeliveryId id, String nodeId, OutboxEntry.Status finalStatus, String lastError);

  /**
   * Ends {@code nodeId}'s claim on an entry after a failed attempt: back to {@code PENDING}, due at
   * {@code nextAttemptAt}, with one more attempt counted.
   *
   * @return false, changing nothing, unless the entry is {@code IN_FLIGHT} and claimed by {@code
   *     nodeId}, as for {@link #complete}
   */
  boolean reschedule(DeliveryId id, String nodeId, Instant nextAttemptAt, String lastError);

  /**
   * Gives up {@code nodeId}'s claim on an entry without counting an attempt and makes it due at
   * {@code until}, as a node does when it cannot make the attempt yet (the endpoint's circuit is
   * open, or the endpoint already has as many attempts under way as it may). It is {@code PENDING}
   * again, with its attempt count and last error unchanged.
   *
   * @return false, changing nothing, unless the entry is {@code IN_FLIGHT} and claimed by {@code
   *     nodeId}, as for {@link #complete}
   */
  boolean postpone(DeliveryId id, String nodeId, Instant until);

  /**
   * Gives up {@code nodeId}'s claim on an entry without counting an attempt, as a node shutting
   * down does: it is {@code PENDING} again, due when it was. Does nothing unless the entry is
   * {@code IN_FLIGHT} and claimed by {@code nodeId}.
   */
  void release(DeliveryId id, String nodeId);

  /**
   * Lists up to {@code limit} entries in {@code status}, oldest first.
   *
   * @throws IllegalArgumentException if {@code limit < 1}
   */
  List<OutboxEntry> list(OutboxEntry.Status status, int limit);

  /** Returns the entry with delivery id {@code id}, or empty if there is none. */
  Optional<OutboxEntry> find(DeliveryId id);

  /** Returns the recorded attempts of delivery {@code id}, by number; empty if none. */
  List<AttemptRecord> attempts(DeliveryId id);

  /**
   * Queues a {@code DEAD} or {@code DISABLED} entry again: {@code PENDING} and due at {@code now}.
   * Its attempt count and history stay, so new attempts carry new numbers.
   *
   * @return false, changing nothing, if there is no such entry or it is in another status
   */
  boolean redeliver(DeliveryId id, Instant now);

  /** Releases the store's connections; calls after this fail. Never throws. */
  @Override
  void close();
}
