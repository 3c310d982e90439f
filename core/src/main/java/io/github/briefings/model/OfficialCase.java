package io.github.briefings.model;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * An official, or a group of officials holding the same kind of post, under investigation: the post
 * and organisation, where they stand, and the allegation in words. Figures tied to the case (such as
 * an {@link ArsenalLoss}) name it by {@link #id()}.
 *
 * <p>Invariants: the id is a lowercase slug; post, organisation and allegation are not blank; the
 * number of officials, when stated, is a figure. Immutable and thread-safe.
 */
@Value.Immutable
public abstract class OfficialCase {
  /** The figure officials: officials the case concerns. */
  public static final Figure<OfficialCase, Builder> OFFICIALS =
      Figure.single("officials", Unit.PERSONS, FigureKind.STOCK,
          "officials the case concerns", OfficialCase::officials, Builder::officials);

  /** The figures of an official's case, each declared once: name, unit, kind, description. */
  public static final Section<OfficialCase, Builder> SECTION = new Section<>("officials",
      Briefing::officials, o -> Optional.of(o.id()),
      OFFICIALS);

  OfficialCase() {}

  /**
   * Returns a new builder.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the id that figures use to refer to the case; a lowercase slug unique in the briefing.
   *
   * @return the id that figures use to refer to the case; a lowercase slug unique in the briefing
   */
  public abstract String id();

  /**
   * Returns the post held, such as {@code "former deputy head"}.
   *
   * @return the post held, such as {@code "former deputy head"}
   */
  public abstract String post();

  /**
   * Returns the organisation, such as {@code "Zhambyl Region Police Department"}.
   *
   * @return the organisation, such as {@code "Zhambyl Region Police Department"}
   */
  public abstract String organisation();

  /**
   * Returns where the official stands in the proceedings.
   *
   * @return where the official stands in the proceedings
   */
  public abstract OfficialStatus status();

  /**
   * Returns what the official is accused of, in words.
   *
   * @return what the official is accused of, in words
   */
  public abstract String allegation();

  /**
   * Returns how many officials the case concerns, when more than one and stated.
   *
   * @return how many officials the case concerns, when more than one and stated
   */
  public abstract Optional<Count> officials();

  /**
   * Returns whether the briefing reported this case before ("as previously reported").
   *
   * @return whether the briefing reported this case before ("as previously reported")
   */
  @Value.Default
  public boolean previouslyReported() {
    return false;
  }

  @Value.Check
  void check() {
    Problems p = new Problems();
    p.slug("id", id());
    p.notBlank("post", post());
    p.notBlank("organisation", organisation());
    p.notBlank("allegation", allegation());
    p.throwIfAny("OfficialCase");
  }

  /** Builds {@link OfficialCase}. */
  public static final class Builder extends ImmutableOfficialCase.Builder {
    Builder() {}
  }
}
