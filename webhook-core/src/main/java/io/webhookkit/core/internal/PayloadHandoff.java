package io.webhookkit.core.internal;

import io.webhookkit.core.Payload;
import java.lang.invoke.MethodHandles;
import java.util.function.Function;

/**
 * Turns a byte array into a {@link Payload} without copying it, for a module of webhookkit that
 * owns the array and never changes or hands it out, as the verifier does with a request body. Not
 * API: it may change in any release, and a caller that changes the array afterwards breaks the
 * payload's immutability.
 */
public final class PayloadHandoff {

  private static volatile Function<byte[], Payload> wrapper;

  private PayloadHandoff() {}

  /**
   * Called once by {@link Payload} when it is initialised, with its private constructor.
   *
   * @throws IllegalStateException if called again
   */
  public static synchronized void install(Function<byte[], Payload> constructor) {
    if (wrapper != null) {
      throw new IllegalStateException("the payload constructor is already installed");
    }
    wrapper = constructor;
  }

  /** Returns a payload that holds {@code bytes} itself; the caller must never change them. */
  public static Payload wrapOwned(byte[] bytes) {
    Function<byte[], Payload> constructor = wrapper;
    if (constructor == null) {
      initialise();
      constructor = wrapper;
    }
    return constructor.apply(bytes);
  }

  private static void initialise() {
    try {
      MethodHandles.lookup().ensureInitialized(Payload.class);
    } catch (IllegalAccessException e) {
      throw new IllegalStateException("Payload is public, so it can always be initialised", e);
    }
  }
}
