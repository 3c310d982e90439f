package io.github.briefings.series;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import io.github.briefings.fixtures.EveryFigure;
import io.github.briefings.model.Breakdown;
import io.github.briefings.model.Briefing;
import io.github.briefings.model.Casualties;
import io.github.briefings.model.Count;
import io.github.briefings.model.CriminalCases;
import io.github.briefings.model.DetentionStats;
import io.github.briefings.model.Figure;
import io.github.briefings.model.Section;
import io.github.briefings.model.Term;
import io.github.briefings.model.WeaponSeizure;
import io.github.briefings.validation.Finding;
import io.github.briefings.validation.Rule;
import io.github.briefings.validation.RuleContext;
import io.github.briefings.validation.Severity;
import io.github.briefings.validation.ValidationReport;
import io.github.briefings.validation.Validator;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Every figure the sections declare is stated by the fixture, and appears under its name in the
 * section's figures, in the briefing's figures, in a finding and a diff row and, with its declared
 * unit and kind, as a series measure.
 */
class CatalogueTest {
  static final Briefing EVERY_FIGURE = EveryFigure.briefing("b", LocalDate.of(2022, 4, 11), 5);

  /** The one record of each section in {@link #EVERY_FIGURE}, and its path prefix. */
  static Object record(Section<?, ?> section) {
    return switch (section.name()) {
      case "detention" -> EVERY_FIGURE.detention().get(0);
      case "criminalCases" -> EVERY_FIGURE.criminalCases().get(0);
      case "organizedCrime" -> EVERY_FIGURE.organizedCrime().orElseThrow();
      case "weaponSeizure" -> EVERY_FIGURE.weaponSeizure().get(0);
      case "casualties" -> EVERY_FIGURE.casualties().get(0);
      case "damage" -> EVERY_FIGURE.damage().get(0);
      case "arsenalLosses" -> EVERY_FIGURE.arsenalLosses().get(0);
      case "officials" -> EVERY_FIGURE.officials().get(0);
      default -> throw new AssertionError("a section this test does not know: " + section);
    };
  }

  static String prefix(Section<?, ?> section) {
    return switch (section.name()) {
      case "detention" -> "detention[mass-riots].";
      case "criminalCases" -> "criminalCases.";
      case "arsenalLosses" -> "arsenalLosses[depot].";
      case "officials" -> "officials[o].";
      default -> section.name() + ".";
    };
  }

  @Test
  void everyDeclaredFigureIsStatedNamedAndMeasured() {
    Map<String, Count> figures = EVERY_FIGURE.figures();
    Map<Measure, Count> measures = Measures.of(EVERY_FIGURE);
    int declared = 0;
    for (Section<?, ?> section : Section.standard()) {
      declared += check(section, figures, measures);
    }
    assertThat(declared).isEqualTo(41);
    // one path syntax: the briefing's figures, the series measures and the diff rows name each figure alike
    java.util.Set<String> followed = new java.util.TreeSet<>(figures.keySet());
    followed.remove("officials[o].officials");
    assertThat(measures.keySet()).extracting(Measure::path).containsExactlyInAnyOrderElementsOf(followed);
    assertThat(BriefingDiff.between(EVERY_FIGURE, EVERY_FIGURE).changes())
        .extracting(c -> c.measure().path()).containsExactlyInAnyOrderElementsOf(followed);
    assertThat(figures).hasSize(41);
    assertThat(measures).hasSize(40); // officials' cases are not followed across briefings
  }

  @SuppressWarnings("unchecked")
  private static <S, B> int check(Section<S, B> section, Map<String, Count> figures, Map<Measure, Count> measures) {
    S value = (S) record(section);
    assertThat(section.figures()).as(section.name()).isNotEmpty();
    for (Figure<S, B> f : section.figures()) {
      List<Figure.Stated> stated = f.in(value);
      assertThat(stated).as("the fixture states %s.%s", section, f).hasSize(1);
      assertThat(section.figure(f.name())).contains(f);
      assertThat(f.description()).isNotBlank();
      for (Figure.Stated s : stated) {
        assertThat(section.stated(value)).containsKey(f.nameOf(s));
        assertThat(figures).containsKey(prefix(section) + f.nameOf(s));
        if (!section.name().equals("officials")) {
          assertThat(measures.keySet()).as("%s.%s", section, f).anySatisfy(m -> {
            assertThat(m.section()).isEqualTo(section.name());
            assertThat(m.figure()).isEqualTo(f.nameOf(s));
            assertThat(m.unit()).isEqualTo(s.unit());
            assertThat(m.kind()).isEqualTo(f.kind());
          });
        }
      }
    }
    return section.figures().size();
  }

