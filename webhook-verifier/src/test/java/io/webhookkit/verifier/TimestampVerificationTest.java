package io.webhookkit.verifier;

import static org.assertj.core.api.Assertions.assertThat;

import io.webhookkit.core.ProjeqtorHeaders;
import io.webhookkit.core.TimestampPolicy;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The timestamp must be whole Unix seconds within the policy's tolerances of the fixed clock. */
class TimestampVerificationTest {

  private static final long NOW = RequestDraft.NOW.getEpochSecond();

  private static VerificationResult verifyWithTimestamp(String value) {
    return RequestDraft.signedSeedTicket().set(ProjeqtorHeaders.TIMESTAMP, value).verify();
  }

  private static RejectionReason reasonFor(String value) {
    return verifyWithTimestamp(value).rejection().reason();
  }

  @Test
  void acceptsTimestampOfNowAndReportsIt() {
    VerificationResult result = verifyWithTimestamp(Long.toString(NOW));

    assertThat(result.webhook().timestamp()).isEqualTo(RequestDraft.NOW);
  }

  @Test
  void acceptsTimestampAtTheEdgeOfThePastTolerance() {
    assertThat(verifyWithTimestamp(Long.toString(NOW - 300)).isAccepted()).isTrue();
  }

  @Test
  void rejectsTimestampOlderThanThePastTolerance() {
    assertThat(reasonFor(Long.toString(NOW - 301))).isEqualTo(RejectionReason.STALE_TIMESTAMP);
  }

  @Test
  void acceptsTimestampAtTheEdgeOfTheFutureTolerance() {
    assertThat(verifyWithTimestamp(Long.toString(NOW + 60)).isAccepted()).isTrue();
  }

  @Test
  void rejectsTimestampThatOverflowsALongAsMalformedAndSaysSo() {
    VerificationResult result = verifyWithTimestamp("9223372036854775808");

    assertThat(result.rejection().reason()).isEqualTo(RejectionReason.MALFORMED_TIMESTAMP);
    assertThat(result.rejection().message()).contains("overflows");
  }

  @Test
  void rejectsTimestampFurtherAheadThanTheFutureTolerance() {
    assertThat(reasonFor(Long.toString(NOW + 61))).isEqualTo(RejectionReason.FUTURE_TIMESTAMP);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "yesterday", "1714564800.5", "1e9", "+1714564800", "0x66322D40"})
  void rejectsNonNumericTimestampAsMalformed(String value) {
    assertThat(reasonFor(value)).isEqualTo(RejectionReason.MALFORMED_TIMESTAMP);
  }

  @Test
  void rejectsNegativeTimestampAsMalformed() {
    assertThat(reasonFor("-1714564800")).isEqualTo(RejectionReason.MALFORMED_TIMESTAMP);
  }

  @Test
  void rejectsTimestampInMillisecondsAsMalformedAndSaysSo() {
    VerificationResult result = verifyWithTimestamp(Long.toString(NOW * 1000));

    assertThat(result.rejection().reason()).isEqualTo(RejectionReason.MALFORMED_TIMESTAMP);
    assertThat(result.rejection().message()).contains("milliseconds");
  }

  @Test
  void rejectsMissingTimestamp() {
    VerificationResult result =
        RequestDraft.signedSeedTicket().remove(ProjeqtorHeaders.TIMESTAMP).verify();

    assertThat(result.rejection().reason()).isEqualTo(RejectionReason.MISSING_TIMESTAMP);
  }

  @Test
  void rejectsTimestampSentTwice() {
    VerificationResult result =
        RequestDraft.signedSeedTicket()
            .add(ProjeqtorHeaders.TIMESTAMP, Long.toString(NOW))
            .verify();

    assertThat(result.rejection().reason()).isEqualTo(RejectionReason.DUPLICATE_HEADER);
  }

  @Test
  void appliesTolerancesOfTheConfiguredPolicy() {
    WebhookVerifier strict =
        RequestDraft.verifierBuilder()
            .timestampPolicy(
                TimestampPolicy.builder().pastTolerance(Duration.ofSeconds(10)).build())
            .build();
    WebhookRequest request =
        RequestDraft.signedSeedTicket()
            .set(ProjeqtorHeaders.TIMESTAMP, Long.toString(NOW - 11))
            .build();

    assertThat(strict.verify(request).rejection().reason())
        .isEqualTo(RejectionReason.STALE_TIMESTAMP);
  }

  @Test
  void builderClockReplacesThePolicyClockWhateverTheOrderOfCalls() {
    Clock muchLater = Clock.fixed(RequestDraft.NOW.plus(Duration.ofDays(1)), ZoneOffset.UTC);
    WebhookVerifier verifier =
        WebhookVerifier.builder()
            .secret(RequestDraft.SECRET)
            .clock(RequestDraft.CLOCK)
            .timestampPolicy(TimestampPolicy.builder().clock(muchLater).build())
            .build();

    assertThat(verifier.timestampPolicy().clock()).isEqualTo(RequestDraft.CLOCK);
    assertThat(verifier.verify(RequestDraft.signedSeedTicket().build()).isAccepted()).isTrue();
  }
}
