package io.webhookkit.core.config;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What reading a configuration file gave: the configuration when the file has no errors, and every
 * problem found, in the order they appear in the file.
 *
 * <p>The result refuses to hold a configuration together with an error: a file with an error has no
 * configuration, so that nobody uses half of one by mistake. Warnings may come with a
 * configuration.
 *
 * @param config the configuration, empty when the file has an error
 * @param problems every problem found, errors and warnings, ordered by line and column
 */
public record ConfigReadResult(Optional<WebhookConfig> config, List<ConfigProblem> problems) {

  /**
   * Creates a result.
   *
   * @throws IllegalArgumentException if a configuration is given together with an error
   */
  public ConfigReadResult {
    Objects.requireNonNull(config, "config");
    problems = List.copyOf(problems);
    if (config.isPresent() && problems.stream().anyMatch(ConfigProblem::isError)) {
      throw new IllegalArgumentException("a result with errors cannot carry a configuration");
    }
  }

  /** Returns whether any problem is an {@link ConfigProblem.Severity#ERROR error}. */
  public boolean hasErrors() {
    return problems.stream().anyMatch(ConfigProblem::isError);
  }
}
