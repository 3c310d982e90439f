package io.github.briefings.examples.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.briefings.model.Briefing;
import io.github.briefings.model.Count;
import io.github.briefings.model.Speaker;
import io.github.briefings.model.Tolerance;
import io.github.briefings.series.BriefingSeries;
import io.github.briefings.series.Measure;
import io.github.briefings.series.Observation;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalLong;
import java.util.stream.Collectors;

/**
 * The figures of briefings in tidy long form: one row per statement of a figure, the briefing's
 * figures together and in the order the series names its measures, taken from each investigation's
 * {@link BriefingSeries#observations()}. Written as CSV (RFC 4180) or as JSON Lines.
 */
final class TidyRows {
  /** The columns, in order. */
  static final List<String> COLUMNS = List.of("briefing", "date", "asOf", "investigation", "section", "measure",
      "scope", "unit", "qualifier", "value", "low", "high", "wording", "speaker", "source");

  private TidyRows() {}

  /** One row; {@code low} and {@code high} are the bounds the figure allows under the tolerance (high empty: none). */
  record Row(Briefing briefing, Measure measure, Count statement, OptionalLong low, OptionalLong high) {
    /** The row's cells in column order, as text; absent values are empty. */
    List<String> cells() {
      Count c = statement;
      return List.of(briefing.id(), briefing.date().toString(), c.asOf().map(Object::toString).orElse(""),
          briefing.investigation().id(), measure.section(), measure.figure(), measure.scope(),
          measure.unit().name().toLowerCase(Locale.ROOT), c.qualifier().name(), Long.toString(c.value()),
          text(low), text(high), c.statedAs().orElse(""), speaker(), source());
    }

    /** The speaker the statement is attributed to, by name (or organisation), if any. */
    String speaker() {
      return statement.attribution().flatMap(briefing::speaker).map(TidyRows::name).orElse("");
    }

    /** The briefing's sources, each by its address or title, separated by {@code "; "}. */
    String source() {
      return briefing.sources().stream().map(s -> s.url().map(Object::toString).orElse(s.title()))
          .collect(Collectors.joining("; "));
    }
  }

  private static String name(Speaker s) {
    return s.name().orElse(s.organisation());
  }

  private static String text(OptionalLong v) {
    return v.isPresent() ? Long.toString(v.getAsLong()) : "";
  }

  /**
   * Returns the rows of the briefings, investigation by investigation (in the order first met), each
   * briefing's rows in date order.
   *
   * @throws IllegalArgumentException if two briefings of one investigation have one id
   */
  static List<Row> of(List<Briefing> briefings, Tolerance tolerance) {
    Map<String, List<Briefing>> byInvestigation = new LinkedHashMap<>();
    briefings.forEach(b -> byInvestigation.computeIfAbsent(b.investigation().id(), k -> new ArrayList<>()).add(b));
    List<Row> rows = new ArrayList<>();
    for (List<Briefing> group : byInvestigation.values()) {
      BriefingSeries series = BriefingSeries.of(group);
      Map<Briefing, List<Row>> byBriefing = new IdentityHashMap<>();
      for (Map.Entry<Measure, List<Observation>> e : series.observations().entrySet()) {
        for (Observation o : e.getValue()) {
          List<Row> own = byBriefing.computeIfAbsent(o.briefing(), k -> new ArrayList<>());
          for (Count statement : o.count().statements()) {
            own.add(new Row(o.briefing(), e.getKey(), statement, OptionalLong.of(statement.lowerBound(tolerance)),
                statement.upperBound(tolerance)));
          }
        }
      }
      series.briefings().forEach(b -> rows.addAll(byBriefing.getOrDefault(b, List.of())));
    }
    return rows;
  }

  /** Writes the rows as CSV: a header, then a record per row, CRLF after each, as RFC 4180 has it. */
  static void csv(Writer out, List<Row> rows) {
    try {
      record(out, COLUMNS);
      for (Row row : rows) {
        record(out, row.cells());
      }
      out.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void record(Writer out, List<String> cells) throws IOException {
    for (int i = 0; i < cells.size(); i++) {
      if (i > 0) {
        out.write(',');
      }
      out.write(field(cells.get(i)));
    }
    out.write("\r\n");
  }

  /** A field, in double quotes (each inner quote doubled) when it holds a comma, a quote or a line break. */
  static String field(String text) {
    if (text.indexOf(',') < 0 && text.indexOf('"') < 0 && text.indexOf('\n') < 0 && text.indexOf('\r') < 0) {
      return text;
    }
    return '"' + text.replace("\"", "\"\"") + '"';
  }

  /** Writes the rows as JSON Lines: an object per row with the columns as keys, numbers as numbers, absent values null. */
  static void jsonl(Writer out, List<Row> rows) {
    try {
      for (Row row : rows) {
        ObjectNode node = Inputs.mapper().createObjectNode();
        List<String> cells = row.cells();
        for (int i = 0; i < COLUMNS.size(); i++) {
          String column = COLUMNS.get(i);
          String cell = cells.get(i);
          if (cell.isEmpty()) {
            node.putNull(column);
          } else if (column.equals("value") || column.equals("low") || column.equals("high")) {
            node.put(column, Long.parseLong(cell));
          } else {
            node.put(column, cell);
          }
        }
        out.write(node.toString());
        out.write('\n');
      }
      out.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
