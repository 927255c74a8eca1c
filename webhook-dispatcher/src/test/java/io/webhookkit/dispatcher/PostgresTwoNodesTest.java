package io.webhookkit.dispatcher;

import static org.assertj.core.api.Assertions.assertThat;

import io.webhookkit.core.DeliveryId;
import io.webhookkit.core.WebhookEvent;
import io.webhookkit.core.config.WebhookConfig;
import io.webhookkit.outbox.DeliveryStore;
import io.webhookkit.outbox.PostgresTestDatabase;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Two dispatchers sharing one PostgreSQL outbox deliver each delivery exactly once. */
class PostgresTwoNodesTest {

  private static final int PUBLISHED = 200;

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
  void twoNodesDeliverEveryDeliveryOnceWithoutDuplicates() throws Exception {
    database.assumeReachable();
    RecordingListener listener = new RecordingListener();
    try (Receiver receiver = new Receiver();
        DeliveryStore storeA = DeliveryStore.postgres(database.url(), null, null);
        DeliveryStore storeB = DeliveryStore.postgres(database.url(), null, null)) {
      WebhookConfig config =
          TestConfigs.config(TestConfigs.ticketUpdates("crm", receiver.url("/hook")));
      Set<DeliveryId> published = new HashSet<>();
      try (WebhookDispatcher nodeA =
              TestConfigs.dispatcher(config, storeA, listener).nodeId("node-a").build();
          WebhookDispatcher nodeB =
              TestConfigs.dispatcher(config, storeB, listener).nodeId("node-b").build()) {
        for (int i = 0; i < PUBLISHED; i++) {
          WebhookDispatcher publisher = i % 2 == 0 ? nodeA : nodeB;
          published.addAll(
              publisher.publish(
                  WebhookEvent.AFTER_UPDATE, TestConfigs.TICKET, TestConfigs.TICKET_JSON));
        }
        listener.awaitSucceeded(PUBLISHED);
      }

      assertThat(receiver.countsPerDelivery().keySet()).isEqualTo(published);
      assertThat(receiver.countsPerDelivery().values()).containsOnly(1);
      assertThat(listener.succeeded()).hasSize(PUBLISHED);
    }
  }
}
