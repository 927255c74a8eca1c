package io.webhookkit.verifier;

/**
 * Why a request was rejected, with the HTTP status that a receiver should answer with.
 *
 * <p>401 means the request could not be authenticated (credentials, signature, timestamp); 400
 * means its body or headers are missing or malformed. Header names below are those of the {@code
 * projeqtor} profile; other {@link SignatureProfile}s use their own. The constants are listed
 * roughly in the order in which {@link WebhookVerifier} checks them.
 */
public enum RejectionReason {
  /** The peer, or the client behind a trusted proxy, is not in the source allowlist. */
  FORBIDDEN_SOURCE(403),
  /** The method is not {@code POST}. */
  METHOD_NOT_ALLOWED(405),
  /**
   * The body is longer than the verifier's {@code maxBodyBytes}, or inflates to more than its
   * {@code maxDecompressedBytes}.
   */
  PAYLOAD_TOO_LARGE(413),
  /** Basic credentials are required and no {@code Authorization} header was sent. */
  MISSING_CREDENTIALS(401),
  /** The {@code Authorization} header is not Basic, cannot be decoded, or does not match. */
  BAD_CREDENTIALS(401),
  /** A {@code Content-Type} was sent and it is not JSON. */
  UNSUPPORTED_MEDIA_TYPE(415),
  /**
   * The {@code Content-Encoding} is not absent, {@code identity}, {@code gzip} or {@code x-gzip}.
   */
  UNSUPPORTED_CONTENT_ENCODING(415),
  /** The body is declared gzip but is not valid gzip data. */
  MALFORMED_BODY(400),
  /** No signature header ({@code Projeqtor-Signature-Sha256}) was sent. */
  MISSING_SIGNATURE(401),
  /**
   * The signature header is not a list of {@code sha256=<64 hex digits>} (or, for Standard
   * Webhooks, {@code v1,<base64>}) entries, or holds more entries than allowed.
   */
  MALFORMED_SIGNATURE(401),
  /** No signature in the header is the HMAC of the signed bytes under any configured secret. */
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
  /** The event is not one of the known wire names (or, for GitHub, not an event name). */
  UNKNOWN_EVENT(400),
  /** No {@code Projeqtor-Class} header was sent. */
  MISSING_ITEM_CLASS(400),
  /** The item class is not a class name. */
  MALFORMED_ITEM_CLASS(400),
  /** No {@code Projeqtor-Delivery} header was sent. */
  MISSING_DELIVERY_ID(400),
  /** The delivery id is not a canonical UUID (or, outside ProjeQtOr, not a short ASCII token). */
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
