package io.webhookkit.core;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.Objects;
import java.util.Optional;

/**
 * A user name and password for HTTP Basic authentication (RFC 7617), encoded as UTF-8.
 *
 * <p>The user name may not contain {@code :} (the first colon separates it from the password); the
 * password may. Control characters are refused in both. The password never appears in {@link
 * #toString()}. {@link #parseAuthorizationHeader(String)} reads untrusted input and never throws.
 */
public record BasicCredentials(String username, String password) {

  private static final String SCHEME = "Basic";

  /** Longer {@code Authorization} values are refused without decoding. */
  private static final int MAX_HEADER_LENGTH = 4096;

  /**
   * Creates credentials.
   *
   * @throws IllegalArgumentException if the user name is empty or holds {@code :}, or either part
   *     holds a control character
   */
  public BasicCredentials {
    Objects.requireNonNull(username, "username");
    Objects.requireNonNull(password, "password");
    if (username.isEmpty()) {
      throw new IllegalArgumentException("basic auth user name is empty: set a user name");
    }
    if (username.indexOf(':') >= 0) {
      throw new IllegalArgumentException(
          "basic auth user name contains ':', which Basic authentication cannot carry");
    }
    if (hasControlCharacter(username) || hasControlCharacter(password)) {
      throw new IllegalArgumentException("basic auth credentials contain a control character");
    }
  }

  /** Returns the {@code Authorization} header value: {@code Basic base64(user:password)}. */
  public String authorizationHeader() {
    byte[] joined = (username + ":" + password).getBytes(StandardCharsets.UTF_8);
    return SCHEME + " " + Base64.getEncoder().encodeToString(joined);
  }

  /**
   * Parses an untrusted {@code Authorization} header value. Returns empty when it is missing, not
   * of the Basic scheme, not valid base64, not valid UTF-8, or has no colon.
   */
  public static Optional<BasicCredentials> parseAuthorizationHeader(String value) {
    if (value == null || value.length() > MAX_HEADER_LENGTH) {
      return Optional.empty();
    }
    String trimmed = value.strip();
    if (trimmed.length() <= SCHEME.length()
        || !trimmed.regionMatches(true, 0, SCHEME, 0, SCHEME.length())
        || trimmed.charAt(SCHEME.length()) != ' ') {
      return Optional.empty();
    }
    byte[] decoded;
    try {
      decoded = Base64.getDecoder().decode(trimmed.substring(SCHEME.length() + 1).strip());
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
    String text;
    try {
      text =
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(decoded))
              .toString();
    } catch (CharacterCodingException e) {
      return Optional.empty();
    }
    int colon = text.indexOf(':');
    if (colon <= 0) {
      return Optional.empty();
    }
    String user = text.substring(0, colon);
    String pass = text.substring(colon + 1);
    if (hasControlCharacter(user) || hasControlCharacter(pass)) {
      return Optional.empty();
    }
    return Optional.of(new BasicCredentials(user, pass));
  }

  /**
   * Compares with {@code other} so that the time taken does not reveal where they differ; both
   * parts are always compared.
   */
  public boolean matches(BasicCredentials other) {
    if (other == null) {
      return false;
    }
    boolean user = constantTimeEquals(username, other.username);
    boolean pass = constantTimeEquals(password, other.password);
    return user & pass;
  }

  private static boolean constantTimeEquals(String a, String b) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      // Comparing digests hides the lengths as well as the contents.
      byte[] left = digest.digest(a.getBytes(StandardCharsets.UTF_8));
      byte[] right = digest.digest(b.getBytes(StandardCharsets.UTF_8));
      return MessageDigest.isEqual(left, right);
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required of every Java platform", e);
    }
  }

  private static boolean hasControlCharacter(String text) {
    return text.chars().anyMatch(Character::isISOControl);
  }

  /** Shows the user name only. */
  @Override
  public String toString() {
    return "BasicCredentials[username=" + username + ", password=redacted]";
  }
}
