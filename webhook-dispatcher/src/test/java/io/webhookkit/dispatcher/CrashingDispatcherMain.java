package io.webhookkit.dispatcher;

import io.webhookkit.core.DeliveryId;
import io.webhookkit.core.WebhookEvent;
import io.webhookkit.outbox.DeliveryStore;
import java.io.PrintStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;

/**
 * Run in a child JVM by {@link DispatcherCrashTest}: opens the embedded outbox at {@code args[0]},
 * publishes {@code args[2]} deliveries to the receiver at {@code args[1]}, writing each delivery id
 * to standard output once {@code publish} has returned, and goes on delivering until the test kills
 * it.
 */
public final class CrashingDispatcherMain {

  private CrashingDispatcherMain() {}

  /** Publishes, delivers, and waits to be killed. */
  public static void main(String[] args) throws InterruptedException {
    // Standard output is the channel to the parent test, not a log.
    PrintStream published = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    DeliveryStore store = DeliveryStore.embedded(Path.of(args[0]));
    WebhookDispatcher dispatcher =
        TestConfigs.dispatcher(
                TestConfigs.config(TestConfigs.ticketUpdates("crm", URI.create(args[1]))),
                store,
                DeliveryListener.NONE)
            .nodeId("doomed")
            .callTimeout(Duration.ofSeconds(1))
            .lease(DispatcherCrashTest.LEASE)
            .build();
    int count = Integer.parseInt(args[2]);
    for (int i = 0; i < count; i++) {
      for (DeliveryId id :
          dispatcher.publish(
              WebhookEvent.AFTER_UPDATE, TestConfigs.TICKET, TestConfigs.TICKET_JSON)) {
        published.println(id);
      }
    }
    new CountDownLatch(1).await(); // Never closed: the test kills this JVM.
  }
}
