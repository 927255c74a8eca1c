package io.webhookkit.verifier.internal;

import java.time.Duration;
import java.util.Objects;

/**
 * Checks the arguments that every {@link io.webhookkit.verifier.ReplayGuard} receives, so that the
 * in-memory and the Redis guards refuse the same programming errors with the same messages.
 */
public final class ReplayKeys {

  /** The longest key a guard accepts, in characters. */
  public static final int MAX_KEY_LENGTH = 256;

  private ReplayKeys() {}

  /**
   * Returns normally when {@code key} and {@code ttl} are what the verifier passes: a key of 1 to
   * {@value #MAX_KEY_LENGTH} characters and a positive time to live.
   *
   * @throws NullPointerException if either is null
   * @throws IllegalArgumentException if the key is empty or too long, or the ttl is not positive
   */
  public static void check(String key, Duration ttl) {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(ttl, "ttl");
    if (key.isEmpty()) {
      throw new IllegalArgumentException("key is empty: pass the profile and delivery id");
    }
    if (key.length() > MAX_KEY_LENGTH) {
      // The length only, never the key: it comes from a request.
      throw new IllegalArgumentException(
          "key is " + key.length() + " characters, more than the " + MAX_KEY_LENGTH + " allowed");
    }
    if (ttl.isNegative() || ttl.isZero()) {
      throw new IllegalArgumentException("ttl <= 0: " + ttl);
    }
  }
}
