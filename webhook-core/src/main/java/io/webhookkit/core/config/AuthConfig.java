package io.webhookkit.core.config;

import java.util.Objects;

/**
 * How a subscription authenticates to its receiver, on top of the signature: nothing, or HTTP Basic
 * authentication with a user name and a password reference.
 *
 * <p>{@link Type#NONE} refuses a user name and a password; {@link Type#BASIC} requires both and
 * refuses a user name that is empty or holds {@code :}, which Basic authentication cannot carry.
 *
 * @param type the kind of authentication
 * @param username the Basic user name, null for {@link Type#NONE}
 * @param password where the Basic password lives, null for {@link Type#NONE}
 */
public record AuthConfig(Type type, String username, SecretReference password) {

  /** The kinds of authentication, as a configuration file names them in lower case. */
  public enum Type {
    /** No authentication besides the signature ({@code none}). */
    NONE,
    /** HTTP Basic authentication ({@code basic}). */
    BASIC
  }

  private static final AuthConfig NONE = new AuthConfig(Type.NONE, null, null);

  /**
   * Creates an authentication setting.
   *
   * @throws IllegalArgumentException if the user name and password do not fit the type
   */
  public AuthConfig {
    Objects.requireNonNull(type, "type");
    if (type == Type.NONE && (username != null || password != null)) {
      throw new IllegalArgumentException(
          "auth type none takes no username or password: use type basic or remove them");
    }
    if (type == Type.BASIC) {
      if (username == null || username.isEmpty()) {
        throw new IllegalArgumentException("basic auth user name is empty: set a user name");
      }
      if (username.indexOf(':') >= 0) {
        throw new IllegalArgumentException(
            "basic auth user name contains ':', which Basic authentication cannot carry");
      }
      Objects.requireNonNull(password, "password");
    }
  }

  /** Returns the setting for no authentication besides the signature. */
  public static AuthConfig none() {
    return NONE;
  }

  /**
   * Returns HTTP Basic authentication with {@code username} and a password from {@code password}.
   *
   * @throws IllegalArgumentException if the user name is empty or holds {@code :}
   */
  public static AuthConfig basic(String username, SecretReference password) {
    return new AuthConfig(Type.BASIC, username, password);
  }
}
