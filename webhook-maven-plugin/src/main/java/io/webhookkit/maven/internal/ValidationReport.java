package io.webhookkit.maven.internal;

import io.webhookkit.core.config.ConfigProblem;
import java.util.List;
import java.util.Optional;

/**
 * What validating a directory of configuration files found: the files checked, as shown in
 * messages, and every problem in them, file by file in line order.
 *
 * @param files the files checked, relative to the project, sorted
 * @param problems every problem found, errors and warnings
 */
public record ValidationReport(List<String> files, List<ConfigProblem> problems) {

  /** Creates a report; the lists are copied. */
  public ValidationReport {
    files = List.copyOf(files);
    problems = List.copyOf(problems);
  }

  /** Returns the problems that fail the build: the errors, and the warnings too if asked. */
  public List<ConfigProblem> failures(boolean failOnWarning) {
    return problems.stream().filter(p -> failOnWarning || p.isError()).toList();
  }

  /**
   * Returns the message for failing the build, such as {@code 3 webhook configuration problem(s)
   * found in 2 file(s); see the messages above}, or empty when nothing fails it.
   */
  public Optional<String> failureMessage(boolean failOnWarning) {
    List<ConfigProblem> failures = failures(failOnWarning);
    if (failures.isEmpty()) {
      return Optional.empty();
    }
    long fileCount = failures.stream().map(p -> p.location().file()).distinct().count();
    return Optional.of(
        failures.size()
            + " webhook configuration problem(s) found in "
            + fileCount
            + " file(s); see the messages above");
  }
}
