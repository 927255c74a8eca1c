package io.webhookkit.testkit;

import io.webhookkit.core.Secret;
import io.webhookkit.core.WebhookEvent;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

/** The secret, clock and Ticket that the testkit's own tests share. */
final class Fixtures {

  static final Instant NOW = Instant.parse("2026-12-04T10:00:00Z");
  static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);
  static final Secret SECRET = Secret.of("shared-secret");

  private Fixtures() {}

  /** Starts a receiver on the fixed clock that verifies {@link #SECRET}. */
  static MockWebhookReceiver receiver() {
    return MockWebhookReceiver.builder().secret(SECRET).clock(CLOCK).start();
  }

  /** Returns the Ticket of {@code ticket.json}, signed with {@link #SECRET} now. */
  static SignedWebhook ticketUpdate() {
    return SignedWebhook.sign(WebhookEvent.AFTER_UPDATE, "Ticket", ticketJson(), SECRET, NOW);
  }

  static String ticketJson() {
    try (InputStream in = Fixtures.class.getResourceAsStream("/ticket.json")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
