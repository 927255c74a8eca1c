package io.webhookkit.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class BasicCredentialsTest {

  @Test
  void encodesAsRfc7617WithUtf8() {
    BasicCredentials credentials = new BasicCredentials("test", "123\u00a3");

    assertThat(credentials.authorizationHeader()).isEqualTo("Basic dGVzdDoxMjPCow==");
  }

  @Test
  void keepsAColonInsideThePassword() {
    BasicCredentials credentials = new BasicCredentials("projeqtor", "pa:ss:word");

    assertThat(BasicCredentials.parseAuthorizationHeader(credentials.authorizationHeader()))
        .contains(credentials);
  }

  @Test
  void refusesAColonInTheUserName() {
    assertThatThrownBy(() -> new BasicCredentials("a:b", "x"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("contains ':'");
  }

  @Test
  void acceptsTheSchemeInAnyCase() {
    String encoded = Base64.getEncoder().encodeToString("u:p".getBytes(StandardCharsets.UTF_8));

    assertThat(BasicCredentials.parseAuthorizationHeader("basic " + encoded))
        .contains(new BasicCredentials("u", "p"));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"", "Basic", "Basic ", "Bearer abc", "Basic !!!", "Basic dXNlcg==", "Basicx"})
  void returnsNothingForMalformedValues(String value) {
    assertThat(BasicCredentials.parseAuthorizationHeader(value)).isEmpty();
  }

  @Test
  void returnsNothingForBytesThatAreNotUtf8() {
    byte[] latin1 = {'u', ':', (byte) 0xe9};

    assertThat(
            BasicCredentials.parseAuthorizationHeader(
                "Basic " + Base64.getEncoder().encodeToString(latin1)))
        .isEmpty();
  }

  @Test
  void returnsNothingForAMissingHeader() {
    assertThat(BasicCredentials.parseAuthorizationHeader(null)).isEmpty();
  }

  @Test
  void matchesOnlyWhenBothPartsAreEqual() {
    BasicCredentials expected = new BasicCredentials("user", "pass");

    assertThat(expected.matches(new BasicCredentials("user", "pass"))).isTrue();
    assertThat(expected.matches(new BasicCredentials("user", "pasS"))).isFalse();
    assertThat(expected.matches(new BasicCredentials("usex", "pass"))).isFalse();
    assertThat(expected.matches(null)).isFalse();
  }

  @Test
  void neverPrintsThePassword() {
    assertThat(new BasicCredentials("user", "s3cret").toString()).doesNotContain("s3cret");
  }
}
