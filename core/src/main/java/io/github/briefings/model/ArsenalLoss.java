package io.github.briefings.model;

import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import org.immutables.value.Value;

/**
 * Weapons lost from an arsenal and recovered since, in {@link Unit#WEAPONS}: "the criminals ended up
 * with 610 weapons … only 206 have been found". How many are still outstanding is derived, never
 * stored.
 *
 * <p>Invariants: the place is not blank; the official case, when given, is a lowercase slug naming
 * an {@link OfficialCase} of the same briefing (checked by the {@link Briefing}). Immutable and
 * thread-safe.
 */
@Value.Immutable
public abstract class ArsenalLoss {
  /** The figure stolen: weapons taken from the arsenal. */
  public static final Figure<ArsenalLoss, Builder> STOLEN =
      Figure.single("stolen", Unit.WEAPONS, FigureKind.STOCK,
          "weapons taken from the arsenal", ArsenalLoss::stolen, Builder::stolen);

  /** The figure recovered: weapons taken from the arsenal and found again. */
  public static final Figure<ArsenalLoss, Builder> RECOVERED =
      Figure.single("recovered", Unit.WEAPONS, FigureKind.CUMULATIVE,
          "weapons taken from the arsenal and found again", ArsenalLoss::recovered, Builder::recovered);

  /** The figures of an arsenal loss, each declared once: name, unit, kind, description. */
  public static final Section<ArsenalLoss, Builder> SECTION = new Section<>("arsenalLosses",
      Briefing::arsenalLosses, a -> Optional.of(a.takenFrom()),
      STOLEN, RECOVERED);

  ArsenalLoss() {}

  /**
   * Returns a new builder.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns where the weapons were taken from, such as {@code "Zhambyl Region Police Department"}.
   *
   * @return where the weapons were taken from, such as {@code "Zhambyl Region Police Department"}
   */
  public abstract String takenFrom();

  /**
   * Returns how many weapons were stolen.
   *
   * @return how many weapons were stolen
   */
  public abstract Optional<Count> stolen();

  /**
   * Returns how many of the stolen weapons have been recovered.
   *
   * @return how many of the stolen weapons have been recovered
   */
  public abstract Optional<Count> recovered();

  /**
   * Returns the id of the {@link OfficialCase} this loss is tied to, if any.
   *
   * @return the id of the {@link OfficialCase} this loss is tied to, if any
   */
  public abstract Optional<String> officialCase();

  /**
   * Returns how many weapons are still outstanding, when both figures are exact and recovered does
   * not exceed stolen; otherwise empty.
   *
   * @return stolen minus recovered, or empty when it cannot be derived
   */
  public OptionalLong outstanding() {
    if (stolen().isPresent() && recovered().isPresent()
        && stolen().get().isExact() && recovered().get().isExact()
        && recovered().get().value() <= stolen().get().value()) {
      return OptionalLong.of(stolen().get().value() - recovered().get().value());
    }
    return OptionalLong.empty();
  }

  /**
   * Returns the stated figures by name, in declaration order.
   *
   * @return the stated figures by name, in declaration order
   */
  public Map<String, Count> figures() {
    return SECTION.stated(this);
  }


  @Value.Check
  void check() {
    Problems p = new Problems();
    p.notBlank("takenFrom", takenFrom());
    officialCase().ifPresent(id -> p.slug("officialCase", id));
    p.throwIfAny("ArsenalLoss");
  }

  /** Builds {@link ArsenalLoss}. */
  public static final class Builder extends ImmutableArsenalLoss.Builder {
    Builder() {}
  }
}
