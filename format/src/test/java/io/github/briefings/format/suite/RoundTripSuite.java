package io.github.briefings.format.suite;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.briefings.model.Briefing;
import io.github.briefings.money.Money;
import io.github.briefings.testkit.BriefingArbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Every generated briefing survives a JSON round trip, is written deterministically, and fits the schema. */
public abstract class RoundTripSuite extends FormatSuite {

  @Provide
  Arbitrary<Briefing> briefings() {
    return BriefingArbitraries.briefings();
  }

  @Property(tries = 300)
  void readingWhatWasWrittenGivesAnEqualBriefing(@ForAll("briefings") Briefing b) throws Exception {
    String json = write(b);
    assertThat(read(json, Briefing.class)).isEqualTo(b);
    Binding numbers = binding().withAmountsAsNumbers();
    assertThat(numbers.read(numbers.write(b), Briefing.class)).isEqualTo(b);
  }

  @Property(tries = 200)
  void writingIsDeterministicAlsoAfterARead(@ForAll("briefings") Briefing b) throws Exception {
    byte[] first = binding().writeCompact(b);
    byte[] again = binding().writeCompact(Briefing.builder().from(b).build());
    byte[] afterRead = binding().writeCompact(binding().read(first, Briefing.class));
    assertThat(again).isEqualTo(first);
    assertThat(afterRead).isEqualTo(first);
  }

  @Property(tries = 200)
  void everyWrittenBriefingIsValidAgainstTheSchema(@ForAll("briefings") Briefing b) throws Exception {
    assertThat(Schemas.briefingErrors(write(b))).isEmpty();
  }

  @Property
  void moneyKeepsItsScaleThroughJson(@ForAll("money") Money m) throws Exception {
    assertThat(read(write(m), Money.class)).isEqualTo(m);
    Binding numbers = binding().withAmountsAsNumbers();
    assertThat(numbers.read(numbers.write(m), Money.class)).isEqualTo(m);
    assertThat(numbers.write(m)).contains("\"amount\" : " + m.amount().toPlainString() + ",");
  }

  @Provide
  Arbitrary<Money> money() {
    return BriefingArbitraries.money();
  }
}
