package io.webhookkit.core.config.internal;

import io.webhookkit.core.ItemClass;
import io.webhookkit.core.WebhookEvent;
import io.webhookkit.core.config.AuthConfig;
import io.webhookkit.core.config.ConfigPolicy;
import io.webhookkit.core.config.ConfigProblem;
import io.webhookkit.core.config.RetryConfig;
import io.webhookkit.core.config.SecretReference;
import io.webhookkit.core.config.SecretResolutionException;
import io.webhookkit.core.config.SourceLocation;
import io.webhookkit.core.config.Subscription;
import io.webhookkit.core.config.WebhookConfig;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Turns a located tree into a {@link WebhookConfig}, collecting every problem on the way rather
 * than stopping at the first. One instance reads one file.
 */
public final class ConfigInterpreter {

  private static final List<String> ROOT_KEYS = List.of("subscriptions", "receiver");
  private static final List<String> RECEIVER_KEYS = List.of("allowedSources");
  private static final List<String> SUBSCRIPTION_KEYS =
      List.of("name", "itemClass", "events", "url", "secret", "auth", "headers", "retry");
  private static final List<String> RETRY_KEYS =
      List.of("maxAttempts", "initialDelay", "maxDelay", "maxAge");
  private static final List<String> AUTH_KEYS = List.of("type", "username", "password");
  private static final List<String> AUTH_TYPES = List.of("none", "basic");
  private static final List<String> EVENT_NAMES =
      Arrays.stream(WebhookEvent.values()).map(WebhookEvent::wireName).toList();

  private final ConfigPolicy policy;
  private final List<ConfigProblem> problems = new ArrayList<>();
  private final Map<String, SourceLocation> names = new HashMap<>();
  private final Map<String, SourceLocation> targets = new HashMap<>();

  /** Creates an interpreter that applies {@code policy} on top of the format's rules. */
  public ConfigInterpreter(ConfigPolicy policy) {
    this.policy = policy;
  }

  /** Returns the problems found so far, in the order they were found. */
  public List<ConfigProblem> problems() {
    return List.copyOf(problems);
  }

  /** Reads the configuration in {@code root}; empty when the file has an error. */
  public Optional<WebhookConfig> interpret(Node root) {
    MappingNode mapping = mapping(root, "the file");
    if (mapping == null) {
      return Optional.empty();
    }
    checkKeys(mapping, ROOT_KEYS, "at the top level");
    List<String> allowedSources = receiver(mapping);

    Node list = required(mapping, "subscriptions", "list the subscriptions under subscriptions:");
    if (list == null) {
      return Optional.empty();
    }
    if (!(list instanceof SequenceNode sequence)) {
      wrongType(list, "subscriptions", "a list");
      return Optional.empty();
    }
    if (sequence.items().isEmpty()) {
      warning(list.location(), "subscriptions is empty: no event will be sent", "no-subscriptions");
    }

    List<Subscription> subscriptions = new ArrayList<>();
    for (Node item : sequence.items()) {
      subscription(item).ifPresent(subscriptions::add);
    }
    if (errorCount() > 0) {
      return Optional.empty();
    }
    return Optional.of(new WebhookConfig(subscriptions, allowedSources));
  }

  private List<String> receiver(MappingNode root) {
    Optional<MappingNode.Entry> entry = root.entry("receiver");
    if (entry.isEmpty()) {
      return List.of();
    }
    MappingNode receiver = mapping(entry.get().value(), "receiver");
    if (receiver == null) {
      return List.of();
    }
    checkKeys(receiver, RECEIVER_KEYS, "in receiver");
    Optional<MappingNode.Entry> sources = receiver.entry("allowedSources");
    if (sources.isEmpty()) {
      return List.of();
    }
    if (!(sources.get().value() instanceof SequenceNode list)) {
      wrongType(sources.get().value(), "allowedSources", "a list such as [10.0.0.0/8]");
      return List.of();
    }
    List<String> blocks = new ArrayList<>();
    for (Node item : list.items()) {
      ScalarNode text = text(item, "an allowedSources entry");
      if (text == null) {
        continue;
      }
      Optional<String> problem = policy.checkSource(text.text());
      if (problem.isPresent()) {
        error(text.location(), "allowedSources entry " + problem.get(), "invalid-cidr");
      } else {
        blocks.add(text.text());
      }
    }
    return blocks;
  }

