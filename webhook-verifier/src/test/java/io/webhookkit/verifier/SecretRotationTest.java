package io.webhookkit.verifier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import io.webhookkit.core.Secret;
import java.util.List;
import org.junit.jupiter.api.Test;

/** While a sender rotates its secret, the receiver accepts the old and the new one. */
class SecretRotationTest {

  private static final Secret OLD = Secret.of("old-secret-being-retired");
  private static final Secret NEW = Secret.of("new-secret-being-rolled-out");

  private final WebhookVerifier verifier =
      WebhookVerifier.builder().secret(OLD).secret(NEW).clock(RequestDraft.CLOCK).build();

  private static RequestDraft signedWith(Secret secret) {
    return RequestDraft.signed(RequestDraft.resource("seed-ticket.json"), secret);
  }

  @Test
  void acceptsRequestSignedWithTheOldSecret() {
    assertThat(verifier.verify(signedWith(OLD).build()).isAccepted()).isTrue();
  }

  @Test
  void acceptsRequestSignedWithTheNewSecret() {
    assertThat(verifier.verify(signedWith(NEW).build()).isAccepted()).isTrue();
  }

  @Test
  void rejectsRequestSignedWithAThirdSecret() {
    VerificationResult result = verifier.verify(signedWith(RequestDraft.SECRET).build());

    assertThat(result.rejection().reason()).isEqualTo(RejectionReason.SIGNATURE_MISMATCH);
  }

  @Test
  void secretsAddsEverySecretOfTheCollection() {
    WebhookVerifier fromList =
        WebhookVerifier.builder().secrets(List.of(OLD, NEW)).clock(RequestDraft.CLOCK).build();

    assertThat(fromList.verify(signedWith(NEW).build()).isAccepted()).isTrue();
  }

  @Test
  void refusesAnEmptyCollectionOfSecrets() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> WebhookVerifier.builder().secrets(List.of()))
        .withMessageContaining("secrets is empty");
  }
}
