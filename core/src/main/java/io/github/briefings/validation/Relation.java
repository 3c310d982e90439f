package io.github.briefings.validation;

import io.github.briefings.model.Briefing;
import io.github.briefings.model.Count;
import io.github.briefings.model.Figure;
import io.github.briefings.model.OwnFigure;
import io.github.briefings.model.OwnMeasure;
import io.github.briefings.model.Section;
import io.github.briefings.model.Term;
import io.github.briefings.model.Tolerance;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A relation between figures of one section that a user declares, checked like a standard rule:
 * "sentences reduced ≤ convicted", "charged ≤ arrested", "the parts ≤ the total". Each side is a sum
 * of figures named as the section names them — a declared figure ({@code convicted}), a part of a
 * breakdown ({@code byType[pistol]}) or a measure of the user's own ({@code sentencesReduced}). The
 * relation is checked in every scope of the section, both sides from that scope, or the right side
 * from the scope's {@linkplain io.github.briefings.model.Scope#parent() parent}. Three-valued, as the
 * standard rules: it holds, is violated, or is undetermined where the figures' intervals overlap.
 *
 * <pre>{@code
 * Relation reduced = Relation.builder("own.reduced-within-convicted")
 *     .severity(Severity.WARNING).description("sentences reduced ≤ convicted")
 *     .in("detention").sumOf("sentencesReduced").atMost("convicted");
 * Validator validator = Validator.builder().addRule(reduced.rule()).build();
 * }</pre>
 *
 * <p>Which names a relation may use is checked by {@link Declarations}, which knows the measures of the
 * user's own. Immutable and thread-safe.
 */
public final class Relation {
  /** How the left side compares with the right. */
  public enum Comparison {
    /** The left sum is at most the right sum. */
    AT_MOST,
    /** The left sum is at least the right sum. */
    AT_LEAST,
    /** The two sums are equal. */
    EQUAL
  }

  private final String id;
  private final Severity severity;
  private final String description;
  private final String section;
  private final List<String> left;
  private final Comparison comparison;
  private final List<String> right;
  private final boolean toParent;
  private final boolean whenAllStated;
  private final Optional<String> reportAt;
  /** Reads the relation's figures straight from the records of a standard section; null for another section. */
  private final Direct<?> direct;

  private Relation(Builder b, Comparison comparison, List<String> right) {
    this.id = b.id;
    this.severity = b.severity;
    this.description = b.description != null ? b.description
        : String.join(" + ", b.left) + " " + symbol(comparison) + " " + String.join(" + ", right)
            + (b.toParent ? " of the parent scope" : "");
    this.section = b.section;
    this.left = List.copyOf(b.left);
    this.comparison = comparison;
    this.right = List.copyOf(right);
    this.toParent = b.toParent;
    this.whenAllStated = b.whenAllStated;
    this.reportAt = Optional.ofNullable(b.reportAt);
    if (reportAt.isPresent() && !left.contains(reportAt.get())) {
      throw new IllegalArgumentException("relation " + id + " reports at " + reportAt.get() + ", which is not on its left");
    }
    Rule.of(id, severity, description, (x, y) -> { }); // checks the id and description as a rule would
    if (left.isEmpty() || right.isEmpty()) {
      throw new IllegalArgumentException("relation " + id + " needs figures on both sides");
    }
    if (section == null) {
      throw new IllegalArgumentException("relation " + id + " needs a section, such as detention");
    }
    this.direct = Section.standard().stream().filter(s -> s.name().equals(section)).findFirst()
        .map(s -> Direct.of(s, left, right)).orElse(null);
  }

  private static String symbol(Comparison c) {
    return c == Comparison.AT_MOST ? "≤" : c == Comparison.AT_LEAST ? "≥" : "=";
  }

  /**
   * Returns a builder of a relation with a stable id.
   *
   * @param id such as {@code own.reduced-within-convicted}, as a rule id
   * @return a new builder, never null
   */
  public static Builder builder(String id) {
    return new Builder(id);
  }

  /**
   * Returns the id, the rule id of the relation's findings.
   *
   * @return the id, the rule id of the relation's findings
   */
  public String id() {
    return id;
  }

