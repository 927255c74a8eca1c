package io.webhookkit.verifier;

import io.webhookkit.core.Delivery;
import io.webhookkit.core.DeliveryId;
import io.webhookkit.core.ItemClass;
import io.webhookkit.core.Payload;
import io.webhookkit.core.ProjeqtorHeaders;
import io.webhookkit.core.Secret;
import io.webhookkit.core.WebhookEvent;
import io.webhookkit.core.WebhookSigner;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A correctly signed request that a test then spoils one header at a time. Time is fixed at {@link
 * #NOW}; the verifier from {@link #verifier()} reads the same fixed clock.
 */
final class RequestDraft {

  static final Instant NOW = Instant.parse("2024-05-01T12:00:00Z");
  static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);
  static final String SECRET_TEXT = "fixture-secret-that-must-never-be-echoed";
  static final Secret SECRET = Secret.of(SECRET_TEXT);
  static final DeliveryId DELIVERY_ID =
      DeliveryId.parse("0f8fad5b-d9cb-469f-a165-70867728950e").orElseThrow();

  private String method = "POST";
  private final Map<String, List<String>> headers = new LinkedHashMap<>();
  private java.net.InetAddress remoteAddress;
  private byte[] body;

  private RequestDraft(byte[] body, Map<String, String> signedHeaders) {
    this.body = body;
    signedHeaders.forEach((name, value) -> headers.put(name, new ArrayList<>(List.of(value))));
  }

  /** Returns a request for {@code body} signed with {@link #SECRET} at {@link #NOW}. */
  static RequestDraft signed(byte[] body) {
    return signed(body, SECRET);
  }

  /** Returns an {@code afterUpdate} of a {@code Ticket} for {@code body}, signed with a secret. */
  static RequestDraft signed(byte[] body, Secret secret) {
    Delivery delivery =
        new Delivery(
            DELIVERY_ID, WebhookEvent.AFTER_UPDATE, ItemClass.of("Ticket"), Payload.of(body));
    return new RequestDraft(
        body, ProjeqtorHeaders.forAttempt(delivery, WebhookSigner.of(secret), NOW));
  }

  /** Returns a request for {@code body} with the given headers, as another profile's sender. */
  static RequestDraft of(byte[] body, Map<String, String> headers) {
    return new RequestDraft(body, headers);
  }

  /** Returns the seed ticket, correctly signed. */
  static RequestDraft signedSeedTicket() {
    return signed(resource("seed-ticket.json"));
  }

  /** Returns a verifier with {@link #SECRET} reading the fixed clock. */
  static WebhookVerifier verifier() {
    return verifierBuilder().build();
  }

  /** Returns a builder with {@link #SECRET} and the fixed clock, for further options. */
  static WebhookVerifier.Builder verifierBuilder() {
    return WebhookVerifier.builder().secret(SECRET).clock(CLOCK);
  }

  /** Reads a fixture from {@code src/test/resources}. */
  static byte[] resource(String name) {
    try (InputStream in = RequestDraft.class.getResourceAsStream("/" + name)) {
      if (in == null) {
        throw new IllegalStateException("missing test resource " + name);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  RequestDraft method(String method) {
    this.method = method;
    return this;
  }

  /** Replaces the body and keeps the signature made for the old one. */
  RequestDraft body(byte[] body) {
    this.body = body;
    return this;
  }

  /** Replaces every value of {@code name} (in any case) with one value spelt as given. */
  RequestDraft set(String name, String value) {
    remove(name);
    headers.put(name, new ArrayList<>(List.of(value)));
    return this;
  }

  /** Adds one more value of {@code name}, spelt as given. */
  RequestDraft add(String name, String value) {
    headers.computeIfAbsent(name, n -> new ArrayList<>()).add(value);
    return this;
  }

  /** Removes {@code name} in any case. */
  RequestDraft remove(String name) {
    headers.keySet().removeIf(existing -> existing.equalsIgnoreCase(name));
    return this;
  }

  /** Sets the peer's address; none by default. */
  RequestDraft remoteAddress(java.net.InetAddress remoteAddress) {
    this.remoteAddress = remoteAddress;
    return this;
  }

  WebhookRequest build() {
    return new WebhookRequest(method, ReceivedHeaders.of(headers), body, remoteAddress);
  }

  /** Verifies the request with {@link #verifier()}. */
  VerificationResult verify() {
    return verifier().verify(build());
  }
}
