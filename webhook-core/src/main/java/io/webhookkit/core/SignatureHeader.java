package io.webhookkit.core;

import io.webhookkit.core.internal.HttpText;
import java.util.Objects;

/**
 * Strict parsing of the {@code Projeqtor-Signature-Sha256} header value {@code sha256=<64 hex>}.
 *
 * <p>The header comes from the network, so parsing never throws: it returns a {@link Parsed} value
 * that holds either the signature or a one-line reason that says what is wrong with the value. The
 * prefix must be exactly {@code sha256=}; the hex digits may be in either case; surrounding spaces
 * and tabs are ignored. Any other character, including non-ASCII text, makes the value malformed.
 */
public final class SignatureHeader {

  /** The longest header value that is examined; longer values are refused without scanning. */
  public static final int MAX_LENGTH = 256;

  private SignatureHeader() {}

  /**
   * The outcome of parsing a header value: either {@code signature} is set, or {@code problem} says
   * in one line why the value is malformed.
   */
  public record Parsed(Signature signature, String problem) {

    /** Creates an outcome; exactly one of the two components is set. */
    public Parsed {
      if ((signature == null) == (problem == null)) {
        throw new IllegalArgumentException("exactly one of signature and problem must be set");
      }
    }

    /** Returns whether the value was a well-formed signature. */
    public boolean isValid() {
      return signature != null;
    }
  }

  /** Parses an untrusted header value. A null value is reported as missing. */
  public static Parsed parse(String value) {
    if (value == null) {
      return problem("the signature header is missing");
    }
    if (value.length() > MAX_LENGTH) {
      return problem("the signature header is " + value.length() + " characters long, expected 71");
    }
    String trimmed = HttpText.trimOws(value);
    if (trimmed.isEmpty()) {
      return problem("the signature header is empty, expected sha256=<64 hex digits>");
    }
    if (!trimmed.startsWith(Signature.PREFIX)) {
      return problem("the signature does not start with sha256=, expected sha256=<64 hex digits>");
    }
    String hex = trimmed.substring(Signature.PREFIX.length());
    if (hex.length() != Signature.LENGTH * 2) {
      return problem(
          "the signature has "
              + hex.length()
              + " characters after sha256=, expected "
              + Signature.LENGTH * 2
              + " hex digits");
    }
    byte[] mac = new byte[Signature.LENGTH];
    for (int i = 0; i < mac.length; i++) {
      int high = hexValue(hex.charAt(2 * i));
      int low = hexValue(hex.charAt(2 * i + 1));
      if (high < 0 || low < 0) {
        return problem("the signature holds a character that is not a hex digit after sha256=");
      }
      mac[i] = (byte) ((high << 4) | low);
    }
    return new Parsed(Signature.wrap(mac), null);
  }

  /** Returns the header value for {@code signature}. */
  public static String format(Signature signature) {
    return Objects.requireNonNull(signature, "signature").headerValue();
  }

  /** Returns the value of an ASCII hex digit, or -1; other scripts' digits are refused. */
  private static int hexValue(char c) {
    if (c >= '0' && c <= '9') {
      return c - '0';
    }
    if (c >= 'a' && c <= 'f') {
      return c - 'a' + 10;
    }
    if (c >= 'A' && c <= 'F') {
      return c - 'A' + 10;
    }
    return -1;
  }

  private static Parsed problem(String message) {
    return new Parsed(null, message);
  }
}
