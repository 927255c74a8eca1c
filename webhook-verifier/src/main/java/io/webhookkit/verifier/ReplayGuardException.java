package io.webhookkit.verifier;

/**
 * Thrown by a {@link ReplayGuard} that cannot tell whether a delivery was seen, for example when
 * its store is unreachable. Its message says what failed and never holds a secret.
 */
public class ReplayGuardException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** Creates an exception whose message says what failed and what to check. */
  public ReplayGuardException(String message, Throwable cause) {
    super(message, cause);
  }
}
