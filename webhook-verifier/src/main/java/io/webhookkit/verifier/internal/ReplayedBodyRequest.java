package io.webhookkit.verifier.internal;

import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UnsupportedEncodingException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * A request whose body, already read by the webhook filter, is served again from memory, so that
 * the servlets and frameworks behind the filter can read it as if nobody had.
 *
 * <p>As the servlet specification asks, {@link #getInputStream()} and {@link #getReader()} each
 * return the same object on every call, and calling one after the other throws {@link
 * IllegalStateException}. The reader decodes with the request's character encoding, or UTF-8 (the
 * encoding of JSON) when none is set. Only the servlet filter uses this class.
 */
public final class ReplayedBodyRequest extends HttpServletRequestWrapper {

  private final byte[] body;
  private ServletInputStream stream;
  private BufferedReader reader;

  /** Wraps {@code request}, whose body was {@code body}; the bytes are not copied. */
  public ReplayedBodyRequest(HttpServletRequest request, byte[] body) {
    super(request);
    this.body = body;
  }

  /** Returns a stream over the body bytes, the same one on every call. */
  @Override
  public ServletInputStream getInputStream() {
    if (reader != null) {
      throw new IllegalStateException("getReader() was already called for this request");
    }
    if (stream == null) {
      stream = new ReplayedInputStream(body);
    }
    return stream;
  }

  /** Returns a reader over the body, the same one on every call. */
  @Override
  public BufferedReader getReader() throws UnsupportedEncodingException {
    if (stream != null) {
      throw new IllegalStateException("getInputStream() was already called for this request");
    }
    if (reader == null) {
      reader = new BufferedReader(new InputStreamReader(new ByteArrayInputStream(body), charset()));
    }
    return reader;
  }

  /** Returns the length of the body, known now even when it arrived chunked. */
  @Override
  public int getContentLength() {
    return body.length;
  }

  /** Returns the length of the body, known now even when it arrived chunked. */
  @Override
  public long getContentLengthLong() {
    return body.length;
  }

  private Charset charset() throws UnsupportedEncodingException {
    String name = getCharacterEncoding();
    if (name == null) {
      return StandardCharsets.UTF_8;
    }
    try {
      return Charset.forName(name);
    } catch (IllegalArgumentException e) {
      throw new UnsupportedEncodingException(
          "the request's character encoding " + HeaderText.quote(name) + " is not supported");
    }
  }

  /** Serves bytes held in memory: always ready, finished once they are all read. */
  private static final class ReplayedInputStream extends ServletInputStream {
    private final ByteArrayInputStream bytes;

    ReplayedInputStream(byte[] body) {
      this.bytes = new ByteArrayInputStream(body);
    }

    @Override
    public int read() {
      return bytes.read();
    }

    @Override
    public int read(byte[] buffer, int offset, int length) {
      return bytes.read(buffer, offset, length);
    }

    @Override
    public int available() {
      return bytes.available();
    }

    @Override
    public boolean isFinished() {
      return bytes.available() == 0;
    }

    @Override
    public boolean isReady() {
      return true;
    }

    /** Calls the listener at once, since every byte is already here. */
    @Override
    public void setReadListener(ReadListener listener) {
      Objects.requireNonNull(listener, "listener");
      try {
        if (!isFinished()) {
          listener.onDataAvailable();
        }
        if (isFinished()) {
          listener.onAllDataRead();
        }
      } catch (IOException e) {
        listener.onError(e);
      }
    }
  }
}
