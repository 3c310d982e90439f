package io.github.briefings.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.briefings.model.Briefing;
import io.github.briefings.model.StatedDate;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitrary;
import org.junit.jupiter.api.Test;

/** The generated briefings reach every part of the model, and keep the promises the kit documents. */
class BriefingArbitrariesTest {
  private static final List<Briefing> SAMPLE =
      BriefingArbitraries.briefings().sampleStream().limit(400).collect(Collectors.toList());

  private static void somewhere(String what, Predicate<Briefing> test) {
    assertThat(SAMPLE).as(what).anyMatch(test);
  }

  @Test
  void theBriefingsHoldEveryKindOfPart() {
    somewhere("speakers", b -> !b.speakers().isEmpty());
    somewhere("sources", b -> !b.sources().isEmpty());
    somewhere("statements", b -> !b.statements().isEmpty());
    somewhere("a scoped detention record", b -> b.detention().stream().anyMatch(d -> d.scope().isPresent()));
    somewhere("criminal cases", b -> !b.criminalCases().isEmpty());
    somewhere("organized crime", b -> b.organizedCrime().isPresent());
    somewhere("weapon seizures", b -> !b.weaponSeizure().isEmpty());
    somewhere("casualties", b -> !b.casualties().isEmpty());
    somewhere("damage with a total", b -> b.damage().stream().anyMatch(d -> d.total().isPresent()));
    somewhere("property recoveries", b -> !b.propertyRecoveries().isEmpty());
    somewhere("officials' cases", b -> !b.officials().isEmpty());
    somewhere("arsenal losses tied to a case", b -> b.arsenalLosses().stream().anyMatch(a -> a.officialCase().isPresent()));
    somewhere("measures of one's own", b -> !b.ownMeasures().isEmpty());
    somewhere("a figure of one's own broken down", b -> b.ownFigures().stream().anyMatch(f -> f.breakdown().isPresent()));
    somewhere("a measure of one's own without a figure", b -> b.ownMeasures().size() > b.ownFigures().size());
  }

  @Test
  void statedDatesLieBeforeEveryBriefingDate() {
    LocalDate earliest = BriefingArbitraries.dates().sampleStream().limit(2_000).min(LocalDate::compareTo).orElseThrow();
    assertThat(earliest).isAfterOrEqualTo(LocalDate.of(2000, 1, 1));
    Arbitrary<StatedDate> dates = BriefingArbitraries.statedDates();
    assertThat(dates.sampleStream().limit(2_000)).allMatch(d -> d.last().isBefore(LocalDate.of(2000, 1, 1)))
        .anyMatch(d -> d.precision() == StatedDate.Precision.DAY).anyMatch(d -> d.precision() == StatedDate.Precision.MONTH)
        .anyMatch(d -> d.precision() == StatedDate.Precision.YEAR);
  }

  @Test
  void consistentBriefingsHaveEverySectionTheBreakersChange() {
    assertThat(ConsistentBriefings.briefings().sampleStream().limit(50)).allSatisfy(b -> {
      assertThat(b.detention()).hasSize(1);
      assertThat(b.criminalCases()).hasSize(2);
      assertThat(b.organizedCrime()).isPresent();
      assertThat(b.ownFigures()).singleElement().satisfies(f -> assertThat(f.breakdown()).isPresent());
      assertThat(b.ownMeasures()).containsExactly(ConsistentBriefings.OFFICER_SHIFTS);
    });
  }
}
