package io.webhookkit.examples;

import io.webhookkit.client.DeliveryAttempt;
import io.webhookkit.client.RetryDecision;
import io.webhookkit.client.RetryPolicy;
import io.webhookkit.client.WebhookClient;
import io.webhookkit.client.WebhookEndpoint;
import io.webhookkit.core.Delivery;
import io.webhookkit.core.ItemClass;
import io.webhookkit.core.Payload;
import io.webhookkit.core.Secret;
import io.webhookkit.core.WebhookEvent;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * An application that announces Ticket updates to a subscriber, the way ProjeQtOr's Webhook plugin
 * does: the item's JSON is sent byte for byte, signed with the shared secret.
 *
 * <p>Run it with the receiver's URL and a JSON file; the secret comes from {@code WEBHOOK_SECRET}:
 *
 * <pre>{@code
 * WEBHOOK_SECRET=change-me java -cp ... io.webhookkit.examples.TicketSender \
 *     http://127.0.0.1:8080/webhooks/projeqtor ticket.json
 * }</pre>
 */
public final class TicketSender implements AutoCloseable {

  private final WebhookClient client;
  private final WebhookEndpoint subscriber;

  /** Creates a sender that delivers to {@code url}, signing with {@code secret}. */
  public TicketSender(URI url, Secret secret) {
    this.client = WebhookClient.create();
    this.subscriber = WebhookEndpoint.of(url, secret);
  }

  /** Announces that the Ticket whose JSON is {@code ticketJson} was updated. */
  public DeliveryAttempt ticketUpdated(byte[] ticketJson) {
    Delivery delivery =
        Delivery.of(WebhookEvent.AFTER_UPDATE, ItemClass.of("Ticket"), Payload.of(ticketJson));
    return client.send(subscriber, delivery);
  }

  /**
   * Announces the update and retries it as {@code retries} decides, sending the same delivery (same
   * id, same bytes) each time and waiting between attempts. Returns the last attempt.
   *
   * @throws InterruptedException if interrupted while waiting for the next attempt
   */
  public DeliveryAttempt ticketUpdated(byte[] ticketJson, RetryPolicy retries, Clock clock)
      throws InterruptedException {
    Delivery delivery =
        Delivery.of(WebhookEvent.AFTER_UPDATE, ItemClass.of("Ticket"), Payload.of(ticketJson));
    Instant firstAttemptAt = clock.instant();
    for (int attempts = 1; ; attempts++) {
      DeliveryAttempt attempt = client.send(subscriber, delivery);
      RetryDecision decision = retries.decide(attempt, attempts, firstAttemptAt, clock.instant());
      if (decision.action() != RetryDecision.Action.RETRY) {
        return attempt;
      }
      Duration wait = Duration.between(clock.instant(), decision.nextAttemptAt());
      if (!wait.isNegative() && !wait.isZero()) {
        // A real application schedules the retry; this small program just waits for it.
        Thread.sleep(wait.toMillis());
      }
    }
  }

  @Override
  public void close() {
    client.close();
  }

  /** Sends the Ticket in the file {@code args[1]} to the URL {@code args[0]}. */
  public static void main(String[] args) throws IOException {
    if (args.length != 2) {
      System.err.println("usage: TicketSender URL TICKET_JSON_FILE (secret in WEBHOOK_SECRET)");
      System.exit(2);
    }
    String secret = System.getenv("WEBHOOK_SECRET");
    if (secret == null || secret.isBlank()) {
      System.err.println("WEBHOOK_SECRET is not set: export the shared secret in it");
      System.exit(2);
    }
    try (TicketSender sender = new TicketSender(URI.create(args[0]), Secret.of(secret))) {
      DeliveryAttempt attempt = sender.ticketUpdated(Files.readAllBytes(Path.of(args[1])));
      System.out.println(attempt.describe());
      System.exit(attempt.isDelivered() ? 0 : 1);
    }
  }
}
