package io.webhookkit.testkit.internal;

import io.webhookkit.testkit.ReceivedDelivery;
import java.util.List;
import java.util.stream.Collectors;

/** Lists deliveries in failure messages, one indented line each. */
public final class Deliveries {

  private Deliveries() {}

  /** Returns one indented {@link ReceivedDelivery#describe()} line per delivery, or "nothing". */
  public static String lines(List<ReceivedDelivery> deliveries) {
    if (deliveries.isEmpty()) {
      return "  nothing";
    }
    return deliveries.stream()
        .map(delivery -> "  " + delivery.describe())
        .collect(Collectors.joining(System.lineSeparator()));
  }
}
