package io.webhookkit.core;

import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * Identifies one delivery: the {@code Projeqtor-Delivery} header, a UUID that stays the same on
 * every attempt of that delivery, so that a receiver can recognise a retry.
 *
 * <p>{@link #parse(String)} accepts only the canonical 36-character form (hex digits in either
 * case), not the lenient forms that {@link UUID#fromString(String)} tolerates.
 */
public record DeliveryId(UUID value) {

  private static final int CANONICAL_LENGTH = 36;

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
    if (!isCanonical(text)) {
      return Optional.empty();
    }
    return Optional.of(new DeliveryId(UUID.fromString(text)));
  }

  /** Checks the 8-4-4-4-12 hex layout by hand: this runs on every received request. */
  private static boolean isCanonical(String text) {
    if (text == null || text.length() != CANONICAL_LENGTH) {
      return false;
    }
    for (int i = 0; i < CANONICAL_LENGTH; i++) {
      char c = text.charAt(i);
      boolean dash = i == 8 || i == 13 || i == 18 || i == 23;
      boolean hex = (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
      if (dash ? c != '-' : !hex) {
        return false;
      }
    }
    return true;
  }

  /** Returns the lowercase canonical form, as sent on the wire. */
  @Override
  public String toString() {
    return value.toString();
  }
}