  private Optional<Subscription> subscription(Node node) {
    MappingNode mapping = mapping(node, "each subscription");
    if (mapping == null) {
      return Optional.empty();
    }
    int errorsBefore = errorCount();
    checkKeys(mapping, SUBSCRIPTION_KEYS, "in a subscription");

    String name = name(mapping);
    ItemClass itemClass = itemClass(mapping);
    Set<WebhookEvent> events = events(mapping);
    URI url = url(mapping);
    SecretReference secret =
        secret(mapping, "secret", "add the signing secret, such as secret: ${env:NAME}");
    AuthConfig auth = auth(mapping);
    Map<String, String> headers = headers(mapping);
    RetryConfig retry = retry(mapping);

    if (itemClass != null && events != null && url != null) {
      checkDuplicate(mapping, itemClass, events, url);
    }
    if (errorCount() > errorsBefore) {
      return Optional.empty();
    }
    return Optional.of(
        new Subscription(
            name, itemClass, events, url, secret, auth, headers, retry, mapping.location()));
  }

  /** Warns about a second subscription that sends the same events of a class to the same URL. */
  private void checkDuplicate(
      MappingNode mapping, ItemClass itemClass, Set<WebhookEvent> events, URI url) {
    String target = itemClass.name() + " " + events + " " + url;
    SourceLocation first = targets.putIfAbsent(target, mapping.location());
    if (first != null) {
      warning(
          mapping.location(),
          "this subscription repeats the one on line "
              + first.line()
              + " (same itemClass, events and url): each event would be sent twice",
          "duplicate-subscription");
    }
  }

  private Map<String, String> headers(MappingNode subscription) {
    Map<String, String> headers = new LinkedHashMap<>();
    Optional<MappingNode.Entry> entry = subscription.entry("headers");
    if (entry.isEmpty()) {
      return headers;
    }
    MappingNode mapping = mapping(entry.get().value(), "headers");
    if (mapping == null) {
      return headers;
    }
    Map<String, SourceLocation> seen = new HashMap<>();
    for (MappingNode.Entry header : mapping.entries()) {
      String name = header.key();
      Optional<String> nameProblem = HeaderRules.nameProblem(name);
      if (nameProblem.isPresent()) {
        error(header.keyLocation(), nameProblem.get(), "invalid-header-name");
      }
      SourceLocation first = seen.putIfAbsent(name.toLowerCase(Locale.ROOT), header.keyLocation());
      if (first != null) {
        error(
            header.keyLocation(),
            "header " + name + " is repeated (first on line " + first.line() + "): keep only one",
            "duplicate-key");
      }
      ScalarNode value = text(header.value(), "header " + name);
      if (value == null) {
        continue;
      }
      Optional<String> valueProblem = HeaderRules.valueProblem(name, value.text());
      if (valueProblem.isPresent()) {
        error(value.location(), valueProblem.get(), "invalid-header-value");
      } else if (nameProblem.isEmpty()) {
        headers.put(name, value.text());
      }
    }
    return headers;
  }

  private RetryConfig retry(MappingNode subscription) {
    Optional<MappingNode.Entry> entry = subscription.entry("retry");
    RetryConfig defaults = RetryConfig.defaults();
    if (entry.isEmpty()) {
      return defaults;
    }
    MappingNode retry = mapping(entry.get().value(), "retry");
    if (retry == null) {
      return null;
    }
    checkKeys(retry, RETRY_KEYS, "in retry");
    int errorsBefore = errorCount();

    Integer maxAttempts = maxAttempts(retry, defaults.maxAttempts());
    Duration initialDelay = duration(retry, "initialDelay", defaults.initialDelay());
    Duration maxDelay = duration(retry, "maxDelay", defaults.maxDelay());
    Duration maxAge = duration(retry, "maxAge", defaults.maxAge());
    if (errorCount() > errorsBefore) {
      return null;
    }
    Optional<String> problem = RetryConfig.problem(maxAttempts, initialDelay, maxDelay, maxAge);
    if (problem.isPresent()) {
      error(retryLocation(retry, problem.get()), problem.get(), "retry-out-of-range");
      return null;
    }
    return new RetryConfig(maxAttempts, initialDelay, maxDelay, maxAge);
  }

