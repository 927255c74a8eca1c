package io.webhookkit.client;

import static io.webhookkit.client.TestDeliveries.CLOCK;
import static io.webhookkit.client.TestDeliveries.ID;
import static io.webhookkit.client.TestDeliveries.NOW_SECONDS;
import static io.webhookkit.client.TestDeliveries.SECRET;
import static org.assertj.core.api.Assertions.assertThat;

import io.webhookkit.core.BasicCredentials;
import io.webhookkit.core.Delivery;
import io.webhookkit.core.ItemClass;
import io.webhookkit.core.Payload;
import io.webhookkit.core.SignatureHeader;
import io.webhookkit.core.WebhookEvent;
import io.webhookkit.core.WebhookSigner;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What arrives at the receiver: method, exact bytes and headers. */
class WebhookClientWireTest {

  private final MockWebServer server = new MockWebServer();
  private WebhookClient client;
  private WebhookEndpoint endpoint;

  @BeforeEach
  void start() throws IOException {
    server.start(TestDeliveries.loopback(), 0);
    server.enqueue(new MockResponse.Builder().code(204).build());
    client = WebhookClient.builder().clock(CLOCK).build();
    endpoint = TestDeliveries.endpoint(server.url("/hook").uri());
  }

  @AfterEach
  void stop() {
    client.close();
    server.close();
  }

  private RecordedRequest sendAndTake(Delivery delivery) throws InterruptedException {
    client.send(endpoint, delivery);
    return server.takeRequest(5, TimeUnit.SECONDS);
  }

  @Test
  void postsTheTicketSampleByteForByte() throws InterruptedException {
    RecordedRequest request = sendAndTake(TestDeliveries.ticket());

    assertThat(request.getMethod()).isEqualTo("POST");
    assertThat(request.getUrl().encodedPath()).isEqualTo("/hook");
    assertThat(request.getBody().toByteArray())
        .isEqualTo(TestDeliveries.resource("seed-ticket.json"));
  }

  @Test
  void postsNonAsciiPayloadWithTrailingNewlineWithoutReEncoding() throws InterruptedException {
    byte[] bytes = TestDeliveries.resource("non-ascii-trailing-newline.json");
    Delivery delivery =
        new Delivery(ID, WebhookEvent.AFTER_CREATE, ItemClass.of("Ticket"), Payload.of(bytes));

    RecordedRequest request = sendAndTake(delivery);

    assertThat(bytes[bytes.length - 1]).isEqualTo((byte) '\n');
    assertThat(request.getBody().toByteArray()).isEqualTo(bytes);
    assertThat(request.getHeaders().get("Content-Length"))
        .isEqualTo(Integer.toString(bytes.length));
  }

  @Test
  void sendsContentTypeExactlyApplicationJsonWithoutCharset() throws InterruptedException {
    RecordedRequest request = sendAndTake(TestDeliveries.ticket());

    assertThat(request.getHeaders().values("Content-Type")).containsExactly("application/json");
  }

  @Test
  void sendsEveryProjeqtorHeader() throws InterruptedException {
    RecordedRequest request = sendAndTake(TestDeliveries.ticket());

    assertThat(request.getHeaders().get("Projeqtor-Event")).isEqualTo("afterUpdate");
    assertThat(request.getHeaders().get("Projeqtor-Class")).isEqualTo("Ticket");
    assertThat(request.getHeaders().get("Projeqtor-Delivery")).isEqualTo(ID.toString());
    assertThat(request.getHeaders().get("Projeqtor-Timestamp")).isNotBlank();
    assertThat(request.getHeaders().get("Projeqtor-Signature-Sha256")).startsWith("sha256=");
  }

  @Test
  void signatureVerifiesOverTheReceivedBytes() throws InterruptedException {
    RecordedRequest request = sendAndTake(TestDeliveries.ticket());

    SignatureHeader.Parsed signature =
        SignatureHeader.parse(request.getHeaders().get("Projeqtor-Signature-Sha256"));
    Payload received = Payload.of(request.getBody().toByteArray());
    assertThat(signature.isValid()).isTrue();
    assertThat(WebhookSigner.of(SECRET).verify(received, signature.signature())).isTrue();
  }

  @Test
  void timestampIsTheClocksUnixSeconds() throws InterruptedException {
    RecordedRequest request = sendAndTake(TestDeliveries.ticket());

    assertThat(request.getHeaders().get("Projeqtor-Timestamp"))
        .isEqualTo(Long.toString(NOW_SECONDS));
  }

  @Test
  void explicitTimestampIsSentAndRecorded() throws InterruptedException {
    Instant timestamp = Instant.ofEpochSecond(1_700_000_000L, 999_000_000);

    DeliveryAttempt attempt = client.send(endpoint, TestDeliveries.ticket(), timestamp);

    RecordedRequest request = server.takeRequest(5, TimeUnit.SECONDS);
    assertThat(request.getHeaders().get("Projeqtor-Timestamp")).isEqualTo("1700000000");
    assertThat(attempt.timestamp()).isEqualTo(1_700_000_000L);
    assertThat(attempt.startedAt()).isEqualTo(TestDeliveries.NOW);
  }

  @Test
  void sendsNoAuthorizationWithoutBasicAuth() throws InterruptedException {
    RecordedRequest request = sendAndTake(TestDeliveries.ticket());

    assertThat(request.getHeaders().get("Authorization")).isNull();
  }

  @Test
  void sendsBasicAuthInUtf8WithAColonInThePassword() throws InterruptedException {
    BasicCredentials credentials = new BasicCredentials("projeqtör", "pa:ss wörd€");
    endpoint = endpoint.withBasicAuth(credentials);

    RecordedRequest request = sendAndTake(TestDeliveries.ticket());

    String expected =
        "Basic "
            + Base64.getEncoder()
                .encodeToString("projeqtör:pa:ss wörd€".getBytes(StandardCharsets.UTF_8));
    String received = request.getHeaders().get("Authorization");
    assertThat(received).isEqualTo(expected);
    assertThat(BasicCredentials.parseAuthorizationHeader(received)).contains(credentials);
  }

  @Test
  void sendsTheConfiguredUserAgent() throws InterruptedException {
    client.close();
    client = WebhookClient.builder().userAgent("acme-sender/2.0").build();

    RecordedRequest request = sendAndTake(TestDeliveries.ticket());

    assertThat(request.getHeaders().get("User-Agent")).isEqualTo("acme-sender/2.0");
  }

  @Test
  void sendsAWebhookkitUserAgentByDefault() throws InterruptedException {
    RecordedRequest request = sendAndTake(TestDeliveries.ticket());

    assertThat(request.getHeaders().get("User-Agent")).startsWith("webhookkit");
  }

  @Test
  void sameDeliverySentTwiceKeepsItsIdAndBytes() throws InterruptedException {
    server.enqueue(new MockResponse.Builder().code(204).build());
    Delivery delivery = TestDeliveries.ticket();

    RecordedRequest first = sendAndTake(delivery);
    RecordedRequest second = sendAndTake(delivery);

    assertThat(second.getHeaders().get("Projeqtor-Delivery"))
        .isEqualTo(first.getHeaders().get("Projeqtor-Delivery"))
        .isEqualTo(ID.toString());
    assertThat(second.getBody()).isEqualTo(first.getBody());
  }
}
