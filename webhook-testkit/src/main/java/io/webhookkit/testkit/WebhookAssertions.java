package io.webhookkit.testkit;

import io.webhookkit.core.Payload;

/**
 * The entry point of the testkit's AssertJ assertions: {@code import static
 * io.webhookkit.testkit.WebhookAssertions.assertThat;} next to AssertJ's own.
 *
 * <pre>{@code
 * assertThat(receiver).receivedExactly(1).first().hasEvent(AFTER_UPDATE).hasValidSignature();
 * }</pre>
 *
 * <p>For soft assertions use {@link SoftWebhookAssertions}, which has the same overloads.
 */
public final class WebhookAssertions {

  private WebhookAssertions() {}

  /** Returns assertions on what {@code receiver} received. */
  public static ReceiverAssert assertThat(MockWebhookReceiver receiver) {
    return new ReceiverAssert(receiver);
  }

  /**
   * Returns assertions on what the receiver of {@code extension} received in the current test.
   *
   * @throws IllegalStateException outside a test
   */
  public static ReceiverAssert assertThat(MockWebhookReceiverExtension extension) {
    return new ReceiverAssert(extension.receiver());
  }

  /** Returns assertions on one recorded delivery. */
  public static DeliveryAssert assertThat(ReceivedDelivery delivery) {
    return new DeliveryAssert(delivery);
  }

  /** Returns JSON assertions on a payload. */
  public static JsonPayloadAssert assertThat(Payload payload) {
    return new JsonPayloadAssert(payload);
  }
}
