package io.github.briefings.beam;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import io.github.briefings.jackson.JsonDocuments;
import io.github.briefings.model.Briefing;
import io.github.briefings.model.Count;
import io.github.briefings.model.DetentionStats;
import io.github.briefings.validation.Finding;
import io.github.briefings.validation.Validator;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.beam.runners.direct.DirectOptions;
import org.apache.beam.runners.direct.DirectRunner;
import org.apache.beam.sdk.options.PipelineOptionsFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The corpus pipeline on the direct runner, with its immutability and encodability checks on (they
 * catch coder and serialization mistakes), against a plain loop over the same file: the same
 * findings, the same summary, the same dead letters.
 */
class CorpusPipelineTest {
  private static final Path SEED = Path.of("../format/src/test/resources/io/github/briefings/seed");
  /** The corpus's size: 1,500 lines by default; {@code -Dcorpus.lines=100000} to measure (README). */
  private static final int LINES = Integer.getInteger("corpus.lines", 1_500);
  /** The direct runner's checks: on by default; {@code -Dcorpus.checks=false} to measure without them. */
  private static final boolean CHECKS = Boolean.parseBoolean(System.getProperty("corpus.checks", "true"));
  private static final List<String> BAD = List.of("{", "not json", "{\"formatVersion\": 9}", "[]", "null",
      "\u0000\u0001\u0002", "{\"id\": \"x\", \"date\": \"2022-13-45\"}", "42");

  @TempDir
  static Path dir;

  private static Path corpus;
  private static List<Integer> badLines;

  /** What the plain loop found. */
  private static final Map<String, Long> SUMMARY = new TreeMap<>();
  private static final List<String> FINDINGS = new ArrayList<>();
  private static final List<String> DEAD_LETTERS = new ArrayList<>();
  private static int briefings;
  private static long loopNanos;

  /** A corpus of the seed briefings varied: moved in time, without sources, with too few suspects; bad lines among them. */
  @BeforeAll
  static void writeTheCorpusAndLoopOverIt() throws Exception {
    ObjectMapper mapper = Json.mapper();
    List<Briefing> seeds = List.of(mapper.readValue(SEED.resolve("kz-2022-04-11.json").toFile(), Briefing.class),
        mapper.readValue(SEED.resolve("kz-2022-04-25.json").toFile(), Briefing.class));
    List<String> lines = new ArrayList<>();
    badLines = new ArrayList<>();
    for (int i = 0; i < LINES; i++) {
      if (i % 100 == 99) {
        lines.add("");
      }
      if (i % 50 == 17) {
        lines.add(BAD.get(i / 50 % BAD.size()));
        badLines.add(lines.size());
        continue;
      }
      Briefing seed = seeds.get(i % 2);
      Briefing.Builder b = Briefing.builder().from(seed).id("gen-" + i).date(seed.date().plusDays(i % 365));
      if (i % 3 == 0) {
        b.sources(List.of());
      }
      if (i % 7 == 0) {
        DetentionStats d = seed.detention().get(0);
        List<DetentionStats> detention = new ArrayList<>(seed.detention());
        detention.set(0, DetentionStats.builder().from(d).suspects(Count.exactly(100 + i % 13)).build());
        b.detention(detention);
      }
      lines.add(mapper.writeValueAsString(b.build()));
    }
    corpus = dir.resolve("corpus.jsonl");
    Files.write(corpus, lines, StandardCharsets.UTF_8);

    long start = System.nanoTime();
    Validator validator = CorpusRules.standardAndSourced().create();
    try (BufferedReader in = Files.newBufferedReader(corpus, StandardCharsets.UTF_8)) {
      int n = 0;
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        n++;
        if (line.isBlank()) {
          continue;
        }
        Briefing b;
        try {
          b = JsonDocuments.read(mapper, line, Briefing.class);
        } catch (MismatchedInputException e) {
          DEAD_LETTERS.add(n + " " + e.getOriginalMessage());
          continue;
        }
        briefings++;
        for (Finding f : validator.validate(b).findings()) {
          SUMMARY.merge(f.ruleId() + "," + f.severity(), 1L, Long::sum);
          FINDINGS.add(n + " " + b.id() + " " + f.ruleId() + " " + f.severity() + " " + f.path() + " " + f.message());
        }
      }
    }
    loopNanos = System.nanoTime() - start;
  }

  private static List<JsonNode> jsonLines(Path out, String prefix) throws IOException {
    ObjectMapper mapper = new ObjectMapper();
    List<JsonNode> nodes = new ArrayList<>();
    try (Stream<Path> files = Files.list(out)) {
      for (Path f : files.filter(p -> p.getFileName().toString().startsWith(prefix)).collect(Collectors.toList())) {
        for (String line : Files.readAllLines(f, StandardCharsets.UTF_8)) {
          nodes.add(mapper.readTree(line));
        }
      }
    }
    return nodes;
  }

  @Test
  void theDirectRunnerFindsWhatAPlainLoopFinds() throws Exception {
    assertThat(badLines).hasSize(LINES / 50);
    assertThat(DEAD_LETTERS).hasSize(badLines.size());
    assertThat(SUMMARY).containsKeys("corpus.briefing-has-source,WARNING",
        "detention.custody-within-suspects,ERROR");

    Path out = Files.createDirectories(dir.resolve("out"));
    CorpusPipeline.Options options = PipelineOptionsFactory.create().as(CorpusPipeline.Options.class);
    options.setRunner(DirectRunner.class);
    options.setInput(corpus.toString());
    options.setOutput(out + "/");
    DirectOptions direct = options.as(DirectOptions.class);
    direct.setEnforceImmutability(CHECKS);
    direct.setEnforceEncodability(CHECKS);
    assertThat(PipelineOptionsFactory.create().as(DirectOptions.class).isEnforceImmutability())
        .as("the immutability check is on by default").isTrue();
    assertThat(PipelineOptionsFactory.create().as(DirectOptions.class).isEnforceEncodability())
        .as("the encodability check is on by default").isTrue();
    long start = System.nanoTime();
    CorpusPipeline.build(options).run().waitUntilFinish();
    long pipelineNanos = System.nanoTime() - start;

    List<String> summary = Files.readAllLines(out.resolve("summary.csv"), StandardCharsets.UTF_8);
    assertThat(summary.get(0)).isEqualTo("ruleId,severity,count");
    assertThat(summary.subList(1, summary.size())).containsExactlyInAnyOrderElementsOf(
        SUMMARY.entrySet().stream().map(e -> e.getKey() + "," + e.getValue()).collect(Collectors.toList()));

    assertThat(jsonLines(out, "findings")).extracting(n -> n.get("line").asLong() + " " + n.get("briefing").asText() + " "
            + n.get("ruleId").asText() + " " + n.get("severity").asText() + " " + n.get("path").asText() + " "
            + n.get("message").asText())
        .containsExactlyInAnyOrderElementsOf(FINDINGS);
    List<JsonNode> letters = jsonLines(out, "dead-letters");
    assertThat(letters).extracting(n -> n.get("line").asLong() + " " + n.get("error").asText())
        .containsExactlyInAnyOrderElementsOf(DEAD_LETTERS);
    assertThat(letters).allSatisfy(n -> assertThat(n.get("file").asText()).endsWith("corpus.jsonl"));
    System.out.printf("corpus of %d lines (%d briefings, %d bad): plain loop %d ms, direct runner (checks %s) %d ms%n",
        LINES + LINES / 100, briefings, DEAD_LETTERS.size(), loopNanos / 1_000_000, CHECKS ? "on" : "off",
        pipelineNanos / 1_000_000);
  }
}
