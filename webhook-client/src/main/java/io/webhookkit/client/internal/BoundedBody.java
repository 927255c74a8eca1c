package io.webhookkit.client.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import okio.Buffer;
import okio.BufferedSource;

/**
 * Reads the start of a response body without ever reading all of a body that a hostile or broken
 * receiver makes huge.
 */
public final class BoundedBody {

  private final byte[] bytes;
  private final boolean complete;

  private BoundedBody(byte[] bytes, boolean complete) {
    this.bytes = bytes;
    this.complete = complete;
  }

  /**
   * Reads at most {@code limit} bytes from {@code source}. The source is asked for no more than the
   * bytes still missing, so the stream beyond the limit is left unread.
   *
   * @throws IOException if the body cannot be read, including when a read times out
   */
  public static BoundedBody read(BufferedSource source, int limit) throws IOException {
    Buffer excerpt = new Buffer();
    long missing = limit;
    while (missing > 0) {
      long read = source.read(excerpt, missing);
      if (read == -1) {
        return new BoundedBody(excerpt.readByteArray(), true);
      }
      missing -= read;
    }
    // The limit was reached: whether more follows is not worth another read to find out.
    return new BoundedBody(excerpt.readByteArray(), false);
  }

  /** Returns whether the body ended before the limit, so that all of it was read. */
  public boolean complete() {
    return complete;
  }

  /**
   * Decodes the bytes read as UTF-8, replacing malformed sequences with U+FFFD. When the limit cut
   * a character in two, its leading bytes are dropped rather than shown as a replacement.
   */
  public String text() {
    int end = complete ? bytes.length : endOfLastWholeCharacter(bytes);
    return new String(bytes, 0, end, StandardCharsets.UTF_8);
  }

  /** Returns the length of {@code bytes} without a trailing, incomplete UTF-8 sequence. */
  static int endOfLastWholeCharacter(byte[] bytes) {
    int end = bytes.length;
    // A UTF-8 sequence has at most 3 continuation bytes (10xxxxxx) after its lead byte.
    int start = end - 1;
    while (start >= 0 && end - start <= 4 && (bytes[start] & 0xC0) == 0x80) {
      start--;
    }
    if (start < 0 || end - start > 4) {
      return end; // Not UTF-8 here; leave the decoder to replace what is malformed.
    }
    int lead = bytes[start] & 0xFF;
    int expected = lead < 0x80 ? 1 : lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC0 ? 2 : 1;
    return end - start < expected ? start : end;
  }
}
