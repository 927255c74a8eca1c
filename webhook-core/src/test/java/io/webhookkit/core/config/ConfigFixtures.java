package io.webhookkit.core.config;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Path;

/** Loads the configuration files under {@code src/test/resources/config}. */
final class ConfigFixtures {

  private ConfigFixtures() {}

  /** Reads the fixture {@code name}, naming it {@code config/name} in problems. */
  static ConfigReadResult read(String name) {
    return WebhookConfigReader.read("config/" + name, bytes(name));
  }

  static byte[] bytes(String name) {
    try (InputStream in = ConfigFixtures.class.getResourceAsStream("/config/" + name)) {
      if (in == null) {
        throw new IllegalArgumentException("no fixture config/" + name);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Path path(String name) {
    try {
      return Path.of(ConfigFixtures.class.getResource("/config/" + name).toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }
}
