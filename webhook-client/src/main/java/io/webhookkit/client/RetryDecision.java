package io.webhookkit.client;

import java.time.Instant;
import java.util.Objects;

/**
 * What to do after one delivery attempt, as decided by a {@link RetryPolicy}.
 *
 * @param action what the sender should do next
 * @param nextAttemptAt when to make the next attempt; set for {@link Action#RETRY} only, else null
 * @param reason one line that a person can act on, naming the attempt's result and the rule applied
 */
public record RetryDecision(Action action, Instant nextAttemptAt, String reason) {

  /** What the sender should do with a delivery after an attempt. */
  public enum Action {
    /** The receiver accepted the delivery: stop. */
    DELIVERED,
    /** Attempt again at {@link RetryDecision#nextAttemptAt()}. */
    RETRY,
    /** Stop trying and keep the delivery aside for a person to inspect or resend. */
    DEAD_LETTER,
    /** The receiver says the endpoint is gone (410): stop and disable the subscription. */
    DISABLE_SUBSCRIPTION
  }

  /**
   * Creates a decision.
   *
   * @throws NullPointerException if {@code action} or {@code reason} is null, or {@code
   *     nextAttemptAt} is null for a retry
   * @throws IllegalArgumentException if {@code nextAttemptAt} is set for anything but a retry
   */
  public RetryDecision {
    Objects.requireNonNull(action, "action");
    Objects.requireNonNull(reason, "reason");
    if (action == Action.RETRY) {
      Objects.requireNonNull(nextAttemptAt, "nextAttemptAt");
    } else if (nextAttemptAt != null) {
      throw new IllegalArgumentException("nextAttemptAt is set for " + action + ": only RETRY");
    }
  }
}
