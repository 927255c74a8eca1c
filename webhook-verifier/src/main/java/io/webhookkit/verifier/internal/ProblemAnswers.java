package io.webhookkit.verifier.internal;

import io.webhookkit.verifier.Rejection;
import io.webhookkit.verifier.RejectionReason;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Turns a rejection into the answer that the servlet filter and the JDK handler send: its status
 * and a short {@code application/problem+json} body in the style of RFC 9457, such as {@code
 * {"type":"about:blank","title":"Unauthorized","status":401,"code":"SIGNATURE_MISMATCH",
 * "detail":"..."}}.
 *
 * <p>The {@code detail} member carries the rejection's message only for 4xx statuses other than
 * 403. Those messages are about what the sender sent, and {@link Rejection} promises they hold no
 * secret and echo received text only cut short and escaped, so they help whoever configures the
 * sender. A 403 tells an unknown peer nothing about the allowlist, and a 5xx is about the receiver
 * itself, whose messages may name its own infrastructure, so both get the code alone.
 */
public final class ProblemAnswers {

  /** The media type of every problem body. */
  public static final String PROBLEM_JSON = "application/problem+json";

  /** What a 401 for missing or wrong Basic credentials asks for, as RFC 7617 spells it. */
  public static final String BASIC_CHALLENGE = "Basic realm=\"webhook\", charset=\"UTF-8\"";

  private ProblemAnswers() {}

  /**
   * Returns the answer to {@code rejection}. When {@code acknowledgeReplays} is set, a {@link
   * RejectionReason#REPLAYED} delivery is answered {@code 200} with {@code {"status":"duplicate"}},
   * so that a sender whose earlier attempt was handled stops retrying.
   */
  public static HttpAnswer rejected(Rejection rejection, boolean acknowledgeReplays) {
    RejectionReason reason = rejection.reason();
    if (acknowledgeReplays && reason == RejectionReason.REPLAYED) {
      return new HttpAnswer(
          200,
          Map.of("Content-Type", "application/json", "Cache-Control", "no-store"),
          "{\"status\":\"duplicate\"}".getBytes(StandardCharsets.UTF_8));
    }
    int status = rejection.httpStatus();
    Map<String, String> headers = problemHeaders();
    if (reason == RejectionReason.MISSING_CREDENTIALS
        || reason == RejectionReason.BAD_CREDENTIALS) {
      headers.put("WWW-Authenticate", BASIC_CHALLENGE);
    }
    if (reason == RejectionReason.METHOD_NOT_ALLOWED) {
      headers.put("Allow", "POST");
    }
    boolean showDetail = status >= 400 && status < 500 && status != 403;
    String detail = showDetail ? rejection.message() : null;
    return new HttpAnswer(status, headers, problem(status, reason.name(), detail));
  }

  /**
   * Returns the 413 for a body that was not read to its end, either because its {@code
   * Content-Length} is over {@code limit} or because more than {@code limit} bytes arrived. It asks
   * to close the connection, since the rest of the body is still on its way.
   */
  public static HttpAnswer bodyTooLarge(int limit) {
    Rejection rejection =
        new Rejection(
            RejectionReason.PAYLOAD_TOO_LARGE,
            "body is more than the "
                + limit
                + " bytes allowed: send a smaller payload, or raise maxBodyBytes on the receiver");
    HttpAnswer answer = rejected(rejection, false);
    Map<String, String> headers = new LinkedHashMap<>(answer.headers());
    headers.put("Connection", "close");
    return new HttpAnswer(answer.status(), headers, answer.body());
  }

  /**
   * Returns the 500 for a receiver that failed after a webhook was verified. The body says nothing
   * about the failure: its message could hold anything the application knows.
   */
  public static HttpAnswer receiverFailed() {
    return new HttpAnswer(500, problemHeaders(), problem(500, null, null));
  }

  private static Map<String, String> problemHeaders() {
    Map<String, String> headers = new LinkedHashMap<>();
    headers.put("Content-Type", PROBLEM_JSON);
    headers.put("Cache-Control", "no-store");
    // The detail may echo a few characters of a header: never let a browser sniff it as HTML.
    headers.put("X-Content-Type-Options", "nosniff");
    return headers;
  }

  private static byte[] problem(int status, String code, String detail) {
    StringBuilder json = new StringBuilder("{\"type\":\"about:blank\",\"title\":");
    appendString(json, title(status));
    json.append(",\"status\":").append(status);
    if (code != null) {
      json.append(",\"code\":");
      appendString(json, code);
    }
    if (detail != null) {
      json.append(",\"detail\":");
      appendString(json, detail);
    }
    return json.append('}').toString().getBytes(StandardCharsets.UTF_8);
  }

  /** Returns the reason phrase that RFC 9110 gives {@code status}, as RFC 9457 asks. */
  private static String title(int status) {
    switch (status) {
      case 400:
        return "Bad Request";
      case 401:
        return "Unauthorized";
      case 403:
        return "Forbidden";
      case 405:
        return "Method Not Allowed";
      case 409:
        return "Conflict";
      case 413:
        return "Content Too Large";
      case 415:
        return "Unsupported Media Type";
      case 500:
        return "Internal Server Error";
      case 503:
        return "Service Unavailable";
      default:
        return status < 500 ? "Client Error" : "Server Error";
    }
  }

  /** Appends {@code text} as a JSON string, escaping everything outside printable ASCII. */
  private static void appendString(StringBuilder json, String text) {
    json.append('"');
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '"' || c == '\\') {
        json.append('\\').append(c);
      } else if (c < 0x20 || c > 0x7e) {
        json.append(String.format("\\u%04x", (int) c));
      } else {
        json.append(c);
      }
    }
    json.append('"');
  }
}
