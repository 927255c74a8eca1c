package io.webhookkit.verifier;

/**
 * Why a request was rejected, with the HTTP status that a receiver should answer with.
 *
 * <p>401 means the request could not be authenticated (credentials, signature, timestamp); 400
 * means it was authenticated but its headers are missing or malformed. The constants are listed in
 * the order in which {@link WebhookVerifier} checks them.
 */
public enum RejectionReason {
  /** The peer, or the client behind a trusted proxy, is not in the source allowlist. */
  FORBIDDEN_SOURCE(403),
  /** The method is not {@code POST}. */
  METHOD_NOT_ALLOWED(405),
  /** The body is longer than the verifier's {@code maxBodyBytes}. */
  PAYLOAD_TOO_LARGE(413),
  /** Basic credentials are required and no {@code Authorization} header was sent. */
  MISSING_CREDENTIALS(401),
  /** The {@code Authorization} header is not Basic, cannot be decoded, or does not match. */
  BAD_CREDENTIALS(401),
  /** A {@code Content-Type} was sent and it is not JSON. */
  UNSUPPORTED_MEDIA_TYPE(415),
  /** No {@code Projeqtor-Signature-Sha256} header was sent. */
  MISSING_SIGNATURE(401),
  /** The signature header is not {@code sha256=<64 hex digits>}. */
  MALFORMED_SIGNATURE(401),
  /** The signature is well formed but is not the HMAC of the body under the secret. */
  SIGNATURE_MISMATCH(401),
  /** No {@code Projeqtor-Timestamp} header was sent. */
  MISSING_TIMESTAMP(401),
  /** The timestamp is not a Unix time in whole seconds. */
  MALFORMED_TIMESTAMP(401),
  /** The timestamp is older than the policy's past tolerance. */
  STALE_TIMESTAMP(401),
  /** The timestamp is further ahead than the policy's future tolerance. */
  FUTURE_TIMESTAMP(401),
  /** No {@code Projeqtor-Event} header was sent. */
  MISSING_EVENT(400),
  /** The event is not one of the known wire names. */
  UNKNOWN_EVENT(400),
  /** No {@code Projeqtor-Class} header was sent. */
  MISSING_ITEM_CLASS(400),
  /** The item class is not a class name. */
  MALFORMED_ITEM_CLASS(400),
  /** No {@code Projeqtor-Delivery} header was sent. */
  MISSING_DELIVERY_ID(400),
  /** The delivery id is not a canonical UUID. */
  MALFORMED_DELIVERY_ID(400),
  /**
   * A security header (signature, timestamp, event, class, delivery, Authorization) was repeated.
   */
  DUPLICATE_HEADER(400),
  /** The delivery id was accepted before, within the timestamp window: a replay. */
  REPLAYED(409),
  /** The replay guard could not answer, so the request was refused rather than risk a replay. */
  REPLAY_CHECK_UNAVAILABLE(503);

  private final int httpStatus;

  RejectionReason(int httpStatus) {
    this.httpStatus = httpStatus;
  }

  /** Returns the HTTP status to answer with. */
  public int httpStatus() {
    return httpStatus;
  }
}
