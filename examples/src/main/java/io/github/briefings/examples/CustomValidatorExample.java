package io.github.briefings.examples;

import io.github.briefings.model.Briefing;
import io.github.briefings.validation.ValidationReport;
import io.github.briefings.validation.Validator;
import io.github.briefings.validation.Finding;
import java.io.PrintStream;

/**
 * Example: a rule of our own ({@link EvidenceRules}), found through {@code META-INF/services}, runs
 * beside the standard rules.
 */
public final class CustomValidatorExample {
  private CustomValidatorExample() {}

  /**
   * Runs the example, printing to standard output.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    run(System.out);
  }

  /**
   * Runs the example, printing to {@code out}.
   *
   * @param out where to print
   */
  public static void run(PrintStream out) {
    // addDiscoveredRules loads every RuleProvider listed in META-INF/services on the class path.
    Validator validator = Validator.builder()
        .addDiscoveredRules(CustomValidatorExample.class.getClassLoader())
        .build();

    // The press reports of 25 April give the convictions but no evidence; 11 April cites three kinds.
    for (String resource : new String[] {Embedded.APRIL_11, Embedded.APRIL_25}) {
      Briefing briefing = Embedded.briefing(resource);
      ValidationReport report = validator.validate(briefing);
      out.println(briefing.id() + ": " + report.byRule(EvidenceRules.CONVICTIONS_CITE_EVIDENCE).size()
          + " finding(s) of " + EvidenceRules.CONVICTIONS_CITE_EVIDENCE);
      for (Finding v : report.byRule(EvidenceRules.CONVICTIONS_CITE_EVIDENCE)) {
        out.println("  " + v);
      }
    }
  }
}
