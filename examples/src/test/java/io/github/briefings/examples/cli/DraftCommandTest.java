package io.github.briefings.examples.cli;

import static io.github.briefings.examples.cli.BriefingsCliTest.run;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.briefings.examples.Embedded;
import io.github.briefings.model.Briefing;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code briefings draft}: the seed's text drafted and validated, and every input it refuses, named. */
class DraftCommandTest {
  private static final Path SEED_TEXT = Path.of("../draft/src/test/resources/io/github/briefings/draft/2022-04-11-briefing.txt");

  @TempDir
  Path dir;

  @Test
  void theSeedTextDraftsToABriefingThatValidatesLikeTheSeed() throws Exception {
    Path text = dir.resolve("2022-04-11-briefing.txt");
    Files.copy(SEED_TEXT, text);
    BriefingsCliTest.Run r = run("draft", text.toString(), "--date", "2022-04-11", "--jurisdiction", "kz",
        "--investigation", "kz-january-2022-unrest");
    assertThat(r.code()).as(r.err()).isZero();
    Path draft = dir.resolve("2022-04-11-briefing.draft.json");
    assertThat(r.out()).contains("→ detention.inCustody (“under arrest” after it)  scope mass-riots (that of #3)  part of #3")
        .endsWith("27 figures, 0 unassigned; the draft is in " + draft + "\n");
    Briefing b = Embedded.mapper().readValue(draft.toFile(), Briefing.class);
    assertThat(b.id()).isEqualTo("2022-04-11-briefing-draft");
    assertThat(b.jurisdiction()).isEqualTo("KZ");
    assertThat(b.provisional()).isTrue();
    BriefingsCliTest.Run validated = run("validate", draft.toString());
    assertThat(validated.code()).isZero();
    assertThat(validated.out()).contains("detention[mass-riots].released  inCustody + released (269 + 315 = 584) exceeds suspects (547)")
        .endsWith("0 errors, 1 warning, 0 info\n");
  }

  @Test
  void everyDraftedFigureKeepsItsSpanAndValidateChecksItAgainstTheSource() throws Exception {
    Path text = dir.resolve("seed.txt");
    Files.copy(SEED_TEXT, text);
    Path draft = dir.resolve("seed.json");
    assertThat(run("draft", text.toString(), "--date", "2022-04-11", "--jurisdiction", "KZ", "-o", draft.toString())
        .code()).isZero();
    Briefing b = Embedded.mapper().readValue(draft.toFile(), Briefing.class);
    String source = Files.readString(text);
    String sha256 = io.github.briefings.draft.SourceCheck.sha256(Files.readAllBytes(text));
    assertThat(b.figures().values()).isNotEmpty().allSatisfy(c -> assertThat(c.span()).hasValueSatisfying(span -> {
      assertThat(span.source()).isEqualTo("seed.txt");
      assertThat(span.sha256()).isEqualTo(sha256);
      assertThat(span.quotedIn(source)).isTrue();
    }));
    assertThat(b.sources()).singleElement().satisfies(s -> assertThat(s.title()).isEqualTo("seed.txt"));
    BriefingsCliTest.Run checked = run("validate", "--source", text.toString(), draft.toString());
    assertThat(checked.code()).as(checked.out()).isZero();
    assertThat(checked.out()).doesNotContain("source.span-quotes-source");

    // a line added at the top moves every figure: each span is an error, and says where its quote went
    Files.writeString(text, "Added later.\n" + source);
    BriefingsCliTest.Run moved = run("validate", "--source", text.toString(), draft.toString());
    assertThat(moved.code()).isEqualTo(1);
    assertThat(moved.out()).contains("ERROR     source.span-quotes-source")
        .contains("seed.txt does not quote \"547\" at [1034, 1037); the quote and its context now stand at [1047, 1050)");
  }

