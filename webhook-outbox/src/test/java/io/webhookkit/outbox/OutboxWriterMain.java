package io.webhookkit.outbox;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

/**
 * Run in a child JVM by {@link EmbeddedRestartTest}: opens the embedded outbox at {@code args[0]}
 * and enqueues entries one by one, forever, writing each delivery id to standard output once {@link
 * DeliveryStore#enqueue} has returned. The test kills it while it writes.
 */
public final class OutboxWriterMain {

  private OutboxWriterMain() {}

  /** Enqueues until killed. */
  public static void main(String[] args) {
    // Standard output is the channel to the parent test, not a log.
    PrintStream acknowledgements = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    try (DeliveryStore store = DeliveryStore.embedded(Path.of(args[0]))) {
      while (true) {
        OutboxEntry entry = TestEntries.dueAt(TestEntries.T0);
        store.enqueue(List.of(entry));
        acknowledgements.println(entry.deliveryId());
      }
    }
  }
}
