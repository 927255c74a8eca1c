package io.webhookkit.verifier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ReceivedHeadersTest {

  @Test
  void looksUpNamesInAnyAsciiCase() {
    ReceivedHeaders headers = ReceivedHeaders.ofSingle(Map.of("Projeqtor-Event", "afterCreate"));

    assertThat(headers.first("projeqtor-event")).contains("afterCreate");
    assertThat(headers.first("PROJEQTOR-EVENT")).contains("afterCreate");
  }

  @Test
  void mergesNamesThatDifferOnlyInCaseKeepingEveryValueInOrder() {
    Map<String, List<String>> map = new LinkedHashMap<>();
    map.put("X-Tag", List.of("a", "b"));
    map.put("x-tag", List.of("c"));

    ReceivedHeaders headers = ReceivedHeaders.of(map);

    assertThat(headers.all("X-TAG")).containsExactly("a", "b", "c");
    assertThat(headers.names()).containsExactly("X-Tag");
  }

  @Test
  void skipsNullNamesListsAndValuesFromHostileMaps() {
    Map<String, List<String>> map = new HashMap<>();
    map.put(null, List.of("orphan"));
    map.put("X-Null-List", null);
    map.put("X-Some-Nulls", Arrays.asList(null, "kept", null));

    ReceivedHeaders headers = ReceivedHeaders.of(map);

    assertThat(headers.names()).containsExactly("X-Some-Nulls");
    assertThat(headers.all("x-some-nulls")).containsExactly("kept");
  }

  @Test
  void treatsNullMapAsNoHeaders() {
    assertThat(ReceivedHeaders.of(null).names()).isEmpty();
    assertThat(ReceivedHeaders.ofSingle(null).names()).isEmpty();
  }

  @Test
  void answersEmptyForAbsentAndNullNames() {
    ReceivedHeaders headers = ReceivedHeaders.builder().add("A", "1").build();

    assertThat(headers.first("B")).isEmpty();
    assertThat(headers.all(null)).isEmpty();
    assertThat(headers.first(null)).isEmpty();
  }

  @Test
  void keepsValuesExactlyAsReceived() {
    ReceivedHeaders headers = ReceivedHeaders.builder().add("A", "  x, y  ").build();

    assertThat(headers.all("a")).containsExactly("  x, y  ");
  }

  @Test
  void cannotBeChangedThroughItsViews() {
    ReceivedHeaders headers = ReceivedHeaders.builder().add("A", "1").build();

    assertThatThrownBy(() -> headers.all("A").add("2"))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> headers.names().add("B"))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void isNotChangedByLaterAddsToItsBuilder() {
    ReceivedHeaders.Builder builder = ReceivedHeaders.builder().add("A", "1");
    ReceivedHeaders built = builder.build();

    builder.add("A", "2");

    assertThat(built.all("A")).containsExactly("1");
  }

  @Test
  void showsNamesButNeverValues() {
    ReceivedHeaders headers =
        ReceivedHeaders.builder().add("Authorization", "Basic c2VjcmV0OnBhc3M=").build();

    assertThat(headers.toString()).contains("Authorization").doesNotContain("c2VjcmV0");
  }

  @Test
  void equalsHeadersWithTheSameValuesUnderNamesInAnotherCase() {
    ReceivedHeaders upper = ReceivedHeaders.builder().add("A", "1").build();
    ReceivedHeaders lower = ReceivedHeaders.builder().add("a", "1").build();

    assertThat(upper).isEqualTo(lower).hasSameHashCodeAs(lower);
  }
}
