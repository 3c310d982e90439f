package io.github.briefings.validation;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.briefings.fixtures.RealFacts;
import io.github.briefings.model.Briefing;
import io.github.briefings.model.Count;
import io.github.briefings.model.FigureKind;
import io.github.briefings.model.OwnFigure;
import io.github.briefings.model.OwnMeasure;
import io.github.briefings.model.Section;
import io.github.briefings.model.Unit;
import io.github.briefings.testkit.BriefingArbitraries;
import io.github.briefings.testkit.ConsistentBriefings;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.LongRange;

/**
 * A relation of the user's own on consistent briefings: holds when the data hold it by construction,
 * fires alone when broken in exactly one way, and is undetermined where the intervals overlap.
 */
class RelationProperties {
  private static final Validator VALIDATOR = Validator.builder()
      .policy(ValidationPolicy.defaults().withReferenceRates(ConsistentBriefings.referenceRates()))
      .addRules(Declarations.of(List.of(RealFacts.SENTENCES_REDUCED), List.of(RelationTest.REDUCED_WITHIN_CONVICTED))
          .rules())
      .build();

  @Provide
  Arbitrary<Briefing> consistent() {
    return ConsistentBriefings.briefings();
  }

  /** The briefing with sentences reduced stated for its (first) detention record's scope. */
  private static Briefing withReduced(Briefing b, Count reduced) {
    OwnFigure figure = OwnFigure.of("sentencesReduced", reduced);
    figure = b.detention().get(0).scope().map(s -> OwnFigure.of("sentencesReduced", reduced).inScope(s.key()))
        .orElse(figure);
    return Briefing.builder().from(b).addOwnMeasures(RealFacts.SENTENCES_REDUCED).addOwnFigures(figure).build();
  }

  @Provide
  Arbitrary<Briefing> any() {
    return BriefingArbitraries.briefings();
  }

  /**
   * A relation reads a standard section's figures straight from its records, unless the briefing
   * states a measure of its own in the section; then it reads them from the figures of each scope,
   * own and standard together. A figure of one's own that no relation names changes nothing.
   */
  @Property(tries = 300)
  void bothReadingsOfASectionFindTheSame(@ForAll("any") Briefing b) {
    Briefing.Builder mixed = Briefing.builder().from(b);
    for (Section<?, ?> section : Section.standard()) {
      String id = "unnamed" + section.name().toLowerCase(java.util.Locale.ROOT);
      mixed.addOwnMeasures(OwnMeasure.of(id, "named by no relation", Unit.PERSONS, FigureKind.STOCK)
          .inSection(section.name()));
      mixed.addOwnFigures(OwnFigure.of(id, Count.exactly(1)));
    }
    Set<String> relations = StandardRules.relations().stream().map(Relation::id).collect(Collectors.toSet());
    List<Finding> direct = Validator.standard().validate(b).findings().stream()
        .filter(f -> relations.contains(f.ruleId())).collect(Collectors.toList());
    List<Finding> throughScopes = Validator.standard().validate(mixed.build()).findings().stream()
        .filter(f -> relations.contains(f.ruleId())).collect(Collectors.toList());
    assertThat(throughScopes).isEqualTo(direct);
  }

  private static long convicted(Briefing b) {
    return b.detention().get(0).convicted().orElseThrow().value();
  }

  @Property
  void aRelationTheDataHoldRaisesNothing(@ForAll("consistent") Briefing b, @ForAll @LongRange(max = 1_000_000) long share) {
    long reduced = convicted(b) * share / 1_000_000;
    assertThat(VALIDATOR.validate(withReduced(b, Count.exactly(reduced))).findings()).isEmpty();
  }

  @Property
  void brokenInOneWayOnlyThatRelationFires(@ForAll("consistent") Briefing b, @ForAll @LongRange(min = 1, max = 1_000) long by) {
    ValidationReport report = VALIDATOR.validate(withReduced(b, Count.exactly(convicted(b) + by)));
    assertThat(report.findings()).as(report.render()).singleElement().satisfies(v -> {
      assertThat(v.ruleId()).isEqualTo("own.reduced-within-convicted");
      assertThat(v.undetermined()).isFalse();
      assertThat(v.path()).endsWith(".sentencesReduced");
    });
  }

  @Property
  void whereTheIntervalsOverlapItIsUndetermined(@ForAll("consistent") Briefing b) {
    long c = convicted(b);
    ValidationReport report = VALIDATOR.validate(withReduced(b, Count.between(c, c + 1)));
    assertThat(report.findings()).as(report.render()).singleElement().satisfies(v -> {
      assertThat(v.ruleId()).isEqualTo("own.reduced-within-convicted");
      assertThat(v.undetermined()).isTrue();
      assertThat(v.severity()).isEqualTo(Severity.WARNING);
    });
  }
}
