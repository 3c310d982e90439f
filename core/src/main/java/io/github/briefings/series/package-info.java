/**
 * Series of briefings on one investigation: figures followed across dates as
 * {@link io.github.briefings.series.Measure measures}, checked for cumulative figures that fall and
 * same-day figures that disagree, and diffed briefing to briefing. Every type is immutable and
 * thread-safe.
 */
package io.github.briefings.series;
