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
 * <p>Invariants: the kinds of sentence and of evidence have distinct codes; an exhaustive breakdown
 * is not empty. Beyond that, whether 269 in custody fits 547 suspects is a
 * question for validation. Immutable and thread-safe.
 */
@Value.Immutable
public abstract class DetentionStats {
  /** The figures of a detention record, each declared once: name, unit, kind, description. */
  public static final Section<DetentionStats> SECTION = new Section<>("detention",
      Figure.single("suspects", Unit.PERSONS, FigureKind.STOCK, "persons who are suspects", DetentionStats::suspects),
      Figure.single("detained", Unit.PERSONS, FigureKind.STOCK, "persons detained, held briefly before a custody decision", DetentionStats::detained),
      Figure.single("inCustody", Unit.PERSONS, FigureKind.STOCK, "persons in custody: under arrest, in pre-trial detention", DetentionStats::inCustody),
      Figure.single("houseArrest", Unit.PERSONS, FigureKind.STOCK, "persons under house arrest", DetentionStats::houseArrest),
      Figure.single("otherRestraint", Unit.PERSONS, FigureKind.STOCK, "persons under bail or another non-custodial restraint", DetentionStats::otherRestraint),
      Figure.single("released", Unit.PERSONS, FigureKind.CUMULATIVE, "persons released from custody", DetentionStats::released),
      Figure.single("charged", Unit.PERSONS, FigureKind.CUMULATIVE, "persons charged", DetentionStats::charged),
      Figure.single("broughtToTrial", Unit.PERSONS, FigureKind.CUMULATIVE, "persons brought to trial, their cases sent to court", DetentionStats::broughtToTrial),
      Figure.single("convicted", Unit.PERSONS, FigureKind.CUMULATIVE, "persons convicted", DetentionStats::convicted),
      Figure.single("pleadedGuilty", Unit.PERSONS, FigureKind.CUMULATIVE, "convicts who pleaded guilty", DetentionStats::pleadedGuilty),
      Figure.single("foundGuiltyAtTrial", Unit.PERSONS, FigureKind.CUMULATIVE, "convicts found guilty at trial", DetentionStats::foundGuiltyAtTrial),
      Figure.single("acquitted", Unit.PERSONS, FigureKind.CUMULATIVE, "persons acquitted", DetentionStats::acquitted),
      Figure.single("sentenced", Unit.PERSONS, FigureKind.CUMULATIVE, "persons sentenced", DetentionStats::sentenced),
      Figure.breakdown("sentencesByKind", Unit.PERSONS, FigureKind.CUMULATIVE, "persons sentenced, by kind of sentence",
          DetentionStats::sentencesByKind, SentenceKind::code),
      Figure.single("amnestied", Unit.PERSONS, FigureKind.CUMULATIVE, "persons amnestied", DetentionStats::amnestied));

  DetentionStats() {}

  /** Returns a new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Returns the population these figures are about; empty when the briefing does not narrow it. */
  public abstract Optional<Scope> scope();

  /** Returns how many persons are suspects. */
  public abstract Optional<Count> suspects();

  /** Returns how many persons were detained (held briefly, before a custody decision). */
  public abstract Optional<Count> detained();

  /** Returns how many persons are in custody (under arrest, in pre-trial detention). */
  public abstract Optional<Count> inCustody();

  /** Returns how many persons are under house arrest. */
  public abstract Optional<Count> houseArrest();

  /** Returns how many persons are under bail or another non-custodial restraint. */
  public abstract Optional<Count> otherRestraint();

  /** Returns how many persons were released from custody. */
  public abstract Optional<Count> released();

  /** Returns how many persons were charged. */
  public abstract Optional<Count> charged();

  /** Returns how many persons were brought to trial (their cases sent to court). */
  public abstract Optional<Count> broughtToTrial();

  /** Returns how many persons were convicted. */
  public abstract Optional<Count> convicted();

  /** Returns how many of the convicted pleaded guilty. */
  public abstract Optional<Count> pleadedGuilty();

  /** Returns how many of the convicted were found guilty at trial. */
  public abstract Optional<Count> foundGuiltyAtTrial();

  /** Returns how many persons were acquitted. */
  public abstract Optional<Count> acquitted();

  /** Returns how many persons were sentenced. */
  public abstract Optional<Count> sentenced();

  /** Returns how many persons received each kind of sentence, in the order stated. */
  public abstract Map<SentenceKind, Count> sentencesByKind();

  /**
   * Returns whether {@link #sentencesByKind()} covers every sentence (true) or only some ("of these,
   * 147 were sentenced to …"). False unless stated.
   */
  @Value.Default
  public boolean sentencesBreakdownExhaustive() {
    return false;
  }

  /** Returns how many persons were amnestied. */
  public abstract Optional<Count> amnestied();

  /** Returns the kinds of evidence cited for the convictions, in the order stated. */
  public abstract List<EvidenceKind> convictionEvidence();

  /**
   * Returns the stated figures by name, in declaration order; the sentences by kind are named
   * {@code sentencesByKind[code]}.
   */
  public Map<String, Count> figures() {
    return SECTION.stated(this);
  }


  @Value.Check
  void check() {
    Problems p = new Problems();
    if (convictionEvidence().size() != convictionEvidence().stream().map(EvidenceKind::code).distinct().count()) {
      p.add("convictionEvidence must not repeat a kind: " + convictionEvidence());
    }
    if (sentencesByKind().size() != sentencesByKind().keySet().stream().map(SentenceKind::code).distinct().count()) {
      p.add("sentencesByKind must not list two kinds with one code: " + sentencesByKind().keySet());
    }
    if (sentencesBreakdownExhaustive() && sentencesByKind().isEmpty()) {
      p.add("sentencesBreakdownExhaustive is true but sentencesByKind is empty");
    }
    p.throwIfAny("DetentionStats");
  }

  /** Builds {@link DetentionStats}. */
  public static final class Builder extends ImmutableDetentionStats.Builder {
    Builder() {}
  }
}
