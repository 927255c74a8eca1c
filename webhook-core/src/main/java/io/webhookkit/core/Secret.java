package io.webhookkit.core;

import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

/**
 * A shared HMAC secret.
 *
 * <p>A secret refuses to be blank and refuses text that still looks like an unresolved reference
 * such as {@code ${env:WEBHOOK_SECRET}}: signing with the reference text instead of the value is a
 * classic misconfiguration that would otherwise pass unnoticed. The value never appears in {@link
 * #toString()}, and two secrets are not compared with {@code equals}.
 *
 * <p>The key of the HMAC is the UTF-8 encoding of the text, as PHP's {@code hash_hmac} uses the
 * bytes of its string.
 */
public final class Secret {

  private static final Pattern UNRESOLVED_REFERENCE = Pattern.compile("\\$\\{[^}]*}");

  private final byte[] key;

  private Secret(byte[] key) {
    this.key = key;
  }

  /**
   * Creates a secret from its text.
   *
   * @throws IllegalArgumentException if the text is null, blank, or holds an unresolved {@code
   *     ${...}} reference
   */
  public static Secret of(String text) {
    if (text == null || text.isBlank()) {
      throw new IllegalArgumentException("secret is empty: set the secret that the sender uses");
    }
    if (UNRESOLVED_REFERENCE.matcher(text).find()) {
      throw new IllegalArgumentException(
          "secret looks like an unresolved reference ${...}: resolve it before use");
    }
    return new Secret(text.getBytes(StandardCharsets.UTF_8));
  }

  /**
   * Creates a secret from raw key bytes, for keys that are not text (such as decoded base64 keys).
   *
   * @throws IllegalArgumentException if {@code key} is null or empty
   */
  public static Secret ofBytes(byte[] key) {
    if (key == null || key.length == 0) {
      throw new IllegalArgumentException("secret is empty: set the secret that the sender uses");
    }
    return new Secret(key.clone());
  }

  /** Returns the length of the key in bytes. */
  public int length() {
    return key.length;
  }

  /** Returns a copy of the key bytes. Callers should not keep it longer than they need it. */
  public byte[] keyBytes() {
    return key.clone();
  }

  byte[] unsafeKey() {
    return key;
  }

  /** Returns a fixed text that reveals neither the value nor its length. */
  @Override
  public String toString() {
    return "Secret[redacted]";
  }

  @Override
  public boolean equals(Object other) {
    // Identity only: comparing secrets by value invites timing leaks and accidental logging.
    return this == other;
  }

  @Override
  public int hashCode() {
    return System.identityHashCode(this);
  }
}
