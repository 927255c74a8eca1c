package io.webhookkit.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class DeliveryAttemptTest {

  private static final URI URL = URI.create("http://127.0.0.1:8080/hook");

  private static DeliveryAttempt attempt(
      AttemptOutcome outcome,
      int status,
      Duration duration,
      String excerpt,
      String location,
      String error) {
    return new DeliveryAttempt(
        TestDeliveries.ID,
        URL,
        TestDeliveries.NOW,
        TestDeliveries.NOW_SECONDS,
        outcome,
        status,
        duration,
        excerpt,
        location,
        null,
        error);
  }

  @Test
  void describesARejectionWithStatusUrlDurationAndExcerpt() {
    DeliveryAttempt attempt =
        attempt(
            AttemptOutcome.REJECTED,
            401,
            Duration.ofMillis(12),
            "{\"error\":\"bad signature\"}",
            null,
            null);

    assertThat(attempt.describe())
        .isEqualTo(
            "401 Unauthorized from http://127.0.0.1:8080/hook in 12 ms:"
                + " {\"error\":\"bad signature\"}");
  }

  @Test
  void describesADeliveryWithoutBodyWithoutTrailingColon() {
    DeliveryAttempt attempt =
        attempt(AttemptOutcome.DELIVERED, 204, Duration.ofMillis(3), "", null, null);

    assertThat(attempt.describe())
        .isEqualTo("204 No Content from http://127.0.0.1:8080/hook in 3 ms");
  }

  @Test
  void describesARedirectByItsLocation() {
    DeliveryAttempt attempt =
        attempt(AttemptOutcome.REDIRECTED, 302, Duration.ofMillis(5), "", "https://x/y", null);

    assertThat(attempt.describe())
        .isEqualTo("redirected (302) to https://x/y: redirects are not followed");
  }

  @Test
  void describesATimeoutWithItsDurationInSeconds() {
    DeliveryAttempt attempt =
        attempt(
            AttemptOutcome.TIMED_OUT,
            0,
            Duration.ofSeconds(10),
            "",
            null,
            "no connection within the connect timeout of 10 s");

    assertThat(attempt.describe())
        .isEqualTo(
            "timed out after 10 s sending to http://127.0.0.1:8080/hook:"
                + " no connection within the connect timeout of 10 s");
  }

  @Test
  void describeKeepsAHostileExcerptOnOneBoundedLine() {
    String hostile = "line one\r\nFAKE LOG LINE\u001b[31m" + "x".repeat(5000);
    DeliveryAttempt attempt =
        attempt(AttemptOutcome.REJECTED, 500, Duration.ofMillis(1), hostile, null, null);

    assertThat(attempt.describe())
        .doesNotContain("\n", "\r", "\u001b")
        .hasSizeLessThan(400)
        .endsWith("…");
  }

  @Test
  void refusesANullExcerpt() {
    assertThatThrownBy(
            () -> attempt(AttemptOutcome.DELIVERED, 200, Duration.ZERO, null, null, null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("responseExcerpt");
  }
}
