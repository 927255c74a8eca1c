package io.webhookkit.testkit;

import io.webhookkit.core.Delivery;
import io.webhookkit.core.DeliveryId;
import io.webhookkit.core.ItemClass;
import io.webhookkit.core.Payload;
import io.webhookkit.core.ProjeqtorHeaders;
import io.webhookkit.core.Secret;
import io.webhookkit.core.WebhookEvent;
import io.webhookkit.core.WebhookSigner;
import io.webhookkit.verifier.WebhookRequest;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A webhook request signed the way a genuine sender signs it, and deliberately broken variants of
 * it, for testing a receiver.
 *
 * <pre>{@code
 * SignedWebhook genuine = SignedWebhook.sign(delivery, secret, clock.instant());
 * assertThat(verifier.verify(genuine.toRequest()).isAccepted()).isTrue();
 * assertThat(verifier.verify(genuine.withTamperedBody().toRequest()).isAccepted()).isFalse();
 * }</pre>
 *
 * <p>Each variant changes exactly one thing and leaves the rest genuine, so that a receiver which
 * accepts a variant has exactly one check missing. Values are immutable; header lookups by tests
 * use the exact spellings of {@link ProjeqtorHeaders}.
 */
public final class SignedWebhook {

  private final Map<String, String> headers;
  private final byte[] body;

  private SignedWebhook(Map<String, String> headers, byte[] body) {
    this.headers = Collections.unmodifiableMap(new LinkedHashMap<>(headers));
    this.body = body;
  }

  /** Signs {@code delivery} with {@code secret} and stamps it with {@code timestamp}. */
  public static SignedWebhook sign(Delivery delivery, Secret secret, Instant timestamp) {
    Objects.requireNonNull(delivery, "delivery");
    return new SignedWebhook(
        ProjeqtorHeaders.forAttempt(delivery, WebhookSigner.of(secret), timestamp),
        delivery.payload().bytes());
  }

  /** Signs a new delivery of {@code json} (UTF-8) about {@code itemClass}, stamped now-ish. */
  public static SignedWebhook sign(
      WebhookEvent event, String itemClass, String json, Secret secret, Instant timestamp) {
    return sign(
        Delivery.of(event, ItemClass.of(itemClass), Payload.ofUtf8(json)), secret, timestamp);
  }

  /** Returns the headers, in the order a sender writes them. */
  public Map<String, String> headers() {
    return headers;
  }

  /** Returns a copy of the body bytes. */
  public byte[] body() {
    return body.clone();
  }

  /** Returns the delivery id that the request carries, if its header is present and valid. */
  public java.util.Optional<DeliveryId> deliveryId() {
    return DeliveryId.parse(headers.get(ProjeqtorHeaders.DELIVERY));
  }

  /** Returns a verifier request of this webhook, as a {@code POST}. */
  public WebhookRequest toRequest() {
    return WebhookRequest.builder().headers(headers).body(body).build();
  }

  /**
   * Posts this webhook, headers and body exactly as they are, to {@code url} with the JDK's HTTP
   * client, and returns the answer. It follows no redirect and sends nothing else.
   *
   * @throws IOException if the request cannot be sent or the answer read
   * @throws InterruptedException if the calling thread is interrupted while waiting
   * @throws IllegalArgumentException if a header name or value is one the JDK client refuses to
   *     send (such as {@code Content-Length}, which it sets itself)
   */
  public HttpResponse<String> send(URI url) throws IOException, InterruptedException {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(url).POST(HttpRequest.BodyPublishers.ofByteArray(body));
    headers.forEach(request::header);
    return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  /** Returns a variant whose body differs in one byte from the signed one. */
  public SignedWebhook withTamperedBody() {
    byte[] tampered = body.length == 0 ? new byte[] {' '} : body.clone();
    if (body.length > 0) {
      int last = tampered.length - 1;
      tampered[last] = (byte) (tampered[last] == ' ' ? '\n' : ' ');
    }
    return new SignedWebhook(headers, tampered);
  }

  /** Returns a variant whose body is {@code json} (UTF-8) while the signature stays the old one. */
  public SignedWebhook withBody(String json) {
    return new SignedWebhook(headers, json.getBytes(StandardCharsets.UTF_8));
  }

  /** Returns a variant signed with {@code wrongSecret} instead of the shared secret. */
  public SignedWebhook withSignatureFrom(Secret wrongSecret) {
    return withHeader(
        ProjeqtorHeaders.SIGNATURE, WebhookSigner.of(wrongSecret).sign(body).headerValue());
  }

  /** Returns a variant stamped with {@code timestamp}, for stale or future timestamps. */
  public SignedWebhook withTimestamp(Instant timestamp) {
    return withHeader(ProjeqtorHeaders.TIMESTAMP, Long.toString(timestamp.getEpochSecond()));
  }

  /** Returns a variant with header {@code name} set to {@code value}, replacing any other. */
  public SignedWebhook withHeader(String name, String value) {
    Map<String, String> changed = new LinkedHashMap<>();
    headers.forEach(
        (key, old) -> {
          if (!key.equalsIgnoreCase(name)) {
            changed.put(key, old);
          }
        });
    changed.put(name, value);
    return new SignedWebhook(changed, body);
  }

  /** Returns a variant without header {@code name} (any case). */
  public SignedWebhook withoutHeader(String name) {
    Map<String, String> changed = new LinkedHashMap<>(headers);
    changed.keySet().removeIf(key -> key.equalsIgnoreCase(name));
    return new SignedWebhook(changed, body);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof SignedWebhook
        && headers.equals(((SignedWebhook) other).headers)
        && Arrays.equals(body, ((SignedWebhook) other).body);
  }

  @Override
  public int hashCode() {
    return 31 * headers.hashCode() + Arrays.hashCode(body);
  }

  /** Shows the headers and the body length, not the body. */
  @Override
  public String toString() {
    return "SignedWebhook[headers=" + headers + ", body=" + body.length + " bytes]";
  }
}
