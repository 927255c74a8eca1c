package io.webhookkit.core;

import io.webhookkit.core.internal.PayloadHandoff;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Objects;

/**
 * The body of a webhook: the exact bytes that were signed and that travel on the wire.
 *
 * <p>A payload is immutable. It is never re-encoded: JSON written by PHP ({@code \/}, {@code
 * \u00e9}) keeps its exact bytes, because the signature covers bytes, not JSON values. Text appears
 * only at the edges, and then as UTF-8.
 */
public final class Payload {

  static {
    PayloadHandoff.install(bytes -> new Payload(Objects.requireNonNull(bytes, "bytes")));
  }

  private final byte[] bytes;

  private Payload(byte[] bytes) {
    this.bytes = bytes;
  }

  /**
   * Returns a payload holding a copy of {@code bytes}.
   *
   * @throws NullPointerException if {@code bytes} is null
   */
  public static Payload of(byte[] bytes) {
    return new Payload(Objects.requireNonNull(bytes, "bytes").clone());
  }

  /** Returns a payload holding the UTF-8 encoding of {@code text}. */
  public static Payload ofUtf8(String text) {
    return new Payload(Objects.requireNonNull(text, "text").getBytes(StandardCharsets.UTF_8));
  }

  /** Returns a copy of the payload's bytes. */
  public byte[] bytes() {
    return bytes.clone();
  }

  /** Returns a read-only view of the payload's bytes, without copying them. */
  public ByteBuffer asReadOnlyBuffer() {
    return ByteBuffer.wrap(bytes).asReadOnlyBuffer();
  }

  /** Returns the number of bytes. */
  public int length() {
    return bytes.length;
  }

  /** Writes the exact bytes to {@code out}. */
  public void writeTo(OutputStream out) throws IOException {
    out.write(bytes);
  }

  /**
   * Decodes the bytes as UTF-8, for display. Malformed sequences become U+FFFD; never use the
   * result to check a signature.
   */
  public String toUtf8String() {
    return new String(bytes, StandardCharsets.UTF_8);
  }

  /** Returns the SHA-256 digest of the bytes in lowercase hex, to tell two payloads apart. */
  public String sha256Hex() {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required of every Java platform", e);
    }
  }

  /** Feeds the bytes to {@code mac}-like consumers inside this module without a copy. */
  byte[] unsafeBytes() {
    return bytes;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Payload && Arrays.equals(bytes, ((Payload) other).bytes);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(bytes);
  }

  /** Describes the payload by length and digest, never by content, which may be confidential. */
  @Override
  public String toString() {
    return "Payload[" + bytes.length + " bytes, sha256=" + sha256Hex() + "]";
  }
}
