package io.webhookkit.core.config;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Looks up the values that {@link SecretReference}s name, such as environment variables.
 *
 * <p>A resolver answers empty for anything it cannot find or read; it never throws for a missing
 * value, so that {@link SecretReference#resolve(SecretResolver)} can explain what is missing.
 */
@FunctionalInterface
public interface SecretResolver {

  /**
   * Returns the value named {@code name} in the source {@code kind} ({@code env}, {@code file} or
   * {@code sys}), or empty when there is no such value or it cannot be read.
   */
  Optional<String> lookup(String kind, String name);

  /**
   * Returns the resolver for a running program: {@code env} reads environment variables, {@code
   * sys} reads Java system properties, and {@code file} reads a file as UTF-8 and strips one
   * trailing line break (as editors and {@code echo} add one). Other kinds answer empty.
   */
  static SecretResolver system() {
    return (kind, name) ->
        switch (kind) {
          case "env" -> Optional.ofNullable(System.getenv(name));
          case "sys" -> Optional.ofNullable(System.getProperty(name));
          case "file" -> readSecretFile(name);
          default -> Optional.empty();
        };
  }

  /**
   * Returns a resolver that answers {@code env} references from {@code environment} and nothing
   * else, for tests and for programs that pass the environment in explicitly. The map is copied.
   *
   * @throws NullPointerException if the map or any key or value in it is null
   */
  static SecretResolver of(Map<String, String> environment) {
    Map<String, String> copy = Map.copyOf(environment);
    return (kind, name) ->
        "env".equals(kind) ? Optional.ofNullable(copy.get(name)) : Optional.empty();
  }

  private static Optional<String> readSecretFile(String name) {
    Objects.requireNonNull(name, "name");
    try {
      String text = Files.readString(Path.of(name), StandardCharsets.UTF_8);
      if (text.endsWith("\r\n")) {
        return Optional.of(text.substring(0, text.length() - 2));
      }
      if (text.endsWith("\n")) {
        return Optional.of(text.substring(0, text.length() - 1));
      }
      return Optional.of(text);
    } catch (IOException | InvalidPathException e) {
      return Optional.empty();
    }
  }
}
