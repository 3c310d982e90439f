package io.github.briefings.jackson;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.briefings.fixtures.SeedBriefings;
import io.github.briefings.model.Briefing;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * The seed briefings' JSON, written by the module and checked in as test resources
 * ({@code io/github/briefings/seed/}) for the examples module to reuse.
 */
class SeedJsonTest {
  static String resource(String name) throws IOException {
    try (InputStream in = SeedJsonTest.class.getResourceAsStream("/io/github/briefings/seed/" + name)) {
      if (in == null) {
        throw new IOException("missing test resource " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  @Test
  void theCheckedInApril11JsonReadsBackEqualToTheJavaFixture() throws IOException {
    Briefing read = ModuleTestBase.mapper().readValue(resource("kz-2022-04-11.json"), Briefing.class);
    assertThat(read).isEqualTo(SeedBriefings.april11());
  }

  @Test
  void theCheckedInApril25JsonReadsBackEqualToTheJavaFixture() throws IOException {
    Briefing read = ModuleTestBase.mapper().readValue(resource("kz-2022-04-25.json"), Briefing.class);
    assertThat(read).isEqualTo(SeedBriefings.april25());
  }

  /**
   * Run with {@code -Dbriefings.writeSeedJson=true} after changing the fixtures or the format to
   * write the resources again; review the diff before committing it.
   */
  @Test
  void theModuleWritesTheCheckedInJsonByteForByte() throws IOException {
    if (Boolean.getBoolean("briefings.writeSeedJson")) {
      java.nio.file.Path dir = java.nio.file.Path.of("src/test/resources/io/github/briefings/seed");
      java.nio.file.Files.writeString(dir.resolve("kz-2022-04-11.json"),
          ModuleTestBase.mapper().writeValueAsString(SeedBriefings.april11()) + "\n");
      java.nio.file.Files.writeString(dir.resolve("kz-2022-04-25.json"),
          ModuleTestBase.mapper().writeValueAsString(SeedBriefings.april25()) + "\n");
    }
    assertThat(ModuleTestBase.mapper().writeValueAsString(SeedBriefings.april11()) + "\n")
        .isEqualTo(resource("kz-2022-04-11.json"));
    assertThat(ModuleTestBase.mapper().writeValueAsString(SeedBriefings.april25()) + "\n")
        .isEqualTo(resource("kz-2022-04-25.json"));
  }

  /** Files of format version 1, as the module wrote them before version 2, still read to the same briefings. */
  @Test
  void version1FilesStillReadAndAreWrittenAsVersion2() throws IOException {
    for (String name : new String[] {"kz-2022-04-11.json", "kz-2022-04-25.json"}) {
      String v1;
      try (InputStream in = SeedJsonTest.class.getResourceAsStream("/io/github/briefings/jackson/v1/" + name)) {
        v1 = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      }
      assertThat(v1).contains("\"formatVersion\" : 1,");
      Briefing read = ModuleTestBase.mapper().readValue(v1, Briefing.class);
      assertThat(ModuleTestBase.mapper().writeValueAsString(read) + "\n").as(name).isEqualTo(resource(name))
          .contains("\"formatVersion\" : 2,");
    }
  }

  @Test
  void formatMdShowsTheSeedBriefingExactlyAsTheModuleWritesIt() throws IOException {
    String format = java.nio.file.Files.readString(java.nio.file.Path.of("../format/FORMAT.md"));
    assertThat(format).contains("```json\n" + resource("kz-2022-04-11.json") + "```");
    assertThat(format).contains(BriefingsModule.SCHEMA_RESOURCE);
  }
}
