package io.webhookkit.outbox;

import static io.webhookkit.outbox.TestEntries.T0;
import static org.assertj.core.api.Assertions.assertThat;

import io.webhookkit.core.DeliveryId;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;

/** Two nodes sharing one PostgreSQL outbox never claim the same entry. */
class PostgresConcurrentClaimTest {

  private static final int ENTRIES = 500;
  private static final int THREADS_PER_NODE = 4;

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

  @Test
  void twoNodesClaimingAtOnceClaimEveryEntryExactlyOnce() throws Exception {
    database.assumeReachable();
    PGSimpleDataSource dataSource = new PGSimpleDataSource();
    dataSource.setURL(database.url());
    List<DeliveryId> enqueued = new ArrayList<>();
    Queue<DeliveryId> claimed = new ConcurrentLinkedQueue<>();
    ExecutorService threads = Executors.newFixedThreadPool(2 * THREADS_PER_NODE);
    try (DeliveryStore nodeA = DeliveryStore.postgres(dataSource);
        DeliveryStore nodeB = DeliveryStore.postgres(database.url(), null, null)) {
      List<OutboxEntry> entries = new ArrayList<>();
      for (int i = 0; i < ENTRIES; i++) {
        entries.add(TestEntries.dueAt(T0.plusMillis(i)));
      }
      nodeA.enqueue(entries);
      entries.forEach(entry -> enqueued.add(entry.deliveryId()));

      CountDownLatch start = new CountDownLatch(1);
      List<Future<?>> claimers = new ArrayList<>();
      for (int i = 0; i < THREADS_PER_NODE; i++) {
        claimers.add(threads.submit(() -> claimUntilEmpty(nodeA, "node-a", start, claimed)));
        claimers.add(threads.submit(() -> claimUntilEmpty(nodeB, "node-b", start, claimed)));
      }
      start.countDown();
      for (Future<?> claimer : claimers) {
        claimer.get(2, TimeUnit.MINUTES);
      }

      assertThat(claimed).hasSize(ENTRIES).doesNotHaveDuplicates();
      assertThat(claimed).containsExactlyInAnyOrderElementsOf(enqueued);
    } finally {
      threads.shutdownNow();
    }
  }

  private static Void claimUntilEmpty(
      DeliveryStore store, String node, CountDownLatch start, Queue<DeliveryId> claimed)
      throws InterruptedException {
    start.await();
    List<OutboxEntry> batch;
    do {
      batch = store.claimDue(node, T0.plusSeconds(60), 7, Duration.ofHours(1));
      batch.forEach(entry -> claimed.add(entry.deliveryId()));
    } while (!batch.isEmpty());
    return null;
  }
}
