package io.webhookkit.dispatcher;

import io.webhookkit.client.DeliveryAttempt;
import io.webhookkit.client.RetryDecision;
import io.webhookkit.outbox.OutboxEntry;
import java.time.Instant;

/**
 * Hears what a {@link WebhookDispatcher} does with each delivery, for metrics, alerts and tests.
 * Every method does nothing by default; override the ones you need.
 *
 * <p>Methods are called on the dispatcher's threads, several at once: an implementation must be
 * thread-safe and quick, as a slow one holds up deliveries. An exception thrown by a listener is
 * logged and otherwise ignored: it never stops a delivery.
 */
public interface DeliveryListener {

  /** A listener that does nothing. */
  DeliveryListener NONE = new DeliveryListener() {};

  /**
   * Called just before attempt number {@code attemptNumber} (1 for the first) of {@code entry} is
   * sent.
   */
  default void attemptStarted(OutboxEntry entry, int attemptNumber) {}

  /** Called when the receiver accepted {@code entry} with a 2xx answer: it is delivered. */
  default void attemptSucceeded(OutboxEntry entry, DeliveryAttempt attempt) {}

  /**
   * Called when an attempt failed, with what follows: a retry at {@link
   * RetryDecision#nextAttemptAt()}, a dead letter or a disabled subscription.
   */
  default void attemptFailed(OutboxEntry entry, DeliveryAttempt attempt, RetryDecision decision) {}

  /**
   * Called when a claimed delivery waits without an attempt being made or counted, because its
   * endpoint's circuit is open or the endpoint already has as many attempts under way as it may; it
   * is due again at {@code until}.
   */
  default void deliveryPostponed(OutboxEntry entry, Instant until, String reason) {}

  /**
   * Called when {@code entry} is given up and kept as a dead letter: after a failed attempt that is
   * not retried, or without an attempt when its subscription is no longer configured or its secret
   * cannot be resolved. {@code reason} is one line a person can act on.
   */
  default void deadLettered(OutboxEntry entry, String reason) {}

  /**
   * Called once when a receiver answers 410 Gone and the dispatcher disables {@code subscription}:
   * it sends nothing more to it until a new dispatcher is started.
   */
  default void subscriptionDisabled(String subscription, String reason) {}
}