  @Test
  void everySingleFigureSetsWhatItReads() {
    DetentionStats.Builder detention = DetentionStats.builder();
    long n = 1;
    for (Figure<DetentionStats, DetentionStats.Builder> f : DetentionStats.SECTION.figures()) {
      if (!f.isBreakdown()) {
        f.set(detention, Count.exactly(n++));
      }
    }
    DetentionStats built = detention.build();
    n = 1;
    for (Figure<DetentionStats, DetentionStats.Builder> f : DetentionStats.SECTION.figures()) {
      if (f.isBreakdown()) {
        assertThatExceptionOfType(UnsupportedOperationException.class)
            .isThrownBy(() -> f.set(DetentionStats.builder(), Count.exactly(1)))
            .withMessage(f.name() + " is a breakdown: set it whole through parts()");
        assertThatExceptionOfType(UnsupportedOperationException.class).isThrownBy(() -> f.value(built))
            .withMessage(f.name() + " is a breakdown: read it whole through parts()");
      } else {
        assertThat(f.value(built)).contains(Count.exactly(n));
        assertThat(f.value(DetentionStats.builder().build())).isEmpty();
        assertThat(f.in(built)).extracting(Figure.Stated::count).containsExactly(Count.exactly(n++));
      }
    }
    assertThat(n).isEqualTo(15);
  }

  @Test
  void aRuleNamingFiguresThroughTheSectionsReportsTheBriefingsPaths() {
    Rule everyFigure = Rule.of("test.every-figure", Severity.INFO, "notes every figure stated",
        (b, findings) -> {
          for (Section<?, ?> section : Section.standard()) {
            noteAll(section, b, findings);
          }
        });
    ValidationReport report = Validator.builder().withoutStandardRules().addRule(everyFigure).build().validate(EVERY_FIGURE);
    assertThat(report.findings()).extracting(Finding::path)
        .containsExactlyInAnyOrderElementsOf(EVERY_FIGURE.figures().keySet()).hasSize(41);
  }

  private static <S> void noteAll(Section<S, ?> section, Briefing b, RuleContext findings) {
    for (S record : section.records(b)) {
      for (Figure<S, ?> f : section.figures()) {
        for (Figure.Stated s : f.in(record)) {
          findings.note(section.path(record, f, s), "stated: " + s.count(), Map.of());
        }
      }
    }
  }

  @Test
  void everyBreakdownSetsWhatItReads() {
    DetentionStats.Builder detention = DetentionStats.builder();
    setFirstKeys(DetentionStats.SENTENCES_BY_KIND, detention);
    checkFirstKeys(DetentionStats.SENTENCES_BY_KIND, detention.build());
    WeaponSeizure.Builder seizure = WeaponSeizure.builder();
    setFirstKeys(WeaponSeizure.BY_TYPE, seizure);
    setFirstKeys(WeaponSeizure.BY_PROVENANCE, seizure);
    checkFirstKeys(WeaponSeizure.BY_TYPE, seizure.build());
    checkFirstKeys(WeaponSeizure.BY_PROVENANCE, seizure.build());
    CriminalCases.Builder cases = CriminalCases.builder();
    setFirstKeys(CriminalCases.CASES_BY_CATEGORY, cases);
    setFirstKeys(CriminalCases.PERSONS_BY_CATEGORY, cases);
    checkFirstKeys(CriminalCases.CASES_BY_CATEGORY, cases.build());
    checkFirstKeys(CriminalCases.PERSONS_BY_CATEGORY, cases.build());
    Casualties.Builder casualties = Casualties.builder();
    setFirstKeys(Casualties.DEAD_BY_GROUP, casualties);
    setFirstKeys(Casualties.INJURED_BY_GROUP, casualties);
    checkFirstKeys(Casualties.DEAD_BY_GROUP, casualties.build());
    checkFirstKeys(Casualties.INJURED_BY_GROUP, casualties.build());
    // regions have no well-known terms: set and read back one of the user's own
    Breakdown<io.github.briefings.model.Region, Count> almaty = Breakdown.builder(io.github.briefings.model.Region.VOCABULARY)
        .put(io.github.briefings.model.Region.of("almaty", "Almaty"), Count.exactly(7)).build();
    Casualties.DEAD_BY_REGION.parts().orElseThrow();
    Casualties regions = Casualties.builder().deadByRegion(almaty).injuredByRegion(almaty).build();
    assertThat(Casualties.DEAD_BY_REGION.in(regions)).extracting(Figure.Stated::key).containsExactly("almaty");
    assertThat(Casualties.INJURED_BY_REGION.in(regions)).extracting(Figure.Stated::key).containsExactly("almaty");
    int breakdowns = 0;
    for (Section<?, ?> section : Section.standard()) {
      for (Figure<?, ?> f : section.figures()) {
        assertThat(f.parts().isPresent()).isEqualTo(f.isBreakdown());
        breakdowns += f.isBreakdown() ? 1 : 0;
      }
    }
    assertThat(breakdowns).as("every breakdown is checked above").isEqualTo(9);
    assertThatExceptionOfType(IllegalArgumentException.class).isThrownBy(() -> setAlong(CriminalCases.CASES_BY_CATEGORY,
        io.github.briefings.model.WeaponType.VOCABULARY, CriminalCases.builder()));
  }

