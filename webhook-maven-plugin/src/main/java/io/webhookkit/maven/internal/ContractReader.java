package io.webhookkit.maven.internal;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.webhookkit.core.BasicCredentials;
import io.webhookkit.core.ItemClass;
import io.webhookkit.core.Secret;
import io.webhookkit.core.StandardWebhooksSecret;
import io.webhookkit.core.WebhookEvent;
import io.webhookkit.core.config.SecretReference;
import io.webhookkit.core.config.SecretResolutionException;
import io.webhookkit.core.config.SecretResolver;
import io.webhookkit.verifier.SignatureProfile;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Reads a contract file (YAML). The receiver's URL comes from {@code receiver.url} or from the
 * property that {@code receiver.urlProperty} names; payload and schema paths are relative to the
 * contract file; secrets are references resolved now, or literals (contracts target test
 * receivers).
 *
 * <pre>{@code
 * receiver:
 *   urlProperty: crm.receiver.url   # or url: http://127.0.0.1:8080/hooks
 *   profile: projeqtor              # projeqtor (default), projeqtor-v2, standard-webhooks
 *   secret: ${env:CRM_WEBHOOK_SECRET}
 *   auth: {username: projeqtor, password: ${env:CRM_WEBHOOK_PASSWORD}}
 *   guardsReplays: true
 * deliveries:
 *   - event: afterCreate
 *     itemClass: Ticket
 *     payload: payloads/ticket-created.json
 *     schema: schemas/ticket.schema.json
 * }</pre>
 */
public final class ContractReader {

  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

  private final Function<String, Optional<String>> properties;
  private final SecretResolver secrets;

  /**
   * Creates a reader that looks up {@code urlProperty} names with {@code properties} and resolves
   * secret references with {@code secrets}.
   */
  public ContractReader(Function<String, Optional<String>> properties, SecretResolver secrets) {
    this.properties = properties;
    this.secrets = secrets;
  }

  /**
   * Reads {@code file}, naming it {@code displayName} in messages.
   *
   * @throws InvalidContractException if the file cannot be read or breaks a rule above
   */
  public Contract read(Path file, String displayName) throws InvalidContractException {
    JsonNode root;
    try {
      root = YAML.readTree(Files.readAllBytes(file));
    } catch (JacksonException e) {
      throw invalid(displayName, "is not valid YAML: " + e.getOriginalMessage());
    } catch (IOException e) {
      throw invalid(displayName, "cannot be read (" + e.getClass().getSimpleName() + ")");
    }
    if (root == null || !root.isObject()) {
      throw invalid(displayName, "must be a mapping with receiver: and deliveries:");
    }
    JsonNode receiver = root.path("receiver");
    if (!receiver.isObject()) {
      throw invalid(displayName, "has no receiver: mapping");
    }

    String name = contractName(file);
    URI url = url(receiver, displayName);
    SignatureProfile profile = profile(receiver, displayName);
    Secret secret = secret(receiver, profile, displayName);
    BasicCredentials auth = auth(receiver, displayName);
    boolean guardsReplays = receiver.path("guardsReplays").asBoolean(false);
    List<Contract.Delivery> deliveries = deliveries(root, file.getParent(), displayName);
    return new Contract(name, url, profile, secret, auth, guardsReplays, deliveries);
  }

  /** Returns the file name without its extension, such as {@code crm} for {@code crm.yaml}. */
  public static String contractName(Path file) {
    String fileName = file.getFileName().toString();
    int dot = fileName.lastIndexOf('.');
    return dot > 0 ? fileName.substring(0, dot) : fileName;
  }

  private URI url(JsonNode receiver, String file) throws InvalidContractException {
    String text;
    if (receiver.hasNonNull("url")) {
      text = receiver.get("url").asText();
    } else if (receiver.hasNonNull("urlProperty")) {
      String property = receiver.get("urlProperty").asText();
      text =
          properties
              .apply(property)
              .orElseThrow(
                  () ->
                      invalid(
                          file,
                          "names the property "
                              + property
                              + " for the receiver's URL, but it is not set: pass -D"
                              + property
                              + "=http://..."));
    } else {
      throw invalid(file, "gives neither receiver.url nor receiver.urlProperty");
    }
    try {
      URI url = new URI(text);
      if (url.getScheme() == null || url.getHost() == null) {
        throw invalid(file, "receiver URL " + text + " is not an absolute http(s) URL");
      }
      return url;
    } catch (URISyntaxException e) {
      throw invalid(file, "receiver URL is not a URL: " + e.getReason());
    }
  }