  /**
   * Returns the default severity of a certain violation.
   *
   * @return the default severity of a certain violation
   */
  public Severity severity() {
    return severity;
  }

  /**
   * Returns the relation in words.
   *
   * @return the relation in words
   */
  public String description() {
    return description;
  }

  /**
   * Returns the name of the section whose figures it relates, or {@value OwnMeasure#NO_SECTION}.
   *
   * @return the name of the section whose figures it relates, or {@value OwnMeasure#NO_SECTION}
   */
  public String section() {
    return section;
  }

  /**
   * Returns the names summed on the left.
   *
   * @return the names summed on the left
   */
  public List<String> left() {
    return left;
  }

  /**
   * Returns how the left sum compares with the right.
   *
   * @return how the left sum compares with the right
   */
  public Comparison comparison() {
    return comparison;
  }

  /**
   * Returns the names summed on the right.
   *
   * @return the names summed on the right
   */
  public List<String> right() {
    return right;
  }

  /**
   * Returns whether the right side is read from the parent of each scope.
   *
   * @return whether the right side is read from the parent of each scope
   */
  public boolean toParent() {
    return toParent;
  }

  /**
   * Returns whether the relation is checked only where every figure of it is stated.
   *
   * @return whether the relation is checked only where every figure of it is stated
   */
  public boolean whenAllStated() {
    return whenAllStated;
  }

  /**
   * Returns the name on the left whose path findings take; empty for the first one stated.
   *
   * @return the name on the left whose path findings take; empty for the first one stated
   */
  public Optional<String> reportAt() {
    return reportAt;
  }

  /**
   * Returns the relation as a rule, to add to a {@link Validator}.
   *
   * @return the relation as a rule, to add to a {@link Validator}
   */
  public Rule rule() {
    return Rule.of(id, severity, description, this::check);
  }

  private void check(Briefing b, RuleContext f) {
    if (direct != null && !toParent && !hasOwnFigures(b)) {
      direct.check(this, b, f);
      return;
    }
    // every relation over a section reads the same figures: a validation computes them once
    Map<Optional<String>, Map<String, Count>> scopes = f instanceof CollectingContext run
        ? run.shared(new SharedKey(section), () -> stated(b)) : stated(b);
    for (Map.Entry<Optional<String>, Map<String, Count>> scope : scopes.entrySet()) {
      Map<String, Count> figures = scope.getValue();
      Optional<Map<String, Count>> other = Optional.of(figures);
      Optional<String> otherKey = scope.getKey();
      if (toParent) {
        otherKey = parentKey(b, scope.getKey());
        other = otherKey.isPresent() || parentIsWhole(b, scope.getKey())
            ? Optional.ofNullable(scopes.get(otherKey)) : Optional.empty();
      }
      if (other.isEmpty()) {
        continue;
      }
      // within one scope, figures are named as their record names them (inCustody); across scopes, by path
      Map<String, Count> l = pick(figures, left, toParent ? Optional.of(prefix(scope.getKey())) : Optional.empty());
      Map<String, Count> r = pick(other.get(), right, toParent ? Optional.of(prefix(otherKey)) : Optional.empty());
      if (whenAllStated && (l.size() < left.size() || r.size() < right.size())) {
        continue;
      }
      if (l.isEmpty() || r.isEmpty()) {
        continue;
      }
      String first = reportAt.orElseGet(() -> left.stream().filter(figures::containsKey).findFirst().orElseThrow());
      String path = prefix(scope.getKey()) + first;
      switch (comparison) {
        case AT_MOST:
          f.atMost(path, Addends.ordered(l), Addends.ordered(r));
          break;
        case AT_LEAST:
          f.atMost(path, Addends.ordered(r), Addends.ordered(l));
          break;
        default:
          f.equal(path, Addends.ordered(l), Addends.ordered(r));
          break;
      }
    }
  }

