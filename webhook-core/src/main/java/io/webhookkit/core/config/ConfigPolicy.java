package io.webhookkit.core.config;

import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * The rules a reader applies on top of the file format, for tools that are stricter than a running
 * sender: require {@code https}, refuse literal secrets, require referenced secrets to exist, and
 * check each {@code receiver.allowedSources} entry.
 *
 * <p>{@link #lenient()} is what {@link WebhookConfigReader#read(java.nio.file.Path)} applies: http
 * allowed, literal secrets allowed, nothing resolved, any source text kept.
 *
 * <pre>{@code
 * ConfigPolicy policy = ConfigPolicy.builder().requireHttps(true).build();
 * }</pre>
 */
public final class ConfigPolicy {

  private static final ConfigPolicy LENIENT = builder().build();

  private final boolean requireHttps;
  private final boolean allowLiteralSecrets;
  private final SecretResolver secretResolver;
  private final Function<String, Optional<String>> sourceCheck;

  private ConfigPolicy(Builder builder) {
    this.requireHttps = builder.requireHttps;
    this.allowLiteralSecrets = builder.allowLiteralSecrets;
    this.secretResolver = builder.secretResolver;
    this.sourceCheck = builder.sourceCheck;
  }

  /** Returns the policy of a running sender: the file format's rules and nothing more. */
  public static ConfigPolicy lenient() {
    return LENIENT;
  }

  /** Returns a builder that starts from {@link #lenient()}. */
  public static Builder builder() {
    return new Builder();
  }

  /** Returns whether a {@code http://} URL is an error ({@code insecure-url}). */
  public boolean requireHttps() {
    return requireHttps;
  }

  /** Returns whether a secret or password may be written as the value itself. */
  public boolean allowLiteralSecrets() {
    return allowLiteralSecrets;
  }

  /** Returns the resolver that referenced secrets must resolve with, or empty to not check. */
  public Optional<SecretResolver> secretResolver() {
    return Optional.ofNullable(secretResolver);
  }

  /**
   * Checks one {@code allowedSources} entry: empty when it is valid, otherwise what is wrong.
   *
   * @throws NullPointerException if {@code source} is null
   */
  public Optional<String> checkSource(String source) {
    return sourceCheck.apply(Objects.requireNonNull(source, "source"));
  }

  /** Collects the options of a {@link ConfigPolicy}; refuses nulls when they are set. */
  public static final class Builder {
    private boolean requireHttps;
    private boolean allowLiteralSecrets = true;
    private SecretResolver secretResolver;
    private Function<String, Optional<String>> sourceCheck = source -> Optional.empty();

    private Builder() {}

    /** Makes {@code http://} URLs an error (default false). */
    public Builder requireHttps(boolean requireHttps) {
      this.requireHttps = requireHttps;
      return this;
    }

    /** Allows secrets and passwords written as the value itself (default true). */
    public Builder allowLiteralSecrets(boolean allowLiteralSecrets) {
      this.allowLiteralSecrets = allowLiteralSecrets;
      return this;
    }

    /**
     * Requires each referenced secret to resolve with {@code resolver} (default: not checked). The
     * value is looked up but never kept or shown.
     */
    public Builder secretsResolvableWith(SecretResolver resolver) {
      this.secretResolver = Objects.requireNonNull(resolver, "resolver");
      return this;
    }

    /**
     * Sets the check of each {@code allowedSources} entry, which answers empty for a valid entry
     * and a one-line problem otherwise (default: any text is accepted). Core knows no address
     * syntax; a tool passes the verifier's CIDR parser.
     */
    public Builder sourceCheck(Function<String, Optional<String>> check) {
      this.sourceCheck = Objects.requireNonNull(check, "check");
      return this;
    }

    /** Returns the policy. */
    public ConfigPolicy build() {
      return new ConfigPolicy(this);
    }
  }
}
