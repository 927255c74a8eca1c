package io.webhookkit.testkit.internal;

import io.webhookkit.testkit.ReceivedDelivery;
import java.time.Duration;
import org.assertj.core.error.BasicErrorMessageFactory;
import org.assertj.core.error.ErrorMessageFactory;

/** Creates the message of a delivery stamped too far from its arrival, or not stamped. */
public final class ShouldHaveTimestampWithin extends BasicErrorMessageFactory {

  private ShouldHaveTimestampWithin(String format, Object... arguments) {
    super(format, arguments);
  }

  /** The delivery's timestamp is missing, malformed, or further than {@code tolerance}. */
  public static ErrorMessageFactory shouldHaveTimestampWithin(
      ReceivedDelivery delivery, String header, Duration tolerance) {
    String actual =
        delivery
            .timestamp()
            .map(
                stamp ->
                    stamp
                        + " ("
                        + Durations.text(Duration.between(stamp, delivery.arrivedAt()).abs())
                        + (stamp.isBefore(delivery.arrivedAt()) ? " before" : " after")
                        + " arrival)")
            .orElse(delivery.header(header).map(value -> "malformed " + value).orElse("nothing"));
    return new ShouldHaveTimestampWithin(
        "%nExpecting delivery:%n  %s%nto carry a %s within %s of its arrival at:%n  %s%n"
            + "but it carries:%n  %s",
        unquotedString(delivery.describe()),
        unquotedString(header),
        unquotedString(Durations.text(tolerance)),
        unquotedString(delivery.arrivedAt().toString()),
        unquotedString(actual));
  }
}
