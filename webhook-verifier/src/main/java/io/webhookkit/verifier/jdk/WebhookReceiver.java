package io.webhookkit.verifier.jdk;

import com.sun.net.httpserver.HttpExchange;
import io.webhookkit.verifier.VerifiedWebhook;
import java.io.IOException;

/**
 * What the application does with a verified webhook that a {@link WebhookHttpHandler} received.
 *
 * <p>The receiver may answer through {@code exchange} (status, headers and body); when it returns
 * without answering, the handler answers {@code 204 No Content}. The request body has already been
 * read: the exact bytes are in the webhook. The handler closes the exchange afterwards.
 */
@FunctionalInterface
public interface WebhookReceiver {

  /**
   * Handles {@code webhook}, whose request arrived as {@code exchange}.
   *
   * @throws IOException if answering fails; like a runtime exception, it makes the handler answer
   *     500 when no answer was started
   */
  void receive(VerifiedWebhook webhook, HttpExchange exchange) throws IOException;
}
