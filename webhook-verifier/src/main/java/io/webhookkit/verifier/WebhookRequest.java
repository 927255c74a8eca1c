package io.webhookkit.verifier;

import io.webhookkit.verifier.internal.HeaderText;
import java.net.InetAddress;
import java.util.Arrays;
import java.util.Map;
import java.util.Objects;

/**
 * A request as a server received it, before anything has been checked: method, headers, the exact
 * body bytes and, when known, the address of the peer.
 *
 * <p>The request is built from untrusted input and never refuses it: a null {@code headers} becomes
 * empty headers and a null {@code body} an empty body, so that {@link WebhookVerifier#verify}
 * rejects such a request instead of the adapter failing. A null {@code method} is kept and rejected
 * by the verifier. {@code remoteAddress} may be null; the verifier does not use it, but it travels
 * with the request for the application's own checks and logs.
 *
 * <p>The body is copied in and out, so a request is immutable. {@link #toString()} shows the body's
 * length, never its content.
 */
public record WebhookRequest(
    String method, ReceivedHeaders headers, byte[] body, InetAddress remoteAddress) {

  /** Creates a request, copying {@code body}; see the class description for null components. */
  public WebhookRequest {
    headers = headers == null ? ReceivedHeaders.empty() : headers;
    body = body == null ? new byte[0] : body.clone();
  }

  /** Returns a {@code POST} request with no remote address, the usual case in tests. */
  public static WebhookRequest post(ReceivedHeaders headers, byte[] body) {
    return new WebhookRequest("POST", headers, body, null);
  }

  /** Returns a builder that starts from a {@code POST} with no headers and an empty body. */
  public static Builder builder() {
    return new Builder();
  }

  /** Returns a copy of the body bytes. */
  @Override
  public byte[] body() {
    return body.clone();
  }

  /** Returns the body without a copy, for the verifier, which never changes it. */
  byte[] bodyWithoutCopy() {
    return body;
  }

  /** Compares the body by content, not by array identity. */
  @Override
  public boolean equals(Object other) {
    return other instanceof WebhookRequest
        && Objects.equals(method, ((WebhookRequest) other).method)
        && headers.equals(((WebhookRequest) other).headers)
        && Arrays.equals(body, ((WebhookRequest) other).body)
        && Objects.equals(remoteAddress, ((WebhookRequest) other).remoteAddress);
  }

  @Override
  public int hashCode() {
    return Objects.hash(method, headers, Arrays.hashCode(body), remoteAddress);
  }

  /** Shows the method, header names, body length and peer; never header values or the body. */
  @Override
  public String toString() {
    return "WebhookRequest[method="
        + HeaderText.quote(method)
        + ", headers="
        + headers
        + ", body="
        + body.length
        + " bytes, remoteAddress="
        + remoteAddress
        + "]";
  }

  /** Builds a {@link WebhookRequest} step by step. Not thread-safe. */
  public static final class Builder {
    private String method = "POST";
    private final ReceivedHeaders.Builder headers = ReceivedHeaders.builder();
    private byte[] body = new byte[0];
    private InetAddress remoteAddress;

    private Builder() {}

    /** Sets the method exactly as received; the default is {@code POST}. */
    public Builder method(String method) {
      this.method = method;
      return this;
    }

    /** Adds one header value; see {@link ReceivedHeaders.Builder#add}. */
    public Builder header(String name, String value) {
      headers.add(name, value);
      return this;
    }

    /** Adds every name and value of {@code headers}, such as the map of a signed attempt. */
    public Builder headers(Map<String, String> headers) {
      if (headers != null) {
        headers.forEach(this.headers::add);
      }
      return this;
    }

    /** Sets the exact body bytes, copied when the request is built. */
    public Builder body(byte[] body) {
      this.body = body;
      return this;
    }

    /** Sets the peer's address; may be null. */
    public Builder remoteAddress(InetAddress remoteAddress) {
      this.remoteAddress = remoteAddress;
      return this;
    }

    /** Returns the request. */
    public WebhookRequest build() {
      return new WebhookRequest(method, headers.build(), body, remoteAddress);
    }
  }
}
