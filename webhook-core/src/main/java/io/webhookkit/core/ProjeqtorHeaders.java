package io.webhookkit.core;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The header names of the {@code projeqtor} wire profile, as specified in {@code docs/PROTOCOL.md}.
 * Header names are compared without regard to case; these are the spellings that a sender writes.
 */
public final class ProjeqtorHeaders {

  /** {@code sha256=<64 hex>}: HMAC-SHA256 of the raw body. */
  public static final String SIGNATURE = "Projeqtor-Signature-Sha256";

  /**
   * {@code sha256=<64 hex>}: HMAC-SHA256 of {@code <delivery>.<timestamp>.<body>}, the signature of
   * the {@code projeqtor-v2} profile.
   */
  public static final String SIGNATURE_V2 = "Projeqtor-Signature-V2";

  /** The event: {@code afterCreate}, {@code afterUpdate} or {@code afterDelete}. */
  public static final String EVENT = "Projeqtor-Event";

  /** The item class, such as {@code Ticket}. */
  public static final String ITEM_CLASS = "Projeqtor-Class";

  /** The Unix time in seconds of the attempt. */
  public static final String TIMESTAMP = "Projeqtor-Timestamp";

  /** The delivery id, a UUID that every attempt of one delivery repeats. */
  public static final String DELIVERY = "Projeqtor-Delivery";

  /** The media type of the body. */
  public static final String JSON_CONTENT_TYPE = "application/json";

  /** The name of the content type header. */
  public static final String CONTENT_TYPE = "Content-Type";

  private ProjeqtorHeaders() {}

  /**
   * Returns the headers of one attempt of {@code delivery}, signed by {@code signer} and stamped
   * with {@code timestamp} (truncated to whole seconds), in the order a sender writes them: content
   * type, event, item class, delivery id, timestamp, signature. The map is unmodifiable.
   */
  public static Map<String, String> forAttempt(
      Delivery delivery, WebhookSigner signer, Instant timestamp) {
    Objects.requireNonNull(delivery, "delivery");
    Objects.requireNonNull(signer, "signer");
    Objects.requireNonNull(timestamp, "timestamp");
    Map<String, String> headers = new LinkedHashMap<>();
    headers.put(CONTENT_TYPE, JSON_CONTENT_TYPE);
    headers.put(EVENT, delivery.event().wireName());
    headers.put(ITEM_CLASS, delivery.itemClass().name());
    headers.put(DELIVERY, delivery.id().toString());
    headers.put(TIMESTAMP, Long.toString(timestamp.getEpochSecond()));
    headers.put(SIGNATURE, signer.sign(delivery.payload()).headerValue());
    return Collections.unmodifiableMap(headers);
  }
}
