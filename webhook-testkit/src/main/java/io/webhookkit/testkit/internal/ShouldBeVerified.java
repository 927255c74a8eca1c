package io.webhookkit.testkit.internal;

import io.webhookkit.testkit.ReceivedDelivery;
import org.assertj.core.error.BasicErrorMessageFactory;
import org.assertj.core.error.ErrorMessageFactory;

/** Creates the message of a delivery that the receiver's verifier rejected. */
public final class ShouldBeVerified extends BasicErrorMessageFactory {

  private ShouldBeVerified(String format, Object... arguments) {
    super(format, arguments);
  }

  /** The verifier rejected {@code delivery}; the message quotes the rejection. */
  public static ErrorMessageFactory shouldBeVerified(ReceivedDelivery delivery) {
    return new ShouldBeVerified(
        "%nExpecting delivery:%n  %s%nto be accepted by the receiver's verifier, but it was"
            + " rejected:%n  %s: %s",
        unquotedString(delivery.describe()),
        unquotedString(delivery.verification().rejection().reason().name()),
        unquotedString(delivery.verification().rejection().message()));
  }
}
