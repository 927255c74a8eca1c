package io.webhookkit.dispatcher;

import static org.assertj.core.api.Assertions.assertThat;

import io.webhookkit.core.DeliveryId;
import io.webhookkit.outbox.DeliveryStore;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The "done when": a dispatcher killed while delivering loses nothing. A child JVM
 * publishes to an embedded outbox and starts delivering to a slow receiver; it is killed without a
 * graceful shutdown, and a new dispatcher on the same outbox file delivers every delivery at least
 * once.
 */
class DispatcherCrashTest {

  /** The lease of both dispatchers: short, so the killed one's claims come back soon. */
  static final Duration LEASE = Duration.ofSeconds(2);

  private static final int PUBLISHED = 50;

  @TempDir Path folder;

  @Test
  void aNewDispatcherDeliversEverythingAKilledOneLeftBehind() throws Exception {
    Path file = folder.resolve("outbox");
    try (Receiver receiver = new Receiver().slow(Duration.ofMillis(100))) {
      Set<DeliveryId> published = publishInAChildAndKillIt(file, receiver);

      RecordingListener listener = new RecordingListener();
      try (DeliveryStore store = DeliveryStore.embedded(file);
          WebhookDispatcher successor =
              TestConfigs.dispatcher(
                      TestConfigs.config(TestConfigs.ticketUpdates("crm", receiver.url("/hook"))),
                      store,
                      listener)
                  .callTimeout(Duration.ofSeconds(1))
                  .lease(LEASE)
                  .build()) {
        receiver.awaitDeliveries(published);
      }

      assertThat(receiver.countsPerDelivery().keySet()).containsAll(published);
    }
  }

  private Set<DeliveryId> publishInAChildAndKillIt(Path file, Receiver receiver) throws Exception {
    Process child =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp",
                System.getProperty("java.class.path"),
                CrashingDispatcherMain.class.getName(),
                file.toString(),
                receiver.url("/hook").toString(),
                String.valueOf(PUBLISHED))
            .redirectError(ProcessBuilder.Redirect.DISCARD)
            .start();
    Set<DeliveryId> published = new HashSet<>();
    try (BufferedReader lines =
        new BufferedReader(
            new InputStreamReader(child.getInputStream(), StandardCharsets.US_ASCII))) {
      String line;
      while (published.size() < PUBLISHED && (line = lines.readLine()) != null) {
        published.add(DeliveryId.parse(line).orElseThrow());
      }
      receiver.awaitRequests(10); // Killed mid-way: some delivered, some in flight, most queued.
      child.destroyForcibly();
      assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
    }
    assertThat(published).hasSize(PUBLISHED);
    assertThat(receiver.countsPerDelivery().size()).isLessThan(PUBLISHED);
    return published;
  }
}
