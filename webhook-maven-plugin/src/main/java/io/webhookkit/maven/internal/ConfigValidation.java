package io.webhookkit.maven.internal;

import io.webhookkit.core.config.ConfigPolicy;
import io.webhookkit.core.config.ConfigProblem;
import io.webhookkit.core.config.ConfigReadResult;
import io.webhookkit.core.config.WebhookConfigReader;
import io.webhookkit.verifier.Cidr;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Checks webhook configuration files, naming them relative to the project so that messages are
 * short and clickable. It knows nothing of Maven, so that it can be tested without one.
 */
public final class ConfigValidation {

  private final Path baseDirectory;
  private final ConfigPolicy policy;

  /** Creates a validation with the lenient policy that names files relative to a directory. */
  public ConfigValidation(Path baseDirectory) {
    this(baseDirectory, ConfigPolicy.lenient());
  }

  /** Creates a validation that applies {@code policy}, naming files relative to a directory. */
  public ConfigValidation(Path baseDirectory, ConfigPolicy policy) {
    this.baseDirectory = baseDirectory.toAbsolutePath().normalize();
    this.policy = policy;
  }

  /**
   * Returns the policy of the {@code validate} goal: the given strictness, with {@code
   * allowedSources} entries checked by the verifier's CIDR parser, so that the file is refused here
   * exactly when a receiver would refuse it.
   */
  public static ConfigPolicy.Builder policyWithCidrCheck() {
    return ConfigPolicy.builder().sourceCheck(ConfigValidation::cidrProblem);
  }

  private static Optional<String> cidrProblem(String text) {
    try {
      Cidr.parse(text);
      return Optional.empty();
    } catch (IllegalArgumentException e) {
      return Optional.of(e.getMessage());
    }
  }

  /**
   * Reads every configuration file under {@code directory} ({@code .yaml}, {@code .yml}, {@code
   * .json}, at any depth), in sorted order, and reports all their problems.
   *
   * @throws IOException if the directory itself cannot be walked
   */
  public ValidationReport validate(Path directory) throws IOException {
    return validate(new ConfigFileSet(directory, ConfigFileSet.DEFAULT_INCLUDES, List.of()));
  }

  /**
   * Reads every file of {@code files}, in sorted order, and reports all their problems. A file that
   * cannot be read or parsed is a problem, not an exception.
   *
   * @throws IOException if the directory itself cannot be walked
   */
  public ValidationReport validate(ConfigFileSet files) throws IOException {
    List<String> names = new ArrayList<>();
    List<ConfigProblem> problems = new ArrayList<>();
    for (Path file : files.files()) {
      String name = displayName(file);
      ConfigReadResult result = WebhookConfigReader.read(file, name, policy);
      names.add(name);
      problems.addAll(result.problems());
    }
    return new ValidationReport(names, problems);
  }

  private String displayName(Path file) {
    Path absolute = file.toAbsolutePath().normalize();
    Path shown = absolute.startsWith(baseDirectory) ? baseDirectory.relativize(absolute) : absolute;
    // The same text on every platform keeps messages and CI annotations stable.
    return shown.toString().replace(File.separatorChar, '/');
  }
}
