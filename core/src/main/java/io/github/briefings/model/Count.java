package io.github.briefings.model;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.immutables.value.Value;

/**
 * A figure as an official stated it: a non-negative whole number with a {@link Qualifier}, and
 * optionally the literal wording and the id of the speaker who stated it. When one briefing states
 * the same figure more than once and differently (92 imprisonment sentences by one official, 93 by
 * another), the other statements are {@link #alsoStated()}; the figure then allows what any of them
 * allows, and validation reports the conflict.
 *
 * <pre>{@code
 * Count suspects = Count.exactly(547);
 * Count rounds = Count.moreThan(35_000).withStatedAs("more than 35,000").withAttribution("adilov");
 * Interval possible = rounds.interval(Tolerance.DEFAULT);   // [35001, ∞)
 * Count imprisoned = Count.exactly(92).withAttribution("asylbekov")
 *     .withAlsoStated(Count.exactly(93).withAttribution("zhakupov"));   // interval [92, 93]
 * }</pre>
 *
 * <p>Invariants: the value is not negative; a {@link Qualifier#RANGE range} has a high end not below
 * its low end, and no other qualifier has a high end; "more than" leaves room above and "fewer than"
 * below; wording is not blank; an attribution is a speaker id (a lowercase slug); a statement in
 * {@link #alsoStated()} has none of its own. Whether the speaker exists is checked by the
 * {@link Briefing} that holds the figure. Immutable and thread-safe; equal when every attribute is
 * equal.
 */
@Value.Immutable
public abstract class Count {
  Count() {}

  /**
   * Returns a builder for figures that need every attribute.
   *
   * @return a new builder, never null
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the figure {@code value}, exactly.
   *
   * @param value the figure, not negative
   * @return the figure {@code value}, exactly
   * @throws InvalidValueException if negative
   */
  public static Count exactly(long value) {
    return of(Qualifier.EXACT, value);
  }

  /**
   * Returns "at least {@code value}".
   *
   * @param value the figure, not negative
   * @return "at least {@code value}"
   * @throws InvalidValueException if negative
   */
  public static Count atLeast(long value) {
    return of(Qualifier.AT_LEAST, value);
  }

  /**
   * Returns "more than {@code value}".
   *
   * @param value the figure, not negative
   * @return "more than {@code value}"
   * @throws InvalidValueException if negative or {@link Long#MAX_VALUE}
   */
  public static Count moreThan(long value) {
    return of(Qualifier.MORE_THAN, value);
  }

  /**
   * Returns "at most {@code value}".
   *
   * @param value the figure, not negative
   * @return "at most {@code value}"
   * @throws InvalidValueException if negative
   */
  public static Count atMost(long value) {
    return of(Qualifier.AT_MOST, value);
  }

  /**
   * Returns "fewer than {@code value}".
   *
   * @param value the figure, not negative
   * @return "fewer than {@code value}"
   * @throws InvalidValueException if not positive
   */
  public static Count fewerThan(long value) {
    return of(Qualifier.FEWER_THAN, value);
  }

  /**
   * Returns "about {@code value}" (approximately).
   *
   * @param value the figure, not negative
   * @return "about {@code value}" (approximately)
   * @throws InvalidValueException if negative
   */
  public static Count about(long value) {
    return of(Qualifier.APPROXIMATELY, value);
  }

  /**
   * Returns "between {@code low} and {@code high}", both included.
   *
   * @param high the highest value stated, not below {@code low}
   * @param low the lowest value stated, not negative
   * @return "between {@code low} and {@code high}", both included
   * @throws InvalidValueException if either is negative or {@code low > high}
   */
  public static Count between(long low, long high) {
    return builder().qualifier(Qualifier.RANGE).value(low).high(high).build();
  }

  /**
   * Returns a figure with the given qualifier; for {@link Qualifier#RANGE} use {@link #between}.
   *
   * @param qualifier not null
   * @param value the stated value
   * @return the figure, never null
   * @throws InvalidValueException if an invariant is broken
   */
  public static Count of(Qualifier qualifier, long value) {
    // the constructor of the two parameters: no builder, no list of other statements to fill
    return ImmutableCount.of(value, qualifier);
  }

  /**
   * Returns the stated value; the low end for a {@link Qualifier#RANGE range}. Never negative.
   *
   * @return the stated value; the low end for a {@link Qualifier#RANGE range}. Never negative
   */
  @Value.Parameter
  public abstract long value();

  /**
   * Returns how the value relates to the true value; {@link Qualifier#EXACT} unless stated.
   *
   * @return how the value relates to the true value; {@link Qualifier#EXACT} unless stated
   */
  @Value.Default
  @Value.Parameter
  public Qualifier qualifier() {
    return Qualifier.EXACT;
  }

  /**
   * Returns the high end of a {@link Qualifier#RANGE range}; empty for every other qualifier.
   *
   * @return the high end of a {@link Qualifier#RANGE range}; empty for every other qualifier
   */
  public abstract OptionalLong high();

