package io.github.briefings.jackson;

import io.github.briefings.format.AmountRepresentation;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.briefings.arbitraries.ModelArbitraries;
import io.github.briefings.model.Briefing;
import io.github.briefings.money.Money;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Every generated briefing survives a JSON round trip, is written deterministically, and fits the schema. */
class RoundTripProperties {
  private static final ObjectMapper MAPPER = ModuleTestBase.mapper();
  private static final ObjectMapper NUMBERS = ModuleTestBase.mapperWithModule(new BriefingsModule().withAmounts(AmountRepresentation.NUMBER));

  @Provide
  Arbitrary<Briefing> briefings() {
    return ModelArbitraries.briefings();
  }

  @Property(tries = 300)
  void readingWhatWasWrittenGivesAnEqualBriefing(@ForAll("briefings") Briefing b) throws Exception {
    String json = MAPPER.writeValueAsString(b);
    assertThat(MAPPER.readValue(json, Briefing.class)).isEqualTo(b);
    String numbers = NUMBERS.writeValueAsString(b);
    assertThat(NUMBERS.readValue(numbers, Briefing.class)).isEqualTo(b);
  }

  @Property(tries = 200)
  void writingIsDeterministicAlsoAfterARead(@ForAll("briefings") Briefing b) throws Exception {
    byte[] first = MAPPER.writeValueAsBytes(b);
    byte[] again = MAPPER.writeValueAsBytes(Briefing.builder().from(b).build());
    byte[] afterRead = MAPPER.writeValueAsBytes(MAPPER.readValue(first, Briefing.class));
    assertThat(again).isEqualTo(first);
    assertThat(afterRead).isEqualTo(first);
  }

  @Property(tries = 200)
  void everyWrittenBriefingIsValidAgainstTheSchema(@ForAll("briefings") Briefing b) throws Exception {
    assertThat(Schemas.briefingErrors(MAPPER.writeValueAsString(b))).isEmpty();
  }

  @Property
  void moneyKeepsItsScaleThroughJson(@ForAll("money") Money m) throws Exception {
    assertThat(MAPPER.readValue(MAPPER.writeValueAsString(m), Money.class)).isEqualTo(m);
    assertThat(NUMBERS.readValue(NUMBERS.writeValueAsString(m), Money.class)).isEqualTo(m);
  }

  @Provide
  Arbitrary<Money> money() {
    return ModelArbitraries.money();
  }
}
