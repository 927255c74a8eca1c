package io.webhookkit.dispatcher.internal;

import io.webhookkit.client.DeliveryAttempt;
import io.webhookkit.client.RetryDecision;
import io.webhookkit.dispatcher.DeliveryListener;
import io.webhookkit.outbox.OutboxEntry;
import java.time.Instant;
import java.util.Objects;

/**
 * Passes each event on to a listener and logs, instead of throwing, whatever it throws: a faulty
 * listener must not stop a delivery half-way between its attempt and its store update.
 */
public final class GuardedListener implements DeliveryListener {

  private static final System.Logger LOGGER = System.getLogger(GuardedListener.class.getName());

  private final DeliveryListener delegate;

  /** Guards {@code delegate}. */
  public GuardedListener(DeliveryListener delegate) {
    this.delegate = Objects.requireNonNull(delegate, "delegate");
  }

  @Override
  public void attemptStarted(OutboxEntry entry, int attemptNumber) {
    guarded("attemptStarted", () -> delegate.attemptStarted(entry, attemptNumber));
  }

  @Override
  public void attemptSucceeded(OutboxEntry entry, DeliveryAttempt attempt) {
    guarded("attemptSucceeded", () -> delegate.attemptSucceeded(entry, attempt));
  }

  @Override
  public void attemptFailed(OutboxEntry entry, DeliveryAttempt attempt, RetryDecision decision) {
    guarded("attemptFailed", () -> delegate.attemptFailed(entry, attempt, decision));
  }

  @Override
  public void deliveryPostponed(OutboxEntry entry, Instant until, String reason) {
    guarded("deliveryPostponed", () -> delegate.deliveryPostponed(entry, until, reason));
  }

  @Override
  public void deadLettered(OutboxEntry entry, String reason) {
    guarded("deadLettered", () -> delegate.deadLettered(entry, reason));
  }

  @Override
  public void subscriptionDisabled(String subscription, String reason) {
    guarded("subscriptionDisabled", () -> delegate.subscriptionDisabled(subscription, reason));
  }

  private void guarded(String method, Runnable call) {
    try {
      call.run();
    } catch (RuntimeException e) {
      LOGGER.log(
          System.Logger.Level.WARNING,
          () -> "delivery listener " + delegate.getClass().getName() + "." + method + " threw",
          e);
    }
  }
}
