package io.webhookkit.core.config;

import java.util.Locale;
import java.util.Objects;

/**
 * One thing wrong with a configuration file: where it is, how serious it is, what to do about it,
 * and a short stable rule id (such as {@code unknown-event}) that tools and docs can refer to.
 *
 * <p>A problem refuses null parts and a blank message or rule id.
 *
 * @param location where the offending value is
 * @param severity whether the file is unusable ({@link Severity#ERROR}) or only suspicious
 * @param message what is wrong and what to do, on one line, never holding a secret value
 * @param ruleId the kebab-case id of the rule that found the problem
 */
public record ConfigProblem(
    SourceLocation location, Severity severity, String message, String ruleId) {

  /** How serious a problem is. */
  public enum Severity {
    /** The file cannot be used as it is. */
    ERROR,
    /** The file can be used, but probably does not say what its author meant. */
    WARNING
  }

  /**
   * Creates a problem.
   *
   * @throws IllegalArgumentException if the message or rule id is blank
   */
  public ConfigProblem {
    Objects.requireNonNull(location, "location");
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(message, "message");
    Objects.requireNonNull(ruleId, "ruleId");
    if (message.isBlank()) {
      throw new IllegalArgumentException("message is blank: say what is wrong");
    }
    if (ruleId.isBlank()) {
      throw new IllegalArgumentException("ruleId is blank: name the rule");
    }
  }

  /** Creates an {@link Severity#ERROR error}. */
  public static ConfigProblem error(SourceLocation location, String message, String ruleId) {
    return new ConfigProblem(location, Severity.ERROR, message, ruleId);
  }

  /** Creates a {@link Severity#WARNING warning}. */
  public static ConfigProblem warning(SourceLocation location, String message, String ruleId) {
    return new ConfigProblem(location, Severity.WARNING, message, ruleId);
  }

  /** Returns whether this problem makes the file unusable. */
  public boolean isError() {
    return severity == Severity.ERROR;
  }

  /**
   * Returns the problem as one line in the compiler style, {@code path:line:column: error: message
   * [rule-id]}, which editors and CI systems turn into links and annotations.
   */
  public String format() {
    return location
        + ": "
        + severity.name().toLowerCase(Locale.ROOT)
        + ": "
        + message
        + " ["
        + ruleId
        + "]";
  }
}
