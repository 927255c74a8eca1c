package io.webhookkit.verifier.redis;

import io.webhookkit.verifier.ReplayGuard;
import io.webhookkit.verifier.ReplayGuardException;
import io.webhookkit.verifier.internal.ReplayKeys;
import io.webhookkit.verifier.redis.internal.RedisUri;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.time.Duration;
import redis.clients.jedis.DefaultJedisClientConfig;
import redis.clients.jedis.HostAndPort;
import redis.clients.jedis.RedisClient;
import redis.clients.jedis.UnifiedJedis;
import redis.clients.jedis.exceptions.JedisAccessControlException;
import redis.clients.jedis.exceptions.JedisConnectionException;
import redis.clients.jedis.exceptions.JedisDataException;
import redis.clients.jedis.exceptions.JedisException;
import redis.clients.jedis.params.SetParams;

/**
 * A {@link ReplayGuard} kept in Redis, so that all the instances of a receiver share one memory of
 * the delivery ids they accepted: a replay sent to another instance is refused too.
 *
 * <p>Each sighting is one {@code SET prefix+key 1 NX PX ttl}: Redis records the key only if it is
 * absent, atomically, so of several instances that present the same id at once exactly one sees its
 * first sighting; Redis forgets the key when its time to live ends. The guard keeps no state of its
 * own.
 *
 * <p>When Redis cannot answer (down, unreachable, too slow, refusing the password) {@link
 * #firstSighting} throws {@link ReplayGuardException} with a one-line message naming {@code
 * host:port}, and the verifier refuses the request rather than risk a replay. No message and no
 * {@link #toString()} ever holds the password.
 *
 * <p><b>Instances are thread-safe</b> as long as the client is; the clients this class builds are.
 *
 * <pre>{@code
 * try (RedisReplayGuard guard =
 *     RedisReplayGuard.builder().uri("rediss://:" + password + "@cache.internal:6380").build()) {
 *   // share guard between the verifiers of this process
 * }
 * }</pre>
 */
public final class RedisReplayGuard implements ReplayGuard, AutoCloseable {

  /** The prefix put before every key unless the builder sets another. */
  public static final String DEFAULT_KEY_PREFIX = "webhookkit:replay:";

  /** The default connect and socket timeout, 2 seconds. */
  public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(2);

  /** The longest key prefix accepted, in characters. */
  public static final int MAX_KEY_PREFIX_LENGTH = 256;

  /**
   * Time to live given to Redis for any longer ttl: 100 years, which Redis can still add to its
   * clock, whereas a larger number makes it answer "invalid expire time".
   */
  private static final Duration LONGEST_TTL = Duration.ofDays(36_500);

  private static final String RECORDED = "1";

  private final UnifiedJedis client;
  private final boolean ownsClient;
  private final String keyPrefix;

  /** Where Redis is, for messages: {@code redis://host:port/db}, or a note on a supplied client. */
  private final String endpoint;

  /** The socket timeout of a client built from a URI, for messages; null for a supplied one. */
  private final Duration socketTimeout;

  private RedisReplayGuard(
      UnifiedJedis client,
      boolean ownsClient,
      String keyPrefix,
      String endpoint,
      Duration socketTimeout) {
    this.client = client;
    this.ownsClient = ownsClient;
    this.keyPrefix = keyPrefix;
    this.endpoint = endpoint;
    this.socketTimeout = socketTimeout;
  }

  /** Returns a builder; exactly one of {@code uri} and {@code client} is required. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Records {@code key} in Redis for {@code ttl} unless it is already there.
   *
   * @param key the profile and delivery id; 1 to 256 characters, stored after the key prefix
   * @param ttl how long Redis keeps the key; positive, rounded up to a whole millisecond
   * @return {@code true} on the first sighting, {@code false} when Redis already holds the key
   * @throws ReplayGuardException when Redis cannot be reached, does not answer within the socket
   *     timeout, refuses the credentials or answers with an error
   * @throws IllegalArgumentException if the key is empty or longer than 256 characters, or the ttl
   *     is not positive: the verifier never passes such values, so they are programming errors
   * @throws NullPointerException if either argument is null
   */
  @Override
  public boolean firstSighting(String key, Duration ttl) {
    ReplayKeys.check(key, ttl);
    SetParams ifAbsentWithExpiry = SetParams.setParams().nx().px(ttlMillis(ttl));
    try {
      // Redis answers OK when it recorded the key and nothing when the key was already there.
      return "OK".equals(client.set(keyPrefix + key, RECORDED, ifAbsentWithExpiry));
    } catch (JedisException e) {
      throw new ReplayGuardException(describe(e), e);
    }
  }

