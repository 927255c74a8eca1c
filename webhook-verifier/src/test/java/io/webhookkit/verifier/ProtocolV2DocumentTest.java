package io.webhookkit.verifier;

import static org.assertj.core.api.Assertions.assertThat;

import io.webhookkit.core.ProjeqtorHeaders;
import io.webhookkit.core.Secret;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Recomputes the {@code projeqtor-v2} example of {@code docs/PROTOCOL.md} with the verifier. */
class ProtocolV2DocumentTest {

  private static String secret;
  private static byte[] body;
  private static WebhookRequest.Builder request;
  private static WebhookVerifier verifier;

  @BeforeAll
  static void readTheExample() throws IOException {
    String document =
        Files.readString(Path.of("..", "docs", "PROTOCOL.md"), StandardCharsets.UTF_8);
    String example = document.substring(document.indexOf("## 8. Profile `projeqtor-v2`"));
    secret = group(example, "Secret \\(the UTF-8 text between the quotes\\): `\"([^\"]+)\"`");
    body = group(example, "```json\\n(.*?)\\n```").getBytes(StandardCharsets.UTF_8);
    assertThat(example).contains("Body, " + body.length + " bytes");
    request = WebhookRequest.builder().body(body);
    String timestamp = null;
    for (String line : group(example, "```http\\n(.*?)\\n```").split("\n")) {
      int colon = line.indexOf(": ");
      request.header(line.substring(0, colon), line.substring(colon + 2));
      if (line.startsWith(ProjeqtorHeaders.TIMESTAMP)) {
        timestamp = line.substring(colon + 2);
      }
    }
    Clock clock = Clock.fixed(Instant.ofEpochSecond(Long.parseLong(timestamp)), ZoneOffset.UTC);
    verifier =
        WebhookVerifier.builder()
            .profile(SignatureProfile.PROJEQTOR_V2)
            .secret(Secret.of(secret))
            .clock(clock)
            .build();
  }

  @Test
  void theDocumentedRequestIsAccepted() {
    assertThat(verifier.verify(request.build()).isAccepted()).isTrue();
  }

  @Test
  void theDocumentedSignatureIsTheHmacOfDeliveryTimestampAndBody() {
    String signature =
        ProfileRequests.signV2(
            Secret.of(secret), "3f2504e0-4f89-41d3-9a0c-0305e82c3301", "1700000000", body);

    assertThat(request.build().headers().first(ProjeqtorHeaders.SIGNATURE_V2)).contains(signature);
  }

  @Test
  void anotherDeliveryIdWithTheSameSignatureIsRefused() {
    WebhookRequest original = request.build();
    WebhookRequest changed =
        WebhookRequest.builder()
            .headers(single(original, ProjeqtorHeaders.DELIVERY))
            .header(ProjeqtorHeaders.DELIVERY, "3f2504e0-4f89-41d3-9a0c-0305e82c3302")
            .body(body)
            .build();

    assertThat(verifier.verify(changed).rejection().reason())
        .isEqualTo(RejectionReason.SIGNATURE_MISMATCH);
  }

  /** Returns the headers of {@code request} but {@code without}, one value each. */
  private static java.util.Map<String, String> single(WebhookRequest request, String without) {
    java.util.Map<String, String> headers = new java.util.LinkedHashMap<>();
    for (String name : request.headers().names()) {
      if (!name.equalsIgnoreCase(without)) {
        headers.put(name, request.headers().first(name).orElseThrow());
      }
    }
    return headers;
  }

  private static String group(String text, String regex) {
    Matcher matcher = Pattern.compile(regex, Pattern.DOTALL).matcher(text);
    assertThat(matcher.find()).as("docs/PROTOCOL.md matches %s", regex).isTrue();
    return matcher.group(1);
  }
}
