package io.webhookkit.verifier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import io.webhookkit.core.BasicCredentials;
import io.webhookkit.core.TimestampPolicy;
import org.junit.jupiter.api.Test;

class WebhookVerifierBuilderTest {

  @Test
  void refusesToBuildWithoutSecret() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> WebhookVerifier.builder().build())
        .withMessageContaining("secret is not set");
  }

  @Test
  void refusesBodyLimitBelowOne() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> WebhookVerifier.builder().maxBodyBytes(0))
        .withMessage("maxBodyBytes < 1: 0");
  }

  @Test
  void defaultsToOneMebibyteAndTheDefaultTimestampPolicy() {
    WebhookVerifier verifier = WebhookVerifier.builder().secret(RequestDraft.SECRET).build();

    assertThat(verifier.maxBodyBytes()).isEqualTo(1_048_576);
    assertThat(verifier.timestampPolicy().pastTolerance())
        .isEqualTo(TimestampPolicy.defaults().pastTolerance());
    assertThat(verifier.requiresBasicAuth()).isFalse();
  }

  @Test
  void clockKeepsTheTolerancesOfTheConfiguredPolicy() {
    TimestampPolicy policy =
        TimestampPolicy.builder().pastTolerance(java.time.Duration.ofSeconds(42)).build();

    WebhookVerifier verifier =
        RequestDraft.verifierBuilder().timestampPolicy(policy).clock(RequestDraft.CLOCK).build();

    assertThat(verifier.timestampPolicy().pastTolerance()).hasSeconds(42);
    assertThat(verifier.timestampPolicy().clock()).isEqualTo(RequestDraft.CLOCK);
  }

  @Test
  void refusesNullVerificationRequestAsProgrammingError() {
    assertThatNullPointerException().isThrownBy(() -> RequestDraft.verifier().verify(null));
  }

  @Test
  void showsOptionsButNeverTheSecretOrPassword() {
    WebhookVerifier verifier =
        RequestDraft.verifierBuilder().basicAuth(new BasicCredentials("u", "hunter2")).build();

    assertThat(verifier.toString())
        .contains("basicAuth=true")
        .doesNotContain(RequestDraft.SECRET_TEXT, "hunter2");
  }
}
