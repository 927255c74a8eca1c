package io.webhookkit.examples;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.webhookkit.core.ItemClass;
import io.webhookkit.core.Secret;
import io.webhookkit.examples.TicketReceiver.TicketChange;
import io.webhookkit.verifier.VerifiedWebhook;
import io.webhookkit.verifier.WebhookVerifier;
import io.webhookkit.verifier.servlet.WebhookFilter;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.EnumSet;
import java.util.function.Consumer;
import org.eclipse.jetty.ee10.servlet.FilterHolder;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.ee10.servlet.ServletHolder;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;

/**
 * A servlet application that receives Ticket webhooks: {@link WebhookFilter} verifies every request
 * before the servlet sees it, and the servlet hands each Ticket change to the application. It runs
 * on an embedded Jetty 12 bound to 127.0.0.1.
 *
 * <p>The filter answers forged, stale and malformed requests itself (401, 400, 413...), so the
 * servlet reads only verified JSON.
 */
public final class TicketServletApp implements AutoCloseable {

  private final Server server;

  /**
   * Starts the application on 127.0.0.1:{@code port} (0 picks a free port).
   *
   * @throws Exception if Jetty cannot start, as when the port is taken
   */
  public TicketServletApp(int port, Secret secret, Consumer<TicketChange> application)
      throws Exception {
    WebhookVerifier verifier = WebhookVerifier.builder().secret(secret).build();
    ServletContextHandler context = new ServletContextHandler();
    context.addFilter(
        new FilterHolder(WebhookFilter.of(verifier)),
        "/webhooks/*",
        EnumSet.of(DispatcherType.REQUEST));
    context.addServlet(new ServletHolder(new TicketServlet(application)), "/webhooks/*");

    server = new Server();
    ServerConnector connector = new ServerConnector(server);
    connector.setHost("127.0.0.1");
    connector.setPort(port);
    server.addConnector(connector);
    server.setHandler(context);
    server.start();
  }

  /** Returns the URL that senders post to. */
  public URI uri() {
    int port = ((ServerConnector) server.getConnectors()[0]).getLocalPort();
    return URI.create("http://127.0.0.1:" + port + "/webhooks/projeqtor");
  }

  /** Stops the server. */
  @Override
  public void close() throws Exception {
    server.stop();
  }

  /** Reads the verified webhook that the filter left in the request and answers 204. */
  private static final class TicketServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;

    private final transient Consumer<TicketChange> application;
    private final transient ObjectMapper json = new ObjectMapper();

    TicketServlet(Consumer<TicketChange> application) {
      this.application = application;
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response)
        throws IOException {
      VerifiedWebhook webhook =
          (VerifiedWebhook) request.getAttribute(WebhookFilter.VERIFIED_WEBHOOK_ATTRIBUTE);
      if (webhook.itemClassIfAny().map(ItemClass::name).orElse("").equals("Ticket")) {
        JsonNode ticket = json.readTree(webhook.payload().bytes());
        application.accept(
            new TicketChange(
                webhook.event(),
                ticket.path("id").asLong(),
                ticket.path("name").asText(),
                webhook.deliveryId()));
      }
      response.setStatus(HttpServletResponse.SC_NO_CONTENT);
    }
  }
}
