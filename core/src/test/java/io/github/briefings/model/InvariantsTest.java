package io.github.briefings.model;

import io.github.briefings.model.Breakdown;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.briefings.fixtures.SeedBriefings;
import java.net.URI;
import org.junit.jupiter.api.Test;

/** Structural invariants: refused when a value is built, every problem reported at once. */
class InvariantsTest {

  @Test
  void rejectsANegativeFigure() {
    assertThatExceptionOfType(InvalidValueException.class).isThrownBy(() -> Count.exactly(-3))
        .withMessage("invalid Count: value must not be negative: -3");
  }

  @Test
  void rejectsAHighEndOnAFigureThatIsNotARange() {
    assertThatExceptionOfType(InvalidValueException.class)
        .isThrownBy(() -> Count.builder().value(3).high(5).build())
        .withMessageContaining("value has a high end (5) but is not a range: EXACT");
  }

  @Test
  void rejectsARangeWithoutHighEnd() {
    assertThatExceptionOfType(InvalidValueException.class)
        .isThrownBy(() -> Count.builder().value(3).qualifier(Qualifier.RANGE).build())
        .withMessageContaining("value is a range but has no high end");
  }

  @Test
  void rejectsFewerThanZero() {
    assertThatExceptionOfType(InvalidValueException.class).isThrownBy(() -> Count.fewerThan(0))
        .withMessageContaining("cannot be fewer than 0");
  }

  @Test
  void rejectsMalformedSpeakerIdsAndBlankNamesTogether() {
    InvalidValueException e = catchThrowableOfType(InvalidValueException.class,
        () -> Speaker.of("Adilov", " ", "head", "ministry"));
    assertThat(e.problems()).containsExactly(
        "id must be a lowercase slug (letters, digits, single hyphens): \"Adilov\"",
        "name must not be blank: \" \"");
  }

  @Test
  void rejectsASourceWithoutUrlOrDocument() {
    assertThatExceptionOfType(InvalidValueException.class)
        .isThrownBy(() -> Source.builder().title("t").build())
        .withMessageContaining("a url or a documentReference is required");
    assertThatExceptionOfType(InvalidValueException.class)
        .isThrownBy(() -> Source.builder().title("t").url(URI.create("ftp://example.org/x")).build())
        .withMessageContaining("url must be an absolute http or https address: \"ftp://example.org/x\"");
  }

  @Test
  void reportsEveryBrokenInvariantOfABriefingInOneException() {
    Briefing seed = SeedBriefings.april11();
    InvalidValueException e = catchThrowableOfType(InvalidValueException.class, () -> Briefing.builder().from(seed)
        .id("KZ 11 April")
        .jurisdiction("KAZ")
        .addSpeaker(SeedBriefings.ADILOV)
        .addDetention(DetentionStats.builder().scope(Scope.of(CaseCategory.MASS_RIOTS))
            .suspects(Count.exactly(1).withAttribution("tokayev")).build())
        .addStatement(Statement.builder().text("x").attribution("nobody").build())
        .addArsenalLoss(ArsenalLoss.builder().takenFrom("depot").officialCase("no-such-case").build())
        .build());
    assertThat(e.problems()).containsExactly(
        "id must be a lowercase slug (letters, digits, single hyphens): \"KZ 11 April\"",
        "jurisdiction must be an ISO 3166-1 alpha-2 code such as KZ: \"KAZ\"",
        "speakers lists id \"adilov\" more than once",
        "detention[mass-riots].suspects.attribution names no speaker of the briefing: \"tokayev\"",
        "statements[16].attribution names no speaker of the briefing: \"nobody\"",
        "detention has more than one record with scope \"mass-riots\"",
        "arsenalLosses[depot].officialCase names no official case of the briefing: \"no-such-case\"");
    assertThat(e).hasMessageStartingWith("invalid Briefing \"KZ 11 April\", 7 problems: ");
  }

  @Test
  void rejectsMissingRequiredParts() {
    assertThatExceptionOfType(InvalidValueException.class)
        .isThrownBy(() -> Briefing.builder().id("b").build())
        .withMessageContaining("date").withMessageContaining("jurisdiction").withMessageContaining("investigation");
  }

