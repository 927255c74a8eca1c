package io.webhookkit.outbox.internal;

import java.sql.Connection;
import java.sql.SQLException;

/** Where a store gets a connection for one call; it closes the connection after the call. */
public interface ConnectionSource extends AutoCloseable {

  /** Opens or borrows a connection in auto-commit mode. */
  Connection open() throws SQLException;

  /** Releases what the source holds; a source that owns nothing does nothing. */
  @Override
  default void close() {}
}
