package io.webhookkit.core.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.webhookkit.core.Payload;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class PayloadHandoffTest {

  @Test
  void wrapsTheOwnedBytesWithTheirExactContent() {
    byte[] body = "{\"id\":9}".getBytes(StandardCharsets.UTF_8);

    Payload payload = PayloadHandoff.wrapOwned(body);

    assertThat(payload).isEqualTo(Payload.of(body));
    assertThat(payload.bytes()).isNotSameAs(body);
  }

  @Test
  void refusesASecondConstructor() {
    Payload.ofUtf8("{}"); // Payload installs its constructor when it is initialised.

    assertThatThrownBy(() -> PayloadHandoff.install(bytes -> null))
        .isInstanceOf(IllegalStateException.class);
  }
}
