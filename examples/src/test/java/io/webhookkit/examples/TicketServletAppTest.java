package io.webhookkit.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.webhookkit.core.Secret;
import io.webhookkit.core.WebhookEvent;
import io.webhookkit.examples.TicketReceiver.TicketChange;
import io.webhookkit.testkit.SignedWebhook;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Tests the servlet application with the testkit's genuine and broken {@link SignedWebhook}s. */
class TicketServletAppTest {

  private static final Secret SECRET = Secret.of("example-shared-secret");

  private final List<TicketChange> changes = new CopyOnWriteArrayList<>();
  private final SignedWebhook genuine =
      SignedWebhook.sign(
          WebhookEvent.AFTER_UPDATE,
          "Ticket",
          "{\"id\":9,\"name\":\"TEST 999\"}",
          SECRET,
          Instant.now());
  private TicketServletApp app;

  @BeforeEach
  void start() throws Exception {
    app = new TicketServletApp(0, SECRET, changes::add);
  }

  @AfterEach
  void stop() throws Exception {
    app.close();
  }

  @Test
  void handsAGenuineTicketUpdateToTheApplication() throws Exception {
    assertThat(genuine.send(app.uri()).statusCode()).isEqualTo(204);
    assertThat(changes)
        .containsExactly(
            new TicketChange(
                "afterUpdate", 9, "TEST 999", genuine.deliveryId().orElseThrow().toString()));
  }

  @Test
  void refusesATamperedBody() throws Exception {
    assertRefused(genuine.withTamperedBody(), 401, "SIGNATURE_MISMATCH");
  }

  @Test
  void refusesASignatureFromAnotherSecret() throws Exception {
    assertRefused(genuine.withSignatureFrom(Secret.of("guessed")), 401, "SIGNATURE_MISMATCH");
  }

  @Test
  void refusesAStaleTimestamp() throws Exception {
    assertRefused(genuine.withTimestamp(Instant.now().minusSeconds(3600)), 401, "STALE_TIMESTAMP");
  }

  @Test
  void refusesAMissingSignature() throws Exception {
    assertRefused(genuine.withoutHeader("Projeqtor-Signature-Sha256"), 401, "MISSING_SIGNATURE");
  }

  private void assertRefused(SignedWebhook webhook, int status, String code) throws Exception {
    HttpResponse<String> response = webhook.send(app.uri());

    assertThat(response.statusCode()).isEqualTo(status);
    assertThat(response.body()).contains("\"code\":\"" + code + "\"");
    assertThat(changes).isEmpty();
  }
}
