package io.webhookkit.client;

import io.webhookkit.client.internal.HumanText;
import io.webhookkit.client.internal.RetryAfter;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.DoubleSupplier;

/**
 * Decides, after each delivery attempt, whether to stop, retry and when, or give up: {@link
 * #decide} turns a {@link DeliveryAttempt} into a {@link RetryDecision}.
 *
 * <ul>
 *   <li>2xx: delivered.
 *   <li>Connection failures, timeouts, 408, 429 and 5xx: retry after a delay. A valid {@code
 *       Retry-After} header replaces the computed delay, capped at {@link
 *       Builder#retryAfterCap(Duration)}; one in the past means now.
 *   <li>410 Gone: disable the subscription.
 *   <li>Redirects and every other status: dead letter, because repeating the same request would get
 *       the same answer.
 * </ul>
 *
 * <p>The delay before attempt {@code n + 1} is {@code initialDelay * multiplier^(n-1)}, capped at
 * {@code maxDelay}, or the {@code n}th entry of an explicit {@link Builder#schedule(List)
 * schedule}. Jitter then shortens it by a random fraction of at most {@code jitter}, so that
 * deliveries that failed together do not return together, and {@code maxDelay} stays a true
 * maximum. A delivery is dead-lettered when {@code maxAttempts} are used up, the schedule runs out,
 * or the next attempt would fall after {@code firstAttemptAt + maxAge}.
 *
 * <p><b>A policy is immutable and thread-safe</b> as long as its randomness source is; the default
 * one is.
 */
public final class RetryPolicy {

  private final Duration initialDelay;
  private final double multiplier;
  private final Duration maxDelay;
  private final double jitter;
  private final DoubleSupplier randomness;
  private final List<Duration> schedule;
  private final int maxAttempts;
  private final Duration maxAge;
  private final Duration retryAfterCap;

  private RetryPolicy(Builder builder) {
    this.initialDelay = builder.initialDelay;
    this.multiplier = builder.multiplier;
    this.maxDelay = builder.maxDelay;
    this.jitter = builder.jitter;
    this.randomness = builder.randomness;
    this.schedule = builder.schedule;
    this.maxAttempts = builder.maxAttempts;
    this.maxAge = builder.maxAge;
    this.retryAfterCap = builder.retryAfterCap;
  }

  /** Returns the policy with the default options; see {@link Builder}. */
  public static RetryPolicy defaults() {
    return builder().build();
  }

  /** Returns a builder that starts from the default options. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Decides what follows {@code attempt}.
   *
   * @param attempt the attempt that just ended
   * @param attemptsSoFar how many attempts were made, {@code attempt} included
   * @param firstAttemptAt when the first attempt of this delivery started
   * @param now the current time, by the sender's clock
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if {@code attemptsSoFar < 1} or {@code now} is before {@code
   *     firstAttemptAt}
   */
  public RetryDecision decide(
      DeliveryAttempt attempt, int attemptsSoFar, Instant firstAttemptAt, Instant now) {
    Objects.requireNonNull(attempt, "attempt");
    Objects.requireNonNull(firstAttemptAt, "firstAttemptAt");
    Objects.requireNonNull(now, "now");
    if (attemptsSoFar < 1) {
      throw new IllegalArgumentException("attemptsSoFar < 1: " + attemptsSoFar);
    }
    if (now.isBefore(firstAttemptAt)) {
      throw new IllegalArgumentException(
          "now " + now + " is before firstAttemptAt " + firstAttemptAt + ": use one clock");
    }

    String result = attempt.describe();
    return switch (attempt.outcome()) {
      case DELIVERED -> new RetryDecision(RetryDecision.Action.DELIVERED, null, result);
      case REDIRECTED ->
          deadLetter(result + "; point the subscription at the new URL if the move is genuine");
      case TIMED_OUT, CONNECTION_FAILED -> retry(attempt, attemptsSoFar, firstAttemptAt, now);
      case REJECTED -> rejected(attempt, attemptsSoFar, firstAttemptAt, now);
    };
  }

