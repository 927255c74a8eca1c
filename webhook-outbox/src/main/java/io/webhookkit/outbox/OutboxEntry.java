package io.webhookkit.outbox;

import io.webhookkit.core.Delivery;
import io.webhookkit.core.DeliveryId;
import io.webhookkit.core.ItemClass;
import io.webhookkit.core.Payload;
import io.webhookkit.core.WebhookEvent;
import java.net.URI;
import java.time.Instant;
import java.util.Objects;

/**
 * One delivery waiting in, or finished by, the outbox: what to send to which subscription, and how
 * far its delivery has come.
 *
 * <p>An entry holds no secret: whoever sends it looks the secret up by {@code subscription} when it
 * makes an attempt, so a rotated secret applies to deliveries already queued. An entry refuses null
 * parts (except {@code lastError}), a blank subscription and a negative attempt count.
 *
 * @param deliveryId the id that every attempt of this delivery carries; unique in a store
 * @param subscription the name (or URL key) by which the sender finds the subscription's secret
 * @param url where the delivery is sent
 * @param event what happened to the item
 * @param itemClass the kind of item it happened to
 * @param payload the exact bytes to send and sign
 * @param createdAt when the entry was enqueued
 * @param attempts how many attempts have ended, see {@link DeliveryStore#reschedule}
 * @param nextAttemptAt when the next attempt is due; meaningful while {@link Status#PENDING}
 * @param status where the delivery stands
 * @param lastError why the last attempt failed, or null
 */
public record OutboxEntry(
    DeliveryId deliveryId,
    String subscription,
    URI url,
    WebhookEvent event,
    ItemClass itemClass,
    Payload payload,
    Instant createdAt,
    int attempts,
    Instant nextAttemptAt,
    Status status,
    String lastError) {

  /** Where a delivery stands. */
  public enum Status {
    /** Waiting for its next attempt, due at {@code nextAttemptAt}. */
    PENDING,
    /** Claimed by a node that is making an attempt, until its lease ends. */
    IN_FLIGHT,
    /** The receiver accepted it; nothing more happens. */
    DELIVERED,
    /** Given up after failed attempts; {@link DeliveryStore#redeliver} can queue it again. */
    DEAD,
    /** Not sent because its subscription is gone (such as a 410 answer); can be redelivered. */
    DISABLED
  }

  /**
   * Creates an entry.
   *
   * @throws IllegalArgumentException if the subscription is blank or the attempt count negative
   */
  public OutboxEntry {
    Objects.requireNonNull(deliveryId, "deliveryId");
    Objects.requireNonNull(subscription, "subscription");
    if (subscription.isBlank()) {
      throw new IllegalArgumentException("subscription is blank: name the subscription");
    }
    Objects.requireNonNull(url, "url");
    Objects.requireNonNull(event, "event");
    Objects.requireNonNull(itemClass, "itemClass");
    Objects.requireNonNull(payload, "payload");
    Objects.requireNonNull(createdAt, "createdAt");
    if (attempts < 0) {
      throw new IllegalArgumentException("attempts < 0: " + attempts);
    }
    Objects.requireNonNull(nextAttemptAt, "nextAttemptAt");
    Objects.requireNonNull(status, "status");
  }

  /**
   * Returns a new {@link Status#PENDING} entry for {@code delivery}, created and due at {@code
   * now}, with no attempt yet.
   *
   * @throws IllegalArgumentException if the subscription is blank
   */
  public static OutboxEntry pending(Delivery delivery, String subscription, URI url, Instant now) {
    Objects.requireNonNull(delivery, "delivery");
    return new OutboxEntry(
        delivery.id(),
        subscription,
        url,
        delivery.event(),
        delivery.itemClass(),
        delivery.payload(),
        now,
        0,
        now,
        Status.PENDING,
        null);
  }

  /** Returns the delivery to send: the same id and bytes on every attempt. */
  public Delivery delivery() {
    return new Delivery(deliveryId, event, itemClass, payload);
  }
}
