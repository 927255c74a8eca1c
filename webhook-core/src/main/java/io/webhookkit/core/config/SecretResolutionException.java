package io.webhookkit.core.config;

/**
 * Thrown when a {@link SecretReference} cannot be turned into a usable secret, for example because
 * the environment variable it names is not set.
 *
 * <p>The message is one line that says what is missing and what to do. It names the reference (the
 * variable, property or file) and never holds the secret value.
 */
public final class SecretResolutionException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** Creates the exception with a one-line message that holds no secret value. */
  public SecretResolutionException(String message) {
    super(message);
  }
}
