package io.webhookkit.cli;

import io.webhookkit.cli.internal.BodyInput;
import io.webhookkit.cli.internal.DurationConverter;
import io.webhookkit.cli.internal.Printable;
import io.webhookkit.cli.internal.SecretSource;
import io.webhookkit.cli.internal.UserError;
import io.webhookkit.client.DeliveryAttempt;
import io.webhookkit.client.RetryDecision;
import io.webhookkit.client.RetryPolicy;
import io.webhookkit.client.WebhookClient;
import io.webhookkit.client.WebhookEndpoint;
import io.webhookkit.core.BasicCredentials;
import io.webhookkit.core.Delivery;
import io.webhookkit.core.ItemClass;
import io.webhookkit.core.Payload;
import io.webhookkit.core.WebhookEvent;
import java.io.PrintWriter;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Sends one signed delivery and reports the receiver's answer. */
@Command(
    name = "send",
    mixinStandardHelpOptions = true,
    description = {
      "Send one signed webhook delivery.",
      "",
      "Send the payload's exact bytes, signed, with every header.",
      "Exit status 0 when the receiver answers 2xx, 1 otherwise (the status and reason are shown)."
    })
final class SendCommand implements Callable<Integer> {

  @Option(names = "--url", required = true, paramLabel = "URL", description = "Receiver URL.")
  String url;

  @Option(
      names = "--event",
      required = true,
      paramLabel = "EVENT",
      description = "afterCreate, afterUpdate or afterDelete.")
  String event;

  @Option(
      names = "--class",
      required = true,
      paramLabel = "CLASS",
      description = "Item class, such as Ticket.")
  String itemClass;

  @Option(
      names = "--payload",
      required = true,
      paramLabel = "FILE",
      description = "File with the item's JSON, sent byte for byte; - for standard input.")
  String payload;

  @ArgGroup(exclusive = false, multiplicity = "1")
  SecretOptions secret;

  @Option(names = "--user", paramLabel = "USER", description = "Basic auth user name.")
  String user;

  @Option(
      names = "--password-env",
      paramLabel = "NAME",
      description = "Environment variable that holds the Basic auth password.")
  String passwordEnv;

  @Option(
      names = "--timeout",
      paramLabel = "DURATION",
      defaultValue = "10s",
      converter = DurationConverter.class,
      description =
          "Connect, read and whole-call timeout, more than 0 and at most 1h"
              + " (default: ${DEFAULT-VALUE}).")
  Duration timeout;

  @Option(
      names = "--retries",
      paramLabel = "N",
      defaultValue = "0",
      description =
          "Retry up to N times (0 to 20) on connection errors, timeouts, 408, 429 and 5xx, with"
              + " exponential backoff from 1 s and Retry-After honoured up to 60 s; every attempt"
              + " has the same delivery id and bytes (default: ${DEFAULT-VALUE}).")
  int retries;

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  private static final Duration MAX_TIMEOUT = Duration.ofHours(1);

  private static final int MAX_RETRIES = 20;

  @Override
  public Integer call() {
    SecretSource secrets = SecretSource.system();
    WebhookEvent webhookEvent =
        WebhookEvent.fromWireName(event)
            .orElseThrow(
                () ->
                    new UserError(
                        "unknown event '" + event + "': use " + WebhookEvent.wireNames()));
    ItemClass parsedClass =
        ItemClass.parse(itemClass)
            .orElseThrow(() -> new UserError("--class: " + ItemClass.problem(itemClass)));
    WebhookEndpoint endpoint = endpoint(secrets);
    Delivery delivery =
        Delivery.of(webhookEvent, parsedClass, Payload.of(BodyInput.read(payload, System.in)));

    if (retries < 0 || retries > MAX_RETRIES) {
      throw new UserError("--retries " + retries + " is out of range: give 0 to " + MAX_RETRIES);
    }
    RetryPolicy policy =
        RetryPolicy.builder()
            .initialDelay(Duration.ofSeconds(1))
            .maxDelay(Duration.ofSeconds(30))
            .retryAfterCap(Duration.ofSeconds(60))
            .maxAttempts(retries + 1)
            .maxAge(Duration.ofHours(1))
            .build();
    PrintWriter out = spec.commandLine().getOut();
    try (WebhookClient client = client()) {
      Instant first = Instant.now();
      for (int number = 1; ; number++) {
        DeliveryAttempt attempt = client.send(endpoint, delivery);
        RetryDecision decision = policy.decide(attempt, number, first, Instant.now());
        if (attempt.isDelivered()) {
          out.println("delivered " + delivery.id() + ": " + attempt.describe());
          out.flush();
          return 0;
        }
        if (decision.action() != RetryDecision.Action.RETRY) {
          out.println(
              "not delivered "
                  + delivery.id()
                  + ": "
                  + attempt.describe()
                  + (retries > 0 ? " (" + Printable.of(decision.reason(), 500) + ")" : ""));
          out.flush();
          return WebhookCommand.FAILED;
        }
        Duration wait = Duration.between(Instant.now(), decision.nextAttemptAt());
        out.println(
            "attempt "
                + number
                + " failed: "
                + attempt.describe()
                + "; retrying in "
                + Math.max(0, wait.toMillis())
                + " ms");
        out.flush();
        sleep(wait);
      }
    }
  }

  private static void sleep(Duration wait) {
    if (wait.isNegative() || wait.isZero()) {
      return;
    }
    try {
      Thread.sleep(wait.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new UserError("interrupted while waiting to retry");
    }
  }

  private WebhookClient client() {
    if (timeout.isZero() || timeout.compareTo(MAX_TIMEOUT) > 0) {
      throw new UserError("--timeout must be more than 0 and at most 1h, such as 10s");
    }
    return WebhookClient.builder()
        .connectTimeout(timeout)
        .readTimeout(timeout)
        .writeTimeout(timeout)
        .callTimeout(timeout)
        .build();
  }

  private WebhookEndpoint endpoint(SecretSource secrets) {
    URI uri;
    try {
      uri = new URI(url);
    } catch (URISyntaxException e) {
      throw new UserError("--url '" + url + "' is not a URL: " + e.getReason());
    }
    WebhookEndpoint endpoint;
    try {
      endpoint = WebhookEndpoint.of(uri, secret.read(secrets));
    } catch (IllegalArgumentException e) {
      if (uri.getRawUserInfo() != null) {
        throw new UserError(
            "--url must not hold credentials: give them with --user and --password-env");
      }
      throw new UserError("--url: " + e.getMessage());
    }
    if (user == null && passwordEnv == null) {
      return endpoint;
    }
    if (user == null || passwordEnv == null) {
      throw new UserError("Basic auth needs both --user and --password-env");
    }
    try {
      return endpoint.withBasicAuth(
          new BasicCredentials(user, secrets.textFromEnvironment(passwordEnv, "password")));
    } catch (IllegalArgumentException e) {
      throw new UserError(e.getMessage());
    }
  }
}
