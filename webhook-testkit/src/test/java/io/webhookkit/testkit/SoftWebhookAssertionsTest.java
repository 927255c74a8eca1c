package io.webhookkit.testkit;

import static io.webhookkit.testkit.Fixtures.ticketUpdate;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.webhookkit.core.Payload;
import io.webhookkit.core.WebhookEvent;
import java.time.Duration;
import org.assertj.core.api.junit.jupiter.InjectSoftAssertions;
import org.assertj.core.api.junit.jupiter.SoftAssertionsExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(SoftAssertionsExtension.class)
class SoftWebhookAssertionsTest {

  private final MockWebhookReceiver receiver = Fixtures.receiver();

  @InjectSoftAssertions private SoftWebhookAssertions injected;

  @AfterEach
  void stop() {
    receiver.close();
  }

  @Test
  void collectsEveryFailureBeforeReporting() throws Exception {
    ticketUpdate().withTamperedBody().send(receiver.uri());
    ReceivedDelivery delivery = receiver.deliveries().get(0);
    SoftWebhookAssertions softly = new SoftWebhookAssertions();

    softly.assertThat(delivery).hasEvent(WebhookEvent.AFTER_CREATE).hasItemClass("Project");
    softly.assertThat(delivery).hasValidSignature();
    softly.assertThat(delivery.payload()).hasField("id", 10);
    softly.assertThat(receiver).within(Duration.ofMillis(50)).receivedExactly(2);

    assertThat(softly.errorsCollected()).hasSize(5);
    assertThatThrownBy(softly::assertAll)
        .isInstanceOf(AssertionError.class)
        .hasMessageContainingAll(
            "Multiple Failures (5 failures)",
            "\"afterCreate\"",
            "\"Project\"",
            "to carry a valid Projeqtor-Signature-Sha256 signature",
            "\"id\"",
            "to receive exactly:");
  }

  @Test
  void passingSoftAssertionsCollectNothing() throws Exception {
    ticketUpdate().send(receiver.uri());

    injected.assertThat(receiver).receivedExactly(1);
    injected.assertThat(receiver.deliveries().get(0)).hasValidSignature().isVerified();
    injected.assertThat(Payload.ofUtf8("{\"id\":9}")).hasField("id", 9);

    assertThat(injected.errorsCollected()).isEmpty();
  }
}
