package io.webhookkit.client.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import okio.Buffer;
import org.junit.jupiter.api.Test;

class BoundedBodyTest {

  private static BoundedBody read(String body, int limit) throws IOException {
    return BoundedBody.read(new Buffer().writeUtf8(body), limit);
  }

  @Test
  void readsAShortBodyCompletely() throws IOException {
    BoundedBody body = read("{\"ok\":true}", 1024);

    assertThat(body.complete()).isTrue();
    assertThat(body.text()).isEqualTo("{\"ok\":true}");
  }

  @Test
  void stopsAtTheLimitAndLeavesTheRestUnread() throws IOException {
    Buffer source = new Buffer().writeUtf8("0123456789");

    BoundedBody body = BoundedBody.read(source, 4);

    assertThat(body.complete()).isFalse();
    assertThat(body.text()).isEqualTo("0123");
    assertThat(source.readUtf8()).isEqualTo("456789");
  }

  @Test
  void dropsTheLeadingBytesOfAFourByteCharacterCutByTheLimit() throws IOException {
    // The rocket is 4 bytes in UTF-8; a limit of 3 keeps "a" and two of its bytes.
    BoundedBody body = read("a\uD83D\uDE80b", 3);

    assertThat(body.text()).isEqualTo("a");
  }

  @Test
  void keepsACharacterThatEndsExactlyAtTheLimit() throws IOException {
    BoundedBody body = read("a\uD83D\uDE80b", 5);

    assertThat(body.text()).isEqualTo("a\uD83D\uDE80");
  }

  @Test
  void replacesMalformedBytesInsteadOfFailing() throws IOException {
    Buffer source = new Buffer().write(new byte[] {'o', 'k', (byte) 0xFF, '!'});

    BoundedBody body = BoundedBody.read(source, 1024);

    assertThat(body.text()).isEqualTo("ok\uFFFD!");
  }

  @Test
  void aZeroLimitReadsNothing() throws IOException {
    BoundedBody body = read("anything", 0);

    assertThat(body.text()).isEmpty();
  }
}
