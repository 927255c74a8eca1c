package io.webhookkit.client.internal;

import okhttp3.Interceptor;

/**
 * Records how far one attempt got, so that a timeout can say whether it struck while connecting or
 * while waiting for the response. It travels as the request's tag and is marked by {@link
 * #networkInterceptor()}, which OkHttp runs only once a connection is open.
 */
public final class AttemptProgress {

  private static final Interceptor MARK_CONNECTED =
      chain -> {
        AttemptProgress progress = chain.request().tag(AttemptProgress.class);
        if (progress != null) {
          progress.connected = true;
        }
        return chain.proceed(chain.request());
      };

  private volatile boolean connected;

  /** Returns the network interceptor that marks an attempt's progress as connected. */
  public static Interceptor networkInterceptor() {
    return MARK_CONNECTED;
  }

  /** Returns whether a connection to the receiver was open when the attempt ended. */
  public boolean connected() {
    return connected;
  }
}
