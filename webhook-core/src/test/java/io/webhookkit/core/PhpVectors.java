package io.webhookkit.core;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/** The payloads that PHP signed, read from {@code php-signed-vectors.json}. */
record PhpVectors(String name, String secret, byte[] payload, String signature) {

  static List<PhpVectors> all() {
    try (InputStream in = PhpVectors.class.getResourceAsStream("/php-signed-vectors.json")) {
      JsonNode root = new ObjectMapper().readTree(in);
      List<PhpVectors> vectors = new ArrayList<>();
      for (JsonNode vector : root.get("vectors")) {
        vectors.add(
            new PhpVectors(
                vector.get("name").asText(),
                vector.get("secret").asText(),
                Base64.getDecoder().decode(vector.get("payload_base64").asText()),
                vector.get("signature").asText()));
      }
      return vectors;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public String toString() {
    return name;
  }
}
