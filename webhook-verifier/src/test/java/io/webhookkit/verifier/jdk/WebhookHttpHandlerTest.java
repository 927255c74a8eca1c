package io.webhookkit.verifier.jdk;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import io.webhookkit.core.BasicCredentials;
import io.webhookkit.verifier.AdapterFixtures;
import io.webhookkit.verifier.VerifiedWebhook;
import io.webhookkit.verifier.WebhookVerifier;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublisher;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Runs {@link WebhookHttpHandler} in the JDK's {@code HttpServer} on 127.0.0.1. */
class WebhookHttpHandlerTest {

  private static final int LIMIT = 4096;
  private static final BasicCredentials CREDENTIALS = new BasicCredentials("projeqtor", "s3cret");

  /** The webhook that the last receiver got. */
  private static final AtomicReference<VerifiedWebhook> received = new AtomicReference<>();

  private static HttpServer server;
  private static ExecutorService executor;
  private static final HttpClient client =
      HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

  @BeforeAll
  static void startServer() throws IOException {
    WebhookVerifier verifier = AdapterFixtures.verifierBuilder().maxBodyBytes(LIMIT).build();
    WebhookVerifier guarded =
        AdapterFixtures.verifierBuilder().maxBodyBytes(LIMIT).basicAuth(CREDENTIALS).build();
    WebhookReceiver silent = (webhook, exchange) -> received.set(webhook);
    WebhookReceiver answering =
        (webhook, exchange) -> {
          byte[] thanks = "{\"thanks\":true}".getBytes(StandardCharsets.UTF_8);
          exchange.sendResponseHeaders(202, thanks.length);
          try (OutputStream out = exchange.getResponseBody()) {
            out.write(thanks);
          }
        };
    WebhookReceiver failing =
        (webhook, exchange) -> {
          throw new IllegalStateException("database password hunter2 was refused");
        };

    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/webhooks", WebhookHttpHandler.of(verifier, silent));
    server.createContext("/answering", WebhookHttpHandler.of(verifier, answering));
    server.createContext("/failing", WebhookHttpHandler.of(verifier, failing));
    server.createContext("/guarded", WebhookHttpHandler.of(guarded, silent));
    executor = Executors.newFixedThreadPool(2);
    server.setExecutor(executor);
    server.start();
  }

  @AfterAll
  static void stopServer() {
    server.stop(0);
    executor.shutdownNow();
  }

  @BeforeEach
  void forgetTheLastWebhook() {
    received.set(null);
  }

  @Test
  void handsAGenuineWebhookToTheReceiver() throws Exception {
    byte[] body = AdapterFixtures.seedTicket();

    post("/webhooks", signed(body), body);

    assertThat(received.get()).isEqualTo(AdapterFixtures.expectedWebhook(body));
  }

  @Test
  void answers204WhenTheReceiverDoesNotAnswer() throws Exception {
    byte[] body = AdapterFixtures.seedTicket();

    HttpResponse<String> response = post("/webhooks", signed(body), body);

    assertThat(response.statusCode()).isEqualTo(204);
    assertThat(response.body()).isEmpty();
  }

  @Test
  void keepsTheAnswerOfAReceiverThatAnswers() throws Exception {
    byte[] body = AdapterFixtures.seedTicket();

    HttpResponse<String> response = post("/answering", signed(body), body);

    assertThat(response.statusCode()).isEqualTo(202);
    assertThat(response.body()).isEqualTo("{\"thanks\":true}");
  }

  @Test
  void answersAFailingReceiverWith500AndNothingOfItsFailure() throws Exception {
    byte[] body = AdapterFixtures.seedTicket();

    HttpResponse<String> response = post("/failing", signed(body), body);

    assertThat(response.statusCode()).isEqualTo(500);
    assertThat(response.body())
        .isEqualTo("{\"type\":\"about:blank\",\"title\":\"Internal Server Error\",\"status\":500}");
  }

