package io.webhookkit.testkit.internal;

import io.webhookkit.testkit.ReceivedDelivery;
import java.util.Optional;
import org.assertj.core.error.BasicErrorMessageFactory;
import org.assertj.core.error.ErrorMessageFactory;

/** Creates the message of a delivery whose event, item class, id or credentials differ. */
public final class ShouldHaveHeaderValue extends BasicErrorMessageFactory {

  private ShouldHaveHeaderValue(String format, Object... arguments) {
    super(format, arguments);
  }

  /**
   * The delivery's {@code what}, read from header {@code header}, is {@code actual} (empty: the
   * header is missing) instead of {@code expected}.
   */
  public static ErrorMessageFactory shouldHaveHeaderValue(
      ReceivedDelivery delivery,
      String what,
      String header,
      String expected,
      Optional<String> actual) {
    if (actual.isEmpty()) {
      return new ShouldHaveHeaderValue(
          "%nExpecting delivery:%n  %s%nto have %s (%s):%n  %s%nbut it has no %s header",
          unquotedString(delivery.describe()),
          unquotedString(what),
          unquotedString(header),
          expected,
          unquotedString(header));
    }
    return new ShouldHaveHeaderValue(
        "%nExpecting delivery:%n  %s%nto have %s (%s):%n  %s%nbut had:%n  %s",
        unquotedString(delivery.describe()),
        unquotedString(what),
        unquotedString(header),
        expected,
        actual.get());
  }
}
