package io.webhookkit.outbox;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** The store contract on PostgreSQL, in a schema of this class's own. */
class PostgresDeliveryStoreTest extends DeliveryStoreContract {

  private static PostgresTestDatabase database;

  @BeforeAll
  static void createSchema() {
    database = PostgresTestDatabase.create();
  }

  @AfterAll
  static void dropSchema() throws Exception {
    if (database != null) {
      database.drop();
    }
  }

  @Override
  DeliveryStore openEmptyStore() throws Exception {
    database.assumeReachable();
    database.truncate();
    return DeliveryStore.postgres(database.url(), null, null);
  }
}
