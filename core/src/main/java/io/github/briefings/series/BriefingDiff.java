package io.github.briefings.series;

import io.github.briefings.model.Briefing;
import io.github.briefings.model.Count;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * What changed between two briefings, measure by measure, in {@link Measure} order; measures stated
 * by only one side are listed as {@link MeasureChange.Status#EARLIER_ONLY} or
 * {@link MeasureChange.Status#LATER_ONLY}. Immutable and thread-safe.
 */
public final class BriefingDiff {
  private final Briefing earlier;
  private final Briefing later;
  private final List<MeasureChange> changes;

  private BriefingDiff(Briefing earlier, Briefing later, List<MeasureChange> changes) {
    this.earlier = earlier;
    this.later = later;
    this.changes = changes;
  }

  /**
   * Compares two briefings.
   *
   * @param earlier not null
   * @param later not null
   * @return the diff, never null
   */
  public static BriefingDiff between(Briefing earlier, Briefing later) {
    Map<Measure, Count> a = Measures.of(earlier);
    Map<Measure, Count> b = Measures.of(later);
    TreeSet<Measure> all = new TreeSet<>(a.keySet());
    all.addAll(b.keySet());
    List<MeasureChange> changes = new ArrayList<>(all.size());
    for (Measure m : all) {
      changes.add(new MeasureChange(m, Optional.ofNullable(a.get(m)), Optional.ofNullable(b.get(m))));
    }
    return new BriefingDiff(earlier, later, List.copyOf(changes));
  }

  /**
   * Returns the earlier briefing.
   *
   * @return the earlier briefing
   */
  public Briefing earlier() {
    return earlier;
  }

  /**
   * Returns the later briefing.
   *
   * @return the later briefing
   */
  public Briefing later() {
    return later;
  }

  /**
   * Returns every measure of either briefing with its two figures.
   *
   * @return every measure of either briefing with its two figures
   */
  public List<MeasureChange> changes() {
    return changes;
  }

  /**
   * Returns the changes of one status.
   *
   * @param status not null
   * @return the changes, in measure order
   */
  public List<MeasureChange> withStatus(MeasureChange.Status status) {
    return changes.stream().filter(c -> c.status() == status).collect(Collectors.toUnmodifiableList());
  }

  /**
   * Returns a table: a header line with the two briefings, then one line per measure.
   *
   * @return a table: a header line with the two briefings, then one line per measure
   */
  public String render() {
    StringBuilder out = new StringBuilder()
        .append(earlier.id()).append(" (").append(earlier.date()).append(") → ")
        .append(later.id()).append(" (").append(later.date()).append(")\n");
    for (MeasureChange c : changes) {
      out.append(String.format("%-12s %s", c.status(), c)).append('\n');
    }
    return out.toString();
  }

  @Override
  public String toString() {
    return render();
  }
}
