package io.webhookkit.testkit;

import static io.webhookkit.testkit.internal.ShouldBeRetryOf.shouldBeRetryOf;
import static io.webhookkit.testkit.internal.ShouldBeVerified.shouldBeVerified;
import static io.webhookkit.testkit.internal.ShouldHaveHeaderValue.shouldHaveHeaderValue;
import static io.webhookkit.testkit.internal.ShouldHaveTimestampWithin.shouldHaveTimestampWithin;
import static io.webhookkit.testkit.internal.ShouldHaveValidSignature.shouldHaveValidSignature;

import io.webhookkit.core.BasicCredentials;
import io.webhookkit.core.DeliveryId;
import io.webhookkit.core.Payload;
import io.webhookkit.core.Secret;
import io.webhookkit.core.WebhookEvent;
import io.webhookkit.testkit.internal.ExpectedSignatures;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.assertj.core.api.AbstractAssert;

/**
 * Assertions on one {@link ReceivedDelivery}; obtain one with {@link
 * WebhookAssertions#assertThat(ReceivedDelivery)} or from a {@link ReceiverAssert}.
 *
 * <pre>{@code
 * assertThat(delivery)
 *     .hasEvent(WebhookEvent.AFTER_UPDATE)
 *     .hasItemClass("Ticket")
 *     .hasValidSignature()
 *     .hasTimestampWithin(Duration.ofSeconds(5))
 *     .payload()
 *     .hasField("WorkElement.plannedWork", 12);
 * }</pre>
 *
 * <p>Headers are those of the receiver's {@link io.webhookkit.verifier.SignatureProfile}. Failure
 * messages describe the delivery on one line (never its body or credentials) and put each expected
 * and actual value on its own indented line.
 */
public class DeliveryAssert extends AbstractAssert<DeliveryAssert, ReceivedDelivery> {

  /** Creates assertions on {@code actual}; prefer {@link WebhookAssertions#assertThat}. */
  public DeliveryAssert(ReceivedDelivery actual) {
    super(actual, DeliveryAssert.class);
  }

  /** Verifies that the receiver's verifier accepted the delivery; the failure names the reason. */
  public DeliveryAssert isVerified() {
    isNotNull();
    if (!actual.isVerified()) {
      throwAssertionError(shouldBeVerified(actual));
    }
    return myself;
  }

  /** Verifies that the event header is {@code event}. */
  public DeliveryAssert hasEvent(WebhookEvent event) {
    Objects.requireNonNull(event, "event");
    isNotNull();
    String header = actual.profile().eventHeader().orElse("event header");
    return expectHeader("event", header, event.wireName(), actual.event());
  }

  /** Verifies that the item class header is {@code itemClass}. */
  public DeliveryAssert hasItemClass(String itemClass) {
    Objects.requireNonNull(itemClass, "itemClass");
    isNotNull();
    String header = actual.profile().itemClassHeader().orElse("item class header");
    return expectHeader("item class", header, itemClass, actual.itemClass());
  }

  /** Verifies that the delivery header is {@code deliveryId}, compared without regard to case. */
  public DeliveryAssert hasDeliveryId(String deliveryId) {
    Objects.requireNonNull(deliveryId, "deliveryId");
    isNotNull();
    Optional<String> received = actual.deliveryId();
    if (received.filter(deliveryId::equalsIgnoreCase).isEmpty()) {
      throwAssertionError(
          shouldHaveHeaderValue(
              actual, "delivery id", actual.profile().deliveryHeader(), deliveryId, received));
    }
    return myself;
  }

  /** Verifies that the delivery header is {@code deliveryId}. */
  public DeliveryAssert hasDeliveryId(DeliveryId deliveryId) {
    return hasDeliveryId(deliveryId.toString());
  }

  /** Verifies that the header {@code name} (any case) has the value {@code value}, trimmed. */
  public DeliveryAssert hasHeader(String name, String value) {
    Objects.requireNonNull(value, "value");
    isNotNull();
    return expectHeader("header", name, value, actual.header(name));
  }

  /**
   * Verifies that the signature header holds the signature of the delivery under one of the
   * receiver's secrets. The failure shows the expected and received values, and the body's length
   * and SHA-256.
   */
  public DeliveryAssert hasValidSignature() {
    isNotNull();
    List<String> expected = actual.expectedSignatures();
    if (!holdsAny(expected)) {
      int secrets = expected.size();
      throwAssertionError(
          shouldHaveValidSignature(
              actual, secrets == 1 ? "the receiver's secret" : "the receiver's secrets", expected));
    }
    return myself;
  }

