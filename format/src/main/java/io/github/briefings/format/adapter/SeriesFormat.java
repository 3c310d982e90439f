package io.github.briefings.format.adapter;

import io.github.briefings.format.JsonFormat;
import io.github.briefings.model.Briefing;
import io.github.briefings.series.BriefingDiff;
import io.github.briefings.series.BriefingSeries;
import io.github.briefings.series.MeasureChange;
import java.io.IOException;
import java.util.List;

/** The series types (package {@code io.github.briefings.series}): series, and diffs, which are written only. */
final class SeriesFormat {
  private SeriesFormat() {}

  static ObjectFormat<BriefingSeries> series(ObjectFormat<Briefing> briefing) {
    Property<BriefingSeries, Integer> version = ModelFormat.formatVersionProperty();
    Property<BriefingSeries, List<Briefing>> briefings = Property.nullable("briefings",
        Json.listOf("briefings", briefing), Json.arrayOf(briefing), BriefingSeries::briefings);
    return new ObjectFormat<>("a series", List.of(version, briefings),
        "a series needs \"formatVersion\": " + JsonFormat.FORMAT_VERSION,
        values -> BriefingSeries.of(values.find(briefings).orElse(List.of())));
  }

  /** Writes a diff; diffs are derived from briefings and are not read back. */
  static void writeDiff(JsonOut out, BriefingDiff d) throws IOException {
    out.startObject();
    writeSide(out, "earlier", d.earlier());
    writeSide(out, "later", d.later());
    out.name("changes");
    out.startArray();
    for (MeasureChange m : d.changes()) {
      out.startObject();
      field(out, "path", m.measure().path());
      field(out, "unit", m.measure().unit().name());
      field(out, "kind", m.measure().kind().name());
      field(out, "status", m.status().name());
      if (m.earlier().isPresent()) {
        out.name("earlier");
        ModelFormat.writeCount(out, m.earlier().get());
      }
      if (m.later().isPresent()) {
        out.name("later");
        ModelFormat.writeCount(out, m.later().get());
      }
      if (m.change().isPresent()) {
        out.name("change");
        out.number(m.change().getAsLong());
      }
      out.endObject();
    }
    out.endArray();
    out.endObject();
  }

  private static void writeSide(JsonOut out, String name, Briefing b) throws IOException {
    out.name(name);
    out.startObject();
    field(out, "id", b.id());
    field(out, "date", b.date().toString());
    out.endObject();
  }

  private static void field(JsonOut out, String name, String value) throws IOException {
    out.name(name);
    out.string(value);
  }
}