  /** Points a range problem at the key it names, such as {@code retry.maxDelay}. */
  private static SourceLocation retryLocation(MappingNode retry, String problem) {
    for (String key : RETRY_KEYS) {
      if (problem.startsWith("retry." + key + " ")) {
        return retry.entry(key).map(e -> e.value().location()).orElse(retry.location());
      }
    }
    return retry.location();
  }

  private Integer maxAttempts(MappingNode retry, int fallback) {
    Optional<MappingNode.Entry> entry = retry.entry("maxAttempts");
    if (entry.isEmpty()) {
      return fallback;
    }
    Node value = entry.get().value();
    if (!(value instanceof ScalarNode scalar)
        || scalar.kind() != ScalarNode.Kind.NUMBER
        || !scalar.text().matches("-?[0-9]{1,9}")) {
      error(
          value.location(),
          "maxAttempts must be a whole number such as 5, not " + value.typeName(),
          "wrong-type");
      return null;
    }
    int attempts = Integer.parseInt(scalar.text());
    if (attempts < 1 || attempts > RetryConfig.MAX_ATTEMPTS) {
      error(
          value.location(),
          "retry.maxAttempts " + attempts + " is not between 1 and " + RetryConfig.MAX_ATTEMPTS,
          "retry-out-of-range");
      return null;
    }
    return attempts;
  }

  private Duration duration(MappingNode retry, String key, Duration fallback) {
    Optional<MappingNode.Entry> entry = retry.entry(key);
    if (entry.isEmpty()) {
      return fallback;
    }
    ScalarNode text = text(entry.get().value(), key);
    if (text == null) {
      return null;
    }
    Optional<Duration> duration = Durations.parse(text.text());
    if (duration.isEmpty()) {
      error(
          text.location(),
          key
              + " "
              + text.text()
              + " is not a duration: write a number and a unit, such as 10s,"
              + " 5m or 1h (units ms, s, m, h, d)",
          "invalid-duration");
      return null;
    }
    return duration.get();
  }

  private String name(MappingNode subscription) {
    Optional<MappingNode.Entry> entry = subscription.entry("name");
    if (entry.isEmpty()) {
      return null;
    }
    ScalarNode text = text(entry.get().value(), "name");
    if (text == null) {
      return null;
    }
    if (text.text().isBlank()) {
      error(text.location(), "name is blank: give a name or remove the key", "invalid-name");
      return null;
    }
    SourceLocation first = names.putIfAbsent(text.text(), text.location());
    if (first != null) {
      error(
          text.location(),
          "subscription name "
              + text.text()
              + " is already used on line "
              + first.line()
              + ": give each subscription its own name",
          "duplicate-name");
    }
    return text.text();
  }

  private ItemClass itemClass(MappingNode subscription) {
    ScalarNode text =
        requiredText(subscription, "itemClass", "add the item class, such as itemClass: Ticket");
    if (text == null) {
      return null;
    }
    if (!ItemClass.isValid(text.text())) {
      error(text.location(), ItemClass.problem(text.text()), "invalid-item-class");
      return null;
    }
    return ItemClass.of(text.text());
  }

