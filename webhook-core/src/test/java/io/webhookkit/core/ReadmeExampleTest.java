package io.webhookkit.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Runs the example of {@code webhook-core/README.md}, which must show this same code. */
class ReadmeExampleTest {

  @Test
  void theReadmeExampleSignsAndChecks() {
    byte[] ticketJson = "{\"id\":9}".getBytes(StandardCharsets.UTF_8);
    Secret secret = Secret.of("readme-secret");

    Delivery delivery =
        Delivery.of(WebhookEvent.AFTER_UPDATE, ItemClass.of("Ticket"), Payload.of(ticketJson));

    // The headers of one attempt, signed and stamped (see docs/PROTOCOL.md).
    Map<String, String> headers =
        ProjeqtorHeaders.forAttempt(delivery, WebhookSigner.of(secret), Instant.now());

    // Checking a signature received for some bytes, in constant time.
    SignatureHeader.Parsed received =
        SignatureHeader.parse(headers.get(ProjeqtorHeaders.SIGNATURE));
    boolean genuine =
        received.isValid()
            && WebhookSigner.of(secret).verify(delivery.payload(), received.signature());

    assertThat(genuine).isTrue();
  }
}
