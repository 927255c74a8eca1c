package io.webhookkit.maven.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.webhookkit.core.config.ConfigProblem;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class ConfigValidationTest {

  private final Path resources = resources();
  private final ConfigValidation validation = new ConfigValidation(resources);

  @Test
  void findsNoProblemInValidFiles() throws IOException {
    ValidationReport report = validation.validate(resources.resolve("validation/valid"));

    assertThat(report.problems()).isEmpty();
    assertThat(report.failureMessage(true)).isEmpty();
  }

  @Test
  void checksYamlAndJsonFilesInSubdirectoriesInSortedOrder() throws IOException {
    ValidationReport report = validation.validate(resources.resolve("validation/valid"));

    assertThat(report.files())
        .containsExactly(
            "validation/valid/nested/activities.json", "validation/valid/tickets.yaml");
  }

  @Test
  void listsEveryProblemOfEveryFileWithItsLocation() throws IOException {
    ValidationReport report = validation.validate(resources.resolve("validation/invalid"));

    assertThat(report.problems())
        .extracting(ConfigProblem::format)
        .containsExactly(
            "validation/invalid/a-unknown-event.yml:3:14: error: unknown event afterupdate (did"
                + " you mean afterUpdate?) [unknown-event]",
            "validation/invalid/b-two-errors.json:5:17: error: events is empty: list at least one"
                + " of afterCreate, afterUpdate, afterDelete [empty-events]",
            "validation/invalid/b-two-errors.json:6:14: error: url scheme ftp is not supported:"
                + " use https:// or http:// [invalid-url]",
            "validation/invalid/c-warning-only.yaml:6:5: warning: unknown key retries in a"
                + " subscription; it is ignored [unknown-key]");
  }

  @Test
  void countsOnlyErrorsTowardsFailureByDefault() throws IOException {
    ValidationReport report = validation.validate(resources.resolve("validation/invalid"));

    assertThat(report.failureMessage(false))
        .contains("3 webhook configuration problem(s) found in 2 file(s); see the messages above");
  }

  @Test
  void countsWarningsTowardsFailureWhenAsked() throws IOException {
    ValidationReport report = validation.validate(resources.resolve("validation/invalid"));

    assertThat(report.failureMessage(true))
        .contains("4 webhook configuration problem(s) found in 3 file(s); see the messages above");
  }

  @Test
  void aDirectoryWithoutConfigurationFilesHasNothingToReport() throws IOException {
    ValidationReport report = validation.validate(resources.resolve("validation/empty"));

    assertThat(report.files()).isEmpty();
    assertThat(report.failureMessage(true)).isEmpty();
  }

  private static Path resources() {
    try {
      return Path.of(ConfigValidationTest.class.getResource("/validation").toURI()).getParent();
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }
}
