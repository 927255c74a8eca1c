package io.webhookkit.core.config.internal;

import io.webhookkit.core.config.SourceLocation;
import java.util.List;
import java.util.Objects;

/**
 * A list of values.
 *
 * @param items the values, in file order
 * @param location where the list starts
 */
public record SequenceNode(List<Node> items, SourceLocation location) implements Node {

  /** Creates a list; refuses null parts. */
  public SequenceNode {
    items = List.copyOf(items);
    Objects.requireNonNull(location, "location");
  }

  @Override
  public String typeName() {
    return "a list";
  }
}
