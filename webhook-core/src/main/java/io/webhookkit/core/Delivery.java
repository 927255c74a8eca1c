package io.webhookkit.core;

import java.util.Objects;

/**
 * One webhook to deliver: what happened ({@code event}) to which kind of item ({@code itemClass}),
 * the item's JSON ({@code payload}) and the id that every attempt of this delivery carries.
 *
 * <p>A delivery holds no timestamp: each attempt is stamped with its own time when it is signed and
 * sent.
 */
public record Delivery(DeliveryId id, WebhookEvent event, ItemClass itemClass, Payload payload) {

  /**
   * Creates a delivery.
   *
   * @throws NullPointerException if any component is null
   */
  public Delivery {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(event, "event");
    Objects.requireNonNull(itemClass, "itemClass");
    Objects.requireNonNull(payload, "payload");
  }

  /** Creates a delivery with a new random id. */
  public static Delivery of(WebhookEvent event, ItemClass itemClass, Payload payload) {
    return new Delivery(DeliveryId.random(), event, itemClass, payload);
  }
}
