package io.webhookkit.verifier.internal;

import static io.webhookkit.core.internal.HttpText.trimOws;
import static io.webhookkit.verifier.internal.HeaderText.quote;

import io.webhookkit.core.DeliveryId;
import io.webhookkit.core.ItemClass;
import io.webhookkit.core.TimestampCheck;
import io.webhookkit.core.TimestampPolicy;
import io.webhookkit.core.WebhookEvent;
import io.webhookkit.verifier.ReceivedHeaders;
import io.webhookkit.verifier.Rejection;
import io.webhookkit.verifier.RejectionReason;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Reads the headers that describe a webhook (timestamp, event, item class, delivery id) under the
 * header names of a profile, strictly, turning every problem into a {@link Rejection}.
 */
public final class DescriptionHeaders {

  /** The longest delivery id accepted outside the ProjeQtOr profiles. */
  public static final int MAX_TOKEN_LENGTH = 128;

  /** A GitHub event name such as {@code push} or {@code pull_request}. */
  private static final Pattern EVENT_NAME = Pattern.compile("[A-Za-z][A-Za-z0-9_.-]{0,63}");

  private DescriptionHeaders() {}

  /** Reads the one value of a header that must appear exactly once. */
  public static Read<String> readSingle(
      ReceivedHeaders headers, String name, RejectionReason missingReason, String example) {
    List<String> values = headers.all(name);
    if (values.isEmpty()) {
      return Read.failure(
          new Rejection(
              missingReason,
              "header " + name + " is missing: the sender must send it, for example " + example));
    }
    if (values.size() > 1) {
      return Read.failure(duplicate(name, values.size()));
    }
    return Read.success(values.get(0));
  }

  /** Checks the timestamp header {@code name}, sent at most once, against {@code policy}. */
  public static Read<Instant> readTimestamp(
      ReceivedHeaders headers, String name, TimestampPolicy policy) {
    List<String> values = headers.all(name);
    if (values.size() > 1) {
      return Read.failure(duplicate(name, values.size()));
    }
    TimestampCheck check = policy.check(values.isEmpty() ? null : values.get(0));
    return check.isFresh() ? Read.success(check.timestamp()) : Read.failure(rejection(name, check));
  }

  /** Reads a ProjeQtOr event: exactly one of the wire names. */
  public static Read<String> readProjeqtorEvent(ReceivedHeaders headers, String name) {
    Read<String> text = readSingle(headers, name, RejectionReason.MISSING_EVENT, "afterUpdate");
    if (text.failed()) {
      return text;
    }
    Optional<WebhookEvent> event = WebhookEvent.fromWireName(trimOws(text.value()));
    if (event.isEmpty()) {
      return Read.failure(
          new Rejection(
              RejectionReason.UNKNOWN_EVENT,
              "event header "
                  + name
                  + " is "
                  + quote(text.value())
                  + ", not one of "
                  + WebhookEvent.wireNames()
                  + " (case-sensitive)"));
    }
    return Read.success(event.get().wireName());
  }

  /** Reads an event name of another provider: a letter, then letters, digits, {@code _.-}. */
  public static Read<String> readEventName(ReceivedHeaders headers, String name) {
    Read<String> text = readSingle(headers, name, RejectionReason.MISSING_EVENT, "push");
    if (text.failed()) {
      return text;
    }
    String event = trimOws(text.value());
    if (!EVENT_NAME.matcher(event).matches()) {
      return Read.failure(
          new Rejection(
              RejectionReason.UNKNOWN_EVENT,
              "event header "
                  + name
                  + " is "
                  + quote(text.value())
                  + ", not an event name such as push (at most 64 ASCII characters)"));
    }
    return Read.success(event);
  }

