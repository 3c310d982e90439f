package io.github.briefings.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.briefings.examples.Embedded;
import io.github.briefings.model.Briefing;
import io.github.briefings.model.Count;
import io.github.briefings.model.DetentionStats;
import io.github.briefings.series.BriefingSeries;
import io.github.briefings.series.Measure;
import io.github.briefings.series.Observation;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Opens reports in headless Chromium (Debian's {@code chromium}, which {@code .ci/run} installs), as
 * a reader does from disk: the page loads without a console message (it runs no script, and its
 * content policy turns any fetch into one), each chart has as many points as the series has figures
 * of its measure, and each finding's marker stands on the point of the figure it is about. The
 * screenshots are left in {@code target/report/}.
 */
class ReportBrowserIT {
  private static final Path CHROMIUM = Path.of(System.getenv().getOrDefault("CHROMIUM", "/usr/bin/chromium"));
  private static final Path SEED = Path.of("../format/src/test/resources/io/github/briefings/seed");
  private static final Path OUT = Path.of("target/report");
  private static final Pattern FIGURE = Pattern.compile(
      "<figure class=\"measure\" id=\"[^\"]*\" data-measure=\"([^\"]*)\" data-figures=\"(\\d+)\">(.*?)</figure>", Pattern.DOTALL);
  private static final Pattern POINT = Pattern.compile(
      "<g class=\"point [^\"]*\" data-briefing=\"([^\"]*)\" data-date=\"[^\"]*\" data-cx=\"([^\"]*)\" data-cy=\"([^\"]*)\">");
  private static final Pattern FINDING = Pattern.compile(
      "<g class=\"finding [^\"]*\" data-rule=\"([^\"]*)\" data-briefing=\"([^\"]*)\" data-cx=\"([^\"]*)\" data-cy=\"([^\"]*)\">"
          + "<title>[^<]*</title><circle cx=\"([^\"]*)\" cy=\"([^\"]*)\"");

  @BeforeAll
  static void chromiumIsThere() throws IOException {
    Assumptions.assumeFalse(Boolean.getBoolean("browser.skip"), "-Dbrowser.skip");
    assertThat(Files.isExecutable(CHROMIUM))
        .as("%s: the report's browser test needs Debian's chromium (apt-get install chromium), as .ci/run installs it;"
            + " or set CHROMIUM to another Chromium", CHROMIUM).isTrue();
    Files.createDirectories(OUT);
  }

  record Browsed(String dom, List<String> console) {}

  /** Loads the page in a fresh headless Chromium and returns the DOM it built and what it logged to the console. */
  private static Browsed open(Path page, String screenshot) throws IOException, InterruptedException {
    Path profile = Files.createTempDirectory("chromium-profile");
    List<String> command = new ArrayList<>(List.of(CHROMIUM.toString(), "--headless", "--no-sandbox", "--disable-gpu",
        "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--hide-scrollbars", "--user-data-dir=" + profile, "--enable-logging=stderr", "--v=0"));
    if (screenshot != null) {
      command.addAll(List.of("--window-size=1000,2600", "--screenshot=" + OUT.resolve(screenshot).toAbsolutePath()));
    } else {
      command.add("--dump-dom");
    }
    command.add(page.toAbsolutePath().toUri().toString());
    Path stdout = Files.createTempFile("chromium", ".out");
    Path stderr = Files.createTempFile("chromium", ".err");
    Process p = new ProcessBuilder(command).redirectOutput(stdout.toFile()).redirectError(stderr.toFile()).start();
    assertThat(p.waitFor(90, TimeUnit.SECONDS)).as("Chromium finishes").isTrue();
    String err = Files.readString(stderr, StandardCharsets.UTF_8);
    assertThat(p.exitValue()).as(err).isZero();
    List<String> console = err.lines().filter(l -> l.contains(":CONSOLE")).collect(Collectors.toList());
    return new Browsed(Files.readString(stdout, StandardCharsets.UTF_8), console);
  }

  private static Path report(String name, Path... files) throws IOException {
    Path page = OUT.resolve(name);
    List<String> args = new ArrayList<>(List.of("report", "-o", page.toString()));
    for (Path f : files) {
      args.add(f.toString());
    }
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = BriefingsCli.run(new PrintWriter(out), new PrintWriter(err), args.toArray(new String[0]));
    assertThat(code).as(err.toString()).isIn(0, 1);
    return page;
  }

  /** Checks every chart of the page against the series it was made from, and returns the markers found. */
  private static int checkCharts(String dom, BriefingSeries series) {
    Map<String, List<Observation>> byPath = new HashMap<>();
    for (Map.Entry<Measure, List<Observation>> e : series.observations().entrySet()) {
      byPath.put(e.getKey().path(), e.getValue());
    }
    Matcher figure = FIGURE.matcher(dom);
    int charts = 0;
    int markers = 0;
    while (figure.find()) {
      charts++;
      String measure = figure.group(1);
      List<Observation> observations = byPath.get(measure);
      assertThat(observations).as("a measure of the series: %s", measure).isNotNull();
      Map<String, String> points = new HashMap<>();
      Matcher point = POINT.matcher(figure.group(3));
      while (point.find()) {
        points.put(point.group(1), point.group(2) + "," + point.group(3));
      }
      assertThat(points).as("the points of %s, one per figure", measure).hasSize(observations.size());
      assertThat(Integer.parseInt(figure.group(2))).isEqualTo(observations.size());
      assertThat(points.keySet()).containsExactlyInAnyOrderElementsOf(
          observations.stream().map(o -> o.briefing().id()).collect(Collectors.toList()));
      Matcher finding = FINDING.matcher(figure.group(3));
      while (finding.find()) {
        markers++;
        String at = finding.group(3) + "," + finding.group(4);
        assertThat(points.get(finding.group(2))).as("%s marks the figure of %s", finding.group(1), finding.group(2))
            .isEqualTo(at);
        assertThat(finding.group(5) + "," + finding.group(6)).as("the ring is drawn where the marker says").isEqualTo(at);
      }
    }
    assertThat(charts).as("a chart per measure").isEqualTo(series.observations().size());
    return markers;
  }

  @Test
  void theSeedReportLoadsCleanlyWithAPointPerFigureAndItsFindingMarked() throws Exception {
    Path a = SEED.resolve("kz-2022-04-11.json");
    Path b = SEED.resolve("kz-2022-04-25.json");
    Path page = report("seed-report.html", a, b);
    Browsed browsed = open(page, null);
    assertThat(browsed.console()).as("console messages").isEmpty();
    ObjectMapper mapper = Embedded.mapper();
    BriefingSeries series = BriefingSeries.of(List.of(mapper.readValue(a.toFile(), Briefing.class),
        mapper.readValue(b.toFile(), Briefing.class)));
    // the seed's one finding: more in custody and released than suspects, on 11 April
    assertThat(checkCharts(browsed.dom(), series)).isEqualTo(1);
    assertThat(browsed.dom()).contains("data-rule=\"detention.custody-and-released-within-suspects\" "
        + "data-briefing=\"kz-2022-04-11\"");
    assertThat(open(page, "seed-report.png").console()).isEmpty();
    assertThat(Files.size(OUT.resolve("seed-report.png"))).isGreaterThan(20_000);
  }

  @Test
  void aFallInARunningTotalIsMarkedAtTheLaterFigure() throws Exception {
    ObjectMapper mapper = Embedded.mapper();
    Briefing april25 = mapper.readValue(SEED.resolve("kz-2022-04-25.json").toFile(), Briefing.class);
    // a third briefing a month later, in which the convictions fell from 243 to 200
    DetentionStats riots = april25.detention().stream()
        .filter(d -> d.scope().map(s -> s.key().equals("mass-riots")).orElse(false)).findFirst().orElseThrow();
    List<DetentionStats> detention = new ArrayList<>(april25.detention());
    detention.set(detention.indexOf(riots), DetentionStats.builder().from(riots).convicted(Count.exactly(200)).build());
    Briefing may = Briefing.builder().from(april25).id("kz-2022-05-25").date(LocalDate.of(2022, 5, 25))
        .detention(detention).build();
    Path third = OUT.resolve("kz-2022-05-25.json");
    Files.writeString(third, mapper.writeValueAsString(may));
    Path page = report("fall-report.html", SEED.resolve("kz-2022-04-11.json"), SEED.resolve("kz-2022-04-25.json"), third);
    Browsed browsed = open(page, null);
    assertThat(browsed.console()).isEmpty();
    BriefingSeries series = BriefingSeries.of(List.of(mapper.readValue(SEED.resolve("kz-2022-04-11.json").toFile(),
        Briefing.class), april25, may));
    assertThat(checkCharts(browsed.dom(), series)).isEqualTo(2);
    assertThat(browsed.dom()).contains("data-rule=\"series.cumulative-fall\" data-briefing=\"kz-2022-05-25\"");
    open(page, "fall-report.png");
  }

  @Test
  void theHarnessSeesWhatAPageThatFetchesLogs() throws Exception {
    // what the checks above rely on: a page that tries to fetch is caught by its content policy and logged
    Path page = OUT.resolve("fetching.html");
    String report = Files.readString(report("one-briefing.html", SEED.resolve("kz-2022-04-11.json")));
    Files.writeString(page, report.replace("</main>", "<img src=\"https://example.org/x.png\" alt=\"\"></main>"));
    assertThat(open(page, null).console()).singleElement().asString().contains("Content Security Policy");
  }
}
