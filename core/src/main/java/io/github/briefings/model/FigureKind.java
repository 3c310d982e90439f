package io.github.briefings.model;

/** How a figure behaves across a series of briefings, which says what a change in it means. */
public enum FigureKind {
  /** A running total that should not fall: convictions, cases sent to court, weapons seized. */
  CUMULATIVE,
  /** A level at the time of the briefing that may rise or fall: people in custody, cases under investigation. */
  STOCK,
  /** Neither: a figure whose changes say nothing by themselves. */
  NEITHER
}
