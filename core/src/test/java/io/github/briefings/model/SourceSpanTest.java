package io.github.briefings.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import org.junit.jupiter.api.Test;

/** Spans of source texts: code points, context, checking and finding again, and what cannot be one. */
class SourceSpanTest {
  private static final String SHA = "0123456789abcdef".repeat(4);
  private static final String TEXT = "\uD83D\uDCCA To date, 547 persons are considered suspects.";

  @Test
  void aSpanCountsCodePointsAndKeepsItsContext() {
    SourceSpan span = SourceSpan.in("seed.txt", SHA, TEXT, 11, 14);
    assertThat(span.exact()).isEqualTo("547");
    assertThat(span.prefix()).isEqualTo("\uD83D\uDCCA To date, ");
    assertThat(span.suffix()).isEqualTo(" persons are considered suspects");
    assertThat(span.quotedIn(TEXT)).isTrue();
    assertThat(span.quotedIn(TEXT.replace("547", "548"))).isFalse();
    assertThat(span.quotedIn("short")).isFalse();
    assertThat(span.findIn("New: " + TEXT)).hasValue(16);
    assertThat(span.findIn("nothing")).isEmpty();
    assertThat(span).hasToString("\"547\" in seed.txt [11, 14)").isEqualTo(SourceSpan.of("seed.txt", SHA, "547",
        span.prefix(), span.suffix(), 11, 14)).hasSameHashCodeAs(SourceSpan.of("seed.txt", SHA, "547", span.prefix(),
        span.suffix(), 11, 14));
    assertThat(Count.exactly(547).withSpan(span).span()).contains(span);
  }

  @Test
  void whatIsNoSpanIsRefusedNamingEveryField() {
    assertThatExceptionOfType(InvalidValueException.class)
        .isThrownBy(() -> SourceSpan.of(" ", "ABC", "", "", "", -1, -1))
        .withMessageContaining("source").withMessageContaining("sha256 must be 64 lowercase hexadecimal digits: \"ABC\"")
        .withMessageContaining("exact must not be empty").withMessageContaining("start must not be negative: -1")
        .withMessageContaining("end must be after start: -1 to -1");
    assertThatExceptionOfType(InvalidValueException.class)
        .isThrownBy(() -> SourceSpan.of("s.txt", SHA, "168", "", "", 5, 6))
        .withMessageContaining("exact must be end - start = 1 code points, not 3: \"168\"");
  }
}
