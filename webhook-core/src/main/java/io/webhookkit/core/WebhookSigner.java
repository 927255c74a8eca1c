package io.webhookkit.core;

import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.util.Objects;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Signs payloads with HMAC-SHA256 under one {@link Secret}, and checks signatures in constant time.
 *
 * <p>The MAC covers the exact payload bytes, so the result equals PHP's {@code hash_hmac("sha256",
 * $payload, $secret)}. A signer is immutable and safe to share between threads.
 */
public final class WebhookSigner {

  private static final String ALGORITHM = "HmacSHA256";

  private final SecretKeySpec key;
  private final ThreadLocal<Mac> macs;

  private WebhookSigner(Secret secret) {
    this.key = new SecretKeySpec(secret.unsafeKey(), ALGORITHM);
    this.macs = ThreadLocal.withInitial(this::newMac);
  }

  /**
   * Returns a signer for {@code secret}.
   *
   * @throws NullPointerException if {@code secret} is null
   */
  public static WebhookSigner of(Secret secret) {
    return new WebhookSigner(Objects.requireNonNull(secret, "secret"));
  }

  /** Signs the payload's exact bytes. */
  public Signature sign(Payload payload) {
    return sign(Objects.requireNonNull(payload, "payload").unsafeBytes());
  }

  /** Signs {@code bytes} exactly as given. */
  public Signature sign(byte[] bytes) {
    Objects.requireNonNull(bytes, "bytes");
    return Signature.wrap(macs.get().doFinal(bytes));
  }

  /** Signs the concatenation of {@code parts}, without building it first. */
  public Signature sign(byte[]... parts) {
    Mac mac = macs.get();
    for (byte[] part : parts) {
      mac.update(Objects.requireNonNull(part, "part"));
    }
    return Signature.wrap(mac.doFinal());
  }

  /**
   * Returns whether {@code signature} is the HMAC of the payload's bytes, comparing in constant
   * time.
   */
  public boolean verify(Payload payload, Signature signature) {
    return signature != null && sign(payload).matches(signature);
  }

  private Mac newMac() {
    try {
      Mac mac = Mac.getInstance(ALGORITHM);
      mac.init(key);
      return mac;
    } catch (NoSuchAlgorithmException | InvalidKeyException e) {
      throw new IllegalStateException("HmacSHA256 is required of every Java platform", e);
    }
  }

  @Override
  public String toString() {
    return "WebhookSigner[HmacSHA256]";
  }
}
