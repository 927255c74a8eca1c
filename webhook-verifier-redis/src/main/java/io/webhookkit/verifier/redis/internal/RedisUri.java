package io.webhookkit.verifier.redis.internal;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/**
 * Where a Redis server is and how to log in, read from a {@code redis://} or {@code rediss://} URI
 * such as {@code rediss://:password@cache.internal:6380/2}.
 *
 * <p>{@link #toString()} and every message name the scheme, host, port and database only: the
 * password never leaves this record except through {@link #password()}.
 *
 * @param tls whether the scheme is {@code rediss}
 * @param host the host name or address
 * @param port the port, 6379 when the URI names none
 * @param database the database index from the path, 0 when the URI names none
 * @param user the user name of the user-info, or {@code null}
 * @param password the password of the user-info, or {@code null}
 */
public record RedisUri(
    boolean tls, String host, int port, int database, String user, String password) {

  /** The port of a URI that names none. */
  public static final int DEFAULT_PORT = 6379;

  /**
   * Reads {@code text}.
   *
   * @throws IllegalArgumentException if it is not a URI, its scheme is not {@code redis} or {@code
   *     rediss}, it names no host, or its path is not a database index; the message never repeats
   *     the text, which may hold a password
   */
  public static RedisUri parse(String text) {
    if (text == null) {
      throw new IllegalArgumentException("uri is null: pass one such as redis://127.0.0.1:6379");
    }
    URI uri;
    try {
      uri = new URI(text.strip());
    } catch (URISyntaxException e) {
      // No cause: its message repeats the whole text, password included.
      throw new IllegalArgumentException(
          "uri is not a valid URI: write it as redis://[[user]:password@]host[:port][/database]");
    }

    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    if (!scheme.equals("redis") && !scheme.equals("rediss")) {
      throw new IllegalArgumentException(
          "uri scheme is '" + scheme + "', not redis or rediss (rediss for TLS)");
    }
    if (uri.getHost() == null) {
      throw new IllegalArgumentException(
          "uri names no host: write it as "
              + scheme
              + "://host:port, percent-encoding any '@', ':', '/' or '#' in the password");
    }
    String host = uri.getHost();
    if (host.startsWith("[")) {
      host = host.substring(1, host.length() - 1); // an IPv6 literal, connected to without brackets
    }
    int port = uri.getPort() == -1 ? DEFAULT_PORT : uri.getPort();
    int database = database(uri.getPath());

    String user = null;
    String password = null;
    String userInfo = uri.getUserInfo();
    if (userInfo != null) {
      int colon = userInfo.indexOf(':');
      if (colon < 0) {
        password = userInfo; // redis://secret@host, as redis-cli reads it
      } else {
        user = colon == 0 ? null : userInfo.substring(0, colon);
        password = userInfo.substring(colon + 1);
      }
    }
    return new RedisUri(scheme.equals("rediss"), host, port, database, user, password);
  }

  private static int database(String path) {
    if (path == null || path.isEmpty() || path.equals("/")) {
      return 0;
    }
    String index = path.substring(1);
    if (!index.matches("[0-9]{1,5}")) {
      throw new IllegalArgumentException(
          "uri path is '" + path + "', not a database index such as /0");
    }
    return Integer.parseInt(index);
  }

  /** Returns {@code host:port}, for messages. */
  public String hostAndPort() {
    return (host.indexOf(':') >= 0 ? "[" + host + "]" : host) + ":" + port;
  }

  /** Shows scheme, host, port and database; never the user-info. */
  @Override
  public String toString() {
    return (tls ? "rediss://" : "redis://") + hostAndPort() + "/" + database;
  }
}
