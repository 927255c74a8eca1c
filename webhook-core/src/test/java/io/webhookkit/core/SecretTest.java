package io.webhookkit.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SecretTest {

  @ParameterizedTest
  @ValueSource(strings = {"", " ", "\t\n"})
  void refusesABlankSecret(String text) {
    assertThatThrownBy(() -> Secret.of(text))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("secret is empty");
  }

  @Test
  void refusesANullSecret() {
    assertThatThrownBy(() -> Secret.of(null)).isInstanceOf(IllegalArgumentException.class);
  }

  @ParameterizedTest
  @ValueSource(strings = {"${env:WEBHOOK_SECRET}", "${WEBHOOK_SECRET}", "prefix-${file:/x}"})
  void refusesAnUnresolvedReference(String text) {
    assertThatThrownBy(() -> Secret.of(text))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("unresolved reference")
        .hasMessageNotContaining(text);
  }

  @Test
  void neverPrintsItsValue() {
    Secret secret = Secret.of("hunter2-very-secret");

    assertThat(secret.toString()).doesNotContain("hunter2").isEqualTo("Secret[redacted]");
  }

  @Test
  void keepsItsKeyFromOutsideChanges() {
    byte[] key = {1, 2, 3};
    Secret secret = Secret.ofBytes(key);
    key[0] = 9;

    assertThat(secret.keyBytes()).containsExactly(1, 2, 3);
  }
}
