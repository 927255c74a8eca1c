package io.webhookkit.verifier.servlet;

import io.webhookkit.verifier.ReceivedHeaders;
import io.webhookkit.verifier.RejectionReason;
import io.webhookkit.verifier.VerificationResult;
import io.webhookkit.verifier.VerifiedWebhook;
import io.webhookkit.verifier.WebhookRequest;
import io.webhookkit.verifier.WebhookVerifier;
import io.webhookkit.verifier.internal.BoundedBody;
import io.webhookkit.verifier.internal.HeaderText;
import io.webhookkit.verifier.internal.HttpAnswer;
import io.webhookkit.verifier.internal.IpLiteral;
import io.webhookkit.verifier.internal.ProblemAnswers;
import io.webhookkit.verifier.internal.ReplayedBodyRequest;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Enumeration;
import java.util.HashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A servlet filter that lets only verified webhooks through to the servlets behind it.
 *
 * <p>For each request it reads the raw body from {@code getInputStream()}, at most {@link
 * WebhookVerifier#maxBodyBytes()} bytes, and hands method, headers, body and peer address to the
 * verifier. A verified request goes down the chain with the {@link VerifiedWebhook} in the request
 * attribute {@value #VERIFIED_WEBHOOK_ATTRIBUTE} and a body that can be read again, byte for byte,
 * through {@code getInputStream()} or {@code getReader()}. Any other request is answered here and
 * the chain is not called:
 *
 * <ul>
 *   <li>a rejection gets its {@linkplain io.webhookkit.verifier.Rejection#httpStatus() status} and
 *       a short {@code application/problem+json} body with the reason code, plus {@code
 *       WWW-Authenticate} on a credentials 401 and {@code Allow: POST} on a 405;
 *   <li>a body whose {@code Content-Length} is over the limit gets 413 before anything is read, and
 *       a body that turns out longer gets 413 after the limit plus one byte; the rest is never read
 *       and the answer asks to close the connection.
 * </ul>
 *
 * <p>Register the filter ahead of anything that reads request parameters or the body, since the raw
 * bytes must reach the verifier untouched. The filter is built in code, not from {@code
 * FilterConfig} init parameters: pass an instance to {@code ServletContext.addFilter} or to your
 * framework's filter registration. It reads the body with blocking I/O and does not decompress it
 * (the verifier decides what to do with {@code Content-Encoding}). It logs nothing.
 *
 * <p><b>Instances are immutable and safe to share between threads.</b>
 */
public final class WebhookFilter implements Filter {

  /** The request attribute that holds the {@link VerifiedWebhook} of an accepted request. */
  public static final String VERIFIED_WEBHOOK_ATTRIBUTE = "io.webhookkit.verifiedWebhook";

  private final WebhookVerifier verifier;
  private final boolean acknowledgeReplays;

  private WebhookFilter(Builder builder) {
    this.verifier = builder.verifier;
    this.acknowledgeReplays = builder.acknowledgeReplays;
  }

  /**
   * Returns a filter that checks each request with {@code verifier}, with the default options.
   *
   * @throws NullPointerException if {@code verifier} is null
   */
  public static WebhookFilter of(WebhookVerifier verifier) {
    return builder(verifier).build();
  }

  /**
   * Returns a builder for a filter that checks each request with {@code verifier}.
   *
   * @throws NullPointerException if {@code verifier} is null
   */
  public static Builder builder(WebhookVerifier verifier) {
    return new Builder(verifier);
  }

  /**
   * Verifies the request and either passes it down the chain or answers it; see the class
   * description.
   *
   * @throws ServletException if the request is not an HTTP request
   * @throws IOException if reading the body or writing the answer fails, as when the client
   *     disconnects; the container deals with it
   */
  @Override
  public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    if (!(request instanceof HttpServletRequest) || !(response instanceof HttpServletResponse)) {
      throw new ServletException(
          "WebhookFilter handles HTTP requests only: map it to the URL of an HTTP servlet");
    }
    HttpServletRequest httpRequest = (HttpServletRequest) request;
    HttpServletResponse httpResponse = (HttpServletResponse) response;

    int limit = verifier.maxBodyBytes();
    if (httpRequest.getContentLengthLong() > limit) {
      write(httpResponse, ProblemAnswers.bodyTooLarge(limit));
      return;
    }
    Optional<byte[]> body = BoundedBody.readAtMost(httpRequest.getInputStream(), limit);
    if (body.isEmpty()) {
      write(httpResponse, ProblemAnswers.bodyTooLarge(limit));
      return;
    }

    WebhookRequest webhookRequest =
        new WebhookRequest(
            httpRequest.getMethod(),
            headersOf(httpRequest),
            body.get(),
            IpLiteral.peerAddress(httpRequest.getRemoteAddr()));
    VerificationResult result = verifier.verify(webhookRequest);
    if (!result.isAccepted()) {
      write(httpResponse, ProblemAnswers.rejected(result.rejection(), acknowledgeReplays));
      return;
    }

    httpRequest.setAttribute(VERIFIED_WEBHOOK_ATTRIBUTE, result.webhook());
    chain.doFilter(new ReplayedBodyRequest(httpRequest, body.get()), response);
  }

  private static ReceivedHeaders headersOf(HttpServletRequest request) {
    ReceivedHeaders.Builder headers = ReceivedHeaders.builder();
    Enumeration<String> names = request.getHeaderNames();
    if (names == null) {
      return headers.build();
    }
    // A container may list a repeated name twice; adding its values twice would fake a duplicate.
    Set<String> seen = new HashSet<>();
    while (names.hasMoreElements()) {
      String name = names.nextElement();
      if (name == null || !seen.add(HeaderText.lowerCaseAscii(name))) {
        continue;
      }
      Enumeration<String> values = request.getHeaders(name);
      while (values != null && values.hasMoreElements()) {
        headers.add(name, values.nextElement());
      }
    }
    return headers.build();
  }

  private static void write(HttpServletResponse response, HttpAnswer answer) throws IOException {
    response.setStatus(answer.status());
    for (Map.Entry<String, String> header : answer.headers().entrySet()) {
      response.setHeader(header.getKey(), header.getValue());
    }
    byte[] body = answer.body();
    response.setContentLength(body.length);
    response.getOutputStream().write(body);
  }

  /** Shows the verifier's options and this filter's, never a secret. */
  @Override
  public String toString() {
    return "WebhookFilter[" + verifier + ", acknowledgeReplays=" + acknowledgeReplays + "]";
  }

  /** Collects the options of a {@link WebhookFilter}. Not thread-safe. */
  public static final class Builder {
    private final WebhookVerifier verifier;
    private boolean acknowledgeReplays;

    private Builder(WebhookVerifier verifier) {
      this.verifier = Objects.requireNonNull(verifier, "verifier");
    }

    /**
     * Answers a {@link RejectionReason#REPLAYED} delivery with {@code 200} and {@code
     * {"status":"duplicate"}} instead of {@code 409}, for an idempotent receiver that wants a
     * sender to stop retrying a delivery it already handled. The chain is still not called. Off by
     * default.
     */
    public Builder acknowledgeReplays(boolean acknowledgeReplays) {
      this.acknowledgeReplays = acknowledgeReplays;
      return this;
    }

    /** Returns the filter. */
    public WebhookFilter build() {
      return new WebhookFilter(this);
    }
  }
}
