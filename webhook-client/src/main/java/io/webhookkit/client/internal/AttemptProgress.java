package io.webhookkit.client.internal;

import okhttp3.Interceptor;

/**
 * Records how far one attempt got, so that a timeout can say whether it struck while connecting or
 * while waiting for the response. It travels as the request's tag and is marked by {@link
 * #networkInterceptor()}, which OkHttp runs only once a connection is open.
 *
 * <p>The interceptor also takes the {@code Retry-After} header out of the response and keeps it
 * here: OkHttp otherwise repeats a request answered {@code 503} with {@code Retry-After: 0} on its
 * own, and an attempt must be exactly one request (retrying is the caller's decision).
 */
public final class AttemptProgress {

  /** Connections that carried a request before; weak, so closed connections are forgotten. */
  private static final java.util.Map<okhttp3.Connection, Boolean> SEEN =
      java.util.Collections.synchronizedMap(new java.util.WeakHashMap<>());

  private static final Interceptor MARK_CONNECTED =
      chain -> {
        AttemptProgress progress = chain.request().tag(AttemptProgress.class);
        if (progress != null) {
          progress.connected = true;
          okhttp3.Connection connection = chain.connection();
          if (connection != null) {
            // A connection seen before came from the pool: the receiver may have closed it.
            progress.reusedConnection = SEEN.put(connection, Boolean.TRUE) != null;
          }
        }
        okhttp3.Response response = chain.proceed(chain.request());
        String retryAfter = response.header("Retry-After");
        if (progress == null || retryAfter == null) {
          return response;
        }
        progress.retryAfter = retryAfter;
        return response.newBuilder().removeHeader("Retry-After").build();
      };

  private volatile boolean connected;
  private volatile boolean reusedConnection;
  private volatile String retryAfter;

  /** Returns the network interceptor that marks an attempt's progress as connected. */
  public static Interceptor networkInterceptor() {
    return MARK_CONNECTED;
  }

  /** Returns the {@code Retry-After} header of the response, or null when it had none. */
  public String retryAfter() {
    return retryAfter;
  }

  /** Returns whether the request went out on a pooled connection that had carried one before. */
  public boolean reusedConnection() {
    return reusedConnection;
  }

  /** Forgets what the last try recorded, before the request is sent once more. */
  public void reset() {
    connected = false;
    reusedConnection = false;
    retryAfter = null;
  }

  /** Returns whether a connection to the receiver was open when the attempt ended. */
  public boolean connected() {
    return connected;
  }
}
