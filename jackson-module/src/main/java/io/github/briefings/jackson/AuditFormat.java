package io.github.briefings.jackson;

import static io.github.briefings.jackson.Json.bool;
import static io.github.briefings.jackson.Json.date;
import static io.github.briefings.jackson.Json.enumeration;
import static io.github.briefings.jackson.Json.fail;
import static io.github.briefings.jackson.Json.list;
import static io.github.briefings.jackson.Json.object;
import static io.github.briefings.jackson.Json.string;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import io.github.briefings.model.Briefing;
import io.github.briefings.money.Conversion;
import io.github.briefings.money.CurrencyConverter;
import io.github.briefings.money.ExchangeRate;
import io.github.briefings.money.Money;
import io.github.briefings.series.BriefingDiff;
import io.github.briefings.series.BriefingSeries;
import io.github.briefings.series.MeasureChange;
import io.github.briefings.validation.Severity;
import io.github.briefings.validation.ValidationReport;
import io.github.briefings.validation.Violation;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Reads and writes exchange rates, conversions, validation reports and series. */
final class AuditFormat {
  private final ModelFormat model;

  AuditFormat(ModelFormat model) {
    this.model = model;
  }

  // ---------------------------------------------------------------- rates and conversions

  static void writeRate(JsonGenerator g, ExchangeRate r) throws IOException {
    g.writeStartObject();
    g.writeStringField("date", r.date().toString());
    g.writeStringField("base", r.base().getCurrencyCode());
    g.writeStringField("quote", r.quote().getCurrencyCode());
    g.writeStringField("rate", r.rate().toPlainString());
    g.writeStringField("source", r.source());
    g.writeStringField("derivation", r.derivation().name());
    ModelFormat.writeArray(g, "derivedFrom", r.derivedFrom(), AuditFormat::writeRate);
    g.writeEndObject();
  }

  /** Reads a rate; a derived rate is derived again from its parts and must match what is written. */
  static ExchangeRate readRate(JsonParser p, DeserializationContext c) throws IOException {
    Object[] v = new Object[7];
    object(p, c, "an exchange rate", name -> {
      switch (name) {
        case "date":
          v[0] = date(p, c);
          return true;
        case "base":
          v[1] = currency(p, c);
          return true;
        case "quote":
          v[2] = currency(p, c);
          return true;
        case "rate":
          try {
            v[3] = Money.parseAmount(string(p, c));
          } catch (IllegalArgumentException e) {
            fail(p, c, "expected a rate as a plain decimal string such as \"443.5174\", found " + Json.found(p));
          }
          return true;
        case "source":
          v[4] = string(p, c);
          return true;
        case "derivation":
          v[5] = enumeration(p, c, ExchangeRate.Derivation.class);
          return true;
        case "derivedFrom":
          v[6] = list(p, c, "exchange rates", AuditFormat::readRate);
          return true;
        default:
          return false;
      }
    });
    for (int i = 0; i < 6; i++) {
      if (v[i] == null) {
        fail(p, c, "an exchange rate needs \"date\", \"base\", \"quote\", \"rate\", \"source\" and \"derivation\"");
      }
    }
    @SuppressWarnings("unchecked")
    List<ExchangeRate> from = v[6] == null ? List.of() : (List<ExchangeRate>) v[6];
    ExchangeRate.Derivation derivation = (ExchangeRate.Derivation) v[5];
    ExchangeRate direct = Json.build(p, c, () -> ExchangeRate.of((LocalDate) v[0], (java.util.Currency) v[1],
        (java.util.Currency) v[2], (BigDecimal) v[3], (String) v[4]));
    int parts = derivation == ExchangeRate.Derivation.DIRECT ? 0 : derivation == ExchangeRate.Derivation.INVERSE ? 1 : 2;
    if (from.size() != parts) {
      fail(p, c, "a " + derivation + " rate is derived from " + parts + " rates, found " + from.size());
    }
    if (parts == 0) {
      return direct;
    }
    ExchangeRate derived = Json.build(p, c, () -> parts == 1 ? from.get(0).inverse() : ExchangeRate.cross(from.get(0), from.get(1)));
    if (!derived.date().equals(direct.date()) || !derived.base().equals(direct.base())
        || !derived.quote().equals(direct.quote()) || !derived.rate().equals(direct.rate())
        || !derived.source().equals(direct.source())) {
      fail(p, c, "the rate does not match its derivation: derivedFrom gives " + derived.explain()
          + " (source " + derived.source() + ")");
    }
    return derived;
  }

