package io.webhookkit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.webhookkit.core.Payload;
import io.webhookkit.core.Secret;
import io.webhookkit.core.WebhookSigner;
import java.io.IOException;
import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SendCommandTest {

  @TempDir Path dir;

  private final MockWebServer receiver = new MockWebServer();
  private Path secretFile;
  private Path payload;

  @BeforeEach
  void start() throws IOException {
    receiver.start(InetAddress.getLoopbackAddress(), 0);
    secretFile = Files.writeString(dir.resolve("secret"), "send-secret\n");
    payload = Files.writeString(dir.resolve("ticket.json"), "{\"id\":9,\"url\":\"a\\/b\"}\n");
  }

  @AfterEach
  void stop() throws IOException {
    receiver.close();
  }

  @Test
  void sendsThePayloadByteForByteAndExitsZeroOn2xx() throws Exception {
    receiver.enqueue(new MockResponse.Builder().code(200).build());

    CliRun run = send(receiver.url("/hook").toString(), "afterCreate", "Ticket");

    assertThat(run.status()).as(run.err()).isZero();
    assertThat(run.out()).startsWith("delivered ");
    RecordedRequest request = receiver.takeRequest(5, TimeUnit.SECONDS);
    byte[] sent = Files.readAllBytes(payload);
    assertThat(request.getBody().toByteArray()).isEqualTo(sent);
    assertThat(request.getHeaders().get("Projeqtor-Event")).isEqualTo("afterCreate");
    assertThat(request.getHeaders().get("Projeqtor-Signature-Sha256"))
        .isEqualTo(WebhookSigner.of(Secret.of("send-secret")).sign(Payload.of(sent)).headerValue());
  }

  @Test
  void exitsOneWithTheStatusAndReasonOnARefusal() {
    receiver.enqueue(
        new MockResponse.Builder().code(401).body("{\"reason\":\"SIGNATURE_MISMATCH\"}").build());

    CliRun run = send(receiver.url("/hook").toString(), "afterCreate", "Ticket");

    assertThat(run.status()).isEqualTo(1);
    assertThat(run.out()).contains("not delivered", "401", "SIGNATURE_MISMATCH");
  }

  @Test
  void retriesWithTheSameDeliveryIdAndBytesUntilDelivered() throws Exception {
    receiver.enqueue(new MockResponse.Builder().code(503).addHeader("Retry-After", "0").build());
    receiver.enqueue(new MockResponse.Builder().code(503).addHeader("Retry-After", "0").build());
    receiver.enqueue(new MockResponse.Builder().code(200).build());

    CliRun run =
        CliRun.of(
            "send",
            "--url",
            receiver.url("/hook").toString(),
            "--event",
            "afterCreate",
            "--class",
            "Ticket",
            "--payload",
            payload.toString(),
            "--secret-file",
            secretFile.toString(),
            "--retries",
            "2");

    assertThat(run.status()).as(run.out()).isZero();
    assertThat(receiver.getRequestCount()).as(run.out()).isEqualTo(3);
    assertThat(run.out()).contains("attempt 1 failed: 503", "attempt 2 failed: 503", "delivered ");
    RecordedRequest first = receiver.takeRequest(5, TimeUnit.SECONDS);
    RecordedRequest second = receiver.takeRequest(5, TimeUnit.SECONDS);
    RecordedRequest third = receiver.takeRequest(5, TimeUnit.SECONDS);
    assertThat(second.getHeaders().get("Projeqtor-Delivery"))
        .isEqualTo(first.getHeaders().get("Projeqtor-Delivery"))
        .isEqualTo(third.getHeaders().get("Projeqtor-Delivery"));
    assertThat(third.getBody().toByteArray()).isEqualTo(first.getBody().toByteArray());
  }

  @Test
  void doesNotRetryARefusalByTheReceiver() {
    receiver.enqueue(new MockResponse.Builder().code(404).build());

    CliRun run =
        CliRun.of(
            "send",
            "--url",
            receiver.url("/hook").toString(),
            "--event",
            "afterCreate",
            "--class",
            "Ticket",
            "--payload",
            payload.toString(),
            "--secret-file",
            secretFile.toString(),
            "--retries",
            "3");

    assertThat(run.status()).isEqualTo(1);
    assertThat(receiver.getRequestCount()).isEqualTo(1);
    assertThat(run.out()).startsWith("not delivered").contains("404");
  }

  @Test
  void refusesAnUnknownEventInOneLine() {
    CliRun run = send(receiver.url("/hook").toString(), "afterupdate", "Ticket");

    assertThat(run.status()).isEqualTo(2);
    assertThat(run.err().strip())
        .isEqualTo(
            "webhook: unknown event 'afterupdate': use afterCreate, afterUpdate, afterDelete");
  }

  @Test
  void refusesAnInvalidItemClass() {
    CliRun run = send(receiver.url("/hook").toString(), "afterCreate", "Ticket\nX: y");

    assertThat(run.status()).isEqualTo(2);
    assertThat(run.err()).startsWith("webhook: --class: item class is not a class name");
  }

  @Test
  void refusesAUrlWithoutHttp() {
    CliRun run = send("ftp://127.0.0.1/x", "afterCreate", "Ticket");

    assertThat(run.status()).isEqualTo(2);
    assertThat(run.err()).startsWith("webhook: --url:").doesNotContain("Exception");
  }

  @Test
  void reportsARefusedConnection() throws IOException {
    String url = receiver.url("/hook").toString();
    receiver.close();

    CliRun run = send(url, "afterCreate", "Ticket");

    assertThat(run.status()).isEqualTo(1);
    assertThat(run.out()).contains("not delivered");
  }

  private CliRun send(String url, String event, String itemClass) {
    return CliRun.of(
        "send",
        "--url",
        url,
        "--event",
        event,
        "--class",
        itemClass,
        "--payload",
        payload.toString(),
        "--secret-file",
        secretFile.toString(),
        "--timeout",
        "5s");
  }
}
