package io.webhookkit.verifier;

import static org.assertj.core.api.Assertions.assertThat;

import io.webhookkit.core.BasicCredentials;
import io.webhookkit.core.Secret;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Holds the usage example of the module README, so that it keeps compiling and working. */
class ReadmeExampleTest {

  /** The README example: what a receiver's request handler does, returning the HTTP status. */
  static int handle(
      String method,
      Map<String, List<String>> headers,
      byte[] body,
      String secretText,
      Clock clock) {
    WebhookVerifier verifier =
        WebhookVerifier.builder()
            .secret(Secret.of(secretText))
            .basicAuth(new BasicCredentials("projeqtor", "s3cret")) // optional
            .clock(clock) // optional, the system clock by default
            .build();

    VerificationResult result =
        verifier.verify(new WebhookRequest(method, ReceivedHeaders.of(headers), body, null));
    if (!result.isAccepted()) {
      return result.rejection().httpStatus(); // and log result.rejection().message()
    }
    VerifiedWebhook webhook = result.webhook(); // event, itemClass, deliveryId, payload bytes
    return 204; // then hand the webhook to the application, ideally after answering
  }

  private static Map<String, List<String>> headersOf(WebhookRequest request) {
    return Map.copyOf(
        request.headers().names().stream()
            .collect(java.util.stream.Collectors.toMap(name -> name, request.headers()::all)));
  }

  @Test
  void exampleAcceptsASignedRequestWithCredentials() {
    WebhookRequest signed =
        RequestDraft.signedSeedTicket()
            .set("Authorization", new BasicCredentials("projeqtor", "s3cret").authorizationHeader())
            .build();

    int status =
        handle(
            "POST", headersOf(signed), signed.body(), RequestDraft.SECRET_TEXT, RequestDraft.CLOCK);

    assertThat(status).isEqualTo(204);
  }

  @Test
  void exampleAnswersTheStatusOfTheRejection() {
    WebhookRequest signed = RequestDraft.signedSeedTicket().build();

    int status =
        handle(
            "POST", headersOf(signed), signed.body(), RequestDraft.SECRET_TEXT, RequestDraft.CLOCK);

    assertThat(status).isEqualTo(401);
  }
}
