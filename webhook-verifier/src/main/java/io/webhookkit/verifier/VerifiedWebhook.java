package io.webhookkit.verifier;

import io.webhookkit.core.DeliveryId;
import io.webhookkit.core.ItemClass;
import io.webhookkit.core.Payload;
import io.webhookkit.core.WebhookEvent;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A webhook whose signature, timestamp and headers have been checked: the profile it was sent with,
 * its delivery id, what happened ({@code event}), to which kind of item ({@code itemClass}), when
 * the sender stamped it, and the exact payload bytes that were signed.
 *
 * <p>Not every profile has every value: {@code event} is null for {@link
 * SignatureProfile#STANDARD_WEBHOOKS} (the event type is inside the payload), {@code itemClass} is
 * null outside the ProjeQtOr profiles, and {@code timestamp} is null for {@link
 * SignatureProfile#GITHUB}, which sends none. For the ProjeQtOr profiles the delivery id is the
 * canonical lowercase UUID and the event one of the three wire names; {@link #webhookEvent()},
 * {@link #projeqtorDeliveryId()} and {@link #itemClassIfAny()} give them typed.
 *
 * <p>The payload is the decoded body (after {@code Content-Encoding: gzip}), still raw JSON bytes.
 * What the signature covers depends on the profile; see {@link SignatureProfile}.
 */
public record VerifiedWebhook(
    SignatureProfile profile,
    String deliveryId,
    String event,
    ItemClass itemClass,
    Instant timestamp,
    Payload payload) {

  /**
   * Creates a verified webhook.
   *
   * @throws NullPointerException if {@code profile}, {@code deliveryId} or {@code payload} is null
   */
  public VerifiedWebhook {
    Objects.requireNonNull(profile, "profile");
    Objects.requireNonNull(deliveryId, "deliveryId");
    Objects.requireNonNull(payload, "payload");
  }

  /** Returns the ProjeQtOr event, or empty when the profile has none or the name is not one. */
  public Optional<WebhookEvent> webhookEvent() {
    return profile.isProjeqtor() ? WebhookEvent.fromWireName(event) : Optional.empty();
  }

  /** Returns the delivery id as a UUID for the ProjeQtOr profiles, otherwise empty. */
  public Optional<DeliveryId> projeqtorDeliveryId() {
    return profile.isProjeqtor() ? DeliveryId.parse(deliveryId) : Optional.empty();
  }

  /** Returns the item class, or empty when the profile has none. */
  public Optional<ItemClass> itemClassIfAny() {
    return Optional.ofNullable(itemClass);
  }
}
