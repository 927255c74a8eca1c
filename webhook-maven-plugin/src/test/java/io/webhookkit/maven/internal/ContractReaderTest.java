package io.webhookkit.maven.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import io.webhookkit.core.BasicCredentials;
import io.webhookkit.core.WebhookEvent;
import io.webhookkit.core.config.SecretResolver;
import io.webhookkit.verifier.SignatureProfile;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ContractReaderTest {

  private final Path contracts = contracts();
  private final SecretResolver secrets =
      SecretResolver.of(Map.of("CRM_SECRET", "crm-shared-secret-0123456789"));

  @Test
  void readsTheReceiverFromAPropertyAndResolvesTheSecret() throws Exception {
    ContractReader reader =
        new ContractReader(
            name ->
                Optional.of("http://127.0.0.1:8080/hooks")
                    .filter(v -> name.equals("crm.receiver.url")),
            secrets);

    Contract contract = reader.read(contracts.resolve("crm.yaml"), "crm.yaml");

    assertThat(contract.name()).isEqualTo("crm");
    assertThat(contract.url()).isEqualTo(URI.create("http://127.0.0.1:8080/hooks"));
    assertThat(contract.profile()).isEqualTo(SignatureProfile.PROJEQTOR_V2);
    assertThat(contract.auth())
        .isEqualTo(new BasicCredentials("projeqtor", "literal-test-password"));
    assertThat(contract.guardsReplays()).isTrue();
    assertThat(contract.deliveries())
        .singleElement()
        .satisfies(
            d -> {
              assertThat(d.name()).isEqualTo("Ticket-afterUpdate");
              assertThat(d.event()).isEqualTo(WebhookEvent.AFTER_UPDATE);
              assertThat(d.schema()).isEqualTo(contracts.resolve("ticket.schema.json"));
            });
  }

  @Test
  void saysWhichPropertyToSetWhenTheUrlPropertyIsMissing() {
    ContractReader reader = new ContractReader(name -> Optional.empty(), secrets);

    assertThatExceptionOfType(InvalidContractException.class)
        .isThrownBy(() -> reader.read(contracts.resolve("crm.yaml"), "crm.yaml"))
        .withMessage(
            "contract crm.yaml names the property crm.receiver.url for the receiver's URL, but it"
                + " is not set: pass -Dcrm.receiver.url=http://...");
  }

  @Test
  void namesTheMissingSecretWithoutAValue() {
    ContractReader reader =
        new ContractReader(name -> Optional.of("http://127.0.0.1/"), SecretResolver.of(Map.of()));

    assertThatExceptionOfType(InvalidContractException.class)
        .isThrownBy(() -> reader.read(contracts.resolve("crm.yaml"), "crm.yaml"))
        .withMessageContaining("secret: environment variable CRM_SECRET is not set");
  }

  @Test
  void refusesAProfileItCannotSign() {
    ContractReader reader = new ContractReader(name -> Optional.empty(), secrets);

    assertThatExceptionOfType(InvalidContractException.class)
        .isThrownBy(
            () -> reader.read(contracts.resolve("unknown-profile.yaml"), "unknown-profile.yaml"))
        .withMessageContaining("profile github is not supported");
  }

  private static Path contracts() {
    try {
      return Path.of(ContractReaderTest.class.getResource("/contracts").toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }
}
