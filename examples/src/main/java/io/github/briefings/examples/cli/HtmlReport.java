package io.github.briefings.examples.cli;

import io.github.briefings.model.Briefing;
import io.github.briefings.model.Count;
import io.github.briefings.model.Figure;
import io.github.briefings.model.FigureKind;
import io.github.briefings.model.OwnMeasure;
import io.github.briefings.model.Scope;
import io.github.briefings.model.Section;
import io.github.briefings.model.StatedDate;
import io.github.briefings.model.Tolerance;
import io.github.briefings.series.Measure;
import io.github.briefings.series.Observation;
import io.github.briefings.validation.Finding;
import io.github.briefings.validation.Severity;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * A series as one self-contained HTML page: a summary, every finding, and for each measure a chart over
 * time (inline SVG, drawn here, so the page needs no script, font or file besides itself), the table of
 * its figures and the findings at them. Everything it shows comes from the library: the series'
 * {@link io.github.briefings.series.BriefingSeries#observations() observations}, the series rules'
 * findings and each briefing's validation.
 *
 * <p>A figure is drawn as what it allows: an exact value as a point, "more than" or "at least" as a
 * bar open upwards, "fewer than" or "at most" as a bar from zero, "about" as a band (the tolerance
 * either side) and a range as a span. A finding is a ring around the point it is about: a briefing's
 * finding at the figure its path names, a series finding at the later of the two figures it compares.
 * The markup carries what a test needs: {@code figure.measure[data-measure][data-figures]},
 * {@code g.point[data-briefing][data-cx][data-cy]} and {@code g.finding[data-briefing][data-cx][data-cy]}.
 */
final class HtmlReport {
  private static final int WIDTH = 640;
  private static final int HEIGHT = 220;
  private static final int LEFT = 70;
  private static final int RIGHT = WIDTH - 20;
  private static final int TOP = 14;
  private static final int BOTTOM = HEIGHT - 36;

  private final Analysis analysis;
  private final Tolerance tolerance;
  private final StringBuilder out = new StringBuilder(64 * 1024);
  private final LocalDate first;
  private final LocalDate last;
  /** Findings placed at a point, by measure path, then briefing id. */
  private final Map<String, Map<String, List<Finding>>> placed = new LinkedHashMap<>();
  /** Numbers of the findings, as the list of every finding gives them (two briefings may find equal findings). */
  private final Map<Finding, Integer> numbers = new IdentityHashMap<>();
  private int charts;

  private HtmlReport(Analysis analysis, Tolerance tolerance) {
    this.analysis = analysis;
    this.tolerance = tolerance;
    LocalDate from = null;
    LocalDate to = null;
    for (List<Observation> observations : analysis.series.observations().values()) {
      for (Observation o : observations) {
        from = from == null || o.date().first().isBefore(from) ? o.date().first() : from;
        to = to == null || o.date().last().isAfter(to) ? o.date().last() : to;
      }
    }
    LocalDate briefed = analysis.series.briefings().get(0).date();
    this.first = from == null ? briefed : from;
    this.last = to == null ? briefed : to;
  }

  /** Renders the page. */
  static String render(Analysis analysis, Tolerance tolerance) {
    HtmlReport report = new HtmlReport(analysis, tolerance);
    report.place();
    return report.page();
  }

  /** Numbers every finding, and ties each to the point it is about, when it is about one. */
  private void place() {
    Map<String, Map<String, Observation>> points = new LinkedHashMap<>();
    analysis.series.observations().forEach((m, list) -> {
      Map<String, Observation> byBriefing = new LinkedHashMap<>();
      list.forEach(o -> byBriefing.put(o.briefing().id(), o));
      points.put(m.path(), byBriefing);
    });
    analysis.reports.forEach((b, report) -> report.findings().forEach(f -> {
      numbers.put(f, numbers.size() + 1);
      placeAt(points, f, b.id());
    }));
    analysis.findings.findings().forEach(f -> {
      numbers.put(f, numbers.size() + 1);
      String later = f.values().get("laterBriefing");
      if (later != null) {
        placeAt(points, f, later);
      }
    });
  }

  private void placeAt(Map<String, Map<String, Observation>> points, Finding f, String briefing) {
    Map<String, Observation> byBriefing = points.get(f.path());
    if (byBriefing != null && byBriefing.containsKey(briefing)) {
      placed.computeIfAbsent(f.path(), k -> new LinkedHashMap<>()).computeIfAbsent(briefing, k -> new ArrayList<>()).add(f);
    }
  }

  private String page() {
    String title = analysis.series.investigation().title();
    out.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
        // nothing may be fetched: the page stands alone, and a test sees any attempt as a console error
        .append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        .append("<title>").append(esc(title)).append(" — briefings report</title>\n<style>\n").append(STYLE)
        .append("</style>\n</head>\n<body>\n");
    header(title);
    out.append("<main>\n");
    findings();
    measures();
    out.append("</main>\n<footer><p>Made by the briefings command-line tool from ")
        .append(analysis.series.briefings().size()).append(" briefing files. Figures are drawn as stated; the"
            + " tables hold the same data as the charts.</p></footer>\n</body>\n</html>\n");
    return out.toString();
  }

  private void header(String title) {
    List<Briefing> briefings = analysis.series.briefings();
    int errors = count(Severity.ERROR);
    int warnings = count(Severity.WARNING);
    int infos = count(Severity.INFO);
    out.append("<header>\n<p class=\"kicker\">Series report · ").append(esc(analysis.series.investigation().id()))
        .append("</p>\n<h1>").append(esc(title)).append("</h1>\n<dl class=\"summary\">\n")
        .append(term("Briefings", Integer.toString(briefings.size())))
        .append(term("Dates", briefings.get(0).date() + (briefings.size() == 1 ? ""
            : " to " + briefings.get(briefings.size() - 1).date())))
        .append(term("Measures", Integer.toString(analysis.series.observations().size())))
        .append("<div class=\"error\"><dt>Errors</dt><dd>").append(errors).append("</dd></div>\n")
        .append("<div class=\"warning\"><dt>Warnings</dt><dd>").append(warnings).append("</dd></div>\n")
        .append("<div class=\"info\"><dt>Information</dt><dd>").append(infos).append("</dd></div>\n")
        .append("</dl>\n<p>Briefings: ");
    for (int i = 0; i < briefings.size(); i++) {
      Briefing b = briefings.get(i);
      out.append(i == 0 ? "" : "; ").append("<b>").append(esc(b.id())).append("</b> of ").append(b.date())
          .append(b.venue().map(v -> ", " + esc(v)).orElse(""));
    }
    out.append(".</p>\n").append(LEGEND).append("</header>\n");
  }

  private int count(Severity severity) {
    return analysis.findings.count(severity)
        + analysis.reports.values().stream().mapToInt(r -> r.count(severity)).sum();
  }

  private static String term(String name, String value) {
    return "<div><dt>" + name + "</dt><dd>" + esc(value) + "</dd></div>\n";
  }

  /** Every finding, numbered, with where it is: a briefing's own, or the series'. */
  private void findings() {
    out.append("<section id=\"findings\">\n<h2>Findings</h2>\n");
    if (numbers.isEmpty()) {
      out.append("<p>Nothing was found: every figure agrees with the rules.</p>\n</section>\n");
      return;
    }
    out.append("<table class=\"findings\">\n<caption>Every finding, numbered as the charts mark them</caption>\n"
        + "<thead><tr><th scope=\"col\">#</th><th scope=\"col\">Severity</th><th scope=\"col\">In</th>"
        + "<th scope=\"col\">Rule</th><th scope=\"col\">Where</th><th scope=\"col\">Message</th></tr></thead>\n<tbody>\n");
    analysis.reports.forEach((b, report) -> report.findings().forEach(f -> findingRow(f, b.id())));
    analysis.findings.findings().forEach(f -> findingRow(f, "the series"));
    out.append("</tbody>\n</table>\n</section>\n");
  }

  private void findingRow(Finding f, String in) {
    out.append("<tr class=\"").append(severityClass(f.severity())).append("\"><td>").append(numbers.get(f))
        .append("</td><td>").append(severityName(f)).append("</td><td>").append(esc(in)).append("</td><td><code>")
        .append(esc(f.ruleId())).append("</code></td><td><code>").append(esc(f.path())).append("</code></td><td>")
        .append(esc(f.message())).append("</td></tr>\n");
  }

  private static String severityName(Finding f) {
    String name = f.severity().name().charAt(0) + f.severity().name().substring(1).toLowerCase(Locale.ROOT);
    return f.undetermined() ? name + " (undetermined)" : name;
  }

  private static String severityClass(Severity s) {
    return s.name().toLowerCase(Locale.ROOT);
  }

  /** A chart, a table and the findings of each measure, section by section. */
  private void measures() {
    Map<String, List<Measure>> bySection = new LinkedHashMap<>();
    analysis.series.observations().keySet().forEach(m -> bySection.computeIfAbsent(m.section(), k -> new ArrayList<>()).add(m));
    out.append("<nav aria-label=\"Sections\"><h2>Measures</h2><ul>\n");
    bySection.forEach((section, measures) -> out.append("<li><a href=\"#s-").append(esc(section)).append("\">")
        .append(esc(sectionTitle(section))).append("</a> (").append(measures.size()).append(")</li>\n"));
    out.append("</ul></nav>\n");
    bySection.forEach((section, measures) -> {
      out.append("<section id=\"s-").append(esc(section)).append("\">\n<h2>").append(esc(sectionTitle(section)))
          .append("</h2>\n");
      measures.forEach(this::measure);
      out.append("</section>\n");
    });
  }

  private static String sectionTitle(String section) {
    return capitalized(section.replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(Locale.ROOT));
  }

  private void measure(Measure m) {
    List<Observation> observations = analysis.series.observations().get(m);
    int id = ++charts;
    String label = capitalized(label(m, observations));
    String scope = scopeLabel(m, observations);
    out.append("<figure class=\"measure\" id=\"m").append(id).append("\" data-measure=\"").append(esc(m.path()))
        .append("\" data-figures=\"").append(observations.size()).append("\">\n<figcaption><h3>").append(esc(label))
        .append("</h3>\n<p><code>").append(esc(m.path())).append("</code> · ").append(esc(scope)).append(" · ")
        .append(m.unit().name().toLowerCase(Locale.ROOT)).append(" · ").append(kindText(m.kind()))
        .append("</p></figcaption>\n");
    chart(m, observations, id, label);
    table(m, observations, id, label);
    out.append("</figure>\n");
  }

  /** The figure's description from its declaration, or the label of a measure of one's own; the part after it. */
  private static String label(Measure m, List<Observation> observations) {
    String figure = m.figure();
    int bracket = figure.indexOf('[');
    String name = bracket < 0 ? figure : figure.substring(0, bracket);
    String part = bracket < 0 ? "" : " — " + figure.substring(bracket + 1, figure.length() - 1);
    for (Section<?, ?> s : Section.standard()) {
      if (s.name().equals(m.section())) {
        Optional<? extends Figure<?, ?>> f = s.figure(name);
        if (f.isPresent()) {
          return f.get().description() + part;
        }
      }
    }
    for (Observation o : observations) {
      Optional<OwnMeasure> own = o.briefing().ownMeasure(name);
      if (own.isPresent()) {
        return own.get().label() + part;
      }
    }
    return name + part;
  }

  private static String capitalized(String text) {
    return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
  }

  /** The scope's description, as the first briefing that states the measure gives it. */
  private static String scopeLabel(Measure m, List<Observation> observations) {
    if (m.scope().isEmpty()) {
      return "the whole investigation";
    }
    Briefing b = observations.get(0).briefing();
    for (Section<?, ?> s : Section.standard()) {
      if (s.name().equals(m.section())) {
        Optional<Scope> scope = scopeIn(s, b, m.scope());
        if (scope.isPresent()) {
          return scope.get().description() + " (" + m.scope() + ")";
        }
      }
    }
    return "scope " + m.scope();
  }

  private static <S> Optional<Scope> scopeIn(Section<S, ?> section, Briefing b, String key) {
    for (S record : section.records(b)) {
      if (section.key(record).filter(key::equals).isPresent()) {
        return section.scope(record);
      }
    }
    return Optional.empty();
  }

  private static String kindText(FigureKind kind) {
    switch (kind) {
      case CUMULATIVE:
        return "a running total (it should not fall)";
      case STOCK:
        return "a number at a time (it may rise and fall)";
      default:
        return "neither a running total nor a stock";
    }
  }

  private double x(LocalDate date) {
    long span = ChronoUnit.DAYS.between(first, last);
    if (span == 0) {
      return (LEFT + RIGHT) / 2.0;
    }
    return LEFT + 12 + (RIGHT - LEFT - 24) * (double) ChronoUnit.DAYS.between(first, date) / span;
  }

  /** The middle of the days a date may be. */
  private double x(StatedDate d) {
    return (x(d.first()) + x(d.last())) / 2;
  }

  private void chart(Measure m, List<Observation> observations, int id, String label) {
    long top = 1;
    for (Observation o : observations) {
      Count c = o.count();
      top = Math.max(top, c.value());
      OptionalLong high = c.upperBound(tolerance);
      if (high.isPresent()) {
        top = Math.max(top, high.getAsLong());
      }
    }
    long step = step(top);
    long max = (top / step + 1) * step;
    out.append("<svg class=\"chart\" viewBox=\"0 0 ").append(WIDTH).append(' ').append(HEIGHT)
        .append("\" role=\"img\" aria-labelledby=\"t").append(id).append(" d").append(id).append("\">\n<title id=\"t")
        .append(id).append("\">").append(esc(label)).append(" over time</title>\n<desc id=\"d").append(id).append("\">")
        .append(observations.size()).append(observations.size() == 1 ? " figure" : " figures").append(" from ")
        .append(observations.get(0).date()).append(" to ").append(observations.get(observations.size() - 1).date())
        .append("; the table below lists them.</desc>\n");
    // the axes: values from zero, dates across the whole series
    for (long v = 0; v <= max; v += step) {
      double y = y(v, max);
      out.append("<line class=\"grid\" x1=\"").append(LEFT).append("\" x2=\"").append(RIGHT).append("\" y1=\"")
          .append(fmt(y)).append("\" y2=\"").append(fmt(y)).append("\"/><text class=\"tick\" x=\"").append(LEFT - 6)
          .append("\" y=\"").append(fmt(y + 4)).append("\" text-anchor=\"end\">").append(String.format(Locale.ROOT, "%,d", v))
          .append("</text>\n");
    }
    List<LocalDate> dates = new ArrayList<>();
    analysis.series.briefings().forEach(b -> {
      if (!dates.contains(b.date())) {
        dates.add(b.date());
      }
    });
    for (LocalDate d : dates) {
      out.append("<text class=\"tick\" x=\"").append(fmt(x(d))).append("\" y=\"").append(BOTTOM + 18)
          .append("\" text-anchor=\"middle\">").append(d).append("</text>\n");
    }
    out.append("<line class=\"axis\" x1=\"").append(LEFT).append("\" x2=\"").append(RIGHT).append("\" y1=\"")
        .append(BOTTOM).append("\" y2=\"").append(BOTTOM).append("\"/>\n");
    Map<String, List<Finding>> here = placed.getOrDefault(m.path(), Map.of());
    if (observations.size() > 1) {
      // a faint line through the stated values, in date order, to follow the measure by eye
      out.append("<polyline class=\"trend\" points=\"");
      for (int i = 0; i < observations.size(); i++) {
        Observation o = observations.get(i);
        out.append(i == 0 ? "" : " ").append(fmt(x(o.date()))).append(',').append(fmt(y(o.count().value(), max)));
      }
      out.append("\"/>\n");
    }
    for (Observation o : observations) {
      point(o, max);
    }
    // the findings last, so that they lie over every figure
    for (Observation o : observations) {
      for (Finding f : here.getOrDefault(o.briefing().id(), List.of())) {
        double cx = x(o.date());
        double cy = y(o.count().value(), max);
        out.append("<g class=\"finding ").append(severityClass(f.severity())).append("\" data-rule=\"")
            .append(esc(f.ruleId())).append("\" data-briefing=\"").append(esc(o.briefing().id())).append("\" data-cx=\"")
            .append(fmt(cx)).append("\" data-cy=\"").append(fmt(cy)).append("\"><title>").append(numbers.get(f))
            .append(". ").append(esc(severityName(f))).append(": ").append(esc(f.message())).append("</title><circle cx=\"")
            .append(fmt(cx)).append("\" cy=\"").append(fmt(cy)).append("\" r=\"10\"/><text x=\"").append(fmt(cx + 12))
            .append("\" y=\"").append(fmt(cy - 8)).append("\">").append(numbers.get(f)).append("</text></g>\n");
      }
    }
    out.append("</svg>\n");
  }

  /** One figure, drawn as what it allows. */
  private void point(Observation o, long max) {
    Count c = o.count();
    double cx = x(o.date());
    double cy = y(c.value(), max);
    out.append("<g class=\"point ").append(c.qualifier().name().toLowerCase(Locale.ROOT).replace('_', '-'))
        .append("\" data-briefing=\"").append(esc(o.briefing().id())).append("\" data-date=\"").append(o.date())
        .append("\" data-cx=\"").append(fmt(cx)).append("\" data-cy=\"").append(fmt(cy)).append("\"><title>")
        .append(esc(hover(o))).append("</title>");
    if (o.date().precision() != StatedDate.Precision.DAY) {
      // a month or a year: the time it may be as of
      out.append("<line class=\"when\" x1=\"").append(fmt(x(o.date().first()))).append("\" x2=\"")
          .append(fmt(x(o.date().last()))).append("\" y1=\"").append(fmt(cy)).append("\" y2=\"").append(fmt(cy))
          .append("\"/>");
    }
    long low = c.lowerBound(tolerance);
    OptionalLong high = c.upperBound(tolerance);
    switch (c.qualifier()) {
      case AT_LEAST:
      case MORE_THAN:
        rect(cx - 6, TOP, 12, cy - TOP, "open");
        out.append("<path class=\"arrow\" d=\"M").append(fmt(cx - 7)).append(' ').append(TOP + 8).append(" L")
            .append(fmt(cx)).append(' ').append(TOP).append(" L").append(fmt(cx + 7)).append(' ').append(TOP + 8)
            .append("\"/>");
        circle(cx, cy, "bound");
        break;
      case AT_MOST:
      case FEWER_THAN:
        rect(cx - 6, cy, 12, BOTTOM - cy, "open");
        circle(cx, cy, "bound");
        break;
      case APPROXIMATELY:
        rect(cx - 9, y(high.orElse(c.value()), max), 18, y(low, max) - y(high.orElse(c.value()), max), "band");
        circle(cx, cy, "value");
        break;
      case RANGE:
        double yLow = y(low, max);
        double yHigh = y(high.orElse(low), max);
        out.append("<path class=\"span\" d=\"M").append(fmt(cx - 6)).append(' ').append(fmt(yHigh)).append(" H")
            .append(fmt(cx + 6)).append(" M").append(fmt(cx)).append(' ').append(fmt(yHigh)).append(" V").append(fmt(yLow))
            .append(" M").append(fmt(cx - 6)).append(' ').append(fmt(yLow)).append(" H").append(fmt(cx + 6)).append("\"/>");
        break;
      default:
        circle(cx, cy, "value");
    }
    out.append("</g>\n");
  }

  private void rect(double x, double y, double w, double h, String cls) {
    out.append("<rect class=\"").append(cls).append("\" x=\"").append(fmt(x)).append("\" y=\"").append(fmt(y))
        .append("\" width=\"").append(fmt(w)).append("\" height=\"").append(fmt(Math.max(h, 1))).append("\"/>");
  }

  private void circle(double cx, double cy, String cls) {
    out.append("<circle class=\"").append(cls).append("\" cx=\"").append(fmt(cx)).append("\" cy=\"").append(fmt(cy))
        .append("\" r=\"4.5\"/>");
  }

  /** What a figure shows on hover: the figure, its wording, its speaker and its source. */
  private static String hover(Observation o) {
    StringBuilder text = new StringBuilder(o.count().toString()).append(" — ").append(o.briefing().id()).append(", ")
        .append(o.date());
    wording(o).ifPresent(w -> text.append("\n“").append(w).append('”'));
    speaker(o).ifPresent(s -> text.append("\nSaid by ").append(s));
    source(o.briefing()).ifPresent(s -> text.append("\nSource: ").append(s));
    return text.toString();
  }

  private static Optional<String> wording(Observation o) {
    return o.count().statedAs();
  }

  private static Optional<String> speaker(Observation o) {
    return o.count().attribution().map(id -> o.briefing().speaker(id)
        .map(s -> s.name().map(n -> n + ", " + s.position().map(p -> p + ", ").orElse("") + s.organisation())
            .orElse(s.organisation()))
        .orElse(id));
  }

  private static Optional<String> source(Briefing b) {
    return b.sources().isEmpty() ? Optional.empty()
        : Optional.of(b.sources().get(0).url().map(Object::toString).orElse(b.sources().get(0).title()));
  }

  /** The chart's data as a table, with the findings at each figure. */
  private void table(Measure m, List<Observation> observations, int id, String label) {
    out.append("<table class=\"data\" aria-describedby=\"t").append(id).append("\">\n<caption>The figures of ")
        .append(esc(label)).append("</caption>\n<thead><tr><th scope=\"col\">As of</th><th scope=\"col\">Briefing</th>"
            + "<th scope=\"col\">Stated</th><th scope=\"col\">Allows</th><th scope=\"col\">Wording</th>"
            + "<th scope=\"col\">Speaker</th><th scope=\"col\">Source</th><th scope=\"col\">Findings</th></tr></thead>\n<tbody>\n");
    Map<String, List<Finding>> here = placed.getOrDefault(m.path(), Map.of());
    for (Observation o : observations) {
      Count c = o.count();
      OptionalLong high = c.upperBound(tolerance);
      String allows = c.lowerBound(tolerance) + (high.isPresent() ? (high.getAsLong() == c.lowerBound(tolerance) ? ""
          : " to " + high.getAsLong()) : " or more");
      out.append("<tr><td>").append(o.date()).append("</td><td>").append(esc(o.briefing().id())).append("</td><td>")
          .append(esc(c.toString())).append("</td><td>").append(esc(allows)).append("</td><td>")
          .append(esc(wording(o).orElse(""))).append("</td><td>").append(esc(speaker(o).orElse(""))).append("</td><td>");
      source(o.briefing()).ifPresent(s -> out.append(esc(s)));
      out.append("</td><td>");
      List<Finding> found = here.getOrDefault(o.briefing().id(), List.of());
      for (int i = 0; i < found.size(); i++) {
        Finding f = found.get(i);
        out.append(i == 0 ? "" : "<br>").append("<span class=\"").append(severityClass(f.severity())).append("\">")
            .append(numbers.get(f)).append(". ").append(esc(severityName(f))).append("</span> ").append(esc(f.message()));
      }
      out.append("</td></tr>\n");
    }
    out.append("</tbody>\n</table>\n");
  }

  private static double y(long value, long max) {
    return BOTTOM - (BOTTOM - TOP) * (double) value / max;
  }

  /** A step of 1, 2 or 5 times a power of ten that gives about four lines up to the top. */
  static long step(long top) {
    long step = 1;
    while (true) {
      for (long k : new long[] {1, 2, 5}) {
        if (top / (step * k) < 5) {
          return step * k;
        }
      }
      if (step > Long.MAX_VALUE / 100) {
        return step * 10;
      }
      step *= 10;
    }
  }

  private static String fmt(double v) {
    return String.format(Locale.ROOT, "%.1f", v);
  }

  /** Escapes text for HTML content and attribute values. */
  static String esc(String text) {
    StringBuilder s = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); i++) {
      char ch = text.charAt(i);
      switch (ch) {
        case '&':
          s.append("&amp;");
          break;
        case '<':
          s.append("&lt;");
          break;
        case '>':
          s.append("&gt;");
          break;
        case '"':
          s.append("&quot;");
          break;
        case '\'':
          s.append("&#39;");
          break;
        default:
          s.append(ch);
      }
    }
    return s.toString();
  }

  private static final String LEGEND = "<details class=\"legend\" open><summary>How to read the charts</summary>\n"
      + "<p>Each chart shows one measure over time: what the briefings state, drawn as what it allows.</p>\n"
      + "<ul>\n"
      + "<li><svg width=\"24\" height=\"24\" aria-hidden=\"true\"><circle class=\"value\" cx=\"12\" cy=\"12\" r=\"4.5\"/></svg>"
      + " an exact figure (“547”)</li>\n"
      + "<li><svg width=\"24\" height=\"24\" aria-hidden=\"true\"><rect class=\"open\" x=\"6\" y=\"1\" width=\"12\" height=\"11\"/>"
      + "<circle class=\"bound\" cx=\"12\" cy=\"12\" r=\"4.5\"/></svg> “more than” or “at least”: a bar open upwards</li>\n"
      + "<li><svg width=\"24\" height=\"24\" aria-hidden=\"true\"><rect class=\"open\" x=\"6\" y=\"12\" width=\"12\" height=\"11\"/>"
      + "<circle class=\"bound\" cx=\"12\" cy=\"12\" r=\"4.5\"/></svg> “fewer than” or “at most”: a bar from zero</li>\n"
      + "<li><svg width=\"24\" height=\"24\" aria-hidden=\"true\"><rect class=\"band\" x=\"3\" y=\"4\" width=\"18\" height=\"16\"/>"
      + "<circle class=\"value\" cx=\"12\" cy=\"12\" r=\"4.5\"/></svg> “about”: a band of the tolerance either side</li>\n"
      + "<li><svg width=\"24\" height=\"24\" aria-hidden=\"true\"><path class=\"span\" d=\"M6 3 H18 M12 3 V21 M6 21 H18\"/></svg>"
      + " a range (“between 20 and 30”)</li>\n"
      + "<li><svg width=\"24\" height=\"24\" aria-hidden=\"true\"><g class=\"finding warning\"><circle cx=\"12\" cy=\"12\" r=\"10\"/>"
      + "</g></svg> a finding at that figure, numbered as in the list of findings</li>\n"
      + "</ul>\n<p>Hover over a figure for its wording, speaker and source; the table under each chart lists the same.</p>\n"
      + "</details>\n";

  private static final String STYLE = String.join("\n",
      ":root { --ink: #1d2433; --muted: #5b6475; --line: #d5d9e0; --accent: #1f5fae; --error: #b3261e;"
          + " --warning: #b06000; --info: #2f6f4f; }",
      "body { font: 15px/1.5 system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif; color: var(--ink);"
          + " max-width: 980px; margin: 0 auto; padding: 24px; }",
      "h1 { font-size: 26px; margin: 4px 0 16px; } h2 { font-size: 20px; margin-top: 36px;"
          + " border-bottom: 1px solid var(--line); } h3 { font-size: 16px; margin: 0; }",
      ".kicker { color: var(--muted); margin: 0; text-transform: uppercase; letter-spacing: .06em; font-size: 12px; }",
      ".summary { display: flex; flex-wrap: wrap; gap: 12px; margin: 0 0 12px; }",
      ".summary div { border: 1px solid var(--line); border-radius: 6px; padding: 6px 12px; min-width: 90px; }",
      ".summary dt { font-size: 12px; color: var(--muted); } .summary dd { margin: 0; font-size: 20px; font-weight: 600; }",
      ".summary .error dd, span.error, tr.error td:nth-child(2) { color: var(--error); }",
      ".summary .warning dd, span.warning, tr.warning td:nth-child(2) { color: var(--warning); }",
      ".summary .info dd, span.info, tr.info td:nth-child(2) { color: var(--info); }",
      ".legend ul { list-style: none; padding: 0; columns: 2; } .legend li { display: flex; gap: 8px; align-items: center; }",
      "nav ul { columns: 3; padding-left: 18px; }",
      "figure.measure { margin: 24px 0 32px; break-inside: avoid; page-break-inside: avoid; }",
      "figcaption p { margin: 2px 0 6px; color: var(--muted); font-size: 13px; }",
      "svg.chart { width: 100%; height: auto; max-width: 640px; display: block; }",
      ".grid { stroke: var(--line); stroke-width: 1; } .axis { stroke: var(--muted); stroke-width: 1; }",
      ".tick { font-size: 11px; fill: var(--muted); }",
      ".value { fill: var(--accent); } .bound { fill: #fff; stroke: var(--accent); stroke-width: 2; }",
      ".open { fill: var(--accent); fill-opacity: .18; } .band { fill: var(--accent); fill-opacity: .25; }",
      ".arrow, .span, .when { fill: none; stroke: var(--accent); stroke-width: 2; }",
      ".trend { fill: none; stroke: var(--accent); stroke-opacity: .35; stroke-width: 1.5; stroke-dasharray: 4 3; }",
      ".finding circle { fill: none; stroke-width: 2.5; } .finding text { font-size: 11px; font-weight: 700; }",
      ".finding.error circle { stroke: var(--error); } .finding.error text { fill: var(--error); }",
      ".finding.warning circle { stroke: var(--warning); } .finding.warning text { fill: var(--warning); }",
      ".finding.info circle { stroke: var(--info); } .finding.info text { fill: var(--info); }",
      "table { border-collapse: collapse; width: 100%; font-size: 13px; margin: 8px 0; }",
      "caption { text-align: left; color: var(--muted); padding: 4px 0; }",
      "th, td { border-bottom: 1px solid var(--line); padding: 4px 6px; text-align: left; vertical-align: top; }",
      "code { font-size: 12px; } footer { color: var(--muted); font-size: 12px; margin-top: 40px; }",
      "@media print { nav, .legend summary { display: none; } body { max-width: none; padding: 0; }"
          + " h2 { break-after: avoid; } }",
      "");
}
