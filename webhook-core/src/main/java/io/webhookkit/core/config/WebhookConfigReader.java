package io.webhookkit.core.config;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.webhookkit.core.config.internal.ConfigInterpreter;
import io.webhookkit.core.config.internal.LocatedTreeParser;
import io.webhookkit.core.config.internal.Node;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Reads a webhook configuration file, YAML ({@code .yaml}, {@code .yml}) or JSON ({@code .json}),
 * and reports every problem in it with the line and column of the offending value.
 *
 * <p>Reading never throws for bad content: a file that cannot be read, has an unknown extension, is
 * not well-formed or breaks a rule gives a {@link ConfigReadResult} with problems and no
 * configuration. Secrets are not resolved here; a literal secret is accepted.
 *
 * <pre>{@code
 * ConfigReadResult result = WebhookConfigReader.read(Path.of("webhooks.yaml"));
 * result.problems().forEach(problem -> System.err.println(problem.format()));
 * WebhookConfig config = result.config().orElseThrow();
 * }</pre>
 *
 * <p><b>Thread safety:</b> the methods may be called from any number of threads at once.
 */
public final class WebhookConfigReader {

  private static final YAMLFactory YAML = new YAMLFactory();
  private static final JsonFactory JSON = new JsonFactory();

  /** Single-quoted text of two or more characters in a parser message. */
  private static final Pattern QUOTED_WORD = Pattern.compile("'([^']{2,})'");

  private static final Set<String> JSON_KEYWORDS = Set.of("null", "true", "false");

  private static final Comparator<ConfigProblem> FILE_ORDER =
      Comparator.comparingInt((ConfigProblem p) -> p.location().line())
          .thenComparingInt(p -> p.location().column());

  private WebhookConfigReader() {}

  /** Reads {@code file}, naming it in problems as {@code file.toString()}. */
  public static ConfigReadResult read(Path file) {
    return read(file, file.toString());
  }

  /**
   * Reads {@code file}, naming it in problems as {@code displayName}, such as a path relative to
   * the project. The format is chosen by the extension of {@code displayName}.
   */
  public static ConfigReadResult read(Path file, String displayName) {
    return read(file, displayName, ConfigPolicy.lenient());
  }

  /**
   * Reads {@code file} as {@link #read(Path, String)} does, and applies {@code policy}'s rules on
   * top of the format's, such as requiring https.
   */
  public static ConfigReadResult read(Path file, String displayName, ConfigPolicy policy) {
    Objects.requireNonNull(policy, "policy");
    byte[] content;
    try {
      content = Files.readAllBytes(file);
    } catch (IOException | SecurityException e) {
      return failed(
          SourceLocation.startOf(displayName),
          "cannot read the file ("
              + e.getClass().getSimpleName()
              + "): check that it exists and is readable",
          "unreadable-file");
    }
    return read(displayName, content, policy);
  }

  /**
   * Reads {@code content} as the file {@code fileName}, whose extension chooses the format; for
   * files that do not come from disk, and for tests.
   */
  public static ConfigReadResult read(String fileName, byte[] content) {
    return read(fileName, content, ConfigPolicy.lenient());
  }

  /**
   * Reads {@code content} as {@link #read(String, byte[])} does, and applies {@code policy}'s rules
   * on top of the format's.
   */
  public static ConfigReadResult read(String fileName, byte[] content, ConfigPolicy policy) {
    Objects.requireNonNull(policy, "policy");
    Optional<JsonFactory> factory = factoryFor(fileName);
    if (factory.isEmpty()) {
      return failed(
          SourceLocation.startOf(fileName),
          "unknown file extension: name the file .yaml, .yml or .json",
          "unknown-format");
    }

    LocatedTreeParser parser = new LocatedTreeParser(factory.get(), fileName);
    Optional<Node> root;
    try {
      root = parser.parse(content);
    } catch (StreamReadException e) {
      String format = factory.get() == JSON ? "JSON" : "YAML";
      return failed(parser.locate(e.getLocation()), syntaxMessage(format, e), "syntax-error");
    } catch (IOException e) {
      return failed(
          SourceLocation.startOf(fileName),
          "the file cannot be parsed: " + e.getClass().getSimpleName(),
          "syntax-error");
    }
    if (root.isEmpty()) {
      return failed(
          SourceLocation.startOf(fileName),
          "the file is empty: list the subscriptions under subscriptions:",
          "missing-key");
    }

    ConfigInterpreter interpreter = new ConfigInterpreter(policy);
    Optional<WebhookConfig> config = interpreter.interpret(root.get());
    List<ConfigProblem> problems = new ArrayList<>(interpreter.problems());
    problems.sort(FILE_ORDER);
    return new ConfigReadResult(config, problems);
  }

  private static Optional<JsonFactory> factoryFor(String fileName) {
    String lower = fileName.toLowerCase(Locale.ROOT);
    if (lower.endsWith(".yaml") || lower.endsWith(".yml")) {
      return Optional.of(YAML);
    }
    if (lower.endsWith(".json")) {
      return Optional.of(JSON);
    }
    return Optional.empty();
  }

  /**
   * Keeps the parser's explanation to one line. The YAML parser quotes the offending lines and the
   * JSON parser the offending token, either of which may be a secret: YAML's indented quotations
   * are dropped and JSON's quoted tokens are masked.
   */
  private static String syntaxMessage(String format, StreamReadException e) {
    String original = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
    String explanation =
        original
            .lines()
            .filter(line -> !line.isBlank() && !Character.isWhitespace(line.charAt(0)))
            .collect(Collectors.joining("; "));
    String masked =
        format.equals("JSON")
            ? QUOTED_WORD
                .matcher(explanation)
                .replaceAll(m -> JSON_KEYWORDS.contains(m.group(1)) ? m.group() : "'...'")
            : explanation;
    return "the file is not valid " + format + (masked.isEmpty() ? "" : ": " + masked);
  }

  private static ConfigReadResult failed(SourceLocation at, String message, String ruleId) {
    return new ConfigReadResult(
        Optional.empty(), List.of(ConfigProblem.error(at, message, ruleId)));
  }
}
