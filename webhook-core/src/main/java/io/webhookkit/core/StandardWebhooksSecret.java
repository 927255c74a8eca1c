package io.webhookkit.core;

import java.util.Base64;

/**
 * Turns a secret in the form of the Standard Webhooks specification ({@code whsec_} followed by
 * base64) into the {@link Secret} whose key is the decoded bytes.
 *
 * <p>The specification signs with the base64-decoded bytes, never with the text itself. The {@code
 * whsec_} prefix is optional: text without it is decoded as base64 too, as the reference libraries
 * do, so that a secret stored without its prefix still yields the same key. Text that is not base64
 * is refused rather than used as a text key, which would sign with a different key than the sender.
 */
public final class StandardWebhooksSecret {

  /** The prefix that marks a Standard Webhooks secret. */
  public static final String PREFIX = "whsec_";

  private StandardWebhooksSecret() {}

  /**
   * Returns the secret whose key is the base64 decoding of {@code text}, with or without the {@code
   * whsec_} prefix.
   *
   * @throws IllegalArgumentException if {@code text} is null or blank, is not standard base64 after
   *     the prefix, or decodes to no bytes; the message never holds the text
   */
  public static Secret parse(String text) {
    if (text == null || text.isBlank()) {
      throw new IllegalArgumentException("secret is empty: set the whsec_... secret of the sender");
    }
    String encoded = text.startsWith(PREFIX) ? text.substring(PREFIX.length()) : text;
    byte[] key;
    try {
      key = Base64.getDecoder().decode(encoded);
    } catch (IllegalArgumentException e) {
      // The decoder's own message could quote part of the secret, so it is not passed on.
      throw new IllegalArgumentException(
          "secret is not a Standard Webhooks secret: expected whsec_ followed by standard base64");
    }
    if (key.length == 0) {
      throw new IllegalArgumentException("secret decodes to no bytes: expected whsec_<base64>");
    }
    return Secret.ofBytes(key);
  }
}
