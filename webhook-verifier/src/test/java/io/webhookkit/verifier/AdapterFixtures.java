package io.webhookkit.verifier;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Signed requests and a raw HTTP client for the adapter tests, which live in other packages. It
 * reuses {@link RequestDraft}, so the requests are signed with core's {@code
 * ProjeqtorHeaders.forAttempt} at {@link RequestDraft#NOW}.
 */
public final class AdapterFixtures {

  /** The secret that the fixtures sign with. */
  public static final String SECRET_TEXT = RequestDraft.SECRET_TEXT;

  private AdapterFixtures() {}

  /** Returns the seed ticket's exact bytes. */
  public static byte[] seedTicket() {
    return RequestDraft.resource("seed-ticket.json");
  }

  /** Returns the headers of {@code body} signed with the fixture secret at the fixed time. */
  public static Map<String, String> signedHeaders(byte[] body) {
    ReceivedHeaders headers = RequestDraft.signed(body).build().headers();
    Map<String, String> single = new LinkedHashMap<>();
    for (String name : headers.names()) {
      single.put(name, headers.first(name).orElseThrow());
    }
    return single;
  }

  /** Returns a builder with the fixture secret and the fixed clock, for further options. */
  public static WebhookVerifier.Builder verifierBuilder() {
    return RequestDraft.verifierBuilder();
  }

  /** Returns what the fixture verifier makes of {@code body} signed by {@link #signedHeaders}. */
  public static VerifiedWebhook expectedWebhook(byte[] body) {
    return RequestDraft.signed(body).verify().webhook();
  }

  /** Returns one chunk of {@code size} bytes in chunked transfer coding, with no last chunk. */
  public static byte[] chunk(int size) {
    byte[] prefix = (Integer.toHexString(size) + "\r\n").getBytes(StandardCharsets.US_ASCII);
    byte[] chunk = new byte[prefix.length + size + 2];
    System.arraycopy(prefix, 0, chunk, 0, prefix.length);
    Arrays.fill(chunk, prefix.length, prefix.length + size, (byte) 'x');
    chunk[chunk.length - 2] = '\r';
    chunk[chunk.length - 1] = '\n';
    return chunk;
  }

  /**
   * Sends {@code head} (the request line and headers, ending with an empty line) and {@code
   * bodyStart}, keeps the connection open without sending more, and returns the response's status
   * line and headers. The read gives up after ten seconds, so a server that waits for the rest of
   * the body fails the test instead of hanging it.
   */
  public static String sendWithoutFinishing(int port, String head, byte[] bodyStart)
      throws IOException {
    try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), port)) {
      socket.setSoTimeout(10_000);
      OutputStream out = socket.getOutputStream();
      out.write(head.getBytes(StandardCharsets.US_ASCII));
      out.write(bodyStart);
      out.flush();
      return readHead(socket.getInputStream());
    }
  }

  private static String readHead(InputStream in) throws IOException {
    ByteArrayOutputStream head = new ByteArrayOutputStream();
    int matched = 0;
    byte[] end = {'\r', '\n', '\r', '\n'};
    while (matched < end.length) {
      int b = in.read();
      if (b < 0) {
        break;
      }
      head.write(b);
      matched = b == end[matched] ? matched + 1 : (b == '\r' ? 1 : 0);
    }
    return head.toString(StandardCharsets.US_ASCII);
  }
}
