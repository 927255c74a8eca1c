package io.webhookkit.verifier;

import static org.assertj.core.api.Assertions.assertThat;

import io.webhookkit.core.BasicCredentials;
import io.webhookkit.core.ProjeqtorHeaders;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Test;

/**
 * Throws thousands of random requests at the verifier, from a fixed seed so that a failure can be
 * replayed: mutated signed requests and pure noise, with null names and values, duplicates, huge
 * and non-ASCII values. Verifying must never throw and every message must stay one safe line.
 */
class HostileInputFuzzTest {

  private static final long SEED = 20240501L;
  private static final int ROUNDS = 5_000;
  private static final String[] NAMES = {
    ProjeqtorHeaders.SIGNATURE,
    ProjeqtorHeaders.TIMESTAMP,
    ProjeqtorHeaders.EVENT,
    ProjeqtorHeaders.ITEM_CLASS,
    ProjeqtorHeaders.DELIVERY,
    ProjeqtorHeaders.CONTENT_TYPE,
    "Authorization",
    "Content-Encoding",
    "projeqtor-signature-sha256",
    "PROJEQTOR-TIMESTAMP",
    "X-Other",
    "X-Forwarded-For",
    "Forwarded",
    null
  };
  private static final String[] METHODS = {"POST", "GET", "post", "", null, "P\u00d6ST"};
  private static final String[] ENCODINGS = {"gzip", "X-GZIP", "identity", "br", "gzip, br", ""};

  private final Random random = new Random(SEED);
  private final WebhookVerifier verifier =
      RequestDraft.verifierBuilder()
          .basicAuth(new BasicCredentials("projeqtor", "p:w"))
          .maxBodyBytes(4096)
          .build();
  private final WebhookVerifier verifierWithoutAuth = RequestDraft.verifier();
  private final WebhookVerifier verifierWithSources =
      RequestDraft.verifierBuilder()
          .sourceAllowlist(
              SourceAllowlist.builder().allow("127.0.0.1").trustProxy("10.0.0.0/8").build())
          .build();
  private final Set<String> seenDeliveries = ConcurrentHashMap.newKeySet();
  private final WebhookVerifier verifierWithReplayGuard =
      RequestDraft.verifierBuilder().replayGuard((key, ttl) -> seenDeliveries.add(key)).build();
  private final WebhookVerifier verifierWithBrokenReplayGuard =
      RequestDraft.verifierBuilder()
          .replayGuard(
              (key, ttl) -> {
                throw new ReplayGuardException("store unreachable", null);
              })
          .build();

  private java.net.InetAddress pickRemote() {
    byte[][] addresses = {{127, 0, 0, 1}, {10, 0, 0, 1}, {(byte) 203, 0, 113, 9}};
    int pick = random.nextInt(addresses.length + 1);
    if (pick == addresses.length) {
      return null;
    }
    try {
      return java.net.InetAddress.getByAddress(addresses[pick]);
    } catch (java.net.UnknownHostException e) {
      throw new AssertionError(e);
    }
  }

  @Test
  void neverThrowsAndKeepsMessagesSafe() {
    List<WebhookRequest> requests = new ArrayList<>();
    for (int round = 0; round < ROUNDS; round++) {
      requests.add(round % 2 == 0 ? mutatedSignedRequest() : noiseRequest());
    }

    Set<RejectionReason> seen = EnumSet.noneOf(RejectionReason.class);
    int accepted = 0;
    for (WebhookRequest request : requests) {
      for (WebhookVerifier candidate :
          List.of(
              verifier,
              verifierWithoutAuth,
              verifierWithSources,
              verifierWithReplayGuard,
              verifierWithBrokenReplayGuard)) {
        VerificationResult result = candidate.verify(request);

        assertThat(result).isNotNull();
        if (result.isAccepted()) {
          accepted++;
        } else {
          seen.add(result.rejection().reason());
          String message = result.rejection().message();
          assertThat(message).doesNotContain(RequestDraft.SECRET_TEXT, "p:w");
          assertThat(message.chars()).as(message).allMatch(c -> c >= 0x20 && c < 0x7f);
        }
      }
    }
    // The noise must reach every step, or the test proves less than it claims.
    assertThat(seen).containsAll(EnumSet.allOf(RejectionReason.class));
    assertThat(accepted).isPositive();
  }

  private WebhookRequest mutatedSignedRequest() {
    WebhookRequest signed = RequestDraft.signedSeedTicket().build();
    Map<String, List<String>> headers = new HashMap<>();
    for (String name : signed.headers().names()) {
      headers.put(name, new ArrayList<>(signed.headers().all(name)));
    }
    int mutations = 1 + random.nextInt(3);
    for (int i = 0; i < mutations; i++) {
      String name = pick(NAMES);
      switch (random.nextInt(6)) {
        case 0 -> headers.remove(name);
        case 1 -> headers.put(ProjeqtorHeaders.TIMESTAMP, new ArrayList<>(List.of(nearNow())));
        case 2 -> headers.put(name, new ArrayList<>(List.of(randomText())));
        case 3 -> headers.computeIfAbsent(name, n -> new ArrayList<>()).add(randomText());
        case 4 -> headers.put("Content-Encoding", new ArrayList<>(List.of(pick(ENCODINGS))));
        default -> headers.put(name, new ArrayList<>(Arrays.asList(null, randomText(), null)));
      }
    }
    byte[] body = random.nextInt(4) == 0 ? randomBytes() : signed.body();
    return new WebhookRequest(pick(METHODS), ReceivedHeaders.of(headers), body, pickRemote());
  }

  private WebhookRequest noiseRequest() {
    Map<String, List<String>> headers = new HashMap<>();
    int count = random.nextInt(12);
    for (int i = 0; i < count; i++) {
      String name = random.nextBoolean() ? pick(NAMES) : randomText();
      headers.put(name, random.nextInt(10) == 0 ? null : Arrays.asList(randomText(), null));
    }
    ReceivedHeaders received = random.nextInt(20) == 0 ? null : ReceivedHeaders.of(headers);
    byte[] body = random.nextInt(20) == 0 ? null : randomBytes();
    return new WebhookRequest(pick(METHODS), received, body, pickRemote());
  }

  private String randomText() {
    int length =
        switch (random.nextInt(10)) {
          case 0 -> 0;
          case 1 -> 5_000 + random.nextInt(20_000);
          default -> random.nextInt(100);
        };
    StringBuilder text = new StringBuilder(length);
    for (int i = 0; i < length; i++) {
      text.append(
          switch (random.nextInt(4)) {
            case 0 -> (char) random.nextInt(0x80);
            case 1 -> (char) random.nextInt(0x10000);
            case 2 -> "sha256=0123456789abcdefABCDEF \t:-,;".charAt(random.nextInt(35));
            default -> (char) ('0' + random.nextInt(10));
          });
    }
    return text.toString();
  }

  /** Returns a well-formed timestamp up to 1000 s either side of the fixed clock. */
  private String nearNow() {
    return Long.toString(RequestDraft.NOW.getEpochSecond() + random.nextInt(2001) - 1000);
  }

  private byte[] randomBytes() {
    byte[] bytes = new byte[random.nextInt(10) == 0 ? 5_000 : random.nextInt(300)];
    random.nextBytes(bytes);
    return bytes;
  }

  private <T> T pick(T[] choices) {
    return choices[random.nextInt(choices.length)];
  }
}
