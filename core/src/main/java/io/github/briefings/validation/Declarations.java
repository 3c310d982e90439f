package io.github.briefings.validation;

import io.github.briefings.internal.Texts;
import io.github.briefings.model.Figure;
import io.github.briefings.model.OwnMeasure;
import io.github.briefings.model.Section;
import io.github.briefings.model.Unit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Measures and relations of the user's own, declared together — in Java, or in a declarations file
 * that a monitor publishes beside the data — and checked as a whole when built: every relation names
 * figures its section declares or measures declared here, on both sides in one unit, and no id is
 * declared twice.
 *
 * <pre>{@code
 * Declarations own = Declarations.of(
 *     List.of(OwnMeasure.of("sentencesReduced", "sentences reduced", Unit.PERSONS, FigureKind.CUMULATIVE)
 *         .inSection("detention")),
 *     List.of(Relation.builder("own.reduced-within-convicted").in("detention")
 *         .sumOf("sentencesReduced").atMost("convicted")));
 * Validator validator = Validator.builder().addRules(own.rules()).build();
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class Declarations {
  private final List<OwnMeasure> measures;
  private final List<Relation> relations;

  private Declarations(List<OwnMeasure> measures, List<Relation> relations) {
    this.measures = measures;
    this.relations = relations;
  }

  /**
   * Returns the declarations, checked.
   *
   * @param measures the measures of the user's own, distinct ids
   * @param relations the relations, distinct ids
   * @return the declarations, never null
   * @throws IllegalArgumentException naming every declaration that is wrong, and why
   */
  public static Declarations of(List<OwnMeasure> measures, List<Relation> relations) {
    List<OwnMeasure> m = List.copyOf(measures);
    List<Relation> r = List.copyOf(relations);
    List<String> problems = new ArrayList<>();
    Set<String> ids = new HashSet<>();
    for (OwnMeasure measure : m) {
      if (!ids.add(measure.id())) {
        problems.add("measure " + measure.id() + " is declared twice");
      }
    }
    Set<String> relationIds = new HashSet<>();
    for (Relation relation : r) {
      if (!relationIds.add(relation.id())) {
        problems.add("relation " + relation.id() + " is declared twice");
      }
      check(relation, m, problems);
    }
    if (!problems.isEmpty()) {
      throw new IllegalArgumentException("invalid declarations: " + String.join("; ", problems));
    }
    return new Declarations(m, r);
  }

  private static void check(Relation relation, List<OwnMeasure> measures, List<String> problems) {
    Optional<Section<?, ?>> section = Section.standard().stream().filter(s -> s.name().equals(relation.section()))
        .findFirst();
    if (section.isEmpty() && !relation.section().equals(OwnMeasure.NO_SECTION)) {
      problems.add("relation " + relation.id() + " names no section: " + Texts.quote(relation.section()));
      return;
    }
    Set<Unit> units = new java.util.LinkedHashSet<>();
    List<String> names = new ArrayList<>(relation.left());
    names.addAll(relation.right());
    for (String name : names) {
      Optional<Unit> unit = unit(name, section, relation.section(), measures);
      if (unit.isEmpty()) {
        problems.add("relation " + relation.id() + " names no figure of " + relation.section() + ": " + Texts.quote(name));
      } else {
        units.add(unit.get());
      }
    }
    if (units.size() > 1) {
      problems.add("relation " + relation.id() + " relates figures of different units: " + units);
    }
    if (units.contains(Unit.OTHER)) {
      problems.add("relation " + relation.id() + " relates figures of unit OTHER, which are not comparable");
    }
  }

  /** The unit of a name in a section: a declared figure (or a part of a breakdown), or an own measure there. */
  private static Optional<Unit> unit(String name, Optional<Section<?, ?>> section, String sectionName,
      List<OwnMeasure> measures) {
    String measure = name.indexOf('[') < 0 ? name : name.substring(0, name.indexOf('['));
    for (OwnMeasure m : measures) {
      if (m.id().equals(measure) && m.section().orElse(OwnMeasure.NO_SECTION).equals(sectionName)) {
        return Optional.of(m.unit());
      }
    }
    if (section.isEmpty()) {
      return Optional.empty();
    }
    int bracket = name.indexOf('[');
    String figure = bracket < 0 ? name : name.substring(0, bracket);
    if (bracket >= 0 && !name.endsWith("]")) {
      return Optional.empty();
    }
    return section.get().figure(figure).filter(f -> bracket < 0 || f.isBreakdown()).map(Figure::unit);
  }

  /**
   * Returns no measures and no relations.
   *
   * @return no measures and no relations
   */
  public static Declarations none() {
    return new Declarations(List.of(), List.of());
  }

  /**
   * Returns the measures of the user's own, in the order declared.
   *
   * @return the measures of the user's own, in the order declared
   */
  public List<OwnMeasure> measures() {
    return measures;
  }

  /**
   * Returns the relations, in the order declared.
   *
   * @return the relations, in the order declared
   */
  public List<Relation> relations() {
    return relations;
  }

  /**
   * Returns the relations as rules, to add to a {@link Validator}.
   *
   * @return the relations as rules, to add to a {@link Validator}
   */
  public List<Rule> rules() {
    List<Rule> rules = new ArrayList<>(relations.size());
    for (Relation r : relations) {
      rules.add(r.rule());
    }
    return rules;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Declarations && ((Declarations) o).measures.equals(measures)
        && ((Declarations) o).relations.equals(relations);
  }

  @Override
  public int hashCode() {
    return Objects.hash(measures, relations);
  }

  /** Returns the ids of the measures and relations. */
  @Override
  public String toString() {
    return "measures " + measures + ", relations " + relations.stream().map(Relation::id).toList();
  }
}
