package io.webhookkit.verifier.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;

/**
 * Reads a request body without buffering more than a verifier accepts, so that an oversized body
 * costs the receiver at most one byte more than the limit.
 */
public final class BoundedBody {

  private BoundedBody() {}

  /**
   * Returns the length that a {@code Content-Length} value declares, or -1 when it is absent or not
   * a plain decimal number. A malformed value is left to the server and to the bounded read.
   */
  public static long declaredLength(String contentLength) {
    if (contentLength == null) {
      return -1;
    }
    String digits = contentLength.strip();
    if (digits.isEmpty() || digits.length() > 18) {
      // More than 18 digits may overflow a long; such a value is no length a client can send.
      return digits.isEmpty() ? -1 : Long.MAX_VALUE;
    }
    for (int i = 0; i < digits.length(); i++) {
      if (digits.charAt(i) < '0' || digits.charAt(i) > '9') {
        return -1;
      }
    }
    return Long.parseLong(digits);
  }

  /**
   * Reads {@code in} to its end and returns the bytes, or returns empty as soon as more than {@code
   * limit} bytes have arrived: at most {@code limit + 1} bytes are read, the rest is left unread.
   *
   * @throws IOException when the stream fails, for example when the client disconnects
   */
  public static Optional<byte[]> readAtMost(InputStream in, int limit) throws IOException {
    long wanted = limit + 1L;
    ByteArrayOutputStream body = new ByteArrayOutputStream(Math.min(limit, 8192));
    byte[] buffer = new byte[8192];
    long total = 0;
    // Never ask for zero bytes: some servers' streams (the JDK's chunked one) block on such a read
    // to look for the next chunk, which a client that sent too much may never send.
    while (total < wanted) {
      int read = in.read(buffer, 0, (int) Math.min(buffer.length, wanted - total));
      if (read < 0) {
        break;
      }
      body.write(buffer, 0, read);
      total += read;
    }
    return total > limit ? Optional.empty() : Optional.of(body.toByteArray());
  }
}
