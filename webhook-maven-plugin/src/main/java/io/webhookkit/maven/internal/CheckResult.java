package io.webhookkit.maven.internal;

import java.time.Duration;
import java.util.Objects;

/**
 * The outcome of one contract check: a delivery, the variant sent, what the receiver should have
 * answered and what it did.
 *
 * @param delivery the delivery's name, such as {@code Ticket-afterCreate}
 * @param check the variant, such as {@code genuine} or {@code tampered-body}
 * @param expected what the receiver must answer: {@code 2xx} or {@code 4xx}
 * @param status the status received, or 0 when no response arrived
 * @param passed whether the answer met the expectation
 * @param detail one line on what happened, never holding a secret
 * @param duration how long the check took
 */
public record CheckResult(
    String delivery,
    String check,
    String expected,
    int status,
    boolean passed,
    String detail,
    Duration duration) {

  /** Creates a result; refuses null parts. */
  public CheckResult {
    Objects.requireNonNull(delivery, "delivery");
    Objects.requireNonNull(check, "check");
    Objects.requireNonNull(expected, "expected");
    Objects.requireNonNull(detail, "detail");
    Objects.requireNonNull(duration, "duration");
  }

  /** Returns {@code 200}, or {@code none} when no response arrived. */
  public String actual() {
    return status == 0 ? "none" : Integer.toString(status);
  }
}
