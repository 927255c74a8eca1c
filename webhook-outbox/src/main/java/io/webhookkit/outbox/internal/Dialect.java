package io.webhookkit.outbox.internal;

import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.locks.ReentrantLock;

/** The databases an outbox can live in, and what differs between them. */
public enum Dialect {
  /** Embedded H2 in a file: one process at a time, which H2's file lock ensures. */
  H2("h2") {
    @Override
    public void lockSchema(Statement statement) {
      // H2 commits each DDL statement on its own, so the lock must live in this JVM; no other
      // process can have the file open.
      IN_PROCESS_SCHEMA_LOCK.lock();
    }

    @Override
    public void unlockSchema() {
      IN_PROCESS_SCHEMA_LOCK.unlock();
    }
  },

  /** PostgreSQL, shared by several nodes. */
  POSTGRESQL("postgresql") {
    @Override
    public void lockSchema(Statement statement) throws SQLException {
      // Released by the commit or rollback that ends the migration; a node that starts at the
      // same time waits here, then finds the schema up to date.
      statement.execute("SELECT pg_advisory_xact_lock(" + MIGRATION_LOCK_KEY + ")");
    }

    @Override
    public void unlockSchema() {}
  };

  /** The advisory lock that serialises migrations: "whoutbox" in ASCII. */
  private static final long MIGRATION_LOCK_KEY = 0x77686f7574626f78L;

  private static final ReentrantLock IN_PROCESS_SCHEMA_LOCK = new ReentrantLock();

  private final String scriptFolder;

  Dialect(String scriptFolder) {
    this.scriptFolder = scriptFolder;
  }

  /** Returns the resource folder under {@code io/webhookkit/outbox} that holds its SQL scripts. */
  public String scriptFolder() {
    return scriptFolder;
  }

  /** Keeps other migrations of the same database out until the current transaction ends. */
  public abstract void lockSchema(Statement statement) throws SQLException;

  /** Lets other migrations in after the transaction that {@link #lockSchema} began has ended. */
  public abstract void unlockSchema();
}
