package io.github.briefings.format.suite;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.briefings.fixtures.SeedBriefings;
import io.github.briefings.model.Briefing;
import io.github.briefings.model.Count;
import io.github.briefings.money.Conversion;
import io.github.briefings.money.CurrencyConverter;
import io.github.briefings.money.ExchangeRate;
import io.github.briefings.money.Money;
import io.github.briefings.money.RateTable;
import io.github.briefings.series.BriefingDiff;
import io.github.briefings.series.BriefingSeries;
import io.github.briefings.validation.ValidationReport;
import io.github.briefings.validation.Validator;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Each type of the format on its own: how it is written, that it reads back, what it refuses. */
public abstract class TypesSuite extends FormatSuite {
  private static final LocalDate APRIL_11 = LocalDate.of(2022, 4, 11);

  @Test
  void figuresAreNumbersWhenExactAndObjectsWhenQualified() throws Exception {
    assertThat(writeCompact(Count.exactly(547))).isEqualTo("547");
    assertThat(writeCompact(Count.moreThan(35_000).withStatedAs("more than 35,000")))
        .isEqualTo(json("{'value':35000,'qualifier':'MORE_THAN','statedAs':'more than 35,000'}"));
    assertThat(writeCompact(Count.between(20, 30)))
        .isEqualTo(json("{'value':20,'qualifier':'RANGE','high':30}"));
    assertThat(writeCompact(Money.of("0.50", "USD"))).isEqualTo(json("{'amount':'0.50','currency':'USD'}"));
    assertThat(new String(binding().withAmountsAsNumbers().writeCompact(Money.of("0.50", "USD")), StandardCharsets.UTF_8))
        .isEqualTo(json("{'amount':0.50,'currency':'USD'}"));
  }

  @Test
  void everyPartOfTheSeedBriefingRoundTripsOnItsOwn() throws Exception {
    Briefing seed = SeedBriefings.april11();
    List<Object> parts = new java.util.ArrayList<>();
    parts.add(seed.investigation());
    parts.addAll(seed.speakers());
    parts.addAll(seed.sources());
    parts.addAll(seed.statements());
    parts.addAll(seed.detention());
    parts.add(seed.detention().get(0).scope().orElseThrow());
    parts.addAll(seed.criminalCases());
    parts.addAll(seed.criminalCases().get(0).personsByCategory().parts().keySet());
    parts.add(seed.organizedCrime().orElseThrow());
    parts.add(seed.weaponSeizure().get(0));
    parts.addAll(seed.weaponSeizure().get(0).byType().parts().keySet());
    parts.add(io.github.briefings.model.StatedDate.parse("2023-05"));
    parts.addAll(seed.arsenalLosses());
    parts.addAll(seed.propertyRecoveries());
    parts.addAll(seed.officials());
    parts.add(io.github.briefings.model.SentenceKind.of("forced-labour", "forced labour", false));
    parts.add(io.github.briefings.model.EvidenceKind.VIDEO);
    parts.add(io.github.briefings.model.CaseCategory.of("extortion", "extortion", "Article 194"));
    for (Object part : parts) {
      Class<?> api = part.getClass().getSuperclass() == Object.class ? part.getClass() : part.getClass().getSuperclass();
      assertThat(read(write(part), api)).as(api.getSimpleName()).isEqualTo(part);
    }
  }

  @Test
  void derivedRatesAndConversionsRoundTripWithTheirAuditTrail() throws Exception {
    RateTable table = RateTable.builder().add(APRIL_11, "EUR", "USD", "1.0888", "ecb")
        .add(APRIL_11, "USD", "KZT", "443.83157", "oxr").build();
    ExchangeRate cross = table.find(Money.currency("KZT"), Money.currency("EUR"), APRIL_11).orElseThrow();
    assertThat(read(write(cross), ExchangeRate.class)).isEqualTo(cross);

    Conversion c = CurrencyConverter.of(table).convert(Money.of("340000000", "KZT"), Money.currency("USD"), APRIL_11);
    String json = write(c);
    assertThat(json).contains("\"explanation\" : \"340000000 KZT × ");
    assertThat(read(json, Conversion.class)).isEqualTo(c);
  }

  @Test
  void aTamperedConversionOrRateIsRefused() throws Exception {
    RateTable table = RateTable.builder().add(APRIL_11, "USD", "KZT", "443.83157", "oxr").build();
    Conversion c = CurrencyConverter.of(table).convert(Money.of("340000000", "KZT"), Money.currency("USD"), APRIL_11);
    String json = write(c);
    String tampered = json.replace("\"766056.37\"", "\"766599.00\"");
    assertThat(tampered).isNotEqualTo(json);
    assertRefused(() -> read(tampered, Conversion.class)).isEqualTo("at $: the result 766599.00 USD does not match the conversion,"
        + " which gives 766056.37 USD");

    String rate = write(c.rate()).replaceFirst("\"rate\" : \"0\\.002253", "\"rate\" : \"0.002254");
    assertRefused(() -> read(rate, ExchangeRate.class)).startsWith("at $: the rate does not match its derivation");
  }

  @Test
  void reportsAndSeriesRoundTripAndDiffsAreWritten() throws Exception {
    ValidationReport report = Validator.standard().validate(SeedBriefings.april11());
    String json = write(report);
    assertThat(json).contains("\"summary\" : \"0 errors, 1 warning, 1 info\"");
    assertThat(read(json, ValidationReport.class)).isEqualTo(report);

    BriefingSeries series = BriefingSeries.of(List.of(SeedBriefings.april11(), SeedBriefings.april25()));
    BriefingSeries read = read(write(series), BriefingSeries.class);
    assertThat(read.briefings()).isEqualTo(series.briefings());

    BriefingDiff diff = series.diffs().get(0);
    assertThat(write(diff)).contains("\"path\" : \"detention[mass-riots].convicted\"")
        .contains("\"change\" : 75");
  }

  @Test
  void aSeriesOfTwoInvestigationsIsRefused() {
    String a = "{'formatVersion':1,'id':'a','date':'2022-04-11','jurisdiction':'KZ','investigation':{'id':'one','title':'t'}}";
    String b = a.replace("'id':'a'", "'id':'b'").replace("'one'", "'two'");
    assertRefused(() -> read(json("{'formatVersion':1,'briefings':[" + a + "," + b + "]}"), BriefingSeries.class)).startsWith("at $: a series holds briefings of one investigation");
  }

  @Test
  void aFailureNeverYieldsAHalfBuiltValue() throws Exception {
    Briefing seed = SeedBriefings.april11();
    String json = write(seed).replace("\"voluntarilySurrendered\" : 122", "\"voluntarilySurrendered\" : -122");
    assertRefused(() -> read(json, Briefing.class)).isEqualTo("at $.weaponSeizure[0].voluntarilySurrendered: a count must not be negative: -122");
  }
}
