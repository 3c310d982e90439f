package io.github.briefings.format.adapter;

import io.github.briefings.format.AmountRepresentation;
import io.github.briefings.model.ArsenalLoss;
import io.github.briefings.model.Briefing;
import io.github.briefings.model.Casualties;
import io.github.briefings.model.Count;
import io.github.briefings.model.CriminalCases;
import io.github.briefings.model.Damage;
import io.github.briefings.model.DetentionStats;
import io.github.briefings.model.Investigation;
import io.github.briefings.model.OfficialCase;
import io.github.briefings.model.OrganizedCrime;
import io.github.briefings.model.OwnFigure;
import io.github.briefings.model.OwnMeasure;
import io.github.briefings.model.PropertyRecovery;
import io.github.briefings.model.Scope;
import io.github.briefings.model.Source;
import io.github.briefings.model.Speaker;
import io.github.briefings.model.StatedAmount;
import io.github.briefings.model.StatedDate;
import io.github.briefings.model.Statement;
import io.github.briefings.model.Term;
import io.github.briefings.model.Vocabulary;
import io.github.briefings.model.WeaponSeizure;
import io.github.briefings.money.Conversion;
import io.github.briefings.money.ExchangeRate;
import io.github.briefings.money.Money;
import io.github.briefings.series.BriefingDiff;
import io.github.briefings.series.BriefingSeries;
import io.github.briefings.validation.Declarations;
import io.github.briefings.validation.Finding;
import io.github.briefings.validation.Relation;
import io.github.briefings.validation.ValidationReport;
import java.io.IOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Every type of the format, with its reader and writer: what each Jackson module registers. Internal.
 */
public final class Formats {
  private static final Map<AmountRepresentation, List<TypeFormat<?>>> ALL = new EnumMap<>(AmountRepresentation.class);

  static {
    for (AmountRepresentation amounts : AmountRepresentation.values()) {
      ALL.put(amounts, List.copyOf(build(amounts)));
    }
  }

  private Formats() {}

  /** The read limits both modules recommend for briefing documents: nesting depth. */
  public static final int MAX_NESTING_DEPTH = 64;
  /** The longest string, in characters. */
  public static final int MAX_STRING_LENGTH = 1_000_000;
  /** The longest number, in digits. */
  public static final int MAX_NUMBER_LENGTH = 100;
  /** The longest property name, in characters. */
  public static final int MAX_NAME_LENGTH = 1_000;
  /** The longest document, in bytes. */
  public static final long MAX_DOCUMENT_LENGTH = 50_000_000L;

  /**
   * Returns the format of every type, amounts of money as {@code amounts} says.
   *
   * @param amounts not null
   * @return the formats, never null
   */
  public static List<TypeFormat<?>> all(AmountRepresentation amounts) {
    return ALL.get(amounts);
  }

  /**
   * Ends a document once its top-level value is read: anything after it is refused.
   *
   * @param in the input, on the last token of the value
   * @throws IOException at the content after the value
   */
  public static void endOfDocument(JsonIn in) throws IOException {
    if (in.next() != JsonIn.Token.END) {
      in.fail("unexpected content after the document: " + Json.found(in));
    }
  }

  private static List<TypeFormat<?>> build(AmountRepresentation amounts) {
    MoneyFormat money = new MoneyFormat(amounts);
    ModelFormat model = new ModelFormat(money);
    List<TypeFormat<?>> all = new ArrayList<>();
    add(all, Briefing.class, model.briefing);
    add(all, Count.class, ModelFormat::writeCount, ModelFormat::readCount);
    add(all, StatedDate.class, ModelFormat.STATED_DATE, Json::statedDate);
    add(all, Speaker.class, ModelFormat.SPEAKER);
    add(all, Source.class, ModelFormat.SOURCE);
    add(all, Statement.class, ModelFormat.STATEMENT);
    add(all, Investigation.class, ModelFormat.INVESTIGATION);
    add(all, Scope.class, ModelFormat.SCOPE);
    add(all, DetentionStats.class, ModelFormat.DETENTION);
    add(all, CriminalCases.class, ModelFormat.CRIMINAL_CASES);
    add(all, OrganizedCrime.class, ModelFormat.ORGANIZED_CRIME);
    add(all, WeaponSeizure.class, ModelFormat.WEAPON_SEIZURE);
    add(all, Casualties.class, ModelFormat.CASUALTIES);
    add(all, Damage.class, model.damage);
    add(all, StatedAmount.class, model.statedAmount);
    add(all, ArsenalLoss.class, ModelFormat.ARSENAL_LOSS);
    add(all, PropertyRecovery.class, model.propertyRecovery);
    add(all, OfficialCase.class, ModelFormat.OFFICIAL);
    for (Vocabulary<?> v : Vocabulary.standard()) {
      addTerms(all, v);
    }
    add(all, Money.class, money, money);
    add(all, OwnMeasure.class, OwnFormat.MEASURE);
    add(all, OwnFigure.class, OwnFormat.OWN_FIGURE);
    add(all, Relation.class, ValidationFormat.RELATION);
    add(all, Declarations.class, ValidationFormat.DECLARATIONS);
    add(all, ExchangeRate.class, MoneyFormat.RATE);
    add(all, Conversion.class, money.conversion);
    add(all, Finding.class, ValidationFormat.FINDING);
    add(all, ValidationReport.class, ValidationFormat.REPORT);
    add(all, BriefingSeries.class, SeriesFormat.series(model.briefing));
    // a diff is derived from two briefings: it is written for people and tools, never read back
    all.add(new TypeFormat<>(BriefingDiff.class, SeriesFormat::writeDiff, Optional.empty()));
    return all;
  }

  private static <T extends Term> void addTerms(List<TypeFormat<?>> all, Vocabulary<T> v) {
    TermFormat<T> terms = new TermFormat<>(v);
    add(all, v.type(), terms, terms);
  }

  private static <T> void add(List<TypeFormat<?>> all, Class<T> type, ObjectFormat<T> format) {
    add(all, type, format, format);
  }

  private static <T> void add(List<TypeFormat<?>> all, Class<T> type, Writer<T> writer, Reader<T> reader) {
    all.add(new TypeFormat<>(type, writer, Optional.of(reader)));
  }
}
