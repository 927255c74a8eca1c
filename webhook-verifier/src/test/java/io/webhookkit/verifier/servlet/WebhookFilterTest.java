package io.webhookkit.verifier.servlet;

import static org.assertj.core.api.Assertions.assertThat;

import io.webhookkit.core.BasicCredentials;
import io.webhookkit.verifier.AdapterFixtures;
import io.webhookkit.verifier.WebhookVerifier;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublisher;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;
import org.eclipse.jetty.ee10.servlet.FilterHolder;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.ee10.servlet.ServletHolder;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Runs {@link WebhookFilter} in a real Jetty 12 on 127.0.0.1 and talks to it over HTTP. */
class WebhookFilterTest {

  private static final int LIMIT = 4096;
  private static final BasicCredentials CREDENTIALS = new BasicCredentials("projeqtor", "s3cret");

  /** What the servlet behind the filter saw: the attribute, and the body it read back. */
  private static final AtomicReference<Object> seenWebhook = new AtomicReference<>();

  private static final AtomicReference<byte[]> seenBody = new AtomicReference<>();

  private static Server server;
  private static int port;
  private static final HttpClient client =
      HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

  @BeforeAll
  static void startJetty() throws Exception {
    WebhookVerifier verifier = AdapterFixtures.verifierBuilder().maxBodyBytes(LIMIT).build();
    WebhookVerifier guarded =
        AdapterFixtures.verifierBuilder().maxBodyBytes(LIMIT).basicAuth(CREDENTIALS).build();

    ServletContextHandler context = new ServletContextHandler();
    context.setContextPath("/");
    EnumSet<DispatcherType> requests = EnumSet.of(DispatcherType.REQUEST);
    context.addFilter(new FilterHolder(WebhookFilter.of(verifier)), "/webhooks/*", requests);
    context.addFilter(new FilterHolder(WebhookFilter.of(guarded)), "/guarded/*", requests);
    context.addFilter(new FilterHolder(WebhookFilter.of(verifier)), "/params/*", requests);
    context.addServlet(new ServletHolder(new StreamServlet()), "/webhooks/*");
    context.addServlet(new ServletHolder(new StreamServlet()), "/guarded/*");
    context.addFilter(new FilterHolder(WebhookFilter.of(verifier)), "/reader/*", requests);
    context.addServlet(new ServletHolder(new ParameterServlet()), "/params/*");
    context.addServlet(new ServletHolder(new ReaderServlet()), "/reader/*");

    server = new Server();
    ServerConnector connector = new ServerConnector(server);
    connector.setHost("127.0.0.1");
    connector.setPort(0);
    server.addConnector(connector);
    server.setHandler(context);
    server.start();
    port = connector.getLocalPort();
  }

  @AfterAll
  static void stopJetty() throws Exception {
    server.stop();
  }

  @BeforeEach
  void forgetWhatTheServletSaw() {
    seenWebhook.set(null);
    seenBody.set(null);
  }

