package io.webhookkit.verifier;

import static org.assertj.core.api.Assertions.assertThat;

import io.webhookkit.core.ProjeqtorHeaders;
import io.webhookkit.core.WebhookSigner;
import org.junit.jupiter.api.Test;

/** Rejection messages are one safe line: no secret, no expected signature, no raw hostile text. */
class RejectionMessageTest {

  @Test
  void signatureMismatchNamesNeitherTheSecretNorTheExpectedSignature() {
    byte[] body = RequestDraft.resource("seed-ticket.json");
    String expected = WebhookSigner.of(RequestDraft.SECRET).sign(body).hex();

    String message =
        RequestDraft.signed(body)
            .set(ProjeqtorHeaders.SIGNATURE, "sha256=" + "ab".repeat(32))
            .verify()
            .rejection()
            .message();

    assertThat(message).doesNotContain(RequestDraft.SECRET_TEXT, expected);
  }

  @Test
  void echoedHeaderTextHasNoLineBreaksOrControlCharacters() {
    String hostile = "afterUpdate\r\nX-Injected: yes\u0000\u001b[31m\u2028\u202e";

    String message =
        RequestDraft.signedSeedTicket()
            .set(ProjeqtorHeaders.EVENT, hostile)
            .verify()
            .rejection()
            .message();

    assertThat(message.chars()).allMatch(c -> c >= 0x20 && c < 0x7f);
    assertThat(message).contains("afterUpdate\\u000d\\u000aX-Injected");
  }

  @Test
  void echoedHeaderTextIsCutShort() {
    String message =
        RequestDraft.signedSeedTicket()
            .set(ProjeqtorHeaders.ITEM_CLASS, "x".repeat(100_000))
            .verify()
            .rejection()
            .message();

    assertThat(message).hasSizeLessThan(300).contains("(100000 characters)");
  }

  @Test
  void webhookOfRejectedResultThrowsNamingTheRejection() {
    VerificationResult rejected =
        RequestDraft.signedSeedTicket().remove(ProjeqtorHeaders.SIGNATURE).verify();

    org.assertj.core.api.Assertions.assertThatIllegalStateException()
        .isThrownBy(rejected::webhook)
        .withMessageContaining("MISSING_SIGNATURE");
  }
}
