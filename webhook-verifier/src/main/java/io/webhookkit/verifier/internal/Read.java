package io.webhookkit.verifier.internal;

import io.webhookkit.verifier.Rejection;

/** The outcome of reading one part of a request: its value, or why the request is rejected. */
public record Read<T>(T value, Rejection rejection) {

  /** Returns a successful read. */
  public static <T> Read<T> success(T value) {
    return new Read<>(value, null);
  }

  /** Returns a failed read. */
  public static <T> Read<T> failure(Rejection rejection) {
    return new Read<>(null, rejection);
  }

  /** Returns whether the read failed. */
  public boolean failed() {
    return rejection != null;
  }
}
