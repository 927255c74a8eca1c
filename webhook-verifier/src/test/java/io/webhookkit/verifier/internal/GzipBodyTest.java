package io.webhookkit.verifier.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;

class GzipBodyTest {

  private static final byte[] JSON =
      "{\"id\":9,\"name\":\"caf\u00e9\"}".getBytes(StandardCharsets.UTF_8);

  @Test
  void inflatesOneMember() throws IOException {
    GzipBody.Inflated inflated = GzipBody.inflate(gzip(JSON), 1024);

    assertThat(inflated.outcome()).isEqualTo(GzipBody.Outcome.INFLATED);
    assertThat(inflated.bytes()).isEqualTo(JSON);
  }

  @Test
  void concatenatesSeveralMembers() throws IOException {
    byte[] twoMembers = concat(gzip("{\"a\":".getBytes()), gzip("1}".getBytes()));

    assertThat(GzipBody.inflate(twoMembers, 1024).bytes()).isEqualTo("{\"a\":1}".getBytes());
  }

  @Test
  void refusesTenThousandEmptyMembersWithoutOverflowingTheStack() throws IOException {
    byte[] empty = gzip(new byte[0]);
    byte[] many = new byte[empty.length * 10_000];
    for (int i = 0; i < 10_000; i++) {
      System.arraycopy(empty, 0, many, i * empty.length, empty.length);
    }

    assertThat(GzipBody.inflate(many, 1024).outcome()).isEqualTo(GzipBody.Outcome.CORRUPT);
  }

  @Test
  void refusesBytesAfterTheLastMember() throws IOException {
    byte[] withJunk = concat(gzip(JSON), "junk".getBytes());

    assertThat(GzipBody.inflate(withJunk, 1024).outcome()).isEqualTo(GzipBody.Outcome.CORRUPT);
  }

  @Test
  void refusesAWrongChecksum() throws IOException {
    byte[] body = gzip(JSON);
    body[body.length - 8] ^= 1;

    assertThat(GzipBody.inflate(body, 1024).outcome()).isEqualTo(GzipBody.Outcome.CORRUPT);
  }

  @Test
  void refusesATruncatedMember() throws IOException {
    byte[] body = gzip(JSON);

    assertThat(GzipBody.inflate(Arrays.copyOf(body, body.length - 12), 1024).outcome())
        .isEqualTo(GzipBody.Outcome.CORRUPT);
  }

  @Test
  void stopsAtTheCap() throws IOException {
    assertThat(GzipBody.inflate(gzip(new byte[100_000]), 1000).outcome())
        .isEqualTo(GzipBody.Outcome.TOO_LARGE);
  }

  @Test
  void readsAHeaderWithAFileNameAndAComment() throws IOException {
    byte[] plain = gzip(JSON);
    ByteArrayOutputStream named = new ByteArrayOutputStream();
    named.write(plain, 0, 3);
    named.write(8 | 16);
    named.write(plain, 4, 6);
    named.write("ticket.json\0a comment\0".getBytes(StandardCharsets.ISO_8859_1));
    named.write(plain, 10, plain.length - 10);

    assertThat(GzipBody.inflate(named.toByteArray(), 1024).bytes()).isEqualTo(JSON);
  }

  @Test
  void refusesAnEmptyBodyAndPlainText() {
    assertThat(GzipBody.inflate(new byte[0], 1024).outcome()).isEqualTo(GzipBody.Outcome.CORRUPT);
    assertThat(GzipBody.inflate(JSON, 1024).outcome()).isEqualTo(GzipBody.Outcome.CORRUPT);
  }

  private static byte[] gzip(byte[] bytes) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (GZIPOutputStream gzip = new GZIPOutputStream(out)) {
      gzip.write(bytes);
    }
    return out.toByteArray();
  }

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] joined = Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, joined, a.length, b.length);
    return joined;
  }
}
