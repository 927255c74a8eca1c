package io.webhookkit.testkit;

import static io.webhookkit.testkit.internal.ShouldBeEqualToJson.shouldBeEqualToJson;
import static io.webhookkit.testkit.internal.ShouldBeEqualToJson.shouldBeJson;
import static io.webhookkit.testkit.internal.ShouldHaveJsonField.shouldHaveJsonField;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.webhookkit.core.Payload;
import io.webhookkit.testkit.internal.JsonDifference;
import io.webhookkit.testkit.internal.JsonPaths;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import org.assertj.core.api.AbstractAssert;

/**
 * JSON assertions on a payload, read by dotted paths such as {@code WorkElement.plannedWork} (an
 * array index is a step of digits: {@code items.0.id}).
 *
 * <pre>{@code
 * assertThat(delivery).payload().hasField("id", 9).hasField("WorkElement.plannedWork", 12.5);
 * assertThat(delivery).payload().isEqualToJson(Path.of("src/test/resources/ticket.json"));
 * }</pre>
 *
 * <p>The payload is parsed once, when the first assertion needs it; a payload that is not JSON
 * fails every assertion with its length and SHA-256. Numbers are compared by value, so {@code 12}
 * equals {@code 12.0}.
 */
public class JsonPayloadAssert extends AbstractAssert<JsonPayloadAssert, Payload> {

  private static final ObjectMapper JSON = new ObjectMapper();

  private JsonNode tree;

  /** Creates assertions on {@code actual}; prefer {@link WebhookAssertions#assertThat}. */
  public JsonPayloadAssert(Payload actual) {
    super(actual, JsonPayloadAssert.class);
  }

  /**
   * Verifies that the field at {@code path} exists (its value may be JSON {@code null}).
   *
   * @throws IllegalArgumentException if {@code path} is empty or has an empty step
   */
  public JsonPayloadAssert hasField(String path) {
    find(path);
    return myself;
  }

  /**
   * Verifies that the field at {@code path} holds {@code expected}: a number (compared by value), a
   * string, a boolean, {@code null} for JSON null, or any value that Jackson maps to a tree.
   *
   * @throws IllegalArgumentException if {@code path} is empty or has an empty step
   */
  public JsonPayloadAssert hasField(String path, Object expected) {
    Optional<JsonNode> found = find(path);
    if (found.isPresent() && !matches(found.get(), expected)) {
      throwAssertionError(shouldHaveJsonField(path, expected, found.get().toString()));
    }
    return myself;
  }

  /** Verifies that the payload is the JSON {@code expected}, ignoring the order of object keys. */
  public JsonPayloadAssert isEqualToJson(String expected) {
    Objects.requireNonNull(expected, "expected");
    JsonNode expectedTree;
    try {
      expectedTree = JSON.readTree(expected);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("expected is not JSON: " + e.getOriginalMessage(), e);
    }
    Optional<JsonNode> payload = tree();
    if (payload.isPresent()) {
      Optional<String> difference = JsonDifference.first(expectedTree, payload.get());
      if (difference.isPresent()) {
        throwAssertionError(
            shouldBeEqualToJson(
                payload.get().toString(), expectedTree.toString(), difference.get()));
      }
    }
    return myself;
  }

  /**
   * Verifies that the payload is the JSON in {@code file} (UTF-8), ignoring the order of keys.
   *
   * @throws UncheckedIOException if the file cannot be read
   */
  public JsonPayloadAssert isEqualToJson(Path file) {
    try {
      return isEqualToJson(Files.readString(file));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
    }
  }

  private Optional<JsonNode> find(String path) {
    Objects.requireNonNull(path, "path");
    Optional<JsonNode> payload = tree();
    if (payload.isEmpty()) {
      return Optional.empty();
    }
    JsonPaths.Lookup lookup = JsonPaths.find(payload.get(), path);
    if (!lookup.isFound()) {
      throwAssertionError(
          shouldHaveJsonField(
              path,
              lookup.parentPath(),
              lookup.missingStep(),
              JsonPaths.describeChildren(lookup.parent())));
      return Optional.empty();
    }
    return Optional.of(lookup.found());
  }

  /** Returns the parsed payload, or fails (and returns empty, for soft assertions). */
  private Optional<JsonNode> tree() {
    isNotNull();
    if (tree == null) {
      try {
        tree = JSON.readTree(actual.bytes());
      } catch (IOException e) {
        String problem = e instanceof JsonProcessingException json ? json.getOriginalMessage() : "";
        throwAssertionError(shouldBeJson(actual.length(), actual.sha256Hex(), problem));
        return Optional.empty();
      }
    }
    return Optional.of(tree);
  }

  private static boolean matches(JsonNode node, Object expected) {
    if (expected == null) {
      return node.isNull();
    }
    if (expected instanceof Number number) {
      return node.isNumber()
          && new BigDecimal(node.asText()).compareTo(new BigDecimal(number.toString())) == 0;
    }
    if (expected instanceof CharSequence text) {
      return node.isTextual() && node.textValue().equals(text.toString());
    }
    if (expected instanceof Boolean bool) {
      return node.isBoolean() && node.booleanValue() == bool;
    }
    return JSON.valueToTree(expected).equals(node);
  }
}
