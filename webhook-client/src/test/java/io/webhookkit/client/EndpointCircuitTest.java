package io.webhookkit.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.webhookkit.client.EndpointCircuit.State;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class EndpointCircuitTest {

  private final MutableClock clock = new MutableClock(TestDeliveries.NOW);
  private final EndpointCircuit circuit =
      EndpointCircuit.builder()
          .failureThreshold(3)
          .openDuration(Duration.ofSeconds(30))
          .maxOpenDuration(Duration.ofSeconds(100))
          .clock(clock)
          .build();

  private void fail(int times) {
    for (int i = 0; i < times; i++) {
      circuit.recordFailure();
    }
  }

  @Test
  void startsClosedAndAllowsAttempts() {
    assertThat(circuit.state()).isEqualTo(State.CLOSED);
    assertThat(circuit.allowsAttempt()).isTrue();
    assertThat(circuit.reopensAt()).isEqualTo(TestDeliveries.NOW);
  }

  @Test
  void staysClosedBelowTheThreshold() {
    fail(2);

    assertThat(circuit.state()).isEqualTo(State.CLOSED);
  }

  @Test
  void aSuccessResetsTheCountOfFailuresInARow() {
    fail(2);
    circuit.recordSuccess();
    fail(2);

    assertThat(circuit.state()).isEqualTo(State.CLOSED);
  }

  @Test
  void opensAtTheThresholdAndRefusesAttempts() {
    fail(3);

    assertThat(circuit.state()).isEqualTo(State.OPEN);
    assertThat(circuit.allowsAttempt()).isFalse();
    assertThat(circuit.reopensAt()).isEqualTo(TestDeliveries.NOW.plusSeconds(30));
  }

  @Test
  void becomesHalfOpenWhenTheOpenDurationHasPassed() {
    fail(3);
    clock.advance(Duration.ofSeconds(30));

    assertThat(circuit.state()).isEqualTo(State.HALF_OPEN);
  }

  @Test
  void halfOpenAllowsExactlyOneProbeAtATime() {
    fail(3);
    clock.advance(Duration.ofSeconds(30));

    assertThat(circuit.allowsAttempt()).isTrue();
    assertThat(circuit.allowsAttempt()).isFalse();
  }

  @Test
  void aSuccessfulProbeClosesTheCircuit() {
    fail(3);
    clock.advance(Duration.ofSeconds(30));
    circuit.allowsAttempt();

    circuit.recordSuccess();

    assertThat(circuit.state()).isEqualTo(State.CLOSED);
    assertThat(circuit.allowsAttempt()).isTrue();
  }

  @Test
  void aFailedProbeReopensForTwiceAsLong() {
    fail(3);
    clock.advance(Duration.ofSeconds(30));
    circuit.allowsAttempt();

    circuit.recordFailure();

    assertThat(circuit.state()).isEqualTo(State.OPEN);
    assertThat(circuit.reopensAt()).isEqualTo(clock.instant().plusSeconds(60));
  }

  @Test
  void theOpenDurationStopsGrowingAtItsMaximum() {
    fail(3);
    for (int probe = 0; probe < 5; probe++) {
      clock.advance(Duration.ofMinutes(10));
      circuit.allowsAttempt();
      circuit.recordFailure();
    }

    assertThat(circuit.reopensAt()).isEqualTo(clock.instant().plusSeconds(100));
  }

  @Test
  void aSuccessResetsTheOpenDuration() {
    fail(3);
    clock.advance(Duration.ofSeconds(30));
    circuit.allowsAttempt();
    circuit.recordFailure();
    clock.advance(Duration.ofSeconds(60));
    circuit.allowsAttempt();
    circuit.recordSuccess();

    fail(3);

    assertThat(circuit.reopensAt()).isEqualTo(clock.instant().plusSeconds(30));
  }

  @Test
  void aFailureOfAnAttemptStartedBeforeOpeningDoesNotExtendTheOpenTime() {
    fail(3);
    clock.advance(Duration.ofSeconds(10));

    circuit.recordFailure();

    assertThat(circuit.reopensAt()).isEqualTo(TestDeliveries.NOW.plusSeconds(30));
  }

  @Test
  void aProbeWhoseResultNeverArrivesFreesItsSlotAfterTheOpenDuration() {
    fail(3);
    clock.advance(Duration.ofSeconds(30));
    circuit.allowsAttempt();

    clock.advance(Duration.ofSeconds(30));

    assertThat(circuit.allowsAttempt()).isTrue();
  }

  @Test
  void reopensAtNamesTheEndOfTheProbeUnderWay() {
    fail(3);
    clock.advance(Duration.ofSeconds(30));
    circuit.allowsAttempt();

    assertThat(circuit.reopensAt()).isEqualTo(clock.instant().plusSeconds(30));
  }

  @Test
  void recordOpensOnFailuresOfTheEndpoint() {
    DeliveryAttempt down = RetryPolicyTest.answered(503);

    for (int i = 0; i < 3; i++) {
      circuit.record(down);
    }

    assertThat(circuit.state()).isEqualTo(State.OPEN);
  }

  @Test
  void recordClosesAHalfOpenCircuitOnAVerdictOfTheReceiver() {
    fail(3);
    clock.advance(Duration.ofSeconds(30));
    circuit.allowsAttempt();

    circuit.record(RetryPolicyTest.answered(401));

    assertThat(circuit.state()).isEqualTo(State.CLOSED);
  }

  @ParameterizedTest
  @ValueSource(ints = {429, 500, 502, 503, 504})
  void countsOverloadAndServerErrorsAsFailures(int status) {
    assertThat(EndpointCircuit.countsAsFailure(RetryPolicyTest.answered(status))).isTrue();
  }

  @ParameterizedTest
  @ValueSource(ints = {200, 204, 302, 400, 401, 404, 408, 410, 413})
  void doesNotCountTheReceiversVerdictsAsFailures(int status) {
    assertThat(EndpointCircuit.countsAsFailure(RetryPolicyTest.answered(status))).isFalse();
  }

  @Test
  void countsTimeoutsAsFailures() {
    DeliveryAttempt attempt = RetryPolicyTest.attempt(AttemptOutcome.TIMED_OUT, 0, null);

    assertThat(EndpointCircuit.countsAsFailure(attempt)).isTrue();
  }

  @Test
  void countsConnectionFailuresAsFailures() {
    DeliveryAttempt attempt = RetryPolicyTest.attempt(AttemptOutcome.CONNECTION_FAILED, 0, null);

    assertThat(EndpointCircuit.countsAsFailure(attempt)).isTrue();
  }

  @Test
  void refusesAThresholdBelowOne() {
    assertThatThrownBy(() -> EndpointCircuit.builder().failureThreshold(0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("failureThreshold < 1: 0");
  }

  @Test
  void refusesAMaxOpenDurationShorterThanTheOpenDuration() {
    EndpointCircuit.Builder builder =
        EndpointCircuit.builder()
            .openDuration(Duration.ofMinutes(5))
            .maxOpenDuration(Duration.ofMinutes(1));

    assertThatThrownBy(builder::build).isInstanceOf(IllegalArgumentException.class);
  }
}
