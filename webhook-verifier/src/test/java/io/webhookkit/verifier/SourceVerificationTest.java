package io.webhookkit.verifier;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import org.junit.jupiter.api.Test;

/** The source allowlist as the verifier applies it, before every other check. */
class SourceVerificationTest {

  private final WebhookVerifier verifier =
      RequestDraft.verifierBuilder()
          .sourceAllowlist(
              SourceAllowlist.builder().allow("203.0.113.7").trustProxy("10.0.0.0/8").build())
          .build();

  @Test
  void acceptsAGenuineRequestFromAnAllowedPeer() throws Exception {
    WebhookRequest request =
        RequestDraft.signedSeedTicket().remoteAddress(InetAddress.getByName("203.0.113.7")).build();

    assertThat(verifier.verify(request).isAccepted()).isTrue();
  }

  @Test
  void refusesAGenuineRequestFromAnotherPeerWith403() throws Exception {
    WebhookRequest request =
        RequestDraft.signedSeedTicket()
            .remoteAddress(InetAddress.getByName("198.51.100.1"))
            .build();

    Rejection rejection = verifier.verify(request).rejection();

    assertThat(rejection.reason()).isEqualTo(RejectionReason.FORBIDDEN_SOURCE);
    assertThat(rejection.httpStatus()).isEqualTo(403);
  }

  @Test
  void ignoresXForwardedForFromAnUntrustedPeer() throws Exception {
    WebhookRequest request =
        RequestDraft.signedSeedTicket()
            .set("X-Forwarded-For", "203.0.113.7")
            .remoteAddress(InetAddress.getByName("198.51.100.1"))
            .build();

    assertThat(verifier.verify(request).rejection().reason())
        .isEqualTo(RejectionReason.FORBIDDEN_SOURCE);
  }

  @Test
  void readsTheClientBehindATrustedProxy() throws Exception {
    WebhookRequest request =
        RequestDraft.signedSeedTicket()
            .set("X-Forwarded-For", "198.51.100.1, 203.0.113.7")
            .remoteAddress(InetAddress.getByName("10.1.2.3"))
            .build();

    assertThat(verifier.verify(request).isAccepted()).isTrue();
  }

  @Test
  void matchesAnIpv4MappedPeerAgainstItsIpv4Entry() throws Exception {
    WebhookRequest request =
        RequestDraft.signedSeedTicket()
            .remoteAddress(InetAddress.getByAddress(mapped(203, 0, 113, 7)))
            .build();

    assertThat(verifier.verify(request).isAccepted()).isTrue();
  }

  @Test
  void checksTheSourceBeforeTheSignature() throws Exception {
    WebhookRequest forged =
        RequestDraft.signedSeedTicket()
            .body("{}".getBytes(java.nio.charset.StandardCharsets.UTF_8))
            .remoteAddress(InetAddress.getByName("198.51.100.1"))
            .build();

    assertThat(verifier.verify(forged).rejection().reason())
        .isEqualTo(RejectionReason.FORBIDDEN_SOURCE);
  }

  private static byte[] mapped(int a, int b, int c, int d) {
    byte[] address = new byte[16];
    address[10] = (byte) 0xff;
    address[11] = (byte) 0xff;
    address[12] = (byte) a;
    address[13] = (byte) b;
    address[14] = (byte) c;
    address[15] = (byte) d;
    return address;
  }
}
