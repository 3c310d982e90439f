package io.github.briefings.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import io.github.briefings.testkit.BriefingArbitraries;
import java.util.Map;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

/** Builders of whole briefings: generated briefings build, copy equal, and attributions always resolve. */
class BuilderProperties {

  @Property(tries = 200)
  void everyGeneratedBriefingCopiesToAnEqualValue(@ForAll("briefings") Briefing b) {
    Briefing copy = Briefing.builder().from(b).build();
    assertThat(copy).isEqualTo(b).hasSameHashCodeAs(b);
    Statistics.label("figures").collect(b.figures().size() > 10 ? "many" : b.figures().isEmpty() ? "none" : "some");
  }

  @Property(tries = 200)
  void everyAttributionNamesAListedSpeaker(@ForAll("briefings") Briefing b) {
    for (Map.Entry<String, Count> e : b.figures().entrySet()) {
      e.getValue().attribution().ifPresent(id -> assertThat(b.speaker(id)).as(e.getKey()).isPresent());
    }
  }

  @Property(tries = 100)
  void anAttributionToAnUnlistedSpeakerIsRefusedNamingItsPath(@ForAll("briefings") Briefing b) {
    String stranger = "no-such-listed-speaker"; // four parts: generated ids have at most three
    int index = b.statements().size();
    Briefing.Builder broken = Briefing.builder().from(b)
        .addStatement(Statement.builder().text("x").attribution(stranger).build());
    assertThatExceptionOfType(InvalidValueException.class).isThrownBy(broken::build)
        .satisfies(e -> assertThat(e.problems()).containsExactly(
            "statements[" + index + "].attribution names no speaker of the briefing: \"" + stranger + "\""));
  }

  @Provide
  Arbitrary<Briefing> briefings() {
    return BriefingArbitraries.briefings();
  }
}
