package io.webhookkit.testkit.internal;

import io.webhookkit.testkit.ReceivedDelivery;
import org.assertj.core.error.BasicErrorMessageFactory;
import org.assertj.core.error.ErrorMessageFactory;

/** Creates the message of a delivery that is not another attempt of an earlier one. */
public final class ShouldBeRetryOf extends BasicErrorMessageFactory {

  private ShouldBeRetryOf(String format, Object... arguments) {
    super(format, arguments);
  }

  /** {@code actual} is not a retry of {@code original}, for the reason {@code why}. */
  public static ErrorMessageFactory shouldBeRetryOf(
      ReceivedDelivery actual, ReceivedDelivery original, String why) {
    return new ShouldBeRetryOf(
        "%nExpecting delivery:%n  %s%nto be a retry of:%n  %s%n(same delivery id, same body"
            + " bytes), but %s",
        unquotedString(actual.describe()),
        unquotedString(original.describe()),
        unquotedString(why));
  }
}
