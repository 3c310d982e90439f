package io.github.briefings.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.briefings.examples.Embedded;
import io.github.briefings.examples.cli.BriefingsCliTest.Run;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The policy options, rule plugins, JSON Lines, help and completion, run as a user runs the tool. */
class ToolOptionsTest {
  @TempDir
  Path dir;
  Path april11;
  Path april25;

  @BeforeEach
  void copySeeds() throws IOException {
    april11 = copy(Embedded.APRIL_11, "kz-2022-04-11.json");
    april25 = copy(Embedded.APRIL_25, "kz-2022-04-25.json");
  }

  private Path copy(String resource, String name) throws IOException {
    try (InputStream in = Embedded.class.getResourceAsStream(resource)) {
      Path file = dir.resolve(name);
      Files.write(file, in.readAllBytes());
      return file;
    }
  }

  private static Run run(String... args) {
    return BriefingsCliTest.run(args);
  }

  @Test
  void aRuleCanBeGivenAnotherSeverityOrSwitchedOff() {
    String rule = "detention.custody-and-released-within-suspects";
    Run error = run("validate", "--severity", rule + "=ERROR");
    assertThat(error.code()).isEqualTo(1);
    assertThat(error.out()).contains("ERROR     " + rule).contains("1 error, 0 warnings, 0 info");
    Run off = run("validate", "--disable", rule);
    assertThat(off.code()).isZero();
    assertThat(off.out()).contains("No findings.");
    Run unknown = run("validate", "--disable", "detention.no-such-rule");
    assertThat(unknown.code()).isEqualTo(2);
    assertThat(unknown.err()).isEqualTo("cannot disable detention.no-such-rule: no rule has that id (see 'briefings rules')\n");
    Run level = run("validate", "--severity", rule + "=FATAL");
    assertThat(level.code()).isEqualTo(2);
    assertThat(level.err()).startsWith("Invalid value for option '--severity'").endsWith("Try 'briefings validate --help'.\n");
  }

  /** A running total that falls by a little, as an approximate figure: the tolerance decides how sure the fall is. */
  @Test
  void seriesRulesTakeTheToleranceAndTheOverridesToo() throws IOException {
    Path about = dir.resolve("about.json");
    Files.writeString(about, Files.readString(april11).replace("\"value\" : 168,",
        "\"value\" : 300, \"qualifier\" : \"APPROXIMATELY\","));
    Path later = dir.resolve("later.json");
    Files.writeString(later, Files.readString(april25).replace("\"value\" : 243,", "\"value\" : 280,"));
    Run narrow = run("series", "--tolerance", "5", about.toString(), later.toString());
    assertThat(narrow.out()).as(narrow.err()).containsPattern("WARNING +series\\.cumulative-fall +detention\\[mass-riots\\]\\.convicted");
    Run wide = run("series", about.toString(), later.toString());
    assertThat(wide.out()).containsPattern("INFO +series\\.cumulative-fall +detention\\[mass-riots\\]\\.convicted")
        .contains("may have fallen");
    Run error = run("series", "--tolerance", "5", "--severity", "series.cumulative-fall=ERROR", about.toString(),
        later.toString());
    assertThat(error.code()).isEqualTo(1);
    assertThat(run("series", "--tolerance", "5", "--disable", "series.cumulative-fall", about.toString(),
        later.toString()).out()).doesNotContain("series.cumulative-fall");
    assertThat(run("series", "--tolerance", "101", about.toString()).err())
        .isEqualTo("--tolerance must be a percentage from 0 to 100: 101\n");
  }

  @Test
  void anEquivalentIsCheckedAgainstAnEarlierRateWithinTheDaysGivenAndSaysSo() throws IOException {
    Path rates = dir.resolve("rates.csv");
    Files.writeString(rates, "date,base,quote,rate,source\n2022-04-08,USD,KZT,444,nbk\n");
    Run exact = run("validate", "--rates", rates.toString(), "--rate-days", "0");
    assertThat(exact.out()).contains("no reference rate for KZT per USD on 2022-04-11 (exact date);"
        + " the equivalent was not checked");
    Run fallback = run("validate", "--rates", rates.toString(), "--rate-days", "3");
    assertThat(fallback.out()).contains("(the rate of 2022-04-08, a fallback: the latest within 3 days before 2022-04-11)");
  }

