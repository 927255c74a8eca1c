package io.webhookkit.testkit;

import static io.webhookkit.testkit.internal.ShouldHaveReceived.shouldHaveReceivedAtLeast;
import static io.webhookkit.testkit.internal.ShouldHaveReceived.shouldHaveReceivedExactly;
import static io.webhookkit.testkit.internal.ShouldHaveReceived.shouldHaveReceivedNothing;

import io.webhookkit.core.WebhookEvent;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;
import org.assertj.core.api.AbstractAssert;

/**
 * Assertions on what a {@link MockWebhookReceiver} received; obtain one with {@link
 * WebhookAssertions#assertThat(MockWebhookReceiver)}.
 *
 * <pre>{@code
 * assertThat(receiver).withEvent(AFTER_UPDATE).receivedExactly(1).first().hasValidSignature();
 * assertThat(receiver).within(Duration.ofSeconds(10)).receivedAtLeast(3);
 * assertThat(receiver).receivedNothingFor(Duration.ofMillis(200));
 * }</pre>
 *
 * <p>Counting assertions wait for deliveries that have not arrived yet, up to {@link
 * #DEFAULT_TIMEOUT} or the time set with {@link #within(Duration)}, and return as soon as enough
 * arrived: they never sleep for the whole timeout. Filters ({@link #withEvent}, {@link
 * #withItemClass}) narrow every later assertion of this object. Not thread-safe: use one assertion
 * object per thread.
 */
public class ReceiverAssert extends AbstractAssert<ReceiverAssert, MockWebhookReceiver> {

  /** How long the counting assertions wait unless {@link #within(Duration)} says otherwise. */
  public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(5);

  private Duration timeout = DEFAULT_TIMEOUT;
  private Predicate<ReceivedDelivery> filter = delivery -> true;
  private final List<String> filterText = new ArrayList<>();

  /** Creates assertions on {@code actual}; prefer {@link WebhookAssertions#assertThat}. */
  public ReceiverAssert(MockWebhookReceiver actual) {
    super(actual, ReceiverAssert.class);
  }

  /**
   * Sets how long later assertions wait for deliveries.
   *
   * @throws IllegalArgumentException if {@code timeout} is negative
   */
  public ReceiverAssert within(Duration timeout) {
    Objects.requireNonNull(timeout, "timeout");
    if (timeout.isNegative()) {
      throw new IllegalArgumentException("timeout < 0: " + timeout);
    }
    this.timeout = timeout;
    return myself;
  }

  /** Considers from now on only deliveries whose event header is {@code event}. */
  public ReceiverAssert withEvent(WebhookEvent event) {
    Objects.requireNonNull(event, "event");
    return narrow(
        "with event " + event.wireName(),
        delivery -> delivery.event().filter(event.wireName()::equals).isPresent());
  }

  /** Considers from now on only deliveries whose item class header is {@code itemClass}. */
  public ReceiverAssert withItemClass(String itemClass) {
    Objects.requireNonNull(itemClass, "itemClass");
    return narrow(
        "with item class " + itemClass,
        delivery -> delivery.itemClass().filter(itemClass::equals).isPresent());
  }

  /**
   * Waits until {@code count} matching deliveries have arrived and fails if fewer arrived in time
   * or more have arrived by then. The failure lists every matching delivery.
   *
   * @throws IllegalArgumentException if {@code count} is negative
   */
  public ReceiverAssert receivedExactly(int count) {
    List<ReceivedDelivery> received = await(count, timeout);
    if (received.size() != count) {
      throwAssertionError(
          shouldHaveReceivedExactly(actual.url(), describeFilter(), count, timeout, received));
    }
    return myself;
  }

  /**
   * Waits until at least {@code count} matching deliveries have arrived; fails if fewer arrived in
   * time.
   *
   * @throws IllegalArgumentException if {@code count} is negative
   */
  public ReceiverAssert receivedAtLeast(int count) {
    List<ReceivedDelivery> received = await(count, timeout);
    if (received.size() < count) {
      throwAssertionError(
          shouldHaveReceivedAtLeast(actual.url(), describeFilter(), count, timeout, received));
    }
    return myself;
  }

  /**
   * Watches the receiver for {@code duration} and fails as soon as a matching delivery has arrived
   * (including one that arrived before the call). It returns after {@code duration} when none came,
   * so keep the duration short.
   *
   * @throws IllegalArgumentException if {@code duration} is negative
   */
  public ReceiverAssert receivedNothingFor(Duration duration) {
    Objects.requireNonNull(duration, "duration");
    List<ReceivedDelivery> received = await(1, duration);
    if (!received.isEmpty()) {
      throwAssertionError(
          shouldHaveReceivedNothing(actual.url(), describeFilter(), duration, received));
    }
    return myself;
  }

  /** Waits for the first matching delivery and returns assertions on it. */
  public DeliveryAssert first() {
    return delivery(0);
  }

  /**
   * Waits for the matching delivery at {@code index} (from 0, in arrival order) and returns
   * assertions on it; fails if it did not arrive in time.
   *
   * @throws IllegalArgumentException if {@code index} is negative
   */
  public DeliveryAssert delivery(int index) {
    if (index < 0) {
      throw new IllegalArgumentException("index < 0: " + index);
    }
    receivedAtLeast(index + 1);
    return new DeliveryAssert(await(index + 1, timeout).get(index));
  }

  /** Waits for one matching delivery and returns assertions on the last one arrived so far. */
  public DeliveryAssert last() {
    receivedAtLeast(1);
    List<ReceivedDelivery> received = await(1, timeout);
    return new DeliveryAssert(received.get(received.size() - 1));
  }

  /** Returns the matching deliveries arrived so far, without waiting, in arrival order. */
  public List<ReceivedDelivery> deliveries() {
    isNotNull();
    return actual.deliveries().stream().filter(filter).toList();
  }

  private ReceiverAssert narrow(String text, Predicate<ReceivedDelivery> condition) {
    filter = filter.and(condition);
    filterText.add(text);
    return myself;
  }

  private String describeFilter() {
    return String.join(" and ", filterText);
  }

  private List<ReceivedDelivery> await(int count, Duration wait) {
    isNotNull();
    try {
      return actual.awaitDeliveries(filter, count, wait);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while waiting for deliveries", e);
    }
  }
}
