package io.webhookkit.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import io.webhookkit.core.ProjeqtorHeaders;
import io.webhookkit.core.Secret;
import io.webhookkit.core.TimestampPolicy;
import io.webhookkit.core.WebhookEvent;
import io.webhookkit.verifier.RejectionReason;
import io.webhookkit.verifier.VerificationResult;
import io.webhookkit.verifier.WebhookVerifier;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class SignedWebhookTest {

  private static final Instant NOW = Instant.parse("2026-12-04T10:00:00Z");
  private static final Secret SECRET = Secret.of("shared-secret");

  private final WebhookVerifier verifier =
      WebhookVerifier.builder()
          .secret(SECRET)
          .timestampPolicy(
              TimestampPolicy.builder().clock(Clock.fixed(NOW, ZoneOffset.UTC)).build())
          .build();

  private final SignedWebhook genuine =
      SignedWebhook.sign(
          WebhookEvent.AFTER_UPDATE, "Ticket", "{\"id\":9,\"name\":\"TEST 999\"}", SECRET, NOW);

  @Test
  void aGenuineWebhookIsAccepted() {
    VerificationResult result = verifier.verify(genuine.toRequest());

    assertThat(result.isAccepted()).isTrue();
    assertThat(result.webhook().projeqtorDeliveryId()).isEqualTo(genuine.deliveryId());
  }

  @Test
  void aTamperedBodyIsRejected() {
    assertThat(reasonFor(genuine.withTamperedBody())).isEqualTo(RejectionReason.SIGNATURE_MISMATCH);
  }

  @Test
  void aSignatureFromAnotherSecretIsRejected() {
    assertThat(reasonFor(genuine.withSignatureFrom(Secret.of("wrong"))))
        .isEqualTo(RejectionReason.SIGNATURE_MISMATCH);
  }

  @Test
  void aStaleTimestampIsRejected() {
    assertThat(reasonFor(genuine.withTimestamp(NOW.minusSeconds(3600))))
        .isEqualTo(RejectionReason.STALE_TIMESTAMP);
  }

  @Test
  void aMissingSignatureIsRejected() {
    assertThat(reasonFor(genuine.withoutHeader("projeqtor-signature-sha256")))
        .isEqualTo(RejectionReason.MISSING_SIGNATURE);
  }

  @Test
  void variantsLeaveTheOriginalUntouched() {
    genuine.withTamperedBody().withoutHeader(ProjeqtorHeaders.EVENT);

    assertThat(verifier.verify(genuine.toRequest()).isAccepted()).isTrue();
  }

  @Test
  void aReplacedHeaderKeepsOneValue() {
    SignedWebhook changed = genuine.withHeader("projeqtor-event", "afterDelete");

    assertThat(changed.headers())
        .containsEntry("projeqtor-event", "afterDelete")
        .doesNotContainKey(ProjeqtorHeaders.EVENT);
  }

  private RejectionReason reasonFor(SignedWebhook webhook) {
    return verifier.verify(webhook.toRequest()).rejection().reason();
  }
}
