package io.webhookkit.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.webhookkit.client.RetryDecision.Action;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class RetryPolicyTest {

  private static final Instant FIRST = TestDeliveries.NOW;
  private static final Instant NOW = FIRST.plusSeconds(5);

  /** A policy without jitter, so that each delay is exact. */
  private static final RetryPolicy EXACT = RetryPolicy.builder().jitter(0).build();

  static DeliveryAttempt attempt(AttemptOutcome outcome, int status, String retryAfter) {
    return new DeliveryAttempt(
        TestDeliveries.ID,
        URI.create("https://hooks.example/in"),
        FIRST,
        TestDeliveries.NOW_SECONDS,
        outcome,
        status,
        Duration.ofMillis(12),
        "",
        outcome == AttemptOutcome.REDIRECTED ? "https://elsewhere.example/in" : null,
        retryAfter,
        null);
  }

  static DeliveryAttempt answered(int status) {
    AttemptOutcome outcome =
        status < 300
            ? AttemptOutcome.DELIVERED
            : status < 400 ? AttemptOutcome.REDIRECTED : AttemptOutcome.REJECTED;
    return attempt(outcome, status, null);
  }

  static Stream<Arguments> responseClasses() {
    return Stream.of(
        Arguments.of("200", answered(200), Action.DELIVERED),
        Arguments.of("204", answered(204), Action.DELIVERED),
        Arguments.of("301", answered(301), Action.DEAD_LETTER),
        Arguments.of("302", answered(302), Action.DEAD_LETTER),
        Arguments.of("400", answered(400), Action.DEAD_LETTER),
        Arguments.of("401", answered(401), Action.DEAD_LETTER),
        Arguments.of("404", answered(404), Action.DEAD_LETTER),
        Arguments.of("408", answered(408), Action.RETRY),
        Arguments.of("409", answered(409), Action.DEAD_LETTER),
        Arguments.of("410", answered(410), Action.DISABLE_SUBSCRIPTION),
        Arguments.of("413", answered(413), Action.DEAD_LETTER),
        Arguments.of("429", answered(429), Action.RETRY),
        Arguments.of("500", answered(500), Action.RETRY),
        Arguments.of("502", answered(502), Action.RETRY),
        Arguments.of("503", answered(503), Action.RETRY),
        Arguments.of("504", answered(504), Action.RETRY),
        Arguments.of("timeout", attempt(AttemptOutcome.TIMED_OUT, 0, null), Action.RETRY),
        Arguments.of(
            "connection failure",
            attempt(AttemptOutcome.CONNECTION_FAILED, 0, null),
            Action.RETRY));
  }

  @ParameterizedTest(name = "{0} -> {2}")
  @MethodSource("responseClasses")
  void decidesByResponseClass(String name, DeliveryAttempt attempt, Action expected) {
    RetryDecision decision = EXACT.decide(attempt, 1, FIRST, NOW);

    assertThat(decision.action()).isEqualTo(expected);
    assertThat(decision.nextAttemptAt() != null).isEqualTo(expected == Action.RETRY);
    assertThat(decision.reason()).doesNotContain("\n").isNotBlank();
  }

  @Test
  void aRedirectIsDeadLetteredNamingItsLocation() {
    RetryDecision decision = EXACT.decide(answered(302), 1, FIRST, NOW);

    assertThat(decision.reason()).contains("https://elsewhere.example/in", "not followed");
  }

  @Test
  void theFirstRetryWaitsTheInitialDelay() {
    RetryDecision decision = EXACT.decide(answered(503), 1, FIRST, NOW);

    assertThat(decision.nextAttemptAt()).isEqualTo(NOW.plusSeconds(10));
  }

  @Test
  void delaysGrowByTheMultiplier() {
    RetryDecision decision = EXACT.decide(answered(503), 4, FIRST, NOW);

    assertThat(decision.nextAttemptAt()).isEqualTo(NOW.plusSeconds(80));
  }

  @Test
  void delaysStopGrowingAtMaxDelay() {
    RetryPolicy policy =
        RetryPolicy.builder().jitter(0).maxAttempts(100).maxAge(Duration.ofDays(30)).build();

    RetryDecision decision = policy.decide(answered(503), 60, FIRST, NOW);

    assertThat(decision.nextAttemptAt()).isEqualTo(NOW.plus(Duration.ofHours(1)));
  }

  @Test
  void jitterNeverShortensADelayByMoreThanItsFraction() {
    RetryPolicy policy = RetryPolicy.builder().jitter(0.2).randomness(() -> 1.0).build();

    RetryDecision decision = policy.decide(answered(503), 1, FIRST, NOW);

    assertThat(decision.nextAttemptAt()).isEqualTo(NOW.plusSeconds(8));
  }

  @Test
  void jitterNeverLengthensADelay() {
    RetryPolicy policy = RetryPolicy.builder().jitter(0.2).randomness(() -> 0.0).build();

    RetryDecision decision = policy.decide(answered(503), 1, FIRST, NOW);

    assertThat(decision.nextAttemptAt()).isEqualTo(NOW.plusSeconds(10));
  }

  @Test
  void jitterScalesWithTheRandomValue() {
    RetryPolicy policy = RetryPolicy.builder().jitter(0.2).randomness(() -> 0.5).build();

    RetryDecision decision = policy.decide(answered(503), 1, FIRST, NOW);

    assertThat(decision.nextAttemptAt()).isEqualTo(NOW.plusSeconds(9));
  }

  @Test
  void anExplicitScheduleReplacesTheExponentialDelays() {
    RetryPolicy policy =
        RetryPolicy.builder()
            .jitter(0)
            .schedule(List.of(Duration.ofSeconds(1), Duration.ofMinutes(5)))
            .build();

    RetryDecision decision = policy.decide(answered(503), 2, FIRST, NOW);

    assertThat(decision.nextAttemptAt()).isEqualTo(NOW.plus(Duration.ofMinutes(5)));
  }

  @Test
  void aDeliveryIsDeadLetteredWhenTheScheduleRunsOut() {
    RetryPolicy policy = RetryPolicy.builder().schedule(List.of(Duration.ofSeconds(1))).build();

    RetryDecision decision = policy.decide(answered(503), 2, FIRST, NOW);

    assertThat(decision.action()).isEqualTo(Action.DEAD_LETTER);
    assertThat(decision.reason()).contains("retry schedule has 1 delays");
  }

  @Test
  void aDeliveryIsDeadLetteredWhenMaxAttemptsAreUsedUp() {
    RetryDecision decision = EXACT.decide(answered(503), 10, FIRST, NOW);

    assertThat(decision.action()).isEqualTo(Action.DEAD_LETTER);
    assertThat(decision.reason()).contains("gave up after 10 attempts (maxAttempts 10)");
  }

  @Test
  void aRetryThatWouldPassMaxAgeIsDeadLettered() {
    Instant now = FIRST.plus(Duration.ofHours(24)).minusSeconds(5);

    RetryDecision decision = EXACT.decide(answered(503), 3, FIRST, now);

    assertThat(decision.action()).isEqualTo(Action.DEAD_LETTER);
    assertThat(decision.reason()).contains("maxAge 86400 s");
  }

  @Test
  void aRetryExactlyAtMaxAgeIsStillScheduled() {
    Instant now = FIRST.plus(Duration.ofHours(24)).minusSeconds(40);

    RetryDecision decision = EXACT.decide(answered(503), 3, FIRST, now);

    assertThat(decision.nextAttemptAt()).isEqualTo(FIRST.plus(Duration.ofHours(24)));
  }

  @Test
  void retryAfterSecondsReplaceTheComputedDelay() {
    RetryDecision decision =
        EXACT.decide(attempt(AttemptOutcome.REJECTED, 429, "120"), 1, FIRST, NOW);

    assertThat(decision.nextAttemptAt()).isEqualTo(NOW.plusSeconds(120));
    assertThat(decision.reason()).contains("Retry-After");
  }

  @Test
  void retryAfterDateIsHonoured() {
    String date = "Mon, 06 May 2024 07:18:14 GMT"; // NOW is 07:08:14.750

    RetryDecision decision =
        EXACT.decide(attempt(AttemptOutcome.REJECTED, 503, date), 1, FIRST, NOW);

    assertThat(decision.nextAttemptAt()).isEqualTo(Instant.parse("2024-05-06T07:18:14Z"));
  }

  @Test
  void retryAfterInThePastRetriesNow() {
    String date = "Mon, 06 May 2024 06:00:00 GMT";

    RetryDecision decision =
        EXACT.decide(attempt(AttemptOutcome.REJECTED, 503, date), 1, FIRST, NOW);

    assertThat(decision.nextAttemptAt()).isEqualTo(NOW);
  }

  @Test
  void retryAfterIsCappedAtRetryAfterCap() {
    RetryDecision decision =
        EXACT.decide(attempt(AttemptOutcome.REJECTED, 503, "999999999"), 1, FIRST, NOW);

    assertThat(decision.nextAttemptAt()).isEqualTo(NOW.plus(Duration.ofHours(1)));
  }

  @Test
  void garbageRetryAfterFallsBackToTheComputedDelay() {
    RetryDecision decision =
        EXACT.decide(attempt(AttemptOutcome.REJECTED, 503, "soon-ish"), 1, FIRST, NOW);

    assertThat(decision.nextAttemptAt()).isEqualTo(NOW.plusSeconds(10));
  }

  @Test
  void retryAfterOnARejectionThatIsNotRetriedChangesNothing() {
    RetryDecision decision =
        EXACT.decide(attempt(AttemptOutcome.REJECTED, 400, "5"), 1, FIRST, NOW);

    assertThat(decision.action()).isEqualTo(Action.DEAD_LETTER);
  }

  @Test
  void refusesFewerThanOneAttemptSoFar() {
    assertThatThrownBy(() -> EXACT.decide(answered(503), 0, FIRST, NOW))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("attemptsSoFar < 1: 0");
  }

  @Test
  void refusesANowBeforeTheFirstAttempt() {
    assertThatThrownBy(() -> EXACT.decide(answered(503), 1, NOW, FIRST))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void refusesJitterAboveOne() {
    assertThatThrownBy(() -> RetryPolicy.builder().jitter(1.5))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("jitter is not within 0..1: 1.5");
  }

  @Test
  void refusesAMultiplierBelowOne() {
    assertThatThrownBy(() -> RetryPolicy.builder().multiplier(0.5))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void refusesZeroMaxAttempts() {
    assertThatThrownBy(() -> RetryPolicy.builder().maxAttempts(0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("maxAttempts < 1: 0");
  }

  @Test
  void refusesAnEmptySchedule() {
    assertThatThrownBy(() -> RetryPolicy.builder().schedule(List.of()))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
