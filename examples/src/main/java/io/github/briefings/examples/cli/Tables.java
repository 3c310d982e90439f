package io.github.briefings.examples.cli;

import io.github.briefings.model.Briefing;
import io.github.briefings.model.Speaker;
import io.github.briefings.validation.ValidationReport;
import io.github.briefings.validation.Finding;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

/** Prints briefings' headers and findings as aligned text. */
final class Tables {
  private Tables() {}

  static void header(PrintWriter out, Briefing b) {
    out.println("Briefing " + b.id() + " of " + b.date() + b.venue().map(v -> ", " + v).orElse("") + " ("
        + b.jurisdiction() + ")" + (b.provisional() ? ", provisional" : ""));
    out.println("Investigation: " + b.investigation().title());
    for (int i = 0; i < b.speakers().size(); i++) {
      Speaker s = b.speakers().get(i);
      out.println((i == 0 ? "Speakers: " : "          ") + s);
    }
  }

  static void findings(PrintWriter out, ValidationReport report) {
    if (report.isEmpty()) {
      out.println("No findings.");
    } else {
      List<String[]> rows = new ArrayList<>();
      rows.add(new String[] {"SEVERITY", "RULE", "PATH", "MESSAGE"});
      for (Finding v : report.findings()) {
        rows.add(new String[] {v.severity().name(), v.ruleId(), v.path(), v.message()});
      }
      print(out, rows);
      out.println();
    }
    out.println(report.summary());
  }

  /** Prints rows with every column but the last padded to its widest cell. */
  static void print(PrintWriter out, List<String[]> rows) {
    int columns = rows.get(0).length;
    int[] widths = new int[columns];
    for (String[] row : rows) {
      for (int i = 0; i < columns - 1; i++) {
        widths[i] = Math.max(widths[i], row[i].length());
      }
    }
    for (String[] row : rows) {
      StringBuilder line = new StringBuilder();
      for (int i = 0; i < columns; i++) {
        line.append(row[i]);
        if (i < columns - 1) {
          line.append(" ".repeat(widths[i] - row[i].length() + 2));
        }
      }
      out.println(line.toString().stripTrailing());
    }
  }
}
