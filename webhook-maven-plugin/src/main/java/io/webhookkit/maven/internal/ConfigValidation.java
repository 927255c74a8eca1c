package io.webhookkit.maven.internal;

import io.webhookkit.core.config.ConfigProblem;
import io.webhookkit.core.config.ConfigReadResult;
import io.webhookkit.core.config.WebhookConfigReader;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Checks every webhook configuration file ({@code .yaml}, {@code .yml}, {@code .json}) under a
 * directory, naming files relative to the project so that messages are short and clickable. It
 * knows nothing of Maven, so that it can be tested without one.
 */
public final class ConfigValidation {

  private final Path baseDirectory;

  /** Creates a validation that names files relative to {@code baseDirectory}. */
  public ConfigValidation(Path baseDirectory) {
    this.baseDirectory = baseDirectory.toAbsolutePath().normalize();
  }

  /**
   * Reads every configuration file under {@code directory}, in sorted order, and reports all their
   * problems. A file that cannot be read is a problem, not an exception.
   *
   * @throws IOException if the directory itself cannot be walked
   */
  public ValidationReport validate(Path directory) throws IOException {
    List<String> names = new ArrayList<>();
    List<ConfigProblem> problems = new ArrayList<>();
    for (Path file : configurationFiles(directory)) {
      String name = displayName(file);
      ConfigReadResult result = WebhookConfigReader.read(file, name);
      names.add(name);
      problems.addAll(result.problems());
    }
    return new ValidationReport(names, problems);
  }

  private static List<Path> configurationFiles(Path directory) throws IOException {
    try (Stream<Path> paths = Files.walk(directory)) {
      return paths
          .filter(Files::isRegularFile)
          .filter(ConfigValidation::isConfiguration)
          .sorted()
          .toList();
    }
  }

  private static boolean isConfiguration(Path file) {
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    return name.endsWith(".yaml") || name.endsWith(".yml") || name.endsWith(".json");
  }

  private String displayName(Path file) {
    Path absolute = file.toAbsolutePath().normalize();
    Path shown = absolute.startsWith(baseDirectory) ? baseDirectory.relativize(absolute) : absolute;
    // The same text on every platform keeps messages and CI annotations stable.
    return shown.toString().replace(File.separatorChar, '/');
  }
}
