package io.github.briefings.format.adapter;

import static io.github.briefings.format.adapter.Property.flag;
import static io.github.briefings.format.adapter.Property.list;
import static io.github.briefings.format.adapter.Property.nullable;
import static io.github.briefings.format.adapter.Property.nullableText;
import static io.github.briefings.format.adapter.Property.optionalText;
import static io.github.briefings.format.adapter.Property.required;
import static io.github.briefings.format.adapter.Property.text;

import io.github.briefings.format.JsonFormat;
import io.github.briefings.model.OwnMeasure;
import io.github.briefings.validation.Declarations;
import io.github.briefings.validation.Finding;
import io.github.briefings.validation.Relation;
import io.github.briefings.validation.Severity;
import io.github.briefings.validation.ValidationReport;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The validation types (package {@code io.github.briefings.validation}): findings and reports, read
 * back only when the summary matches; relations and declarations files.
 */
final class ValidationFormat {
  private ValidationFormat() {}

  private static final EnumFormat<Severity> SEVERITY = new EnumFormat<>(Severity.class);

  static final ObjectFormat<Finding> FINDING;

  static {
    Property<Finding, String> ruleId = text("ruleId", Finding::ruleId);
    Property<Finding, Severity> severity = required("severity", SEVERITY, SEVERITY, Finding::severity);
    Property<Finding, String> path = text("path", Finding::path);
    Property<Finding, String> message = text("message", Finding::message);
    Property<Finding, Map<String, String>> values = nullable("values", ValidationFormat::readValues,
        ValidationFormat::writeValues, Finding::values);
    Property<Finding, Boolean> undetermined = flag("undetermined", Finding::undetermined);
    FINDING = new ObjectFormat<>("a finding", List.of(ruleId, severity, path, message, values, undetermined),
        read -> new Finding(read.get(ruleId), read.get(severity), read.get(path), read.get(message),
            read.find(values).orElse(Map.of()), read.find(undetermined).orElse(false)));
  }

  private static Map<String, String> readValues(JsonIn in) throws IOException {
    Map<String, String> values = new LinkedHashMap<>();
    Json.object(in, "the values of a finding", key -> values.put(key, Json.string(in)));
    return values;
  }

  private static void writeValues(JsonOut out, Map<String, String> values) throws IOException {
    out.startObject();
    for (Map.Entry<String, String> e : values.entrySet()) {
      out.name(e.getKey());
      out.string(e.getValue());
    }
    out.endObject();
  }

  static final ObjectFormat<ValidationReport> REPORT;

  static {
    Property<ValidationReport, List<Finding>> findings = nullable("findings",
        Json.listOf("findings", FINDING), Json.arrayOf(FINDING), ValidationReport::findings);
    Property<ValidationReport, String> summary = nullableText("summary", ValidationReport::summary);
    REPORT = new ObjectFormat<>("a validation report", List.of(findings, summary), values -> {
      ValidationReport report = ValidationReport.of(values.find(findings).orElse(List.of()));
      if (values.has(summary) && !values.get(summary).equals(report.summary())) {
        values.fail("the summary \"" + values.get(summary) + "\" does not match the findings, which give \""
            + report.summary() + "\"");
      }
      return report;
    });
  }

  private static final Writer<List<String>> NAMES = Json.arrayOf(Json.STRING);

  static final ObjectFormat<Relation> RELATION;

  static {
    Property<Relation, String> id = text("id", Relation::id);
    Property<Relation, Severity> severity = nullable("severity", SEVERITY, SEVERITY, Relation::severity);
    Property<Relation, String> description = nullableText("description", Relation::description);
    Property<Relation, String> section = text("section", Relation::section);
    Property<Relation, List<String>> left = required("left", Json.listOf("figure names", Json::string), NAMES,
        Relation::left);
    EnumFormat<Relation.Comparison> comparisons = new EnumFormat<>(Relation.Comparison.class);
    Property<Relation, Relation.Comparison> comparison = required("comparison", comparisons, comparisons,
        Relation::comparison);
    Property<Relation, List<String>> right = required("right", Json.listOf("figure names", Json::string), NAMES,
        Relation::right);
    Property<Relation, Boolean> toParent = flag("toParent", Relation::toParent);
    Property<Relation, Boolean> whenAllStated = flag("whenAllStated", Relation::whenAllStated);
    Property<Relation, String> reportAt = optionalText("reportAt", Relation::reportAt);
    RELATION = new ObjectFormat<>("a relation",
        List.of(id, severity, description, section, left, comparison, right, toParent, whenAllStated, reportAt),
        values -> {
          Relation.Builder b = Relation.builder(values.get(id)).in(values.get(section));
          values.ifPresent(severity, b, Relation.Builder::severity);
          values.ifPresent(description, b, Relation.Builder::description);
          b.sumOf(values.get(left).toArray(new String[0]));
          if (values.find(toParent).orElse(false)) {
            b.toParent();
          }
          if (values.find(whenAllStated).orElse(false)) {
            b.whenAllStated();
          }
          values.ifPresent(reportAt, b, Relation.Builder::reportAt);
          return b.compare(values.get(comparison), values.get(right));
        });
  }

  /** Reads a {@code declarationsVersion}, refusing any but {@value JsonFormat#DECLARATIONS_VERSION}. */
  private static int declarationsVersion(JsonIn in) throws IOException {
    int version = Json.integer(in);
    if (version != JsonFormat.DECLARATIONS_VERSION) {
      in.fail("unsupported declarationsVersion " + version + "; this reader knows version "
          + JsonFormat.DECLARATIONS_VERSION);
    }
    return version;
  }

  static final ObjectFormat<Declarations> DECLARATIONS;

  static {
    Property<Declarations, Integer> version = required("declarationsVersion", ValidationFormat::declarationsVersion,
        Json.INT, d -> JsonFormat.DECLARATIONS_VERSION);
    Property<Declarations, List<OwnMeasure>> measures = list("measures", "measures", OwnFormat.MEASURE,
        OwnFormat.MEASURE, Declarations::measures);
    Property<Declarations, List<Relation>> relations = list("relations", "relations", RELATION, RELATION,
        Declarations::relations);
    DECLARATIONS = new ObjectFormat<>("declarations", List.of(version, measures, relations),
        "declarations need \"declarationsVersion\": " + JsonFormat.DECLARATIONS_VERSION,
        values -> Declarations.of(values.find(measures).orElse(List.of()), values.find(relations).orElse(List.of())));
  }
}
