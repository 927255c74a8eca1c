package io.webhookkit.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class WebhookClientBuilderTest {

  @Test
  void defaultsAreFiveTenTenThirtySecondsAndA1024ByteExcerpt() {
    try (WebhookClient client = WebhookClient.create()) {
      assertThat(client.toString())
          .startsWith(
              "WebhookClient[connectTimeout=PT5S, readTimeout=PT10S, callTimeout=PT30S,"
                  + " responseExcerptLimit=1024, userAgent=webhookkit");
    }
  }

  @Test
  void refusesANegativeConnectTimeout() {
    assertThatThrownBy(() -> WebhookClient.builder().connectTimeout(Duration.ofMillis(-1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("connectTimeout < 0: PT-0.001S");
  }

  @Test
  void refusesANegativeReadTimeout() {
    assertThatThrownBy(() -> WebhookClient.builder().readTimeout(Duration.ofSeconds(-1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("readTimeout < 0: PT-1S");
  }

  @Test
  void refusesANegativeWriteTimeout() {
    assertThatThrownBy(() -> WebhookClient.builder().writeTimeout(Duration.ofSeconds(-1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("writeTimeout < 0: PT-1S");
  }

  @Test
  void refusesANegativeCallTimeout() {
    assertThatThrownBy(() -> WebhookClient.builder().callTimeout(Duration.ofSeconds(-1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("callTimeout < 0: PT-1S");
  }

  @Test
  void refusesATimeoutThatOkHttpCannotHold() {
    assertThatThrownBy(() -> WebhookClient.builder().readTimeout(Duration.ofNanos(1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("readTimeout < 1 ms");
    assertThatThrownBy(() -> WebhookClient.builder().readTimeout(Duration.ofDays(30)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("readTimeout > 2147483647 ms");
  }

  @Test
  void acceptsZeroAsNoTimeout() {
    try (WebhookClient client = WebhookClient.builder().callTimeout(Duration.ZERO).build()) {
      assertThat(client.toString()).contains("callTimeout=PT0S");
    }
  }

  @Test
  void refusesANegativeExcerptLimit() {
    assertThatThrownBy(() -> WebhookClient.builder().responseExcerptLimit(-1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("responseExcerptLimit < 0: -1");
  }

  @Test
  void refusesAUserAgentThatAHeaderCannotCarry() {
    assertThatThrownBy(() -> WebhookClient.builder().userAgent("sender\r\nX-Injected: 1"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("not printable ASCII");
  }

  @Test
  void refusesANullClock() {
    assertThatThrownBy(() -> WebhookClient.builder().clock(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("clock");
  }
}
