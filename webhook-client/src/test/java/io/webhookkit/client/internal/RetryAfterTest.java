package io.webhookkit.client.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RetryAfterTest {

  private static final Instant NOW = Instant.parse("1994-11-06T08:48:37Z");

  @Test
  void readsDeltaSeconds() {
    assertThat(RetryAfter.delay("120", NOW)).contains(Duration.ofSeconds(120));
  }

  @Test
  void readsDeltaSecondsAroundOptionalWhitespace() {
    assertThat(RetryAfter.delay(" 7 ", NOW)).contains(Duration.ofSeconds(7));
  }

  @Test
  void readsAnImfFixdateAsTheTimeUntilIt() {
    assertThat(RetryAfter.delay("Sun, 06 Nov 1994 08:49:37 GMT", NOW))
        .contains(Duration.ofSeconds(60));
  }

  @Test
  void readsAnObsoleteRfc850Date() {
    assertThat(RetryAfter.delay("Sunday, 06-Nov-94 08:49:37 GMT", NOW))
        .contains(Duration.ofSeconds(60));
  }

  @Test
  void readsAnObsoleteAsctimeDate() {
    assertThat(RetryAfter.delay("Sun Nov  6 08:49:37 1994", NOW)).contains(Duration.ofSeconds(60));
  }

  @Test
  void aDateInThePastMeansNoWait() {
    assertThat(RetryAfter.delay("Sun, 06 Nov 1994 08:00:00 GMT", NOW)).contains(Duration.ZERO);
  }

  @Test
  void hugeDeltaSecondsBecomeTheLongestDurationForTheCallerToCap() {
    assertThat(RetryAfter.delay("99999999999999999999999", NOW))
        .contains(Duration.ofSeconds(Long.MAX_VALUE));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "   ",
        "-5",
        "1.5",
        "+30",
        "soon",
        "120 seconds",
        "Sun, 06 Nov 1994 08:49:37 PST",
        "Mon, 06 Nov 1994 08:49:37 GMT",
        "Sun, 31 Feb 1994 08:49:37 GMT",
        "0x10"
      })
  void ignoresWhatIsNeitherDeltaSecondsNorAnHttpDate(String value) {
    assertThat(RetryAfter.delay(value, NOW)).isEmpty();
  }

  @Test
  void ignoresAMissingHeader() {
    assertThat(RetryAfter.delay(null, NOW)).isEmpty();
  }
}
