package io.webhookkit.verifier.jdk;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import io.webhookkit.verifier.ReceivedHeaders;
import io.webhookkit.verifier.RejectionReason;
import io.webhookkit.verifier.VerificationResult;
import io.webhookkit.verifier.WebhookRequest;
import io.webhookkit.verifier.WebhookVerifier;
import io.webhookkit.verifier.internal.BoundedBody;
import io.webhookkit.verifier.internal.HttpAnswer;
import io.webhookkit.verifier.internal.ProblemAnswers;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * An {@link HttpHandler} for the JDK's built-in {@code HttpServer} that verifies each request and
 * hands the verified webhooks to a {@link WebhookReceiver}.
 *
 * <p>It reads the raw request body, at most {@link WebhookVerifier#maxBodyBytes()} bytes, and hands
 * method, headers, body and peer address to the verifier. Then:
 *
 * <ul>
 *   <li>a verified webhook goes to the receiver; if the receiver does not answer, the handler
 *       answers {@code 204 No Content}, which every sender takes as delivered;
 *   <li>a receiver that throws gets {@code 500} with a generic problem body that says nothing of
 *       the failure; the exception is then rethrown, so that a {@code Filter} of the context can
 *       record it (the server then closes the connection);
 *   <li>a rejection gets its {@linkplain io.webhookkit.verifier.Rejection#httpStatus() status} and
 *       a short {@code application/problem+json} body with the reason code, plus {@code
 *       WWW-Authenticate} on a credentials 401 and {@code Allow: POST} on a 405;
 *   <li>a body whose {@code Content-Length} is over the limit gets 413 before anything is read, and
 *       a body that turns out longer gets 413 after the limit plus one byte, with {@code
 *       Connection: close}. The handler reads no further, though the server itself may drain a
 *       little of the rest before it closes the connection.
 * </ul>
 *
 * <p>The body is not decompressed here: the verifier decides what to do with {@code
 * Content-Encoding}. The handler always closes the exchange and logs nothing.
 *
 * <p><b>Instances are immutable and safe to share between threads</b>, provided the receiver is.
 */
public final class WebhookHttpHandler implements HttpHandler {

  private final WebhookVerifier verifier;
  private final WebhookReceiver receiver;
  private final boolean acknowledgeReplays;

  private WebhookHttpHandler(Builder builder) {
    this.verifier = builder.verifier;
    this.receiver = builder.receiver;
    this.acknowledgeReplays = builder.acknowledgeReplays;
  }

  /**
   * Returns a handler that checks each request with {@code verifier} and hands verified webhooks to
   * {@code receiver}, with the default options.
   *
   * @throws NullPointerException if either argument is null
   */
  public static WebhookHttpHandler of(WebhookVerifier verifier, WebhookReceiver receiver) {
    return builder(verifier, receiver).build();
  }

  /**
   * Returns a builder for a handler that checks each request with {@code verifier} and hands
   * verified webhooks to {@code receiver}.
   *
   * @throws NullPointerException if either argument is null
   */
  public static Builder builder(WebhookVerifier verifier, WebhookReceiver receiver) {
    return new Builder(verifier, receiver);
  }

  /**
   * Verifies the request of {@code exchange} and answers it; see the class description.
   *
   * @throws IOException if reading the body or writing the answer fails, or as the receiver threw
   *     it
   */
  @Override
  public void handle(HttpExchange exchange) throws IOException {
    try {
      answer(exchange);
    } finally {
      exchange.close();
    }
  }

  private void answer(HttpExchange exchange) throws IOException {
    int limit = verifier.maxBodyBytes();
    String contentLength = exchange.getRequestHeaders().getFirst("Content-Length");
    if (BoundedBody.declaredLength(contentLength) > limit) {
      send(exchange, ProblemAnswers.bodyTooLarge(limit));
      return;
    }
    Optional<byte[]> body = BoundedBody.readAtMost(exchange.getRequestBody(), limit);
    if (body.isEmpty()) {
      send(exchange, ProblemAnswers.bodyTooLarge(limit));
      return;
    }

    WebhookRequest request =
        new WebhookRequest(
            exchange.getRequestMethod(),
            ReceivedHeaders.of(exchange.getRequestHeaders()),
            body.get(),
            remoteAddress(exchange));
    VerificationResult result = verifier.verify(request);
    if (!result.isAccepted()) {
      send(exchange, ProblemAnswers.rejected(result.rejection(), acknowledgeReplays));
      return;
    }

    try {
      receiver.receive(result.webhook(), exchange);
    } catch (IOException | RuntimeException e) {
      if (!answered(exchange)) {
        send(exchange, ProblemAnswers.receiverFailed());
      }
      throw e;
    }
    if (!answered(exchange)) {
      exchange.sendResponseHeaders(204, -1);
    }
  }

  private static boolean answered(HttpExchange exchange) {
    return exchange.getResponseCode() != -1;
  }

  private static InetAddress remoteAddress(HttpExchange exchange) {
    InetSocketAddress peer = exchange.getRemoteAddress();
    return peer == null ? null : peer.getAddress();
  }

  private static void send(HttpExchange exchange, HttpAnswer answer) throws IOException {
    for (Map.Entry<String, String> header : answer.headers().entrySet()) {
      exchange.getResponseHeaders().set(header.getKey(), header.getValue());
    }
    byte[] body = answer.body();
    exchange.sendResponseHeaders(answer.status(), body.length == 0 ? -1 : body.length);
    // Closing the body stream sends the answer before the server drains what is left of the
    // request.
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(body);
    }
  }

  /** Shows the verifier's options and this handler's, never a secret. */
  @Override
  public String toString() {
    return "WebhookHttpHandler[" + verifier + ", acknowledgeReplays=" + acknowledgeReplays + "]";
  }

  /** Collects the options of a {@link WebhookHttpHandler}. Not thread-safe. */
  public static final class Builder {
    private final WebhookVerifier verifier;
    private final WebhookReceiver receiver;
    private boolean acknowledgeReplays;

    private Builder(WebhookVerifier verifier, WebhookReceiver receiver) {
      this.verifier = Objects.requireNonNull(verifier, "verifier");
      this.receiver = Objects.requireNonNull(receiver, "receiver");
    }

    /**
     * Answers a {@link RejectionReason#REPLAYED} delivery with {@code 200} and {@code
     * {"status":"duplicate"}} instead of {@code 409}, for an idempotent receiver that wants a
     * sender to stop retrying a delivery it already handled. The receiver is still not called. Off
     * by default.
     */
    public Builder acknowledgeReplays(boolean acknowledgeReplays) {
      this.acknowledgeReplays = acknowledgeReplays;
      return this;
    }

    /** Returns the handler. */
    public WebhookHttpHandler build() {
      return new WebhookHttpHandler(this);
    }
  }
}
