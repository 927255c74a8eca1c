package io.webhookkit.verifier;

import static org.assertj.core.api.Assertions.assertThat;

import io.webhookkit.core.ProjeqtorHeaders;
import org.junit.jupiter.api.Test;

/** A signature header may carry several signatures, as a sender does while it rotates secrets. */
class MultipleSignaturesTest {

  private static final String SIGNATURE = ProjeqtorHeaders.SIGNATURE;
  private static final String OTHER = "sha256=" + "ab".repeat(32);

  private static String validSignature() {
    return RequestDraft.signedSeedTicket().build().headers().first(SIGNATURE).orElseThrow();
  }

  private static VerificationResult verifyWithSignature(String value) {
    return RequestDraft.signedSeedTicket().set(SIGNATURE, value).verify();
  }

  @Test
  void acceptsValidSignatureAfterAnotherSeparatedByACommaAndSpace() {
    assertThat(verifyWithSignature(OTHER + ", " + validSignature()).isAccepted()).isTrue();
  }

  @Test
  void acceptsValidSignatureBeforeAnotherSeparatedByACommaAlone() {
    assertThat(verifyWithSignature(validSignature() + "," + OTHER).isAccepted()).isTrue();
  }

  @Test
  void acceptsValidSignatureAmongOthersSeparatedBySpaces() {
    assertThat(verifyWithSignature(OTHER + " " + validSignature() + " " + OTHER).isAccepted())
        .isTrue();
  }

  @Test
  void rejectsSeveralSignaturesOfWhichNoneMatches() {
    VerificationResult result = verifyWithSignature(OTHER + ", sha256=" + "cd".repeat(32));

    assertThat(result.rejection().reason()).isEqualTo(RejectionReason.SIGNATURE_MISMATCH);
  }

  @Test
  void acceptsFiveSignatures() {
    String value = (OTHER + ", ").repeat(4) + validSignature();

    assertThat(verifyWithSignature(value).isAccepted()).isTrue();
  }

  @Test
  void rejectsSixSignaturesAsMalformedAndSaysHowManyAreAccepted() {
    String value = (OTHER + ", ").repeat(5) + validSignature();

    VerificationResult result = verifyWithSignature(value);

    assertThat(result.rejection().reason()).isEqualTo(RejectionReason.MALFORMED_SIGNATURE);
    assertThat(result.rejection().message()).contains("6 signatures, more than the 5 accepted");
  }

  @Test
  void maxSignaturesRaisesTheBound() {
    String value = (OTHER + ", ").repeat(5) + validSignature();

    VerificationResult result =
        RequestDraft.verifierBuilder()
            .maxSignatures(6)
            .build()
            .verify(RequestDraft.signedSeedTicket().set(SIGNATURE, value).build());

    assertThat(result.isAccepted()).isTrue();
  }

  @Test
  void rejectsNonAsciiCharacterInTheHeaderAsMalformedWithoutEchoingIt() {
    VerificationResult result = verifyWithSignature(validSignature() + ", sha256=\u00e9\u202e");

    assertThat(result.rejection().reason()).isEqualTo(RejectionReason.MALFORMED_SIGNATURE);
    assertThat(result.rejection().message())
        .contains("outside printable ASCII")
        .doesNotContain("\u00e9", "\u202e");
  }

  @Test
  void rejectsEmptyEntryBetweenTwoCommas() {
    VerificationResult result = verifyWithSignature(validSignature() + ",," + OTHER);

    assertThat(result.rejection().reason()).isEqualTo(RejectionReason.MALFORMED_SIGNATURE);
  }
}
