package io.webhookkit.verifier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import io.webhookkit.core.ProjeqtorHeaders;
import io.webhookkit.core.Secret;
import io.webhookkit.core.WebhookEvent;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Each profile accepts what its sender writes and rejects it once tampered with. */
class SignatureProfileTest {

  private static final long NOW = RequestDraft.NOW.getEpochSecond();

  private final WebhookVerifier v2 =
      ProfileRequests.verifier(SignatureProfile.PROJEQTOR_V2, RequestDraft.SECRET);
  private final WebhookVerifier github =
      ProfileRequests.verifier(SignatureProfile.GITHUB, RequestDraft.SECRET);
  private final WebhookVerifier standard =
      ProfileRequests.verifier(SignatureProfile.STANDARD_WEBHOOKS, ProfileRequests.STANDARD_SECRET);

  @Test
  void projeqtorIsTheDefaultProfile() {
    assertThat(RequestDraft.verifier().profile()).isEqualTo(SignatureProfile.PROJEQTOR);
  }

  @Test
  void projeqtorV2AcceptsWhatItsSenderWrites() {
    VerifiedWebhook webhook = v2.verify(ProfileRequests.projeqtorV2().build()).webhook();

    assertThat(webhook.profile()).isEqualTo(SignatureProfile.PROJEQTOR_V2);
    assertThat(webhook.webhookEvent()).contains(WebhookEvent.AFTER_UPDATE);
    assertThat(webhook.projeqtorDeliveryId()).contains(RequestDraft.DELIVERY_ID);
  }

  @Test
  void projeqtorV2RejectsAnotherDeliveryIdWithTheSameBody() {
    RequestDraft draft =
        ProfileRequests.projeqtorV2()
            .set(ProjeqtorHeaders.DELIVERY, "11111111-2222-4333-8444-555555555555");

    assertThat(v2.verify(draft.build()).rejection().reason())
        .isEqualTo(RejectionReason.SIGNATURE_MISMATCH);
  }

  @Test
  void projeqtorV2RejectsAFresherTimestampWithTheSameBody() {
    RequestDraft draft =
        ProfileRequests.projeqtorV2().set(ProjeqtorHeaders.TIMESTAMP, Long.toString(NOW + 1));

    assertThat(v2.verify(draft.build()).rejection().reason())
        .isEqualTo(RejectionReason.SIGNATURE_MISMATCH);
  }

  @Test
  void projeqtorV2RejectsAChangedBody() {
    RequestDraft draft = ProfileRequests.projeqtorV2().body("{\"id\":10}".getBytes());

    assertThat(v2.verify(draft.build()).rejection().reason())
        .isEqualTo(RejectionReason.SIGNATURE_MISMATCH);
  }

  @Test
  void projeqtorV2IgnoresTheBodyOnlySignatureHeader() {
    RequestDraft draft = RequestDraft.signedSeedTicket(); // carries Projeqtor-Signature-Sha256 only

    assertThat(v2.verify(draft.build()).rejection().reason())
        .isEqualTo(RejectionReason.MISSING_SIGNATURE);
  }

  @Test
  void projeqtorV2RejectsAMissingDeliveryBeforeComputingTheSignature() {
    RequestDraft draft = ProfileRequests.projeqtorV2().remove(ProjeqtorHeaders.DELIVERY);

    assertThat(v2.verify(draft.build()).rejection().reason())
        .isEqualTo(RejectionReason.MISSING_DELIVERY_ID);
  }

  @Test
  void projeqtorV2SignsTheDeliveryAsSentWhateverItsCase() {
    String upper = RequestDraft.DELIVERY_ID.toString().toUpperCase(Locale.ROOT);
    byte[] body = RequestDraft.resource("seed-ticket.json");
    RequestDraft draft =
        ProfileRequests.projeqtorV2()
            .set(ProjeqtorHeaders.DELIVERY, upper)
            .set(
                ProjeqtorHeaders.SIGNATURE_V2,
                ProfileRequests.signV2(RequestDraft.SECRET, upper, Long.toString(NOW), body));

    assertThat(v2.verify(draft.build()).webhook().deliveryId())
        .isEqualTo(RequestDraft.DELIVERY_ID.toString());
  }

  @Test
  void githubAcceptsWhatGithubSendsWithoutATimestamp() {
    VerifiedWebhook webhook = github.verify(ProfileRequests.github().build()).webhook();

    assertThat(webhook.profile()).isEqualTo(SignatureProfile.GITHUB);
    assertThat(webhook.deliveryId()).isEqualTo(ProfileRequests.GITHUB_DELIVERY);
    assertThat(webhook.event()).isEqualTo("issues");
    assertThat(webhook.timestamp()).isNull();
    assertThat(webhook.itemClassIfAny()).isEmpty();
    assertThat(webhook.webhookEvent()).isEmpty();
  }

