package io.webhookkit.testkit;

import static io.webhookkit.testkit.WebhookAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import io.webhookkit.core.Secret;
import io.webhookkit.core.WebhookEvent;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Keeps the examples of {@code README.md} compiling, passing and identical to this copy. */
class ReadmeExampleTest {

  /** Stands in for the application under test: it posts a signed Ticket update. */
  static void sendTicketUpdate(java.net.URI url) throws IOException, InterruptedException {
    SignedWebhook.sign(
            WebhookEvent.AFTER_UPDATE,
            "Ticket",
            "{\"id\":9,\"WorkElement\":{\"plannedWork\":12}}",
            Secret.of("s3cret"),
            Instant.now())
        .send(url);
  }

  // README example start
  @RegisterExtension
  static MockWebhookReceiverExtension receiver = MockWebhookReceiverExtension.withSecret("s3cret");

  @Test
  void announcesTheTicketUpdate() throws Exception {
    receiver.respondWith(500).then(200); // the first attempt fails; ours is not retried here
    sendTicketUpdate(receiver.uri());

    assertThat(receiver)
        .withEvent(WebhookEvent.AFTER_UPDATE)
        .within(Duration.ofSeconds(5))
        .receivedExactly(1)
        .first()
        .hasItemClass("Ticket")
        .hasValidSignature()
        .hasTimestampWithin(Duration.ofSeconds(30))
        .payload()
        .hasField("id", 9)
        .hasField("WorkElement.plannedWork", 12);
  }

  // README example end

  @Test
  void theReadmeShowsThisExample() throws IOException {
    String source =
        Files.readString(
            Path.of("src/test/java/io/webhookkit/testkit/ReadmeExampleTest.java"),
            StandardCharsets.UTF_8);
    String example =
        source.substring(
            source.indexOf("// README example start") + "// README example start".length() + 1,
            source.indexOf("  // README example end"));
    String unindented =
        Arrays.stream(example.strip().split("\n"))
            .map(line -> line.startsWith("  ") ? line.substring(2) : line)
            .collect(Collectors.joining("\n"));

    assertThat(Files.readString(Path.of("README.md"), StandardCharsets.UTF_8)).contains(unindented);
  }
}
