package io.webhookkit.verifier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;

import com.standardwebhooks.Webhook;
import io.webhookkit.core.Payload;
import io.webhookkit.core.StandardWebhooksSigner;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Cross-checks the {@code standard-webhooks} profile with the specification's reference Java
 * library ({@code com.standardwebhooks:standardwebhooks}, test scope only), both ways.
 */
class StandardWebhooksCrossCheckTest {

  private static final String BODY = "{\"type\":\"ticket.updated\",\"data\":{\"id\":9}}";

  @Test
  void acceptsWhatTheReferenceLibrarySigns() throws Exception {
    long timestamp = RequestDraft.NOW.getEpochSecond();
    String signature =
        new Webhook(ProfileRequests.WHSEC).sign(ProfileRequests.MESSAGE_ID, timestamp, BODY);
    WebhookRequest request =
        WebhookRequest.builder()
            .header("webhook-id", ProfileRequests.MESSAGE_ID)
            .header("webhook-timestamp", Long.toString(timestamp))
            .header("webhook-signature", signature)
            .body(BODY.getBytes(StandardCharsets.UTF_8))
            .build();

    VerificationResult result =
        ProfileRequests.verifier(
                SignatureProfile.STANDARD_WEBHOOKS, ProfileRequests.STANDARD_SECRET)
            .verify(request);

    assertThat(result.isAccepted()).isTrue();
  }

  @Test
  void theReferenceLibraryAcceptsWhatWeSign() {
    // The library reads the system clock and allows 5 minutes, so this one test signs "now".
    Instant now = Clock.systemUTC().instant();
    Map<String, String> headers =
        StandardWebhooksSigner.of(ProfileRequests.STANDARD_SECRET)
            .headers(ProfileRequests.MESSAGE_ID, now, Payload.ofUtf8(BODY));
    Map<String, List<String>> received =
        headers.entrySet().stream()
            .collect(Collectors.toMap(Map.Entry::getKey, entry -> List.of(entry.getValue())));

    assertThatNoException()
        .isThrownBy(() -> new Webhook(ProfileRequests.WHSEC).verify(BODY, received));
  }

  @Test
  void theReferenceLibraryRejectsWhatWeSignWithAnotherSecret() {
    Instant now = Clock.systemUTC().instant();
    Map<String, String> headers =
        StandardWebhooksSigner.of(RequestDraft.SECRET)
            .headers(ProfileRequests.MESSAGE_ID, now, Payload.ofUtf8(BODY));
    Map<String, List<String>> received =
        headers.entrySet().stream()
            .collect(Collectors.toMap(Map.Entry::getKey, entry -> List.of(entry.getValue())));

    org.assertj.core.api.Assertions.assertThatThrownBy(
            () -> new Webhook(ProfileRequests.WHSEC).verify(BODY, received))
        .isInstanceOf(com.standardwebhooks.exceptions.WebhookVerificationException.class);
  }
}
