package io.webhookkit.testkit.internal;

import io.webhookkit.core.Payload;
import io.webhookkit.core.Secret;
import io.webhookkit.core.StandardWebhooksSigner;
import io.webhookkit.core.WebhookSigner;
import io.webhookkit.verifier.ReceivedHeaders;
import io.webhookkit.verifier.SignatureProfile;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;

/**
 * Computes the signature that a sender holding a secret would have put in a received request, so
 * that a failed assertion can show it next to the one that arrived. Test secrets only: the verifier
 * itself never reveals an expected signature.
 */
public final class ExpectedSignatures {

  private ExpectedSignatures() {}

  /**
   * Returns the signature entry ({@code sha256=<hex>} or {@code v1,<base64>}) that {@code secret}
   * gives for {@code body} under {@code profile}, or empty when the request lacks the delivery id
   * or timestamp that the profile signs.
   */
  public static Optional<String> of(
      SignatureProfile profile, Secret secret, ReceivedHeaders headers, byte[] body) {
    // TODO: a gzip body is signed as received, not inflated; hasValidSignature() then fails for a
    // Content-Encoding: gzip delivery that the verifier accepts.
    if (!profile.signsDeliveryAndTimestamp()) {
      return Optional.of(WebhookSigner.of(secret).sign(body).headerValue());
    }
    Optional<String> id = headers.first(profile.deliveryHeader()).map(String::strip);
    Optional<String> timestamp =
        profile.timestampHeader().flatMap(headers::first).map(String::strip);
    if (id.isEmpty() || timestamp.isEmpty()) {
      return Optional.empty();
    }
    if (profile == SignatureProfile.STANDARD_WEBHOOKS) {
      try {
        return Optional.of(
            StandardWebhooksSigner.of(secret)
                .sign(id.get(), Long.parseLong(timestamp.get()), Payload.of(body)));
      } catch (IllegalArgumentException e) {
        return Optional.empty(); // An id or timestamp that no sender could have signed.
      }
    }
    byte[] prefix = (id.get() + "." + timestamp.get() + ".").getBytes(StandardCharsets.UTF_8);
    return Optional.of(WebhookSigner.of(secret).sign(prefix, body).headerValue());
  }

  /**
   * Returns whether the received signature header value holds {@code expected} among its entries
   * (separated by commas or spaces; hex compared without regard to case).
   */
  public static boolean holds(SignatureProfile profile, String received, String expected) {
    if (received == null) {
      return false;
    }
    boolean base64 = profile == SignatureProfile.STANDARD_WEBHOOKS;
    for (String entry : received.strip().split(base64 ? "\\s+" : "[,\\s]+")) {
      boolean same =
          base64
              ? entry.equals(expected)
              : entry.toLowerCase(Locale.ROOT).equals(expected.toLowerCase(Locale.ROOT));
      if (same) {
        return true;
      }
    }
    return false;
  }
}
