package io.webhookkit.outbox;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** Database failures become one-line messages that name the store and never its password. */
class OutboxExceptionTest {

  @Test
  void anUnreachableDatabaseNamesTheStoreWithoutItsPassword() {
    // Port 1 on the loopback interface: nothing listens there, so the connection is refused.
    String url = "jdbc:postgresql://127.0.0.1:1/test?user=app&password=s3cret&connectTimeout=2";

    assertThatThrownBy(() -> DeliveryStore.postgres(url, null, null))
        .isInstanceOf(OutboxException.class)
        .hasMessageStartingWith("outbox jdbc:postgresql://127.0.0.1:1/test?user=app&password=***")
        .hasMessageContaining("migrate schema failed")
        .hasMessageNotContaining("s3cret")
        .hasMessageNotContaining("\n");
  }

  @Test
  void aUrlOfAnotherDatabaseIsRefused() {
    assertThatThrownBy(() -> DeliveryStore.postgres("jdbc:mysql://127.0.0.1/test", "u", "p"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("not a PostgreSQL JDBC URL");
  }
}
