package io.webhookkit.core.config;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * How a subscription retries a delivery that failed: how many attempts at most, the first and the
 * longest delay between attempts, and how old a delivery may grow before it is given up.
 *
 * <p>The configuration refuses values out of the ranges below, which keep a misconfigured sender
 * from hammering a receiver or from keeping deliveries for weeks: {@code maxAttempts} 1 to {@value
 * #MAX_ATTEMPTS}; {@code initialDelay} 1 s to 1 h; {@code maxDelay} from {@code initialDelay} to 1
 * day; {@code maxAge} from {@code maxDelay} to 7 days.
 *
 * @param maxAttempts the most attempts of one delivery, the first included
 * @param initialDelay the delay before the second attempt
 * @param maxDelay the longest delay between two attempts
 * @param maxAge how long after the first attempt a delivery is given up
 */
public record RetryConfig(
    int maxAttempts, Duration initialDelay, Duration maxDelay, Duration maxAge) {

  /** The most attempts a configuration may ask for. */
  public static final int MAX_ATTEMPTS = 100;

  /** The shortest {@code initialDelay}. */
  public static final Duration MIN_INITIAL_DELAY = Duration.ofSeconds(1);

  /** The longest {@code initialDelay}. */
  public static final Duration MAX_INITIAL_DELAY = Duration.ofHours(1);

  /** The longest {@code maxDelay}. */
  public static final Duration MAX_DELAY = Duration.ofDays(1);

  /** The longest {@code maxAge}. */
  public static final Duration MAX_AGE = Duration.ofDays(7);

  private static final RetryConfig DEFAULTS =
      new RetryConfig(10, Duration.ofSeconds(10), Duration.ofHours(1), Duration.ofDays(1));

  /**
   * Creates retry settings.
   *
   * @throws IllegalArgumentException if a value is out of the ranges in the class description
   */
  public RetryConfig {
    Objects.requireNonNull(initialDelay, "initialDelay");
    Objects.requireNonNull(maxDelay, "maxDelay");
    Objects.requireNonNull(maxAge, "maxAge");
    problem(maxAttempts, initialDelay, maxDelay, maxAge)
        .ifPresent(
            problem -> {
              throw new IllegalArgumentException(problem);
            });
  }

  /** Returns the settings used when a subscription gives none: 10 attempts, 10 s, 1 h, 1 d. */
  public static RetryConfig defaults() {
    return DEFAULTS;
  }

  /**
   * Describes the first value out of range, or returns empty when all are in range; shared by the
   * constructor and the reader, which reports it at the offending key.
   */
  public static Optional<String> problem(
      int maxAttempts, Duration initialDelay, Duration maxDelay, Duration maxAge) {
    if (maxAttempts < 1 || maxAttempts > MAX_ATTEMPTS) {
      return Optional.of(
          "retry.maxAttempts " + maxAttempts + " is not between 1 and " + MAX_ATTEMPTS);
    }
    if (initialDelay.compareTo(MIN_INITIAL_DELAY) < 0
        || initialDelay.compareTo(MAX_INITIAL_DELAY) > 0) {
      return Optional.of("retry.initialDelay is not between 1s and 1h");
    }
    if (maxDelay.compareTo(initialDelay) < 0 || maxDelay.compareTo(MAX_DELAY) > 0) {
      return Optional.of("retry.maxDelay is not between initialDelay and 1d");
    }
    if (maxAge.compareTo(maxDelay) < 0 || maxAge.compareTo(MAX_AGE) > 0) {
      return Optional.of("retry.maxAge is not between maxDelay and 7d");
    }
    return Optional.empty();
  }
}
