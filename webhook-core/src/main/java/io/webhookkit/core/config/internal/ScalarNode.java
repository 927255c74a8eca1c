package io.webhookkit.core.config.internal;

import io.webhookkit.core.config.SourceLocation;
import java.util.Objects;

/**
 * A single value: text, a number, a boolean or null.
 *
 * @param text the value as written (for null, the text {@code null})
 * @param kind what the parser took the value to be
 * @param location where the value starts
 */
public record ScalarNode(String text, Kind kind, SourceLocation location) implements Node {

  /** What the parser took a scalar to be. */
  public enum Kind {
    /** Text, quoted or not. */
    STRING,
    /** An integer or decimal number. */
    NUMBER,
    /** {@code true} or {@code false}. */
    BOOLEAN,
    /** An explicit null or an empty YAML value. */
    NULL
  }

  /** Creates a scalar; refuses null parts. */
  public ScalarNode {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(location, "location");
  }

  @Override
  public String typeName() {
    return switch (kind) {
      case STRING -> "text";
      case NUMBER -> "a number";
      case BOOLEAN -> "a boolean";
      case NULL -> "no value";
    };
  }
}
