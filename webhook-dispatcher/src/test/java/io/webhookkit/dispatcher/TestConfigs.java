package io.webhookkit.dispatcher;

import io.webhookkit.client.RetryPolicy;
import io.webhookkit.client.SsrfGuard;
import io.webhookkit.core.ItemClass;
import io.webhookkit.core.Payload;
import io.webhookkit.core.WebhookEvent;
import io.webhookkit.core.config.AuthConfig;
import io.webhookkit.core.config.SecretReference;
import io.webhookkit.core.config.SourceLocation;
import io.webhookkit.core.config.Subscription;
import io.webhookkit.core.config.WebhookConfig;
import io.webhookkit.outbox.DeliveryStore;
import java.net.URI;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;

/** Subscriptions, payloads and dispatchers for tests. */
final class TestConfigs {

  static final ItemClass TICKET = ItemClass.of("Ticket");

  static final Payload TICKET_JSON = Payload.ofUtf8("{\"id\":\"42\",\"name\":\"Caf\u00e9\"}\n");

  /** Retries after 20 ms, three times, without jitter. */
  static final RetryPolicy FAST_RETRIES =
      RetryPolicy.builder()
          .schedule(List.of(Duration.ofMillis(20), Duration.ofMillis(20), Duration.ofMillis(20)))
          .jitter(0)
          .build();

  /** Lets the dispatcher send to the test receivers, which listen on 127.0.0.1. */
  static final SsrfGuard LOOPBACK_ALLOWED = SsrfGuard.builder().allowHost("127.0.0.1").build();

  private TestConfigs() {}

  /** Returns a subscription to {@code afterUpdate} of tickets, signed with a literal secret. */
  static Subscription ticketUpdates(String name, URI url) {
    return new Subscription(
        name,
        TICKET,
        EnumSet.of(WebhookEvent.AFTER_UPDATE),
        url,
        SecretReference.of("s3cret"),
        AuthConfig.none(),
        SourceLocation.startOf("webhooks.yaml"));
  }

  static WebhookConfig config(Subscription... subscriptions) {
    return new WebhookConfig(List.of(subscriptions));
  }

  /** Returns a builder for tests: loopback allowed, fast retries, a 50 ms poll. */
  static WebhookDispatcher.Builder dispatcher(
      WebhookConfig config, DeliveryStore store, DeliveryListener listener) {
    return WebhookDispatcher.builder()
        .config(config)
        .store(store)
        .ssrfGuard(LOOPBACK_ALLOWED)
        .retryPolicy(FAST_RETRIES)
        .pollInterval(Duration.ofMillis(50))
        .listener(listener);
  }
}
