package io.webhookkit.verifier;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import org.junit.jupiter.api.Test;

class WebhookRequestTest {

  @Test
  void copiesTheBodyInAndOut() {
    byte[] body = "{}".getBytes(UTF_8);
    WebhookRequest request = WebhookRequest.post(ReceivedHeaders.empty(), body);

    body[0] = 'X';
    request.body()[1] = 'Y';

    assertThat(request.body()).isEqualTo("{}".getBytes(UTF_8));
  }

  @Test
  void turnsNullHeadersAndBodyIntoEmptyOnes() {
    WebhookRequest request = new WebhookRequest("POST", null, null, null);

    assertThat(request.headers().names()).isEmpty();
    assertThat(request.body()).isEmpty();
  }

  @Test
  void showsBodyLengthButNeverTheBodyOrHeaderValues() {
    WebhookRequest request =
        WebhookRequest.builder()
            .header("Authorization", "Basic dXNlcjpwYXNz")
            .body("{\"secretField\":1}".getBytes(UTF_8))
            .remoteAddress(InetAddress.getLoopbackAddress())
            .build();

    assertThat(request.toString())
        .contains("method='POST'", "17 bytes", "Authorization", "127.0.0.1")
        .doesNotContain("secretField", "dXNlcjpwYXNz");
  }

  @Test
  void equalsRequestWithTheSameBodyBytes() {
    WebhookRequest first = WebhookRequest.post(ReceivedHeaders.empty(), new byte[] {1, 2});
    WebhookRequest second = WebhookRequest.post(ReceivedHeaders.empty(), new byte[] {1, 2});

    assertThat(first).isEqualTo(second).hasSameHashCodeAs(second);
  }
}
