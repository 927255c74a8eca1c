package io.webhookkit.verifier;

import static org.assertj.core.api.Assertions.assertThat;

import io.webhookkit.core.ProjeqtorHeaders;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Method, body size and content type are checked before anything is signed or parsed. */
class RequestEnvelopeTest {

  private static final String CONTENT_TYPE = ProjeqtorHeaders.CONTENT_TYPE;

  @Test
  void rejectsGetWith405() {
    VerificationResult result = RequestDraft.signedSeedTicket().method("GET").verify();

    assertThat(result.rejection().reason()).isEqualTo(RejectionReason.METHOD_NOT_ALLOWED);
    assertThat(result.rejection().httpStatus()).isEqualTo(405);
  }

  @Test
  void rejectsLowerCasePostSinceMethodsAreCaseSensitive() {
    VerificationResult result = RequestDraft.signedSeedTicket().method("post").verify();

    assertThat(result.rejection().reason()).isEqualTo(RejectionReason.METHOD_NOT_ALLOWED);
  }

  @Test
  void rejectsMissingMethod() {
    VerificationResult result = RequestDraft.signedSeedTicket().method(null).verify();

    assertThat(result.rejection().reason()).isEqualTo(RejectionReason.METHOD_NOT_ALLOWED);
  }

  @Test
  void rejectsBodyOverTheLimitWith413() {
    byte[] body = new byte[101];
    WebhookRequest request = RequestDraft.signed(body).build();

    VerificationResult result =
        RequestDraft.verifierBuilder().maxBodyBytes(100).build().verify(request);

    assertThat(result.rejection().reason()).isEqualTo(RejectionReason.PAYLOAD_TOO_LARGE);
    assertThat(result.rejection().httpStatus()).isEqualTo(413);
  }

  @Test
  void acceptsBodyOfExactlyTheLimit() {
    byte[] body = new byte[100];
    WebhookRequest request = RequestDraft.signed(body).build();

    VerificationResult result =
        RequestDraft.verifierBuilder().maxBodyBytes(100).build().verify(request);

    assertThat(result.isAccepted()).isTrue();
  }

  @Test
  void rejectsBodyOverTheDefaultLimitOfOneMebibyte() {
    WebhookRequest request = RequestDraft.signed(new byte[1_048_577]).build();

    assertThat(RequestDraft.verifier().verify(request).rejection().reason())
        .isEqualTo(RejectionReason.PAYLOAD_TOO_LARGE);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "text/plain",
        "application/x-www-form-urlencoded",
        "text/json",
        "application/jsonp",
        "application/+json",
        ""
      })
  void rejectsContentTypeThatIsNotJsonWith415(String contentType) {
    VerificationResult result =
        RequestDraft.signedSeedTicket().set(CONTENT_TYPE, contentType).verify();

    assertThat(result.rejection().reason()).isEqualTo(RejectionReason.UNSUPPORTED_MEDIA_TYPE);
    assertThat(result.rejection().httpStatus()).isEqualTo(415);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "application/json",
        "Application/JSON",
        "application/json; charset=utf-8",
        "application/json;charset=UTF-8",
        " application/json ",
        "application/vnd.projeqtor.ticket+json"
      })
  void acceptsJsonContentTypes(String contentType) {
    VerificationResult result =
        RequestDraft.signedSeedTicket().set(CONTENT_TYPE, contentType).verify();

    assertThat(result.isAccepted()).isTrue();
  }

  @Test
  void toleratesMissingContentType() {
    VerificationResult result = RequestDraft.signedSeedTicket().remove(CONTENT_TYPE).verify();

    assertThat(result.isAccepted()).isTrue();
  }

  @Test
  void checksTheMethodFirst() {
    WebhookRequest request = new WebhookRequest("PUT", null, new byte[2_000_000], null);

    assertThat(RequestDraft.verifier().verify(request).rejection().reason())
        .isEqualTo(RejectionReason.METHOD_NOT_ALLOWED);
  }

  @Test
  void checksContentTypeBeforeTheSignature() {
    VerificationResult result =
        RequestDraft.signedSeedTicket()
            .set(CONTENT_TYPE, "text/plain")
            .remove(ProjeqtorHeaders.SIGNATURE)
            .verify();

    assertThat(result.rejection().reason()).isEqualTo(RejectionReason.UNSUPPORTED_MEDIA_TYPE);
  }
}