  private Set<WebhookEvent> events(MappingNode subscription) {
    Node node = required(subscription, "events", "list the events, such as events: [afterCreate]");
    if (node == null) {
      return null;
    }
    if (!(node instanceof SequenceNode list)) {
      wrongType(node, "events", "a list such as [afterCreate]");
      return null;
    }
    if (list.items().isEmpty()) {
      error(
          list.location(),
          "events is empty: list at least one of " + WebhookEvent.wireNames(),
          "empty-events");
      return null;
    }

    Set<WebhookEvent> events = EnumSet.noneOf(WebhookEvent.class);
    boolean allKnown = true;
    for (Node item : list.items()) {
      Optional<WebhookEvent> event = event(item);
      if (event.isEmpty()) {
        allKnown = false;
      } else if (!events.add(event.get())) {
        warning(item.location(), "event " + event.get() + " is listed twice", "duplicate-event");
      }
    }
    return allKnown ? events : null;
  }

  private Optional<WebhookEvent> event(Node item) {
    ScalarNode text = text(item, "an event");
    if (text == null) {
      return Optional.empty();
    }
    Optional<WebhookEvent> event = WebhookEvent.fromWireName(text.text());
    if (event.isEmpty()) {
      String hint = Suggestions.didYouMean(text.text(), EVENT_NAMES);
      error(
          text.location(),
          "unknown event "
              + text.text()
              + (hint.isEmpty() ? ": use one of " + WebhookEvent.wireNames() : hint),
          "unknown-event");
    }
    return event;
  }

  private URI url(MappingNode subscription) {
    ScalarNode text =
        requiredText(subscription, "url", "add the receiver's address, such as url: https://...");
    if (text == null) {
      return null;
    }
    URI url;
    try {
      url = new URI(text.text());
    } catch (URISyntaxException e) {
      error(
          text.location(),
          "url is not a valid URL: " + e.getReason() + " at character " + (e.getIndex() + 1),
          "invalid-url");
      return null;
    }
    Optional<String> problem = WebhookUrls.problem(url);
    if (problem.isPresent()) {
      error(text.location(), problem.get(), "invalid-url");
      return null;
    }
    if (policy.requireHttps() && url.getScheme().equalsIgnoreCase("http")) {
      error(
          text.location(),
          "url uses http, which sends the payload unencrypted: use https:// (or allow insecure"
              + " URLs for a local receiver)",
          "insecure-url");
    }
    return url;
  }

  private SecretReference secret(MappingNode mapping, String key, String remedy) {
    ScalarNode text = requiredText(mapping, key, remedy);
    if (text == null) {
      return null;
    }
    if (text.text().isBlank()) {
      error(text.location(), key + " is empty: " + remedy, "invalid-secret");
      return null;
    }
    SecretReference reference = SecretReference.of(text.text());
    if (!reference.isReference() && text.text().contains("${")) {
      // Such text would otherwise be taken as a literal secret and fail only when used.
      error(
          text.location(),
          key
              + " looks like a reference but is not one: use ${env:NAME}, ${file:PATH} or"
              + " ${sys:NAME}",
          "invalid-secret");
      return null;
    }
    if (!reference.isReference() && !policy.allowLiteralSecrets()) {
      error(
          text.location(),
          key
              + " is written as the value itself: keep it out of the file with ${env:NAME},"
              + " ${file:PATH} or ${sys:NAME}",
          "literal-secret");
    } else if (reference.isReference() && policy.secretResolver().isPresent()) {
      try {
        reference.resolve(policy.secretResolver().get());
      } catch (SecretResolutionException e) {
        // The message names the reference and never the value.
        error(text.location(), key + ": " + e.getMessage(), "unresolvable-secret");
      }
    }
    return reference;
  }

  private AuthConfig auth(MappingNode subscription) {
    Optional<MappingNode.Entry> entry = subscription.entry("auth");
    if (entry.isEmpty()) {
      return AuthConfig.none();
    }
    MappingNode auth = mapping(entry.get().value(), "auth");
    if (auth == null) {
      return null;
    }
    checkKeys(auth, AUTH_KEYS, "in auth");

    ScalarNode type = requiredText(auth, "type", "add type: basic or type: none");
    if (type == null) {
      return null;
    }
    return switch (type.text()) {
      case "none" -> noAuth(auth);
      case "basic" -> basicAuth(auth);
      default -> {
        String hint = Suggestions.didYouMean(type.text(), AUTH_TYPES);
        error(
            type.location(),
            "unknown auth type " + type.text() + (hint.isEmpty() ? ": use none or basic" : hint),
            "unknown-auth-type");
        yield null;
      }
    };
  }

