package io.webhookkit.benchmarks;

import com.sun.net.httpserver.HttpExchange;
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
import io.webhookkit.core.WebhookSigner;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * Sends one delivery per operation to a receiver on 127.0.0.1 that reads the body and answers 204:
 * through {@link WebhookClient#send}, and through a bare OkHttp POST loop with the same settings
 * (timeouts, no redirects, no retries, one connection pool reused), the same byte-array body and
 * the same headers, signed once in the setup rather than per request. Both read the response.
 *
 * <p>The receiver runs in the same JVM, so its work and allocation count in both figures alike.
 * Nothing is sent to any other host.
 *
 * <p>{@link DispatcherBenchmark} measures the same path through the dispatcher and its outbox.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class SendingBenchmark {

  private static final String SECRET = "benchmark-secret-of-the-projeqtor-sender";
  private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(5);
  private static final Duration READ_TIMEOUT = Duration.ofSeconds(10);
  private static final Duration WRITE_TIMEOUT = Duration.ofSeconds(10);
  private static final Duration CALL_TIMEOUT = Duration.ofSeconds(30);
  private static final String USER_AGENT = "webhookkit-benchmark";

  @Param({Payloads.TICKET, Payloads.LARGE})
  public String size;

  private HttpServer receiver;
  private WebhookClient client;
  private WebhookEndpoint endpoint;
  private Delivery delivery;

  private OkHttpClient bare;
  private Request bareRequest;

  /** Starts the loopback receiver and both senders, and checks that each one is answered 204. */
  @Setup(Level.Trial)
  public void start() throws IOException {
    receiver = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    receiver.createContext("/webhooks", SendingBenchmark::answerNoContent);
    receiver.start();
    URI url =
        URI.create("http://127.0.0.1:" + receiver.getAddress().getPort() + "/webhooks/tickets");

    byte[] body = Payloads.bytes(size);
    Secret secret = Secret.of(SECRET);
    delivery = Delivery.of(WebhookEvent.AFTER_UPDATE, ItemClass.of("Ticket"), Payload.of(body));
    endpoint = WebhookEndpoint.of(url, secret);
    client =
        WebhookClient.builder()
            .connectTimeout(CONNECT_TIMEOUT)
            .readTimeout(READ_TIMEOUT)
            .writeTimeout(WRITE_TIMEOUT)
            .callTimeout(CALL_TIMEOUT)
            .userAgent(USER_AGENT)
            .build();

    bare =
        new OkHttpClient.Builder()
            .connectTimeout(CONNECT_TIMEOUT)
            .readTimeout(READ_TIMEOUT)
            .writeTimeout(WRITE_TIMEOUT)
            .callTimeout(CALL_TIMEOUT)
            .followRedirects(false)
            .followSslRedirects(false)
            .retryOnConnectionFailure(false)
            .build();
    Map<String, String> headers =
        ProjeqtorHeaders.forAttempt(delivery, WebhookSigner.of(secret), Instant.now());
    Request.Builder request =
        new Request.Builder()
            .url(url.toString())
            .post(RequestBody.create(body, MediaType.get(ProjeqtorHeaders.JSON_CONTENT_TYPE)))
            .header("User-Agent", USER_AGENT);
    headers.forEach(request::header);
    bareRequest = request.build();

    DeliveryAttempt attempt = webhookClient();
    if (!attempt.isDelivered()) {
      throw new IllegalStateException("the loopback receiver refused: " + attempt.describe());
    }
    int status = bareOkHttp();
    if (status != 204) {
      throw new IllegalStateException("the loopback receiver answered " + status + ", not 204");
    }
  }

  /** Closes both senders and stops the receiver. */
  @TearDown(Level.Trial)
  public void stop() {
    client.close();
    bare.dispatcher().executorService().shutdown();
    bare.connectionPool().evictAll();
    receiver.stop(0);
  }

  /** One signed delivery through our client: sign, send, read the answer. */
  @Benchmark
  public DeliveryAttempt webhookClient() {
    return client.send(endpoint, delivery);
  }

  /** The floor: the same POST through a bare OkHttp client, reading the response body. */
  @Benchmark
  public int bareOkHttp() throws IOException {
    try (Response response = bare.newCall(bareRequest).execute()) {
      response.body().source().readByteString();
      return response.code();
    }
  }

  private static void answerNoContent(HttpExchange exchange) throws IOException {
    try (InputStream in = exchange.getRequestBody()) {
      in.transferTo(OutputStream.nullOutputStream());
    }
    exchange.sendResponseHeaders(204, -1);
    exchange.close();
  }
}
