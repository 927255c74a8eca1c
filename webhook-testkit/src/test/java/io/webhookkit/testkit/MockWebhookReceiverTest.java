package io.webhookkit.testkit;

import static io.webhookkit.testkit.Fixtures.NOW;
import static io.webhookkit.testkit.Fixtures.receiver;
import static io.webhookkit.testkit.Fixtures.ticketUpdate;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.webhookkit.core.Secret;
import io.webhookkit.verifier.RejectionReason;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class MockWebhookReceiverTest {

  private final MockWebhookReceiver receiver = receiver();

  @AfterEach
  void stop() {
    receiver.close();
  }

  @Test
  void listensOnLoopbackOnly() {
    assertThat(receiver.uri().getHost()).isEqualTo("127.0.0.1");
    assertThat(receiver.url()).endsWith(MockWebhookReceiver.PATH);
  }

  @Test
  void recordsTheExactBytesAndTheVerdict() throws Exception {
    SignedWebhook webhook = ticketUpdate();

    webhook.send(receiver.uri());

    ReceivedDelivery delivery = receiver.deliveries().get(0);
    assertThat(delivery.body()).isEqualTo(webhook.body());
    assertThat(delivery.isVerified()).isTrue();
    assertThat(delivery.arrivedAt()).isEqualTo(NOW);
    assertThat(delivery.index()).isZero();
    assertThat(delivery.target()).isEqualTo(MockWebhookReceiver.PATH);
  }

  @Test
  void recordsAForgeryWithItsRejection() throws Exception {
    ticketUpdate().withSignatureFrom(Secret.of("wrong")).send(receiver.uri());

    assertThat(receiver.deliveries().get(0).verification().rejection().reason())
        .isEqualTo(RejectionReason.SIGNATURE_MISMATCH);
  }

  @Test
  void answersInTheScriptedOrderThenWith200() throws Exception {
    receiver.respondWith(500).times(2).then(202);
    SignedWebhook webhook = ticketUpdate();

    List<Integer> statuses = new java.util.ArrayList<>();
    for (int i = 0; i < 4; i++) {
      statuses.add(webhook.send(receiver.uri()).statusCode());
    }

    assertThat(statuses).containsExactly(500, 500, 202, 200);
  }

  @Test
  void sendsRetryAfterInSeconds() throws Exception {
    receiver.respondWith(429).retryAfter(Duration.ofSeconds(30)).body("slow down");

    var response = ticketUpdate().send(receiver.uri());

    assertThat(response.statusCode()).isEqualTo(429);
    assertThat(response.headers().firstValue("Retry-After")).contains("30");
    assertThat(response.body()).isEqualTo("slow down");
  }

  @Test
  void awaitsADeliveryFromAnotherThread() throws Exception {
    CountDownLatch waiting = new CountDownLatch(1);
    CompletableFuture<Void> sender =
        CompletableFuture.runAsync(
            () -> {
              try {
                waiting.await();
                ticketUpdate().send(receiver.uri());
              } catch (Exception e) {
                throw new IllegalStateException(e);
              }
            });

    waiting.countDown();
    List<ReceivedDelivery> arrived = receiver.awaitDeliveries(1, Duration.ofSeconds(5));

    assertThat(arrived).hasSize(1);
    sender.join();
  }

  @Test
  void awaitingReturnsWhatArrivedWhenTheTimeRunsOut() throws Exception {
    assertThat(receiver.awaitDeliveries(1, Duration.ofMillis(50))).isEmpty();
  }

  @Test
  void resetForgetsDeliveriesAndScript() throws Exception {
    receiver.respondWith(503);
    receiver.reset();

    assertThat(ticketUpdate().send(receiver.uri()).statusCode()).isEqualTo(200);
    receiver.reset();
    assertThat(receiver.deliveries()).isEmpty();
  }

  @Test
  void refusesToStartWithoutASecret() {
    assertThatThrownBy(() -> MockWebhookReceiver.builder().start())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("secret is not set");
  }

  @Test
  void refusesAStatusThatIsNotHttp() {
    assertThatThrownBy(() -> receiver.respondWith(42))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("status is not an HTTP status: 42");
  }

  @Test
  void closingTwiceIsHarmless() {
    receiver.close();
    receiver.close();

    assertThat(receiver.deliveries()).isEmpty();
  }
}