  private static java.util.Currency currency(JsonParser p, DeserializationContext c) throws IOException {
    String code = string(p, c);
    try {
      return Money.currency(code);
    } catch (IllegalArgumentException e) {
      return fail(p, c, e.getMessage());
    }
  }

  void writeConversion(JsonGenerator g, Conversion conversion) throws IOException {
    g.writeStartObject();
    g.writeFieldName("source");
    model.writeMoney(g, conversion.source());
    g.writeFieldName("result");
    model.writeMoney(g, conversion.result());
    g.writeFieldName("rate");
    writeRate(g, conversion.rate());
    g.writeStringField("requestedDate", conversion.requestedDate().toString());
    g.writeStringField("roundingMode", conversion.roundingMode().name());
    g.writeStringField("explanation", conversion.explain());
    g.writeEndObject();
  }

  /** Reads a conversion by converting again; the result and explanation must match what is written. */
  Conversion readConversion(JsonParser p, DeserializationContext c) throws IOException {
    Object[] v = new Object[6];
    object(p, c, "a conversion", name -> {
      switch (name) {
        case "source":
          v[0] = model.readMoney(p, c);
          return true;
        case "result":
          v[1] = model.readMoney(p, c);
          return true;
        case "rate":
          v[2] = readRate(p, c);
          return true;
        case "requestedDate":
          v[3] = date(p, c);
          return true;
        case "roundingMode":
          v[4] = enumeration(p, c, RoundingMode.class);
          return true;
        case "explanation":
          v[5] = string(p, c);
          return true;
        default:
          return false;
      }
    });
    for (int i = 0; i < 5; i++) {
      if (v[i] == null) {
        fail(p, c, "a conversion needs \"source\", \"result\", \"rate\", \"requestedDate\" and \"roundingMode\"");
      }
    }
    Money result = (Money) v[1];
    Conversion again = Json.build(p, c, () -> CurrencyConverter.of((base, quote, day) -> Optional.empty())
        .withRoundingMode((RoundingMode) v[4]).withScale(result.amount().scale())
        .convert((Money) v[0], (ExchangeRate) v[2], (LocalDate) v[3]));
    if (!again.result().equals(result)) {
      fail(p, c, "the result " + result + " does not match the conversion, which gives " + again.result());
    }
    if (v[5] != null && !again.explain().equals(v[5])) {
      fail(p, c, "the explanation does not match the conversion, which reads \"" + again.explain() + "\"");
    }
    return again;
  }

  // ---------------------------------------------------------------- validation

  static void writeViolation(JsonGenerator g, Violation v) throws IOException {
    g.writeStartObject();
    g.writeStringField("ruleId", v.ruleId());
    g.writeStringField("severity", v.severity().name());
    g.writeStringField("path", v.path());
    g.writeStringField("message", v.message());
    g.writeObjectFieldStart("values");
    for (Map.Entry<String, String> e : v.values().entrySet()) {
      g.writeStringField(e.getKey(), e.getValue());
    }
    g.writeEndObject();
    if (v.undetermined()) {
      g.writeBooleanField("undetermined", true);
    }
    g.writeEndObject();
  }

  static Violation readViolation(JsonParser p, DeserializationContext c) throws IOException {
    Object[] v = new Object[6];
    v[5] = Boolean.FALSE;
    object(p, c, "a violation", name -> {
      switch (name) {
        case "ruleId":
          v[0] = string(p, c);
          return true;
        case "severity":
          v[1] = enumeration(p, c, Severity.class);
          return true;
        case "path":
          v[2] = string(p, c);
          return true;
        case "message":
          v[3] = string(p, c);
          return true;
        case "values":
          Map<String, String> values = new LinkedHashMap<>();
          object(p, c, "the values of a violation", key -> {
            values.put(key, string(p, c));
            return true;
          });
          v[4] = values;
          return true;
        case "undetermined":
          v[5] = bool(p, c);
          return true;
        default:
          return false;
      }
    });
    for (int i = 0; i < 4; i++) {
      if (v[i] == null) {
        fail(p, c, "a violation needs \"ruleId\", \"severity\", \"path\" and \"message\"");
      }
    }
    @SuppressWarnings("unchecked")
    Map<String, String> values = v[4] == null ? Map.of() : (Map<String, String>) v[4];
    return new Violation((String) v[0], (Severity) v[1], (String) v[2], (String) v[3], values, (Boolean) v[5]);
  }

