package io.webhookkit.outbox.internal;

import java.util.regex.Pattern;

/** Makes JDBC URLs safe to show in messages. */
public final class JdbcUrls {

  private static final Pattern PASSWORD = Pattern.compile("(?i)([?&;]password=)[^&;]*");

  private JdbcUrls() {}

  /** Returns {@code url} with the value of any {@code password} parameter replaced by stars. */
  public static String withoutPassword(String url) {
    return PASSWORD.matcher(url).replaceAll("$1***");
  }
}
