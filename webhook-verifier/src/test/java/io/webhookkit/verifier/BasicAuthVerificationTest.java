package io.webhookkit.verifier;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import io.webhookkit.core.BasicCredentials;
import java.util.Base64;
import org.junit.jupiter.api.Test;

/** When Basic credentials are configured, every request must carry exactly those. */
class BasicAuthVerificationTest {

  private static final String AUTHORIZATION = "Authorization";
  private static final BasicCredentials CONFIGURED =
      new BasicCredentials("projeqtor", "pa:ss:w0rd-\u00e9t\u00e9");

  private static VerificationResult verify(RequestDraft draft) {
    return RequestDraft.verifierBuilder().basicAuth(CONFIGURED).build().verify(draft.build());
  }

  private static VerificationResult verifyWithAuthorization(String value) {
    return verify(RequestDraft.signedSeedTicket().set(AUTHORIZATION, value));
  }

  private static String basic(byte[] userColonPassword) {
    return "Basic " + Base64.getEncoder().encodeToString(userColonPassword);
  }

  @Test
  void acceptsMatchingCredentialsWithColonsAndNonAsciiInThePassword() {
    VerificationResult result = verifyWithAuthorization(CONFIGURED.authorizationHeader());

    assertThat(result.isAccepted()).isTrue();
  }

  @Test
  void acceptsSchemeNameInAnyCase() {
    String header = CONFIGURED.authorizationHeader().replace("Basic", "bAsIc");

    assertThat(verifyWithAuthorization(header).isAccepted()).isTrue();
  }

  @Test
  void rejectsWrongPassword() {
    String header = new BasicCredentials("projeqtor", "guess").authorizationHeader();

    assertThat(verifyWithAuthorization(header).rejection().reason())
        .isEqualTo(RejectionReason.BAD_CREDENTIALS);
  }

  @Test
  void rejectsPasswordCutAtItsFirstColon() {
    String header = new BasicCredentials("projeqtor", "pa").authorizationHeader();

    assertThat(verifyWithAuthorization(header).rejection().reason())
        .isEqualTo(RejectionReason.BAD_CREDENTIALS);
  }

  @Test
  void rejectsMissingCredentials() {
    VerificationResult result = verify(RequestDraft.signedSeedTicket());

    assertThat(result.rejection().reason()).isEqualTo(RejectionReason.MISSING_CREDENTIALS);
    assertThat(result.rejection().httpStatus()).isEqualTo(401);
  }

  @Test
  void rejectsCredentialsThatAreNotUtf8() {
    byte[] latin1 =
        "projeqtor:\u00e9t\u00e9".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);

    assertThat(verifyWithAuthorization(basic(latin1)).rejection().reason())
        .isEqualTo(RejectionReason.BAD_CREDENTIALS);
  }

  @Test
  void rejectsGarbageBase64() {
    assertThat(verifyWithAuthorization("Basic !!not*base64@@").rejection().reason())
        .isEqualTo(RejectionReason.BAD_CREDENTIALS);
  }

  @Test
  void rejectsCredentialsWithoutColon() {
    assertThat(verifyWithAuthorization(basic("projeqtor".getBytes(UTF_8))).rejection().reason())
        .isEqualTo(RejectionReason.BAD_CREDENTIALS);
  }

  @Test
  void rejectsOtherAuthenticationSchemes() {
    VerificationResult result = verifyWithAuthorization("Bearer abc.def.ghi");

    assertThat(result.rejection().reason()).isEqualTo(RejectionReason.BAD_CREDENTIALS);
    assertThat(result.rejection().message()).contains("Basic scheme");
  }

  @Test
  void rejectsAuthorizationSentTwice() {
    RequestDraft draft =
        RequestDraft.signedSeedTicket()
            .set(AUTHORIZATION, CONFIGURED.authorizationHeader())
            .add("authorization", CONFIGURED.authorizationHeader());

    assertThat(verify(draft).rejection().reason()).isEqualTo(RejectionReason.DUPLICATE_HEADER);
  }

  @Test
  void checksCredentialsBeforeTheSignature() {
    RequestDraft unsignedWithoutCredentials =
        RequestDraft.signedSeedTicket().remove("Projeqtor-Signature-Sha256");

    assertThat(verify(unsignedWithoutCredentials).rejection().reason())
        .isEqualTo(RejectionReason.MISSING_CREDENTIALS);
  }

  @Test
  void ignoresAuthorizationWhenNoCredentialsAreConfigured() {
    VerificationResult result =
        RequestDraft.signedSeedTicket().set(AUTHORIZATION, "Basic !!garbage").verify();

    assertThat(result.isAccepted()).isTrue();
  }

  @Test
  void neverEchoesReceivedOrConfiguredPassword() {
    String header =
        new BasicCredentials("projeqtor", "pa:ss:w0rd-\u00e9t\u00e9X").authorizationHeader();

    String message = verifyWithAuthorization(header).rejection().message();

    assertThat(message).doesNotContain("pa:ss", "w0rd", header.substring("Basic ".length()));
  }
}
