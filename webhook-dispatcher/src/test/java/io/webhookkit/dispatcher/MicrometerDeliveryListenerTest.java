package io.webhookkit.dispatcher;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.webhookkit.core.WebhookEvent;
import io.webhookkit.outbox.DeliveryStore;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Micrometer listener counts attempts by result and times them, by subscription. */
class MicrometerDeliveryListenerTest {

  @TempDir Path folder;

  @Test
  void countsARetryAndADeliveryOfOneSubscription() throws Exception {
    SimpleMeterRegistry registry = new SimpleMeterRegistry();
    RecordingListener recording = new RecordingListener();
    DeliveryListener both =
        new DeliveryListener() {
          private final MicrometerDeliveryListener metrics =
              new MicrometerDeliveryListener(registry);

          @Override
          public void attemptSucceeded(
              io.webhookkit.outbox.OutboxEntry entry,
              io.webhookkit.client.DeliveryAttempt attempt) {
            metrics.attemptSucceeded(entry, attempt);
            recording.attemptSucceeded(entry, attempt);
          }

          @Override
          public void attemptFailed(
              io.webhookkit.outbox.OutboxEntry entry,
              io.webhookkit.client.DeliveryAttempt attempt,
              io.webhookkit.client.RetryDecision decision) {
            metrics.attemptFailed(entry, attempt, decision);
          }
        };
    try (Receiver receiver = new Receiver().answer(503);
        DeliveryStore store = DeliveryStore.embedded(folder.resolve("outbox"));
        WebhookDispatcher dispatcher =
            TestConfigs.dispatcher(
                    TestConfigs.config(TestConfigs.ticketUpdates("crm", receiver.url("/"))),
                    store,
                    both)
                .build()) {
      dispatcher.publish(WebhookEvent.AFTER_UPDATE, TestConfigs.TICKET, TestConfigs.TICKET_JSON);

      recording.awaitSucceeded(1);
    }

    assertThat(counted(registry, "retry")).isEqualTo(1.0);
    assertThat(counted(registry, "delivered")).isEqualTo(1.0);
    assertThat(registry.get("webhook.attempt.duration").tag("subscription", "crm").timers())
        .hasSize(2);
  }

  private static double counted(SimpleMeterRegistry registry, String result) {
    return registry
        .get("webhook.attempts")
        .tag("subscription", "crm")
        .tag("result", result)
        .counter()
        .count();
  }
}
