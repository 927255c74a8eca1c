package io.webhookkit.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.MockResponseBody;
import mockwebserver3.MockWebServer;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import okio.Buffer;
import okio.BufferedSink;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** How the receiver's answer, or its absence, becomes an attempt's outcome. */
class WebhookClientOutcomeTest {

  private final MockWebServer server = new MockWebServer();
  private WebhookClient client;
  private WebhookEndpoint endpoint;

  @BeforeEach
  void start() throws IOException {
    server.start(TestDeliveries.loopback(), 0);
    client = WebhookClient.builder().clock(TestDeliveries.CLOCK).build();
    endpoint = TestDeliveries.endpoint(server.url("/hook").uri());
  }

  @AfterEach
  void stop() {
    client.close();
    server.close();
  }

  private DeliveryAttempt answer(MockResponse response) {
    server.enqueue(response);
    return client.send(endpoint, TestDeliveries.ticket());
  }

  @Test
  void twoHundredIsDelivered() {
    DeliveryAttempt attempt = answer(new MockResponse.Builder().code(200).body("ok").build());

    assertThat(attempt.outcome()).isEqualTo(AttemptOutcome.DELIVERED);
    assertThat(attempt.isDelivered()).isTrue();
    assertThat(attempt.statusCode()).isEqualTo(200);
    assertThat(attempt.responseExcerpt()).isEqualTo("ok");
    assertThat(attempt.deliveryId()).isEqualTo(TestDeliveries.ID);
    assertThat(attempt.url()).isEqualTo(endpoint.url());
    assertThat(attempt.timestamp()).isEqualTo(TestDeliveries.NOW_SECONDS);
    assertThat(attempt.error()).isNull();
  }

  @Test
  void keepsTheRawRetryAfterHeaderOfARejection() {
    DeliveryAttempt attempt =
        answer(new MockResponse.Builder().code(503).addHeader("Retry-After", "120").build());

    assertThat(attempt.retryAfter()).isEqualTo("120");
  }