  static void writeReport(JsonGenerator g, ValidationReport r) throws IOException {
    g.writeStartObject();
    g.writeArrayFieldStart("violations");
    for (Violation v : r.violations()) {
      writeViolation(g, v);
    }
    g.writeEndArray();
    g.writeStringField("summary", r.summary());
    g.writeEndObject();
  }

  static ValidationReport readReport(JsonParser p, DeserializationContext c) throws IOException {
    List<Violation> violations = new ArrayList<>();
    String[] summary = new String[1];
    object(p, c, "a validation report", name -> {
      if (name.equals("violations")) {
        violations.addAll(list(p, c, "violations", AuditFormat::readViolation));
        return true;
      }
      if (name.equals("summary")) {
        summary[0] = string(p, c);
        return true;
      }
      return false;
    });
    ValidationReport report = ValidationReport.of(violations);
    if (summary[0] != null && !summary[0].equals(report.summary())) {
      fail(p, c, "the summary \"" + summary[0] + "\" does not match the violations, which give \"" + report.summary() + "\"");
    }
    return report;
  }

  // ---------------------------------------------------------------- series

  void writeSeries(JsonGenerator g, BriefingSeries s) throws IOException {
    g.writeStartObject();
    g.writeNumberField("formatVersion", ModelFormat.FORMAT_VERSION);
    g.writeArrayFieldStart("briefings");
    for (Briefing b : s.briefings()) {
      model.writeBriefing(g, b);
    }
    g.writeEndArray();
    g.writeEndObject();
  }

  BriefingSeries readSeries(JsonParser p, DeserializationContext c) throws IOException {
    List<Briefing> briefings = new ArrayList<>();
    boolean[] versioned = new boolean[1];
    object(p, c, "a series", name -> {
      if (name.equals("formatVersion")) {
        versioned[0] = ModelFormat.formatVersion(p, c);
        return true;
      }
      if (name.equals("briefings")) {
        briefings.addAll(list(p, c, "briefings", model::readBriefing));
        return true;
      }
      return false;
    });
    if (!versioned[0]) {
      fail(p, c, "a series needs \"formatVersion\": " + ModelFormat.FORMAT_VERSION);
    }
    return Json.build(p, c, () -> BriefingSeries.of(briefings));
  }

  /** Writes a diff; diffs are derived from briefings and are not read back. */
  static void writeDiff(JsonGenerator g, BriefingDiff d) throws IOException {
    g.writeStartObject();
    g.writeObjectFieldStart("earlier");
    g.writeStringField("id", d.earlier().id());
    g.writeStringField("date", d.earlier().date().toString());
    g.writeEndObject();
    g.writeObjectFieldStart("later");
    g.writeStringField("id", d.later().id());
    g.writeStringField("date", d.later().date().toString());
    g.writeEndObject();
    g.writeArrayFieldStart("changes");
    for (MeasureChange m : d.changes()) {
      g.writeStartObject();
      g.writeStringField("path", m.measure().path());
      g.writeStringField("unit", m.measure().unit().name());
      g.writeStringField("kind", m.measure().kind().name());
      g.writeStringField("status", m.status().name());
      if (m.earlier().isPresent()) {
        g.writeFieldName("earlier");
        ModelFormat.writeCount(g, m.earlier().get());
      }
      if (m.later().isPresent()) {
        g.writeFieldName("later");
        ModelFormat.writeCount(g, m.later().get());
      }
      if (m.change().isPresent()) {
        g.writeNumberField("change", m.change().getAsLong());
      }
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeEndObject();
  }
}
