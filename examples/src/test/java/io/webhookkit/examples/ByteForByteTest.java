package io.webhookkit.examples;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import io.webhookkit.client.DeliveryAttempt;
import io.webhookkit.client.WebhookClient;
import io.webhookkit.client.WebhookEndpoint;
import io.webhookkit.core.Delivery;
import io.webhookkit.core.ItemClass;
import io.webhookkit.core.Payload;
import io.webhookkit.core.ProjeqtorHeaders;
import io.webhookkit.core.Secret;
import io.webhookkit.core.WebhookEvent;
import io.webhookkit.verifier.ReceivedHeaders;
import io.webhookkit.verifier.VerificationResult;
import io.webhookkit.verifier.WebhookRequest;
import io.webhookkit.verifier.WebhookVerifier;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Sends real payloads through {@code webhook-client} over HTTP to a JDK server and checks them with
 * {@code webhook-verifier}: the bytes that arrive are the bytes that were sent, and the signature
 * is the one PHP computed for them.
 */
class ByteForByteTest {

  private record Received(ReceivedHeaders headers, byte[] body) {}

  private final BlockingQueue<Received> received = new LinkedBlockingQueue<>();
  private HttpServer server;
  private WebhookClient client;

  @BeforeEach
  void start() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext(
        "/",
        exchange -> {
          try (exchange;
              InputStream in = exchange.getRequestBody()) {
            received.add(
                new Received(ReceivedHeaders.of(exchange.getRequestHeaders()), in.readAllBytes()));
            exchange.sendResponseHeaders(204, -1);
          }
        });
    server.start();
    client = WebhookClient.create();
  }

  @AfterEach
  void stop() {
    client.close();
    server.stop(0);
  }

  @Test
  void theTicketSampleArrivesUnchangedAndVerifies() throws Exception {
    byte[] ticket = resource("/ticket.json");
    Secret secret = Secret.of("round-trip-secret");

    Received arrival =
        send(
            Delivery.of(WebhookEvent.AFTER_UPDATE, ItemClass.of("Ticket"), Payload.of(ticket)),
            secret);

    assertThat(arrival.body()).isEqualTo(ticket);
    VerificationResult verdict =
        WebhookVerifier.builder()
            .secret(secret)
            .build()
            .verify(WebhookRequest.post(arrival.headers(), arrival.body()));
    assertThat(verdict.isAccepted()).as("%s", verdict).isTrue();
    assertThat(verdict.webhook().payload().bytes()).isEqualTo(ticket);
  }

  static List<JsonNode> phpVectors() throws IOException {
    List<JsonNode> vectors = new ArrayList<>();
    new ObjectMapper()
        .readTree(resource("/php-signed-vectors.json"))
        .get("vectors")
        .forEach(vectors::add);
    return vectors;
  }

  @ParameterizedTest
  @MethodSource("phpVectors")
  void aPayloadSignedByPhpTravelsWithPhpsSignature(JsonNode vector) throws Exception {
    byte[] payload = Base64.getDecoder().decode(vector.get("payload_base64").asText());
    Secret secret = Secret.of(vector.get("secret").asText());

    Received arrival =
        send(
            Delivery.of(WebhookEvent.AFTER_UPDATE, ItemClass.of("Ticket"), Payload.of(payload)),
            secret);

    assertThat(arrival.body()).isEqualTo(payload);
    assertThat(arrival.headers().first(ProjeqtorHeaders.SIGNATURE))
        .contains(vector.get("signature").asText());
  }

  private Received send(Delivery delivery, Secret secret) throws InterruptedException {
    URI url = URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/hook");
    DeliveryAttempt attempt = client.send(WebhookEndpoint.of(url, secret), delivery);
    assertThat(attempt.isDelivered()).as(attempt.describe()).isTrue();
    Received arrival = received.poll(5, TimeUnit.SECONDS);
    assertThat(arrival).isNotNull();
    return arrival;
  }

  private static byte[] resource(String name) throws IOException {
    try (InputStream in = ByteForByteTest.class.getResourceAsStream(name)) {
      return in.readAllBytes();
    }
  }
}
