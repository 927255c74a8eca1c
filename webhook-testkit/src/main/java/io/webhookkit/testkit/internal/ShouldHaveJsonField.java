package io.webhookkit.testkit.internal;

import org.assertj.core.error.BasicErrorMessageFactory;
import org.assertj.core.error.ErrorMessageFactory;

/** Creates the message of a payload field that is missing or holds another value. */
public final class ShouldHaveJsonField extends BasicErrorMessageFactory {

  private ShouldHaveJsonField(String format, Object... arguments) {
    super(format, arguments);
  }

  /** The field at {@code path} holds {@code actual} (JSON text) instead of {@code expected}. */
  public static ErrorMessageFactory shouldHaveJsonField(
      String path, Object expected, String actual) {
    return new ShouldHaveJsonField(
        "%nExpecting payload field:%n  %s%nto be:%n  %s%nbut was:%n  %s",
        path, expected, unquotedString(actual));
  }

  /** The path stops at {@code parentPath}, which has no {@code missingStep}. */
  public static ErrorMessageFactory shouldHaveJsonField(
      String path, String parentPath, String missingStep, String parentChildren) {
    return new ShouldHaveJsonField(
        "%nExpecting payload field:%n  %s%nbut %s has no %s; it has:%n  %s",
        path,
        unquotedString(parentPath.isEmpty() ? "the payload" : "\"" + parentPath + "\""),
        missingStep,
        unquotedString(parentChildren));
  }
}
