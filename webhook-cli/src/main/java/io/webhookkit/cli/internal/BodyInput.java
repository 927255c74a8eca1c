package io.webhookkit.cli.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Reads a body as exact bytes from a file, or from standard input when the name is {@code -}, and
 * refuses more than a limit instead of running out of memory (devices such as {@code /dev/zero}
 * report no size, so the limit is enforced while reading).
 */
public final class BodyInput {

  /** The largest payload the CLI reads. */
  public static final int MAX_BYTES = 64 * 1024 * 1024;

  private BodyInput() {}

  /** Reads every byte of {@code name}, or of standard input for {@code -} or {@code null}. */
  public static byte[] read(String name, InputStream stdin) {
    if (name == null || name.equals("-")) {
      try {
        return readAtMost(stdin, MAX_BYTES, "standard input");
      } catch (IOException e) {
        throw new UserError("cannot read standard input: " + SecretSource.describe(e));
      }
    }
    return readFile(Path.of(name), MAX_BYTES, name);
  }

  /** Reads the file at {@code file}, refusing directories and files of more than {@code max}. */
  public static byte[] readFile(Path file, int max, String what) {
    if (Files.isDirectory(file)) {
      throw new UserError(what + " is a directory: give a file");
    }
    try (InputStream in = Files.newInputStream(file)) {
      return readAtMost(in, max, what);
    } catch (IOException e) {
      throw new UserError("cannot read " + what + ": " + SecretSource.describe(e));
    }
  }

  private static byte[] readAtMost(InputStream in, int max, String what) throws IOException {
    byte[] bytes = in.readNBytes(max + 1);
    if (bytes.length > max) {
      throw new UserError(what + " is larger than " + max + " bytes");
    }
    return bytes;
  }
}
