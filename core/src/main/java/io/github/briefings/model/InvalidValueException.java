package io.github.briefings.model;

import java.util.List;

/**
 * Thrown when a value of the model cannot be built because it breaks one or more structural
 * invariants. It lists <em>every</em> broken invariant of that value, each in plain words naming the
 * field and the offending value ({@code "suspects must not be negative: -3"}). The message lists the
 * first ten and says how many more there are; {@link #problems()} has them all.
 *
 * <p>Consistency between figures (269 in custody of 547 suspects) is never an invariant; see the
 * validation package.
 */
public final class InvalidValueException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;
  /** The most problems the message lists; {@link #problems()} has them all. */
  private static final int SHOWN = 10;

  /** @serial the problems, in the order they were found; never empty */
  private final List<String> problems;

  /**
   * Creates an exception for a value of the named type.
   *
   * @param type the simple name of the type that could not be built, not null
   * @param problems the broken invariants, not null and not empty
   */
  public InvalidValueException(String type, List<String> problems) {
    super(message(type, problems));
    this.problems = List.copyOf(problems);
  }

  /**
   * Creates an exception from what the generated builders report: a value missing required
   * attributes ({@code "Cannot build Briefing, some of required attributes are not set [id, date]"}),
   * or the name of an attribute given null.
   *
   * @param reported the builders' words, not null
   */
  public InvalidValueException(String reported) {
    this(typeOf(reported), problemsOf(reported));
  }

  private static final String CANNOT_BUILD = "Cannot build ";
  private static final String NOT_SET = ", some of required attributes are not set [";

  private static String typeOf(String reported) {
    int notSet = reported.indexOf(NOT_SET);
    return reported.startsWith(CANNOT_BUILD) && notSet > 0 ? reported.substring(CANNOT_BUILD.length(), notSet) : "value";
  }

  private static List<String> problemsOf(String reported) {
    int notSet = reported.indexOf(NOT_SET);
    if (!reported.startsWith(CANNOT_BUILD) || notSet < 0 || !reported.endsWith("]")) {
      return List.of(reported + " must not be null");
    }
    List<String> problems = new java.util.ArrayList<>();
    for (String name : reported.substring(notSet + NOT_SET.length(), reported.length() - 1).split(",")) {
      problems.add(name.strip() + " is required");
    }
    return problems;
  }

  private static String message(String type, List<String> problems) {
    if (problems.isEmpty()) {
      throw new IllegalArgumentException("problems must not be empty");
    }
    if (problems.size() == 1) {
      return "invalid " + type + ": " + problems.get(0);
    }
    int shown = Math.min(problems.size(), SHOWN);
    String message = "invalid " + type + ", " + problems.size() + " problems: "
        + String.join("; ", problems.subList(0, shown));
    return shown == problems.size() ? message : message + "; and " + (problems.size() - shown) + " more";
  }

  /**
   * Returns the broken invariants, each a sentence naming the field and the value.
   *
   * @return the problems in the order found, never empty
   */
  public List<String> problems() {
    return problems;
  }
}
