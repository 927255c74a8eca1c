package io.webhookkit.testkit;

import io.webhookkit.core.Payload;
import org.assertj.core.api.AbstractSoftAssertions;

/**
 * Soft assertions on webhooks: every failure is collected and reported together by {@link
 * #assertAll()}, or by AssertJ's {@code SoftAssertionsExtension} with
 * {@code @InjectSoftAssertions}.
 *
 * <pre>{@code
 * SoftWebhookAssertions softly = new SoftWebhookAssertions();
 * softly.assertThat(delivery).hasEvent(AFTER_UPDATE).hasItemClass("Ticket");
 * softly.assertThat(delivery.payload()).hasField("id", 9);
 * softly.assertAll();
 * }</pre>
 *
 * <p>The assertion methods of each object are soft; navigation is not: a failure inside {@code
 * first()}, {@code delivery(i)} or {@code payload()}, and any assertion on the object they return,
 * is thrown at once. Start a soft chain from the delivery or payload itself instead, as above.
 */
public class SoftWebhookAssertions extends AbstractSoftAssertions {

  /** Creates an empty collector of failures. */
  public SoftWebhookAssertions() {}

  /** Returns soft assertions on what {@code receiver} received. */
  public ReceiverAssert assertThat(MockWebhookReceiver receiver) {
    return proxy(ReceiverAssert.class, MockWebhookReceiver.class, receiver);
  }

  /** Returns soft assertions on one recorded delivery. */
  public DeliveryAssert assertThat(ReceivedDelivery delivery) {
    return proxy(DeliveryAssert.class, ReceivedDelivery.class, delivery);
  }

  /** Returns soft JSON assertions on a payload. */
  public JsonPayloadAssert assertThat(Payload payload) {
    return proxy(JsonPayloadAssert.class, Payload.class, payload);
  }
}
