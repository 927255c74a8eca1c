package io.webhookkit.core.config.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.StreamReadException;
import io.webhookkit.core.config.SourceLocation;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Builds a {@link Node} tree by walking Jackson's streaming parser, keeping the line and column of
 * every value. The same walk serves YAML and JSON, as both factories produce the same tokens.
 */
public final class LocatedTreeParser {

  private final JsonFactory factory;
  private final String file;

  /** Creates a parser for documents of {@code factory}'s format, naming them {@code file}. */
  public LocatedTreeParser(JsonFactory factory, String file) {
    this.factory = factory;
    this.file = file;
  }

  /**
   * Parses the single document in {@code content}; empty when the document holds nothing.
   *
   * @throws StreamReadException if the content is not well-formed, or holds more than one document;
   *     its location is where the parser stopped
   * @throws IOException if the parser fails otherwise
   */
  public Optional<Node> parse(byte[] content) throws IOException {
    try (JsonParser parser = factory.createParser(content)) {
      if (parser.nextToken() == null) {
        return Optional.empty();
      }

      Node root = readValue(parser);

      if (parser.nextToken() != null) {
        throw new JsonParseException(
            parser, "unexpected content after the end of the first document");
      }
      return Optional.of(root);
    }
  }

  private Node readValue(JsonParser parser) throws IOException {
    SourceLocation location = locate(parser.currentTokenLocation());
    JsonToken token = parser.currentToken();
    return switch (token) {
      case START_OBJECT -> readMapping(parser, location);
      case START_ARRAY -> readSequence(parser, location);
      case VALUE_STRING -> scalar(parser, ScalarNode.Kind.STRING, location);
      case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> scalar(parser, ScalarNode.Kind.NUMBER, location);
      case VALUE_TRUE, VALUE_FALSE -> scalar(parser, ScalarNode.Kind.BOOLEAN, location);
      case VALUE_NULL -> new ScalarNode("null", ScalarNode.Kind.NULL, location);
      default -> throw new JsonParseException(parser, "unexpected token " + token);
    };
  }

  private MappingNode readMapping(JsonParser parser, SourceLocation location) throws IOException {
    List<MappingNode.Entry> entries = new ArrayList<>();
    while (parser.nextToken() == JsonToken.FIELD_NAME) {
      String key = parser.currentName();
      SourceLocation keyLocation = locate(parser.currentTokenLocation());
      parser.nextToken();
      entries.add(new MappingNode.Entry(key, keyLocation, readValue(parser)));
    }
    return new MappingNode(entries, location);
  }

  private SequenceNode readSequence(JsonParser parser, SourceLocation location) throws IOException {
    List<Node> items = new ArrayList<>();
    while (parser.nextToken() != JsonToken.END_ARRAY) {
      items.add(readValue(parser));
    }
    return new SequenceNode(items, location);
  }

  private static ScalarNode scalar(JsonParser parser, ScalarNode.Kind kind, SourceLocation at)
      throws IOException {
    return new ScalarNode(parser.getText(), kind, at);
  }

  /** Turns a parser location into a source location, clamping unknown parts to 1. */
  public SourceLocation locate(JsonLocation location) {
    if (location == null) {
      return SourceLocation.startOf(file);
    }
    return new SourceLocation(
        file, Math.max(1, location.getLineNr()), Math.max(1, location.getColumnNr()));
  }
}
