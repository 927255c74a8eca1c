package io.webhookkit.testkit.internal;

import io.webhookkit.testkit.ReceivedDelivery;
import java.time.Duration;
import java.util.List;
import org.assertj.core.error.BasicErrorMessageFactory;
import org.assertj.core.error.ErrorMessageFactory;

/** Creates the message of a receiver that got more, fewer or other deliveries than expected. */
public final class ShouldHaveReceived extends BasicErrorMessageFactory {

  private ShouldHaveReceived(String format, Object... arguments) {
    super(format, arguments);
  }

  /** Fewer or more than {@code expected} deliveries that match {@code what} arrived. */
  public static ErrorMessageFactory shouldHaveReceivedExactly(
      String url, String what, int expected, Duration within, List<ReceivedDelivery> received) {
    return new ShouldHaveReceived(
        "%nExpecting receiver at:%n  %s%nto receive exactly:%n  %s%nwithin %s, but it received"
            + " %s:%n%s",
        unquotedString(url),
        unquotedString(count(expected, what)),
        unquotedString(Durations.text(within)),
        unquotedString(count(received.size(), "")),
        unquotedString(Deliveries.lines(received)));
  }

  /** Fewer than {@code expected} deliveries that match {@code what} arrived. */
  public static ErrorMessageFactory shouldHaveReceivedAtLeast(
      String url, String what, int expected, Duration within, List<ReceivedDelivery> received) {
    return new ShouldHaveReceived(
        "%nExpecting receiver at:%n  %s%nto receive at least:%n  %s%nwithin %s, but it received"
            + " %s:%n%s",
        unquotedString(url),
        unquotedString(count(expected, what)),
        unquotedString(Durations.text(within)),
        unquotedString(count(received.size(), "")),
        unquotedString(Deliveries.lines(received)));
  }

  /** A delivery that matches {@code what} arrived while none was expected. */
  public static ErrorMessageFactory shouldHaveReceivedNothing(
      String url, String what, Duration during, List<ReceivedDelivery> received) {
    return new ShouldHaveReceived(
        "%nExpecting receiver at:%n  %s%nto receive no %s for %s, but it received:%n%s",
        unquotedString(url),
        unquotedString(what.isEmpty() ? "delivery" : "delivery " + what),
        unquotedString(Durations.text(during)),
        unquotedString(Deliveries.lines(received)));
  }

  private static String count(int count, String what) {
    String noun = count == 1 ? "delivery" : "deliveries";
    return count + " " + noun + (what.isEmpty() ? "" : " " + what);
  }
}
