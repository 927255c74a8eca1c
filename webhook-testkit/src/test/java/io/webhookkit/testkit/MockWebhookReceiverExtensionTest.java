package io.webhookkit.testkit;

import static io.webhookkit.testkit.WebhookAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.webhookkit.core.Secret;
import io.webhookkit.core.WebhookEvent;
import io.webhookkit.verifier.SignatureProfile;
import java.time.Instant;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;

class MockWebhookReceiverExtensionTest {

  private static SignedWebhook update(String secret) {
    return SignedWebhook.sign(
        WebhookEvent.AFTER_UPDATE, "Ticket", "{\"id\":9}", Secret.of(secret), Instant.now());
  }

  /** Two tests in order: the second must not see the first one's delivery or script. */
  @Nested
  @TestMethodOrder(MethodOrderer.OrderAnnotation.class)
  class Registered {

    @RegisterExtension
    static MockWebhookReceiverExtension receiver =
        MockWebhookReceiverExtension.withSecret("registered-secret");

    @Test
    @Order(1)
    void receivesInTheFirstTest() throws Exception {
      receiver.respondWith(503).times(5);

      assertThat(update("registered-secret").send(receiver.uri()).statusCode()).isEqualTo(503);
      assertThat(receiver).receivedExactly(1).first().isVerified();
    }

    @Test
    @Order(2)
    void startsTheNextTestAfresh() throws Exception {
      assertThat(receiver.receiver().deliveries()).isEmpty();
      assertThat(update("registered-secret").send(receiver.uri()).statusCode()).isEqualTo(200);
    }

    @Test
    void injectsTheSameReceiverIntoParameters(MockWebhookReceiver injected) {
      assertThat(injected).isSameAs(receiver.receiver());
    }
  }

  @Nested
  @WebhookReceiverTest(secret = "annotated-secret")
  class Annotated {

    private final MockWebhookReceiver fromConstructor;
    private MockWebhookReceiver fromField;

    Annotated(MockWebhookReceiver fromConstructor) {
      this.fromConstructor = fromConstructor;
    }

    @Test
    void injectsOneReceiverIntoConstructorFieldAndParameter(MockWebhookReceiver parameter)
        throws Exception {
      update("annotated-secret").send(parameter.uri());

      assertThat(fromConstructor).isSameAs(parameter);
      assertThat(fromField).isSameAs(parameter);
      assertThat(parameter).receivedExactly(1).first().hasValidSignature();
    }

    @Test
    @WebhookReceiverTest(secret = "method-secret", profile = SignatureProfile.GITHUB)
    void aMethodAnnotationWinsOverTheClass(MockWebhookReceiver receiver) {
      assertThat(receiver.profile()).isEqualTo(SignatureProfile.GITHUB);
    }
  }

  @Test
  void receiverOutsideATestSaysWhere() {
    assertThatThrownBy(() -> MockWebhookReceiverExtension.withSecret("s").receiver())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("inside a test");
  }
}
