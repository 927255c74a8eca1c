package io.webhookkit.client;

import static org.assertj.core.api.Assertions.assertThat;

import io.webhookkit.core.BasicCredentials;
import io.webhookkit.core.Delivery;
import io.webhookkit.core.ItemClass;
import io.webhookkit.core.Payload;
import io.webhookkit.core.Secret;
import io.webhookkit.core.WebhookEvent;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.Test;

/** Keeps the example of {@code README.md} compiling, running and identical to this copy. */
class ReadmeExampleTest {

  // README example start
  static DeliveryAttempt deliver(URI url, String secret, String password, byte[] json) {
    WebhookEndpoint endpoint =
        WebhookEndpoint.of(url, Secret.of(secret))
            .withBasicAuth(new BasicCredentials("projeqtor", password));
    Delivery delivery =
        Delivery.of(WebhookEvent.AFTER_UPDATE, ItemClass.of("Ticket"), Payload.of(json));
    try (WebhookClient client =
        WebhookClient.builder().connectTimeout(Duration.ofSeconds(3)).build()) {
      DeliveryAttempt attempt = client.send(endpoint, delivery);
      if (!attempt.isDelivered()) {
        System.getLogger("webhooks").log(System.Logger.Level.WARNING, attempt.describe());
      }
      return attempt;
    }
  }

  // README example end

  @Test
  void exampleDeliversTheTicketSample() throws IOException, InterruptedException {
    try (MockWebServer server = new MockWebServer()) {
      server.start(TestDeliveries.loopback(), 0);
      server.enqueue(new MockResponse.Builder().code(204).build());
      byte[] json = TestDeliveries.resource("seed-ticket.json");

      DeliveryAttempt attempt = deliver(server.url("/hook").uri(), "s3cret", "pa:ss", json);

      RecordedRequest request = server.takeRequest(5, TimeUnit.SECONDS);
      assertThat(attempt.isDelivered()).isTrue();
      assertThat(request.getBody().toByteArray()).isEqualTo(json);
    }
  }

  @Test
  void readmeShowsExactlyTheExampleOfThisTest() throws IOException {
    List<String> readme = Files.readAllLines(Path.of("README.md"), StandardCharsets.UTF_8);
    List<String> source =
        Files.readAllLines(
            Path.of("src/test/java/io/webhookkit/client/ReadmeExampleTest.java"),
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

  /** Compares code regardless of indentation and blank lines, which formatting may change. */
  private static List<String> stripped(List<String> lines) {
    return lines.stream().map(String::strip).filter(line -> !line.isEmpty()).toList();
  }
}
