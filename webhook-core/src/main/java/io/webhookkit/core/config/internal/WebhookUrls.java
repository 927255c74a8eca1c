package io.webhookkit.core.config.internal;

import java.net.URI;
import java.util.Locale;
import java.util.Optional;

/** The rules a subscription's delivery URL must follow, shared by the model and the reader. */
public final class WebhookUrls {

  private WebhookUrls() {}

  /**
   * Describes what is wrong with {@code url} as a delivery URL, or returns empty when it is an
   * absolute http or https URL with a host, a valid port, no user-info and no fragment.
   */
  public static Optional<String> problem(URI url) {
    if (url == null) {
      return Optional.of("url is missing: give the receiver's https:// address");
    }
    String scheme = url.getScheme();
    if (scheme == null) {
      return Optional.of("url is not absolute: start it with https://");
    }
    String lowerScheme = scheme.toLowerCase(Locale.ROOT);
    if (!lowerScheme.equals("http") && !lowerScheme.equals("https")) {
      return Optional.of("url scheme " + scheme + " is not supported: use https:// or http://");
    }
    if (url.getRawUserInfo() != null) {
      return Optional.of(
          "url holds user-info (user@host): remove it and use auth: type: basic instead");
    }
    if (url.getHost() == null) {
      // URI parses "http://host:badport" as a registry-based authority without a host.
      return Optional.of(
          url.getRawAuthority() == null
              ? "url has no host: write it as https://host/path"
              : "url host or port is not valid: " + url.getRawAuthority());
    }
    if (url.getPort() == 0 || url.getPort() > 65535) {
      return Optional.of("url port " + url.getPort() + " is not between 1 and 65535");
    }
    if (url.getRawFragment() != null) {
      return Optional.of("url has a #fragment, which is never sent to a server: remove it");
    }
    return Optional.empty();
  }
}
