package io.webhookkit.verifier;

import java.util.Objects;

/**
 * Why a request was rejected: a reason code for programs and a one-line message for people.
 *
 * <p>The messages that {@link WebhookVerifier} writes say what is wrong and what the sender should
 * do. They never hold the secret, the expected signature or the received credentials, and any
 * received text they echo is cut short and stripped of control characters, so they are safe to log
 * and to send back to the sender in a response body.
 */
public record Rejection(RejectionReason reason, String message) {

  /**
   * Creates a rejection.
   *
   * @throws NullPointerException if either component is null
   */
  public Rejection {
    Objects.requireNonNull(reason, "reason");
    Objects.requireNonNull(message, "message");
  }

  /** Returns the HTTP status to answer with, that of the reason. */
  public int httpStatus() {
    return reason.httpStatus();
  }
}
