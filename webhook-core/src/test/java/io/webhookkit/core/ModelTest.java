package io.webhookkit.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ModelTest {

  @Test
  void eventsParseFromTheirExactWireNames() {
    assertThat(WebhookEvent.fromWireName("afterCreate")).contains(WebhookEvent.AFTER_CREATE);
    assertThat(WebhookEvent.fromWireName("afterUpdate")).contains(WebhookEvent.AFTER_UPDATE);
    assertThat(WebhookEvent.fromWireName("afterDelete")).contains(WebhookEvent.AFTER_DELETE);
  }

  @ParameterizedTest
  @ValueSource(strings = {"afterupdate", "AFTER_UPDATE", " afterUpdate", "update", ""})
  void eventsRefuseOtherSpellings(String text) {
    assertThat(WebhookEvent.fromWireName(text)).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"Ticket", "Activity", "_Private", "Type2"})
  void itemClassesAcceptIdentifiers(String name) {
    assertThat(ItemClass.parse(name)).contains(new ItemClass(name));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "2Ticket", "Ticket\nX-Injected: 1", "Tick\u00e9t", "a-b", "A B"})
  void itemClassesRefuseOtherText(String name) {
    assertThat(ItemClass.parse(name)).isEmpty();
    assertThatThrownBy(() -> ItemClass.of(name)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void itemClassesRefuseOverlongNames() {
    assertThat(ItemClass.parse("T".repeat(ItemClass.MAX_LENGTH + 1))).isEmpty();
  }

  @Test
  void deliveryIdsParseCanonicalUuidsOnly() {
    UUID uuid = UUID.fromString("3f2504e0-4f89-41d3-9a0c-0305e82c3301");

    assertThat(DeliveryId.parse("3f2504e0-4f89-41d3-9a0c-0305e82c3301"))
        .contains(new DeliveryId(uuid));
    assertThat(DeliveryId.parse("3F2504E0-4F89-41D3-9A0C-0305E82C3301"))
        .contains(new DeliveryId(uuid));
    assertThat(DeliveryId.parse("1-1-1-1-1")).isEmpty();
    assertThat(DeliveryId.parse("not-a-uuid")).isEmpty();
    assertThat(DeliveryId.parse(null)).isEmpty();
  }

  @Test
  void payloadsKeepTheirBytesFromOutsideChanges() {
    byte[] bytes = {'{', '}'};
    Payload payload = Payload.of(bytes);
    bytes[0] = 'x';
    payload.bytes()[1] = 'y';

    assertThat(payload.toUtf8String()).isEqualTo("{}");
  }

  @Test
  void payloadsDescribeThemselvesWithoutTheirContent() {
    assertThat(Payload.ofUtf8("{\"password\":\"x\"}").toString())
        .doesNotContain("password")
        .contains("16 bytes", "sha256=");
  }

  @Test
  void attemptHeadersCarryEveryFieldOfTheWireFormat() {
    Delivery delivery =
        new Delivery(
            DeliveryId.parse("3f2504e0-4f89-41d3-9a0c-0305e82c3301").orElseThrow(),
            WebhookEvent.AFTER_UPDATE,
            ItemClass.of("Ticket"),
            Payload.ofUtf8("{}"));
    WebhookSigner signer = WebhookSigner.of(Secret.of("key"));

    assertThat(ProjeqtorHeaders.forAttempt(delivery, signer, Instant.ofEpochSecond(1_700_000_000)))
        .containsExactly(
            org.assertj.core.api.Assertions.entry("Content-Type", "application/json"),
            org.assertj.core.api.Assertions.entry("Projeqtor-Event", "afterUpdate"),
            org.assertj.core.api.Assertions.entry("Projeqtor-Class", "Ticket"),
            org.assertj.core.api.Assertions.entry(
                "Projeqtor-Delivery", "3f2504e0-4f89-41d3-9a0c-0305e82c3301"),
            org.assertj.core.api.Assertions.entry("Projeqtor-Timestamp", "1700000000"),
            org.assertj.core.api.Assertions.entry(
                "Projeqtor-Signature-Sha256", signer.sign(Payload.ofUtf8("{}")).headerValue()));
  }
}