  @Test
  void answersAForgedSignatureWith401AndAProblemBody() throws Exception {
    byte[] body = AdapterFixtures.seedTicket();
    byte[] forged = Arrays.copyOf(body, body.length);
    forged[forged.length - 2] ^= 1;

    HttpResponse<String> response = post("/webhooks", signed(body), forged);

    assertThat(response.statusCode()).isEqualTo(401);
    assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    assertThat(response.body())
        .startsWith(
            "{\"type\":\"about:blank\",\"title\":\"Unauthorized\",\"status\":401,"
                + "\"code\":\"SIGNATURE_MISMATCH\",\"detail\":")
        .doesNotContain(AdapterFixtures.SECRET_TEXT);
    assertThat(received.get()).isNull();
  }

  @Test
  void answersMissingCredentialsWith401AndABasicChallenge() throws Exception {
    byte[] body = AdapterFixtures.seedTicket();

    HttpResponse<String> response = post("/guarded", signed(body), body);

    assertThat(response.statusCode()).isEqualTo(401);
    assertThat(response.headers().firstValue("WWW-Authenticate"))
        .hasValue("Basic realm=\"webhook\", charset=\"UTF-8\"");
    assertThat(response.body()).contains("\"code\":\"MISSING_CREDENTIALS\"");
  }

  @Test
  void answersAGetWith405AndAllowPost() throws Exception {
    HttpRequest request = HttpRequest.newBuilder(uri("/webhooks")).GET().build();

    HttpResponse<String> response = client.send(request, BodyHandlers.ofString());

    assertThat(response.statusCode()).isEqualTo(405);
    assertThat(response.headers().firstValue("Allow")).hasValue("POST");
  }

  @Test
  void answersATextBodyWith415() throws Exception {
    byte[] body = AdapterFixtures.seedTicket();
    Map<String, String> headers = signed(body);
    headers.put("Content-Type", "text/plain");

    HttpResponse<String> response = post("/webhooks", headers, body);

    assertThat(response.statusCode()).isEqualTo(415);
    assertThat(response.body()).contains("\"code\":\"UNSUPPORTED_MEDIA_TYPE\"");
  }

  @Test
  void answersABodyOverTheLimitWith413() throws Exception {
    byte[] body = new byte[LIMIT + 1];

    HttpResponse<String> response = post("/webhooks", signed(body), body);

    assertThat(response.statusCode()).isEqualTo(413);
    assertThat(response.body()).contains("\"code\":\"PAYLOAD_TOO_LARGE\"");
  }

  @Test
  void answersAChunkedBodyOverTheLimitWith413() throws Exception {
    byte[] body = new byte[LIMIT + 100];
    BodyPublisher chunked = BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body));

    HttpResponse<String> response = send("/webhooks", signed(body), chunked);

    assertThat(response.statusCode()).isEqualTo(413);
  }

  @Test
  void answers413BeforeReadingABodyWhoseContentLengthIsOverTheLimit() throws Exception {
    String head =
        "POST /webhooks HTTP/1.1\r\nHost: 127.0.0.1\r\n"
            + "Content-Type: application/json\r\nContent-Length: 100000000\r\n\r\n";

    String answer = AdapterFixtures.sendWithoutFinishing(port(), head, new byte[0]);

    assertThat(answer).startsWith("HTTP/1.1 413 ").containsIgnoringCase("Connection: close");
  }

  @Test
  void answers413AfterTheLimitPlusOneByteWithoutWaitingForTheRest() throws Exception {
    String head =
        "POST /webhooks HTTP/1.1\r\nHost: 127.0.0.1\r\n"
            + "Content-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n";
    byte[] firstChunk = AdapterFixtures.chunk(LIMIT + 1);

    String answer = AdapterFixtures.sendWithoutFinishing(port(), head, firstChunk);

    assertThat(answer).startsWith("HTTP/1.1 413 ").containsIgnoringCase("Connection: close");
  }

  private static Map<String, String> signed(byte[] body) {
    return new LinkedHashMap<>(AdapterFixtures.signedHeaders(body));
  }

  private static HttpResponse<String> post(String path, Map<String, String> headers, byte[] body)
      throws IOException, InterruptedException {
    return send(path, headers, BodyPublishers.ofByteArray(body));
  }

  private static HttpResponse<String> send(
      String path, Map<String, String> headers, BodyPublisher body)
      throws IOException, InterruptedException {
    HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).POST(body);
    headers.forEach(request::header);
    return client.send(request.build(), BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  private static int port() {
    return server.getAddress().getPort();
  }

  private static URI uri(String path) {
    return URI.create("http://127.0.0.1:" + port() + path);
  }
}
