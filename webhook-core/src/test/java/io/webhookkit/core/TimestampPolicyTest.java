package io.webhookkit.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TimestampPolicyTest {

  private static final Instant NOW = Instant.parse("2026-12-04T10:00:00Z");
  private static final long NOW_SECONDS = NOW.getEpochSecond();

  private final TimestampPolicy policy =
      TimestampPolicy.builder().clock(Clock.fixed(NOW, ZoneOffset.UTC)).build();

  @Test
  void acceptsTheCurrentSecond() {
    TimestampCheck check = policy.check(Long.toString(NOW_SECONDS));

    assertThat(check.outcome()).isEqualTo(TimestampCheck.Outcome.FRESH);
    assertThat(check.timestamp()).isEqualTo(NOW);
  }

  @Test
  void acceptsATimestampExactlyAtThePastTolerance() {
    assertThat(policy.check(Long.toString(NOW_SECONDS - 300)).isFresh()).isTrue();
  }

  @Test
  void rejectsATimestampOneSecondPastTheTolerance() {
    TimestampCheck check = policy.check(Long.toString(NOW_SECONDS - 301));

    assertThat(check.outcome()).isEqualTo(TimestampCheck.Outcome.STALE);
    assertThat(check.message()).contains("301 s old", "300 s allowed");
  }

  @Test
  void acceptsASmallClockSkewIntoTheFuture() {
    assertThat(policy.check(Long.toString(NOW_SECONDS + 60)).isFresh()).isTrue();
  }

  @Test
  void rejectsATimestampTooFarInTheFuture() {
    TimestampCheck check = policy.check(Long.toString(NOW_SECONDS + 61));

    assertThat(check.outcome()).isEqualTo(TimestampCheck.Outcome.FUTURE);
    assertThat(check.message()).contains("61 s in the future");
  }

  @Test
  void countsWholeSecondsWhateverTheFractionOfTheClock() {
    TimestampPolicy late =
        TimestampPolicy.builder().clock(Clock.fixed(NOW.plusMillis(900), ZoneOffset.UTC)).build();

    assertThat(late.check(Long.toString(NOW_SECONDS + 60)).isFresh()).isTrue();
    assertThat(late.check(Long.toString(NOW_SECONDS + 61)).message())
        .contains("61 s in the future");
  }

  @Test
  void pastAndFutureTolerancesAreSeparate() {
    TimestampPolicy strict =
        TimestampPolicy.builder()
            .clock(Clock.fixed(NOW, ZoneOffset.UTC))
            .pastTolerance(Duration.ofSeconds(10))
            .futureTolerance(Duration.ZERO)
            .build();

    assertThat(strict.check(Long.toString(NOW_SECONDS - 10)).isFresh()).isTrue();
    assertThat(strict.check(Long.toString(NOW_SECONDS + 1)).outcome())
        .isEqualTo(TimestampCheck.Outcome.FUTURE);
  }

  @Test
  void reportsAMissingTimestamp() {
    assertThat(policy.check((String) null).outcome()).isEqualTo(TimestampCheck.Outcome.MISSING);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "abc", "17e8", "1.5", "+1700000000", "0x10", "\uff11\uff12", "1 2"})
  void rejectsValuesThatAreNotUnixSeconds(String value) {
    TimestampCheck check = policy.check(value);

    assertThat(check.outcome()).isEqualTo(TimestampCheck.Outcome.MALFORMED);
    assertThat(check.timestamp()).isNull();
  }

  @Test
  void ignoresSpacesAndTabsAroundTheValueOnly() {
    assertThat(policy.check(" \t" + NOW_SECONDS + " ").isFresh()).isTrue();
    assertThat(policy.check("\u2003" + NOW_SECONDS).outcome())
        .isEqualTo(TimestampCheck.Outcome.MALFORMED);
  }

  @Test
  void rejectsANegativeTimestampSayingSo() {
    assertThat(policy.check("-5").message()).contains("negative");
  }

  @Test
  void rejectsAnOverflowingTimestamp() {
    assertThat(policy.check("9999999999999999999").message()).contains("overflows");
  }

  @Test
  void rejectsMillisecondsSayingSo() {
    TimestampCheck check = policy.check(Long.toString(NOW.toEpochMilli()));

    assertThat(check.outcome()).isEqualTo(TimestampCheck.Outcome.MALFORMED);
    assertThat(check.message()).contains("milliseconds");
  }

  @Test
  void refusesANegativeTolerance() {
    assertThatThrownBy(() -> TimestampPolicy.builder().pastTolerance(Duration.ofSeconds(-1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("pastTolerance < 0");
  }
}
