package io.webhookkit.cli.internal;

import io.webhookkit.core.Secret;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;

/**
 * Reads secrets from environment variables or files, never from the command line, where other users
 * of the machine could read them in the process list.
 */
public final class SecretSource {

  /** The longest secret file read; a secret is a line, never megabytes. */
  static final int MAX_SECRET_BYTES = 64 * 1024;

  private final Map<String, String> environment;

  /** Creates a source that reads the given environment. */
  public SecretSource(Map<String, String> environment) {
    this.environment = environment;
  }

  /** Returns a source over the process environment. */
  public static SecretSource system() {
    return new SecretSource(System.getenv());
  }

  /** Reads a secret from the environment variable {@code name}. */
  public Secret fromEnvironment(String name, String what) {
    return fromEnvironment(name, what, Secret::of);
  }

  /** Reads a secret from the environment variable {@code name}, decoding its text. */
  public Secret fromEnvironment(
      String name, String what, java.util.function.Function<String, Secret> decode) {
    String value = environment.get(name);
    if (value == null || value.isEmpty()) {
      throw new UserError(
          "environment variable " + name + " is not set: export the " + what + " in it");
    }
    return toSecret(value, "environment variable " + name, decode);
  }

  /** Reads text from the environment variable {@code name}, for passwords. */
  public String textFromEnvironment(String name, String what) {
    String value = environment.get(name);
    if (value == null || value.isEmpty()) {
      throw new UserError(
          "environment variable " + name + " is not set: export the " + what + " in it");
    }
    return value;
  }

  /** Reads a secret from a UTF-8 file; one trailing line break is not part of the secret. */
  public Secret fromFile(Path file) {
    return fromFile(file, Secret::of);
  }

  /** Reads a secret from a UTF-8 file and decodes its text; one trailing line break is dropped. */
  public Secret fromFile(Path file, java.util.function.Function<String, Secret> decode) {
    byte[] bytes = BodyInput.readFile(file, MAX_SECRET_BYTES, "the secret file " + file);
    String text;
    try {
      text =
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(java.nio.charset.CodingErrorAction.REPORT)
              .onUnmappableCharacter(java.nio.charset.CodingErrorAction.REPORT)
              .decode(java.nio.ByteBuffer.wrap(bytes))
              .toString();
    } catch (java.nio.charset.CharacterCodingException e) {
      throw new UserError("the secret file " + file + " is not UTF-8 text");
    }
    if (text.endsWith("\r\n")) {
      text = text.substring(0, text.length() - 2);
    } else if (text.endsWith("\n")) {
      text = text.substring(0, text.length() - 1);
    }
    return toSecret(text, "secret file " + file, decode);
  }

  private static Secret toSecret(
      String value, String origin, java.util.function.Function<String, Secret> decode) {
    try {
      return decode.apply(value);
    } catch (IllegalArgumentException e) {
      throw new UserError(origin + ": " + e.getMessage());
    }
  }

  /** Describes an I/O failure in a few words. */
  public static String describe(IOException e) {
    if (e instanceof java.nio.file.NoSuchFileException) {
      return "no such file";
    }
    if (e instanceof java.nio.file.AccessDeniedException) {
      return "permission denied";
    }
    if (e instanceof java.nio.charset.MalformedInputException) {
      return "the file is not UTF-8 text";
    }
    return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
  }
}
