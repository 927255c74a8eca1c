package io.webhookkit.cli.internal;

/**
 * An error caused by the user's input or environment: the CLI prints its message as one line,
 * without a stack trace, and exits with status 2.
 */
public final class UserError extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** Creates an error whose message says what is wrong and what to do. */
  public UserError(String message) {
    super(message);
  }
}
