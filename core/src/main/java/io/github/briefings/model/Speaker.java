package io.github.briefings.model;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * Who spoke at a briefing: a person, or an institution that speaks in its own name ("the Ministry of
 * Industry reported…"). Figures and statements name their speaker by {@link #id()}.
 *
 * <pre>{@code
 * Speaker adilov = Speaker.of("adilov", "Serik Adilov", "Deputy Head", "Ministry of Internal Affairs");
 * Speaker office = Speaker.institution("us-attorney", "US Attorney's Office for the District of Columbia");
 * Speaker unknownPost = Speaker.builder().id("nurlanov").name("A. Nurlanov").organisation("Akimat").build();
 * }</pre>
 *
 * <p>Invariants: the id is a lowercase slug; the organisation is not blank; a name or position, when
 * given, is not blank. A position without a name is an unnamed official ("a police spokesperson").
 * Immutable and thread-safe.
 */
@Value.Immutable
public abstract class Speaker {
  Speaker() {}

  /**
   * Returns a person speaking for an organisation, with name and position.
   *
   * @param id a lowercase slug, such as {@code "adilov"}
   * @param name the full name
   * @param position the post held, in words
   * @param organisation the body the speaker represents
   * @return the speaker, never null
   * @throws InvalidValueException naming every blank or malformed part
   */
  public static Speaker of(String id, String name, String position, String organisation) {
    return builder().id(id).name(name).position(position).organisation(organisation).build();
  }

  /**
   * Returns an institution speaking in its own name, with no person named.
   *
   * @param id a lowercase slug, such as {@code "us-attorney"}
   * @param organisation the institution, not blank
   * @return the speaker, never null
   * @throws InvalidValueException naming every blank or malformed part
   */
  public static Speaker institution(String id, String organisation) {
    return builder().id(id).organisation(organisation).build();
  }

  /**
   * Returns a builder, for a person whose position is not known.
   *
   * @return a new builder, never null
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the id that attributions use; a lowercase slug unique within the briefing.
   *
   * @return the id that attributions use; a lowercase slug unique within the briefing
   */
  public abstract String id();

  /**
   * Returns the person's full name; empty when an institution speaks in its own name.
   *
   * @return the person's full name; empty when an institution speaks in its own name
   */
  public abstract Optional<String> name();

  /**
   * Returns the post the person holds, in words, if known.
   *
   * @return the post the person holds, in words, if known
   */
  public abstract Optional<String> position();

  /**
   * Returns the body the speaker represents, or the institution that speaks.
   *
   * @return the body the speaker represents, or the institution that speaks
   */
  public abstract String organisation();

  /**
   * Returns whether an institution speaks in its own name, with no person named or described.
   *
   * @return whether an institution speaks in its own name, with no person named or described
   */
  public boolean isInstitution() {
    return name().isEmpty() && position().isEmpty();
  }

  /**
   * Returns the speaker in words: {@code Serik Adilov (Deputy Head, Ministry of Internal Affairs)},
   * {@code Spokesperson (Almaty Police)}, or the institution alone.
   */
  @Override
  public String toString() {
    if (isInstitution()) {
      return organisation();
    }
    String who = name().orElseGet(() -> position().get());
    String post = name().isPresent() ? position().map(pos -> pos + ", ").orElse("") : "";
    return who + " (" + post + organisation() + ")";
  }

  @Value.Check
  void check() {
    Problems p = new Problems();
    p.slug("id", id());
    name().ifPresent(n -> p.notBlank("name", n));
    position().ifPresent(pos -> p.notBlank("position", pos));
    p.notBlank("organisation", organisation());
    p.throwIfAny("Speaker");
  }

  /** Builds a {@link Speaker}; {@code build()} throws {@link InvalidValueException} naming every problem. */
  public static final class Builder extends ImmutableSpeaker.Builder {
    Builder() {}
  }
}
