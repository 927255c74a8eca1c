package io.webhookkit.core.config;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.webhookkit.core.Secret;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SecretReferenceTest {

  private static final SecretResolver ENVIRONMENT =
      SecretResolver.of(Map.of("CRM_WEBHOOK_SECRET", "s3cr3t-value", "EMPTY", " "));

  @Test
  void resolvesAnEnvironmentReferenceThroughTheResolver() {
    Secret secret = SecretReference.of("${env:CRM_WEBHOOK_SECRET}").resolve(ENVIRONMENT);

    assertThat(secret.keyBytes()).isEqualTo("s3cr3t-value".getBytes(UTF_8));
  }

  @Test
  void explainsAMissingEnvironmentVariableInOneLine() {
    assertThatThrownBy(() -> SecretReference.of("${env:CRM_WEBHOOK_PASSWORD}").resolve(ENVIRONMENT))
        .isInstanceOf(SecretResolutionException.class)
        .hasMessage(
            "environment variable CRM_WEBHOOK_PASSWORD is not set: export it before starting");
  }

  @Test
  void refusesABlankVariableWithoutShowingIt() {
    assertThatThrownBy(() -> SecretReference.of("${env:EMPTY}").resolve(ENVIRONMENT))
        .isInstanceOf(SecretResolutionException.class)
        .hasMessage("environment variable EMPTY is empty: set it to the shared secret");
  }

  @Test
  void resolvesALiteralToItself() {
    Secret secret = SecretReference.of("literal-value").resolve(ENVIRONMENT);

    assertThat(secret.keyBytes()).isEqualTo("literal-value".getBytes(UTF_8));
  }

  @Test
  void testResolverAnswersEnvironmentReferencesOnly() {
    assertThat(ENVIRONMENT.lookup("sys", "CRM_WEBHOOK_SECRET")).isEmpty();
  }

  @Test
  void systemResolverReadsAFileAndStripsOneTrailingNewline(@TempDir Path directory)
      throws IOException {
    Path file = Files.writeString(directory.resolve("secret"), "from-file\n\n", UTF_8);

    Secret secret = SecretReference.of("${file:" + file + "}").resolve(SecretResolver.system());

    assertThat(secret.keyBytes()).isEqualTo("from-file\n".getBytes(UTF_8));
  }

  @Test
  void systemResolverReadsASystemProperty() {
    String name = "webhookkit.test.secret." + System.nanoTime();
    System.setProperty(name, "from-property");
    try {
      Secret secret = SecretReference.of("${sys:" + name + "}").resolve(SecretResolver.system());

      assertThat(secret.keyBytes()).isEqualTo("from-property".getBytes(UTF_8));
    } finally {
      System.clearProperty(name);
    }
  }

  @Test
  void explainsAnUnreadableSecretFile(@TempDir Path directory) {
    Path absent = directory.resolve("absent");

    assertThatThrownBy(
            () -> SecretReference.of("${file:" + absent + "}").resolve(SecretResolver.system()))
        .isInstanceOf(SecretResolutionException.class)
        .hasMessage("secret file " + absent + " cannot be read: create it or correct the path");
  }

  @Test
  void recognisesTheThreeKindsOfReference() {
    assertThat(SecretReference.of("${env:A}").kind()).contains("env");
    assertThat(SecretReference.of("${file:/run/a}").kind()).contains("file");
    assertThat(SecretReference.of("${sys:a.b}").kind()).contains("sys");
    assertThat(SecretReference.of("${vault:a}").isReference()).isFalse();
  }

  @Test
  void refusesToResolveAnUnknownKindOfReferenceWithoutShowingIt() {
    assertThatThrownBy(() -> SecretReference.of("${vault:crm}").resolve(ENVIRONMENT))
        .isInstanceOf(SecretResolutionException.class)
        .hasMessageNotContaining("crm");
  }

  @Test
  void toStringNeverShowsALiteral() {
    assertThat(SecretReference.of("literal-value")).hasToString("SecretReference[redacted]");
  }

  @Test
  void toStringShowsAReference() {
    assertThat(SecretReference.of("${env:CRM_WEBHOOK_SECRET}"))
        .hasToString("SecretReference[${env:CRM_WEBHOOK_SECRET}]");
  }

  @Test
  void refusesABlankExpression() {
    assertThatIllegalArgumentException().isThrownBy(() -> SecretReference.of("  "));
  }
}
