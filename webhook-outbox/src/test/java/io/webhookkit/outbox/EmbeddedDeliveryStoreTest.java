package io.webhookkit.outbox;

import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

/** The store contract on embedded H2, each test in a new database file. */
class EmbeddedDeliveryStoreTest extends DeliveryStoreContract {

  @TempDir Path folder;

  @Override
  DeliveryStore openEmptyStore() {
    return DeliveryStore.embedded(folder.resolve("outbox"));
  }
}
