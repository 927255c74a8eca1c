package io.webhookkit.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Recomputes the worked example of {@code docs/PROTOCOL.md} so that the document stays true. */
class ProtocolDocumentTest {

  private static String document;
  private static String secret;
  private static byte[] body;
  private static Map<String, String> headers;

  @BeforeAll
  static void readTheWorkedExample() throws IOException {
    document = Files.readString(Path.of("..", "docs", "PROTOCOL.md"), StandardCharsets.UTF_8);
    String example = document.substring(document.indexOf("## 7. Worked example"));
    secret = group(example, "Secret \\(the UTF-8 text between the quotes\\): `\"([^\"]+)\"`");
    body = group(example, "```json\\n(.*?)\\n```").getBytes(StandardCharsets.UTF_8);
    headers = new LinkedHashMap<>();
    for (String line : group(example, "```http\\n(.*?)\\n```").split("\n")) {
      int colon = line.indexOf(": ");
      if (colon > 0) {
        headers.put(line.substring(0, colon), line.substring(colon + 2));
      }
    }
  }

  @Test
  void theDocumentedBodyHasTheDocumentedLength() {
    assertThat(document).contains("Body, " + body.length + " bytes");
    assertThat(headers).containsEntry("Content-Length", Integer.toString(body.length));
  }

  @Test
  void theDocumentedSignatureIsTheHmacOfTheBody() {
    Signature signature = WebhookSigner.of(Secret.of(secret)).sign(body);

    assertThat(headers).containsEntry("Projeqtor-Signature-Sha256", signature.headerValue());
  }

  @Test
  void theDocumentedHeadersAreWhatTheSdkWrites() {
    Delivery delivery =
        new Delivery(
            DeliveryId.parse(headers.get("Projeqtor-Delivery")).orElseThrow(),
            WebhookEvent.fromWireName(headers.get("Projeqtor-Event")).orElseThrow(),
            ItemClass.of(headers.get("Projeqtor-Class")),
            Payload.of(body));
    Instant timestamp = Instant.ofEpochSecond(Long.parseLong(headers.get("Projeqtor-Timestamp")));

    Map<String, String> written =
        ProjeqtorHeaders.forAttempt(delivery, WebhookSigner.of(Secret.of(secret)), timestamp);

    assertThat(headers).containsAllEntriesOf(written);
  }

  @Test
  void theDocumentedCredentialsDecodeToTheDocumentedUser() {
    assertThat(BasicCredentials.parseAuthorizationHeader(headers.get("Authorization")))
        .contains(new BasicCredentials("projeqtor", "pa:ss"));
  }

  @Test
  void theReEncodedBodyIsRefused() {
    WebhookSigner signer = WebhookSigner.of(Secret.of(secret));
    String reEncoded = new String(body, StandardCharsets.UTF_8).replace("\\/", "/");
    Signature documented =
        SignatureHeader.parse(headers.get("Projeqtor-Signature-Sha256")).signature();

    assertThat(signer.verify(Payload.ofUtf8(reEncoded), documented)).isFalse();
  }

  private static String group(String text, String regex) {
    Matcher matcher = Pattern.compile(regex, Pattern.DOTALL).matcher(text);
    assertThat(matcher.find()).as("docs/PROTOCOL.md matches %s", regex).isTrue();
    return matcher.group(1);
  }
}
