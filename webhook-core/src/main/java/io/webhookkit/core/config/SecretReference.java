package io.webhookkit.core.config;

import io.webhookkit.core.Secret;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A secret as a configuration file writes it: either a reference to where the secret lives, or the
 * secret itself (a literal).
 *
 * <p>The references are {@code ${env:NAME}} (an environment variable), {@code ${file:PATH}} (the
 * content of a file) and {@code ${sys:NAME}} (a Java system property). Any other text is a literal.
 * Keeping the reference rather than the value lets a configuration be read, checked and logged
 * without the secret being present; {@link #resolve(SecretResolver)} fetches it when it is needed.
 *
 * <p>{@link #toString()} shows a reference but never a literal. The {@link #expression()} accessor
 * does return a literal: do not log it.
 *
 * @param expression the text from the file, such as {@code ${env:CRM_WEBHOOK_SECRET}}
 */
public record SecretReference(String expression) {

  private static final Pattern REFERENCE = Pattern.compile("\\$\\{(env|file|sys):([^}]+)}");

  /**
   * Creates a secret reference.
   *
   * @throws IllegalArgumentException if the expression is null or blank
   */
  public SecretReference {
    if (expression == null || expression.isBlank()) {
      throw new IllegalArgumentException(
          "secret is empty: give a reference such as ${env:NAME} or the secret itself");
    }
  }

  /** Creates a secret reference; see {@link #SecretReference(String)}. */
  public static SecretReference of(String expression) {
    return new SecretReference(expression);
  }

  /** Returns whether this is a reference ({@code ${env:...}}, {@code ${file:...}}, etc.). */
  public boolean isReference() {
    return REFERENCE.matcher(expression).matches();
  }

  /**
   * Returns the kind of reference ({@code env}, {@code file} or {@code sys}), empty for literals.
   */
  public Optional<String> kind() {
    Matcher matcher = REFERENCE.matcher(expression);
    return matcher.matches() ? Optional.of(matcher.group(1)) : Optional.empty();
  }

  /**
   * Returns the secret: a literal as it is, a reference looked up through {@code resolver}.
   *
   * @throws SecretResolutionException if the referenced value is missing, or it or the literal is
   *     not a usable secret (blank, or an unresolved {@code ${...}}); the message names the
   *     reference and never the value
   */
  public Secret resolve(SecretResolver resolver) {
    Objects.requireNonNull(resolver, "resolver");
    Matcher matcher = REFERENCE.matcher(expression);
    if (!matcher.matches()) {
      return toSecret(expression, "the literal secret");
    }

    String kind = matcher.group(1);
    String name = matcher.group(2);
    String source = describe(kind, name);
    String value =
        resolver
            .lookup(kind, name)
            .orElseThrow(() -> new SecretResolutionException(source + " " + remedy(kind, name)));
    return toSecret(value, source);
  }

  private static Secret toSecret(String value, String source) {
    if (value.isBlank()) {
      throw new SecretResolutionException(source + " is empty: set it to the shared secret");
    }
    try {
      return Secret.of(value);
    } catch (IllegalArgumentException e) {
      // Secret's messages never quote the value, so passing them on is safe.
      throw new SecretResolutionException(source + " is not a usable secret: " + e.getMessage());
    }
  }

  private static String describe(String kind, String name) {
    return switch (kind) {
      case "env" -> "environment variable " + name;
      case "sys" -> "system property " + name;
      default -> "secret file " + name;
    };
  }

  private static String remedy(String kind, String name) {
    return switch (kind) {
      case "env" -> "is not set: export it before starting";
      case "sys" -> "is not set: start Java with -D" + name + "=...";
      default -> "cannot be read: create it or correct the path";
    };
  }

  /** Shows a reference as written, and a literal as {@code redacted}. */
  @Override
  public String toString() {
    return "SecretReference[" + (isReference() ? expression : "redacted") + "]";
  }
}
