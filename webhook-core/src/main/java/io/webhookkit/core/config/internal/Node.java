package io.webhookkit.core.config.internal;

import io.webhookkit.core.config.SourceLocation;

/**
 * A value of a parsed configuration file that remembers where it was written, which Jackson's
 * {@code JsonNode} forgets.
 */
public sealed interface Node permits ScalarNode, SequenceNode, MappingNode {

  /** Returns where the value starts in its file. */
  SourceLocation location();

  /** Returns how messages name this kind of value, such as "a list" or "text". */
  String typeName();
}