  /** Sets a breakdown of the first three well-known keys, counted 1, 2, 3, exhaustive. */
  private static <S, B> void setFirstKeys(Figure<S, B> f, B builder) {
    setFirst(f.parts().orElseThrow(), builder);
  }

  private static <S, B, K extends Term> void setFirst(Figure.Parts<S, B, K> parts, B builder) {
    Breakdown.Builder<K, Count> b = Breakdown.builder(parts.dimension());
    for (int i = 0; i < 3; i++) {
      b.put(parts.dimension().wellKnown().get(i), Count.exactly(i + 1));
    }
    parts.set(builder, b.exhaustive().build());
  }

  /** Sets a breakdown along another dimension than the figure's, which the declaration refuses. */
  @SuppressWarnings({"unchecked", "rawtypes"})
  private static <S, B> void setAlong(Figure<S, B> f, io.github.briefings.model.Vocabulary<?> other, B builder) {
    Figure.Parts parts = f.parts().orElseThrow();
    parts.set(builder, Breakdown.none((io.github.briefings.model.Vocabulary) other));
  }

  private static <S, B> void checkFirstKeys(Figure<S, B> f, S built) {
    Figure.Parts<S, B, ?> parts = f.parts().orElseThrow();
    Breakdown<?, Count> b = parts.of(built);
    assertThat(b.coverage()).isEqualTo(Breakdown.Coverage.EXHAUSTIVE);
    assertThat(b.dimension()).isSameAs(parts.dimension());
    assertThat(b.parts().entrySet()).as("%s", f).extracting(e -> e.getKey().code() + "=" + e.getValue().value())
        .containsExactly(parts.dimension().wellKnown().get(0).code() + "=1",
            parts.dimension().wellKnown().get(1).code() + "=2", parts.dimension().wellKnown().get(2).code() + "=3");
    assertThat(f.in(built)).extracting(Figure.Stated::key).containsExactly(parts.dimension().wellKnown().get(0).code(),
        parts.dimension().wellKnown().get(1).code(), parts.dimension().wellKnown().get(2).code());
    assertThat(f.in(built)).extracting(Figure.Stated::unit).containsOnly(f.unit());
  }

  @Test
  void theArbitrariesGenerateEveryDeclaredFigure() {
    java.util.Set<String> generated = new java.util.HashSet<>();
    io.github.briefings.testkit.BriefingArbitraries.briefings().sampleStream().limit(300)
        .forEach(b -> b.figures().keySet().forEach(path -> generated.add(figureOf(path))));
    for (Section<?, ?> section : Section.standard()) {
      for (Figure<?, ?> f : section.figures()) {
        assertThat(generated).as("generated %s.%s", section, f).contains(section.name() + "." + f.name());
      }
    }
  }

  /** {@code detention[x].sentencesByKind[fine]} → {@code detention.sentencesByKind}. */
  private static String figureOf(String path) {
    return path.replaceAll("\\[[^\\]]*\\]", "");
  }
}
