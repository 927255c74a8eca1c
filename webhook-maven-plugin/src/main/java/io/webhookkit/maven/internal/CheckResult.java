package io.webhookkit.maven.internal;

import java.time.Duration;
import java.util.Objects;

/**
 * The outcome of one contract check: a delivery, the variant sent, what the receiver should have
 * answered and what it did.
 *
 * @param delivery the delivery's name, such as {@code Ticket-afterCreate}
 * @param check the variant, such as {@code genuine} or {@code tampered-body}
 * @param expected what the receiver must answer, {@code 2xx} or {@code 4xx}, or {@code valid}
 * @param actual the status received, {@code none} when no response arrived, or {@code valid} or
 *     {@code invalid} for the payload's schema check
 * @param passed whether the answer met the expectation
 * @param detail one line on what happened, never holding a secret
 * @param duration how long the check took
 */
public record CheckResult(
    String delivery,
    String check,
    String expected,
    String actual,
    boolean passed,
    String detail,
    Duration duration) {

  /** Creates a result; refuses null parts. */
  public CheckResult {
    Objects.requireNonNull(delivery, "delivery");
    Objects.requireNonNull(check, "check");
    Objects.requireNonNull(expected, "expected");
    Objects.requireNonNull(actual, "actual");
    Objects.requireNonNull(detail, "detail");
    Objects.requireNonNull(duration, "duration");
  }

  /** Returns the text of an HTTP status, or {@code none} for 0, for {@link #actual()}. */
  static String status(int status) {
    return status == 0 ? "none" : Integer.toString(status);
  }
}