  /** Returns whether the briefing states a figure of a measure of its own in this relation's section. */
  private boolean hasOwnFigures(Briefing b) {
    for (OwnFigure own : b.ownFigures()) {
      if (b.ownMeasure(own.measure()).flatMap(OwnMeasure::section).orElse(OwnMeasure.NO_SECTION).equals(section)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Returns whether comparing the figures stated on each side (null for one not stated; each side
   * states one) finds nothing, as {@link CollectingContext} compares them.
   */
  private boolean holds(Count[] l, Count[] r, Tolerance t) {
    return Sums.holds(comparison, l, r, t);
  }

  /** Compares the two sides within each scope. */
  private void compare(RuleContext f, String path, Addends l, Addends r) {
    switch (comparison) {
      case AT_MOST:
        f.atMost(path, l, r);
        break;
      case AT_LEAST:
        f.atMost(path, r, l);
        break;
      default:
        f.equal(path, l, r);
        break;
    }
  }

  /**
   * A relation over a standard section, within each scope, read without building the maps of every
   * figure of a scope: each name resolved once to its figure, and its count read from each record.
   * What it finds is what the general reading finds.
   */
  private static final class Direct<S> {
    private final Section<S, ?> section;
    private final String[] leftNames;
    private final String[] rightNames;
    private final Read<S>[] left;
    private final Read<S>[] right;

    private Direct(Section<S, ?> section, List<String> left, List<String> right) {
      this.section = section;
      this.leftNames = left.toArray(String[]::new);
      this.rightNames = right.toArray(String[]::new);
      this.left = reads(section, left);
      this.right = reads(section, right);
    }

    /** Returns the direct reading, or null when a side names a figure twice, which the maps would count once. */
    static <S> Direct<S> of(Section<S, ?> section, List<String> left, List<String> right) {
      if (Set.copyOf(left).size() < left.size() || Set.copyOf(right).size() < right.size()) {
        return null;
      }
      return new Direct<>(section, left, right);
    }

    @SuppressWarnings("unchecked") // an array of a generic record type
    private static <S> Read<S>[] reads(Section<S, ?> section, List<String> names) {
      Read<S>[] out = new Read[names.size()];
      for (int i = 0; i < out.length; i++) {
        out[i] = Read.of(section, names.get(i));
      }
      return out;
    }

    void check(Relation relation, Briefing b, RuleContext f) {
      List<S> records = section.records(b);
      for (int n = 0; n < records.size(); n++) {
        S record = records.get(n);
        Count[] l = new Count[left.length];
        Count[] r = new Count[right.length];
        int nl = read(left, record, l);
        int nr = read(right, record, r);
        if (relation.whenAllStated && (nl < l.length || nr < r.length) || nl == 0 || nr == 0) {
          continue;
        }
        if (f instanceof CollectingContext && relation.holds(l, r, f.policy().approximation())) {
          continue; // the figures are named and the path built for a finding only
        }
        Addends ls = stated(leftNames, l, nl);
        Addends rs = stated(rightNames, r, nr);
        String first = relation.reportAt.orElse(null);
        for (int i = 0; first == null; i++) {
          if (l[i] != null) {
            first = leftNames[i];
          }
        }
        relation.compare(f, section.path(record) + "." + first, ls, rs);
      }
    }

    private static <S> int read(Read<S>[] reads, S record, Count[] out) {
      int n = 0;
      for (int i = 0; i < reads.length; i++) {
        out[i] = reads[i].in(record);
        if (out[i] != null) {
          n++;
        }
      }
      return n;
    }

    private static Addends stated(String[] names, Count[] counts, int n) {
      if (n == counts.length) {
        return Addends.named(names, counts);
      }
      String[] someNames = new String[n];
      Count[] some = new Count[n];
      for (int i = 0, j = 0; i < counts.length; i++) {
        if (counts[i] != null) {
          someNames[j] = names[i];
          some[j++] = counts[i];
        }
      }
      return Addends.named(someNames, some);
    }
  }

  /**
   * Where a name is read in a record: a plain figure ({@code suspects}), a part of a breakdown
   * ({@code byType[pistol]}), or nothing the section declares (a measure of one's own).
   */
  private record Read<S>(Figure<S, ?> figure, String key) {
    static <S> Read<S> of(Section<S, ?> section, String name) {
      int open = name.indexOf('[');
      if (open < 0) {
        Figure<S, ?> figure = section.figure(name).filter(f -> !f.isBreakdown()).orElse(null);
        return new Read<>(figure, null);
      }
      Figure<S, ?> figure = name.endsWith("]")
          ? section.figure(name.substring(0, open)).filter(Figure::isBreakdown).orElse(null) : null;
      return new Read<>(figure, figure == null ? null : name.substring(open + 1, name.length() - 1));
    }

    /** Returns the count the record states under the name, or null. */
    Count in(S record) {
      if (figure == null) {
        return null;
      }
      if (key == null) {
        return figure.value(record).orElse(null);
      }
      for (Map.Entry<? extends Term, Count> part : figure.parts().orElseThrow().of(record).parts().entrySet()) {
        if (part.getKey().code().equals(key)) {
          return part.getValue();
        }
      }
      return null;
    }
  }

  /** The key under which a validation shares the figures of a section by scope. */
  private record SharedKey(String section) {}

  /** The figures of each scope of the section (the empty key for the record without one), by name. */
  private Map<Optional<String>, Map<String, Count>> stated(Briefing b) {
    Map<Optional<String>, Map<String, Count>> out = new LinkedHashMap<>();
    Optional<Section<?, ?>> declared = Section.standard().stream().filter(s -> s.name().equals(section)).findFirst();
    declared.ifPresent(s -> standard(s, b, out));
    for (OwnFigure own : b.ownFigures()) {
      String ownSection = b.ownMeasure(own.measure()).flatMap(OwnMeasure::section).orElse(OwnMeasure.NO_SECTION);
      if (ownSection.equals(section)) {
        Map<String, Count> figures = out.computeIfAbsent(own.scope(), k -> new LinkedHashMap<>());
        figures.put(own.measure(), own.count());
        own.breakdown().ifPresent(parts -> parts.parts().forEach((key, count) ->
            figures.put(own.measure() + "[" + key.code() + "]", count)));
      }
    }
    return out;
  }

  private static <S> void standard(Section<S, ?> s, Briefing b, Map<Optional<String>, Map<String, Count>> out) {
    for (S record : s.records(b)) {
      out.computeIfAbsent(s.key(record), k -> new LinkedHashMap<>()).putAll(s.stated(record));
    }
  }

  private Optional<String> parentKey(Briefing b, Optional<String> key) {
    return key.flatMap(k -> scopeParent(b, k)).filter(p -> !p.isEmpty());
  }

  private boolean parentIsWhole(Briefing b, Optional<String> key) {
    return key.flatMap(k -> scopeParent(b, k)).filter(String::isEmpty).isPresent();
  }

  private Optional<String> scopeParent(Briefing b, String key) {
    return Section.standard().stream().filter(s -> s.name().equals(section)).findFirst()
        .flatMap(s -> parentOf(s, b, key));
  }

  private static <S> Optional<String> parentOf(Section<S, ?> s, Briefing b, String key) {
    for (S record : s.records(b)) {
      if (s.key(record).filter(key::equals).isPresent()) {
        return s.scope(record).flatMap(io.github.briefings.model.Scope::parent);
      }
    }
    return Optional.empty();
  }

  /** The path of a scope of the section, ready for a figure's name: {@code detention[mass-riots].}. */
  private String prefix(Optional<String> key) {
    return section + key.map(k -> "[" + k + "]").orElse("") + ".";
  }

  /** The stated figures of the names, each named by the name after {@code prefix}, if any. */
  private static Map<String, Count> pick(Map<String, Count> figures, List<String> names, Optional<String> prefix) {
    Map<String, Count> out = new LinkedHashMap<>();
    for (String name : names) {
      Count c = figures.get(name);
      if (c != null) {
        out.put(prefix.orElse("") + name, c);
      }
    }
    return out;
  }

  /** Returns the id and the relation: {@code own.reduced-within-convicted: sentencesReduced ≤ convicted}. */
  @Override
  public String toString() {
    return id + ": " + String.join(" + ", left) + " " + symbol(comparison) + " " + String.join(" + ", right)
        + (toParent ? " (of the parent scope)" : "");
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof Relation)) {
      return false;
    }
    Relation r = (Relation) o;
    return id.equals(r.id) && severity == r.severity && description.equals(r.description) && section.equals(r.section)
        && left.equals(r.left) && comparison == r.comparison && right.equals(r.right) && toParent == r.toParent
        && whenAllStated == r.whenAllStated && reportAt.equals(r.reportAt);
  }

  @Override
  public int hashCode() {
    return Objects.hash(id, severity, description, section, left, comparison, right, toParent, whenAllStated, reportAt);
  }

  /** Builds a {@link Relation}; the comparison ({@link #atMost}, {@link #atLeast}, {@link #equalTo}) completes it. */
  public static final class Builder {
    private final String id;
    private Severity severity = Severity.WARNING;
    private String description;
    private String section;
    private final List<String> left = new ArrayList<>();
    private boolean toParent;
    private boolean whenAllStated;
    private String reportAt;

    private Builder(String id) {
      this.id = Objects.requireNonNull(id, "id must not be null");
    }

    /**
     * Sets the default severity; {@link Severity#WARNING} unless set.
     *
     * @param severity not null
     * @return this builder
     */
    public Builder severity(Severity severity) {
      this.severity = Objects.requireNonNull(severity, "severity must not be null");
      return this;
    }

    /**
     * Sets the relation in words; written from the names unless set.
     *
     * @param description what the relation checks, in one line
     * @return this builder
     */
    public Builder description(String description) {
      this.description = Objects.requireNonNull(description, "description must not be null");
      return this;
    }

    /**
     * Sets the section, such as {@code detention}, or {@value OwnMeasure#NO_SECTION} for measures of none.
     *
     * @param section a section name, such as {@code detention}
     * @return this builder
     */
    public Builder in(String section) {
      this.section = Objects.requireNonNull(section, "section must not be null");
      return this;
    }

    /**
     * Adds names to the left sum.
     *
     * @param names figure names of the section
     * @return this builder
     */
    public Builder sumOf(String... names) {
      for (String n : names) {
        left.add(Objects.requireNonNull(n, "name must not be null"));
      }
      return this;
    }

    /**
     * Reads the right side from the parent of each scope (a region against the whole country).
     *
     * @return this builder
     */
    public Builder toParent() {
      this.toParent = true;
      return this;
    }

    /**
     * Reports findings at this name's path, a name of the left side, rather than at the first one stated
     * (released, in "in custody + released ≤ suspects").
     * @param name a figure name of the section
     * @return this builder
     */
    public Builder reportAt(String name) {
      this.reportAt = Objects.requireNonNull(name, "name must not be null");
      return this;
    }

    /**
     * Checks the relation only where every figure of it is stated.
     *
     * @return this builder
     */
    public Builder whenAllStated() {
      this.whenAllStated = true;
      return this;
    }

    /**
     * Returns the relation "left ≤ the sum of {@code names}".
     *
     * @param names figure names of the section
     * @return the relation "left ≤ the sum of {@code names}"
     * @throws IllegalArgumentException if a side is empty, no section is set, or the id or description
     *     would not do for a rule
     */
    public Relation atMost(String... names) {
      return new Relation(this, Comparison.AT_MOST, List.of(names));
    }

    /**
     * Returns the relation "left ≥ the sum of {@code names}".
     *
     * @param names figure names of the section
     * @return the relation "left ≥ the sum of {@code names}"
     * @throws IllegalArgumentException as {@link #atMost}
     */
    public Relation atLeast(String... names) {
      return new Relation(this, Comparison.AT_LEAST, List.of(names));
    }

    /**
     * Returns the relation "left = the sum of {@code names}".
     *
     * @param names figure names of the section
     * @return the relation "left = the sum of {@code names}"
     * @throws IllegalArgumentException as {@link #atMost}
     */
    public Relation equalTo(String... names) {
      return new Relation(this, Comparison.EQUAL, List.of(names));
    }

    /**
     * Returns the relation with the comparison given.
     *
     * @param comparison not null
     * @param names figure names of the section
     * @return the relation with the comparison given
     * @throws IllegalArgumentException as {@link #atMost}
     */
    public Relation compare(Comparison comparison, List<String> names) {
      return new Relation(this, Objects.requireNonNull(comparison, "comparison must not be null"), List.copyOf(names));
    }
  }
}
