package io.github.briefings.validation;

/** How serious a finding is, from least to most. */
public enum Severity {
  /** Worth knowing; not a problem in itself. */
  INFO,
  /** Possibly a problem: figures that may not fit, or that fit only if something unstated is true. */
  WARNING,
  /** Figures that cannot all be true. */
  ERROR
}
