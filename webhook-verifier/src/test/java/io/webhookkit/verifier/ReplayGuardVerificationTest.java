package io.webhookkit.verifier;

import static org.assertj.core.api.Assertions.assertThat;

import io.webhookkit.core.ProjeqtorHeaders;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Test;

/** An authentic request whose delivery id was already accepted is a replay. */
class ReplayGuardVerificationTest {

  /** Key to the time to live it was recorded with. */
  private final Map<String, Duration> recorded = new ConcurrentHashMap<>();

  private final ReplayGuard guard = (key, ttl) -> recorded.putIfAbsent(key, ttl) == null;

  private final WebhookVerifier verifier =
      RequestDraft.verifierBuilder().replayGuard(guard).build();

  @Test
  void acceptsTheFirstSightingOfADelivery() {
    assertThat(verifier.verify(RequestDraft.signedSeedTicket().build()).isAccepted()).isTrue();
  }

  @Test
  void rejectsTheSecondSightingAsReplayedWith409() {
    verifier.verify(RequestDraft.signedSeedTicket().build());

    VerificationResult second = verifier.verify(RequestDraft.signedSeedTicket().build());

    assertThat(second.rejection().reason()).isEqualTo(RejectionReason.REPLAYED);
    assertThat(second.rejection().httpStatus()).isEqualTo(409);
  }

  @Test
  void recordsTheProfileAndDeliveryIdForTheTimestampWindow() {
    verifier.verify(RequestDraft.signedSeedTicket().build());

    assertThat(recorded)
        .containsExactly(
            Map.entry("projeqtor:" + RequestDraft.DELIVERY_ID, Duration.ofSeconds(300 + 60)));
  }

  @Test
  void neverAsksTheGuardAboutAForgedRequest() {
    verifier.verify(
        RequestDraft.signedSeedTicket()
            .set(ProjeqtorHeaders.SIGNATURE, "sha256=" + "0".repeat(64))
            .build());

    assertThat(recorded).isEmpty();
  }

  @Test
  void rejectsWith503WhenTheGuardFailsWithoutLeakingItsMessage() {
    WebhookVerifier failing =
        RequestDraft.verifierBuilder()
            .replayGuard(
                (key, ttl) -> {
                  throw new ReplayGuardException("redis://admin:hunter2@10.0.0.7 refused", null);
                })
            .build();

    Rejection rejection = failing.verify(RequestDraft.signedSeedTicket().build()).rejection();

    assertThat(rejection.reason()).isEqualTo(RejectionReason.REPLAY_CHECK_UNAVAILABLE);
    assertThat(rejection.httpStatus()).isEqualTo(503);
    assertThat(rejection.message()).doesNotContain("redis", "hunter2", "10.0.0.7");
  }

  @Test
  void rejectsWith503WhenTheGuardThrowsAnyRuntimeException() {
    WebhookVerifier failing =
        RequestDraft.verifierBuilder()
            .replayGuard(
                (key, ttl) -> {
                  throw new IllegalStateException("pool closed");
                })
            .build();

    assertThat(failing.verify(RequestDraft.signedSeedTicket().build()).rejection().reason())
        .isEqualTo(RejectionReason.REPLAY_CHECK_UNAVAILABLE);
  }

  @Test
  void githubDeliveriesAreRememberedForTheReplayWindowOfOneDayByDefault() {
    WebhookVerifier github =
        WebhookVerifier.builder()
            .profile(SignatureProfile.GITHUB)
            .secret(RequestDraft.SECRET)
            .replayGuard(guard)
            .build();

    github.verify(ProfileRequests.github().build());

    assertThat(recorded)
        .containsExactly(
            Map.entry("github:" + ProfileRequests.GITHUB_DELIVERY, Duration.ofHours(24)));
  }

  @Test
  void githubReplayIsRejectedByTheGuard() {
    WebhookVerifier github =
        WebhookVerifier.builder()
            .profile(SignatureProfile.GITHUB)
            .secret(RequestDraft.SECRET)
            .replayGuard(guard)
            .replayWindow(Duration.ofHours(2))
            .build();
    github.verify(ProfileRequests.github().build());

    VerificationResult replay = github.verify(ProfileRequests.github().build());

    assertThat(replay.rejection().reason()).isEqualTo(RejectionReason.REPLAYED);
    assertThat(github.replayWindow()).isEqualTo(Duration.ofHours(2));
  }
}
