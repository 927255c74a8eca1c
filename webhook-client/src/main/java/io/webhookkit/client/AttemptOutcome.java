package io.webhookkit.client;

/** How one delivery attempt ended. Only {@link #DELIVERED} means the receiver accepted it. */
public enum AttemptOutcome {
  /** The receiver answered with a 2xx status. */
  DELIVERED,
  /**
   * The receiver answered with a 3xx status. Redirects are never followed, because following one
   * would send the signed payload to an address that nobody configured; the attempt failed.
   */
  REDIRECTED,
  /** The receiver answered with a status that is neither 2xx nor 3xx. */
  REJECTED,
  /** A connect, read, write or call timeout elapsed before the attempt completed. */
  TIMED_OUT,
  /** No connection could be made, or it broke before a response was read. */
  CONNECTION_FAILED
}
