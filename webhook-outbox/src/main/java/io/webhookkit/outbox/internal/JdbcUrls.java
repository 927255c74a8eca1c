package io.webhookkit.outbox.internal;

import java.util.regex.Pattern;

/** Makes JDBC URLs safe to show in messages. */
public final class JdbcUrls {

  private static final Pattern PASSWORD = Pattern.compile("(?i)([?&;]password=)[^&;\\s]*");

  /** A password written as user-info, {@code //user:password@host}, which drivers refuse. */
  private static final Pattern USER_INFO = Pattern.compile("//([^/@:\\s]*):[^@/\\s]*@");

  private JdbcUrls() {}

  /**
   * Returns {@code url} (or a message that quotes one) with the value of any {@code password}
   * parameter, and any password written as user-info, replaced by stars.
   */
  public static String withoutPassword(String url) {
    return USER_INFO.matcher(PASSWORD.matcher(url).replaceAll("$1***")).replaceAll("//$1:***@");
  }
}
