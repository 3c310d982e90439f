package io.github.briefings.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.briefings.internal.Texts;
import io.github.briefings.money.ExchangeRate;
import io.github.briefings.money.Money;
import io.github.briefings.validation.Rule;
import io.github.briefings.validation.Severity;
import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.util.Collections;
import java.util.Currency;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Hostile and odd text in the model's values: refused with a short message naming the field, never
 * a crash; and the decisions on blank names, reserved currencies, dates, vocabulary codes and URL
 * schemes.
 */
class HostileTextTest {
  /** {@code "a-a-a-…"} with the given number of segments: it once overflowed the stack of a regex. */
  static String segments(int n) {
    return String.join("-", Collections.nCopies(n, "a"));
  }

  @Test
  void aSlugOfThousandsOfSegmentsIsRefusedAsTooLongNotWithAStackOverflow() {
    String slug = segments(100_000);
    assertThatExceptionOfType(InvalidValueException.class).isThrownBy(() -> Investigation.of(slug, "title"))
        .withMessage("invalid Investigation: id must have at most 100 characters: \"" + slug.substring(0, 40)
            + "…\" (199,999 characters)");
    assertThatExceptionOfType(InvalidValueException.class)
        .isThrownBy(() -> Speaker.of(slug, "name", "post", "body"))
        .withMessageContaining("id must have at most 100 characters");
    assertThatExceptionOfType(InvalidValueException.class)
        .isThrownBy(() -> Count.exactly(1).withAttribution(slug))
        .withMessageContaining("attribution must have at most 100 characters");
  }

