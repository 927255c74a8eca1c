package io.webhookkit.client;

import io.webhookkit.core.Delivery;
import io.webhookkit.core.DeliveryId;
import io.webhookkit.core.ItemClass;
import io.webhookkit.core.Payload;
import io.webhookkit.core.Secret;
import io.webhookkit.core.WebhookEvent;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;

/** Fixtures shared by the client tests. */
final class TestDeliveries {

  /** The instant of the fixed test clock; its Unix time is {@value #NOW_SECONDS}. */
  static final Instant NOW = Instant.parse("2024-05-06T07:08:09.750Z");

  /** {@link #NOW} in whole Unix seconds. */
  static final long NOW_SECONDS = 1714979289L;

  static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);

  static final Secret SECRET = Secret.of("It's a Secret to Everybody");

  static final DeliveryId ID =
      new DeliveryId(UUID.fromString("6f1c2a9e-3b7d-4c11-9e0a-2d5b8f7c4e21"));

  private TestDeliveries() {}

  /** Returns the bytes of a file under {@code src/test/resources}. */
  static byte[] resource(String name) {
    try (InputStream in = TestDeliveries.class.getResourceAsStream("/" + name)) {
      if (in == null) {
        throw new IllegalStateException("test resource is missing: " + name);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Returns the Ticket delivery of the ProjeQtOr documentation sample. */
  static Delivery ticket() {
    return new Delivery(
        ID,
        WebhookEvent.AFTER_UPDATE,
        ItemClass.of("Ticket"),
        Payload.of(resource("seed-ticket.json")));
  }

  /** Returns the IPv4 loopback address, on which every test server listens. */
  static InetAddress loopback() {
    try {
      return InetAddress.getByName("127.0.0.1");
    } catch (UnknownHostException e) {
      throw new IllegalStateException(e);
    }
  }

  static WebhookEndpoint endpoint(URI url) {
    return WebhookEndpoint.of(url, SECRET);
  }
}
