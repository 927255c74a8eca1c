package io.webhookkit.core;

import java.time.Instant;
import java.util.Objects;

/**
 * The outcome of checking a {@code Projeqtor-Timestamp} header against a {@link TimestampPolicy}.
 *
 * <p>{@code timestamp} is set when the value parsed ({@link Outcome#FRESH}, {@link Outcome#STALE},
 * {@link Outcome#FUTURE}); {@code message} always says in one line what was found.
 */
public record TimestampCheck(Outcome outcome, Instant timestamp, String message) {

  /** What the check found. */
  public enum Outcome {
    /** The timestamp lies within the tolerances. */
    FRESH,
    /** There was no timestamp. */
    MISSING,
    /** The value is not a Unix time in seconds. */
    MALFORMED,
    /** The timestamp is older than the past tolerance allows. */
    STALE,
    /** The timestamp lies further in the future than the future tolerance allows. */
    FUTURE
  }

  /** Creates an outcome; {@code outcome} and {@code message} are required. */
  public TimestampCheck {
    Objects.requireNonNull(outcome, "outcome");
    Objects.requireNonNull(message, "message");
  }

  /** Returns whether the timestamp is acceptable. */
  public boolean isFresh() {
    return outcome == Outcome.FRESH;
  }
}
