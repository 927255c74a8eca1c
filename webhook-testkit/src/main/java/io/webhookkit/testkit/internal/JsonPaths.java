package io.webhookkit.testkit.internal;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;

/**
 * Finds a value in a JSON tree by a dotted path such as {@code WorkElement.plannedWork} or {@code
 * items.0.id}: each step is an object field, or an array index written in digits.
 */
public final class JsonPaths {

  private JsonPaths() {}

  /** Where a path stopped: the node found, or the deepest parent and the missing step. */
  public record Lookup(JsonNode found, String parentPath, JsonNode parent, String missingStep) {

    /** Returns whether the whole path was found. */
    public boolean isFound() {
      return found != null;
    }
  }

  /**
   * Follows {@code path} from {@code root}.
   *
   * @throws IllegalArgumentException if {@code path} is empty or has an empty step
   */
  public static Lookup find(JsonNode root, String path) {
    String[] steps = path.split("\\.", -1);
    if (path.isEmpty() || List.of(steps).contains("")) {
      throw new IllegalArgumentException(
          "path " + path + " has an empty step: write fields as WorkElement.plannedWork");
    }
    JsonNode node = root;
    StringBuilder walked = new StringBuilder();
    for (String step : steps) {
      Optional<JsonNode> next = child(node, step);
      if (next.isEmpty()) {
        return new Lookup(null, walked.toString(), node, step);
      }
      node = next.get();
      walked.append(walked.length() == 0 ? "" : ".").append(step);
    }
    return new Lookup(node, path, null, null);
  }

  /** Returns the names of an object's fields, or a short description of another node. */
  public static String describeChildren(JsonNode node) {
    if (node.isObject()) {
      List<String> names = new ArrayList<>();
      Iterator<String> fields = node.fieldNames();
      fields.forEachRemaining(names::add);
      return "fields " + names;
    }
    if (node.isArray()) {
      return "an array of " + node.size();
    }
    return "the value " + node;
  }

  private static Optional<JsonNode> child(JsonNode node, String step) {
    if (node.isObject()) {
      return Optional.ofNullable(node.get(step));
    }
    if (node.isArray() && step.matches("[0-9]{1,9}")) {
      return Optional.ofNullable(node.get(Integer.parseInt(step)));
    }
    return Optional.empty();
  }
}
