package io.webhookkit.outbox;

/**
 * The outbox's database failed: it could not be reached, or refused a statement. The message is one
 * line naming the store (its URL, never a password) and the operation that failed; the cause holds
 * the driver's exception.
 *
 * <p>Wrong arguments never end up here: they fail with {@link IllegalArgumentException} or {@link
 * NullPointerException} before the database is asked.
 */
public class OutboxException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** Creates an exception with a one-line {@code message} and the driver's {@code cause}. */
  public OutboxException(String message, Throwable cause) {
    super(message, cause);
  }
}
