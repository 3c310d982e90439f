package io.github.briefings.jackson;

import io.github.briefings.format.AmountRepresentation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.DatabindException;
import com.fasterxml.jackson.databind.ObjectMapper;
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
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class ModuleTest extends ModuleTestBase {
  private static final LocalDate APRIL_11 = LocalDate.of(2022, 4, 11);
  private final ObjectMapper mapper = mapper();

  @Test
  void findAndRegisterModulesPicksTheModuleUp() throws Exception {
    ObjectMapper found = new ObjectMapper().findAndRegisterModules();
    assertThat(found.getRegisteredModuleIds()).contains("briefings-jackson");
    assertThat(found.readValue("547", Count.class)).isEqualTo(Count.exactly(547));
  }

  @Test
  void theModuleReportsItsNameAndTheBuildsVersion() {
    BriefingsModule module = new BriefingsModule();
    assertThat(module.getModuleName()).isEqualTo("briefings-jackson");
    assertThat(module.version().getArtifactId()).isEqualTo("briefings-jackson");
    assertThat(module.version().getGroupId()).isEqualTo("io.github.briefings");
    assertThat(module.version().toString()).isEqualTo("0.1.0-SNAPSHOT");
    assertThat(new PackageVersion().version()).isEqualTo(module.version()).isSameAs(PackageVersion.VERSION);
    assertThat(module).isInstanceOf(com.fasterxml.jackson.core.Versioned.class);
    assertThat(module.withAmounts(AmountRepresentation.NUMBER).amounts()).isEqualTo(AmountRepresentation.NUMBER);
    assertThat(module.amounts()).as("options return new modules").isEqualTo(AmountRepresentation.STRING);
    assertThat(module.getTypeId()).isNotEqualTo(module.withAmounts(AmountRepresentation.NUMBER).getTypeId());
  }

  @Test
  void figuresAreNumbersWhenExactAndObjectsWhenQualified() throws Exception {
    ObjectMapper compact = new ObjectMapper().registerModule(new BriefingsModule());
    assertThat(compact.writeValueAsString(Count.exactly(547))).isEqualTo("547");
    assertThat(compact.writeValueAsString(Count.moreThan(35_000).withStatedAs("more than 35,000")))
        .isEqualTo(json("{'value':35000,'qualifier':'MORE_THAN','statedAs':'more than 35,000'}"));
    assertThat(compact.writeValueAsString(Count.between(20, 30)))
        .isEqualTo(json("{'value':20,'qualifier':'RANGE','high':30}"));
    assertThat(compact.writeValueAsString(Money.of("0.50", "USD"))).isEqualTo(json("{'amount':'0.50','currency':'USD'}"));
    assertThat(new ObjectMapper().registerModule(new BriefingsModule().withAmounts(AmountRepresentation.NUMBER))
        .writeValueAsString(Money.of("0.50", "USD"))).isEqualTo(json("{'amount':0.50,'currency':'USD'}"));
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
      assertThat(mapper.readValue(mapper.writeValueAsString(part), api)).as(api.getSimpleName()).isEqualTo(part);
    }
  }

  @Test
  void derivedRatesAndConversionsRoundTripWithTheirAuditTrail() throws Exception {
    RateTable table = RateTable.builder().add(APRIL_11, "EUR", "USD", "1.0888", "ecb")
        .add(APRIL_11, "USD", "KZT", "443.83157", "oxr").build();
    ExchangeRate cross = table.find(Money.currency("KZT"), Money.currency("EUR"), APRIL_11).orElseThrow();
    assertThat(mapper.readValue(mapper.writeValueAsString(cross), ExchangeRate.class)).isEqualTo(cross);

    Conversion c = CurrencyConverter.of(table).convert(Money.of("340000000", "KZT"), Money.currency("USD"), APRIL_11);
    String json = mapper.writeValueAsString(c);
    assertThat(json).contains("\"explanation\" : \"340000000 KZT × ");
    assertThat(mapper.readValue(json, Conversion.class)).isEqualTo(c);
  }

  @Test
  void aTamperedConversionOrRateIsRefused() throws Exception {
    RateTable table = RateTable.builder().add(APRIL_11, "USD", "KZT", "443.83157", "oxr").build();
    Conversion c = CurrencyConverter.of(table).convert(Money.of("340000000", "KZT"), Money.currency("USD"), APRIL_11);
    String json = mapper.writeValueAsString(c);
    String tampered = json.replace("\"766056.37\"", "\"766599.00\"");
    assertThat(tampered).isNotEqualTo(json);
    DatabindException e = catchThrowableOfType(DatabindException.class, () -> mapper.readValue(tampered, Conversion.class));
    assertThat(e.getOriginalMessage()).isEqualTo("at $: the result 766599.00 USD does not match the conversion,"
        + " which gives 766056.37 USD");

    String rate = mapper.writeValueAsString(c.rate()).replaceFirst("\"rate\" : \"0\\.002253", "\"rate\" : \"0.002254");
    DatabindException r = catchThrowableOfType(DatabindException.class, () -> mapper.readValue(rate, ExchangeRate.class));
    assertThat(r.getOriginalMessage()).startsWith("at $: the rate does not match its derivation");
  }

  @Test
  void reportsAndSeriesRoundTripAndDiffsAreWritten() throws Exception {
    ValidationReport report = Validator.standard().validate(SeedBriefings.april11());
    String json = mapper.writeValueAsString(report);
    assertThat(json).contains("\"summary\" : \"0 errors, 1 warning, 1 info\"");
    assertThat(mapper.readValue(json, ValidationReport.class)).isEqualTo(report);

    BriefingSeries series = BriefingSeries.of(List.of(SeedBriefings.april11(), SeedBriefings.april25()));
    BriefingSeries read = mapper.readValue(mapper.writeValueAsString(series), BriefingSeries.class);
    assertThat(read.briefings()).isEqualTo(series.briefings());

    BriefingDiff diff = series.diffs().get(0);
    assertThat(mapper.writeValueAsString(diff)).contains("\"path\" : \"detention[mass-riots].convicted\"")
        .contains("\"change\" : 75");
  }

  @Test
  void aSeriesOfTwoInvestigationsIsRefused() {
    String a = "{'formatVersion':1,'id':'a','date':'2022-04-11','jurisdiction':'KZ','investigation':{'id':'one','title':'t'}}";
    String b = a.replace("'id':'a'", "'id':'b'").replace("'one'", "'two'");
    DatabindException e = catchThrowableOfType(DatabindException.class,
        () -> mapper.readValue(json("{'formatVersion':1,'briefings':[" + a + "," + b + "]}"), BriefingSeries.class));
    assertThat(e.getOriginalMessage()).startsWith("at $: a series holds briefings of one investigation");
  }

  @Test
  void aFailureNeverYieldsAHalfBuiltValue() throws Exception {
    Briefing seed = SeedBriefings.april11();
    String json = mapper.writeValueAsString(seed).replace("\"voluntarilySurrendered\" : 122", "\"voluntarilySurrendered\" : -122");
    DatabindException e = catchThrowableOfType(DatabindException.class, () -> mapper.readValue(json, Briefing.class));
    assertThat(e.getOriginalMessage()).isEqualTo("at $.weaponSeizure[0].voluntarilySurrendered: a count must not be negative: -122");
  }

  /** Engines such as Beam, Flink and Spark serialize the functions that hold a mapper. */
  @Test
  void aMapperThatWentThroughJavaSerializationWorksAsTheOriginal() throws Exception {
    for (BriefingsModule module : List.of(new BriefingsModule(), new BriefingsModule().withAmounts(AmountRepresentation.NUMBER))) {
      ObjectMapper original = new ObjectMapper().registerModule(module);
      Briefing seed = SeedBriefings.april11();
      String json = original.writeValueAsString(seed);
      original.readValue(json, Briefing.class); // codecs built and cached before the mapper is serialized
      java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
      try (java.io.ObjectOutputStream out = new java.io.ObjectOutputStream(bytes)) {
        out.writeObject(original);
      }
      ObjectMapper copy;
      try (java.io.ObjectInputStream in = new java.io.ObjectInputStream(
          new java.io.ByteArrayInputStream(bytes.toByteArray()))) {
        copy = (ObjectMapper) in.readObject();
      }
      assertThat(copy.readValue(json, Briefing.class)).isEqualTo(seed);
      assertThat(copy.writeValueAsString(seed)).isEqualTo(json);
      assertThat(copy.writeValueAsString(io.github.briefings.money.Money.of("0.50", "USD")))
          .isEqualTo(original.writeValueAsString(io.github.briefings.money.Money.of("0.50", "USD")));
      assertThatExceptionOfType(DatabindException.class).isThrownBy(() -> copy.readValue("{}", Briefing.class))
          .withMessageStartingWith("at $: ");
    }
  }

  /** The mapper's version is all registration reads before it refuses an old Jackson. */
  @Test
  void registeringWithAJacksonBelowTheFloorFailsWithAClearMessage() {
    com.fasterxml.jackson.databind.Module.SetupContext old = (com.fasterxml.jackson.databind.Module.SetupContext)
        java.lang.reflect.Proxy.newProxyInstance(getClass().getClassLoader(),
            new Class<?>[] {com.fasterxml.jackson.databind.Module.SetupContext.class}, (proxy, method, args) -> {
              if (method.getName().equals("getMapperVersion")) {
                return new com.fasterxml.jackson.core.Version(2, 15, 4, null, "com.fasterxml.jackson.core",
                    "jackson-databind");
              }
              throw new AssertionError("registration went on below the floor: " + method.getName());
            });
    assertThatExceptionOfType(IllegalStateException.class).isThrownBy(() -> new BriefingsModule().setupModule(old))
        .withMessage("briefings-jackson needs jackson-databind 2.16 or later; this mapper is "
            + "com.fasterxml.jackson.core/jackson-databind/2.15.4");
    assertThat(com.fasterxml.jackson.databind.cfg.PackageVersion.VERSION.compareTo(BriefingsModule.MINIMUM_JACKSON))
        .as("the Jackson of this build is at or above the floor").isGreaterThanOrEqualTo(0);
  }
}