  @Test
  void rejectsAnEquivalentInTheSameCurrency() {
    assertThatExceptionOfType(InvalidValueException.class)
        .isThrownBy(() -> PropertyRecovery.builder().description("cars")
            .amount(io.github.briefings.money.Money.of("5", "KZT"))
            .statedEquivalent(io.github.briefings.money.Money.of("6", "KZT")).build())
        .withMessageContaining("statedEquivalent must be in another currency than the amount: 6 KZT");
  }

  @Test
  void rejectsAScopeWhoseKeyIsNotItsCategoryCode() {
    assertThat(Scope.of(CaseCategory.MASS_RIOTS).key()).isEqualTo("mass-riots");
    assertThatExceptionOfType(InvalidValueException.class)
        .isThrownBy(() -> Scope.described("Bad Key", "all suspects"))
        .withMessageContaining("key must be a lowercase slug");
  }

  @Test
  void rejectsTwoKindsWithOneCodeInABreakdown() {
    assertThatExceptionOfType(InvalidValueException.class)
        .isThrownBy(() -> Breakdown.builder(WeaponType.VOCABULARY).put(WeaponType.of("crossbow", "crossbows"), Count.exactly(1))
            .put(WeaponType.of("crossbow", "bows"), Count.exactly(2)).build())
        .withMessage("invalid Breakdown: parts must not list two weapon type keys with one code: \"crossbow\"");
    assertThatExceptionOfType(InvalidValueException.class)
        .isThrownBy(() -> Breakdown.builder(SentenceKind.VOCABULARY).put(SentenceKind.of("caning", "caning", false),
                Count.exactly(1))
            .put(SentenceKind.of("caning", "public caning", false), Count.exactly(2)).build())
        .withMessageContaining("parts must not list two sentence kind keys with one code");
  }

  @Test
  void findsWellKnownVocabularyByCode() {
    assertThat(CaseCategory.VOCABULARY.wellKnown("mass-riots")).containsSame(CaseCategory.MASS_RIOTS);
    assertThat(WeaponType.VOCABULARY.wellKnown("crossbow")).isEmpty();
    assertThat(SentenceKind.VOCABULARY.wellKnown("imprisonment").map(SentenceKind::custodial)).contains(true);
    assertThat(EvidenceKind.VOCABULARY.wellKnown("video")).containsSame(EvidenceKind.VIDEO);
  }

  @Test
  void inconsistentFiguresCanStillBeRecorded() {
    // 500 in custody of 10 suspects: no invariant refuses it, at any level; validation finds it
    Briefing b = Briefing.builder().id("b").date(java.time.LocalDate.of(2022, 4, 11)).jurisdiction("KZ")
        .investigation(Investigation.of("i", "t"))
        .addDetention(DetentionStats.builder().suspects(Count.exactly(10)).inCustody(Count.exactly(500)).build())
        .build();
    assertThat(b.detention()).singleElement().satisfies(d -> assertThat(d.inCustody()).contains(Count.exactly(500)));
    assertThat(io.github.briefings.validation.Validator.standard().validate(b)
        .byRule("detention.custody-within-suspects")).singleElement()
        .satisfies(v -> assertThat(v.path()).isEqualTo("detention.inCustody"));
  }

  @Test
  void aBuilderMissingAttributesOrGivenNullThrowsTheSameExceptionNamingThem() {
    assertThatExceptionOfType(InvalidValueException.class).isThrownBy(() -> Briefing.builder().build())
        .withMessage("invalid Briefing, 4 problems: id is required; date is required; jurisdiction is required; "
            + "investigation is required")
        .satisfies(e -> assertThat(e.problems()).hasSize(4));
    assertThatExceptionOfType(InvalidValueException.class).isThrownBy(() -> Briefing.builder().id(null))
        .withMessage("invalid value: id must not be null");
    assertThatExceptionOfType(InvalidValueException.class).isThrownBy(() -> Count.builder().build())
        .withMessage("invalid Count: value is required");
  }
}
