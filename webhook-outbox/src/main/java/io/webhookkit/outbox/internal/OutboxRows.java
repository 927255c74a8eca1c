package io.webhookkit.outbox.internal;

import io.webhookkit.core.DeliveryId;
import io.webhookkit.core.ItemClass;
import io.webhookkit.core.Payload;
import io.webhookkit.core.WebhookEvent;
import io.webhookkit.outbox.AttemptRecord;
import io.webhookkit.outbox.OutboxEntry;
import java.net.URI;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

/** Turns outbox values into columns and back, the same way for every dialect. */
public final class OutboxRows {

  /** The columns of {@code webhook_outbox} that {@link #entry} reads, in its order. */
  public static final String ENTRY_COLUMNS =
      "delivery_id, subscription, url, event, item_class, payload, created_at, attempts,"
          + " next_attempt_at, status, last_error";

  /** The columns of {@code webhook_outbox_attempt} that {@link #attempt} reads, in its order. */
  public static final String ATTEMPT_COLUMNS =
      "delivery_id, attempt_number, started_at, duration_nanos, status_code, outcome, error,"
          + " response_excerpt, node_id";

  private OutboxRows() {}

  /** Binds {@code entry} to the eleven parameters of an insert of {@link #ENTRY_COLUMNS}. */
  public static void bindEntry(PreparedStatement insert, OutboxEntry entry) throws SQLException {
    insert.setObject(1, entry.deliveryId().value());
    insert.setString(2, entry.subscription());
    insert.setString(3, entry.url().toString());
    insert.setString(4, entry.event().wireName());
    insert.setString(5, entry.itemClass().name());
    insert.setBytes(6, entry.payload().bytes());
    insert.setObject(7, timestamp(entry.createdAt()));
    insert.setInt(8, entry.attempts());
    insert.setObject(9, timestamp(entry.nextAttemptAt()));
    insert.setString(10, entry.status().name());
    insert.setString(11, entry.lastError());
  }

  /** Reads an entry from a row of {@link #ENTRY_COLUMNS}. */
  public static OutboxEntry entry(ResultSet row) throws SQLException {
    String event = row.getString(4);
    return new OutboxEntry(
        new DeliveryId(row.getObject(1, UUID.class)),
        row.getString(2),
        URI.create(row.getString(3)),
        WebhookEvent.fromWireName(event)
            .orElseThrow(() -> new IllegalStateException("unknown event in outbox: " + event)),
        ItemClass.of(row.getString(5)),
        Payload.of(row.getBytes(6)),
        instant(row, 7),
        row.getInt(8),
        instant(row, 9),
        OutboxEntry.Status.valueOf(row.getString(10)),
        row.getString(11));
  }

  /** Binds {@code attempt} to the nine parameters of an insert of {@link #ATTEMPT_COLUMNS}. */
  public static void bindAttempt(PreparedStatement insert, AttemptRecord attempt)
      throws SQLException {
    insert.setObject(1, attempt.deliveryId().value());
    insert.setInt(2, attempt.number());
    insert.setObject(3, timestamp(attempt.startedAt()));
    insert.setLong(4, attempt.duration().toNanos());
    insert.setInt(5, attempt.statusCode());
    insert.setString(6, attempt.outcome());
    insert.setString(7, attempt.error());
    insert.setString(8, attempt.responseExcerpt());
    insert.setString(9, attempt.nodeId());
  }

  /** Reads an attempt from a row of {@link #ATTEMPT_COLUMNS}. */
  public static AttemptRecord attempt(ResultSet row) throws SQLException {
    return new AttemptRecord(
        new DeliveryId(row.getObject(1, UUID.class)),
        row.getInt(2),
        instant(row, 3),
        Duration.ofNanos(row.getLong(4)),
        row.getInt(5),
        row.getString(6),
        row.getString(7),
        row.getString(8),
        row.getString(9));
  }

  /** Returns {@code instant} as both databases keep it: in UTC, to the microsecond. */
  public static OffsetDateTime timestamp(Instant instant) {
    return OffsetDateTime.ofInstant(instant.truncatedTo(ChronoUnit.MICROS), ZoneOffset.UTC);
  }

  private static Instant instant(ResultSet row, int column) throws SQLException {
    return row.getObject(column, OffsetDateTime.class).toInstant();
  }
}
