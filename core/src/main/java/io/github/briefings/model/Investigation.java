package io.github.briefings.model;

import org.immutables.value.Value;

/**
 * The investigation a briefing reports on; briefings of one investigation share its id and can form
 * a series.
 *
 * <p>Invariants: the id is a lowercase slug and the title is not blank. Immutable and thread-safe.
 */
@Value.Immutable
public abstract class Investigation {
  Investigation() {}

  /**
   * Returns an investigation.
   *
   * @param id a lowercase slug, such as {@code "kz-january-2022-unrest"}
   * @param title the investigation in words
   * @return the investigation, never null
   * @throws InvalidValueException if the id is not a slug or the title is blank
   */
  public static Investigation of(String id, String title) {
    return ImmutableInvestigation.of(id, title);
  }

  /**
   * Returns the id, a lowercase slug.
   *
   * @return the id, a lowercase slug
   */
  @Value.Parameter
  public abstract String id();

  /**
   * Returns the investigation in words.
   *
   * @return the investigation in words
   */
  @Value.Parameter
  public abstract String title();

  @Value.Check
  void check() {
    Problems p = new Problems();
    p.slug("id", id());
    p.notBlank("title", title());
    p.throwIfAny("Investigation");
  }
}
