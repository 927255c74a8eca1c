package io.webhookkit.core;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Signs a message as the Standard Webhooks specification (https://www.standardwebhooks.com)
 * describes: {@code webhook-signature: v1,<base64 of HMAC-SHA256 of "<id>.<timestamp>.<body>">}.
 *
 * <p>Build the secret with {@link StandardWebhooksSecret#parse(String)}, which decodes {@code
 * whsec_...} to the key bytes. A signer is immutable and safe to share between threads.
 */
public final class StandardWebhooksSigner {

  /** The header that carries the message id. */
  public static final String ID = "webhook-id";

  /** The header that carries the Unix time of the attempt, in seconds. */
  public static final String TIMESTAMP = "webhook-timestamp";

  /** The header that carries the space-separated {@code v1,<base64>} signatures. */
  public static final String SIGNATURE = "webhook-signature";

  /** The version prefix of an HMAC-SHA256 signature. */
  public static final String VERSION = "v1";

  private final WebhookSigner signer;

  private StandardWebhooksSigner(Secret secret) {
    this.signer = WebhookSigner.of(secret);
  }

  /**
   * Returns a signer for {@code secret}, normally from {@link StandardWebhooksSecret#parse}.
   *
   * @throws NullPointerException if {@code secret} is null
   */
  public static StandardWebhooksSigner of(Secret secret) {
    return new StandardWebhooksSigner(Objects.requireNonNull(secret, "secret"));
  }

  /**
   * Returns the signature entry {@code v1,<base64>} of one message.
   *
   * @throws IllegalArgumentException if {@code messageId} is blank or holds a character outside
   *     printable ASCII
   */
  public String sign(String messageId, long timestampSeconds, Payload payload) {
    checkMessageId(messageId);
    Objects.requireNonNull(payload, "payload");
    Signature signature =
        signer.sign(
            (messageId + "." + timestampSeconds + ".").getBytes(StandardCharsets.US_ASCII),
            payload.unsafeBytes());
    return VERSION + "," + Base64.getEncoder().encodeToString(signature.bytes());
  }

  /**
   * Returns the three headers of one attempt, in the order {@code webhook-id}, {@code
   * webhook-timestamp} (truncated to whole seconds), {@code webhook-signature}. The map is
   * unmodifiable.
   *
   * @throws IllegalArgumentException if {@code messageId} is blank or not printable ASCII
   */
  public Map<String, String> headers(String messageId, Instant timestamp, Payload payload) {
    Objects.requireNonNull(timestamp, "timestamp");
    long seconds = timestamp.getEpochSecond();
    Map<String, String> headers = new LinkedHashMap<>();
    headers.put(ID, messageId);
    headers.put(TIMESTAMP, Long.toString(seconds));
    headers.put(SIGNATURE, sign(messageId, seconds, payload));
    return Collections.unmodifiableMap(headers);
  }

  private static void checkMessageId(String messageId) {
    Objects.requireNonNull(messageId, "messageId");
    if (messageId.isEmpty()) {
      throw new IllegalArgumentException("messageId is empty: give each message a unique id");
    }
    for (int i = 0; i < messageId.length(); i++) {
      char c = messageId.charAt(i);
      if (c <= 0x20 || c >= 0x7f) {
        throw new IllegalArgumentException(
            "messageId holds a character outside printable ASCII at index " + i);
      }
    }
  }

  @Override
  public String toString() {
    return "StandardWebhooksSigner[v1 HmacSHA256]";
  }
}
