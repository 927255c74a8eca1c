package io.webhookkit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.webhookkit.core.Delivery;
import io.webhookkit.core.ItemClass;
import io.webhookkit.core.Payload;
import io.webhookkit.core.ProjeqtorHeaders;
import io.webhookkit.core.Secret;
import io.webhookkit.core.WebhookEvent;
import io.webhookkit.core.WebhookSigner;
import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs {@code webhook listen} as its own process, the way a user starts it, and sends it real HTTP
 * requests.
 */
@Timeout(60)
class ListenCommandTest {

  private static final String SECRET = "listen-test-secret";

  @TempDir static Path dir;

  private static ListenProcess listener;

  @BeforeAll
  static void startListening() throws IOException {
    listener = ListenProcess.start(SECRET, dir.resolve("receiver.log"), "--max-body", "4096");
  }

  @AfterAll
  static void stopListening() throws InterruptedException {
    listener.close();
  }

  @Test
  void acceptsAGenuineDeliveryAndLogsAMatch() throws Exception {
    Delivery delivery = ticket("{\"id\":9,\"name\":\"caf\u00e9\"}\n");

    HttpResponse<String> response = post(signed(delivery, SECRET), delivery.payload().bytes());

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(nextLine()).contains("afterUpdate Ticket", "-> 200 accepted");
    assertThat(logRecordOf(delivery))
        .contains(
            "Event=afterUpdate",
            "Class=Ticket",
            "ContentType=application/json",
            "Payload={\"id\":9,\"name\":\"caf\u00e9\"}\\u000a",
            "=> MATCH");
  }

  @Test
  void answers401ToAWrongSecretAndLogsNoMatch() throws Exception {
    Delivery delivery = ticket("{\"id\":10}");

    HttpResponse<String> response = post(signed(delivery, "wrong"), delivery.payload().bytes());

    assertThat(response.statusCode()).isEqualTo(401);
    assertThat(response.body()).contains("SIGNATURE_MISMATCH").doesNotContain(SECRET);
    assertThat(nextLine()).contains("-> 401 SIGNATURE_MISMATCH");
    assertThat(logRecordOf(delivery)).contains("=> NO MATCH", "(withheld on mismatch)");
  }

  @Test
  void answers401ToAStaleTimestamp() throws Exception {
    Delivery delivery = ticket("{\"id\":11}");
    Map<String, String> headers =
        ProjeqtorHeaders.forAttempt(
            delivery, WebhookSigner.of(Secret.of(SECRET)), Instant.now().minusSeconds(3600));

    HttpResponse<String> response = post(headers, delivery.payload().bytes());

    assertThat(response.statusCode()).isEqualTo(401);
    assertThat(nextLine()).contains("STALE_TIMESTAMP");
  }

  @Test
  void answers400ToAnUnknownEvent() throws Exception {
    Delivery delivery = ticket("{\"id\":12}");
    Map<String, String> headers = new java.util.LinkedHashMap<>(signed(delivery, SECRET));
    headers.put(ProjeqtorHeaders.EVENT, "afterupdate");

    HttpResponse<String> response = post(headers, delivery.payload().bytes());

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(nextLine()).contains("UNKNOWN_EVENT");
  }

  @Test
  void answers413PastTheBodyLimit() throws Exception {
    Delivery delivery = ticket("{\"big\":\"" + "x".repeat(10_000) + "\"}");

    HttpResponse<String> response = post(signed(delivery, SECRET), delivery.payload().bytes());

    assertThat(response.statusCode()).isEqualTo(413);
    assertThat(nextLine()).contains("body over the limit -> 413");
  }

  @Test
  void answers405ToAHeadRequestAndRecordsIt() throws Exception {
    HttpRequest head =
        HttpRequest.newBuilder(listener.url())
            .timeout(Duration.ofSeconds(10))
            .method("HEAD", HttpRequest.BodyPublishers.noBody())
            .build();

    HttpResponse<String> response = listener.send(head);

    assertThat(response.statusCode()).isEqualTo(405);
    assertThat(response.headers().firstValue("Allow")).contains("POST");
    assertThat(nextLine()).contains("HEAD", "-> 405 METHOD_NOT_ALLOWED");
  }

  private static Delivery ticket(String json) {
    return Delivery.of(WebhookEvent.AFTER_UPDATE, ItemClass.of("Ticket"), Payload.ofUtf8(json));
  }

  private static Map<String, String> signed(Delivery delivery, String secret) {
    return ProjeqtorHeaders.forAttempt(
        delivery, WebhookSigner.of(Secret.of(secret)), Instant.now());
  }

  private static HttpResponse<String> post(Map<String, String> headers, byte[] body)
      throws Exception {
    return listener.post(headers, body);
  }

  private static String nextLine() throws IOException {
    return listener.nextLine();
  }

  /** Returns the log record that names the delivery; the line is printed after it is written. */
  private static String logRecordOf(Delivery delivery) throws IOException {
    String log = Files.readString(dir.resolve("receiver.log"), StandardCharsets.UTF_8);
    int at = log.indexOf("Delivery=" + delivery.id());
    assertThat(at).as("record of %s in %s", delivery.id(), log).isNotNegative();
    int start = log.lastIndexOf("----- ", at);
    int end = log.indexOf("----- ", at);
    return log.substring(start, end < 0 ? log.length() : end);
  }
}