  @Test
  void theReadmeShowsWhatDraftPrints() throws Exception {
    String readme = Files.readString(Path.of("../README.md"));
    int at = readme.indexOf("then where the draft is:\n\n```\n");
    assertThat(at).as("the README's draft output").isPositive();
    String shown = readme.substring(readme.indexOf("```\n", at) + 4, readme.indexOf("```", readme.indexOf("```\n", at) + 4));
    Path out = dir.resolve("seed.draft.json");
    BriefingsCliTest.Run r = run("draft", SEED_TEXT.toString(), "--jurisdiction", "KZ", "--investigation",
        "kz-january-2022-unrest", "-o", out.toString());
    assertThat(r.code()).isZero();
    List<String> lines = shown.lines().toList();
    assertThat(r.out().lines()).containsAll(lines.subList(0, lines.size() - 1));
    assertThat(lines.get(lines.size() - 1)).isEqualTo("27 figures, 0 unassigned; the draft is in seed.draft.json");
    assertThat(r.out()).endsWith("27 figures, 0 unassigned; the draft is in " + out + "\n");
  }

  @Test
  void theDateIsTheFirstTheTextGivesUnlessGiven() throws Exception {
    Path text = dir.resolve("seed.txt");
    Files.copy(SEED_TEXT, text);
    assertThat(run("draft", text.toString(), "--jurisdiction", "KZ").code()).isZero();
    assertThat(Embedded.mapper().readValue(dir.resolve("seed.draft.json").toFile(), Briefing.class).date())
        .isEqualTo(java.time.LocalDate.of(2022, 4, 11));
    assertThat(DraftCommand.firstDate("met on 31 April 2022, then on April 30, 2022")).contains(
        java.time.LocalDate.of(2022, 4, 30));
    Path undated = Files.writeString(dir.resolve("undated.txt"), "547 suspects.");
    BriefingsCliTest.Run r = run("draft", undated.toString(), "--jurisdiction", "KZ");
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).isEqualTo(undated + ": gives no date such as \"11 April 2022\": give the briefing's date with --date\n");
  }

  @Test
  void aFigureNoWordPlacesIsKeptUnassigned() throws Exception {
    Path text = dir.resolve("odd.txt");
    Files.writeString(text, "The committee met 14 times. About 300 suspects were questioned.");
    BriefingsCliTest.Run r = run("draft", text.toString(), "--date", "2022-04-11", "--jurisdiction", "KZ", "-o",
        dir.resolve("odd.json").toString());
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out()).contains("UNASSIGNED").contains("2 figures, 1 unassigned");
    Briefing b = Embedded.mapper().readValue(dir.resolve("odd.json").toFile(), Briefing.class);
    assertThat(b.ownFigures()).singleElement().satisfies(f -> {
      assertThat(f.measure()).isEqualTo("unassigned1");
      assertThat(f.count().value()).isEqualTo(14);
    });
    assertThat(b.detention().get(0).suspects()).hasValueSatisfying(c -> assertThat(c).hasToString("about 300"));
  }

  @Test
  void whatIsNoBriefingTextIsRefusedNamingTheFile() throws Exception {
    Path empty = Files.writeString(dir.resolve("empty.txt"), "  \n");
    Path binary = Files.write(dir.resolve("binary.txt"), new byte[] {'a', 0, 1, 2});
    Path latin1 = Files.write(dir.resolve("latin1.txt"), "Au total, 547 personnes arr\u00eat\u00e9es".getBytes(
        StandardCharsets.ISO_8859_1));
    Path huge = dir.resolve("huge.txt");
    try (RandomAccessFile f = new RandomAccessFile(huge.toFile(), "rw")) {
      f.setLength(100L * 1024 * 1024);
    }
    assertThat(refused(empty)).isEqualTo(empty + ": is empty: there is nothing to draft\n");
    assertThat(refused(binary)).isEqualTo(binary + ": holds binary data, not text\n");
    assertThat(refused(latin1)).isEqualTo(latin1 + ": is not UTF-8 text (save it as UTF-8 and draft it again)\n");
    assertThat(refused(huge)).isEqualTo(huge + ": is 100 MB; a briefing's text is at most 16 MB\n");
    assertThat(refused(dir.resolve("nowhere.txt"))).isEqualTo(dir.resolve("nowhere.txt") + ": no such file\n");
    assertThat(refused(dir)).isEqualTo(dir + ": is a directory, not a text file\n");
  }

  private String refused(Path file) {
    BriefingsCliTest.Run r = run("draft", file.toString(), "--date", "2022-04-11", "--jurisdiction", "KZ");
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.out()).isEmpty();
    return r.err();
  }
}
