package io.webhookkit.examples;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.webhookkit.core.ItemClass;
import io.webhookkit.core.Secret;
import io.webhookkit.verifier.ReceivedHeaders;
import io.webhookkit.verifier.VerificationResult;
import io.webhookkit.verifier.VerifiedWebhook;
import io.webhookkit.verifier.WebhookRequest;
import io.webhookkit.verifier.WebhookVerifier;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CountDownLatch;
import java.util.function.Consumer;

/**
 * A service that receives Ticket webhooks: it verifies every request with {@link WebhookVerifier}
 * before it reads the JSON, and hands each accepted change to the application.
 *
 * <p>Run it with a port; the secret comes from {@code WEBHOOK_SECRET}:
 *
 * <pre>{@code
 * WEBHOOK_SECRET=change-me java -cp ... io.webhookkit.examples.TicketReceiver 8080
 * }</pre>
 */
public final class TicketReceiver implements AutoCloseable {

  /** What the application learns from one accepted webhook. */
  public record TicketChange(String event, long id, String name, String deliveryId) {}

  private static final int MAX_BODY_BYTES = 1024 * 1024;

  private final HttpServer server;
  private final WebhookVerifier verifier;
  private final Consumer<TicketChange> application;
  private final ObjectMapper json = new ObjectMapper();

  /** Starts receiving on 127.0.0.1:{@code port} (0 picks a free port). */
  public TicketReceiver(int port, Secret secret, Consumer<TicketChange> application)
      throws IOException {
    this.verifier = WebhookVerifier.builder().secret(secret).maxBodyBytes(MAX_BODY_BYTES).build();
    this.application = application;
    this.server =
        HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
    server.createContext("/webhooks/projeqtor", this::handle);
    server.start();
  }

  /** Returns the URL that senders post to. */
  public String url() {
    return "http://127.0.0.1:" + server.getAddress().getPort() + "/webhooks/projeqtor";
  }

  private void handle(HttpExchange exchange) throws IOException {
    try (exchange;
        InputStream in = exchange.getRequestBody()) {
      // Read one byte past the limit, so that the verifier can tell a too-large body.
      byte[] body = in.readNBytes(MAX_BODY_BYTES + 1);
      VerificationResult result =
          verifier.verify(
              new WebhookRequest(
                  exchange.getRequestMethod(),
                  ReceivedHeaders.of(exchange.getRequestHeaders()),
                  body,
                  exchange.getRemoteAddress().getAddress()));
      if (!result.isAccepted()) {
        // The reason code is enough for the sender; the details stay in our logs.
        respond(exchange, result.rejection().httpStatus(), result.rejection().reason().name());
        return;
      }
      VerifiedWebhook webhook = result.webhook();
      if (webhook.itemClassIfAny().map(ItemClass::name).orElse("").equals("Ticket")) {
        JsonNode ticket = json.readTree(webhook.payload().bytes());
        application.accept(
            new TicketChange(
                webhook.event(),
                ticket.path("id").asLong(),
                ticket.path("name").asText(),
                webhook.deliveryId()));
      }
      respond(exchange, 200, "OK");
    }
  }

  private static void respond(HttpExchange exchange, int status, String text) throws IOException {
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().add("Content-Type", "text/plain; charset=utf-8");
    exchange.sendResponseHeaders(status, bytes.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(bytes);
    }
  }

  @Override
  public void close() {
    server.stop(0);
  }

  /** Receives on the port {@code args[0]} and prints each Ticket change until stopped. */
  public static void main(String[] args) throws IOException, InterruptedException {
    String secret = System.getenv("WEBHOOK_SECRET");
    if (args.length != 1 || secret == null || secret.isBlank()) {
      System.err.println("usage: WEBHOOK_SECRET=... TicketReceiver PORT");
      System.exit(2);
    }
    TicketReceiver receiver =
        new TicketReceiver(
            Integer.parseInt(args[0]),
            Secret.of(secret),
            change -> System.out.println("Ticket " + change.id() + " " + change.event()));
    System.out.println("receiving on " + receiver.url());
    new CountDownLatch(1).await();
  }
}
