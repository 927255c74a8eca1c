package io.webhookkit.testkit;

import static io.webhookkit.testkit.WebhookAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.webhookkit.core.Payload;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class JsonPayloadAssertTest {

  private final Payload ticket = Payload.ofUtf8(Fixtures.ticketJson());

  @Test
  void hasFieldReadsTopLevelNestedAndArrayFields() {
    assertThat(ticket)
        .hasField("id", 9)
        .hasField("name", "TEST 999")
        .hasField("WorkElement.plannedWork", 12.5)
        .hasField("WorkElement.realWork", 3.0)
        .hasField("tags.1", "b")
        .hasField("WorkElement");
  }

  @Test
  void hasFieldShowsTheExpectedAndTheActualValue() {
    assertThatThrownBy(() -> assertThat(ticket).hasField("WorkElement.plannedWork", 12))
        .isInstanceOf(AssertionError.class)
        .hasMessage(
            "%nExpecting payload field:%n  \"WorkElement.plannedWork\"%nto be:%n  12%nbut was:%n"
                + "  12.5",
            new Object[0]);
  }

  @Test
  void hasFieldNamesTheFieldsThatExistWhereThePathStops() {
    assertThatThrownBy(() -> assertThat(ticket).hasField("WorkElement.leftWork"))
        .isInstanceOf(AssertionError.class)
        .hasMessageContainingAll(
            "but \"WorkElement\" has no \"leftWork\"; it has:", "fields [plannedWork, realWork]");
  }

  @Test
  void aStringDoesNotMatchANumber() {
    assertThatThrownBy(() -> assertThat(ticket).hasField("id", "9"))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("to be:%n  \"9\"%nbut was:%n  9".formatted());
  }

  @Test
  void isEqualToJsonIgnoresKeyOrder() {
    assertThat(ticket)
        .isEqualToJson(
            "{\"tags\":[\"a\",\"b\"],\"WorkElement\":{\"realWork\":3,\"plannedWork\":12.5},"
                + "\"name\":\"TEST 999\",\"id\":9}");
  }

  @Test
  void isEqualToJsonReadsAFile() {
    assertThat(ticket).isEqualToJson(Path.of("src/test/resources/ticket.json"));
  }

  @Test
  void isEqualToJsonPointsAtTheFirstDifference() {
    assertThatThrownBy(
            () ->
                assertThat(ticket)
                    .isEqualToJson(
                        "{\"id\":9,\"name\":\"TEST 999\",\"WorkElement\":{\"plannedWork\":12.5,"
                            + "\"realWork\":4},\"tags\":[\"a\",\"b\"]}"))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("to be equal to JSON (ignoring key order):")
        .hasMessageEndingWith("but $.WorkElement.realWork is 3 instead of 4");
  }

  @Test
  void aPayloadThatIsNotJsonFailsWithItsDigest() {
    Payload text = Payload.ofUtf8("not json");

    assertThatThrownBy(() -> assertThat(text).hasField("id"))
        .isInstanceOf(AssertionError.class)
        .hasMessageContainingAll(
            "Expecting payload of 8 bytes with SHA-256:", text.sha256Hex(), "to be JSON");
  }
}
