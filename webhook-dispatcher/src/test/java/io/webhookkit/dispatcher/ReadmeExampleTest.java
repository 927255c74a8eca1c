package io.webhookkit.dispatcher;

import static org.assertj.core.api.Assertions.assertThat;

import io.webhookkit.client.RetryPolicy;
import io.webhookkit.client.SsrfGuard;
import io.webhookkit.core.DeliveryId;
import io.webhookkit.core.ItemClass;
import io.webhookkit.core.Payload;
import io.webhookkit.core.WebhookEvent;
import io.webhookkit.core.config.WebhookConfig;
import io.webhookkit.outbox.DeliveryStore;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Keeps the example of {@code README.md} compiling, running and identical to this copy. */
class ReadmeExampleTest {

  @TempDir Path folder;

  // README example start
  static WebhookDispatcher start(WebhookConfig config, DeliveryStore outbox, String intranetHost) {
    return WebhookDispatcher.builder()
        .config(config)
        .store(outbox)
        .ssrfGuard(SsrfGuard.builder().allowHost(intranetHost).build())
        .retryPolicy(RetryPolicy.builder().maxAttempts(8).maxDelay(Duration.ofMinutes(30)).build())
        .maxConcurrencyPerEndpoint(2)
        .listener(new DeliveryListener() {}) // or new MicrometerDeliveryListener(registry)
        .build();
  }

  static List<DeliveryId> ticketUpdated(WebhookDispatcher dispatcher, byte[] ticketJson) {
    // Durable on return; sent in the background, retried, dead-lettered if it never arrives.
    return dispatcher.publish(
        WebhookEvent.AFTER_UPDATE, ItemClass.of("Ticket"), Payload.of(ticketJson));
  }

  // README example end

  @Test
  void exampleDeliversATicketUpdate() throws Exception {
    try (Receiver receiver = new Receiver();
        DeliveryStore outbox = DeliveryStore.embedded(folder.resolve("outbox"));
        WebhookDispatcher dispatcher =
            start(
                TestConfigs.config(TestConfigs.ticketUpdates("crm", receiver.url("/hook"))),
                outbox,
                "127.0.0.1")) {

      List<DeliveryId> ids = ticketUpdated(dispatcher, TestConfigs.TICKET_JSON.bytes());

      receiver.awaitDeliveries(Set.copyOf(ids));
      assertThat(ids).hasSize(1);
    }
  }

  @Test
  void readmeShowsExactlyTheExampleOfThisTest() throws IOException {
    List<String> readme = Files.readAllLines(Path.of("README.md"), StandardCharsets.UTF_8);
    List<String> source =
        Files.readAllLines(
            Path.of("src/test/java/io/webhookkit/dispatcher/ReadmeExampleTest.java"),
            StandardCharsets.UTF_8);

    assertThat(stripped(between(readme, "```java", "```")))
        .isEqualTo(stripped(between(source, "// README example start", "// README example end")));
  }

  private static List<String> between(List<String> lines, String start, String end) {
    int from = indexOfStripped(lines, start, 0) + 1;
    return lines.subList(from, indexOfStripped(lines, end, from));
  }

  private static int indexOfStripped(List<String> lines, String wanted, int from) {
    for (int i = from; i < lines.size(); i++) {
      if (lines.get(i).strip().equals(wanted)) {
        return i;
      }
    }
    throw new AssertionError("no line " + wanted);
  }

  private static List<String> stripped(List<String> lines) {
    return lines.stream().map(String::strip).filter(line -> !line.isEmpty()).toList();
  }
}
