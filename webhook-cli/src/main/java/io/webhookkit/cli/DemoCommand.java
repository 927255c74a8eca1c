package io.webhookkit.cli;

import io.webhookkit.cli.internal.ReceivedRequest;
import io.webhookkit.cli.internal.ReceiverLog;
import io.webhookkit.cli.internal.UserError;
import io.webhookkit.cli.internal.WebhookReceiver;
import io.webhookkit.client.DeliveryAttempt;
import io.webhookkit.client.WebhookClient;
import io.webhookkit.client.WebhookEndpoint;
import io.webhookkit.core.Delivery;
import io.webhookkit.core.ItemClass;
import io.webhookkit.core.Payload;
import io.webhookkit.core.Secret;
import io.webhookkit.core.WebhookEvent;
import io.webhookkit.verifier.WebhookVerifier;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.net.InetAddress;
import java.net.URI;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Callable;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import picocli.CommandLine.Command;
import picocli.CommandLine.Spec;

/**
 * Runs the ProjeQtOr demo end to end on loopback: a genuine delivery of the documented Ticket is
 * accepted, and the same delivery signed with a wrong secret is rejected.
 */
@Command(
    name = "demo",
    mixinStandardHelpOptions = true,
    description = {
      "Run the ProjeQtOr demo end to end on loopback.",
      "",
      "Start a receiver on a free loopback port, send it the ProjeQtOr Ticket afterUpdate sample",
      "through webhook-client, and print what the receiver logged (=> MATCH); then send the same",
      "delivery signed with a wrong secret and show it rejected with 401 (=> NO MATCH).",
      "Exit status 0 only when both outcomes are as expected."
    })
final class DemoCommand implements Callable<Integer> {

  private static final String SAMPLE = "/io/webhookkit/cli/seed-ticket.json";
  private static final int MAX_BODY_BYTES = 1024 * 1024;

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws InterruptedException {
    PrintWriter out = spec.commandLine().getOut();
    Secret sharedSecret = Secret.of(randomSecret());
    Secret wrongSecret = Secret.of(randomSecret());
    Delivery delivery =
        Delivery.of(WebhookEvent.AFTER_UPDATE, ItemClass.of("Ticket"), Payload.of(sample()));
    BlockingQueue<ReceivedRequest> received = new LinkedBlockingQueue<>();
    WebhookVerifier verifier =
        WebhookVerifier.builder().secret(sharedSecret).maxBodyBytes(MAX_BODY_BYTES).build();

    try (WebhookReceiver receiver =
            WebhookReceiver.start(
                InetAddress.getLoopbackAddress(),
                0,
                verifier,
                sharedSecret,
                MAX_BODY_BYTES,
                Clock.systemUTC(),
                received::add);
        WebhookClient client = WebhookClient.create()) {
      URI url = URI.create(receiver.url() + "webhook");
      out.println("webhook demo: receiver listening on " + url);
      out.println();

      out.println(
          "[1] Sending Ticket "
              + delivery.event().wireName()
              + " ("
              + delivery.payload().length()
              + " bytes, delivery "
              + delivery.id()
              + ") signed with the shared secret");
      Outcome genuine = exchange(client, WebhookEndpoint.of(url, sharedSecret), delivery, received);
      out.println();

      out.println("[2] Sending the same delivery signed with a wrong secret");
      Outcome forged = exchange(client, WebhookEndpoint.of(url, wrongSecret), delivery, received);
      out.println();

      boolean passed =
          genuine.attempt.statusCode() == 200
              && genuine.matched
              && forged.attempt.statusCode() == 401
              && !forged.matched;
      if (passed) {
        out.println(
            "demo passed: the genuine delivery was accepted (200, MATCH) and the forged one"
                + " rejected (401, NO MATCH)");
      } else {
        out.println(
            "demo FAILED: expected 200 MATCH then 401 NO MATCH, got "
                + genuine.summary()
                + " then "
                + forged.summary());
      }
      out.flush();
      return passed ? 0 : WebhookCommand.FAILED;
    }
  }

  private Outcome exchange(
      WebhookClient client,
      WebhookEndpoint endpoint,
      Delivery delivery,
      BlockingQueue<ReceivedRequest> received)
      throws InterruptedException {
    PrintWriter out = spec.commandLine().getOut();
    DeliveryAttempt attempt = client.send(endpoint, delivery);
    ReceivedRequest request = received.poll(10, TimeUnit.SECONDS);
    if (request == null) {
      out.println("--- the receiver logged nothing: " + attempt.describe());
      return new Outcome(attempt, false);
    }
    out.println("--- receiver.log");
    out.println(ReceiverLog.record(request));
    out.println("--- sender: " + attempt.describe());
    out.flush();
    return new Outcome(attempt, ReceiverLog.signatureMatches(request));
  }

  private static byte[] sample() {
    try (InputStream in = DemoCommand.class.getResourceAsStream(SAMPLE)) {
      if (in == null) {
        throw new UserError("the demo payload " + SAMPLE + " is missing from the jar: rebuild it");
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UserError("cannot read the demo payload: " + e.getMessage());
    }
  }

  private static String randomSecret() {
    byte[] bytes = new byte[24];
    new SecureRandom().nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }

  private record Outcome(DeliveryAttempt attempt, boolean matched) {
    String summary() {
      return attempt.statusCode() + (matched ? " MATCH" : " NO MATCH");
    }
  }
}
