package io.webhookkit.cli.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/** Reads a body as exact bytes from a file, or from standard input when the name is {@code -}. */
public final class BodyInput {

  /** The largest body the CLI reads, to fail clearly instead of running out of memory. */
  public static final int MAX_BYTES = 64 * 1024 * 1024;

  private BodyInput() {}

  /** Reads every byte of {@code name}, or of standard input for {@code -} or {@code null}. */
  public static byte[] read(String name, InputStream stdin) {
    if (name == null || name.equals("-")) {
      try {
        byte[] bytes = stdin.readNBytes(MAX_BYTES + 1);
        if (bytes.length > MAX_BYTES) {
          throw new UserError("standard input is larger than " + MAX_BYTES + " bytes");
        }
        return bytes;
      } catch (IOException e) {
        throw new UserError("cannot read standard input: " + SecretSource.describe(e));
      }
    }
    Path file = Path.of(name);
    try {
      if (Files.isDirectory(file)) {
        throw new UserError(name + " is a directory: give a file that holds the payload");
      }
      if (Files.size(file) > MAX_BYTES) {
        throw new UserError(name + " is larger than " + MAX_BYTES + " bytes");
      }
      return Files.readAllBytes(file);
    } catch (IOException e) {
      throw new UserError("cannot read " + name + ": " + SecretSource.describe(e));
    }
  }
}
