package io.github.briefings.model;

import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Criminal cases of one scope: totals in {@link Unit#CASES} (registered, under investigation, sent
 * to court), an optional total of persons, and figures by {@link CaseCategory}, each with its unit.
 *
 * <pre>{@code
 * CriminalCases police = CriminalCases.builder()
 *     .scope(Scope.described("internal-affairs", "investigated by the internal affairs bodies"))
 *     .underInvestigation(Count.exactly(1_090))
 *     .personsByCategory(Breakdown.builder(CaseCategory.VOCABULARY)
 *         .put(CaseCategory.THEFT, Count.exactly(196)).build())
 *     .build();
 * }</pre>
 *
 * <p>Invariants: a category appears at most once per unit. Immutable and thread-safe.
 */
@Value.Immutable
public abstract class CriminalCases {
  /** The figure registered: criminal cases registered. */
  public static final Figure<CriminalCases, Builder> REGISTERED =
      Figure.single("registered", Unit.CASES, FigureKind.CUMULATIVE,
          "criminal cases registered", CriminalCases::registered, Builder::registered);

  /** The figure underInvestigation: criminal cases under investigation. */
  public static final Figure<CriminalCases, Builder> UNDER_INVESTIGATION =
      Figure.single("underInvestigation", Unit.CASES, FigureKind.STOCK,
          "criminal cases under investigation", CriminalCases::underInvestigation, Builder::underInvestigation);

  /** The figure sentToCourt: criminal cases sent to court. */
  public static final Figure<CriminalCases, Builder> SENT_TO_COURT =
      Figure.single("sentToCourt", Unit.CASES, FigureKind.CUMULATIVE,
          "criminal cases sent to court", CriminalCases::sentToCourt, Builder::sentToCourt);

  /** The figure persons: persons the cases concern. */
  public static final Figure<CriminalCases, Builder> PERSONS =
      Figure.single("persons", Unit.PERSONS, FigureKind.STOCK,
          "persons the cases concern", CriminalCases::persons, Builder::persons);

  /** The figure casesByCategory: criminal cases by category of crime. */
  public static final Figure<CriminalCases, Builder> CASES_BY_CATEGORY =
      Figure.breakdown("casesByCategory", Unit.CASES, FigureKind.STOCK, "criminal cases by category of crime",
          "category", CaseCategory.VOCABULARY, CriminalCases::casesByCategory, Builder::casesByCategory);

  /** The figure personsByCategory: persons the cases concern, by category of crime. */
  public static final Figure<CriminalCases, Builder> PERSONS_BY_CATEGORY =
      Figure.breakdown("personsByCategory", Unit.PERSONS, FigureKind.STOCK, "persons the cases concern, by category of crime",
          "category", CaseCategory.VOCABULARY, CriminalCases::personsByCategory, Builder::personsByCategory);

  /** The figures of a criminal-case record, each declared once: name, unit, kind, description. */
  public static final Section<CriminalCases, Builder> SECTION = Section.scoped("criminalCases",
      Briefing::criminalCases, CriminalCases::scope,
      REGISTERED, UNDER_INVESTIGATION, SENT_TO_COURT, PERSONS, CASES_BY_CATEGORY, PERSONS_BY_CATEGORY);

  CriminalCases() {}

  /**
   * Returns a new builder.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the body of cases these figures are about; empty when the briefing does not narrow it.
   *
   * @return the body of cases these figures are about; empty when the briefing does not narrow it
   */
  public abstract Optional<Scope> scope();

  /**
   * Returns how many cases were registered (opened).
   *
   * @return how many cases were registered (opened)
   */
  public abstract Optional<Count> registered();

  /**
   * Returns how many cases are under investigation now.
   *
   * @return how many cases are under investigation now
   */
  public abstract Optional<Count> underInvestigation();

  /**
   * Returns how many cases were sent to court.
   *
   * @return how many cases were sent to court
   */
  public abstract Optional<Count> sentToCourt();

  /**
   * Returns how many persons the cases concern, the total for category figures in persons.
   *
   * @return how many persons the cases concern, the total for category figures in persons
   */
  public abstract Optional<Count> persons();

  /**
   * Returns the cases by category of crime, in the order stated; none unless stated.
   *
   * @return the cases by category of crime, in the order stated; none unless stated
   */
  @Value.Default
  public Breakdown<CaseCategory, Count> casesByCategory() {
    return Breakdown.none(CaseCategory.VOCABULARY);
  }

  /**
   * Returns the persons the cases concern by category of crime, in the order stated; none unless stated.
   *
   * @return the persons the cases concern by category of crime, in the order stated; none unless stated
   */
  @Value.Default
  public Breakdown<CaseCategory, Count> personsByCategory() {
    return Breakdown.none(CaseCategory.VOCABULARY);
  }

  /**
   * Returns the stated figures by name, in declaration order; category figures are named
   * {@code casesByCategory[code]} and {@code personsByCategory[code]}.
   * @return the stated figures by name, in declaration order; category figures are named {@code casesByCategory[code]} and {@code personsByCategory[code]}
   */
  public Map<String, Count> figures() {
    return SECTION.stated(this);
  }



  /** Builds {@link CriminalCases}. */
  public static final class Builder extends ImmutableCriminalCases.Builder {
    Builder() {}
  }
}
