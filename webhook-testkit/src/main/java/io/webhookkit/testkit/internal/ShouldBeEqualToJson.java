package io.webhookkit.testkit.internal;

import org.assertj.core.error.BasicErrorMessageFactory;
import org.assertj.core.error.ErrorMessageFactory;

/** Creates the message of a payload that is not the expected JSON, or not JSON at all. */
public final class ShouldBeEqualToJson extends BasicErrorMessageFactory {

  private ShouldBeEqualToJson(String format, Object... arguments) {
    super(format, arguments);
  }

  /** The payload {@code actual} differs from {@code expected}, first at {@code difference}. */
  public static ErrorMessageFactory shouldBeEqualToJson(
      String actual, String expected, String difference) {
    return new ShouldBeEqualToJson(
        "%nExpecting payload:%n  %s%nto be equal to JSON (ignoring key order):%n  %s%nbut %s",
        unquotedString(actual), unquotedString(expected), unquotedString(difference));
  }

  /** The payload of {@code length} bytes is not JSON: {@code problem}. */
  public static ErrorMessageFactory shouldBeJson(int length, String sha256, String problem) {
    return new ShouldBeEqualToJson(
        "%nExpecting payload of %s bytes with SHA-256:%n  %s%nto be JSON, but it is not:%n  %s",
        length, unquotedString(sha256), unquotedString(problem));
  }
}