  @Test
  void aServiceUnavailableWithRetryAfterZeroIsOneRequest() {
    server.enqueue(new MockResponse.Builder().code(503).addHeader("Retry-After", "0").build());
    server.enqueue(new MockResponse.Builder().code(200).build());

    DeliveryAttempt attempt = client.send(endpoint, TestDeliveries.ticket());

    // OkHttp would repeat this request by itself; an attempt is exactly one request.
    assertThat(attempt.statusCode()).isEqualTo(503);
    assertThat(attempt.retryAfter()).isEqualTo("0");
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void aPooledConnectionThatTheReceiverClosedIsReplacedByANewOne() {
    // The receiver answers, then drops the kept-alive connection without a word, as servers do
    // with idle connections after a few seconds.
    server.enqueue(
        new MockResponse.Builder()
            .code(503)
            .onResponseEnd(mockwebserver3.SocketEffect.ShutdownConnection.INSTANCE)
            .build());
    server.enqueue(new MockResponse.Builder().code(200).build());

    DeliveryAttempt first = client.send(endpoint, TestDeliveries.ticket());
    DeliveryAttempt second = client.send(endpoint, TestDeliveries.ticket());

    assertThat(first.statusCode()).isEqualTo(503);
    assertThat(second.outcome()).as(second.describe()).isEqualTo(AttemptOutcome.DELIVERED);
    assertThat(server.getRequestCount()).isEqualTo(2);
  }

  @Test
  void retryAfterIsNullWhenTheHeaderIsAbsent() {
    DeliveryAttempt attempt = answer(new MockResponse.Builder().code(503).build());

    assertThat(attempt.retryAfter()).isNull();
  }

  @Test
  void twoHundredFourWithoutBodyIsDeliveredWithEmptyExcerpt() {
    DeliveryAttempt attempt = answer(new MockResponse.Builder().code(204).build());

    assertThat(attempt.outcome()).isEqualTo(AttemptOutcome.DELIVERED);
    assertThat(attempt.responseExcerpt()).isEmpty();
  }

  @Test
  void fiveHundredIsRejectedWithStatusAndExcerpt() {
    DeliveryAttempt attempt =
        answer(new MockResponse.Builder().code(500).body("{\"error\":\"database down\"}").build());

    assertThat(attempt.outcome()).isEqualTo(AttemptOutcome.REJECTED);
    assertThat(attempt.isDelivered()).isFalse();
    assertThat(attempt.statusCode()).isEqualTo(500);
    assertThat(attempt.responseExcerpt()).isEqualTo("{\"error\":\"database down\"}");
  }

  @Test
  void fourHundredFourIsRejectedWithStatusAndExcerpt() {
    DeliveryAttempt attempt =
        answer(new MockResponse.Builder().code(404).body("no such hook").build());

    assertThat(attempt.outcome()).isEqualTo(AttemptOutcome.REJECTED);
    assertThat(attempt.statusCode()).isEqualTo(404);
    assertThat(attempt.responseExcerpt()).isEqualTo("no such hook");
    assertThat(attempt.describe()).startsWith("404 Not Found from " + endpoint.url() + " in ");
  }

  @Test
  void unauthorizedIsRejectedAndNotRetriedWithOtherCredentials() {
    DeliveryAttempt attempt =
        answer(
            new MockResponse.Builder()
                .code(401)
                .addHeader("WWW-Authenticate", "Basic realm=\"hooks\"")
                .build());

    assertThat(attempt.outcome()).isEqualTo(AttemptOutcome.REJECTED);
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void redirectIsReportedWithItsLocationAndNotFollowed() {
    server.enqueue(
        new MockResponse.Builder()
            .code(302)
            .addHeader("Location", server.url("/elsewhere").toString())
            .build());
    server.enqueue(new MockResponse.Builder().code(200).build()); // The redirect's target.

    DeliveryAttempt attempt = client.send(endpoint, TestDeliveries.ticket());

    assertThat(attempt.outcome()).isEqualTo(AttemptOutcome.REDIRECTED);
    assertThat(attempt.statusCode()).isEqualTo(302);
    assertThat(attempt.location()).isEqualTo(server.url("/elsewhere").toString());
    assertThat(attempt.describe())
        .isEqualTo(
            "redirected (302) to " + server.url("/elsewhere") + ": redirects are not followed");
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void redirectIsNotFollowedEvenWhenTheSharedBaseClientFollowsRedirects() {
    OkHttpClient base = new OkHttpClient.Builder().followRedirects(true).build();
    client.close();
    client = WebhookClient.builder().okHttpClient(base).build();
    server.enqueue(
        new MockResponse.Builder().code(307).addHeader("Location", "/elsewhere").build());
    server.enqueue(new MockResponse.Builder().code(200).build()); // The redirect's target.

    DeliveryAttempt attempt = client.send(endpoint, TestDeliveries.ticket());

    assertThat(attempt.outcome()).isEqualTo(AttemptOutcome.REDIRECTED);
    assertThat(attempt.location()).isEqualTo("/elsewhere");
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void hugeResponseBodyIsCutToTheExcerptLimit() {
    client.close();
    client = WebhookClient.builder().responseExcerptLimit(16).build();

    DeliveryAttempt attempt =
        answer(new MockResponse.Builder().code(500).body("x".repeat(1024 * 1024)).build());

    assertThat(attempt.responseExcerpt()).isEqualTo("x".repeat(16));
  }

  @Test
  void excerptLimitCuttingACharacterDropsItsLeadingBytes() {
    client.close();
    client = WebhookClient.builder().responseExcerptLimit(5).build();

    // "é" is 2 bytes in UTF-8: the limit of 5 bytes falls inside the third one.
    DeliveryAttempt attempt = answer(new MockResponse.Builder().code(400).body("ééé").build());

    assertThat(attempt.responseExcerpt()).isEqualTo("éé");
  }

  @Test
  void hugeResponseBodyIsNotReadToTheEnd() throws Exception {
    EndlessBody body = new EndlessBody(1L << 30);

    DeliveryAttempt attempt = answer(new MockResponse.Builder().code(500).body(body).build());

    long written = body.bytesWritten.get(10, TimeUnit.SECONDS);
    assertThat(attempt.responseExcerpt()).hasSize(1024);
    // What the server could write is bounded by socket buffers, far below what it offered.
    assertThat(written).as("bytes the server wrote").isLessThan(16L * 1024 * 1024);
  }

  @Test
  void slowResponseHeadersTimeOut() {
    client.close();
    client = WebhookClient.builder().readTimeout(Duration.ofMillis(200)).build();

    DeliveryAttempt attempt =
        answer(new MockResponse.Builder().code(200).headersDelay(5, TimeUnit.SECONDS).build());

    assertThat(attempt.outcome()).isEqualTo(AttemptOutcome.TIMED_OUT);
    assertThat(attempt.statusCode()).isZero();
    assertThat(attempt.duration()).isLessThan(Duration.ofSeconds(4));
    assertThat(attempt.error()).contains("no response within the read timeout of 200 ms");
  }

  @Test
  void slowResponseBodyTimesOut() {
    client.close();
    // Long enough that the status line arrives first even on a loaded machine.
    client = WebhookClient.builder().readTimeout(Duration.ofSeconds(1)).build();

    DeliveryAttempt attempt =
        answer(
            new MockResponse.Builder()
                .code(200)
                .body("late")
                .bodyDelay(5, TimeUnit.SECONDS)
                .build());

    assertThat(attempt.outcome()).isEqualTo(AttemptOutcome.TIMED_OUT);
    assertThat(attempt.statusCode()).isEqualTo(200);
    assertThat(attempt.duration()).isLessThan(Duration.ofSeconds(4));
    assertThat(attempt.error()).contains("response body stalled");
  }

  @Test
  void callTimeoutEndsASlowAttempt() {
    client.close();
    client = WebhookClient.builder().callTimeout(Duration.ofMillis(200)).build();

    DeliveryAttempt attempt =
        answer(new MockResponse.Builder().code(200).headersDelay(5, TimeUnit.SECONDS).build());

    assertThat(attempt.outcome()).isEqualTo(AttemptOutcome.TIMED_OUT);
    assertThat(attempt.error()).contains("call timeout of 200 ms");
  }

  @Test
  void refusedConnectionIsConnectionFailed() throws IOException {
    int closedPort;
    try (ServerSocket socket = new ServerSocket(0, 1, TestDeliveries.loopback())) {
      closedPort = socket.getLocalPort();
    }
    URI nobodyListens = URI.create("http://127.0.0.1:" + closedPort + "/hook");

    DeliveryAttempt attempt =
        client.send(TestDeliveries.endpoint(nobodyListens), TestDeliveries.ticket());

    assertThat(attempt.outcome()).isEqualTo(AttemptOutcome.CONNECTION_FAILED);
    assertThat(attempt.statusCode()).isZero();
    assertThat(attempt.responseExcerpt()).isEmpty();
    assertThat(attempt.error()).isNotBlank();
    assertThat(attempt.describe())
        .startsWith("connection failed after ")
        .contains(nobodyListens.toString());
  }

  @Test
  void closedClientRefusesToSend() {
    client.close();

    assertThatThrownBy(() -> client.send(endpoint, TestDeliveries.ticket()))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("closed");
  }

  @Test
  void closingAClientLeavesTheSharedBaseClientUsable() throws IOException {
    OkHttpClient base = new OkHttpClient();
    client.close();
    client = WebhookClient.builder().okHttpClient(base).build();
    server.enqueue(new MockResponse.Builder().code(204).build());
    client.send(endpoint, TestDeliveries.ticket());

    client.close();

    server.enqueue(new MockResponse.Builder().code(200).body("still here").build());
    Request request = new Request.Builder().url(server.url("/after-close")).build();
    try (Response response = base.newCall(request).execute()) {
      assertThat(response.body().string()).isEqualTo("still here");
    } finally {
      base.dispatcher().executorService().shutdown();
      base.connectionPool().evictAll();
    }
  }

  /** A body that offers far more bytes than any client should read, and counts what it wrote. */
  private static final class EndlessBody implements MockResponseBody {
    private final long length;
    final CompletableFuture<Long> bytesWritten = new CompletableFuture<>();

    EndlessBody(long length) {
      this.length = length;
    }

    @Override
    public long getContentLength() {
      return length;
    }

    @Override
    public void writeTo(BufferedSink sink) throws IOException {
      Buffer chunk = new Buffer().write(new byte[64 * 1024]);
      long written = 0;
      try {
        while (written < length) {
          sink.write(chunk.copy(), chunk.size());
          sink.flush();
          written += chunk.size();
        }
      } finally {
        bytesWritten.complete(written);
      }
    }
  }
}
