package io.webhookkit.outbox;

import io.webhookkit.core.Delivery;
import io.webhookkit.core.DeliveryId;
import io.webhookkit.core.ItemClass;
import io.webhookkit.core.Payload;
import io.webhookkit.core.WebhookEvent;
import java.net.URI;
import java.time.Instant;

/** Outbox entries for tests. */
final class TestEntries {

  /** A fixed starting time: tests pass the store explicit times instead of sleeping. */
  static final Instant T0 = Instant.parse("2026-01-01T09:00:00Z");

  private TestEntries() {}

  /** Returns a pending entry created at {@link #T0} and due at {@code due}. */
  static OutboxEntry dueAt(Instant due) {
    return withPayload(Payload.ofUtf8("{\"id\":\"42\"}"), due);
  }

  /**
   * Returns a pending entry carrying {@code payload}, created at {@link #T0}, due at {@code due}.
   */
  static OutboxEntry withPayload(Payload payload, Instant due) {
    Delivery delivery =
        new Delivery(
            DeliveryId.random(), WebhookEvent.AFTER_UPDATE, ItemClass.of("Ticket"), payload);
    OutboxEntry entry =
        OutboxEntry.pending(delivery, "tickets", URI.create("https://hooks.example/t"), T0);
    return new OutboxEntry(
        entry.deliveryId(),
        entry.subscription(),
        entry.url(),
        entry.event(),
        entry.itemClass(),
        entry.payload(),
        entry.createdAt(),
        0,
        due,
        OutboxEntry.Status.PENDING,
        null);
  }
}
