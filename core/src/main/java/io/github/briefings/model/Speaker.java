package io.github.briefings.model;

import org.immutables.value.Value;

/**
 * A person who spoke at a briefing; figures and statements name their speaker by {@link #id()}.
 *
 * <p>Invariants: the id is a lowercase slug; name, position and organisation are not blank.
 * Immutable and thread-safe.
 */
@Value.Immutable(builder = false)
public abstract class Speaker {
  Speaker() {}

  /**
   * Returns a speaker.
   *
   * @param id a lowercase slug, such as {@code "adilov"}
   * @param name the full name
   * @param position the post held, in words
   * @param organisation the body the speaker represents
   * @return the speaker, never null
   * @throws InvalidValueException naming every blank or malformed part
   */
  public static Speaker of(String id, String name, String position, String organisation) {
    return ImmutableSpeaker.of(id, name, position, organisation);
  }

  /** Returns the id that attributions use; a lowercase slug unique within the briefing. */
  @Value.Parameter
  public abstract String id();

  /** Returns the full name. */
  @Value.Parameter
  public abstract String name();

  /** Returns the post held, in words. */
  @Value.Parameter
  public abstract String position();

  /** Returns the body the speaker represents. */
  @Value.Parameter
  public abstract String organisation();

  @Value.Check
  void check() {
    Problems p = new Problems();
    p.slug("id", id());
    p.notBlank("name", name());
    p.notBlank("position", position());
    p.notBlank("organisation", organisation());
    p.throwIfAny("Speaker");
  }
}
