package io.github.briefings.format.suite;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.briefings.fixtures.SeedBriefings;
import io.github.briefings.format.JsonFormat;
import io.github.briefings.model.Briefing;
import org.junit.jupiter.api.Test;

/**
 * The seed briefings' JSON, written by the module and checked in as test resources
 * ({@code io/github/briefings/seed/}) for the examples module to reuse.
 */
public abstract class SeedJsonSuite extends FormatSuite {
  static String seed(String name) throws Exception {
    return resource("/io/github/briefings/seed/" + name);
  }

  @Test
  void theCheckedInApril11JsonReadsBackEqualToTheJavaFixture() throws Exception {
    Briefing read = read(seed("kz-2022-04-11.json"), Briefing.class);
    assertThat(read).isEqualTo(SeedBriefings.april11());
  }

  @Test
  void theCheckedInApril25JsonReadsBackEqualToTheJavaFixture() throws Exception {
    Briefing read = read(seed("kz-2022-04-25.json"), Briefing.class);
    assertThat(read).isEqualTo(SeedBriefings.april25());
  }

  /**
   * Run with {@code -Dbriefings.writeSeedJson=true} after changing the fixtures or the format to
   * write the resources again; review the diff before committing it.
   */
  @Test
  void theModuleWritesTheCheckedInJsonByteForByte() throws Exception {
    if (Boolean.getBoolean("briefings.writeSeedJson")) {
      java.nio.file.Path dir = java.nio.file.Path.of("../format/src/test/resources/io/github/briefings/seed");
      java.nio.file.Files.writeString(dir.resolve("kz-2022-04-11.json"),
          write(SeedBriefings.april11()) + "\n");
      java.nio.file.Files.writeString(dir.resolve("kz-2022-04-25.json"),
          write(SeedBriefings.april25()) + "\n");
    }
    assertThat(write(SeedBriefings.april11()) + "\n")
        .isEqualTo(seed("kz-2022-04-11.json"));
    assertThat(write(SeedBriefings.april25()) + "\n")
        .isEqualTo(seed("kz-2022-04-25.json"));
  }

  /** Files of format version 1, as the module wrote them before version 2, still read to the same briefings. */
  @Test
  void version1FilesStillReadAndAreWrittenAsVersion2() throws Exception {
    for (String name : new String[] {"kz-2022-04-11.json", "kz-2022-04-25.json"}) {
      String v1;
      v1 = resource("/io/github/briefings/format/v1/" + name);
      assertThat(v1).contains("\"formatVersion\" : 1,");
      Briefing read = read(v1, Briefing.class);
      assertThat(write(read) + "\n").as(name).isEqualTo(seed(name))
          .contains("\"formatVersion\" : 2,");
    }
  }

  @Test
  void formatMdShowsTheSeedBriefingExactlyAsTheModuleWritesIt() throws Exception {
    String format = formatMd();
    assertThat(format).contains("```json\n" + seed("kz-2022-04-11.json") + "```");
    assertThat(format).contains(JsonFormat.SCHEMA_RESOURCE);
  }
}
