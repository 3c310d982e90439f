package io.github.briefings.jackson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import com.fasterxml.jackson.databind.DatabindException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.briefings.fixtures.SeedBriefings;
import io.github.briefings.format.AmountRepresentation;
import io.github.briefings.model.Briefing;
import io.github.briefings.model.Count;
import io.github.briefings.money.Money;
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

  @Test
  void theRecommendedReadLimitsAreTheFormats() {
    var limits = BriefingsModule.recommendedReadConstraints();
    assertThat(limits.getMaxNestingDepth()).isEqualTo(io.github.briefings.format.adapter.Formats.MAX_NESTING_DEPTH);
    assertThat(limits.getMaxStringLength()).isEqualTo(io.github.briefings.format.adapter.Formats.MAX_STRING_LENGTH);
    assertThat(limits.getMaxNumberLength()).isEqualTo(io.github.briefings.format.adapter.Formats.MAX_NUMBER_LENGTH);
    assertThat(limits.getMaxNameLength()).isEqualTo(io.github.briefings.format.adapter.Formats.MAX_NAME_LENGTH);
    assertThat(limits.getMaxDocumentLength()).isEqualTo(io.github.briefings.format.adapter.Formats.MAX_DOCUMENT_LENGTH);
  }
}
