package io.github.briefings.model;

import io.github.briefings.model.Breakdown;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import io.github.briefings.money.Money;
import java.net.URI;
import java.time.LocalDate;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * One case per structural invariant of every value type: the value cannot be built, and the message
 * names the type, the field and the offending value. A check removed from any type fails here.
 */
class EveryInvariantTest {
  static Arguments broken(String name, Supplier<?> build, String message) {
    return Arguments.of(name, build, message);
  }

  static Briefing.Builder briefing() {
    return Briefing.builder().id("b").date(LocalDate.of(2022, 4, 11)).jurisdiction("KZ")
        .investigation(Investigation.of("i", "t"));
  }

  static OfficialCase.Builder official(String id) {
    return OfficialCase.builder().id(id).post("head").organisation("police").status(OfficialStatus.SUSPECT)
        .allegation("negligence");
  }

  static PropertyRecovery.Builder recovery() {
    return PropertyRecovery.builder().description("cars").amount(Money.of("5", "KZT"));
  }

  static Stream<Arguments> cases() {
    return Stream.of(
        broken("investigation id", () -> Investigation.of("I", "t"), "invalid Investigation: id must be a lowercase slug"),
        broken("investigation title", () -> Investigation.of("i", " "), "invalid Investigation: title must not be blank"),
        broken("speaker position", () -> Speaker.of("a", "n", "", "o"), "invalid Speaker: position must not be blank"),
        broken("speaker organisation", () -> Speaker.of("a", "n", "p", "\t"),
            "invalid Speaker: organisation must not be blank"),
        broken("statement text", () -> Statement.of("\u200b"), "invalid Statement: text must not be blank"),
        broken("statement topic", () -> Statement.builder().text("t").topic(" ").build(),
            "invalid Statement: topic must not be blank"),
        broken("statement attribution", () -> Statement.builder().text("t").attribution("A").build(),
            "invalid Statement: attribution must be a lowercase slug"),
        broken("source title", () -> Source.builder().title("").documentReference("d").build(),
            "invalid Source: title must not be blank"),
        broken("source document reference", () -> Source.builder().title("t").documentReference(" ").build(),
            "invalid Source: documentReference must not be blank"),
        broken("source url", () -> Source.builder().title("t").url(URI.create("file:/x")).build(),
            "invalid Source: url must be an absolute http or https address: \"file:/x\""),
        broken("scope key", () -> Scope.described("All", "all"), "invalid Scope: key must be a lowercase slug"),
        broken("scope description", () -> Scope.described("all", ""), "invalid Scope: description must not be blank"),
        broken("category code", () -> CaseCategory.of("Theft", "t"), "invalid CaseCategory: code must be a lowercase slug"),
        broken("category label", () -> CaseCategory.of("extortion", " "),
            "invalid CaseCategory: label must not be blank"),
        broken("category article", () -> CaseCategory.of("extortion", "extortion", " "),
            "invalid CaseCategory: legalArticle must not be blank"),
        broken("weapon type code", () -> WeaponType.of("Bow", "bows"), "invalid WeaponType: code must be a lowercase slug"),
        broken("weapon type label", () -> WeaponType.of("bow", ""), "invalid WeaponType: label must not be blank"),
        broken("sentence kind code", () -> SentenceKind.of("x y", "x", true),
            "invalid SentenceKind: code must be a lowercase slug"),
        broken("sentence kind label", () -> SentenceKind.of("caning", " ", false),
            "invalid SentenceKind: label must not be blank"),
        broken("evidence kind code", () -> EvidenceKind.of("DNA", "dna"),
            "invalid EvidenceKind: code must be a lowercase slug"),
        broken("evidence kind label", () -> EvidenceKind.of("dna", ""), "invalid EvidenceKind: label must not be blank"),
        broken("count wording", () -> Count.exactly(5).withStatedAs(" "), "invalid Count: value wording must not be blank"),
        broken("count attribution", () -> Count.exactly(5).withAttribution("Adilov"),
            "invalid Count: value attribution must be a lowercase slug"),
        broken("count negative", () -> Count.builder().value(-1).build(), "invalid Count: value must not be negative: -1"),
        broken("range without high end", () -> Count.builder().value(5).qualifier(Qualifier.RANGE).build(),
            "invalid Count: value is a range but has no high end"),
        broken("high end without range", () -> Count.builder().value(5).high(6).build(),
            "invalid Count: value has a high end (6) but is not a range: EXACT"),
        broken("more than the largest", () -> Count.moreThan(Long.MAX_VALUE),
            "invalid Count: value cannot be more than the largest value: 9223372036854775807"),
        broken("scope key not its category's", () -> ((ImmutableScope) Scope.of(CaseCategory.THEFT)).withKey("robbery"),
            "invalid Scope: key must be the category's code \"theft\": \"robbery\""),
        broken("official id", () -> official("X").build(), "invalid OfficialCase: id must be a lowercase slug"),
        broken("official post", () -> official("o").post(" ").build(), "invalid OfficialCase: post must not be blank"),
        broken("official organisation", () -> official("o").organisation("").build(),
            "invalid OfficialCase: organisation must not be blank"),
        broken("official allegation", () -> official("o").allegation(" ").build(),
            "invalid OfficialCase: allegation must not be blank"),
        broken("arsenal place", () -> ArsenalLoss.builder().takenFrom(" ").build(),
            "invalid ArsenalLoss: takenFrom must not be blank"),
        broken("arsenal case", () -> ArsenalLoss.builder().takenFrom("depot").officialCase("Case 1").build(),
            "invalid ArsenalLoss: officialCase must be a lowercase slug"),
        broken("recovery description", () -> recovery().description(" ").build(),
            "invalid PropertyRecovery: description must not be blank"),
        broken("recovery negative", () -> recovery().amount(Money.of("-5", "KZT")).build(),
            "invalid PropertyRecovery: amount must not be negative: -5 KZT"),
        broken("recovery negative equivalent", () -> recovery().statedEquivalent(Money.of("-1", "USD")).build(),
            "invalid PropertyRecovery: statedEquivalent must not be negative: -1 USD"),
        broken("recovery equivalent currency", () -> recovery().statedEquivalent(Money.of("1", "KZT")).build(),
            "invalid PropertyRecovery: statedEquivalent must be in another currency than the amount: 1 KZT"),
        broken("recovery wording", () -> recovery().statedAs("").build(),
            "invalid PropertyRecovery: statedAs must not be blank"),
        broken("recovery attribution", () -> recovery().attribution("Adilov").build(),
            "invalid PropertyRecovery: attribution must be a lowercase slug"),
        broken("category code twice", () -> Breakdown.builder(CaseCategory.VOCABULARY)
                .put(CaseCategory.of("extortion", "extortion"), Count.exactly(1))
                .put(CaseCategory.of("extortion", "blackmail"), Count.exactly(2)).build(),
            "invalid Breakdown: parts must not list two case category keys with one code: \"extortion\""),
        broken("evidence twice", () -> DetentionStats.builder().addConvictionEvidence(EvidenceKind.VIDEO)
                .addConvictionEvidence(EvidenceKind.VIDEO).build(),
            "invalid DetentionStats: convictionEvidence must not repeat a kind: [video, video]"),
        broken("exhaustive of nothing", () -> Breakdown.builder(SentenceKind.VOCABULARY).exhaustive().build(),
            "invalid Breakdown: a breakdown exhaustive has no parts"),
        broken("overlapping of nothing", () -> Breakdown.builder(WeaponType.VOCABULARY)
                .coverage(Breakdown.Coverage.OVERLAPPING).build(),
            "invalid Breakdown: a breakdown overlapping has no parts"),
        broken("an overlap of a partial breakdown", () -> Breakdown.builder(WeaponType.VOCABULARY)
                .put(WeaponType.PISTOL, Count.exactly(2)).overlap(Count.exactly(1)).coverage(Breakdown.Coverage.PARTIAL)
                .build(),
            "invalid Breakdown: an overlap is stated but the coverage is PARTIAL"),
        broken("briefing statement attribution", () -> briefing()
                .addStatement(Statement.builder().text("t").attribution("nobody").build()).build(),
            "invalid Briefing \"b\": statements[0].attribution names no speaker of the briefing: \"nobody\""),
        broken("briefing recovery attribution", () -> briefing().addPropertyRecovery(recovery().attribution("nobody").build())
                .build(),
            "invalid Briefing \"b\": propertyRecoveries[0].attribution names no speaker of the briefing: \"nobody\""),
        broken("briefing figure attribution", () -> briefing()
                .addDetention(DetentionStats.builder().suspects(Count.exactly(1).withAttribution("nobody")).build()).build(),
            "invalid Briefing \"b\": detention.suspects.attribution names no speaker of the briefing: \"nobody\""),
        broken("two unscoped detention records", () -> briefing().addDetention(DetentionStats.builder().build())
                .addDetention(DetentionStats.builder().build()).build(),
            "invalid Briefing \"b\": detention has more than one record without a scope"),
        broken("two case records of one scope", () -> briefing()
                .addCriminalCases(CriminalCases.builder().scope(Scope.of(CaseCategory.THEFT)).build())
                .addCriminalCases(CriminalCases.builder().scope(Scope.of(CaseCategory.THEFT)).build()).build(),
            "invalid Briefing \"b\": criminalCases has more than one record with scope \"theft\""),
        broken("two unscoped case records", () -> briefing().addCriminalCases(CriminalCases.builder().build())
                .addCriminalCases(CriminalCases.builder().build()).build(),
            "invalid Briefing \"b\": criminalCases has more than one record without a scope"),
        broken("official listed twice", () -> briefing().addOfficial(official("o").build())
                .addOfficial(official("o").build()).build(),
            "invalid Briefing \"b\": officials lists id \"o\" more than once"),
        broken("briefing id", () -> briefing().id("B").build(), "invalid Briefing \"B\": id must be a lowercase slug"),
        broken("briefing venue", () -> briefing().venue(" ").build(), "invalid Briefing \"b\": venue must not be blank"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void theValueCannotBeBuiltAndTheMessageNamesTheFieldAndValue(String name, Supplier<?> build, String message) {
    assertThatExceptionOfType(InvalidValueException.class).isThrownBy(build::get)
        .withMessageStartingWith(message)
        .satisfies(e -> assertThat(e.problems()).hasSize(1));
  }

  @Test
  void theOneUnscopedRecordOfEachSectionIsAllowed() {
    Briefing b = briefing().addDetention(DetentionStats.builder().build())
        .addCriminalCases(CriminalCases.builder().build())
        .addCriminalCases(CriminalCases.builder().scope(Scope.of(CaseCategory.THEFT)).build()).build();
    assertThat(b.detention()).hasSize(1);
    assertThat(b.criminalCases()).hasSize(2);
  }
}
