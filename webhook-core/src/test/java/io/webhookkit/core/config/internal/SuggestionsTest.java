package io.webhookkit.core.config.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SuggestionsTest {

  private static final List<String> EVENTS = List.of("afterCreate", "afterUpdate", "afterDelete");

  @Test
  void suggestsTheCandidateThatDiffersOnlyInCase() {
    assertThat(Suggestions.closest("afterupdate", EVENTS)).contains("afterUpdate");
  }

  @Test
  void suggestsACandidateAFewEditsAway() {
    assertThat(Suggestions.closest("aftrDelete", EVENTS)).contains("afterDelete");
  }

  @Test
  void suggestsNothingForUnrelatedText() {
    assertThat(Suggestions.closest("onSave", EVENTS)).isEmpty();
  }
}