  private AuthConfig noAuth(MappingNode auth) {
    for (String key : List.of("username", "password")) {
      auth.entry(key)
          .ifPresent(
              e ->
                  warning(
                      e.keyLocation(),
                      key + " is ignored because auth type is none: set type: basic to use it",
                      "ignored-key"));
    }
    return AuthConfig.none();
  }

  private AuthConfig basicAuth(MappingNode auth) {
    ScalarNode username = requiredText(auth, "username", "basic auth needs a username");
    SecretReference password =
        secret(auth, "password", "basic auth needs a password, such as password: ${env:NAME}");
    if (username == null) {
      return null;
    }
    if (username.text().isEmpty()) {
      error(username.location(), "username is empty: set a user name", "invalid-username");
      return null;
    }
    if (username.text().indexOf(':') >= 0) {
      error(
          username.location(),
          "username contains ':', which Basic authentication cannot carry",
          "invalid-username");
      return null;
    }
    return password == null ? null : AuthConfig.basic(username.text(), password);
  }

  private void checkKeys(MappingNode mapping, List<String> known, String where) {
    Map<String, SourceLocation> seen = new HashMap<>();
    for (MappingNode.Entry entry : mapping.entries()) {
      String key = entry.key();
      SourceLocation first = seen.putIfAbsent(key, entry.keyLocation());
      if (first != null) {
        error(
            entry.keyLocation(),
            "key " + key + " is repeated (first on line " + first.line() + "): keep only one",
            "duplicate-key");
      } else if (!known.contains(key)) {
        String hint = Suggestions.didYouMean(key, known);
        warning(
            entry.keyLocation(),
            "unknown key " + key + " " + where + (hint.isEmpty() ? "; it is ignored" : hint),
            "unknown-key");
      }
    }
  }

  private Node required(MappingNode mapping, String key, String remedy) {
    Optional<MappingNode.Entry> entry = mapping.entry(key);
    if (entry.isEmpty()) {
      error(mapping.location(), key + " is missing: " + remedy, "missing-key");
      return null;
    }
    Node value = entry.get().value();
    if (value instanceof ScalarNode scalar && scalar.kind() == ScalarNode.Kind.NULL) {
      error(value.location(), key + " has no value: " + remedy, "missing-value");
      return null;
    }
    return value;
  }

  private ScalarNode requiredText(MappingNode mapping, String key, String remedy) {
    Node value = required(mapping, key, remedy);
    return value == null ? null : text(value, key);
  }

  private ScalarNode text(Node node, String what) {
    if (node instanceof ScalarNode scalar && scalar.kind() == ScalarNode.Kind.STRING) {
      return scalar;
    }
    if (node instanceof ScalarNode scalar && scalar.kind() == ScalarNode.Kind.NULL) {
      error(node.location(), what + " has no value", "missing-value");
      return null;
    }
    String remedy = node instanceof ScalarNode ? ": quote it" : "";
    error(node.location(), what + " must be text, not " + node.typeName() + remedy, "wrong-type");
    return null;
  }

  private MappingNode mapping(Node node, String what) {
    if (node instanceof MappingNode mapping) {
      return mapping;
    }
    wrongType(node, what, "a mapping of keys to values");
    return null;
  }

  private void wrongType(Node node, String what, String expected) {
    error(
        node.location(), what + " must be " + expected + ", not " + node.typeName(), "wrong-type");
  }

  private int errorCount() {
    return (int) problems.stream().filter(ConfigProblem::isError).count();
  }

  private void error(SourceLocation location, String message, String ruleId) {
    problems.add(ConfigProblem.error(location, message, ruleId));
  }

  private void warning(SourceLocation location, String message, String ruleId) {
    problems.add(ConfigProblem.warning(location, message, ruleId));
  }
}
