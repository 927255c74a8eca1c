package io.webhookkit.verifier;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/** Header names are matched without regard to ASCII case, and only ASCII case. */
class HeaderCaseTest {

  private static VerificationResult verifyWithNames(UnaryOperator<String> spelling) {
    WebhookRequest signed = RequestDraft.signedSeedTicket().build();
    Map<String, String> respelt = new LinkedHashMap<>();
    for (String name : signed.headers().names()) {
      respelt.put(spelling.apply(name), signed.headers().first(name).orElseThrow());
    }
    WebhookRequest request = WebhookRequest.post(ReceivedHeaders.ofSingle(respelt), signed.body());
    return RequestDraft.verifier().verify(request);
  }

  @Test
  void acceptsHeaderNamesInLowerCase() {
    assertThat(verifyWithNames(name -> name.toLowerCase(Locale.ROOT)).isAccepted()).isTrue();
  }

  @Test
  void acceptsHeaderNamesInUpperCase() {
    assertThat(verifyWithNames(name -> name.toUpperCase(Locale.ROOT)).isAccepted()).isTrue();
  }

  @Test
  void acceptsHeaderNamesInMixedCase() {
    UnaryOperator<String> alternating =
        name -> {
          StringBuilder mixed = new StringBuilder();
          for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            mixed.append(i % 2 == 0 ? Character.toUpperCase(c) : Character.toLowerCase(c));
          }
          return mixed.toString();
        };

    assertThat(verifyWithNames(alternating).isAccepted()).isTrue();
  }

  @Test
  void doesNotTakeNonAsciiLookAlikeForHeaderName() {
    // U+017F (long s) upper-cases to S, so Unicode case folding would read this as Projeqtor-Class.
    VerificationResult result =
        RequestDraft.signedSeedTicket()
            .remove("Projeqtor-Class")
            .set("Projeqtor-Cla\u017f\u017f", "Ticket")
            .verify();

    assertThat(result.rejection().reason()).isEqualTo(RejectionReason.MISSING_ITEM_CLASS);
  }
}
