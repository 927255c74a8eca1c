package io.webhookkit.core;

import io.webhookkit.core.internal.HttpText;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * Decides whether a webhook's timestamp is recent enough to accept, which bounds how long a
 * captured request can be replayed.
 *
 * <p>The past tolerance (default {@value #DEFAULT_PAST_SECONDS} s) and the future allowance for
 * clock skew (default {@value #DEFAULT_FUTURE_SECONDS} s) are separate. The value must be a Unix
 * time in whole seconds written as ASCII digits; negative numbers, signs, spaces inside, fractions,
 * overflowing numbers and values that look like milliseconds are refused with a message that says
 * so. Checking never throws. A policy is immutable and thread-safe; time comes from the injected
 * {@link Clock}.
 */
public final class TimestampPolicy {

  /** The default past tolerance in seconds. */
  public static final long DEFAULT_PAST_SECONDS = 300;

  /** The default future allowance in seconds. */
  public static final long DEFAULT_FUTURE_SECONDS = 60;

  /** Values at or above this many seconds (year 5138) are taken to be milliseconds. */
  private static final long MILLISECONDS_THRESHOLD = 100_000_000_000L;

  /** Longer values are refused before they are parsed. */
  private static final int MAX_DIGITS = 19;

  private final Duration pastTolerance;
  private final Duration futureTolerance;
  private final Clock clock;

  private TimestampPolicy(Builder builder) {
    this.pastTolerance = builder.pastTolerance;
    this.futureTolerance = builder.futureTolerance;
    this.clock = builder.clock;
  }

  /** Returns the default policy: 5 minutes past, 1 minute future, the system UTC clock. */
  public static TimestampPolicy defaults() {
    return builder().build();
  }

  /** Returns a builder that starts from the defaults. */
  public static Builder builder() {
    return new Builder();
  }

  /** Returns how old a timestamp may be. */
  public Duration pastTolerance() {
    return pastTolerance;
  }

  /** Returns how far ahead of this clock a timestamp may be. */
  public Duration futureTolerance() {
    return futureTolerance;
  }

  /** Returns the clock that this policy reads. */
  public Clock clock() {
    return clock;
  }

  /** Returns the current time in Unix seconds, as a sender stamps it on an attempt. */
  public long nowEpochSecond() {
    return clock.instant().getEpochSecond();
  }

  /** Checks an untrusted header value; {@code null} means the header is missing. */
  public TimestampCheck check(String value) {
    if (value == null) {
      return new TimestampCheck(
          TimestampCheck.Outcome.MISSING, null, "the timestamp header is missing");
    }
    String trimmed = HttpText.trimOws(value);
    if (trimmed.isEmpty()) {
      return malformed("the timestamp header is empty, expected Unix seconds such as 1700000000");
    }
    if (trimmed.length() > MAX_DIGITS) {
      return malformed("the timestamp is too long to be Unix seconds");
    }
    for (int i = 0; i < trimmed.length(); i++) {
      char c = trimmed.charAt(i);
      if (c < '0' || c > '9') {
        return malformed(
            c == '-'
                ? "the timestamp is negative, expected Unix seconds such as 1700000000"
                : "the timestamp is not a whole number of Unix seconds (digits only)");
      }
    }
    long seconds;
    try {
      seconds = Long.parseLong(trimmed);
    } catch (NumberFormatException e) {
      return malformed("the timestamp overflows, expected Unix seconds such as 1700000000");
    }
    if (seconds >= MILLISECONDS_THRESHOLD) {
      return malformed(
          "the timestamp looks like milliseconds, expected Unix seconds (divide by 1000)");
    }
    return check(Instant.ofEpochSecond(seconds));
  }

  /** Checks a parsed timestamp. */
  public TimestampCheck check(Instant timestamp) {
    Objects.requireNonNull(timestamp, "timestamp");
    // Timestamps have whole seconds, so the clock is read in whole seconds too: a timestamp 61 s
    // ahead is 61 s ahead, whatever fraction of a second the clock is into.
    long ageSeconds = clock.instant().getEpochSecond() - timestamp.getEpochSecond();
    Duration age = Duration.ofSeconds(ageSeconds);
    if (age.compareTo(pastTolerance) > 0) {
      return new TimestampCheck(
          TimestampCheck.Outcome.STALE,
          timestamp,
          "the timestamp is "
              + ageSeconds
              + " s old, more than the "
              + pastTolerance.getSeconds()
              + " s allowed: check the sender's clock, or the request is a replay");
    }
    if (age.negated().compareTo(futureTolerance) > 0) {
      return new TimestampCheck(
          TimestampCheck.Outcome.FUTURE,
          timestamp,
          "the timestamp is "
              + -ageSeconds
              + " s in the future, more than the "
              + futureTolerance.getSeconds()
              + " s allowed: check the clocks of sender and receiver");
    }
    return new TimestampCheck(
        TimestampCheck.Outcome.FRESH, timestamp, "the timestamp is " + ageSeconds + " s old");
  }

  private static TimestampCheck malformed(String message) {
    return new TimestampCheck(TimestampCheck.Outcome.MALFORMED, null, message);
  }

  @Override
  public String toString() {
    return "TimestampPolicy[past=" + pastTolerance + ", future=" + futureTolerance + "]";
  }

  /** Builds a {@link TimestampPolicy}; refuses negative tolerances and a null clock. */
  public static final class Builder {
    private Duration pastTolerance = Duration.ofSeconds(DEFAULT_PAST_SECONDS);
    private Duration futureTolerance = Duration.ofSeconds(DEFAULT_FUTURE_SECONDS);
    private Clock clock = Clock.systemUTC();

    private Builder() {}

    /** Sets how old a timestamp may be. */
    public Builder pastTolerance(Duration tolerance) {
      this.pastTolerance = nonNegative(tolerance, "pastTolerance");
      return this;
    }

    /** Sets how far ahead of the clock a timestamp may be. */
    public Builder futureTolerance(Duration tolerance) {
      this.futureTolerance = nonNegative(tolerance, "futureTolerance");
      return this;
    }

    /** Sets the clock; tests pass a fixed one. */
    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock");
      return this;
    }

    /** Returns the policy. */
    public TimestampPolicy build() {
      return new TimestampPolicy(this);
    }

    private static Duration nonNegative(Duration duration, String name) {
      Objects.requireNonNull(duration, name);
      if (duration.isNegative()) {
        throw new IllegalArgumentException(name + " < 0: " + duration);
      }
      return duration;
    }
  }
}
