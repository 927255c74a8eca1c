package io.webhookkit.verifier;

import static org.assertj.core.api.Assertions.assertThat;

import io.webhookkit.core.ItemClass;
import io.webhookkit.core.ProjeqtorHeaders;
import io.webhookkit.core.WebhookEvent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The event, item class and delivery id headers of an authentic body are read strictly. */
class DescriptionHeadersTest {

  private static RejectionReason reasonWith(String name, String value) {
    return RequestDraft.signedSeedTicket().set(name, value).verify().rejection().reason();
  }

  private static RejectionReason reasonWithout(String name) {
    return RequestDraft.signedSeedTicket().remove(name).verify().rejection().reason();
  }

  @Test
  void reportsWhatTheHeadersDescribe() {
    VerifiedWebhook webhook = RequestDraft.signedSeedTicket().verify().webhook();

    assertThat(webhook.profile()).isEqualTo(SignatureProfile.PROJEQTOR);
    assertThat(webhook.event()).isEqualTo("afterUpdate");
    assertThat(webhook.webhookEvent()).contains(WebhookEvent.AFTER_UPDATE);
    assertThat(webhook.itemClass()).isEqualTo(ItemClass.of("Ticket"));
    assertThat(webhook.deliveryId()).isEqualTo(RequestDraft.DELIVERY_ID.toString());
    assertThat(webhook.projeqtorDeliveryId()).contains(RequestDraft.DELIVERY_ID);
    assertThat(webhook.timestamp()).isEqualTo(RequestDraft.NOW);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"afterInsert", "AfterUpdate", "afterupdate", "", "afterUpdate,afterCreate"})
  void rejectsUnknownEvent(String event) {
    assertThat(reasonWith(ProjeqtorHeaders.EVENT, event)).isEqualTo(RejectionReason.UNKNOWN_EVENT);
  }

  @Test
  void rejectsMissingEventWith400() {
    assertThat(reasonWithout(ProjeqtorHeaders.EVENT)).isEqualTo(RejectionReason.MISSING_EVENT);
    assertThat(RejectionReason.MISSING_EVENT.httpStatus()).isEqualTo(400);
  }

  @ParameterizedTest
  @ValueSource(strings = {"Ticket;DROP TABLE", "9Ticket", "Tick\u00e9t", ""})
  void rejectsMalformedItemClass(String itemClass) {
    assertThat(reasonWith(ProjeqtorHeaders.ITEM_CLASS, itemClass))
        .isEqualTo(RejectionReason.MALFORMED_ITEM_CLASS);
  }

  @Test
  void rejectsItemClassLongerThanSixtyFourCharacters() {
    assertThat(reasonWith(ProjeqtorHeaders.ITEM_CLASS, "T".repeat(65)))
        .isEqualTo(RejectionReason.MALFORMED_ITEM_CLASS);
  }

  @Test
  void rejectsMissingItemClass() {
    assertThat(reasonWithout(ProjeqtorHeaders.ITEM_CLASS))
        .isEqualTo(RejectionReason.MISSING_ITEM_CLASS);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "not-a-uuid",
        "0f8fad5bd9cb469fa16570867728950e",
        "{0f8fad5b-d9cb-469f-a165-70867728950e}",
        "0-0-0-0-0",
        ""
      })
  void rejectsMalformedDeliveryId(String deliveryId) {
    assertThat(reasonWith(ProjeqtorHeaders.DELIVERY, deliveryId))
        .isEqualTo(RejectionReason.MALFORMED_DELIVERY_ID);
  }

  @Test
  void rejectsMissingDeliveryId() {
    assertThat(reasonWithout(ProjeqtorHeaders.DELIVERY))
        .isEqualTo(RejectionReason.MISSING_DELIVERY_ID);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {ProjeqtorHeaders.EVENT, ProjeqtorHeaders.ITEM_CLASS, ProjeqtorHeaders.DELIVERY})
  void rejectsDescriptionHeaderSentTwice(String name) {
    RequestDraft draft = RequestDraft.signedSeedTicket();
    String value = draft.build().headers().first(name).orElseThrow();

    VerificationResult result = draft.add(name.toUpperCase(java.util.Locale.ROOT), value).verify();

    assertThat(result.rejection().reason()).isEqualTo(RejectionReason.DUPLICATE_HEADER);
  }

  @Test
  void acceptsDescriptionValuesSurroundedByOptionalWhiteSpace() {
    VerificationResult result =
        RequestDraft.signedSeedTicket()
            .set(ProjeqtorHeaders.EVENT, " afterUpdate\t")
            .set(ProjeqtorHeaders.ITEM_CLASS, " Ticket ")
            .set(ProjeqtorHeaders.DELIVERY, "\t" + RequestDraft.DELIVERY_ID + " ")
            .verify();

    assertThat(result.isAccepted()).isTrue();
  }
}