  /**
   * Verifies that the signature header holds the signature of the delivery under {@code secret}.
   */
  public DeliveryAssert hasValidSignatureFor(Secret secret) {
    Objects.requireNonNull(secret, "secret");
    isNotNull();
    List<String> expected =
        ExpectedSignatures.of(actual.profile(), secret, actual.headers(), actual.body())
            .map(List::of)
            .orElse(List.of());
    if (!holdsAny(expected)) {
      throwAssertionError(shouldHaveValidSignature(actual, "the given secret", expected));
    }
    return myself;
  }

  /**
   * Verifies that the timestamp header is at most {@code tolerance} before or after the arrival, by
   * the receiver's clock.
   *
   * @throws IllegalArgumentException if {@code tolerance} is negative
   */
  public DeliveryAssert hasTimestampWithin(Duration tolerance) {
    Objects.requireNonNull(tolerance, "tolerance");
    if (tolerance.isNegative()) {
      throw new IllegalArgumentException("tolerance < 0: " + tolerance);
    }
    isNotNull();
    String header = actual.profile().timestampHeader().orElse("timestamp header");
    boolean within =
        actual
            .timestamp()
            .filter(
                stamp ->
                    Duration.between(stamp, actual.arrivedAt()).abs().compareTo(tolerance) <= 0)
            .isPresent();
    if (!within) {
      throwAssertionError(shouldHaveTimestampWithin(actual, header, tolerance));
    }
    return myself;
  }

  /** Verifies that the request carries valid Basic credentials of user {@code username}. */
  public DeliveryAssert hasBasicAuth(String username) {
    Objects.requireNonNull(username, "username");
    isNotNull();
    Optional<String> received = actual.basicAuth().map(BasicCredentials::username);
    if (received.filter(username::equals).isEmpty()) {
      throwAssertionError(
          shouldHaveHeaderValue(actual, "Basic user", "Authorization", username, received));
    }
    return myself;
  }

  /** Verifies that the body is exactly {@code bytes}; the failure compares lengths and digests. */
  public DeliveryAssert hasBody(byte[] bytes) {
    Objects.requireNonNull(bytes, "bytes");
    isNotNull();
    byte[] body = actual.body();
    if (!Arrays.equals(body, bytes)) {
      failWithMessage(
          "%nExpecting delivery:%n  %s%nto have a body of %s bytes with SHA-256:%n  %s%n"
              + "but it has %s bytes with SHA-256:%n  %s",
          actual.describe(),
          bytes.length,
          Payload.of(bytes).sha256Hex(),
          body.length,
          actual.payload().sha256Hex());
    }
    return myself;
  }

  /**
   * Verifies that this delivery is another attempt of {@code original}: a different request with
   * the same delivery id and the same body bytes.
   */
  public DeliveryAssert isRetryOf(ReceivedDelivery original) {
    Objects.requireNonNull(original, "original");
    isNotNull();
    String why = null;
    if (actual.index() == original.index()) {
      why = "it is the same request";
    } else if (actual.deliveryId().isEmpty()
        || !actual.deliveryId().get().equalsIgnoreCase(original.deliveryId().orElse(""))) {
      why =
          "the delivery ids differ:"
              + System.lineSeparator()
              + "  "
              + actual.deliveryId().orElse("none")
              + System.lineSeparator()
              + "  "
              + original.deliveryId().orElse("none");
    } else if (!Arrays.equals(actual.body(), original.body())) {
      why = "the bodies differ: " + actual.describe() + " vs " + original.describe();
    }
    if (why != null) {
      throwAssertionError(shouldBeRetryOf(actual, original, why));
    }
    return myself;
  }

  /** Returns JSON assertions on the body. */
  public JsonPayloadAssert payload() {
    isNotNull();
    return new JsonPayloadAssert(actual.payload());
  }

  private boolean holdsAny(List<String> expected) {
    String received = actual.signature().orElse(null);
    return expected.stream()
        .anyMatch(value -> ExpectedSignatures.holds(actual.profile(), received, value));
  }

  private DeliveryAssert expectHeader(
      String what, String header, String expected, Optional<String> received) {
    if (received.filter(expected::equals).isEmpty()) {
      throwAssertionError(shouldHaveHeaderValue(actual, what, header, expected, received));
    }
    return myself;
  }
}
