package io.github.briefings.model;

import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A category of criminal case, from an open vocabulary: the well-known constants below, or a
 * category of the user's own ({@code CaseCategory.of("extortion", "extortion")}).
 *
 * <p>Invariants: the code is a lowercase slug that is not the code of a different well-known term,
 * the label and legal article (when given) are not blank. Immutable and thread-safe; two categories
 * are equal when code, label and article are.
 */
@Value.Immutable
public abstract class CaseCategory implements Term {
  /** Organizing or taking part in mass riots. */
  public static final CaseCategory MASS_RIOTS = of("mass-riots", "mass riots");
  /** Acts of terrorism. */
  public static final CaseCategory TERRORISM = of("terrorism", "terrorism");
  /** Theft. */
  public static final CaseCategory THEFT = of("theft", "theft");
  /** Robbery. */
  public static final CaseCategory ROBBERY = of("robbery", "robbery");
  /** Theft of cars. */
  public static final CaseCategory CAR_THEFT = of("car-theft", "theft of cars");
  /** Petty theft. */
  public static final CaseCategory PETTY_THEFT = of("petty-theft", "petty theft");
  /** Illicit trafficking in arms. */
  public static final CaseCategory ILLICIT_ARMS_TRAFFICKING = of("illicit-arms-trafficking", "illicit arms trafficking");
  /** Murder. */
  public static final CaseCategory MURDER = of("murder", "murder");
  /** Hooliganism. */
  public static final CaseCategory HOOLIGANISM = of("hooliganism", "hooliganism");
  /** Destruction of or damage to property. */
  public static final CaseCategory DESTRUCTION_OF_PROPERTY = of("destruction-of-property", "destruction of property");
  /** Looting. */
  public static final CaseCategory LOOTING = of("looting", "looting");

  /** The vocabulary of case categories: its name, well-known terms and attributes. */
  public static final Vocabulary<CaseCategory> VOCABULARY = new Vocabulary<>("case category", CaseCategory.class,
      List.of(MASS_RIOTS, TERRORISM, THEFT, ROBBERY, CAR_THEFT, PETTY_THEFT,
          ILLICIT_ARMS_TRAFFICKING, MURDER, HOOLIGANISM, DESTRUCTION_OF_PROPERTY, LOOTING),
      (code, label, attributes) -> ImmutableCaseCategory.of(code, label,
          Optional.ofNullable((String) attributes.get("legalArticle"))),
      Vocabulary.Attribute.optionalText("legalArticle", "the article of the criminal code that defines the category",
          CaseCategory::legalArticle));

  CaseCategory() {}

  /**
   * Returns a category without a legal article.
   *
   * @param code a lowercase slug, such as {@code "mass-riots"}
   * @param label words for people, such as {@code "mass riots"}
   * @return the category, never null
   * @throws InvalidValueException if the code is not a slug or the label is blank
   */
  public static CaseCategory of(String code, String label) {
    return ImmutableCaseCategory.of(code, label, Optional.empty());
  }

  /**
   * Returns a category with the article of the criminal code that defines it.
   *
   * @param code a lowercase slug
   * @param label words for people
   * @param legalArticle such as {@code "Article 272 of the Criminal Code"}, not blank
   * @return the category, never null
   * @throws InvalidValueException if an invariant is broken
   */
  public static CaseCategory of(String code, String label, String legalArticle) {
    return ImmutableCaseCategory.of(code, label, Optional.of(legalArticle));
  }

  /** Returns the code, a lowercase slug that identifies the category in paths and JSON. */
  @Value.Parameter
  public abstract String code();

  /** Returns the category in words. */
  @Value.Parameter
  public abstract String label();

  /**
   * Returns the article of the criminal code, if given.
   *
   * @return the article of the criminal code, if given
   */
  @Value.Parameter
  public abstract Optional<String> legalArticle();

  @Value.Check
  void check() {
    Problems p = new Problems();
    Vocabulary.check(p, VOCABULARY, this);
    legalArticle().ifPresent(a -> p.notBlank("legalArticle", a));
    p.throwIfAny("CaseCategory");
  }

  /** Returns the code. */
  @Override
  public String toString() {
    return code();
  }
}
