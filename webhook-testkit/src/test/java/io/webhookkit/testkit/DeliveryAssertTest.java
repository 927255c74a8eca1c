package io.webhookkit.testkit;

import static io.webhookkit.testkit.Fixtures.NOW;
import static io.webhookkit.testkit.Fixtures.ticketUpdate;
import static io.webhookkit.testkit.WebhookAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.webhookkit.core.BasicCredentials;
import io.webhookkit.core.DeliveryId;
import io.webhookkit.core.Payload;
import io.webhookkit.core.Secret;
import io.webhookkit.core.WebhookEvent;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class DeliveryAssertTest {

  private final MockWebhookReceiver receiver = Fixtures.receiver();
  private final SignedWebhook genuine = ticketUpdate();

  @AfterEach
  void stop() {
    receiver.close();
  }

  @Test
  void aGenuineDeliveryPassesEveryCheck() throws Exception {
    assertThat(receive(genuine.withHeader("Authorization", basic("projeqtor"))))
        .isVerified()
        .hasEvent(WebhookEvent.AFTER_UPDATE)
        .hasItemClass("Ticket")
        .hasDeliveryId(genuine.deliveryId().orElseThrow())
        .hasValidSignature()
        .hasValidSignatureFor(Fixtures.SECRET)
        .hasTimestampWithin(Duration.ZERO)
        .hasBasicAuth("projeqtor")
        .hasHeader("content-type", "application/json")
        .hasBody(genuine.body());
  }

  @Test
  void hasEventNamesTheHeaderAndBothValues() throws Exception {
    ReceivedDelivery delivery = receive(genuine);

    assertThatThrownBy(() -> assertThat(delivery).hasEvent(WebhookEvent.AFTER_DELETE))
        .isInstanceOf(AssertionError.class)
        .hasMessageContainingAll(
            "to have event (Projeqtor-Event):%n  \"afterDelete\"%nbut had:%n  \"afterUpdate\""
                .formatted());
  }

  @Test
  void hasItemClassSaysWhenTheHeaderIsMissing() throws Exception {
    ReceivedDelivery delivery = receive(genuine.withoutHeader("Projeqtor-Class"));

    assertThatThrownBy(() -> assertThat(delivery).hasItemClass("Ticket"))
        .isInstanceOf(AssertionError.class)
        .hasMessageEndingWith("but it has no Projeqtor-Class header");
  }

  @Test
  void hasDeliveryIdShowsTheIdThatArrived() throws Exception {
    ReceivedDelivery delivery = receive(genuine);
    DeliveryId other = DeliveryId.random();

    assertThatThrownBy(() -> assertThat(delivery).hasDeliveryId(other))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining(
            "to have delivery id (Projeqtor-Delivery):%n  \"%s\"".formatted(other))
        .hasMessageContaining("but had:%n  \"%s\"".formatted(genuine.deliveryId().orElseThrow()));
  }

  @Test
  void hasValidSignatureShowsExpectedAndReceivedValuesAndTheBodyDigest() throws Exception {
    SignedWebhook tampered = genuine.withTamperedBody();
    ReceivedDelivery delivery = receive(tampered);
    String expected =
        io.webhookkit.core.WebhookSigner.of(Fixtures.SECRET).sign(tampered.body()).headerValue();

    assertThatThrownBy(() -> assertThat(delivery).hasValidSignature())
        .isInstanceOf(AssertionError.class)
        .hasMessageContainingAll(
            "to carry a valid Projeqtor-Signature-Sha256 signature under the receiver's secret,"
                + " but it does not.",
            "expected:%n  %s%n".formatted(expected),
            "received:%n  %s%n".formatted(genuine.headers().get("Projeqtor-Signature-Sha256")),
            "over a body of %d bytes with SHA-256:%n  %s"
                .formatted(tampered.body().length, Payload.of(tampered.body()).sha256Hex()));
  }

  @Test
  void hasValidSignatureSaysWhenTheHeaderIsMissing() throws Exception {
    ReceivedDelivery delivery = receive(genuine.withoutHeader("Projeqtor-Signature-Sha256"));

    assertThatThrownBy(() -> assertThat(delivery).hasValidSignature())
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("received:%n  no Projeqtor-Signature-Sha256 header".formatted());
  }

  @Test
  void hasValidSignatureForFailsForAnotherSecret() throws Exception {
    ReceivedDelivery delivery = receive(genuine);

    assertThatThrownBy(() -> assertThat(delivery).hasValidSignatureFor(Secret.of("other")))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("signature under the given secret, but it does not.");
  }

  @Test
  void hasTimestampWithinShowsHowFarOffTheStampIs() throws Exception {
    ReceivedDelivery delivery = receive(genuine.withTimestamp(NOW.minusSeconds(3600)));

    assertThatThrownBy(() -> assertThat(delivery).hasTimestampWithin(Duration.ofSeconds(5)))
        .isInstanceOf(AssertionError.class)
        .hasMessageContainingAll(
            "to carry a Projeqtor-Timestamp within 5s of its arrival at:%n  %s".formatted(NOW),
            "but it carries:%n  %s (1h before arrival)".formatted(NOW.minusSeconds(3600)));
  }

  @Test
  void hasBasicAuthFailsWithoutCredentials() throws Exception {
    ReceivedDelivery delivery = receive(genuine);

    assertThatThrownBy(() -> assertThat(delivery).hasBasicAuth("projeqtor"))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("to have Basic user (Authorization):%n  \"projeqtor\"".formatted())
        .hasMessageEndingWith("but it has no Authorization header");
  }

  @Test
  void isRetryOfPassesForTheSameDeliveryStampedAgain() throws Exception {
    ReceivedDelivery first = receive(genuine);
    ReceivedDelivery second = receive(genuine.withTimestamp(NOW.plusSeconds(10)));

    assertThat(second).isRetryOf(first);
  }

  @Test
  void isRetryOfFailsForAnotherDeliveryId() throws Exception {
    ReceivedDelivery first = receive(genuine);
    ReceivedDelivery other = receive(ticketUpdate());

    assertThatThrownBy(() -> assertThat(other).isRetryOf(first))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("(same delivery id, same body bytes), but the delivery ids differ:");
  }

  @Test
  void isRetryOfFailsForAnotherBody() throws Exception {
    ReceivedDelivery first = receive(genuine);
    ReceivedDelivery changed = receive(genuine.withBody("{\"id\":10}"));

    assertThatThrownBy(() -> assertThat(changed).isRetryOf(first))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("but the bodies differ:");
  }

  @Test
  void isVerifiedQuotesTheRejection() throws Exception {
    ReceivedDelivery delivery = receive(genuine.withSignatureFrom(Secret.of("wrong")));

    assertThatThrownBy(() -> assertThat(delivery).isVerified())
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("rejected:%n  SIGNATURE_MISMATCH: signature header".formatted());
  }

  @Test
  void hasBodyComparesLengthsAndDigests() throws Exception {
    ReceivedDelivery delivery = receive(genuine);

    assertThatThrownBy(() -> assertThat(delivery).hasBody(new byte[] {'{', '}'}))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("to have a body of 2 bytes with SHA-256:");
  }

  private ReceivedDelivery receive(SignedWebhook webhook) throws Exception {
    webhook.send(receiver.uri());
    return receiver.deliveries().get(receiver.deliveries().size() - 1);
  }

  private static String basic(String user) {
    return new BasicCredentials(user, "pass").authorizationHeader();
  }
}
