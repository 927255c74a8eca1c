package io.webhookkit.verifier.internal;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What an adapter sends back: a status, response headers in the order to write them, and the body
 * bytes (possibly empty). Each adapter writes it with its own server's API.
 */
public record HttpAnswer(int status, Map<String, String> headers, byte[] body) {

  /** Copies the headers and the body, so that an answer is immutable. */
  public HttpAnswer {
    headers = Collections.unmodifiableMap(new LinkedHashMap<>(headers));
    body = body.clone();
  }

  /** Returns a copy of the body bytes. */
  @Override
  public byte[] body() {
    return body.clone();
  }
}
