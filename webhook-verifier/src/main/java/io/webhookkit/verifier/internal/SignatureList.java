package io.webhookkit.verifier.internal;

import io.webhookkit.core.Signature;
import io.webhookkit.core.SignatureHeader;
import io.webhookkit.core.internal.HttpText;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Reads a signature header that may hold several signatures, as senders do while they rotate
 * secrets: {@code sha256=<hex>} entries separated by a comma or by spaces, or the Standard Webhooks
 * form, {@code v1,<base64>} entries separated by spaces. Reading never throws: the result holds the
 * candidate signatures or a one-line problem that echoes no more than {@link HeaderText#quote}.
 */
public final class SignatureList {

  /** Longer values are refused before they are split, per signature allowed. */
  private static final int MAX_CHARACTERS_PER_ENTRY = 128;

  private static final Pattern HEX_SEPARATOR = Pattern.compile("[ \\t]*,[ \\t]*|[ \\t]+");
  private static final Pattern SPACES = Pattern.compile("[ \\t]+");

  private SignatureList() {}

  /** The candidate signatures of a header value, or why the value is malformed. */
  public record Parsed(List<Signature> signatures, String problem) {

    /** Returns whether the value could be read. */
    public boolean isValid() {
      return problem == null;
    }

    static Parsed problem(String problem) {
      return new Parsed(List.of(), problem);
    }
  }

  /**
   * Reads {@code sha256=<64 hex>} entries, hex in either case, separated by a comma or by spaces or
   * tabs; at most {@code maxEntries} of them.
   */
  public static Parsed parseHex(String value, int maxEntries) {
    String problem = checkText(value, maxEntries);
    if (problem != null) {
      return Parsed.problem(problem);
    }
    String trimmed = HttpText.trimOws(value);
    // Nearly every request carries one signature: skip the regular expression then.
    String[] entries =
        hasSeparator(trimmed, true) ? HEX_SEPARATOR.split(trimmed, -1) : new String[] {trimmed};
    if (entries.length > maxEntries) {
      return Parsed.problem(tooMany(entries.length, maxEntries));
    }
    List<Signature> signatures = new ArrayList<>();
    for (String entry : entries) {
      if (entry.isEmpty()) {
        return Parsed.problem("it holds an empty entry: separate signatures by one comma or space");
      }
      SignatureHeader.Parsed parsed = SignatureHeader.parse(entry);
      if (!parsed.isValid()) {
        return Parsed.problem(parsed.problem());
      }
      signatures.add(parsed.signature());
    }
    return new Parsed(List.copyOf(signatures), null);
  }

  /**
   * Reads space-separated {@code <version>,<base64>} entries, at most {@code maxEntries} of them.
   * Entries of versions other than {@code v1} are skipped, as the specification requires; a value
   * with no {@code v1} entry is malformed.
   */
  public static Parsed parseStandardWebhooks(String value, int maxEntries) {
    String problem = checkText(value, maxEntries);
    if (problem != null) {
      return Parsed.problem(problem);
    }
    String trimmed = HttpText.trimOws(value);
    String[] entries =
        hasSeparator(trimmed, false) ? SPACES.split(trimmed, -1) : new String[] {trimmed};
    if (entries.length > maxEntries) {
      return Parsed.problem(tooMany(entries.length, maxEntries));
    }
    List<Signature> signatures = new ArrayList<>();
    for (String entry : entries) {
      int comma = entry.indexOf(',');
      if (comma <= 0) {
        return Parsed.problem(
            "entry " + HeaderText.quote(entry) + " is not <version>,<base64 signature>");
      }
      if (!entry.substring(0, comma).equals("v1")) {
        continue; // Another scheme, such as v1a (asymmetric): not ours to check.
      }
      byte[] mac = decodeBase64(entry.substring(comma + 1));
      if (mac == null || mac.length != Signature.LENGTH) {
        return Parsed.problem(
            "a v1 entry is not the base64 of a " + Signature.LENGTH + "-byte HMAC-SHA256");
      }
      signatures.add(Signature.ofBytes(mac));
    }
    if (signatures.isEmpty()) {
      return Parsed.problem("it holds no v1 entry: this receiver checks v1 (HMAC-SHA256) only");
    }
    return new Parsed(List.copyOf(signatures), null);
  }

  private static String checkText(String value, int maxEntries) {
    if (value.length() > (long) maxEntries * MAX_CHARACTERS_PER_ENTRY) {
      return "it is "
          + value.length()
          + " characters long, too long for "
          + maxEntries
          + " signatures";
    }
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if ((c < 0x20 && c != '\t') || c >= 0x7f) {
        return "it holds a character outside printable ASCII at index " + i;
      }
    }
    if (HttpText.trimOws(value).isEmpty()) {
      return "it is empty";
    }
    return null;
  }

  private static String tooMany(int count, int maxEntries) {
    return "it holds "
        + count
        + " signatures, more than the "
        + maxEntries
        + " accepted: send only the signatures of the secrets in use";
  }

  private static byte[] decodeBase64(String text) {
    try {
      return Base64.getDecoder().decode(text);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  private static boolean hasSeparator(String value, boolean commaSeparates) {
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c == ' ' || c == '\t' || (commaSeparates && c == ',')) {
        return true;
      }
    }
    return false;
  }
}
