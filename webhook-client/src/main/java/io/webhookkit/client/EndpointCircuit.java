package io.webhookkit.client;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * A circuit breaker for one endpoint: after {@code failureThreshold} consecutive failed attempts it
 * opens and refuses attempts for {@code openDuration}, so that a receiver that is down is not
 * hammered; then it lets one probe through, and the probe's result closes or reopens it.
 *
 * <p>A refused attempt is postponed, never dropped: the sender reschedules waiting deliveries for
 * {@link #reopensAt()}. Only {@link #countsAsFailure(DeliveryAttempt) failures of the endpoint}
 * trip the circuit; a 401 or 404 is the receiver's verdict on one delivery and proves it is up.
 *
 * <p>Each failed probe doubles the time the circuit stays open, up to {@code maxOpenDuration}; a
 * success resets it to {@code openDuration}. A probe whose result is never recorded (its sender
 * crashed) frees its slot after the current open duration, so that a circuit cannot stay half-open
 * forever.
 *
 * <p><b>A circuit is thread-safe;</b> keep one per endpoint and share it between senders.
 */
public final class EndpointCircuit {

  /** Where the circuit stands. */
  public enum State {
    /** Attempts go through. */
    CLOSED,
    /** Attempts are refused until {@link #reopensAt()}. */
    OPEN,
    /** One probe attempt may go through, or is under way; its result decides. */
    HALF_OPEN
  }

  private final int failureThreshold;
  private final Duration openDuration;
  private final Duration maxOpenDuration;
  private final Clock clock;

  /** Failures in a row while closed. */
  private int consecutiveFailures;

  /** Whether the circuit is open or half-open; which one depends on the time. */
  private boolean open;

  /** How long the circuit stays open this time; grows with each failed probe. */
  private Duration currentOpenDuration;

  /** When an open circuit lets a probe through. */
  private Instant probeAllowedAt;

  /** When the probe under way frees its slot, or null if none is under way. */
  private Instant probeExpiresAt;

  private EndpointCircuit(Builder builder) {
    this.failureThreshold = builder.failureThreshold;
    this.openDuration = builder.openDuration;
    this.maxOpenDuration =
        builder.maxOpenDuration == null
            ? max(openDuration, Duration.ofMinutes(10))
            : builder.maxOpenDuration;
    this.clock = builder.clock;
    this.currentOpenDuration = openDuration;
    if (maxOpenDuration.compareTo(openDuration) < 0) {
      throw new IllegalArgumentException(
          "maxOpenDuration " + maxOpenDuration + " < openDuration " + openDuration);
    }
  }

  /** Returns a circuit with the default options; see {@link Builder}. */
  public static EndpointCircuit create() {
    return builder().build();
  }

  /** Returns a builder that starts from the default options. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns whether {@code attempt} shows the endpoint failing: a connection failure, a timeout, a
   * 429 or a 5xx. Any other answer, 401 and 404 included, shows it up and answering.
   */
  public static boolean countsAsFailure(DeliveryAttempt attempt) {
    return switch (attempt.outcome()) {
      case TIMED_OUT, CONNECTION_FAILED -> true;
      case REJECTED -> attempt.statusCode() == 429 || attempt.statusCode() / 100 == 5;
      case DELIVERED, REDIRECTED -> false;
    };
  }

  /**
   * Returns whether an attempt may be made now. When it returns true while the circuit is not
   * closed, the caller holds the one probe and must report its result with {@link #record}, {@link
   * #recordSuccess()} or {@link #recordFailure()}.
   */
  public synchronized boolean allowsAttempt() {
    if (!open) {
      return true;
    }
    Instant now = clock.instant();
    if (now.isBefore(probeAllowedAt)) {
      return false;
    }
    if (probeExpiresAt != null && now.isBefore(probeExpiresAt)) {
      return false; // Another probe is under way.
    }
    probeExpiresAt = now.plus(currentOpenDuration);
    return true;
  }

  /**
   * Returns when {@link #allowsAttempt()} may next return true: now for a closed circuit, or when
   * the open time ends or the probe under way frees its slot.
   */
  public synchronized Instant reopensAt() {
    Instant now = clock.instant();
    if (!open) {
      return now;
    }
    Instant at =
        probeExpiresAt != null && probeExpiresAt.isAfter(probeAllowedAt)
            ? probeExpiresAt
            : probeAllowedAt;
    return at.isAfter(now) ? at : now;
  }

  /** Returns where the circuit stands now. */
  public synchronized State state() {
    if (!open) {
      return State.CLOSED;
    }
    Instant now = clock.instant();
    return now.isBefore(probeAllowedAt) ? State.OPEN : State.HALF_OPEN;
  }

  /** Records an attempt's result, classified by {@link #countsAsFailure(DeliveryAttempt)}. */
  public void record(DeliveryAttempt attempt) {
    if (countsAsFailure(attempt)) {
      recordFailure();
    } else {
      recordSuccess();
    }
  }

  /** Records that the endpoint answered: the circuit closes and its open duration resets. */
  public synchronized void recordSuccess() {
    open = false;
    consecutiveFailures = 0;
    currentOpenDuration = openDuration;
    probeAllowedAt = null;
    probeExpiresAt = null;
  }

  /**
   * Records that the endpoint failed. A closed circuit opens at the threshold; a failed probe
   * reopens it for twice as long as last time, up to {@code maxOpenDuration}. The failure of an
   * attempt that started before the circuit opened changes nothing.
   */
  public synchronized void recordFailure() {
    Instant now = clock.instant();
    if (!open) {
      consecutiveFailures++;
      if (consecutiveFailures >= failureThreshold) {
        openUntil(now.plus(currentOpenDuration));
      }
      return;
    }
    if (probeExpiresAt == null) {
      return; // No probe is under way: this attempt started before the circuit opened.
    }
    currentOpenDuration = min(currentOpenDuration.multipliedBy(2), maxOpenDuration);
    openUntil(now.plus(currentOpenDuration));
  }

  private void openUntil(Instant at) {
    open = true;
    probeAllowedAt = at;
    probeExpiresAt = null;
  }

  private static Duration max(Duration a, Duration b) {
    return a.compareTo(b) >= 0 ? a : b;
  }

  private static Duration min(Duration a, Duration b) {
    return a.compareTo(b) <= 0 ? a : b;
  }

  @Override
  public synchronized String toString() {
    return "EndpointCircuit[state="
        + state()
        + ", consecutiveFailures="
        + consecutiveFailures
        + ", failureThreshold="
        + failureThreshold
        + ", openDuration="
        + currentOpenDuration
        + "]";
  }

  /**
   * Collects the options of an {@link EndpointCircuit}. Refuses nulls, a threshold below 1 and
   * non-positive durations, each when it is set, and a {@code maxOpenDuration} shorter than {@code
   * openDuration} when the circuit is built.
   */
  public static final class Builder {
    private int failureThreshold = 5;
    private Duration openDuration = Duration.ofSeconds(30);
    private Duration maxOpenDuration;
    private Clock clock = Clock.systemUTC();

    private Builder() {}

    /**
     * Sets how many failures in a row open the circuit (default 5).
     *
     * @throws IllegalArgumentException if it is below 1
     */
    public Builder failureThreshold(int failures) {
      if (failures < 1) {
        throw new IllegalArgumentException("failureThreshold < 1: " + failures);
      }
      this.failureThreshold = failures;
      return this;
    }

    /** Sets how long the circuit first stays open (default 30 s). */
    public Builder openDuration(Duration duration) {
      this.openDuration = positive(duration, "openDuration");
      return this;
    }

    /**
     * Sets the longest time the circuit stays open after failed probes (default: 10 min, or {@code
     * openDuration} if that is longer).
     */
    public Builder maxOpenDuration(Duration duration) {
      this.maxOpenDuration = positive(duration, "maxOpenDuration");
      return this;
    }

    /** Sets the clock that times the open state (default: the system clock in UTC). */
    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock");
      return this;
    }

    /**
     * Returns the circuit, closed.
     *
     * @throws IllegalArgumentException if {@code maxOpenDuration} is shorter than {@code
     *     openDuration}
     */
    public EndpointCircuit build() {
      return new EndpointCircuit(this);
    }

    private static Duration positive(Duration duration, String name) {
      Objects.requireNonNull(duration, name);
      if (duration.isNegative() || duration.isZero()) {
        throw new IllegalArgumentException(name + " <= 0: " + duration);
      }
      return duration;
    }
  }
}
