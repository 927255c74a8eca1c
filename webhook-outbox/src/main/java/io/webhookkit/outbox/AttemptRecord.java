package io.webhookkit.outbox;

import io.webhookkit.core.DeliveryId;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * One attempt to deliver an outbox entry, kept as its history: when it started, how long it took,
 * what the receiver answered and which node made it.
 *
 * <p>A record refuses a number below 1, a negative duration, a status code outside 0 to 999, and a
 * blank outcome or node id.
 *
 * @param deliveryId the delivery attempted
 * @param number the attempt's number, 1 for the first; unique per delivery
 * @param startedAt when the attempt started
 * @param duration how long it took
 * @param statusCode the HTTP status answered, or 0 when there was no answer
 * @param outcome the sender's name for the result, such as {@code DELIVERED} or {@code TIMED_OUT}
 * @param error why it failed, or null
 * @param responseExcerpt the start of the receiver's answer, or null
 * @param nodeId the node that made the attempt
 */
public record AttemptRecord(
    DeliveryId deliveryId,
    int number,
    Instant startedAt,
    Duration duration,
    int statusCode,
    String outcome,
    String error,
    String responseExcerpt,
    String nodeId) {

  /**
   * Creates an attempt record.
   *
   * @throws IllegalArgumentException if a value breaks the rules above
   */
  public AttemptRecord {
    Objects.requireNonNull(deliveryId, "deliveryId");
    if (number < 1) {
      throw new IllegalArgumentException("number < 1: " + number);
    }
    Objects.requireNonNull(startedAt, "startedAt");
    Objects.requireNonNull(duration, "duration");
    if (duration.isNegative()) {
      throw new IllegalArgumentException("duration is negative: " + duration);
    }
    if (statusCode < 0 || statusCode > 999) {
      throw new IllegalArgumentException("statusCode is not 0 or an HTTP status: " + statusCode);
    }
    Objects.requireNonNull(outcome, "outcome");
    if (outcome.isBlank()) {
      throw new IllegalArgumentException("outcome is blank: name the result of the attempt");
    }
    Objects.requireNonNull(nodeId, "nodeId");
    if (nodeId.isBlank()) {
      throw new IllegalArgumentException("nodeId is blank: name the node that made the attempt");
    }
  }
}
