package io.webhookkit.client;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Proxy;
import java.util.ArrayList;
import java.util.List;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import okhttp3.Call;
import okhttp3.EventListener;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The guard in a real client, against our own server on 127.0.0.1: a refused attempt must not open
 * even a connection to it. No other address is ever connected to.
 */
class SsrfGuardClientTest {

  private final MockWebServer server = new MockWebServer();
  private final List<InetSocketAddress> connects = new ArrayList<>();
  private final List<String> lookups = new ArrayList<>();
  private OkHttpClient base;

  @BeforeEach
  void start() throws IOException {
    server.start(TestDeliveries.loopback(), 0);
    base =
        new OkHttpClient.Builder()
            .eventListener(
                new EventListener() {
                  @Override
                  public void connectStart(Call call, InetSocketAddress address, Proxy proxy) {
                    connects.add(address);
                  }
                })
            .build();
  }

  @AfterEach
  void stop() {
    server.close();
    base.dispatcher().executorService().shutdown();
    base.connectionPool().evictAll();
  }

  private DeliveryAttempt send(SsrfGuard guard, String url) {
    try (WebhookClient client =
        WebhookClient.builder().okHttpClient(base).ssrfGuard(guard).build()) {
      return client.send(
          TestDeliveries.endpoint(java.net.URI.create(url)), TestDeliveries.ticket());
    }
  }

  private String url(String host) {
    return "http://" + host + ":" + server.getPort() + "/hook";
  }

  @Test
  void okHttpDoesNotAskItsDnsAboutAnIpLiteralHost() throws IOException {
    server.enqueue(new MockResponse.Builder().code(204).build());
    OkHttpClient recording =
        base.newBuilder()
            .dns(
                host -> {
                  lookups.add(host);
                  return List.of(InetAddress.getByName(host));
                })
            .build();

    try (Response response =
        recording.newCall(new Request.Builder().url(url("127.0.0.1")).build()).execute()) {
      assertThat(response.code()).isEqualTo(204);
    }
    assertThat(lookups).isEmpty();
  }

  @Test
  void theDefaultGuardRefusesALoopbackLiteralWithoutConnecting() {
    DeliveryAttempt attempt = send(SsrfGuard.defaults(), url("127.0.0.1"));

    assertThat(attempt.outcome()).isEqualTo(AttemptOutcome.CONNECTION_FAILED);
    assertThat(server.getRequestCount()).isZero();
    assertThat(connects).isEmpty();
  }

  @Test
  void aRefusedAttemptSaysTheGuardBlockedItAndHowToAllowIt() {
    DeliveryAttempt attempt = send(SsrfGuard.defaults(), url("127.0.0.1"));

    assertThat(attempt.describe())
        .contains(
            "blocked by the SSRF guard: 127.0.0.1 is a loopback address;"
                + " to allow it, use SsrfGuard.builder().allowHost(\"127.0.0.1\")");
  }

  @Test
  void theDefaultGuardRefusesADecimalLoopbackLiteral() {
    DeliveryAttempt attempt = send(SsrfGuard.defaults(), url("2130706433"));

    assertThat(attempt.error()).contains("loopback");
    assertThat(connects).isEmpty();
  }

  @Test
  void theGuardRefusesANameThatResolvesToLoopback() {
    SsrfGuard guard =
        SsrfGuard.builder().upstream(host -> List.of(TestDeliveries.loopback())).build();

    DeliveryAttempt attempt = send(guard, url("hooks.test"));

    assertThat(attempt.error()).contains("hooks.test resolves to 127.0.0.1, a loopback address");
    assertThat(server.getRequestCount()).isZero();
    assertThat(connects).isEmpty();
  }

  @Test
  void anAllowedLoopbackGetsThrough() {
    server.enqueue(new MockResponse.Builder().code(204).build());
    SsrfGuard guard = SsrfGuard.builder().allowAddresses(InetAddress::isLoopbackAddress).build();

    DeliveryAttempt attempt = send(guard, url("127.0.0.1"));

    assertThat(attempt.outcome()).isEqualTo(AttemptOutcome.DELIVERED);
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void anAllowedHostGetsThrough() {
    server.enqueue(new MockResponse.Builder().code(204).build());
    SsrfGuard guard = SsrfGuard.builder().allowHost("127.0.0.1").build();

    DeliveryAttempt attempt = send(guard, url("127.0.0.1"));

    assertThat(attempt.outcome()).isEqualTo(AttemptOutcome.DELIVERED);
  }
}
