package io.webhookkit.verifier.internal;

import java.util.Arrays;
import java.util.zip.CRC32;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;

/**
 * Inflates a gzip body (RFC 1952) under a cap that is enforced while inflating, so that a small
 * "zip bomb" never makes the receiver allocate more than the cap.
 *
 * <p>The members are read here with an {@link Inflater} rather than with {@code GZIPInputStream},
 * which reads each further member by calling itself: a body of ten thousand empty members then
 * overflows the stack. At most {@value #MAX_MEMBERS} members are accepted, and every byte of the
 * body must belong to one: bytes after the last member make the body corrupt, so that no other
 * decoder downstream can read something else out of it.
 */
public final class GzipBody {

  /** The most gzip members in one body; senders write one. */
  static final int MAX_MEMBERS = 16;

  private static final int CHUNK = 8192;
  private static final int FHCRC = 2;
  private static final int FEXTRA = 4;
  private static final int FNAME = 8;
  private static final int FCOMMENT = 16;
  private static final int RESERVED = 0xe0;

  private GzipBody() {}

  /** What inflating found. */
  public enum Outcome {
    /** The body inflated within the cap; {@link Inflated#bytes()} holds the result. */
    INFLATED,
    /** The body inflates to more than the cap; inflating stopped there. */
    TOO_LARGE,
    /**
     * The body is not valid gzip data: bad header, corrupt or truncated stream, bad checksum or
     * length, trailing bytes, or too many members.
     */
    CORRUPT
  }

  /** The outcome of inflating, with the bytes when it succeeded. */
  public record Inflated(Outcome outcome, byte[] bytes) {}

  /**
   * Inflates {@code gzip}, one or more gzip members, stopping as soon as the output would exceed
   * {@code maxBytes}. Never throws on bad data.
   */
  public static Inflated inflate(byte[] gzip, int maxBytes) {
    Output out = new Output(maxBytes, gzip.length);
    int position = 0;
    int members = 0;
    do {
      if (++members > MAX_MEMBERS) {
        return corrupt();
      }
      int data = skipHeader(gzip, position);
      if (data < 0) {
        return corrupt();
      }
      position = inflateMember(gzip, data, out);
      if (position == TOO_LARGE) {
        return new Inflated(Outcome.TOO_LARGE, null);
      }
      if (position < 0) {
        return corrupt();
      }
    } while (position < gzip.length);
    return new Inflated(Outcome.INFLATED, out.toByteArray());
  }

  private static final int TOO_LARGE = -2;

  /** Returns where the member's deflate data starts, or -1 when its header is not valid. */
  private static int skipHeader(byte[] gzip, int start) {
    if (gzip.length - start < 10
        || (gzip[start] & 0xff) != 0x1f
        || (gzip[start + 1] & 0xff) != 0x8b
        || gzip[start + 2] != 8) {
      return -1;
    }
    int flags = gzip[start + 3] & 0xff;
    if ((flags & RESERVED) != 0) {
      return -1;
    }
    int position = start + 10;
    if ((flags & FEXTRA) != 0) {
      if (gzip.length - position < 2) {
        return -1;
      }
      position += 2 + ((gzip[position] & 0xff) | (gzip[position + 1] & 0xff) << 8);
    }
    if ((flags & FNAME) != 0) {
      position = afterZero(gzip, position);
    }
    if ((flags & FCOMMENT) != 0) {
      position = afterZero(gzip, position);
    }
    if ((flags & FHCRC) != 0) {
      position += 2;
    }
    return position < 0 || position > gzip.length ? -1 : position;
  }

  private static int afterZero(byte[] gzip, int position) {
    if (position < 0) {
      return -1;
    }
    for (int i = position; i < gzip.length; i++) {
      if (gzip[i] == 0) {
        return i + 1;
      }
    }
    return -1;
  }

  /**
   * Inflates one member whose deflate data starts at {@code data}; returns where the next member
   * starts, {@link #TOO_LARGE}, or -1 when the member is corrupt.
   */
  private static int inflateMember(byte[] gzip, int data, Output out) {
    Inflater inflater = new Inflater(true);
    try {
      inflater.setInput(gzip, data, gzip.length - data);
      CRC32 crc = new CRC32();
      long size = 0;
      byte[] chunk = new byte[CHUNK];
      while (!inflater.finished()) {
        int read = inflater.inflate(chunk);
        if (read == 0 && !inflater.finished()) {
          // Truncated data, or a preset dictionary, which gzip never uses.
          return -1;
        }
        if (!out.append(chunk, read)) {
          return TOO_LARGE;
        }
        crc.update(chunk, 0, read);
        size += read;
      }
      int trailer = gzip.length - inflater.getRemaining();
      if (gzip.length - trailer < 8
          || readInt(gzip, trailer) != (int) crc.getValue()
          || readInt(gzip, trailer + 4) != (int) size) {
        return -1;
      }
      return trailer + 8;
    } catch (DataFormatException e) {
      return -1;
    } finally {
      inflater.end();
    }
  }

  private static int readInt(byte[] bytes, int at) {
    return (bytes[at] & 0xff)
        | (bytes[at + 1] & 0xff) << 8
        | (bytes[at + 2] & 0xff) << 16
        | (bytes[at + 3] & 0xff) << 24;
  }

  private static Inflated corrupt() {
    return new Inflated(Outcome.CORRUPT, null);
  }

  /** A growing buffer that refuses to grow past its cap. */
  private static final class Output {
    private final int max;
    private byte[] bytes;
    private int length;

    Output(int max, int compressedLength) {
      this.max = max;
      this.bytes = new byte[Math.min(max, Math.max(CHUNK, compressedLength * 2))];
    }

    boolean append(byte[] chunk, int count) {
      if (count > max - length) {
        return false;
      }
      if (length + count > bytes.length) {
        // Grows by doubling, but never past the cap.
        bytes =
            Arrays.copyOf(bytes, (int) Math.min(max, Math.max(2L * bytes.length, length + count)));
      }
      System.arraycopy(chunk, 0, bytes, length, count);
      length += count;
      return true;
    }

    byte[] toByteArray() {
      return Arrays.copyOf(bytes, length);
    }
  }
}