  /** Returns the prefix put before every key in Redis. */
  public String keyPrefix() {
    return keyPrefix;
  }

  /**
   * Closes the client when this guard built it from a URI; leaves a client supplied to the builder
   * open, since its owner may still use it.
   */
  @Override
  public void close() {
    if (ownsClient) {
      client.close();
    }
  }

  private static long ttlMillis(Duration ttl) {
    if (ttl.compareTo(LONGEST_TTL) > 0) {
      return LONGEST_TTL.toMillis();
    }
    return ceilMillis(ttl);
  }

  /** Rounds up, so that a positive duration never becomes 0, which Jedis reads as "no timeout". */
  private static long ceilMillis(Duration duration) {
    long millis = duration.toMillis();
    return duration.equals(Duration.ofMillis(millis)) ? millis : millis + 1;
  }

  /** Says in one line what failed, naming the endpoint and never the password or the key. */
  private String describe(JedisException e) {
    if (e instanceof JedisAccessControlException) {
      return "Redis at "
          + endpoint
          + " refused the replay guard's credentials: check the user and password in its URI";
    }
    if (e instanceof JedisDataException) {
      return "Redis at "
          + endpoint
          + " answered the replay guard with an error: "
          + firstLine(e.getMessage());
    }
    if (causedBy(e, SocketTimeoutException.class)) {
      return "Redis at "
          + endpoint
          + " did not answer the replay guard within its socket timeout"
          + (socketTimeout == null ? "" : " of " + socketTimeout.toMillis() + " ms")
          + ": check that it is up and not overloaded";
    }
    if (causedBy(e, UnknownHostException.class)) {
      return "Redis host of " + endpoint + " is unknown: check the host name in the URI";
    }
    if (causedBy(e, ConnectException.class) || e instanceof JedisConnectionException) {
      return "replay guard cannot connect to Redis at "
          + endpoint
          + ": check that Redis runs there and that the network lets this host through";
    }
    return "replay guard failed to use Redis at "
        + endpoint
        + ": "
        + e.getClass().getSimpleName()
        + " "
        + firstLine(e.getMessage());
  }

  private static boolean causedBy(Throwable e, Class<? extends Throwable> type) {
    for (Throwable cause = e; cause != null; cause = cause.getCause()) {
      if (type.isInstance(cause)) {
        return true;
      }
    }
    return false;
  }

  /** Keeps a message from Redis on one line and short; Redis errors never hold the password. */
  private static String firstLine(String message) {
    if (message == null) {
      return "(no message)";
    }
    String line = message.lines().findFirst().orElse("").strip();
    return line.length() <= 200 ? line : line.substring(0, 200) + "...";
  }

  /** Shows where Redis is and the key prefix; never the password. */
  @Override
  public String toString() {
    return "RedisReplayGuard["
        + endpoint
        + ", keyPrefix="
        + keyPrefix
        + ", ownsClient="
        + ownsClient
        + "]";
  }

  /** Options of a {@link RedisReplayGuard}; not thread-safe. */
  public static final class Builder {

    private RedisUri uri;
    private UnifiedJedis client;
    private String keyPrefix = DEFAULT_KEY_PREFIX;
    private Duration connectTimeout;
    private Duration socketTimeout;

    private Builder() {}

    /**
     * Connects to the Redis at {@code uri}, such as {@code redis://127.0.0.1:6379} or {@code
     * rediss://user:password@cache.internal:6380/2}: {@code rediss} for TLS, optional user-info for
     * {@code AUTH} (percent-encode {@code @ : / #} in the password), optional database index. The
     * guard owns the client it builds and closes it in {@link RedisReplayGuard#close()}.
     *
     * @throws IllegalArgumentException if the URI is malformed, its scheme is not {@code redis} or
     *     {@code rediss}, or it names no host; the message never repeats the URI
     */
    public Builder uri(String uri) {
      this.uri = RedisUri.parse(uri);
      return this;
    }

