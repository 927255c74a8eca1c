package io.webhookkit.core;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SignatureHeaderTest {

  private static final String HEX =
      "a038d63b36b91b943b70d11782a022876aa648260f845069db0ae4f6074952af";

  @Test
  void parsesAWellFormedValue() {
    SignatureHeader.Parsed parsed = SignatureHeader.parse("sha256=" + HEX);

    assertThat(parsed.isValid()).isTrue();
    assertThat(parsed.signature().hex()).isEqualTo(HEX);
  }

  @Test
  void acceptsUppercaseHexAndWritesLowercase() {
    SignatureHeader.Parsed parsed = SignatureHeader.parse("sha256=" + HEX.toUpperCase());

    assertThat(parsed.signature().headerValue()).isEqualTo("sha256=" + HEX);
  }

  @Test
  void ignoresSurroundingSpacesAndTabs() {
    assertThat(SignatureHeader.parse(" \tsha256=" + HEX + " ").isValid()).isTrue();
  }

  @Test
  void reportsAMissingHeader() {
    assertThat(SignatureHeader.parse(null).problem()).contains("missing");
  }

  @Test
  void rejectsAValueWithoutThePrefix() {
    assertThat(SignatureHeader.parse(HEX).problem()).contains("does not start with sha256=");
  }

  @ParameterizedTest
  @ValueSource(strings = {"SHA256=", "sha1=", "sha256:", "sha256 ="})
  void rejectsOtherPrefixes(String prefix) {
    assertThat(SignatureHeader.parse(prefix + HEX).isValid()).isFalse();
  }

  @Test
  void rejectsAValueOfTheWrongLength() {
    assertThat(SignatureHeader.parse("sha256=" + HEX.substring(2)).problem())
        .contains("62 characters after sha256=, expected 64");
  }

  @Test
  void rejectsNonHexCharacters() {
    assertThat(SignatureHeader.parse("sha256=" + HEX.substring(1) + "g").problem())
        .contains("not a hex digit");
  }

  @ParameterizedTest
  @ValueSource(strings = {"\u00e9", "\uff10", "\u0660", "\u0000", "\n"})
  void rejectsNonAsciiAndControlCharactersAsValues(String intruder) {
    SignatureHeader.Parsed parsed = SignatureHeader.parse("sha256=" + HEX.substring(1) + intruder);

    assertThat(parsed.isValid()).isFalse();
    assertThat(parsed.problem()).isNotBlank();
  }

  @Test
  void rejectsAnOversizedValueWithoutScanningIt() {
    assertThat(SignatureHeader.parse("sha256=" + "a".repeat(100_000)).problem())
        .contains("characters long");
  }

  @Test
  void rejectsAnEmptyValue() {
    assertThat(SignatureHeader.parse("  ").problem()).contains("empty");
  }
}
