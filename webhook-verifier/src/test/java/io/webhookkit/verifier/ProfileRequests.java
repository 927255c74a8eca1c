package io.webhookkit.verifier;

import io.webhookkit.core.Payload;
import io.webhookkit.core.ProjeqtorHeaders;
import io.webhookkit.core.Secret;
import io.webhookkit.core.StandardWebhooksSecret;
import io.webhookkit.core.StandardWebhooksSigner;
import io.webhookkit.core.WebhookSigner;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Correctly signed requests of the profiles other than {@code projeqtor}, at {@link
 * RequestDraft#NOW}, as their senders write them. Tests then spoil them with {@link RequestDraft}'s
 * methods, reached through {@link #draft}.
 */
final class ProfileRequests {

  static final String GITHUB_DELIVERY = "72d3162e-cc78-11e3-81ab-4c9367dc0958";
  static final String MESSAGE_ID = "msg_2KWPBgLlAfxdpx2AI54pPJ85f4W";
  static final String WHSEC = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";
  static final Secret STANDARD_SECRET = StandardWebhooksSecret.parse(WHSEC);

  private ProfileRequests() {}

  /** Returns the seed ticket signed as {@code projeqtor-v2} with {@link RequestDraft#SECRET}. */
  static RequestDraft projeqtorV2() {
    RequestDraft draft = RequestDraft.signedSeedTicket();
    WebhookRequest request = draft.build();
    String delivery = request.headers().first(ProjeqtorHeaders.DELIVERY).orElseThrow();
    String timestamp = request.headers().first(ProjeqtorHeaders.TIMESTAMP).orElseThrow();
    return draft
        .remove(ProjeqtorHeaders.SIGNATURE)
        .set(
            ProjeqtorHeaders.SIGNATURE_V2,
            signV2(RequestDraft.SECRET, delivery, timestamp, request.body()));
  }

  /** Returns {@code sha256=<hex>} of {@code <delivery>.<timestamp>.<body>}. */
  static String signV2(Secret secret, String delivery, String timestamp, byte[] body) {
    byte[] prefix = (delivery + "." + timestamp + ".").getBytes(StandardCharsets.US_ASCII);
    return WebhookSigner.of(secret).sign(prefix, body).headerValue();
  }

  /** Returns the seed ticket signed as {@code github} with {@link RequestDraft#SECRET}. */
  static RequestDraft github() {
    byte[] body = RequestDraft.resource("seed-ticket.json");
    Map<String, String> headers = new LinkedHashMap<>();
    headers.put("Content-Type", "application/json");
    headers.put("X-GitHub-Event", "issues");
    headers.put("X-GitHub-Delivery", GITHUB_DELIVERY);
    headers.put("X-Hub-Signature-256", WebhookSigner.of(RequestDraft.SECRET).sign(body).toString());
    return RequestDraft.of(body, headers);
  }

  /** Returns the seed ticket signed as {@code standard-webhooks} with {@link #STANDARD_SECRET}. */
  static RequestDraft standardWebhooks() {
    return standardWebhooks(MESSAGE_ID);
  }

  /**
   * Returns the seed ticket signed as {@code standard-webhooks} under the message id {@code id}.
   */
  static RequestDraft standardWebhooks(String id) {
    byte[] body = RequestDraft.resource("seed-ticket.json");
    Map<String, String> headers = new LinkedHashMap<>();
    headers.put("Content-Type", "application/json");
    headers.putAll(
        StandardWebhooksSigner.of(STANDARD_SECRET).headers(id, RequestDraft.NOW, Payload.of(body)));
    return RequestDraft.of(body, headers);
  }

  /** Returns a verifier of {@code profile} with {@code secret} reading the fixed clock. */
  static WebhookVerifier verifier(SignatureProfile profile, Secret secret) {
    return WebhookVerifier.builder()
        .profile(profile)
        .secret(secret)
        .clock(RequestDraft.CLOCK)
        .build();
  }
}
