package io.webhookkit.cli;

import io.webhookkit.cli.internal.BodyInput;
import io.webhookkit.cli.internal.DurationConverter;
import io.webhookkit.cli.internal.SecretSource;
import io.webhookkit.cli.internal.UserError;
import io.webhookkit.client.DeliveryAttempt;
import io.webhookkit.client.WebhookClient;
import io.webhookkit.client.WebhookEndpoint;
import io.webhookkit.core.BasicCredentials;
import io.webhookkit.core.Delivery;
import io.webhookkit.core.ItemClass;
import io.webhookkit.core.Payload;
import io.webhookkit.core.WebhookEvent;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
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

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  private static final Duration MAX_TIMEOUT = Duration.ofHours(1);

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

    try (WebhookClient client = client()) {
      DeliveryAttempt attempt = client.send(endpoint, delivery);
      spec.commandLine()
          .getOut()
          .println(
              (attempt.isDelivered() ? "delivered " : "not delivered ")
                  + delivery.id()
                  + ": "
                  + attempt.describe());
      spec.commandLine().getOut().flush();
      return attempt.isDelivered() ? 0 : WebhookCommand.FAILED;
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
