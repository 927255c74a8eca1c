package io.webhookkit.verifier.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import org.junit.jupiter.api.Test;

class BoundedBodyTest {

  @Test
  void readsABodyOfExactlyTheLimit() throws IOException {
    byte[] body = new byte[100];

    assertThat(BoundedBody.readAtMost(new ByteArrayInputStream(body), 100)).hasValue(body);
  }

  @Test
  void stopsAfterTheLimitPlusOneByte() throws IOException {
    ByteArrayInputStream in = new ByteArrayInputStream(new byte[10_000]);

    assertThat(BoundedBody.readAtMost(in, 100)).isEmpty();
    assertThat(in.available()).isEqualTo(10_000 - 101);
  }

  @Test
  void neverAsksTheStreamForZeroBytes() throws IOException {
    InputStream refusingEmptyReads =
        new ByteArrayInputStream(new byte[101]) {
          @Override
          public synchronized int read(byte[] buffer, int offset, int length) {
            assertThat(length).as("bytes asked for").isPositive();
            return super.read(buffer, offset, length);
          }
        };

    assertThat(BoundedBody.readAtMost(refusingEmptyReads, 100)).isEmpty();
  }

  @Test
  void readsTheDeclaredLengthOfAPlainNumber() {
    assertThat(BoundedBody.declaredLength(" 1385 ")).isEqualTo(1385);
  }

  @Test
  void treatsAnAbsentOrMalformedContentLengthAsUnknown() {
    assertThat(BoundedBody.declaredLength(null)).isEqualTo(-1);
    assertThat(BoundedBody.declaredLength("12, 12")).isEqualTo(-1);
    assertThat(BoundedBody.declaredLength("-5")).isEqualTo(-1);
  }

  @Test
  void treatsAnEnormousContentLengthAsTooLarge() {
    assertThat(BoundedBody.declaredLength("99999999999999999999999")).isEqualTo(Long.MAX_VALUE);
  }
}
