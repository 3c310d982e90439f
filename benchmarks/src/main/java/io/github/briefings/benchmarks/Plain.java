package io.github.briefings.benchmarks;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.PositiveOrZero;
import java.util.Arrays;
import java.util.List;

/**
 * The seed briefing as plain Java records, every field of its JSON mapped, bound by jackson-databind
 * with no module: the baseline of reading and writing. The records check nothing when built (no
 * slugs, dates, currencies or invariants), so the comparison flatters them.
 *
 * <p>The same records carry Bean Validation constraints for the Hibernate Validator comparison:
 * {@code @PositiveOrZero} on every figure's value and upper bound, and {@code @AssertTrue} methods
 * that check the same relations as the standard rules, with the same interval logic
 * ({@link Bounds}). Only certain violations are reported, as Bean Validation has no "undetermined".
 */
public final class Plain {
  private Plain() {}

  /** A figure: a plain number when exact and bare, an object otherwise. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record Count(@PositiveOrZero long value, String qualifier, @PositiveOrZero Long high, String statedAs,
      String attribution, Boolean correction, List<@Valid Count> alsoStated, String asOf) {
    /** Reads the bare number form. */
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static Count of(long value) {
      return new Count(value, null, null, null, null, null, null, null);
    }

    @JsonCreator(mode = JsonCreator.Mode.PROPERTIES)
    public Count {
    }
  }

  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  public record Briefing(int formatVersion, String id, String date, String venue, String jurisdiction,
      Investigation investigation, Boolean provisional, List<Speaker> speakers, List<Source> sources,
      List<Statement> statements, List<@Valid Detention> detention, List<@Valid CriminalCases> criminalCases,
      @Valid OrganizedCrime organizedCrime, List<@Valid WeaponSeizure> weaponSeizure,
      List<@Valid ArsenalLoss> arsenalLosses, List<PropertyRecovery> propertyRecoveries, List<Official> officials) {}

  public record Investigation(String id, String title) {}

  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record Speaker(String id, String name, String position, String organisation) {}

  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record Source(String title, String url, String documentReference, String retrieved) {}

  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record Statement(String text, String topic, String attribution) {}

  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record Scope(String category, String key, String description, String parent) {}

  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record Breakdown<P>(String coverage, @Valid Count overlap, List<@Valid P> parts) {}

  public record KindPart(String kind, @Valid Count count) {}

  public record CategoryPart(String category, @Valid Count count) {}

  public record TypePart(String type, @Valid Count count) {}

  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  public record Detention(Scope scope, @Valid Count suspects, @Valid Count inCustody, @Valid Count houseArrest,
      @Valid Count otherRestraint, @Valid Count released, @Valid Count charged, @Valid Count broughtToTrial,
      @Valid Count convicted, @Valid Count acquitted, @Valid Count pleadedGuilty, @Valid Count foundGuiltyAtTrial,
      @Valid Count sentenced, @Valid Breakdown<KindPart> sentencesByKind, List<String> convictionEvidence) {
    @AssertTrue
    @JsonIgnore
    public boolean isCustodyWithinSuspects() {
      return Bounds.atMost(Arrays.asList(inCustody, houseArrest, otherRestraint), Arrays.asList(suspects));
    }

    @AssertTrue
    @JsonIgnore
    public boolean isCustodyAndReleasedWithinSuspects() {
      return Bounds.atMost(Arrays.asList(inCustody, houseArrest, otherRestraint, released), Arrays.asList(suspects));
    }

    @AssertTrue
    @JsonIgnore
    public boolean isTrialWithinSuspects() {
      return Bounds.atMost(Arrays.asList(broughtToTrial), Arrays.asList(suspects));
    }

    @AssertTrue
    @JsonIgnore
    public boolean isChargedWithinSuspects() {
      return Bounds.atMost(Arrays.asList(charged), Arrays.asList(suspects));
    }

    @AssertTrue
    @JsonIgnore
    public boolean isVerdictsWithinTrial() {
      return Bounds.atMost(Arrays.asList(convicted, acquitted), Arrays.asList(broughtToTrial));
    }

    @AssertTrue
    @JsonIgnore
    public boolean isConvictionRoutesWithinConvicted() {
      return Bounds.atMost(Arrays.asList(pleadedGuilty, foundGuiltyAtTrial), Arrays.asList(convicted));
    }

    @AssertTrue
    @JsonIgnore
    public boolean isSentencedWithinConvicted() {
      return Bounds.atMost(Arrays.asList(sentenced), Arrays.asList(convicted));
    }

    @AssertTrue
    @JsonIgnore
    public boolean isSentencesWithinTotal() {
      return Bounds.partsWithinTotal(sentencesByKind, KindPart::count, sentenced != null ? sentenced : convicted);
    }
  }

  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record CriminalCases(Scope scope, @Valid Count registered, @Valid Count underInvestigation,
      @Valid Count sentToCourt, @Valid Count persons, @Valid Breakdown<CategoryPart> casesByCategory,
      @Valid Breakdown<CategoryPart> personsByCategory) {
    @AssertTrue
    @JsonIgnore
    public boolean isCasesByCategoryWithinTotal() {
      return Bounds.partsWithinTotal(casesByCategory, CategoryPart::count,
          underInvestigation != null ? underInvestigation : registered);
    }

    @AssertTrue
    @JsonIgnore
    public boolean isPersonsByCategoryWithinTotal() {
      return Bounds.partsWithinTotal(personsByCategory, CategoryPart::count, persons);
    }
  }

  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record OrganizedCrime(@Valid Count groupsInvolved, @Valid Count membersArrested, @Valid Count leadersArrested) {
    @AssertTrue
    @JsonIgnore
    public boolean isLeadersWithinMembers() {
      return Bounds.atMost(Arrays.asList(leadersArrested), Arrays.asList(membersArrested));
    }
  }

  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record WeaponSeizure(Scope scope, @Valid Count seized, @Valid Breakdown<TypePart> byType,
      @Valid Count ammunitionRounds, @Valid Count voluntarilySurrendered) {
    @AssertTrue
    @JsonIgnore
    public boolean isSurrenderedWithinSeized() {
      return Bounds.atMost(Arrays.asList(voluntarilySurrendered), Arrays.asList(seized));
    }

    @AssertTrue
    @JsonIgnore
    public boolean isByTypeWithinSeized() {
      return Bounds.partsWithinTotal(byType, TypePart::count, seized);
    }
  }

  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record ArsenalLoss(String takenFrom, @Valid Count stolen, @Valid Count recovered, String officialCase) {
    @AssertTrue
    @JsonIgnore
    public boolean isRecoveredWithinStolen() {
      return Bounds.atMost(Arrays.asList(recovered), Arrays.asList(stolen));
    }
  }

  public record Money(String amount, String currency) {}

  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record PropertyRecovery(String description, Money amount, String qualifier, Money high, Boolean estimated,
      String statedAs, Money statedEquivalent, String attribution) {}

  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record Official(String id, String post, String organisation, String status, String allegation,
      Boolean previouslyReported) {}
}
