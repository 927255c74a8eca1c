package io.webhookkit.cli.internal;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.webhookkit.core.Secret;
import io.webhookkit.core.WebhookSigner;
import io.webhookkit.verifier.ReceivedHeaders;
import io.webhookkit.verifier.Rejection;
import io.webhookkit.verifier.RejectionReason;
import io.webhookkit.verifier.SignatureProfile;
import io.webhookkit.verifier.VerificationResult;
import io.webhookkit.verifier.WebhookRequest;
import io.webhookkit.verifier.WebhookVerifier;
import io.webhookkit.verifier.internal.BoundedBody;
import io.webhookkit.verifier.internal.HttpAnswer;
import io.webhookkit.verifier.internal.ProblemAnswers;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;

/**
 * The CLI's webhook receiver, the equivalent of the ProjeQtOr plugin's sample {@code receiver.php}:
 * a JDK {@link HttpServer} that reads each request's body up to a limit, asks a {@link
 * WebhookVerifier} for a verdict, answers with its status and a short JSON body, and hands a {@link
 * ReceivedRequest} to a listener.
 */
public final class WebhookReceiver implements AutoCloseable {

  /** Requests handled at once. */
  static final int THREADS = 32;

  /** The largest body limit the receiver accepts (it reads one byte past the limit). */
  public static final int MAX_BODY_LIMIT = 256 * 1024 * 1024;

  private final HttpServer server;
  private final ExecutorService executor;
  private final WebhookVerifier verifier;
  private final WebhookSigner signer;
  private final int maxBodyBytes;
  private final Clock clock;
  private final Consumer<ReceivedRequest> listener;

  private WebhookReceiver(
      HttpServer server,
      WebhookVerifier verifier,
      Secret secret,
      int maxBodyBytes,
      Clock clock,
      Consumer<ReceivedRequest> listener) {
    this.server = server;
    this.verifier = verifier;
    this.signer = WebhookSigner.of(secret);
    this.maxBodyBytes = maxBodyBytes;
    this.clock = clock;
    this.listener = listener;
    // Enough threads that a few slow clients cannot starve genuine senders; the JDK server's
    // maxReqTime (set by the CLI's main) cuts a slow client off after a bounded time.
    this.executor = Executors.newFixedThreadPool(THREADS, WebhookReceiver::daemonThread);
    server.setExecutor(executor);
    server.createContext("/", this::handle);
  }

  /**
   * Starts a receiver on {@code bind}:{@code port} (0 picks a free port).
   *
   * @throws UserError when the address cannot be bound
   */
  public static WebhookReceiver start(
      InetAddress bind,
      int port,
      WebhookVerifier verifier,
      Secret secret,
      int maxBodyBytes,
      Clock clock,
      Consumer<ReceivedRequest> listener) {
    HttpServer server;
    try {
      server = HttpServer.create(new InetSocketAddress(bind, port), 64);
    } catch (IOException e) {
      throw new UserError(
          "cannot listen on "
              + bind.getHostAddress()
              + ":"
              + port
              + ": "
              + SecretSource.describe(e)
              + " (is another program using the port?)");
    }
    WebhookReceiver receiver =
        new WebhookReceiver(server, verifier, secret, maxBodyBytes, clock, listener);
    server.start();
    return receiver;
  }

  /** Returns the port that the receiver listens on. */
  public int port() {
    return server.getAddress().getPort();
  }

  /** Returns the base URL of the receiver, ending with {@code /}. */
  public String url() {
    InetAddress address = server.getAddress().getAddress();
    String host = address.getHostAddress();
    if (address instanceof java.net.Inet6Address) {
      host = "[" + host.replaceFirst("%.*$", "") + "]";
    }
    return "http://" + host + ":" + port() + "/";
  }

  private void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      ReceivedHeaders headers = ReceivedHeaders.of(exchange.getRequestHeaders());
      byte[] body;
      boolean truncated;
      try (InputStream in = exchange.getRequestBody()) {
        // Reads at most one byte past the limit, and never with a zero-length read, which the
        // JDK's chunked stream would block on.
        java.util.Optional<byte[]> read = BoundedBody.readAtMost(in, maxBodyBytes);
        truncated = read.isEmpty();
        body = read.orElse(new byte[0]);
      }
      VerificationResult result;
      if (truncated) {
        // The body was not read to its end, so it is refused without being verified.
        result =
            VerificationResult.rejected(
                new Rejection(
                    RejectionReason.PAYLOAD_TOO_LARGE,
                    "the body is larger than the "
                        + maxBodyBytes
                        + " bytes this receiver accepts"));
      } else {
        result =
            verifier.verify(
                new WebhookRequest(
                    exchange.getRequestMethod(),
                    headers,
                    body,
                    exchange.getRemoteAddress().getAddress()));
      }
      ReceivedRequest request =
          new ReceivedRequest(
              clock.instant(),
              exchange.getRemoteAddress().getAddress().getHostAddress(),
              exchange.getRequestMethod(),
              exchange.getRequestURI().getRawPath(),
              headers,
              body,
              truncated,
              result,
              verifier.profile(),
              // Only the projeqtor signature covers the received bytes alone (when they are not
              // compressed), so only it can be recomputed for the log.
              verifier.profile() == SignatureProfile.PROJEQTOR
                      && headers.first("Content-Encoding").isEmpty()
                  ? signer.sign(body).headerValue()
                  : null);
      answer(exchange, request);
      listener.accept(request);
    }
  }

  private static void answer(HttpExchange exchange, ReceivedRequest request) throws IOException {
    VerificationResult result = request.result();
    if (result.isAccepted()) {
      byte[] bytes =
          ("{\"status\":200,\"result\":\"accepted\",\"delivery\":\""
                  + result.webhook().deliveryId()
                  + "\"}")
              .getBytes(StandardCharsets.UTF_8);
      exchange.getResponseHeaders().add("Content-Type", "application/json");
      send(exchange, request, 200, bytes);
      return;
    }
    // The same problem answers as the verifier's adapters: no detail on 403 and 5xx.
    HttpAnswer answer = ProblemAnswers.rejected(result.rejection(), false);
    answer.headers().forEach((name, value) -> exchange.getResponseHeaders().add(name, value));
    if (request.bodyTruncated()) {
      exchange.getResponseHeaders().set("Connection", "close");
    }
    send(exchange, request, answer.status(), answer.body());
  }

  private static void send(HttpExchange exchange, ReceivedRequest request, int status, byte[] body)
      throws IOException {
    if (request.method().equals("HEAD")) {
      // A HEAD answer has headers only.
      exchange.sendResponseHeaders(status, -1);
      return;
    }
    exchange.sendResponseHeaders(status, body.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(body);
    }
  }

  private static Thread daemonThread(Runnable task) {
    Thread thread = new Thread(task, "webhook-receiver");
    thread.setDaemon(true);
    return thread;
  }

  /** Stops accepting requests, waits up to a second for those in flight, and frees the port. */
  @Override
  public void close() {
    server.stop(1);
    executor.shutdownNow();
  }
}