  /**
   * Returns the literal wording of the briefing, such as {@code "more than 35,000"}, if recorded.
   *
   * @return the literal wording of the briefing, such as {@code "more than 35,000"}, if recorded
   */
  public abstract Optional<String> statedAs();

  /**
   * Returns the id of the {@link Speaker} who stated the figure, if known.
   *
   * @return the id of the {@link Speaker} who stated the figure, if known
   */
  public abstract Optional<String> attribution();

  /**
   * Returns the date the figure is stated as of, when it is not the briefing's own ("damage is
   * estimated, as of October 2022, at…"), as precisely as stated. A series orders the figure by it.
   * @return the date the figure is stated as of, when it is not the briefing's own ("damage is estimated, as of October 2022, at…"), as precisely as stated
   */
  public abstract Optional<StatedDate> asOf();

  /**
   * Returns a copy stated as of a date other than the briefing's.
   *
   * @param date as precisely as stated, not null
   * @return a new figure, never null
   */
  public abstract Count withAsOf(StatedDate date);

  /**
   * Returns where the figure was read, if recorded: a span of a source text ({@link SourceSpan}).
   *
   * @return where the figure was read, if recorded
   */
  public abstract Optional<SourceSpan> span();

  /**
   * Returns a copy read at a span of a source text.
   *
   * @param span where it was read, not null
   * @return a new figure, never null
   */
  public abstract Count withSpan(SourceSpan span);

  /**
   * Returns whether the briefing presents this figure as a correction of an earlier one, so that a
   * series does not treat a fall as an inconsistency. False unless stated.
   * @return whether the briefing presents this figure as a correction of an earlier one, so that a series does not treat a fall as an inconsistency
   */
  @Value.Default
  public boolean correction() {
    return false;
  }

  /**
   * Returns the other statements of this figure in the same briefing, each with its own wording and
   * attribution, in the order stated; empty when the figure is stated once.
   * @return the other statements of this figure in the same briefing, each with its own wording and attribution, in the order stated; empty when the figure is stated once
   */
  public abstract List<Count> alsoStated();

  /**
   * Returns every statement of this figure: this one (without {@link #alsoStated()}) first, then the
   * others.
   *
   * @return one statement or more, never null
   */
  public List<Count> statements() {
    if (alsoStated().isEmpty()) {
      return List.of(this);
    }
    List<Count> all = new ArrayList<>(alsoStated().size() + 1);
    all.add(withAlsoStated(List.of()));
    all.addAll(alsoStated());
    return Collections.unmodifiableList(all);
  }

  /**
   * Returns a copy with other statements of the same figure.
   *
   * @param statements statements that state nothing else in turn
   * @return a new figure, never null
   * @throws InvalidValueException if a statement has other statements of its own
   */
  public abstract Count withAlsoStated(Iterable<? extends Count> statements);

  /**
   * Returns a copy with other statements of the same figure.
   *
   * @param statements statements that state nothing else in turn
   * @return a new figure, never null
   * @throws InvalidValueException if a statement has other statements of its own
   */
  public abstract Count withAlsoStated(Count... statements);

  /**
   * Returns a copy with the literal wording.
   *
   * @param statedAs the words of the briefing, not blank
   * @return a new figure, never null
   */
  public abstract Count withStatedAs(String statedAs);

  /**
   * Returns a copy attributed to a speaker.
   *
   * @param speakerId the id of a speaker of the briefing, a lowercase slug
   * @return a new figure, never null
   */
  public abstract Count withAttribution(String speakerId);

  /**
   * Returns a copy marked (or not) as a correction of an earlier figure.
   *
   * @param correction whether the figure corrects an earlier one
   * @return a new figure, never null
   */
  public abstract Count withCorrection(boolean correction);

  /**
   * Returns whether the figure is exact, so that its interval holds one value: the qualifier is
   * {@link Qualifier#EXACT}, and so is every other statement, with the same value.
   * @return whether the figure is exact, so that its interval holds one value: the qualifier is {@link Qualifier#EXACT}, and so is every other statement, with the same value
   */
  public boolean isExact() {
    if (qualifier() != Qualifier.EXACT) {
      return false;
    }
    for (Count other : alsoStated()) {
      if (other.qualifier() != Qualifier.EXACT || other.value() != value()) {
        return false;
      }
    }
    return true;
  }

  /**
   * Returns the true values this figure allows, reading "about N" with the given tolerance; when it
   * is {@link #alsoStated() stated more than once}, the span of what every statement allows.
   *
   * @param tolerance for {@link Qualifier#APPROXIMATELY}, not null; ignored for other qualifiers
   * @return the interval, never null; unbounded above for "at least" and "more than"
   */
  public Interval interval(Tolerance tolerance) {
    Interval own = ownInterval(tolerance);
    for (Count other : alsoStated()) {
      own = own.span(other.ownInterval(tolerance));
    }
    return own;
  }

