package io.webhookkit.maven.testing;

import com.sun.net.httpserver.HttpServer;
import io.webhookkit.core.BasicCredentials;
import io.webhookkit.core.Secret;
import io.webhookkit.verifier.InMemoryReplayGuard;
import io.webhookkit.verifier.WebhookVerifier;
import io.webhookkit.verifier.jdk.WebhookHttpHandler;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;

/**
 * Receivers on 127.0.0.1 and a free port, for the unit tests and for the invoker integration tests'
 * setup scripts: a correct one built on the verifier, and a permissive one that answers 200 to
 * everything. Stop them with {@code server.stop(0)}.
 */
public final class TestReceivers {

  private TestReceivers() {}

  /**
   * Starts a receiver that verifies the {@code projeqtor} profile with {@code secret}, demands
   * {@code username}/{@code password} when a user name is given, and refuses replays.
   */
  public static HttpServer startVerifying(String secret, String username, String password)
      throws IOException {
    WebhookVerifier.Builder verifier =
        WebhookVerifier.builder()
            .secret(Secret.of(secret))
            .replayGuard(InMemoryReplayGuard.builder().build());
    if (username != null) {
      verifier.basicAuth(new BasicCredentials(username, password));
    }
    HttpServer server = loopbackServer();
    server.createContext(
        "/hooks", WebhookHttpHandler.of(verifier.build(), (webhook, exchange) -> {}));
    server.start();
    return server;
  }

  /** Starts a receiver that answers 204 to every request, signed or not. */
  public static HttpServer startPermissive() throws IOException {
    HttpServer server = loopbackServer();
    server.createContext(
        "/hooks",
        exchange -> {
          exchange.getRequestBody().readAllBytes();
          exchange.sendResponseHeaders(204, -1);
          exchange.close();
        });
    server.start();
    return server;
  }

  /** Returns the URL of the {@code /hooks} context of {@code server}. */
  public static String url(HttpServer server) {
    return "http://127.0.0.1:" + server.getAddress().getPort() + "/hooks";
  }

  private static HttpServer loopbackServer() throws IOException {
    return HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
  }
}