  @Test
  void githubRejectsAChangedBody() {
    RequestDraft draft = ProfileRequests.github().body("{\"id\":10}".getBytes());

    assertThat(github.verify(draft.build()).rejection().reason())
        .isEqualTo(RejectionReason.SIGNATURE_MISMATCH);
  }

  @Test
  void githubRejectsAMalformedEventName() {
    RequestDraft draft = ProfileRequests.github().set("X-GitHub-Event", "push\r\nX-Evil: 1");

    assertThat(github.verify(draft.build()).rejection().reason())
        .isEqualTo(RejectionReason.UNKNOWN_EVENT);
  }

  @Test
  void githubRejectsAMissingDeliveryId() {
    RequestDraft draft = ProfileRequests.github().remove("X-GitHub-Delivery");

    assertThat(github.verify(draft.build()).rejection().reason())
        .isEqualTo(RejectionReason.MISSING_DELIVERY_ID);
  }

  @Test
  void standardWebhooksAcceptsWhatItsSenderWrites() {
    VerifiedWebhook webhook = standard.verify(ProfileRequests.standardWebhooks().build()).webhook();

    assertThat(webhook.profile()).isEqualTo(SignatureProfile.STANDARD_WEBHOOKS);
    assertThat(webhook.deliveryId()).isEqualTo(ProfileRequests.MESSAGE_ID);
    assertThat(webhook.timestamp()).isEqualTo(RequestDraft.NOW);
    assertThat(webhook.event()).isNull();
    assertThat(webhook.projeqtorDeliveryId()).isEmpty();
  }

  @Test
  void standardWebhooksRejectsAnotherMessageIdWithTheSameBody() {
    RequestDraft draft = ProfileRequests.standardWebhooks().set("webhook-id", "msg_other");

    assertThat(standard.verify(draft.build()).rejection().reason())
        .isEqualTo(RejectionReason.SIGNATURE_MISMATCH);
  }

  @Test
  void standardWebhooksRefusesADotInTheMessageIdWhichWouldMakeTheSignedBytesAmbiguous() {
    RequestDraft draft = ProfileRequests.standardWebhooks("msg.1700000000");

    assertThat(standard.verify(draft.build()).rejection().reason())
        .isEqualTo(RejectionReason.MALFORMED_DELIVERY_ID);
  }

  @Test
  void standardWebhooksRejectsAChangedBody() {
    RequestDraft draft = ProfileRequests.standardWebhooks().body("{\"id\":10}".getBytes());

    assertThat(standard.verify(draft.build()).rejection().reason())
        .isEqualTo(RejectionReason.SIGNATURE_MISMATCH);
  }

  @Test
  void standardWebhooksSkipsEntriesOfOtherVersions() {
    RequestDraft draft = ProfileRequests.standardWebhooks();
    String signature = draft.build().headers().first("webhook-signature").orElseThrow();

    draft.set("webhook-signature", "v1a,c29tZSBrZXk= " + signature);

    assertThat(standard.verify(draft.build()).isAccepted()).isTrue();
  }

  @Test
  void standardWebhooksRejectsAHeaderWithoutAnyV1Entry() {
    RequestDraft draft = ProfileRequests.standardWebhooks().set("webhook-signature", "v2,abc=");

    VerificationResult result = standard.verify(draft.build());

    assertThat(result.rejection().reason()).isEqualTo(RejectionReason.MALFORMED_SIGNATURE);
    assertThat(result.rejection().message()).contains("no v1 entry");
  }

  @Test
  void standardWebhooksRejectsAStaleTimestamp() {
    RequestDraft draft = ProfileRequests.standardWebhooks();
    WebhookVerifier later =
        WebhookVerifier.builder()
            .profile(SignatureProfile.STANDARD_WEBHOOKS)
            .secret(ProfileRequests.STANDARD_SECRET)
            .clock(java.time.Clock.offset(RequestDraft.CLOCK, java.time.Duration.ofMinutes(6)))
            .build();

    assertThat(later.verify(draft.build()).rejection().reason())
        .isEqualTo(RejectionReason.STALE_TIMESTAMP);
  }

  @Test
  void standardWebhooksRefusesASecretStillInItsTextForm() {
    assertThatIllegalArgumentException()
        .isThrownBy(
            () ->
                WebhookVerifier.builder()
                    .profile(SignatureProfile.STANDARD_WEBHOOKS)
                    .secret(Secret.of(ProfileRequests.WHSEC))
                    .build())
        .withMessageContaining("StandardWebhooksSecret.parse")
        .withMessageNotContaining(ProfileRequests.WHSEC);
  }
}
