package io.webhookkit.testkit.internal;

import io.webhookkit.testkit.ReceivedDelivery;
import java.util.List;
import java.util.stream.Collectors;
import org.assertj.core.error.BasicErrorMessageFactory;
import org.assertj.core.error.ErrorMessageFactory;

/**
 * Creates the message of a delivery whose signature header does not hold the signature of its
 * bytes: the expected and the received values, and the length and SHA-256 of the body, so that a
 * reader can tell a wrong secret (same body, other signature) from a changed body.
 */
public final class ShouldHaveValidSignature extends BasicErrorMessageFactory {

  private ShouldHaveValidSignature(String format, Object... arguments) {
    super(format, arguments);
  }

  /**
   * The signature header of {@code delivery} holds none of {@code expected}, computed under {@code
   * whose} secret(s).
   */
  public static ErrorMessageFactory shouldHaveValidSignature(
      ReceivedDelivery delivery, String whose, List<String> expected) {
    String header = delivery.profile().signatureHeader();
    String expectedLines =
        expected.isEmpty()
            ? "  nothing: the request lacks the delivery id or timestamp that "
                + delivery.profile().id()
                + " signs"
            : expected.stream()
                .map(value -> "  " + value)
                .collect(Collectors.joining(System.lineSeparator()));
    return new ShouldHaveValidSignature(
        "%nExpecting delivery:%n  %s%nto carry a valid %s signature under %s, but it does not."
            + "%nexpected:%n%s%nreceived:%n  %s%nover a body of %s bytes with SHA-256:%n  %s",
        unquotedString(delivery.describe()),
        unquotedString(header),
        unquotedString(whose),
        unquotedString(expectedLines),
        unquotedString(delivery.signature().orElse("no " + header + " header")),
        delivery.body().length,
        unquotedString(delivery.payload().sha256Hex()));
  }
}
