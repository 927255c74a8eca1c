package io.webhookkit.client.internal;

import io.webhookkit.core.Payload;
import java.io.IOException;
import okhttp3.MediaType;
import okhttp3.RequestBody;
import okio.BufferedSink;

/**
 * A request body that writes a {@link Payload}'s exact bytes straight to the connection, without
 * the copy that {@code RequestBody.create(byte[], ...)} would need. It can be written any number of
 * times.
 */
public final class PayloadBody extends RequestBody {

  private final Payload payload;
  private final MediaType contentType;

  /** Creates a body of {@code payload} with the exact media type {@code contentType}. */
  public PayloadBody(Payload payload, MediaType contentType) {
    this.payload = payload;
    this.contentType = contentType;
  }

  @Override
  public MediaType contentType() {
    return contentType;
  }

  @Override
  public long contentLength() {
    return payload.length();
  }

  @Override
  public void writeTo(BufferedSink sink) throws IOException {
    payload.writeTo(sink.outputStream());
  }
}
