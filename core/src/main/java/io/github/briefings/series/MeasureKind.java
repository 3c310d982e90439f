package io.github.briefings.series;

/** How a measure behaves over time. */
public enum MeasureKind {
  /** A running total that should never fall: convictions, cases sent to court, weapons seized. */
  CUMULATIVE,
  /** A count of the present moment that may rise or fall: people in custody, cases under investigation. */
  STOCK
}
