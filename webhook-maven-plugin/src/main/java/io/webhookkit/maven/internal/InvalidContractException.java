package io.webhookkit.maven.internal;

/** Thrown when a contract file cannot be read or says something impossible; names the file. */
public final class InvalidContractException extends Exception {

  private static final long serialVersionUID = 1L;

  /** Creates the exception with a one-line message that names the file and holds no secret. */
  public InvalidContractException(String message) {
    super(message);
  }
}