  private Interval ownInterval(Tolerance tolerance) {
    long v = value();
    switch (qualifier()) {
      case EXACT:
        return Interval.exactly(v);
      case AT_LEAST:
        return Interval.atLeast(v);
      case MORE_THAN:
        return Interval.atLeast(v + 1);
      case AT_MOST:
        return Interval.of(0, v);
      case FEWER_THAN:
        return Interval.of(0, v - 1);
      case RANGE:
        return Interval.of(v, high().getAsLong());
      case APPROXIMATELY:
        return approximately(v, tolerance.fraction());
      default:
        throw new AssertionError(qualifier());
    }
  }

  private static Interval approximately(long v, BigDecimal t) {
    BigDecimal n = BigDecimal.valueOf(v);
    BigDecimal spread = n.multiply(t);
    long lower = n.subtract(spread).setScale(0, RoundingMode.FLOOR).max(BigDecimal.ZERO).longValueExact();
    BigDecimal hi = n.add(spread).setScale(0, RoundingMode.CEILING);
    long upper = hi.compareTo(BigDecimal.valueOf(Long.MAX_VALUE)) > 0 ? Long.MAX_VALUE : hi.longValueExact();
    return Interval.of(lower, upper);
  }

  /**
   * Returns the smallest true value allowed, reading "about N" with the tolerance given: that of the
   * {@code ValidationPolicy} in a rule.
   *
   * @param tolerance not null
   * @return the lower bound
   */
  public long lowerBound(Tolerance tolerance) {
    return interval(tolerance).lower();
  }

  /**
   * Returns the largest true value allowed, reading "about N" with the tolerance given; empty when unbounded.
   *
   * @param tolerance not null
   * @return the upper bound, if any
   */
  public OptionalLong upperBound(Tolerance tolerance) {
    return interval(tolerance).upper();
  }

  @Value.Check
  void check() {
    Problems p = new Problems();
    checkInto(p, "value");
    p.throwIfAny("Count");
  }

  /** Checks this figure's invariants, naming the figure {@code name} in every problem. */
  void checkInto(Problems p, String name) {
    long v = value();
    p.nonNegative(name, v);
    Qualifier q = qualifier();
    if (q == Qualifier.RANGE) {
      if (high().isEmpty()) {
        p.add(name + " is a range but has no high end");
      } else if (high().getAsLong() < v) {
        p.add(name + " range low must not exceed high: " + v + " > " + high().getAsLong());
      }
    } else if (high().isPresent()) {
      p.add(name + " has a high end (" + high().getAsLong() + ") but is not a range: " + q);
    }
    if (q == Qualifier.MORE_THAN && v == Long.MAX_VALUE) {
      p.add(name + " cannot be more than the largest value: " + v);
    }
    if (q == Qualifier.FEWER_THAN && v == 0) {
      p.add(name + " cannot be fewer than 0");
    }
    // the field names are joined only for a problem: a briefing builds many figures
    String wording = statedAs().orElse(null); // each accessor asked once: each call makes an Optional
    if (wording != null && !Problems.isName(wording)) {
      p.notBlank(name + " wording", wording);
    }
    String speaker = attribution().orElse(null);
    if (speaker != null && !Problems.isSlug(speaker)) {
      p.slug(name + " attribution", speaker);
    }
    for (int i = 0; i < alsoStated().size(); i++) {
      if (!alsoStated().get(i).alsoStated().isEmpty()) {
        p.add(name + " alsoStated[" + i + "] has statements of its own: list every statement in one alsoStated");
      }
    }
  }

  /**
   * Returns the figure in words: {@code 547}, {@code more than 35000}, {@code about 340},
   * {@code 20 to 30}, {@code about 136 as of 2022-10}; a figure stated more than once gives every
   * statement, {@code 92 / 93}.
   */
  @Override
  public String toString() {
    if (alsoStated().isEmpty()) {
      return ownText();
    }
    StringBuilder text = new StringBuilder(ownText());
    for (Count other : alsoStated()) {
      text.append(" / ").append(other.ownText());
    }
    return text.toString();
  }

  private String ownText() {
    return asOf().isEmpty() ? valueText() : valueText() + " as of " + asOf().get();
  }

  private String valueText() {
    long v = value();
    switch (qualifier()) {
      case EXACT:
        return Long.toString(v);
      case AT_LEAST:
        return "at least " + v;
      case MORE_THAN:
        return "more than " + v;
      case AT_MOST:
        return "at most " + v;
      case FEWER_THAN:
        return "fewer than " + v;
      case APPROXIMATELY:
        return "about " + v;
      case RANGE:
        return v + " to " + high().getAsLong();
      default:
        throw new AssertionError(qualifier());
    }
  }

  /** Builds {@link Count}; {@code build()} throws {@link InvalidValueException} naming every problem. */
  public static final class Builder extends ImmutableCount.Builder {
    Builder() {}
  }
}
