package io.webhookkit.benchmarks;

import java.security.GeneralSecurityException;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** Builds the floor of every comparison: a {@link Mac} prepared once, as a careful caller would. */
final class BareHmac {

  private BareHmac() {}

  /** Returns an HMAC-SHA256 {@link Mac} initialised with {@code key}. */
  static Mac prepared(byte[] key) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(key, "HmacSHA256"));
      return mac;
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is required of every Java platform", e);
    }
  }
}
