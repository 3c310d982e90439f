package io.github.briefings.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs the shaded jar as a user does, in a JVM of its own: its output and its exit codes. */
class ToolJarIT {
  private static final Path JAR = Path.of("target/briefings.jar");
  private static final Path SEED = Path.of("../format/src/test/resources/io/github/briefings/seed");

  @TempDir
  Path dir;

  record Run(int code, String out, String err) {}

  private Run java(String... args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-jar", JAR.toString()));
    command.addAll(List.of(args));
    Process p = new ProcessBuilder(command).redirectOutput(dir.resolve("out").toFile())
        .redirectError(dir.resolve("err").toFile()).start();
    assertThat(p.waitFor(60, TimeUnit.SECONDS)).as("the tool finishes").isTrue();
    return new Run(p.exitValue(), Files.readString(dir.resolve("out"), StandardCharsets.UTF_8),
        Files.readString(dir.resolve("err"), StandardCharsets.UTF_8));
  }

  @Test
  void validateExitsWithZeroOneOrTwo() throws Exception {
    Run ok = java("validate");
    assertThat(ok.code()).isZero();
    assertThat(ok.out()).endsWith("0 errors, 1 warning, 0 info\n");
    Run error = java("validate", "--severity", "detention.custody-and-released-within-suspects=ERROR");
    assertThat(error.code()).isEqualTo(1);
    assertThat(error.out()).endsWith("1 error, 0 warnings, 0 info\n");
    Run missing = java("validate", "nowhere.json");
    assertThat(missing.code()).isEqualTo(2);
    assertThat(missing.err()).isEqualTo("nowhere.json: no such file\n");
  }

  @Test
  void reportAndExportWriteTheirFiles() throws Exception {
    Path page = dir.resolve("report.html");
    Run report = java("report", "-o", page.toString(), SEED.resolve("kz-2022-04-11.json").toString(),
        SEED.resolve("kz-2022-04-25.json").toString());
    assertThat(report.code()).as(report.err()).isZero();
    assertThat(report.out()).isEqualTo("wrote " + page + ": 2 briefings, 31 measures\n");
    assertThat(Files.readString(page, StandardCharsets.UTF_8)).startsWith("<!DOCTYPE html>").contains("<svg class=\"chart\"");
    Run export = java("export", "--format", "jsonl", SEED.resolve("kz-2022-04-11.json").toString());
    assertThat(export.code()).as(export.err()).isZero();
    assertThat(export.out().lines()).isNotEmpty().allMatch(line -> line.startsWith("{\"briefing\":\"kz-2022-04-11\","));
  }

  @Test
  void seriesPrintsWhatWasFoundThenWhatChanged() throws Exception {
    Run r = java("series", "--example-rules", SEED.resolve("kz-2022-04-25.json").toString(),
        SEED.resolve("kz-2022-04-11.json").toString());
    assertThat(r.code()).isZero();
    assertThat(r.err()).isEmpty();
    assertThat(r.out()).startsWith("Series of 2 briefings on ").contains("No findings.\n")
        .containsPattern("CHANGED +detention\\[mass-riots\\]\\.convicted +PERSONS +168 +243 +\\+75\n");
    // the examples' rules are in the jar's merged services, and run when asked for
    assertThat(java("rules", "--example-rules").out()).contains("examples.convictions-cite-evidence")
        .contains("examples.briefings-at-most-30-days-apart");
  }

  @Test
  void jsonLinesNameTheLineOfAProblem() throws Exception {
    Path lines = dir.resolve("briefings.jsonl");
    Files.writeString(lines, "{\"formatVersion\":9}\n");
    Run r = java("validate", "--format", "jsonl", lines.toString());
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).isEqualTo(lines + ":1: at $.formatVersion: unsupported formatVersion 9; this reader knows"
        + " versions 1 to 2\n");
    assertThat(r.out()).startsWith("{\"file\":").contains("\"line\":1").contains("\"error\":");
  }

  @Test
  void helpAndCompletionWork() throws Exception {
    assertThat(java("help", "validate").out()).startsWith("Usage: briefings validate");
    Run completion = java("generate-completion");
    assertThat(completion.code()).isZero();
    assertThat(completion.out()).contains("complete -F _complete_briefings");
  }
}
