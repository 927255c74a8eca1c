package io.webhookkit.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.webhookkit.client.DeliveryAttempt;
import io.webhookkit.core.Secret;
import io.webhookkit.core.WebhookEvent;
import io.webhookkit.examples.TicketReceiver.TicketChange;
import io.webhookkit.testkit.SignedWebhook;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class TicketReceiverTest {

  private static final Secret SECRET = Secret.of("example-shared-secret");

  private final List<TicketChange> changes = new CopyOnWriteArrayList<>();
  private TicketReceiver receiver;

  @BeforeEach
  void start() throws IOException {
    receiver = new TicketReceiver(0, SECRET, changes::add);
  }

  @AfterEach
  void stop() {
    receiver.close();
  }

  @Test
  void handsAGenuineTicketUpdateToTheApplication() throws IOException {
    try (TicketSender sender = new TicketSender(URI.create(receiver.url()), SECRET)) {
      DeliveryAttempt attempt = sender.ticketUpdated(ticket());

      assertThat(attempt.statusCode()).isEqualTo(200);
      assertThat(changes)
          .containsExactly(
              new TicketChange("afterUpdate", 9, "TEST 999", attempt.deliveryId().toString()));
    }
  }

  @Test
  void refusesAForgedTicketAndTellsTheApplicationNothing() throws Exception {
    SignedWebhook forged =
        SignedWebhook.sign(
            WebhookEvent.AFTER_DELETE,
            "Ticket",
            "{\"id\":9}",
            Secret.of("a-guessed-secret"),
            Instant.now());

    HttpResponse<String> response = post(forged);

    assertThat(response.statusCode()).isEqualTo(401);
    assertThat(response.body()).isEqualTo("SIGNATURE_MISMATCH");
    assertThat(changes).isEmpty();
  }

  @Test
  void refusesAReplayOfAnOldDelivery() throws Exception {
    SignedWebhook old =
        SignedWebhook.sign(
            WebhookEvent.AFTER_UPDATE,
            "Ticket",
            "{\"id\":9}",
            SECRET,
            Instant.now().minusSeconds(3600));

    assertThat(post(old).statusCode()).isEqualTo(401);
    assertThat(changes).isEmpty();
  }

  private HttpResponse<String> post(SignedWebhook webhook) throws Exception {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(receiver.url()))
            .POST(HttpRequest.BodyPublishers.ofByteArray(webhook.body()));
    webhook.headers().forEach(request::header);
    return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  private static byte[] ticket() throws IOException {
    try (InputStream in = TicketReceiverTest.class.getResourceAsStream("/ticket.json")) {
      return in.readAllBytes();
    }
  }
}
