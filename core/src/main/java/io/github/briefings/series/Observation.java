package io.github.briefings.series;

import io.github.briefings.model.Briefing;
import io.github.briefings.model.Count;
import io.github.briefings.model.StatedDate;
import java.util.Objects;

/**
 * One briefing's figure for a measure of a series, and the date it is stated as of: the briefing's
 * date, or the figure's own as-of date when it gives one. A point of a series' chart.
 *
 * @param briefing the briefing that states it, not null
 * @param count the figure, with its qualifier, wording, attribution and other statements; not null
 * @param date the date it is stated as of, not null
 */
public record Observation(Briefing briefing, Count count, StatedDate date) {
  /**
   * Creates an observation.
   *
   * @param briefing the briefing that states it, not null
   * @param count the figure, not null
   * @param date the date it is stated as of, not null
   * @throws NullPointerException if an argument is null
   */
  public Observation {
    Objects.requireNonNull(briefing, "briefing");
    Objects.requireNonNull(count, "count");
    Objects.requireNonNull(date, "date");
  }
}
