package io.webhookkit.verifier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import org.junit.jupiter.api.Test;

class VerificationResultTest {

  private static final Rejection REJECTION =
      new Rejection(RejectionReason.STALE_TIMESTAMP, "timestamp header is too old");

  @Test
  void acceptedResultHoldsTheWebhookAndNoRejection() {
    VerifiedWebhook webhook = RequestDraft.signedSeedTicket().verify().webhook();

    VerificationResult result = VerificationResult.accepted(webhook);

    assertThat(result.isAccepted()).isTrue();
    assertThat(result.acceptedWebhook()).contains(webhook);
    assertThatIllegalStateException().isThrownBy(result::rejection);
  }

  @Test
  void rejectedResultHoldsTheRejectionAndNoWebhook() {
    VerificationResult result = VerificationResult.rejected(REJECTION);

    assertThat(result.isAccepted()).isFalse();
    assertThat(result.rejection()).isEqualTo(REJECTION);
    assertThat(result.acceptedWebhook()).isEmpty();
    assertThatIllegalStateException()
        .isThrownBy(result::webhook)
        .withMessageContaining("STALE_TIMESTAMP");
  }

  @Test
  void rejectionTakesTheStatusOfItsReason() {
    assertThat(REJECTION.httpStatus()).isEqualTo(401);
  }

  @Test
  void showsTheRejection() {
    assertThat(VerificationResult.rejected(REJECTION).toString())
        .contains("rejected STALE_TIMESTAMP", "too old");
  }
}
