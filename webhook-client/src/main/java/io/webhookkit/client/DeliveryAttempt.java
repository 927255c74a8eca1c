package io.webhookkit.client;

import io.webhookkit.client.internal.HumanText;
import io.webhookkit.client.internal.StatusReason;
import io.webhookkit.core.DeliveryId;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * What happened on one attempt to deliver a webhook: when it started, which timestamp it carried,
 * how it ended and what the receiver said. {@link #describe()} puts that on one line for a person.
 *
 * <p>The response excerpt is the start of the response body, decoded as UTF-8 and bounded by the
 * client's excerpt limit; it is empty, never null, when there was no body or no response. Text in
 * this record comes from the network: {@link #describe()} strips control characters from it, the
 * components keep it as received.
 *
 * @param deliveryId the id of the delivery, the same on every attempt
 * @param url the URL the attempt was sent to
 * @param startedAt when the attempt started, by the client's clock
 * @param timestamp the {@code Projeqtor-Timestamp} sent, in Unix seconds
 * @param outcome how the attempt ended
 * @param statusCode the HTTP status, or 0 when no response arrived
 * @param duration how long the attempt took, measured with {@link System#nanoTime()}
 * @param responseExcerpt the start of the response body, never null
 * @param location the {@code Location} header of a redirect, or null
 * @param retryAfter the raw {@code Retry-After} header of the response, or null when absent
 * @param error why the attempt failed without a usable response, or null
 */
public record DeliveryAttempt(
    DeliveryId deliveryId,
    URI url,
    Instant startedAt,
    long timestamp,
    AttemptOutcome outcome,
    int statusCode,
    Duration duration,
    String responseExcerpt,
    String location,
    String retryAfter,
    String error) {

  /** The most characters of the excerpt, location or error that {@link #describe()} shows. */
  private static final int DESCRIBE_LIMIT = 200;

  /**
   * Creates an attempt record.
   *
   * @throws NullPointerException if any component but {@code location}, {@code retryAfter} and
   *     {@code error} is null
   * @throws IllegalArgumentException if {@code statusCode} is neither 0 nor in 100..999, or the
   *     duration is negative
   */
  public DeliveryAttempt {
    Objects.requireNonNull(deliveryId, "deliveryId");
    Objects.requireNonNull(url, "url");
    Objects.requireNonNull(startedAt, "startedAt");
    Objects.requireNonNull(outcome, "outcome");
    Objects.requireNonNull(duration, "duration");
    Objects.requireNonNull(responseExcerpt, "responseExcerpt");
    if (statusCode != 0 && (statusCode < 100 || statusCode > 999)) {
      throw new IllegalArgumentException("statusCode is not 0 or an HTTP status: " + statusCode);
    }
    if (duration.isNegative()) {
      throw new IllegalArgumentException("duration < 0: " + duration);
    }
  }

  /** Returns whether the receiver accepted the delivery with a 2xx status. */
  public boolean isDelivered() {
    return outcome == AttemptOutcome.DELIVERED;
  }

  /**
   * Describes the attempt on one line, for logs and error messages, such as {@code 401 Unauthorized
   * from http://127.0.0.1:8080/hook in 12 ms: {"error":"bad signature"}}.
   */
  public String describe() {
    return switch (outcome) {
      case DELIVERED, REJECTED -> answered();
      case REDIRECTED -> redirected();
      case TIMED_OUT ->
          "timed out after "
              + HumanText.duration(duration)
              + " sending to "
              + url
              + statusSuffix()
              + errorSuffix();
      case CONNECTION_FAILED ->
          "connection failed after "
              + HumanText.duration(duration)
              + " sending to "
              + url
              + statusSuffix()
              + errorSuffix();
    };
  }

  private String answered() {
    String line =
        StatusReason.describe(statusCode) + " from " + url + " in " + HumanText.duration(duration);
    String excerpt = HumanText.oneLine(responseExcerpt, DESCRIBE_LIMIT);
    return excerpt.isEmpty() ? line : line + ": " + excerpt;
  }

  private String redirected() {
    String target =
        location == null
            ? "without a Location header"
            : "to " + HumanText.oneLine(location, DESCRIBE_LIMIT);
    return "redirected (" + statusCode + ") " + target + ": redirects are not followed";
  }

  private String statusSuffix() {
    return statusCode == 0 ? "" : " after status " + statusCode;
  }

  private String errorSuffix() {
    return error == null ? "" : ": " + HumanText.oneLine(error, DESCRIBE_LIMIT);
  }
}
