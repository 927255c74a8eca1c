package io.webhookkit.verifier;

import static org.assertj.core.api.Assertions.assertThat;

import io.webhookkit.core.ProjeqtorHeaders;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The signature header must be present, once, well formed and the HMAC of the exact body. */
class SignatureVerificationTest {

  private static final String SIGNATURE = ProjeqtorHeaders.SIGNATURE;

  private static VerificationResult verifyWithSignature(String value) {
    return RequestDraft.signedSeedTicket().set(SIGNATURE, value).verify();
  }

  private static String validSignature() {
    return RequestDraft.signedSeedTicket().build().headers().first(SIGNATURE).orElseThrow();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "   ",
        "a038d63b36b91b943b70d11782a022876aa648260f845069db0ae4f6074952af",
        "sha1=a038d63b36b91b943b70d11782a022876aa648260f845069db0ae4f6074952af",
        "SHA256=a038d63b36b91b943b70d11782a022876aa648260f845069db0ae4f6074952af",
        "sha256=a038d63b36b91b943b70d11782a022876aa648260f845069db0ae4f607495",
        "sha256=a038d63b36b91b943b70d11782a022876aa648260f845069db0ae4f6074952af00",
        "sha256=z038d63b36b91b943b70d11782a022876aa648260f845069db0ae4f6074952af",
        "sha256=\uff10038d63b36b91b943b70d11782a022876aa648260f845069db0ae4f6074952a",
        "sha256=\u00e9038d63b36b91b943b70d11782a022876aa648260f845069db0ae4f6074952a",
        "sha256= a038d63b36b91b943b70d11782a022876aa648260f845069db0ae4f6074952a",
        "sha256=a038d63b36b91b943b70d11782a022876aa648260f845069db0ae4f6074952af,"
      })
  void rejectsMalformedSignatureValuesWithoutThrowing(String value) {
    VerificationResult result = verifyWithSignature(value);

    assertThat(result.rejection().reason()).isEqualTo(RejectionReason.MALFORMED_SIGNATURE);
  }

  @Test
  void rejectsTenKilobyteSignatureAsMalformed() {
    VerificationResult result = verifyWithSignature("sha256=" + "a".repeat(10 * 1024));

    assertThat(result.rejection().reason()).isEqualTo(RejectionReason.MALFORMED_SIGNATURE);
    assertThat(result.rejection().message()).hasSizeLessThan(200);
  }

  @Test
  void acceptsSignatureWrittenInUppercaseHex() {
    String value = validSignature();
    String upper = "sha256=" + value.substring("sha256=".length()).toUpperCase(Locale.ROOT);

    assertThat(verifyWithSignature(upper).isAccepted()).isTrue();
  }

  @Test
  void acceptsSignatureSurroundedByOptionalWhiteSpace() {
    assertThat(verifyWithSignature(" \t" + validSignature() + " ").isAccepted()).isTrue();
  }

  @Test
  void rejectsMissingSignature() {
    VerificationResult result = RequestDraft.signedSeedTicket().remove(SIGNATURE).verify();

    assertThat(result.rejection().reason()).isEqualTo(RejectionReason.MISSING_SIGNATURE);
    assertThat(result.rejection().message())
        .isEqualTo(
            "signature header Projeqtor-Signature-Sha256 is missing: the sender must sign each"
                + " request");
  }

  @Test
  void rejectsWellFormedSignatureOfAnotherBody() {
    VerificationResult result = verifyWithSignature("sha256=" + "0".repeat(64));

    assertThat(result.rejection().reason()).isEqualTo(RejectionReason.SIGNATURE_MISMATCH);
  }

  @Test
  void rejectsBodyChangedAfterSigning() {
    VerificationResult result =
        RequestDraft.signedSeedTicket().body("{\"id\":10}".getBytes()).verify();

    assertThat(result.rejection().reason()).isEqualTo(RejectionReason.SIGNATURE_MISMATCH);
  }

  @Test
  void rejectsSignatureHeaderSentTwiceEvenWhenBothCopiesAreValid() {
    VerificationResult result =
        RequestDraft.signedSeedTicket().add(SIGNATURE, validSignature()).verify();

    assertThat(result.rejection().reason()).isEqualTo(RejectionReason.DUPLICATE_HEADER);
    assertThat(result.rejection().message()).contains(SIGNATURE, "2 times");
  }

  @Test
  void rejectsSignatureHeaderSentTwiceUnderDifferentCases() {
    VerificationResult result =
        RequestDraft.signedSeedTicket()
            .add(SIGNATURE.toLowerCase(Locale.ROOT), "sha256=" + "0".repeat(64))
            .verify();

    assertThat(result.rejection().reason()).isEqualTo(RejectionReason.DUPLICATE_HEADER);
  }
}
