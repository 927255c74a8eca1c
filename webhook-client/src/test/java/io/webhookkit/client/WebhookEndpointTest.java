package io.webhookkit.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.webhookkit.core.BasicCredentials;
import java.net.URI;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class WebhookEndpointTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "http://127.0.0.1:8080/hook",
        "https://hooks.example.com/projeqtor?tenant=4",
        "HTTPS://hooks.example.com/",
        "http://[::1]:9000/hook"
      })
  void acceptsAbsoluteHttpAndHttpsUrlsWithAHost(String url) {
    WebhookEndpoint endpoint = WebhookEndpoint.of(URI.create(url), TestDeliveries.SECRET);

    assertThat(endpoint.url()).isEqualTo(URI.create(url));
    assertThat(endpoint.basicAuthentication()).isEmpty();
  }

  @Test
  void refusesARelativeUrl() {
    assertThatThrownBy(() -> WebhookEndpoint.of(URI.create("/hook"), TestDeliveries.SECRET))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("endpoint URL is not absolute: give a full URL such as https://host/hook");
  }

  @Test
  void refusesASchemeOtherThanHttpOrHttps() {
    assertThatThrownBy(
            () -> WebhookEndpoint.of(URI.create("ftp://host/hook"), TestDeliveries.SECRET))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("endpoint URL scheme is ftp: use http or https");
  }

  @ParameterizedTest
  @ValueSource(strings = {"http:/hook", "http:hook", "https:///hook"})
  void refusesAUrlWithoutAHost(String url) {
    assertThatThrownBy(() -> WebhookEndpoint.of(URI.create(url), TestDeliveries.SECRET))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("no host");
  }

  @Test
  void refusesUserInfoCredentialsWithoutRepeatingThem() {
    URI url = URI.create("https://projeqtor:hunter2@hooks.example.com/hook");

    assertThatThrownBy(() -> WebhookEndpoint.of(url, TestDeliveries.SECRET))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("endpoint URL carries user-info credentials: remove them and use withBasicAuth")
        .hasMessageNotContaining("hunter2");
  }

  @Test
  void refusesAFragment() {
    URI url = URI.create("https://hooks.example.com/hook#section");

    assertThatThrownBy(() -> WebhookEndpoint.of(url, TestDeliveries.SECRET))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("fragment");
  }

  @Test
  void refusesAPortBeyond65535() {
    URI url = URI.create("http://127.0.0.1:70000/hook");

    assertThatThrownBy(() -> WebhookEndpoint.of(url, TestDeliveries.SECRET))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("endpoint URL port > 65535: 70000");
  }

  @Test
  void refusesANullSecret() {
    URI url = URI.create("https://hooks.example.com/hook");

    assertThatThrownBy(() -> WebhookEndpoint.of(url, null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("secret");
  }

  @Test
  void withBasicAuthAddsCredentialsToACopy() {
    WebhookEndpoint plain =
        WebhookEndpoint.of(URI.create("https://hooks.example.com/hook"), TestDeliveries.SECRET);
    BasicCredentials credentials = new BasicCredentials("projeqtor", "hunter2");

    WebhookEndpoint withAuth = plain.withBasicAuth(credentials);

    assertThat(withAuth.basicAuthentication()).contains(credentials);
    assertThat(plain.basicAuthentication()).isEmpty();
  }

  @Test
  void toStringShowsNeitherSecretNorPassword() {
    WebhookEndpoint endpoint =
        WebhookEndpoint.of(URI.create("https://hooks.example.com/hook"), TestDeliveries.SECRET)
            .withBasicAuth(new BasicCredentials("projeqtor", "hunter2"));

    assertThat(endpoint.toString())
        .isEqualTo(
            "WebhookEndpoint[url=https://hooks.example.com/hook, secret=redacted,"
                + " basicAuth=projeqtor:redacted]")
        .doesNotContain("hunter2")
        .doesNotContain("Secret to Everybody");
  }
}
