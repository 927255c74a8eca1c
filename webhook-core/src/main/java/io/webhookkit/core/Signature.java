package io.webhookkit.core;

import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Objects;

/**
 * An HMAC-SHA256 signature: the 32 bytes of the MAC and their header form {@code sha256=<64
 * lowercase hex>}, which equals PHP's {@code "sha256=" . hash_hmac("sha256", $payload, $secret)}.
 *
 * <p>Compare signatures with {@link #matches(Signature)}, which takes constant time; {@link
 * #equals(Object)} is for collections and tests only.
 */
public final class Signature {

  /** The prefix of the header value. */
  public static final String PREFIX = "sha256=";

  /** The length of an HMAC-SHA256 value in bytes. */
  public static final int LENGTH = 32;

  private static final HexFormat HEX = HexFormat.of();

  private final byte[] mac;

  private Signature(byte[] mac) {
    this.mac = mac;
  }

  /**
   * Wraps the 32 bytes of an HMAC-SHA256 value.
   *
   * @throws IllegalArgumentException unless {@code mac} holds exactly 32 bytes
   */
  public static Signature ofBytes(byte[] mac) {
    Objects.requireNonNull(mac, "mac");
    if (mac.length != LENGTH) {
      throw new IllegalArgumentException(
          "an HMAC-SHA256 signature has " + LENGTH + " bytes, not " + mac.length);
    }
    return new Signature(mac.clone());
  }

  static Signature wrap(byte[] mac) {
    return new Signature(mac);
  }

  /** Returns a copy of the MAC bytes. */
  public byte[] bytes() {
    return mac.clone();
  }

  /** Returns the MAC as 64 lowercase hex digits. */
  public String hex() {
    return HEX.formatHex(mac);
  }

  /** Returns the header value, {@code sha256=} followed by 64 lowercase hex digits. */
  public String headerValue() {
    return PREFIX + hex();
  }

  /** Compares with {@code other} in time that does not depend on where the bytes differ. */
  public boolean matches(Signature other) {
    return other != null && MessageDigest.isEqual(mac, other.mac);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Signature && matches((Signature) other);
  }

  @Override
  public int hashCode() {
    return java.util.Arrays.hashCode(mac);
  }

  /** Returns the header value; a signature is not secret. */
  @Override
  public String toString() {
    return headerValue();
  }
}
