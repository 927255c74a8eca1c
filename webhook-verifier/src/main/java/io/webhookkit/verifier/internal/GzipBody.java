package io.webhookkit.verifier.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.zip.GZIPInputStream;

/**
 * Inflates a gzip body under a cap that is enforced while inflating, so that a small "zip bomb"
 * never makes the receiver allocate more than the cap.
 */
public final class GzipBody {

  private static final int CHUNK = 8192;

  private GzipBody() {}

  /** What inflating found. */
  public enum Outcome {
    /** The body inflated within the cap; {@link Inflated#bytes()} holds the result. */
    INFLATED,
    /** The body inflates to more than the cap; inflating stopped there. */
    TOO_LARGE,
    /** The body is not valid gzip data (bad header, corrupt stream, truncated, bad checksum). */
    CORRUPT
  }

  /** The outcome of inflating, with the bytes when it succeeded. */
  public record Inflated(Outcome outcome, byte[] bytes) {}

  /**
   * Inflates {@code gzip}, one or more gzip members, stopping as soon as the output would exceed
   * {@code maxBytes}. Never throws on bad data.
   */
  public static Inflated inflate(byte[] gzip, int maxBytes) {
    byte[] out = new byte[Math.min(maxBytes, Math.max(CHUNK, gzip.length * 2))];
    int length = 0;
    byte[] chunk = new byte[CHUNK];
    try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(gzip), CHUNK)) {
      for (int read = in.read(chunk); read >= 0; read = in.read(chunk)) {
        if (read > maxBytes - length) {
          return new Inflated(Outcome.TOO_LARGE, null);
        }
        if (length + read > out.length) {
          // Grows by doubling, but never past the cap.
          out =
              Arrays.copyOf(
                  out, (int) Math.min(maxBytes, Math.max(2L * out.length, length + read)));
        }
        System.arraycopy(chunk, 0, out, length, read);
        length += read;
      }
    } catch (IOException e) {
      return new Inflated(Outcome.CORRUPT, null);
    }
    return new Inflated(Outcome.INFLATED, Arrays.copyOf(out, length));
  }
}
