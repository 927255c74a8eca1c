package io.webhookkit.maven.internal;

import java.io.IOException;
import java.util.Map;
import java.util.Set;
import okhttp3.Interceptor;
import okhttp3.MediaType;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;

/**
 * Changes the request that {@code WebhookClient} built before it is sent: removes and sets headers
 * and, for the tampered-body check, replaces the body. The client signs only the {@code projeqtor}
 * profile and only genuinely; this is how the contract test sends other profiles and forgeries
 * through the same client.
 *
 * @param remove header names to remove
 * @param set headers to set, replacing any of the same name
 * @param body the body to send instead, or null to keep the signed one
 */
record RequestRewrite(Set<String> remove, Map<String, String> set, byte[] body)
    implements Interceptor {

  @Override
  public Response intercept(Chain chain) throws IOException {
    Request original = chain.request();
    Request.Builder request = original.newBuilder();
    remove.forEach(request::removeHeader);
    set.forEach(request::header);
    if (body != null) {
      MediaType type = original.body() == null ? null : original.body().contentType();
      request.method(original.method(), RequestBody.create(body, type));
    }
    return chain.proceed(request.build());
  }
}