  @Test
  void theSlugCheckItselfRunsInALoopWhateverTheLength() {
    // below the length limit the slug check decides; its stack depth must not grow with the input
    assertThat(Texts.isSlug(segments(1_000_000))).isTrue();
    assertThat(Texts.isSlug(segments(1_000_000) + "-")).isFalse();
    assertThat(Texts.isDottedSlug(segments(1_000_000) + "." + segments(3))).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {"a", "a-b", "kz-2022-04-11", "0", "a1-b2"})
  void slugsAreLowercaseRunsJoinedBySingleHyphens(String slug) {
    assertThat(Investigation.of(slug, "t").id()).isEqualTo(slug);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "-", "a-", "-a", "a--b", "A", "a b", "a_b", "é", "a.b"})
  void anythingElseIsNoSlug(String notSlug) {
    assertThatExceptionOfType(InvalidValueException.class).isThrownBy(() -> Investigation.of(notSlug, "t"))
        .withMessageContaining("id must be a lowercase slug");
  }

  @Test
  void aSlugOfExactlyTheLimitIsAccepted() {
    String longest = "a".repeat(Limits.MAX_SLUG_LENGTH);
    assertThat(Investigation.of(longest, "t").id()).hasSize(100);
    assertThatExceptionOfType(InvalidValueException.class).isThrownBy(() -> Investigation.of(longest + "a", "t"));
  }

  @Test
  void namesAndTextsHaveMaximumLengthsAndMessagesQuoteAShortPrefix() {
    String name = "x".repeat(Limits.MAX_NAME_LENGTH + 1);
    InvalidValueException e = catchThrowableOfType(InvalidValueException.class,
        () -> Speaker.of("a", name, "post", "body"));
    assertThat(e.getMessage()).isEqualTo("invalid Speaker: name must have at most 2,000 characters: \""
        + "x".repeat(40) + "…\" (2,001 characters)");
    assertThat(Speaker.of("a", "x".repeat(Limits.MAX_NAME_LENGTH), "p", "o").name().orElseThrow()).hasSize(2_000);
    assertThat(Statement.of("y".repeat(Limits.MAX_TEXT_LENGTH)).text()).hasSize(100_000);
    assertThatExceptionOfType(InvalidValueException.class)
        .isThrownBy(() -> Statement.of("y".repeat(Limits.MAX_TEXT_LENGTH + 1)))
        .withMessageContaining("text must have at most 100,000 characters");
  }

  @Test
  void aTenMegabyteValueGivesAShortMessage() {
    String huge = "B".repeat(10 * 1024 * 1024);
    InvalidValueException e = catchThrowableOfType(InvalidValueException.class, () -> Scope.described(huge, huge));
    assertThat(e.getMessage()).hasSizeLessThan(400).contains("(10,485,760 characters)");
    assertThatExceptionOfType(IllegalArgumentException.class).isThrownBy(() -> Money.of("1", huge))
        .satisfies(x -> assertThat(x.getMessage()).hasSizeLessThan(200).contains("10,485,760 characters"));
    assertThatExceptionOfType(IllegalArgumentException.class)
        .isThrownBy(() -> Rule.of(huge, Severity.INFO, "d", (b, f) -> { }))
        .satisfies(x -> assertThat(x.getMessage()).hasSizeLessThan(200));
  }

  @Test
  void aMessageListsTenProblemsAndCountsTheRest() {
    Briefing.Builder b = Briefing.builder().id("b").date(LocalDate.of(2022, 4, 11)).jurisdiction("KZ")
        .investigation(Investigation.of("i", "t"));
    IntStream.range(0, 100_000).forEach(i -> b.addStatement(Statement.builder().text("s").attribution("nobody").build()));
    InvalidValueException e = catchThrowableOfType(InvalidValueException.class, b::build);
    assertThat(e.problems()).hasSize(100_000);
    assertThat(e.getMessage()).hasSizeLessThan(2_000)
        .startsWith("invalid Briefing \"b\", 100000 problems: statements[0].attribution names no speaker")
        .endsWith("; and 99990 more");
  }

  @Test
  void aMessageOfTenProblemsListsThemAllAndOfElevenSaysOneMore() {
    for (int n : new int[] {10, 11}) {
      Briefing.Builder b = Briefing.builder().id("b").date(LocalDate.of(2022, 4, 11)).jurisdiction("KZ")
          .investigation(Investigation.of("i", "t"));
      IntStream.range(0, n).forEach(i -> b.addStatement(Statement.builder().text("s").attribution("nobody").build()));
      InvalidValueException e = catchThrowableOfType(InvalidValueException.class, b::build);
      assertThat(e.getMessage().split("; ")).hasSize(n == 10 ? 10 : 11);
      assertThat(e.getMessage().endsWith("; and 1 more")).isEqualTo(n == 11);
    }
  }

  @Test
  void aQuotedPrefixNeverCutsACharacterInTwo() {
    String emoji = "\uD83D\uDE00";
    String text = "a".repeat(39) + emoji + "b".repeat(10);
    assertThat(Texts.quote(text)).isEqualTo("\"" + "a".repeat(39) + "…\" (51 characters)");
    String exactly40 = "a".repeat(40);
    assertThat(Texts.quote(exactly40)).isEqualTo("\"" + exactly40 + "\"");
    assertThat(Texts.quote(exactly40 + "b")).isEqualTo("\"" + exactly40 + "…\" (41 characters)");
  }

  @ParameterizedTest
  @ValueSource(strings = {"a..b", ".a", "a.", "a.-b", "A.b", "", "."})
  void aRuleIdIsSlugsJoinedBySingleDots(String bad) {
    assertThatExceptionOfType(IllegalArgumentException.class)
        .isThrownBy(() -> Rule.of(bad, Severity.INFO, "d", (b, f) -> { }))
        .withMessageContaining("id must be dot-separated lowercase slugs");
  }

  @Test
  void aRuleIdMayHaveManyPartsUpToTwoHundredCharacters() {
    assertThat(Rule.of("acme.my-rule.v2", Severity.INFO, "d", (b, f) -> { }).id()).isEqualTo("acme.my-rule.v2");
    String longest = "a".repeat(99) + "." + "b".repeat(100);
    assertThat(Rule.of(longest, Severity.INFO, "d", (b, f) -> { }).id()).hasSize(200);
    assertThatExceptionOfType(IllegalArgumentException.class)
        .isThrownBy(() -> Rule.of(longest + "b", Severity.INFO, "d", (b, f) -> { }));
    assertThatExceptionOfType(IllegalArgumentException.class)
        .isThrownBy(() -> Rule.of("a.b", Severity.INFO, "\u200b", (b, f) -> { }))
        .withMessage("description must not be blank");
  }

  @ParameterizedTest
  @ValueSource(strings = {"", " ", "\u0000", "\u0000\u0000", "\u200B", "\u00A0", "\u2007\u202F", "\uFEFF", "\t\n",
      "\u200D\u2060"})
  void aNameWithNothingVisibleIsBlank(String invisible) {
    assertThatExceptionOfType(InvalidValueException.class)
        .isThrownBy(() -> Speaker.of("a", invisible, "post", "body"))
        .withMessageContaining("name must not be blank");
  }

  @ParameterizedTest
  @ValueSource(strings = {"x", " x ", "\u00A0Ä", "\u0000y", "名", "\uD83D\uDE00"})
  void aNameWithOneVisibleCharacterIsNotBlank(String visible) {
    assertThat(Speaker.of("a", visible, "post", "body").name()).contains(visible);
  }

  @ParameterizedTest
  @ValueSource(strings = {"XXX", "XTS"})
  void reservedCurrencyCodesAreNoMoney(String code) {
    assertThatExceptionOfType(IllegalArgumentException.class).isThrownBy(() -> Money.of("5", code))
        .withMessageStartingWith("currency " + code + " (")
        .withMessageEndingWith(") is reserved by ISO 4217 and names no money");
    assertThatExceptionOfType(IllegalArgumentException.class)
        .isThrownBy(() -> Money.of(BigDecimal.ONE, Currency.getInstance(code)));
    assertThatExceptionOfType(IllegalArgumentException.class).isThrownBy(() -> ExchangeRate
        .of(LocalDate.of(2022, 4, 11), Currency.getInstance(code), Money.currency("USD"),
            BigDecimal.TEN, "s"));
  }

  @Test
  void otherCodesWithoutMinorUnitsAreMoney() {
    assertThat(Money.of("5", "XDR").currency().getCurrencyCode()).isEqualTo("XDR");
    assertThat(Money.of("5", "XAU").currency().getCurrencyCode()).isEqualTo("XAU");
  }

  @Test
  void datesLieBetween1900And2199() {
    Briefing.Builder b = Briefing.builder().id("b").jurisdiction("KZ").investigation(Investigation.of("i", "t"));
    assertThat(b.date(Limits.EARLIEST_DATE).build().date()).isEqualTo("1900-01-01");
    assertThat(b.date(Limits.LATEST_DATE).build().date()).isEqualTo("2199-12-31");
    for (LocalDate bad : new LocalDate[] {LocalDate.of(1899, 12, 31), LocalDate.of(2200, 1, 1), LocalDate.of(0, 1, 1),
        LocalDate.MAX, LocalDate.MIN}) {
      assertThatExceptionOfType(InvalidValueException.class).isThrownBy(() -> b.date(bad).build())
          .withMessageContaining("date must be between 1900-01-01 and 2199-12-31: " + bad);
    }
    assertThatExceptionOfType(InvalidValueException.class)
        .isThrownBy(() -> Source.builder().title("t").documentReference("d").retrieved(LocalDate.MAX).build())
        .withMessageContaining("retrieved must be between 1900-01-01 and 2199-12-31");
    assertThatExceptionOfType(IllegalArgumentException.class).isThrownBy(() -> ExchangeRate
        .of(LocalDate.of(0, 1, 1), Money.currency("KZT"), Money.currency("USD"), BigDecimal.TEN, "s"))
        .withMessage("date must be between 1900-01-01 and 2199-12-31: 0000-01-01");
  }

  @Test
  void aTermOfTheUsersOwnCannotTakeAWellKnownCodeWithOtherAttributes() {
    assertThatExceptionOfType(InvalidValueException.class)
        .isThrownBy(() -> SentenceKind.of("imprisonment", "imprisonment", false))
        .withMessage("invalid SentenceKind: code \"imprisonment\" is the code of a well-known sentence kind that"
            + " differs from this one: use the constant, or give a term of your own a code of its own");
    assertThatExceptionOfType(InvalidValueException.class)
        .isThrownBy(() -> CaseCategory.of("mass-riots", "riots")).withMessageContaining("well-known case category");
    assertThatExceptionOfType(InvalidValueException.class)
        .isThrownBy(() -> WeaponType.of("pistol", "handguns")).withMessageContaining("well-known weapon type");
    assertThatExceptionOfType(InvalidValueException.class)
        .isThrownBy(() -> EvidenceKind.of("video", "film")).withMessageContaining("well-known evidence kind");
  }

  @Test
  void aTermEqualToTheWellKnownOneIsThatTerm() {
    assertThat(SentenceKind.of("imprisonment", "imprisonment", true)).isEqualTo(SentenceKind.IMPRISONMENT);
    assertThat(WeaponType.of("pistol", "pistols")).isEqualTo(WeaponType.PISTOL);
    assertThat(SentenceKind.of("caning", "caning", false).code()).isEqualTo("caning");
  }

  @ParameterizedTest
  @ValueSource(strings = {"HTTP://example.org/b", "Https://example.org/b", "https://example.org/b"})
  void urlSchemesAreCaseInsensitiveAndKeptAsWritten(String url) {
    assertThat(Source.builder().title("t").url(URI.create(url)).build().url()).contains(URI.create(url));
  }

  @ParameterizedTest
  @ValueSource(strings = {"ftp://example.org/b", "https:no-host", "/relative/path", "mailto:a@example.org"})
  void otherAddressesAreNoWebAddresses(String url) {
    assertThatExceptionOfType(InvalidValueException.class)
        .isThrownBy(() -> Source.builder().title("t").url(URI.create(url)).build())
        .withMessageContaining("url must be an absolute http or https address: \"" + url + "\"");
  }
}