  /** Reads a ProjeQtOr item class. */
  public static Read<ItemClass> readItemClass(ReceivedHeaders headers, String name) {
    Read<String> text = readSingle(headers, name, RejectionReason.MISSING_ITEM_CLASS, "Ticket");
    if (text.failed()) {
      return Read.failure(text.rejection());
    }
    String className = trimOws(text.value());
    Optional<ItemClass> itemClass = ItemClass.parse(className);
    if (itemClass.isEmpty()) {
      return Read.failure(
          new Rejection(
              RejectionReason.MALFORMED_ITEM_CLASS,
              "item class header "
                  + name
                  + " is "
                  + quote(text.value())
                  + ": "
                  + ItemClass.problem(className)));
    }
    return Read.success(itemClass.get());
  }

  /** Reads a ProjeQtOr delivery id, a canonical UUID, and returns it in lowercase. */
  public static Read<String> readUuid(ReceivedHeaders headers, String name) {
    Read<String> text =
        readDeliveryText(headers, name, "a UUID that every attempt of one delivery repeats");
    if (text.failed()) {
      return text;
    }
    Optional<DeliveryId> deliveryId = DeliveryId.parse(trimOws(text.value()));
    if (deliveryId.isEmpty()) {
      return Read.failure(
          new Rejection(
              RejectionReason.MALFORMED_DELIVERY_ID,
              "delivery header "
                  + name
                  + " is "
                  + quote(text.value())
                  + ", not a UUID such as 123e4567-e89b-12d3-a456-426614174000"));
    }
    return Read.success(deliveryId.get().toString());
  }

  /**
   * Reads a delivery or message id of another provider: 1 to {@value #MAX_TOKEN_LENGTH} printable
   * ASCII characters without spaces, returned without surrounding white space.
   */
  public static Read<String> readToken(ReceivedHeaders headers, String name) {
    Read<String> text =
        readDeliveryText(headers, name, "an id that every attempt of one delivery repeats");
    if (text.failed()) {
      return text;
    }
    String token = trimOws(text.value());
    boolean valid = !token.isEmpty() && token.length() <= MAX_TOKEN_LENGTH;
    for (int i = 0; valid && i < token.length(); i++) {
      char c = token.charAt(i);
      // A '.' would make "<id>.<timestamp>.<body>" ambiguous: "a.1700000000" with timestamp T
      // signs the same bytes as "a" with timestamp 1700000000 and a body starting "T.".
      valid = c > 0x20 && c < 0x7f && c != '.';
    }
    if (!valid) {
      return Read.failure(
          new Rejection(
              RejectionReason.MALFORMED_DELIVERY_ID,
              "delivery header "
                  + name
                  + " is "
                  + quote(text.value())
                  + ", not an id of 1 to "
                  + MAX_TOKEN_LENGTH
                  + " printable ASCII characters without '.'"));
    }
    return Read.success(token);
  }

  private static Read<String> readDeliveryText(
      ReceivedHeaders headers, String name, String example) {
    return readSingle(headers, name, RejectionReason.MISSING_DELIVERY_ID, example);
  }

  /** Returns the rejection of a header sent {@code count} times. */
  public static Rejection duplicate(String name, int count) {
    return new Rejection(
        RejectionReason.DUPLICATE_HEADER,
        "header "
            + name
            + " appears "
            + count
            + " times: send it once, since readers that pick different copies could disagree");
  }

  private static Rejection rejection(String name, TimestampCheck check) {
    switch (check.outcome()) {
      case MISSING:
        return new Rejection(
            RejectionReason.MISSING_TIMESTAMP,
            "timestamp header "
                + name
                + " is missing: the sender must stamp each request with Unix seconds");
      case MALFORMED:
        return new Rejection(
            RejectionReason.MALFORMED_TIMESTAMP,
            "timestamp header " + name + " is malformed: " + check.message());
      case STALE:
        return new Rejection(
            RejectionReason.STALE_TIMESTAMP,
            "timestamp header " + name + " is too old: " + check.message());
      case FUTURE:
        return new Rejection(
            RejectionReason.FUTURE_TIMESTAMP,
            "timestamp header " + name + " is too far ahead: " + check.message());
      default:
        throw new IllegalArgumentException("a fresh timestamp is no rejection: " + check);
    }
  }
}