  @Test
  void aPluginJarAddsItsRulesAndTheExamplesRuleRunsOnlyWhenAskedFor() throws Exception {
    Path jar = plugin();
    Run r = run("validate", "--plugin", jar.toString(), april25.toString());
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.out()).contains("ERROR     plugin.always  briefing  a plugin's rule ran on kz-2022-04-25")
        .doesNotContain("examples.convictions-cite-evidence");
    assertThat(run("rules", "--plugin", jar.toString()).out()).contains("plugin.always");
    Run notAJar = run("validate", "--plugin", april11.toString());
    assertThat(notAJar.code()).isEqualTo(2);
    assertThat(notAJar.err()).startsWith(april11 + ": lists no rules (META-INF/services/");
    assertThat(run("validate", "--plugin", dir.resolve("none.jar").toString()).err())
        .isEqualTo(dir.resolve("none.jar") + ": no such file\n");
  }

  /** Compiles a rule provider that is nowhere on the tool's class path, and jars it with its service file. */
  private Path plugin() throws IOException {
    Path src = dir.resolve("src/acme/AlwaysRules.java");
    Files.createDirectories(src.getParent());
    Files.writeString(src, "package acme;\n"
        + "import io.github.briefings.validation.*;\n"
        + "public final class AlwaysRules implements RuleProvider {\n"
        + "  public java.util.List<Rule> rules() {\n"
        + "    return java.util.List.of(Rule.of(\"plugin.always\", Severity.ERROR, \"always reports\",\n"
        + "        (b, f) -> f.violated(\"briefing\", \"a plugin's rule ran on \" + b.id(), java.util.Map.of())));\n"
        + "  }\n"
        + "}\n");
    Path classes = dir.resolve("classes");
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    int compiled = javac.run(null, null, null, "-d", classes.toString(), "-cp", System.getProperty("java.class.path"),
        src.toString());
    assertThat(compiled).as("the plugin compiles").isZero();
    Path jar = dir.resolve("acme-rules.jar");
    try (OutputStream file = Files.newOutputStream(jar); JarOutputStream out = new JarOutputStream(file)) {
      out.putNextEntry(new JarEntry("acme/AlwaysRules.class"));
      out.write(Files.readAllBytes(classes.resolve("acme/AlwaysRules.class")));
      out.putNextEntry(new JarEntry("META-INF/services/io.github.briefings.validation.RuleProvider"));
      out.write("acme.AlwaysRules\n".getBytes(StandardCharsets.UTF_8));
    }
    return jar;
  }

  @Test
  void theExamplesSeriesRuleRunsWhenAskedFor() throws IOException {
    Path june = dir.resolve("june.json");
    Files.writeString(june, Files.readString(april25).replace("\"id\" : \"kz-2022-04-25\"", "\"id\" : \"kz-2022-06-30\"")
        .replace("\"date\" : \"2022-04-25\"", "\"date\" : \"2022-06-30\""));
    assertThat(run("series", april11.toString(), june.toString()).out())
        .doesNotContain("examples.briefings-at-most-30-days-apart");
    assertThat(run("series", "--example-rules", april11.toString(), june.toString()).out())
        .containsPattern("INFO +examples\\.briefings-at-most-30-days-apart +kz-2022-06-30 +no briefing for 80 days");
  }

  @Test
  void validateReadsJsonLinesAndWritesThem() throws Exception {
    String one = Inputs.mapper().writeValueAsString(Inputs.briefing(april11));
    String two = Inputs.mapper().writeValueAsString(Inputs.briefing(april25));
    Path lines = dir.resolve("briefings.jsonl");
    Files.writeString(lines, one.replace("\n", "") + "\n{\"formatVersion\":9}\n\n"
        + two.replace("\n", "") + "\n");
    Run r = run("validate", "--format", "jsonl", lines.toString());
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).isEqualTo(lines + ":2: at $.formatVersion: unsupported formatVersion 9; this reader knows versions 1 to 2\n");
    List<String> out = r.out().lines().toList();
    assertThat(out).hasSize(3);
    assertThat(Inputs.mapper().readTree(out.get(0)).path("line").asInt()).isEqualTo(1);
    assertThat(Inputs.mapper().readTree(out.get(0)).path("briefing").asText()).isEqualTo("kz-2022-04-11");
    assertThat(Inputs.mapper().readTree(out.get(1)).path("error").asText()).startsWith(lines + ":2: at $.formatVersion");
    assertThat(Inputs.mapper().readTree(out.get(2)).path("line").asInt()).isEqualTo(4);
    assertThat(Inputs.mapper().readTree(out.get(2)).path("report").path("summary").asText()).isNotEmpty();
    Path empty = dir.resolve("empty.jsonl");
    Files.writeString(empty, "\n\n");
    assertThat(run("validate", empty.toString()).err())
        .isEqualTo(empty + ": is empty: a JSON Lines file holds a briefing per line\n");
  }

  @Test
  void anEmptyFileSaysItIsEmpty() throws IOException {
    Path empty = dir.resolve("empty.json");
    Files.writeString(empty, "");
    Run r = run("validate", empty.toString());
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).isEqualTo(empty + ": at $: the document is empty\n");
  }

  @Test
  void helpAndCompletionAreCommands() {
    Run help = run("help", "series");
    assertThat(help.code()).isZero();
    assertThat(help.out()).startsWith("Usage: briefings series").contains("--tolerance=PERCENT", "--all");
    Run completion = run("generate-completion");
    assertThat(completion.code()).isZero();
    assertThat(completion.out()).contains("complete -F _complete_briefings").contains("validate").contains("series");
  }
}
