package io.webhookkit.dispatcher;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.webhookkit.client.DeliveryAttempt;
import io.webhookkit.client.RetryDecision;
import io.webhookkit.outbox.OutboxEntry;
import java.time.Instant;
import java.util.Locale;
import java.util.Objects;

/**
 * Counts what a {@link WebhookDispatcher} does in a Micrometer {@link MeterRegistry}. Using it
 * needs {@code io.micrometer:micrometer-core} on the class path, which {@code webhook-dispatcher}
 * declares optional: add it to your application. Nothing else in this module loads Micrometer.
 *
 * <p>Meters, each tagged with {@code subscription} (its name, or its URL when it has none):
 *
 * <ul>
 *   <li>{@code webhook.attempts} (counter), tagged {@code result}: {@code delivered}, {@code
 *       retry}, {@code dead_letter} or {@code disable_subscription};
 *   <li>{@code webhook.attempt.duration} (timer), tagged {@code outcome}: the attempt's {@link
 *       io.webhookkit.client.AttemptOutcome} in lower case;
 *   <li>{@code webhook.dead.letters} (counter), dead letters with or without an attempt;
 *   <li>{@code webhook.postponed} (counter), deliveries that waited for a busy or open endpoint;
 *   <li>{@code webhook.subscriptions.disabled} (counter).
 * </ul>
 *
 * <p>Tagging by subscription keeps the number of meters to the number of subscriptions. <b>It is
 * thread-safe.</b>
 */
public final class MicrometerDeliveryListener implements DeliveryListener {

  private final MeterRegistry registry;

  /** Records into {@code registry}. */
  public MicrometerDeliveryListener(MeterRegistry registry) {
    this.registry = Objects.requireNonNull(registry, "registry");
  }

  @Override
  public void attemptSucceeded(OutboxEntry entry, DeliveryAttempt attempt) {
    count(entry, attempt, "delivered");
  }

  @Override
  public void attemptFailed(OutboxEntry entry, DeliveryAttempt attempt, RetryDecision decision) {
    count(entry, attempt, decision.action().name().toLowerCase(Locale.ROOT));
  }

  @Override
  public void deliveryPostponed(OutboxEntry entry, Instant until, String reason) {
    counter("webhook.postponed", entry.subscription()).increment();
  }

  @Override
  public void deadLettered(OutboxEntry entry, String reason) {
    counter("webhook.dead.letters", entry.subscription()).increment();
  }

  @Override
  public void subscriptionDisabled(String subscription, String reason) {
    counter("webhook.subscriptions.disabled", subscription).increment();
  }

  private void count(OutboxEntry entry, DeliveryAttempt attempt, String result) {
    Counter.builder("webhook.attempts")
        .description("delivery attempts by what followed them")
        .tag("subscription", entry.subscription())
        .tag("result", result)
        .register(registry)
        .increment();
    Timer.builder("webhook.attempt.duration")
        .description("how long delivery attempts took")
        .tag("subscription", entry.subscription())
        .tag("outcome", attempt.outcome().name().toLowerCase(Locale.ROOT))
        .register(registry)
        .record(attempt.duration());
  }

  private Counter counter(String name, String subscription) {
    return Counter.builder(name).tag("subscription", subscription).register(registry);
  }
}