  /** Reads the attribute and the body through {@code getInputStream()}, and answers 204. */
  private static final class StreamServlet extends HttpServlet {
    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response)
        throws IOException {
      seenWebhook.set(request.getAttribute(WebhookFilter.VERIFIED_WEBHOOK_ATTRIBUTE));
      seenBody.set(request.getInputStream().readAllBytes());
      response.setStatus(204);
    }
  }

  /** Asks for a parameter first, as form-handling frameworks do, then reads the body. */
  private static final class ParameterServlet extends HttpServlet {
    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response)
        throws IOException {
      request.getParameter("tenant");
      seenBody.set(request.getInputStream().readAllBytes());
      response.setStatus(204);
    }
  }

  /** Reads the body as text through {@code getReader()}, as JSON frameworks often do. */
  private static final class ReaderServlet extends HttpServlet {
    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response)
        throws IOException {
      String text = request.getReader().lines().collect(Collectors.joining("\n"));
      seenBody.set(text.getBytes(StandardCharsets.UTF_8));
      response.setStatus(204);
    }
  }

  @Test
  void passesAGenuineWebhookToTheServletAsAnAttribute() throws Exception {
    byte[] body = AdapterFixtures.seedTicket();

    HttpResponse<String> response = post("/webhooks/tickets", signed(body), body);

    assertThat(response.statusCode()).isEqualTo(204);
    assertThat(seenWebhook.get()).isEqualTo(AdapterFixtures.expectedWebhook(body));
  }

  @Test
  void replaysTheRawBodyByteForByteToTheServlet() throws Exception {
    byte[] body = AdapterFixtures.seedTicket();

    post("/webhooks/tickets", signed(body), body);

    assertThat(seenBody.get()).isEqualTo(body);
  }

  @Test
  void replaysTheBodyToAServletThatAskedForAParameterFirst() throws Exception {
    byte[] body = AdapterFixtures.seedTicket();

    HttpResponse<String> response = post("/params/tickets?tenant=acme", signed(body), body);

    assertThat(response.statusCode()).isEqualTo(204);
    assertThat(seenBody.get()).isEqualTo(body);
  }

  @Test
  void replaysTheBodyAsUtf8TextThroughTheReader() throws Exception {
    byte[] body = "{\"name\":\"caf\u00e9\"}".getBytes(StandardCharsets.UTF_8);

    HttpResponse<String> response = post("/reader/tickets", signed(body), body);

    assertThat(response.statusCode()).isEqualTo(204);
    assertThat(seenBody.get()).isEqualTo(body);
  }

  @Test
  void answersAForgedSignatureWith401AndAProblemBody() throws Exception {
    byte[] body = AdapterFixtures.seedTicket();
    byte[] forged = Arrays.copyOf(body, body.length);
    forged[forged.length - 2] ^= 1;

    HttpResponse<String> response = post("/webhooks/tickets", signed(body), forged);

    assertThat(response.statusCode()).isEqualTo(401);
    assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    assertThat(response.body())
        .startsWith(
            "{\"type\":\"about:blank\",\"title\":\"Unauthorized\",\"status\":401,"
                + "\"code\":\"SIGNATURE_MISMATCH\",\"detail\":")
        .doesNotContain(AdapterFixtures.SECRET_TEXT);
    assertThat(seenWebhook.get()).isNull();
  }

  @Test
  void answersForgedCredentialsWith401AndABasicChallenge() throws Exception {
    byte[] body = AdapterFixtures.seedTicket();
    Map<String, String> headers = signed(body);
    headers.put("Authorization", new BasicCredentials("projeqtor", "guess").authorizationHeader());

    HttpResponse<String> response = post("/guarded/tickets", headers, body);

    assertThat(response.statusCode()).isEqualTo(401);
    assertThat(response.headers().firstValue("WWW-Authenticate"))
        .hasValue("Basic realm=\"webhook\", charset=\"UTF-8\"");
    assertThat(response.body()).contains("\"code\":\"BAD_CREDENTIALS\"").doesNotContain("guess");
    assertThat(seenWebhook.get()).isNull();
  }

  @Test
  void passesAWebhookWithTheRightCredentials() throws Exception {
    byte[] body = AdapterFixtures.seedTicket();
    Map<String, String> headers = signed(body);
    headers.put("Authorization", CREDENTIALS.authorizationHeader());

    HttpResponse<String> response = post("/guarded/tickets", headers, body);

    assertThat(response.statusCode()).isEqualTo(204);
  }

  @Test
  void answersAGetWith405AndAllowPost() throws Exception {
    HttpRequest request = HttpRequest.newBuilder(uri("/webhooks/tickets")).GET().build();

    HttpResponse<String> response = client.send(request, BodyHandlers.ofString());

    assertThat(response.statusCode()).isEqualTo(405);
    assertThat(response.headers().firstValue("Allow")).hasValue("POST");
    assertThat(response.body()).contains("\"code\":\"METHOD_NOT_ALLOWED\"");
  }

  @Test
  void answersAFormPostWith415() throws Exception {
    byte[] body = AdapterFixtures.seedTicket();
    Map<String, String> headers = signed(body);
    headers.put("Content-Type", "application/x-www-form-urlencoded");

    HttpResponse<String> response = post("/webhooks/tickets", headers, body);

    assertThat(response.statusCode()).isEqualTo(415);
    assertThat(response.body()).contains("\"code\":\"UNSUPPORTED_MEDIA_TYPE\"");
  }

  @Test
  void answersABodyOverTheLimitWith413() throws Exception {
    byte[] body = new byte[LIMIT + 1];

    HttpResponse<String> response = post("/webhooks/tickets", signed(body), body);

    assertThat(response.statusCode()).isEqualTo(413);
    assertThat(response.body()).contains("\"code\":\"PAYLOAD_TOO_LARGE\"");
  }

  @Test
  void answersAChunkedBodyOverTheLimitWith413() throws Exception {
    byte[] body = new byte[LIMIT + 100];
    BodyPublisher chunked = BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body));

    HttpResponse<String> response = send("/webhooks/tickets", signed(body), chunked);

    assertThat(response.statusCode()).isEqualTo(413);
  }

  @Test
  void answers413BeforeReadingABodyWhoseContentLengthIsOverTheLimit() throws Exception {
    String head =
        "POST /webhooks/tickets HTTP/1.1\r\nHost: 127.0.0.1\r\n"
            + "Content-Type: application/json\r\nContent-Length: 100000000\r\n\r\n";

    String answer = AdapterFixtures.sendWithoutFinishing(port, head, new byte[0]);

    assertThat(answer).startsWith("HTTP/1.1 413 ").containsIgnoringCase("Connection: close");
  }

  @Test
  void answers413AfterTheLimitPlusOneByteWithoutWaitingForTheRest() throws Exception {
    String head =
        "POST /webhooks/tickets HTTP/1.1\r\nHost: 127.0.0.1\r\n"
            + "Content-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n";
    byte[] firstChunk = AdapterFixtures.chunk(LIMIT + 1);

    String answer = AdapterFixtures.sendWithoutFinishing(port, head, firstChunk);

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

  private static URI uri(String path) {
    return URI.create("http://127.0.0.1:" + port + path);
  }
}