  private RetryDecision rejected(
      DeliveryAttempt attempt, int attemptsSoFar, Instant firstAttemptAt, Instant now) {
    int status = attempt.statusCode();
    if (status == 410) {
      return new RetryDecision(
          RetryDecision.Action.DISABLE_SUBSCRIPTION,
          null,
          attempt.describe()
              + "; the receiver says the endpoint is gone: re-enable the subscription once fixed");
    }
    if (status == 408 || status == 429 || (status >= 500 && status < 600)) {
      return retry(attempt, attemptsSoFar, firstAttemptAt, now);
    }
    return deadLetter(
        attempt.describe() + "; not retried: the same request would get the same answer");
  }

  private RetryDecision retry(
      DeliveryAttempt attempt, int attemptsSoFar, Instant firstAttemptAt, Instant now) {
    String result = attempt.describe();
    if (attemptsSoFar >= maxAttempts) {
      return deadLetter(
          result
              + "; gave up after "
              + attemptsSoFar
              + " attempts (maxAttempts "
              + maxAttempts
              + ")");
    }
    if (schedule != null && attemptsSoFar > schedule.size()) {
      return deadLetter(
          result
              + "; gave up after "
              + attemptsSoFar
              + " attempts: the retry schedule has "
              + schedule.size()
              + " delays");
    }

    Optional<Duration> retryAfter = RetryAfter.delay(attempt.retryAfter(), now);
    Duration delay =
        retryAfter.map(this::capped).orElseGet(() -> withJitter(backoff(attemptsSoFar)));
    Instant next = now.plus(delay);
    Instant deadline = firstAttemptAt.plus(maxAge);
    if (next.isAfter(deadline)) {
      return deadLetter(
          result
              + "; gave up: a retry at "
              + next
              + " would pass maxAge "
              + HumanText.duration(maxAge)
              + " after the first attempt at "
              + firstAttemptAt);
    }
    String why = retryAfter.isPresent() ? " as Retry-After asks" : "";
    return new RetryDecision(
        RetryDecision.Action.RETRY,
        next,
        result + "; attempt " + (attemptsSoFar + 1) + " of " + maxAttempts + " at " + next + why);
  }

  private Duration capped(Duration retryAfter) {
    return retryAfter.compareTo(retryAfterCap) > 0 ? retryAfterCap : retryAfter;
  }

  /** Returns the delay before the attempt that follows attempt {@code n}, before jitter. */
  private Duration backoff(int n) {
    if (schedule != null) {
      return schedule.get(n - 1);
    }
    // Doubles cannot overflow here: the product is compared before it becomes a Duration.
    double nanos = initialDelay.toNanos() * Math.pow(multiplier, n - 1);
    return nanos >= maxDelay.toNanos() ? maxDelay : Duration.ofNanos((long) nanos);
  }

  private Duration withJitter(Duration delay) {
    if (jitter == 0) {
      return delay;
    }
    double random = Math.min(Math.max(randomness.getAsDouble(), 0), 1);
    long shortening = (long) (delay.toNanos() * jitter * random);
    return delay.minusNanos(shortening);
  }

  private static RetryDecision deadLetter(String reason) {
    return new RetryDecision(RetryDecision.Action.DEAD_LETTER, null, reason);
  }

  @Override
  public String toString() {
    return "RetryPolicy["
        + (schedule == null
            ? "initialDelay="
                + initialDelay
                + ", multiplier="
                + multiplier
                + ", maxDelay="
                + maxDelay
            : "schedule=" + schedule)
        + ", jitter="
        + jitter
        + ", maxAttempts="
        + maxAttempts
        + ", maxAge="
        + maxAge
        + ", retryAfterCap="
        + retryAfterCap
        + "]";
  }

