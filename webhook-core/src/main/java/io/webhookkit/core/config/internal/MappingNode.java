package io.webhookkit.core.config.internal;

import io.webhookkit.core.config.SourceLocation;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A set of keys with values, which keeps every entry in file order, repeated keys included, so that
 * the reader can report them.
 *
 * @param entries the entries, in file order
 * @param location where the mapping starts
 */
public record MappingNode(List<Entry> entries, SourceLocation location) implements Node {

  /**
   * One key and its value.
   *
   * @param key the key
   * @param keyLocation where the key is written
   * @param value the value
   */
  public record Entry(String key, SourceLocation keyLocation, Node value) {

    /** Creates an entry; refuses null parts. */
    public Entry {
      Objects.requireNonNull(key, "key");
      Objects.requireNonNull(keyLocation, "keyLocation");
      Objects.requireNonNull(value, "value");
    }
  }

  /** Creates a mapping; refuses null parts. */
  public MappingNode {
    entries = List.copyOf(entries);
    Objects.requireNonNull(location, "location");
  }

  /** Returns the first entry with {@code key}, or empty. */
  public Optional<Entry> entry(String key) {
    return entries.stream().filter(e -> e.key().equals(key)).findFirst();
  }

  @Override
  public String typeName() {
    return "a mapping";
  }
}