  private static SignatureProfile profile(JsonNode receiver, String file)
      throws InvalidContractException {
    String id = receiver.path("profile").asText("projeqtor");
    for (SignatureProfile profile : SignatureProfile.values()) {
      if (profile.id().equals(id) && profile != SignatureProfile.GITHUB) {
        return profile;
      }
    }
    throw invalid(
        file,
        "profile " + id + " is not supported: use projeqtor, projeqtor-v2 or standard-webhooks");
  }

  private Secret secret(JsonNode receiver, SignatureProfile profile, String file)
      throws InvalidContractException {
    String text = required(receiver, "secret", file);
    String value = resolve(text, "secret", file);
    try {
      return profile == SignatureProfile.STANDARD_WEBHOOKS
          ? StandardWebhooksSecret.parse(value)
          : Secret.of(value);
    } catch (IllegalArgumentException e) {
      throw invalid(file, "secret is not usable: " + e.getMessage());
    }
  }

  private BasicCredentials auth(JsonNode receiver, String file) throws InvalidContractException {
    JsonNode auth = receiver.path("auth");
    if (auth.isMissingNode() || auth.isNull()) {
      return null;
    }
    String username = required(auth, "username", file);
    String password = resolve(required(auth, "password", file), "auth.password", file);
    try {
      return new BasicCredentials(username, password);
    } catch (IllegalArgumentException e) {
      throw invalid(file, "auth is not usable: " + e.getMessage());
    }
  }

  private String resolve(String text, String key, String file) throws InvalidContractException {
    try {
      return secretText(SecretReference.of(text));
    } catch (SecretResolutionException e) {
      throw invalid(file, key + ": " + e.getMessage());
    }
  }

  /** Resolves a reference to its text; a literal stays as written. */
  private String secretText(SecretReference reference) {
    if (!reference.isReference()) {
      return reference.expression();
    }
    // Resolve through the SDK so that missing values get its one-line explanations.
    reference.resolve(secrets);
    String expression = reference.expression();
    String kind = reference.kind().orElseThrow();
    String name = expression.substring(kind.length() + 3, expression.length() - 1);
    return secrets.lookup(kind, name).orElseThrow();
  }

  private static List<Contract.Delivery> deliveries(JsonNode root, Path base, String file)
      throws InvalidContractException {
    JsonNode list = root.path("deliveries");
    if (!list.isArray() || list.isEmpty()) {
      throw invalid(file, "has no deliveries: list at least one under deliveries:");
    }
    List<Contract.Delivery> deliveries = new ArrayList<>();
    for (int i = 0; i < list.size(); i++) {
      JsonNode item = list.get(i);
      String where = "deliveries[" + i + "]";
      String eventName = required(item, "event", file);
      WebhookEvent event =
          WebhookEvent.fromWireName(eventName)
              .orElseThrow(
                  () ->
                      invalid(
                          file,
                          where
                              + ".event "
                              + eventName
                              + " is unknown: use one of "
                              + Arrays.toString(WebhookEvent.values())));
      String className = required(item, "itemClass", file);
      if (!ItemClass.isValid(className)) {
        throw invalid(file, where + ".itemClass: " + ItemClass.problem(className));
      }
      Path payload = base.resolve(required(item, "payload", file));
      if (!Files.isRegularFile(payload)) {
        throw invalid(file, where + ".payload " + payload + " does not exist");
      }
      Path schema = item.hasNonNull("schema") ? base.resolve(item.get("schema").asText()) : null;
      if (schema != null && !Files.isRegularFile(schema)) {
        throw invalid(file, where + ".schema " + schema + " does not exist");
      }
      String name = item.path("name").asText(className + "-" + eventName);
      deliveries.add(new Contract.Delivery(name, event, ItemClass.of(className), payload, schema));
    }
    return deliveries;
  }

  private static String required(JsonNode node, String key, String file)
      throws InvalidContractException {
    JsonNode value = node.get(key);
    if (value == null || value.isNull() || !value.isValueNode() || value.asText().isBlank()) {
      throw invalid(file, key + " is missing or empty");
    }
    return value.asText();
  }

  private static InvalidContractException invalid(String file, String problem) {
    return new InvalidContractException("contract " + file + " " + problem);
  }
}
