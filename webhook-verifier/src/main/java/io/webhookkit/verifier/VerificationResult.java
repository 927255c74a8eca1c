package io.webhookkit.verifier;

import java.util.Objects;
import java.util.Optional;

/**
 * The outcome of {@link WebhookVerifier#verify}: either an accepted {@link VerifiedWebhook} or a
 * {@link Rejection}, never both.
 *
 * <p>Asking a result for the side it does not hold is a programming error and throws {@link
 * IllegalStateException}; check {@link #isAccepted()} first or use {@link #acceptedWebhook()}.
 * Results are immutable.
 */
public final class VerificationResult {

  private final VerifiedWebhook webhook;
  private final Rejection rejection;

  private VerificationResult(VerifiedWebhook webhook, Rejection rejection) {
    this.webhook = webhook;
    this.rejection = rejection;
  }

  /**
   * Returns the result of a request that passed every check.
   *
   * @throws NullPointerException if {@code webhook} is null
   */
  public static VerificationResult accepted(VerifiedWebhook webhook) {
    return new VerificationResult(Objects.requireNonNull(webhook, "webhook"), null);
  }

  /**
   * Returns the result of a request that failed a check.
   *
   * @throws NullPointerException if {@code rejection} is null
   */
  public static VerificationResult rejected(Rejection rejection) {
    return new VerificationResult(null, Objects.requireNonNull(rejection, "rejection"));
  }

  /** Returns whether the request passed every check. */
  public boolean isAccepted() {
    return webhook != null;
  }

  /**
   * Returns the verified webhook.
   *
   * @throws IllegalStateException if the request was rejected; the message names the rejection
   */
  public VerifiedWebhook webhook() {
    if (webhook == null) {
      throw new IllegalStateException(
          "the request was rejected, there is no webhook: "
              + rejection.reason()
              + ": "
              + rejection.message());
    }
    return webhook;
  }

  /**
   * Returns why the request was rejected.
   *
   * @throws IllegalStateException if the request was accepted
   */
  public Rejection rejection() {
    if (rejection == null) {
      throw new IllegalStateException("the request was accepted, there is no rejection");
    }
    return rejection;
  }

  /** Returns the verified webhook, or empty when the request was rejected. */
  public Optional<VerifiedWebhook> acceptedWebhook() {
    return Optional.ofNullable(webhook);
  }

  /** Shows the accepted webhook (without payload content) or the rejection. */
  @Override
  public String toString() {
    return isAccepted()
        ? "VerificationResult[accepted " + webhook + "]"
        : "VerificationResult[rejected " + rejection.reason() + ": " + rejection.message() + "]";
  }
}
