package io.webhookkit.core;

import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Identifies one delivery: the {@code Projeqtor-Delivery} header, a UUID that stays the same on
 * every attempt of that delivery, so that a receiver can recognise a retry.
 *
 * <p>{@link #parse(String)} accepts only the canonical 36-character form (hex digits in either
 * case), not the lenient forms that {@link UUID#fromString(String)} tolerates.
 */
public record DeliveryId(UUID value) {

  private static final Pattern CANONICAL =
      Pattern.compile(
          "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

  /**
   * Creates a delivery id.
   *
   * @throws NullPointerException if {@code value} is null
   */
  public DeliveryId {
    Objects.requireNonNull(value, "value");
  }

  /** Returns a new random delivery id. */
  public static DeliveryId random() {
    return new DeliveryId(UUID.randomUUID());
  }

  /** Parses untrusted text: returns the delivery id, or empty unless it is a canonical UUID. */
  public static Optional<DeliveryId> parse(String text) {
    if (text == null || !CANONICAL.matcher(text).matches()) {
      return Optional.empty();
    }
    return Optional.of(new DeliveryId(UUID.fromString(text)));
  }

  /** Returns the lowercase canonical form, as sent on the wire. */
  @Override
  public String toString() {
    return value.toString();
  }
}
