package io.github.briefings.series;

import io.github.briefings.model.Count;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * How one measure changed between two briefings: its earlier and later figures, either of which may
 * be missing when only one briefing states it. Immutable and thread-safe.
 */
public final class MeasureChange {
  /** How a measure differs between the two briefings. */
  public enum Status {
    /** Stated only by the earlier briefing (the later one does not restate it). */
    EARLIER_ONLY,
    /** Stated only by the later briefing. */
    LATER_ONLY,
    /** Stated by both, equal. */
    UNCHANGED,
    /** Stated by both, different. */
    CHANGED
  }

  private final Measure measure;
  private final Optional<Count> earlier;
  private final Optional<Count> later;

  MeasureChange(Measure measure, Optional<Count> earlier, Optional<Count> later) {
    this.measure = measure;
    this.earlier = earlier;
    this.later = later;
  }

  /**
   * Returns the measure.
   *
   * @return the measure
   */
  public Measure measure() {
    return measure;
  }

  /**
   * Returns the figure of the earlier briefing, if it states one.
   *
   * @return the figure of the earlier briefing, if it states one
   */
  public Optional<Count> earlier() {
    return earlier;
  }

  /**
   * Returns the figure of the later briefing, if it states one.
   *
   * @return the figure of the later briefing, if it states one
   */
  public Optional<Count> later() {
    return later;
  }

  /**
   * Returns how the measure differs; figures are compared statement by statement by qualifier and value, not wording.
   *
   * @return how the measure differs; figures are compared statement by statement by qualifier and value, not wording
   */
  public Status status() {
    if (earlier.isEmpty()) {
      return Status.LATER_ONLY;
    }
    if (later.isEmpty()) {
      return Status.EARLIER_ONLY;
    }
    return sameStatements(earlier.get(), later.get()) ? Status.UNCHANGED : Status.CHANGED;
  }

  /** Whether two figures state the same: statement by statement, the same qualifier and values. */
  static boolean sameStatements(Count earlier, Count later) {
    if (earlier.alsoStated().isEmpty() && later.alsoStated().isEmpty()) { // the usual case, without lists
      return earlier.qualifier() == later.qualifier() && earlier.value() == later.value()
          && earlier.high().equals(later.high());
    }
    List<Count> a = earlier.statements();
    List<Count> b = later.statements();
    boolean same = a.size() == b.size();
    for (int i = 0; same && i < a.size(); i++) {
      same = a.get(i).qualifier() == b.get(i).qualifier() && a.get(i).value() == b.get(i).value()
          && a.get(i).high().equals(b.get(i).high());
    }
    return same;
  }

  /**
   * Returns later minus earlier when both figures are exact; otherwise empty.
   *
   * @return later minus earlier when both figures are exact; otherwise empty
   */
  public OptionalLong change() {
    if (earlier.isPresent() && later.isPresent() && earlier.get().isExact() && later.get().isExact()) {
      return OptionalLong.of(later.get().value() - earlier.get().value());
    }
    return OptionalLong.empty();
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof MeasureChange)) {
      return false;
    }
    MeasureChange c = (MeasureChange) o;
    return measure.equals(c.measure) && earlier.equals(c.earlier) && later.equals(c.later);
  }

  @Override
  public int hashCode() {
    return Objects.hash(measure, earlier, later);
  }

  /** Returns {@code detention[mass-riots].convicted: 168 → 243 (+75)}. */
  @Override
  public String toString() {
    String change = change().isPresent() ? String.format(" (%+d)", change().getAsLong()) : "";
    return measure.path() + ": " + earlier.map(Count::toString).orElse("—") + " → "
        + later.map(Count::toString).orElse("—") + change;
  }
}
