package io.github.briefings.model;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The stages of criminal proceedings for one population: suspects, detention and restraint,
 * release, charges, trial, verdicts and sentences. Every figure counts {@link Unit#PERSONS} and is
 * optional, since a briefing states what it states; the {@link #scope()} says whose figures these
 * are, and a briefing may hold one record per scope.
 *
 * <pre>{@code
 * DetentionStats riots = DetentionStats.builder()
 *     .scope(Scope.of(CaseCategory.MASS_RIOTS))
 *     .suspects(Count.exactly(547))
 *     .inCustody(Count.exactly(269).withStatedAs("under arrest"))
 *     .build();
 * }</pre>
 *
 * <p>Invariants: the kinds of evidence have distinct codes (and the sentences' kinds, as every
 * {@link Breakdown}'s keys). Beyond that, whether 269 in custody fits 547 suspects is a
 * question for validation. Immutable and thread-safe.
 */
@Value.Immutable
public abstract class DetentionStats {
  /** The figure suspects: persons who are suspects. */
  public static final Figure<DetentionStats, Builder> SUSPECTS =
      Figure.single("suspects", Unit.PERSONS, FigureKind.STOCK,
          "persons who are suspects", DetentionStats::suspects, Builder::suspects);

  /** The figure detained: persons detained, held briefly before a custody decision. */
  public static final Figure<DetentionStats, Builder> DETAINED =
      Figure.single("detained", Unit.PERSONS, FigureKind.STOCK,
          "persons detained, held briefly before a custody decision", DetentionStats::detained, Builder::detained);

  /** The figure inCustody: persons in custody: under arrest, in pre-trial detention. */
  public static final Figure<DetentionStats, Builder> IN_CUSTODY =
      Figure.single("inCustody", Unit.PERSONS, FigureKind.STOCK,
          "persons in custody: under arrest, in pre-trial detention", DetentionStats::inCustody, Builder::inCustody);

  /** The figure houseArrest: persons under house arrest. */
  public static final Figure<DetentionStats, Builder> HOUSE_ARREST =
      Figure.single("houseArrest", Unit.PERSONS, FigureKind.STOCK,
          "persons under house arrest", DetentionStats::houseArrest, Builder::houseArrest);

  /** The figure otherRestraint: persons under bail or another non-custodial restraint. */
  public static final Figure<DetentionStats, Builder> OTHER_RESTRAINT =
      Figure.single("otherRestraint", Unit.PERSONS, FigureKind.STOCK,
          "persons under bail or another non-custodial restraint", DetentionStats::otherRestraint, Builder::otherRestraint);

  /** The figure released: persons released from custody. */
  public static final Figure<DetentionStats, Builder> RELEASED =
      Figure.single("released", Unit.PERSONS, FigureKind.CUMULATIVE,
          "persons released from custody", DetentionStats::released, Builder::released);

  /** The figure charged: persons charged. */
  public static final Figure<DetentionStats, Builder> CHARGED =
      Figure.single("charged", Unit.PERSONS, FigureKind.CUMULATIVE,
          "persons charged", DetentionStats::charged, Builder::charged);

  /** The figure broughtToTrial: persons brought to trial, their cases sent to court. */
  public static final Figure<DetentionStats, Builder> BROUGHT_TO_TRIAL =
      Figure.single("broughtToTrial", Unit.PERSONS, FigureKind.CUMULATIVE,
          "persons brought to trial, their cases sent to court", DetentionStats::broughtToTrial, Builder::broughtToTrial);

  /** The figure convicted: persons convicted. */
  public static final Figure<DetentionStats, Builder> CONVICTED =
      Figure.single("convicted", Unit.PERSONS, FigureKind.CUMULATIVE,
          "persons convicted", DetentionStats::convicted, Builder::convicted);

  /** The figure pleadedGuilty: convicts who pleaded guilty. */
  public static final Figure<DetentionStats, Builder> PLEADED_GUILTY =
      Figure.single("pleadedGuilty", Unit.PERSONS, FigureKind.CUMULATIVE,
          "convicts who pleaded guilty", DetentionStats::pleadedGuilty, Builder::pleadedGuilty);

  /** The figure foundGuiltyAtTrial: convicts found guilty at trial. */
  public static final Figure<DetentionStats, Builder> FOUND_GUILTY_AT_TRIAL =
      Figure.single("foundGuiltyAtTrial", Unit.PERSONS, FigureKind.CUMULATIVE,
          "convicts found guilty at trial", DetentionStats::foundGuiltyAtTrial, Builder::foundGuiltyAtTrial);

  /** The figure acquitted: persons acquitted. */
  public static final Figure<DetentionStats, Builder> ACQUITTED =
      Figure.single("acquitted", Unit.PERSONS, FigureKind.CUMULATIVE,
          "persons acquitted", DetentionStats::acquitted, Builder::acquitted);

  /** The figure sentenced: persons sentenced. */
  public static final Figure<DetentionStats, Builder> SENTENCED =
      Figure.single("sentenced", Unit.PERSONS, FigureKind.CUMULATIVE,
          "persons sentenced", DetentionStats::sentenced, Builder::sentenced);

  /** The figure sentencesByKind: persons sentenced, by kind of sentence. */
  public static final Figure<DetentionStats, Builder> SENTENCES_BY_KIND =
      Figure.breakdown("sentencesByKind", Unit.PERSONS, FigureKind.CUMULATIVE,
          "persons sentenced, by kind of sentence", "kind", SentenceKind.VOCABULARY, DetentionStats::sentencesByKind,
          Builder::sentencesByKind);

  /** The figure amnestied: persons amnestied. */
  public static final Figure<DetentionStats, Builder> AMNESTIED =
      Figure.single("amnestied", Unit.PERSONS, FigureKind.CUMULATIVE,
          "persons amnestied", DetentionStats::amnestied, Builder::amnestied);

  /** The figures of a detention record, each declared once: name, unit, kind, description. */
  public static final Section<DetentionStats, Builder> SECTION = Section.scoped("detention",
      Briefing::detention, DetentionStats::scope,
      SUSPECTS, DETAINED, IN_CUSTODY, HOUSE_ARREST, OTHER_RESTRAINT, RELEASED, CHARGED,
      BROUGHT_TO_TRIAL, CONVICTED, PLEADED_GUILTY, FOUND_GUILTY_AT_TRIAL, ACQUITTED, SENTENCED,
      AMNESTIED, SENTENCES_BY_KIND);

  DetentionStats() {}

  /**
   * Returns a new builder.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the population these figures are about; empty when the briefing does not narrow it.
   *
   * @return the population these figures are about; empty when the briefing does not narrow it
   */
  public abstract Optional<Scope> scope();

  /**
   * Returns how many persons are suspects.
   *
   * @return how many persons are suspects
   */
  public abstract Optional<Count> suspects();

  /**
   * Returns how many persons were detained (held briefly, before a custody decision).
   *
   * @return how many persons were detained (held briefly, before a custody decision)
   */
  public abstract Optional<Count> detained();

  /**
   * Returns how many persons are in custody (under arrest, in pre-trial detention).
   *
   * @return how many persons are in custody (under arrest, in pre-trial detention)
   */
  public abstract Optional<Count> inCustody();

  /**
   * Returns how many persons are under house arrest.
   *
   * @return how many persons are under house arrest
   */
  public abstract Optional<Count> houseArrest();

  /**
   * Returns how many persons are under bail or another non-custodial restraint.
   *
   * @return how many persons are under bail or another non-custodial restraint
   */
  public abstract Optional<Count> otherRestraint();

  /**
   * Returns how many persons were released from custody.
   *
   * @return how many persons were released from custody
   */
  public abstract Optional<Count> released();

  /**
   * Returns how many persons were charged.
   *
   * @return how many persons were charged
   */
  public abstract Optional<Count> charged();

  /**
   * Returns how many persons were brought to trial (their cases sent to court).
   *
   * @return how many persons were brought to trial (their cases sent to court)
   */
  public abstract Optional<Count> broughtToTrial();

  /**
   * Returns how many persons were convicted.
   *
   * @return how many persons were convicted
   */
  public abstract Optional<Count> convicted();

  /**
   * Returns how many of the convicted pleaded guilty.
   *
   * @return how many of the convicted pleaded guilty
   */
  public abstract Optional<Count> pleadedGuilty();

  /**
   * Returns how many of the convicted were found guilty at trial.
   *
   * @return how many of the convicted were found guilty at trial
   */
  public abstract Optional<Count> foundGuiltyAtTrial();

  /**
   * Returns how many persons were acquitted.
   *
   * @return how many persons were acquitted
   */
  public abstract Optional<Count> acquitted();

  /**
   * Returns how many persons were sentenced.
   *
   * @return how many persons were sentenced
   */
  public abstract Optional<Count> sentenced();

  /**
   * Returns how many persons received each kind of sentence, in the order stated, and how the kinds
   * cover the persons sentenced; none unless stated.
   * @return how many persons received each kind of sentence, in the order stated, and how the kinds cover the persons sentenced; none unless stated
   */
  @Value.Default
  public Breakdown<SentenceKind, Count> sentencesByKind() {
    return Breakdown.none(SentenceKind.VOCABULARY);
  }

  /**
   * Returns how many persons were amnestied.
   *
   * @return how many persons were amnestied
   */
  public abstract Optional<Count> amnestied();

  /**
   * Returns the kinds of evidence cited for the convictions, in the order stated.
   *
   * @return the kinds of evidence cited for the convictions, in the order stated
   */
  public abstract List<EvidenceKind> convictionEvidence();

  /**
   * Returns the stated figures by name, in declaration order; the sentences by kind are named
   * {@code sentencesByKind[code]}.
   * @return the stated figures by name, in declaration order; the sentences by kind are named {@code sentencesByKind[code]}
   */
  public Map<String, Count> figures() {
    return SECTION.stated(this);
  }


  @Value.Check
  void check() {
    Problems p = new Problems();
    if (repeats(convictionEvidence())) {
      p.add("convictionEvidence must not repeat a kind: " + convictionEvidence());
    }
    p.throwIfAny("DetentionStats");
  }
  private static boolean repeats(List<EvidenceKind> kinds) {
    for (int i = 0; i < kinds.size(); i++) {
      for (int j = i + 1; j < kinds.size(); j++) {
        if (kinds.get(i).code().equals(kinds.get(j).code())) {
          return true;
        }
      }
    }
    return false;
  }


  /** Builds {@link DetentionStats}. */
  public static final class Builder extends ImmutableDetentionStats.Builder {
    Builder() {}
  }
}
