package io.github.briefings.jackson3;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.briefings.fixtures.SeedBriefings;
import io.github.briefings.format.AmountRepresentation;
import io.github.briefings.model.Briefing;
import io.github.briefings.model.Count;
import io.github.briefings.money.Money;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.core.Versioned;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.json.JsonMapper;

/** What is the Jackson 3 module's own: discovery, version, the document contract, a serialized mapper. */
class ModuleTest {
  @Test
  void findAndAddModulesPicksTheModuleUp() {
    JsonMapper found = JsonMapper.builder().findAndAddModules().build();
    assertThat(found.registeredModules()).anySatisfy(m -> assertThat(m.getModuleName()).isEqualTo("briefings-jackson3"));
    assertThat(found.readValue("547", Count.class)).isEqualTo(Count.exactly(547));
  }

  @Test
  void theModuleReportsItsNameAndTheBuildsVersion() {
    BriefingsModule module = new BriefingsModule();
    assertThat(module.getModuleName()).isEqualTo("briefings-jackson3");
    assertThat(module.version().getArtifactId()).isEqualTo("briefings-jackson3");
    assertThat(module.version().getGroupId()).isEqualTo("io.github.briefings");
    assertThat(module.version().toString()).isEqualTo("0.1.0-SNAPSHOT");
    assertThat(new PackageVersion().version()).isEqualTo(module.version()).isSameAs(PackageVersion.VERSION);
    assertThat(module).isInstanceOf(Versioned.class);
    assertThat(module.withAmounts(AmountRepresentation.NUMBER).amounts()).isEqualTo(AmountRepresentation.NUMBER);
    assertThat(module.amounts()).as("options return new modules").isEqualTo(AmountRepresentation.STRING);
    assertThat(module.getRegistrationId()).isNotEqualTo(module.withAmounts(AmountRepresentation.NUMBER).getRegistrationId());
  }

  @Test
  void theDocumentNullAndContentAfterTheDocumentAreRefused() {
    JsonMapper mapper = Jackson3.mapper(new BriefingsModule());
    MismatchedInputException nul = catchThrowableOfType(MismatchedInputException.class,
        () -> mapper.readValue("null", Briefing.class));
    assertThat(nul.getOriginalMessage()).isEqualTo("at $: expected a document of type Briefing, found null");
    MismatchedInputException after = catchThrowableOfType(MismatchedInputException.class,
        () -> mapper.readValue("5 6", Count.class));
    assertThat(after.getOriginalMessage()).startsWith("at $: unexpected content after the document");
  }

  @Test
  void jsonDocumentsReportsWhatJacksonRefusesBeforeTheModuleIsAsked() throws Exception {
    JsonMapper mapper = Jackson3.mapper(new BriefingsModule());
    MismatchedInputException empty = catchThrowableOfType(MismatchedInputException.class,
        () -> JsonDocuments.read(mapper, new byte[0], Briefing.class));
    assertThat(empty.getOriginalMessage()).isEqualTo("at $: the document is empty");
    MismatchedInputException word = catchThrowableOfType(MismatchedInputException.class,
        () -> JsonDocuments.read(mapper, "xyz", Briefing.class));
    assertThat(word.getOriginalMessage()).startsWith("at $: malformed or oversized JSON: ");
    String seed = mapper.writeValueAsString(SeedBriefings.april11());
    assertThat(JsonDocuments.read(mapper, new ByteArrayInputStream(seed.getBytes(StandardCharsets.UTF_8)),
        Briefing.class)).isEqualTo(SeedBriefings.april11());
  }

  /** Engines such as Beam, Flink and Spark serialize the functions that hold a mapper. */
  @Test
  void aMapperThatWentThroughJavaSerializationWorksAsTheOriginal() throws Exception {
    for (BriefingsModule module : List.of(new BriefingsModule(), new BriefingsModule().withAmounts(AmountRepresentation.NUMBER))) {
      ObjectMapper original = JsonMapper.builder().addModule(module).build();
      Briefing seed = SeedBriefings.april11();
      String json = original.writeValueAsString(seed);
      original.readValue(json, Briefing.class); // codecs built and cached before the mapper is serialized
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
        out.writeObject(original);
      }
      ObjectMapper copy;
      try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
        copy = (ObjectMapper) in.readObject();
      }
      assertThat(copy.readValue(json, Briefing.class)).isEqualTo(seed);
      assertThat(copy.writeValueAsString(seed)).isEqualTo(json);
      assertThat(copy.writeValueAsString(Money.of("0.50", "USD")))
          .isEqualTo(original.writeValueAsString(Money.of("0.50", "USD")));
      MismatchedInputException e = catchThrowableOfType(MismatchedInputException.class,
          () -> copy.readValue("{}", Briefing.class));
      assertThat(e.getOriginalMessage()).startsWith("at $: ");
    }
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
