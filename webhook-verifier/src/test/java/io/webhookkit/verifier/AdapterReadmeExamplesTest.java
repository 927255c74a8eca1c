package io.webhookkit.verifier;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import io.webhookkit.core.Secret;
import io.webhookkit.verifier.jdk.WebhookHttpHandler;
import io.webhookkit.verifier.servlet.WebhookFilter;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.ServletContext;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse.BodyHandlers;
import java.time.Clock;
import java.util.EnumSet;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.junit.jupiter.api.Test;

/**
 * Holds the adapter examples of the module README ({@code ## Servlet filter} and {@code ## JDK
 * HttpServer}), so that they keep compiling, and runs each once on 127.0.0.1.
 */
class AdapterReadmeExamplesTest {

  // README "Servlet filter": called from a ServletContainerInitializer's onStartup.
  static void registerWebhooks(
      ServletContext context, String secretText, Clock clock, Consumer<VerifiedWebhook> tickets) {
    WebhookVerifier verifier =
        WebhookVerifier.builder().secret(Secret.of(secretText)).clock(clock).build();
    context
        .addFilter("webhooks", WebhookFilter.of(verifier))
        .addMappingForUrlPatterns(EnumSet.of(DispatcherType.REQUEST), false, "/webhooks/*");
    context.addServlet("tickets", new TicketWebhookServlet(tickets)).addMapping("/webhooks/*");
  }

  static final class TicketWebhookServlet extends HttpServlet {
    private final transient Consumer<VerifiedWebhook> tickets;

    TicketWebhookServlet(Consumer<VerifiedWebhook> tickets) {
      this.tickets = tickets;
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) {
      VerifiedWebhook webhook =
          (VerifiedWebhook) request.getAttribute(WebhookFilter.VERIFIED_WEBHOOK_ATTRIBUTE);
      tickets.accept(webhook); // request.getInputStream() still yields the raw body
      response.setStatus(204);
    }
  }

  // README "JDK HttpServer".
  static HttpServer startWebhookServer(
      int port, String secretText, Clock clock, Consumer<VerifiedWebhook> tickets)
      throws IOException {
    WebhookVerifier verifier =
        WebhookVerifier.builder().secret(Secret.of(secretText)).clock(clock).build();
    HttpServer server =
        HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
    // The default executor is one thread: one slow client would hold every other request.
    server.setExecutor(Executors.newFixedThreadPool(32));
    server.createContext(
        "/webhooks",
        WebhookHttpHandler.of(verifier, (webhook, exchange) -> tickets.accept(webhook)));
    server.start(); // answers 204 to each verified webhook once tickets.accept returns
    return server;
  }

  @Test
  void servletExampleHandsAVerifiedWebhookToTheServlet() throws Exception {
    AtomicReference<VerifiedWebhook> received = new AtomicReference<>();
    Server server = new Server();
    ServerConnector connector = new ServerConnector(server);
    connector.setHost("127.0.0.1");
    server.addConnector(connector);
    ServletContextHandler context = new ServletContextHandler();
    context.addServletContainerInitializer(
        (classes, servletContext) ->
            registerWebhooks(
                servletContext, RequestDraft.SECRET_TEXT, RequestDraft.CLOCK, received::set));
    server.setHandler(context);
    server.start();
    try {
      int status = postSeedTicket(connector.getLocalPort());

      assertThat(status).isEqualTo(204);
      assertThat(received.get()).isNotNull();
    } finally {
      server.stop();
    }
  }

  @Test
  void jdkExampleHandsAVerifiedWebhookToTheReceiver() throws Exception {
    AtomicReference<VerifiedWebhook> received = new AtomicReference<>();
    HttpServer server =
        startWebhookServer(0, RequestDraft.SECRET_TEXT, RequestDraft.CLOCK, received::set);
    try {
      int status = postSeedTicket(server.getAddress().getPort());

      assertThat(status).isEqualTo(204);
      assertThat(received.get()).isNotNull();
    } finally {
      server.stop(0);
    }
  }

  private static int postSeedTicket(int port) throws IOException, InterruptedException {
    byte[] body = AdapterFixtures.seedTicket();
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/webhooks/tickets"))
            .POST(HttpRequest.BodyPublishers.ofByteArray(body));
    for (Map.Entry<String, String> header : AdapterFixtures.signedHeaders(body).entrySet()) {
      request.header(header.getKey(), header.getValue());
    }
    HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    return client.send(request.build(), BodyHandlers.discarding()).statusCode();
  }
}
