package io.webhookkit.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.webhookkit.client.DeliveryAttempt;
import io.webhookkit.core.Secret;
import io.webhookkit.verifier.ReceivedHeaders;
import io.webhookkit.verifier.VerificationResult;
import io.webhookkit.verifier.WebhookRequest;
import io.webhookkit.verifier.WebhookVerifier;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class TicketSenderTest {

  private static final Secret SECRET = Secret.of("example-shared-secret");

  private final MockWebServer subscriber = new MockWebServer();

  @BeforeEach
  void start() throws IOException {
    subscriber.start(InetAddress.getLoopbackAddress(), 0);
  }

  @AfterEach
  void stop() throws IOException {
    subscriber.close();
  }

  @Test
  void sendsTheTicketByteForByteWithAValidSignature() throws Exception {
    subscriber.enqueue(new MockResponse.Builder().code(204).build());
    byte[] ticket = ticket();

    try (TicketSender sender = new TicketSender(subscriber.url("/hooks").uri(), SECRET)) {
      DeliveryAttempt attempt = sender.ticketUpdated(ticket);

      assertThat(attempt.isDelivered()).isTrue();
    }
    RecordedRequest request = subscriber.takeRequest(5, TimeUnit.SECONDS);
    assertThat(request).isNotNull();
    assertThat(request.getBody().toByteArray()).isEqualTo(ticket);
    VerificationResult verdict =
        WebhookVerifier.builder()
            .secret(SECRET)
            .build()
            .verify(
                new WebhookRequest(
                    request.getMethod(),
                    headersOf(request),
                    ticket,
                    InetAddress.getLoopbackAddress()));
    assertThat(verdict.isAccepted()).as("verdict %s", verdict).isTrue();
    assertThat(verdict.webhook().itemClass().name()).isEqualTo("Ticket");
  }

  @Test
  void reportsARefusalWithTheReceiversAnswer() throws IOException {
    subscriber.enqueue(new MockResponse.Builder().code(401).body("SIGNATURE_MISMATCH").build());

    try (TicketSender sender = new TicketSender(subscriber.url("/hooks").uri(), SECRET)) {
      DeliveryAttempt attempt = sender.ticketUpdated(ticket());

      assertThat(attempt.isDelivered()).isFalse();
      assertThat(attempt.describe()).contains("401", "SIGNATURE_MISMATCH");
    }
  }

  private static ReceivedHeaders headersOf(RecordedRequest request) {
    Map<String, List<String>> headers = request.getHeaders().toMultimap();
    return ReceivedHeaders.of(headers);
  }

  private static byte[] ticket() throws IOException {
    try (InputStream in = TicketSenderTest.class.getResourceAsStream("/ticket.json")) {
      return in.readAllBytes();
    }
  }
}
