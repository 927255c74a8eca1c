package io.webhookkit.testkit.internal;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Iterator;
import java.util.Map;
import java.util.Optional;

/** Finds the first place where two JSON trees differ, ignoring the order of object keys. */
public final class JsonDifference {

  private JsonDifference() {}

  /** Returns a one-line description of the first difference, or empty when they are equal. */
  public static Optional<String> first(JsonNode expected, JsonNode actual) {
    return at("$", expected, actual);
  }

  private static Optional<String> at(String path, JsonNode expected, JsonNode actual) {
    if (expected.isObject() && actual.isObject()) {
      for (Map.Entry<String, JsonNode> field : expected.properties()) {
        JsonNode other = actual.get(field.getKey());
        String child = path + "." + field.getKey();
        if (other == null) {
          return Optional.of(child + " is missing");
        }
        Optional<String> difference = at(child, field.getValue(), other);
        if (difference.isPresent()) {
          return difference;
        }
      }
      Iterator<String> names = actual.fieldNames();
      while (names.hasNext()) {
        String name = names.next();
        if (!expected.has(name)) {
          return Optional.of(path + "." + name + " was not expected");
        }
      }
      return Optional.empty();
    }
    if (expected.isArray() && actual.isArray()) {
      if (expected.size() != actual.size()) {
        return Optional.of(
            path + " has " + actual.size() + " elements instead of " + expected.size());
      }
      for (int i = 0; i < expected.size(); i++) {
        Optional<String> difference = at(path + "[" + i + "]", expected.get(i), actual.get(i));
        if (difference.isPresent()) {
          return difference;
        }
      }
      return Optional.empty();
    }
    if (expected.equals(actual)) {
      return Optional.empty();
    }
    return Optional.of(path + " is " + actual + " instead of " + expected);
  }
}
