package io.webhookkit.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import io.webhookkit.core.DeliveryId;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Stores create their schema once, however often and however many at once they start. */
class SchemaMigrationTest {

  private static PostgresTestDatabase database;

  @TempDir Path folder;

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

  @Test
  void reopeningAnEmbeddedStoreKeepsItsEntriesAndSchemaVersion() throws Exception {
    Path file = folder.resolve("outbox");
    OutboxEntry entry = TestEntries.dueAt(TestEntries.T0);
    try (DeliveryStore store = DeliveryStore.embedded(file)) {
      store.enqueue(List.of(entry));
    }

    try (DeliveryStore store = DeliveryStore.embedded(file)) {
      assertThat(store.find(entry.deliveryId())).contains(entry);
    }
    assertThat(versions("jdbc:h2:file:" + file.toAbsolutePath(), "sa")).containsExactly(1);
  }

  @Test
  void nodesStartingAtOnceAgainstPostgresqlMigrateOnce() throws Exception {
    database.assumeReachable();
    ExecutorService threads = Executors.newFixedThreadPool(4);
    CountDownLatch start = new CountDownLatch(1);
    List<Future<DeliveryStore>> nodes = new ArrayList<>();
    try {
      for (int i = 0; i < 4; i++) {
        nodes.add(
            threads.submit(
                () -> {
                  start.await();
                  return DeliveryStore.postgres(database.url(), null, null);
                }));
      }
      start.countDown();
      for (Future<DeliveryStore> node : nodes) {
        try (DeliveryStore store = node.get(1, TimeUnit.MINUTES)) {
          assertThat(store.find(DeliveryId.random())).isEmpty();
        }
      }
    } finally {
      threads.shutdownNow();
    }

    assertThat(versions(database.url(), null)).containsExactly(1);
  }

  private static List<Integer> versions(String url, String user) throws Exception {
    List<Integer> versions = new ArrayList<>();
    try (Connection connection = DriverManager.getConnection(url, user, user == null ? null : "");
        Statement statement = connection.createStatement();
        ResultSet rows =
            statement.executeQuery(
                "SELECT version FROM webhook_outbox_schema_version ORDER BY version")) {
      while (rows.next()) {
        versions.add(rows.getInt(1));
      }
    }
    return versions;
  }
}
