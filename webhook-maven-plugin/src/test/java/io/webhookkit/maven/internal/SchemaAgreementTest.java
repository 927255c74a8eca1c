package io.webhookkit.maven.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.webhookkit.core.config.ConfigProblem;
import io.webhookkit.core.config.WebhookConfigReader;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Keeps the published {@code webhook-config.schema.json} and the reader in step: on every fixture,
 * both accept it or both flag it. The reader stays the authority (it reports positions, hints and
 * rule ids); the schema serves editors. Rules a schema cannot say, such as unique names or a
 * duplicate subscription, and the policy rules of the validate goal are left out.
 */
class SchemaAgreementTest {

  private static final Schema SCHEMA = loadSchema();

  static Stream<Path> accepted() throws Exception {
    return fixtures("accepted");
  }

  static Stream<Path> rejected() throws Exception {
    return fixtures("rejected");
  }

  @ParameterizedTest
  @MethodSource("accepted")
  void bothAcceptAValidFile(Path file) throws IOException {
    assertThat(readerProblems(file)).isEmpty();
    assertThat(schemaErrors(file)).isEmpty();
  }

  @ParameterizedTest
  @MethodSource("rejected")
  void bothFlagAFileThatBreaksAFormatRule(Path file) throws IOException {
    assertThat(readerProblems(file)).isNotEmpty();
    assertThat(schemaErrors(file)).isNotEmpty();
  }

  private static List<ConfigProblem> readerProblems(Path file) {
    return WebhookConfigReader.read(file, file.getFileName().toString()).problems();
  }

  private static List<Error> schemaErrors(Path file) throws IOException {
    String name = file.getFileName().toString();
    InputFormat format = name.endsWith(".json") ? InputFormat.JSON : InputFormat.YAML;
    return SCHEMA.validate(Files.readString(file, StandardCharsets.UTF_8), format);
  }

  private static Schema loadSchema() {
    String resource = "/io/webhookkit/core/config/webhook-config.schema.json";
    try (InputStream in = WebhookConfigReader.class.getResourceAsStream(resource)) {
      return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
          .getSchema(in, InputFormat.JSON);
    } catch (IOException e) {
      throw new IllegalStateException("cannot read " + resource, e);
    }
  }

  private static Stream<Path> fixtures(String kind) throws IOException, URISyntaxException {
    Path directory =
        Path.of(SchemaAgreementTest.class.getResource("/schema-agreement/" + kind).toURI());
    try (Stream<Path> files = Files.list(directory)) {
      return files.sorted().toList().stream();
    }
  }
}
