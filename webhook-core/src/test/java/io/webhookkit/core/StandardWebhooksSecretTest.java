package io.webhookkit.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.Base64;
import org.junit.jupiter.api.Test;

class StandardWebhooksSecretTest {

  private static final String ENCODED = "MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";

  @Test
  void usesTheBase64DecodedBytesAsTheKey() {
    Secret secret = StandardWebhooksSecret.parse("whsec_" + ENCODED);

    assertThat(secret.keyBytes()).isEqualTo(Base64.getDecoder().decode(ENCODED));
  }

  @Test
  void decodesTextWithoutThePrefixAsBase64Too() {
    Secret secret = StandardWebhooksSecret.parse(ENCODED);

    assertThat(secret.keyBytes()).isEqualTo(Base64.getDecoder().decode(ENCODED));
  }

  @Test
  void refusesInvalidBase64WithoutEchoingTheSecret() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> StandardWebhooksSecret.parse("whsec_not*base64!"))
        .withMessageContaining("not a Standard Webhooks secret")
        .withMessageNotContaining("not*base64!");
  }

  @Test
  void refusesAPrefixWithNothingAfterIt() {
    assertThatIllegalArgumentException().isThrownBy(() -> StandardWebhooksSecret.parse("whsec_"));
  }

  @Test
  void refusesBlankText() {
    assertThatIllegalArgumentException().isThrownBy(() -> StandardWebhooksSecret.parse(" "));
  }
}
