package io.webhookkit.verifier;

import io.webhookkit.core.ProjeqtorHeaders;
import io.webhookkit.core.StandardWebhooksSigner;
import java.util.Optional;

/**
 * The wire formats that a {@link WebhookVerifier} can check: which headers carry the signature, the
 * delivery id, the timestamp and the event, and which bytes the HMAC-SHA256 covers.
 *
 * <p>One receiver dependency serves every provider of an integrator: pick the profile of each
 * sender with {@link WebhookVerifier.Builder#profile(SignatureProfile)}. The profiles that sign the
 * body only ({@link #PROJEQTOR}, {@link #GITHUB}) cannot stop a captured request from being
 * replayed with fresh headers; prefer {@link #PROJEQTOR_V2} or {@link #STANDARD_WEBHOOKS}, and
 * configure a {@link ReplayGuard}.
 */
public enum SignatureProfile {
  /**
   * {@code Projeqtor-Signature-Sha256: sha256=<hex>} over the body only, with {@code
   * Projeqtor-Delivery}, {@code -Timestamp}, {@code -Event} and {@code -Class}; the default.
   */
  PROJEQTOR(
      "projeqtor",
      ProjeqtorHeaders.SIGNATURE,
      ProjeqtorHeaders.DELIVERY,
      ProjeqtorHeaders.TIMESTAMP,
      ProjeqtorHeaders.EVENT,
      ProjeqtorHeaders.ITEM_CLASS,
      false),
  /**
   * {@code Projeqtor-Signature-V2: sha256=<hex>} over {@code <delivery>.<timestamp>.<body>}, so
   * that the delivery id and the timestamp cannot be changed; other headers as {@link #PROJEQTOR}.
   */
  PROJEQTOR_V2(
      "projeqtor-v2",
      ProjeqtorHeaders.SIGNATURE_V2,
      ProjeqtorHeaders.DELIVERY,
      ProjeqtorHeaders.TIMESTAMP,
      ProjeqtorHeaders.EVENT,
      ProjeqtorHeaders.ITEM_CLASS,
      true),
  /**
   * The Standard Webhooks specification: {@code webhook-signature: v1,<base64>} over {@code
   * <webhook-id>.<webhook-timestamp>.<body>}; no event or item class header.
   */
  STANDARD_WEBHOOKS(
      "standard-webhooks",
      StandardWebhooksSigner.SIGNATURE,
      StandardWebhooksSigner.ID,
      StandardWebhooksSigner.TIMESTAMP,
      null,
      null,
      true),
  /**
   * GitHub: {@code X-Hub-Signature-256: sha256=<hex>} over the body, {@code X-GitHub-Delivery} and
   * {@code X-GitHub-Event}. GitHub sends no timestamp, so only a {@link ReplayGuard} stops replays.
   */
  GITHUB("github", "X-Hub-Signature-256", "X-GitHub-Delivery", null, "X-GitHub-Event", null, false);

  private final String id;
  private final String signatureHeader;
  private final String deliveryHeader;
  private final String timestampHeader;
  private final String eventHeader;
  private final String itemClassHeader;
  private final boolean signsDeliveryAndTimestamp;

  SignatureProfile(
      String id,
      String signatureHeader,
      String deliveryHeader,
      String timestampHeader,
      String eventHeader,
      String itemClassHeader,
      boolean signsDeliveryAndTimestamp) {
    this.id = id;
    this.signatureHeader = signatureHeader;
    this.deliveryHeader = deliveryHeader;
    this.timestampHeader = timestampHeader;
    this.eventHeader = eventHeader;
    this.itemClassHeader = itemClassHeader;
    this.signsDeliveryAndTimestamp = signsDeliveryAndTimestamp;
  }

  /** Returns the profile whose {@link #id()} is exactly {@code id}, or empty. */
  public static java.util.Optional<SignatureProfile> fromId(String id) {
    for (SignatureProfile profile : values()) {
      if (profile.id.equals(id)) {
        return java.util.Optional.of(profile);
      }
    }
    return java.util.Optional.empty();
  }

  /** Returns the ids of all profiles, comma-separated, for messages and help texts. */
  public static String ids() {
    return java.util.Arrays.stream(values())
        .map(SignatureProfile::id)
        .collect(java.util.stream.Collectors.joining(", "));
  }

  /** Returns the profile's name in documents and replay keys, such as {@code projeqtor-v2}. */
  public String id() {
    return id;
  }

  /** Returns the name of the header that carries the signatures. */
  public String signatureHeader() {
    return signatureHeader;
  }

  /** Returns the name of the header that carries the delivery (message) id. */
  public String deliveryHeader() {
    return deliveryHeader;
  }

  /** Returns the name of the timestamp header, or empty when the profile has none (GitHub). */
  public Optional<String> timestampHeader() {
    return Optional.ofNullable(timestampHeader);
  }

  /** Returns the name of the event header, or empty when the profile has none. */
  public Optional<String> eventHeader() {
    return Optional.ofNullable(eventHeader);
  }

  /** Returns the name of the item class header, or empty unless it is a ProjeQtOr profile. */
  public Optional<String> itemClassHeader() {
    return Optional.ofNullable(itemClassHeader);
  }

  /**
   * Returns whether the HMAC covers {@code <delivery>.<timestamp>.<body>} rather than the body
   * alone.
   */
  public boolean signsDeliveryAndTimestamp() {
    return signsDeliveryAndTimestamp;
  }

  /** Returns whether the events are ProjeQtOr's, with item classes and UUID delivery ids. */
  boolean isProjeqtor() {
    return itemClassHeader != null;
  }

  /**
   * Returns whether signatures are {@code v1,<base64>} entries rather than {@code sha256=<hex>}.
   */
  boolean usesBase64Signatures() {
    return this == STANDARD_WEBHOOKS;
  }

  /** Returns {@link #id()}. */
  @Override
  public String toString() {
    return id;
  }
}