  /**
   * Collects the options of a {@link RetryPolicy}. Refuses nulls, non-positive delays, a multiplier
   * below 1, a jitter outside 0..1, an empty schedule and fewer than one attempt, each when it is
   * set.
   */
  public static final class Builder {
    private Duration initialDelay = Duration.ofSeconds(10);
    private double multiplier = 2.0;
    private Duration maxDelay = Duration.ofHours(1);
    private double jitter = 0.2;
    private DoubleSupplier randomness = () -> ThreadLocalRandom.current().nextDouble();
    private List<Duration> schedule;
    private int maxAttempts = 10;
    private Duration maxAge = Duration.ofHours(24);
    private Duration retryAfterCap = Duration.ofHours(1);

    private Builder() {}

    /** Sets the delay after the first failed attempt (default 10 s). */
    public Builder initialDelay(Duration delay) {
      this.initialDelay = positive(delay, "initialDelay");
      return this;
    }

    /**
     * Sets the factor by which each delay grows (default 2.0).
     *
     * @throws IllegalArgumentException if it is below 1 or not finite
     */
    public Builder multiplier(double multiplier) {
      if (!(multiplier >= 1.0) || Double.isInfinite(multiplier)) {
        throw new IllegalArgumentException("multiplier < 1 or not finite: " + multiplier);
      }
      this.multiplier = multiplier;
      return this;
    }

    /** Sets the longest computed delay (default 1 h); a Retry-After has its own cap. */
    public Builder maxDelay(Duration delay) {
      this.maxDelay = positive(delay, "maxDelay");
      return this;
    }

    /**
     * Sets the largest fraction by which a delay is randomly shortened (default 0.2); 0 turns
     * jitter off.
     *
     * @throws IllegalArgumentException if it is outside 0..1
     */
    public Builder jitter(double fraction) {
      if (!(fraction >= 0 && fraction <= 1)) {
        throw new IllegalArgumentException("jitter is not within 0..1: " + fraction);
      }
      this.jitter = fraction;
      return this;
    }

    /**
     * Sets the source of the random numbers in 0..1 that scale the jitter (default: {@link
     * ThreadLocalRandom}); tests pass a fixed value. It must be thread-safe if the policy is
     * shared.
     */
    public Builder randomness(DoubleSupplier randomness) {
      this.randomness = Objects.requireNonNull(randomness, "randomness");
      return this;
    }

    /**
     * Replaces the exponential backoff with explicit delays: entry {@code n - 1} is the delay after
     * attempt {@code n}. When they run out the delivery is dead-lettered. Jitter still applies.
     *
     * @throws IllegalArgumentException if the list is empty or holds a negative delay
     * @throws NullPointerException if the list or an entry is null
     */
    public Builder schedule(List<Duration> delays) {
      List<Duration> copy = List.copyOf(delays);
      if (copy.isEmpty()) {
        throw new IllegalArgumentException("schedule is empty: give at least one delay");
      }
      for (Duration delay : copy) {
        if (delay.isNegative()) {
          throw new IllegalArgumentException("schedule holds a negative delay: " + delay);
        }
      }
      this.schedule = copy;
      return this;
    }

    /**
     * Sets how many attempts a delivery gets in all, the first one included (default 10).
     *
     * @throws IllegalArgumentException if it is below 1
     */
    public Builder maxAttempts(int attempts) {
      if (attempts < 1) {
        throw new IllegalArgumentException("maxAttempts < 1: " + attempts);
      }
      this.maxAttempts = attempts;
      return this;
    }

    /** Sets how long after the first attempt a retry may still be scheduled (default 24 h). */
    public Builder maxAge(Duration age) {
      this.maxAge = positive(age, "maxAge");
      return this;
    }

    /**
     * Sets the longest wait that a receiver's {@code Retry-After} can ask for (default 1 h); zero
     * retries at once whatever it asks.
     *
     * @throws IllegalArgumentException if it is negative
     */
    public Builder retryAfterCap(Duration cap) {
      Objects.requireNonNull(cap, "retryAfterCap");
      if (cap.isNegative()) {
        throw new IllegalArgumentException("retryAfterCap < 0: " + cap);
      }
      this.retryAfterCap = cap;
      return this;
    }

    /** Returns the policy. */
    public RetryPolicy build() {
      return new RetryPolicy(this);
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
