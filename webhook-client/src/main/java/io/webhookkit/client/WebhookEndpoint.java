package io.webhookkit.client;

import io.webhookkit.core.BasicCredentials;
import io.webhookkit.core.Secret;
import java.net.URI;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import okhttp3.HttpUrl;

/**
 * Where a webhook goes: the receiver's URL, the secret that signs each attempt and, optionally, the
 * HTTP Basic credentials that the receiver demands.
 *
 * <p>The URL must be absolute, use {@code http} or {@code https} and name a host. A URL that
 * carries credentials in its user-info part ({@code https://user:pw@host/}) or a fragment is
 * refused: credentials belong in {@link #withBasicAuth(BasicCredentials)}, where they are never
 * logged, and a fragment is never sent. {@link #toString()} shows neither the secret nor the
 * password.
 *
 * @param url the receiver's URL
 * @param secret the secret that signs the payload
 * @param basicAuth the Basic credentials to send, or {@code null} to send none
 */
public record WebhookEndpoint(URI url, Secret secret, BasicCredentials basicAuth) {

  /**
   * Creates an endpoint.
   *
   * @throws IllegalArgumentException if the URL is not an absolute http or https URL with a host,
   *     or carries user-info or a fragment
   * @throws NullPointerException if {@code url} or {@code secret} is null
   */
  public WebhookEndpoint {
    Objects.requireNonNull(url, "url");
    Objects.requireNonNull(secret, "secret");
    String problem = problem(url);
    if (problem != null) {
      throw new IllegalArgumentException(problem);
    }
  }

  /** Returns an endpoint without Basic authentication; see the constructor for what is refused. */
  public static WebhookEndpoint of(URI url, Secret secret) {
    return new WebhookEndpoint(url, secret, null);
  }

  /** Returns a copy of this endpoint that sends {@code credentials}, which must not be null. */
  public WebhookEndpoint withBasicAuth(BasicCredentials credentials) {
    return new WebhookEndpoint(url, secret, Objects.requireNonNull(credentials, "credentials"));
  }

  /** Returns the Basic credentials to send, if any. */
  public Optional<BasicCredentials> basicAuthentication() {
    return Optional.ofNullable(basicAuth);
  }

  private static String problem(URI url) {
    // The messages never repeat the whole URL: it may hold the very credentials being refused.
    String scheme = url.getScheme();
    if (scheme == null) {
      return "endpoint URL is not absolute: give a full URL such as https://host/hook";
    }
    String lowerScheme = scheme.toLowerCase(Locale.ROOT);
    if (!lowerScheme.equals("http") && !lowerScheme.equals("https")) {
      return "endpoint URL scheme is " + scheme + ": use http or https";
    }
    if (url.isOpaque() || url.getRawAuthority() == null) {
      return "endpoint URL has no host: give a full URL such as https://host/hook";
    }
    if (url.getRawUserInfo() != null) {
      return "endpoint URL carries user-info credentials: remove them and use withBasicAuth";
    }
    if (url.getHost() == null) {
      return "endpoint URL host is not a valid host name: " + url.getRawAuthority();
    }
    if (url.getPort() > 65535) {
      return "endpoint URL port > 65535: " + url.getPort();
    }
    if (url.getRawFragment() != null) {
      return "endpoint URL has a fragment (#...), which is never sent: remove it";
    }
    if (HttpUrl.parse(url.toString()) == null) {
      return "endpoint URL is not a valid http(s) URL: check the host and port of " + url;
    }
    return null;
  }

  /** Shows the URL and the user name; never the secret or the password. */
  @Override
  public String toString() {
    return "WebhookEndpoint[url="
        + url
        + ", secret=redacted"
        + (basicAuth == null ? "" : ", basicAuth=" + basicAuth.username() + ":redacted")
        + "]";
  }
}
