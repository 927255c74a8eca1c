package io.webhookkit.verifier;

import io.webhookkit.core.DeliveryId;
import io.webhookkit.core.ItemClass;
import io.webhookkit.core.Payload;
import io.webhookkit.core.WebhookEvent;
import java.time.Instant;
import java.util.Objects;

/**
 * A webhook whose signature, timestamp and headers have been checked: what happened ({@code event})
 * to which kind of item ({@code itemClass}), when the sender stamped it, its delivery id and the
 * exact body bytes that were signed.
 *
 * <p>The payload is still the raw JSON bytes; parse it with the JSON library of your choice. Only
 * the body is covered by the signature: the other values come from headers that are checked for
 * form and freshness, not signed. Use the delivery id to recognise a retry you already handled.
 */
public record VerifiedWebhook(
    DeliveryId deliveryId,
    WebhookEvent event,
    ItemClass itemClass,
    Instant timestamp,
    Payload payload) {

  /**
   * Creates a verified webhook.
   *
   * @throws NullPointerException if any component is null
   */
  public VerifiedWebhook {
    Objects.requireNonNull(deliveryId, "deliveryId");
    Objects.requireNonNull(event, "event");
    Objects.requireNonNull(itemClass, "itemClass");
    Objects.requireNonNull(timestamp, "timestamp");
    Objects.requireNonNull(payload, "payload");
  }
}
