package io.github.briefings.model;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * A statement of a briefing in free text, so that no bullet of a briefing is ever dropped, whether
 * or not its figures are also recorded in a section.
 *
 * <p>Invariants: the text is not blank; the topic (the heading it appeared under), when given, is not
 * blank; an attribution is a speaker id (checked against the speakers by the {@link Briefing}).
 * Immutable and thread-safe.
 */
@Value.Immutable
public abstract class Statement {
  Statement() {}

  /**
   * Returns a statement without topic or attribution.
   *
   * @param text the statement, not blank
   * @return the statement, never null
   * @throws InvalidValueException if the text is blank
   */
  public static Statement of(String text) {
    return builder().text(text).build();
  }

  /**
   * Returns a new builder.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the statement as the briefing gave it.
   *
   * @return the statement as the briefing gave it
   */
  public abstract String text();

  /**
   * Returns the heading the statement appeared under, such as {@code "On seized weapons"}.
   *
   * @return the heading the statement appeared under, such as {@code "On seized weapons"}
   */
  public abstract Optional<String> topic();

  /**
   * Returns the id of the speaker who made the statement, if known.
   *
   * @return the id of the speaker who made the statement, if known
   */
  public abstract Optional<String> attribution();

  @Value.Check
  void check() {
    Problems p = new Problems();
    p.freeText("text", text());
    topic().ifPresent(t -> p.notBlank("topic", t));
    attribution().ifPresent(a -> p.slug("attribution", a));
    p.throwIfAny("Statement");
  }

  /** Builds {@link Statement}; {@code build()} throws {@link InvalidValueException} naming every problem. */
  public static final class Builder extends ImmutableStatement.Builder {
    Builder() {}
  }
}
