package io.github.briefings.model;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Figures on organized crime groups involved in the events: groups ({@link Unit#GROUPS}) and
 * members arrested ({@link Unit#PERSONS}), of whom leaders. Every figure is optional.
 * Immutable and thread-safe.
 */
@Value.Immutable
public abstract class OrganizedCrime {
  /** The figure groupsInvolved: organized crime groups involved. */
  public static final Figure<OrganizedCrime, Builder> GROUPS_INVOLVED =
      Figure.single("groupsInvolved", Unit.GROUPS, FigureKind.STOCK,
          "organized crime groups involved", OrganizedCrime::groupsInvolved, Builder::groupsInvolved);

  /** The figure membersArrested: members of the groups arrested. */
  public static final Figure<OrganizedCrime, Builder> MEMBERS_ARRESTED =
      Figure.single("membersArrested", Unit.PERSONS, FigureKind.CUMULATIVE,
          "members of the groups arrested", OrganizedCrime::membersArrested, Builder::membersArrested);

  /** The figure leadersArrested: leaders of the groups arrested. */
  public static final Figure<OrganizedCrime, Builder> LEADERS_ARRESTED =
      Figure.single("leadersArrested", Unit.PERSONS, FigureKind.CUMULATIVE,
          "leaders of the groups arrested", OrganizedCrime::leadersArrested, Builder::leadersArrested);

  /** The figures on organized crime, each declared once: name, unit, kind, description. */
  public static final Section<OrganizedCrime, Builder> SECTION = new Section<>("organizedCrime",
      b -> b.organizedCrime().map(List::of).orElse(List.of()), o -> Optional.empty(),
      GROUPS_INVOLVED, MEMBERS_ARRESTED, LEADERS_ARRESTED);

  OrganizedCrime() {}

  /**
   * Returns a new builder.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns how many organized crime groups were involved.
   *
   * @return how many organized crime groups were involved
   */
  public abstract Optional<Count> groupsInvolved();

  /**
   * Returns how many members of such groups were arrested.
   *
   * @return how many members of such groups were arrested
   */
  public abstract Optional<Count> membersArrested();

  /**
   * Returns how many of the members arrested are leaders.
   *
   * @return how many of the members arrested are leaders
   */
  public abstract Optional<Count> leadersArrested();

  /**
   * Returns the stated figures by name, in declaration order.
   *
   * @return the stated figures by name, in declaration order
   */
  public Map<String, Count> figures() {
    return SECTION.stated(this);
  }


  /** Builds {@link OrganizedCrime}. */
  public static final class Builder extends ImmutableOrganizedCrime.Builder {
    Builder() {}
  }
}