    /**
     * Uses a client that the caller built, for instance a {@link RedisClient} shared with the rest
     * of the application, with its own timeouts, TLS and credentials. The guard does not close it.
     *
     * @throws IllegalArgumentException if {@code client} is null
     */
    public Builder client(UnifiedJedis client) {
      if (client == null) {
        throw new IllegalArgumentException("client is null: pass a RedisClient or use uri(...)");
      }
      this.client = client;
      return this;
    }

    /**
     * Sets the prefix put before every key in Redis, so that the guard's keys do not collide with
     * the application's; {@value RedisReplayGuard#DEFAULT_KEY_PREFIX} by default. Receivers that
     * must share their memory of ids use the same prefix.
     *
     * @throws IllegalArgumentException if {@code keyPrefix} is null or longer than 256 characters
     */
    public Builder keyPrefix(String keyPrefix) {
      if (keyPrefix == null) {
        throw new IllegalArgumentException("keyPrefix is null: pass \"\" for no prefix");
      }
      if (keyPrefix.length() > MAX_KEY_PREFIX_LENGTH) {
        throw new IllegalArgumentException(
            "keyPrefix is " + keyPrefix.length() + " characters, more than the 256 allowed");
      }
      this.keyPrefix = keyPrefix;
      return this;
    }

    /**
     * Sets how long to wait for a connection to Redis; 2 seconds by default. Applies only to the
     * client built from {@link #uri(String)}.
     *
     * @throws IllegalArgumentException if {@code timeout} is null, not positive or longer than 24
     *     days
     */
    public Builder connectTimeout(Duration timeout) {
      this.connectTimeout = checkTimeout("connectTimeout", timeout);
      return this;
    }

    /**
     * Sets how long to wait for Redis to answer a command; 2 seconds by default. Applies only to
     * the client built from {@link #uri(String)}.
     *
     * @throws IllegalArgumentException if {@code timeout} is null, not positive or longer than 24
     *     days
     */
    public Builder socketTimeout(Duration timeout) {
      this.socketTimeout = checkTimeout("socketTimeout", timeout);
      return this;
    }

    /**
     * Returns a guard with these options. It does not contact Redis: an unreachable Redis shows as
     * a {@link ReplayGuardException} on the first sighting.
     *
     * @throws IllegalArgumentException if neither or both of {@code uri} and {@code client} are
     *     set, or if timeouts are set together with a supplied client, which would ignore them
     */
    public RedisReplayGuard build() {
      if (uri == null && client == null) {
        throw new IllegalArgumentException(
            "neither uri nor client is set: pass uri(\"redis://host:6379\") or your RedisClient");
      }
      if (uri != null && client != null) {
        throw new IllegalArgumentException("both uri and client are set: pass only one");
      }
      if (client != null) {
        if (connectTimeout != null || socketTimeout != null) {
          throw new IllegalArgumentException(
              "timeouts apply only to the client built from uri(...): set them on your client");
        }
        // The supplied client's timeout is its owner's business: null leaves it out of messages.
        return new RedisReplayGuard(
            client, false, keyPrefix, "(the client passed to the builder)", null);
      }

      Duration socket = socketTimeout == null ? DEFAULT_TIMEOUT : socketTimeout;
      Duration connect = connectTimeout == null ? DEFAULT_TIMEOUT : connectTimeout;
      DefaultJedisClientConfig config =
          DefaultJedisClientConfig.builder()
              .connectionTimeoutMillis((int) ceilMillis(connect))
              .socketTimeoutMillis((int) ceilMillis(socket))
              .ssl(uri.tls())
              .user(uri.user())
              .password(uri.password())
              .database(uri.database())
              .build();
      RedisClient owned =
          RedisClient.builder()
              .hostAndPort(new HostAndPort(uri.host(), uri.port()))
              .clientConfig(config)
              .build();
      return new RedisReplayGuard(owned, true, keyPrefix, uri.toString(), socket);
    }

    private static Duration checkTimeout(String name, Duration timeout) {
      if (timeout == null) {
        throw new IllegalArgumentException(name + " is null");
      }
      if (timeout.isNegative() || timeout.isZero()) {
        throw new IllegalArgumentException(name + " <= 0: " + timeout);
      }
      // Jedis takes int milliseconds; 24 days fit, and no sane timeout is longer.
      if (timeout.compareTo(Duration.ofDays(24)) > 0) {
        throw new IllegalArgumentException(name + " is longer than 24 days: " + timeout);
      }
      return timeout;
    }
  }
}
