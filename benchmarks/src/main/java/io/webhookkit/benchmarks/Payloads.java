package io.webhookkit.benchmarks;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

/**
 * The payloads that every benchmark uses, by the name of their {@code size} parameter: {@value
 * #TICKET}, the 1.4 KB Ticket that ProjeQtOr documents, and {@value #LARGE}, a 64 KiB JSON object.
 */
final class Payloads {

  /** The Ticket sample of the ProjeQtOr documentation, 1 385 bytes. */
  static final String TICKET = "ticket-1.4KB";

  /** A JSON object of exactly 65 536 bytes: the Ticket followed by a long text field. */
  static final String LARGE = "json-64KB";

  /** Every size, smallest first. */
  static final List<String> SIZES = List.of(TICKET, LARGE);

  private static final int LARGE_BYTES = 64 * 1024;

  private Payloads() {}

  /** Returns a fresh copy of the payload named {@code size}. */
  static byte[] bytes(String size) {
    switch (size) {
      case TICKET:
        return ticket();
      case LARGE:
        return large();
      default:
        throw new IllegalArgumentException(
            "size " + size + " is unknown: use " + TICKET + " or " + LARGE);
    }
  }

  private static byte[] ticket() {
    try (InputStream in = Payloads.class.getResourceAsStream("seed-ticket.json")) {
      if (in == null) {
        throw new IllegalStateException("seed-ticket.json is missing from the benchmark jar");
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Builds {@code {"ticket":<ticket>,"notes":"aaaa…"}} padded to exactly 64 KiB. */
  private static byte[] large() {
    byte[] head =
        ("{\"ticket\":" + new String(ticket(), StandardCharsets.UTF_8) + ",\"notes\":\"")
            .getBytes(StandardCharsets.UTF_8);
    byte[] tail = "\"}".getBytes(StandardCharsets.UTF_8);
    byte[] json = new byte[LARGE_BYTES];
    System.arraycopy(head, 0, json, 0, head.length);
    Arrays.fill(json, head.length, LARGE_BYTES - tail.length, (byte) 'a');
    System.arraycopy(tail, 0, json, LARGE_BYTES - tail.length, tail.length);
    return json;
  }
}
