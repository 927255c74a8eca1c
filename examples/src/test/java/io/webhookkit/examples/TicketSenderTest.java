package io.webhookkit.examples;

import static io.webhookkit.testkit.WebhookAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import io.webhookkit.client.DeliveryAttempt;
import io.webhookkit.client.RetryPolicy;
import io.webhookkit.core.Secret;
import io.webhookkit.core.WebhookEvent;
import io.webhookkit.testkit.MockWebhookReceiverExtension;
import io.webhookkit.testkit.ReceivedDelivery;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Tests the sender against the testkit's mock receiver only: no hand-wired HTTP server. */
class TicketSenderTest {

  private static final Secret SECRET = Secret.of("example-shared-secret");

  @RegisterExtension
  static MockWebhookReceiverExtension subscriber = MockWebhookReceiverExtension.withSecret(SECRET);

  @Test
  void sendsTheTicketByteForByteWithAValidSignature() throws Exception {
    try (TicketSender sender = new TicketSender(subscriber.uri(), SECRET)) {
      sender.ticketUpdated(ticket());
    }

    assertThat(subscriber)
        .receivedExactly(1)
        .first()
        .isVerified()
        .hasEvent(WebhookEvent.AFTER_UPDATE)
        .hasItemClass("Ticket")
        .hasValidSignature()
        .hasTimestampWithin(Duration.ofSeconds(5))
        .hasBody(ticket())
        .payload()
        .hasField("id", 9)
        .isEqualToJson(Path.of("src/main/resources/ticket.json"));
  }

  @Test
  void reportsARefusalWithTheReceiversAnswer() throws IOException {
    subscriber.respondWith(401).body("SIGNATURE_MISMATCH");

    try (TicketSender sender = new TicketSender(subscriber.uri(), SECRET)) {
      DeliveryAttempt attempt = sender.ticketUpdated(ticket());

      assertThat(attempt.isDelivered()).isFalse();
      assertThat(attempt.describe()).contains("401", "SIGNATURE_MISMATCH");
    }
  }

  @Test
  void retriesAfterServerErrorsWithTheSameDelivery() throws Exception {
    subscriber.respondWith(500).times(2).then(200);
    RetryPolicy immediately =
        RetryPolicy.builder()
            .schedule(List.of(Duration.ZERO, Duration.ZERO, Duration.ZERO))
            .jitter(0)
            .build();

    try (TicketSender sender = new TicketSender(subscriber.uri(), SECRET)) {
      DeliveryAttempt last = sender.ticketUpdated(ticket(), immediately, Clock.systemUTC());

      assertThat(last.isDelivered()).as(last.describe()).isTrue();
    }
    assertThat(subscriber).receivedExactly(3);
    List<ReceivedDelivery> attempts = subscriber.receiver().deliveries();
    assertThat(attempts.get(1)).isRetryOf(attempts.get(0)).hasValidSignature();
    assertThat(attempts.get(2)).isRetryOf(attempts.get(0)).hasValidSignature();
  }

  private static byte[] ticket() throws IOException {
    try (InputStream in = TicketSenderTest.class.getResourceAsStream("/ticket.json")) {
      return in.readAllBytes();
    }
  }
}
