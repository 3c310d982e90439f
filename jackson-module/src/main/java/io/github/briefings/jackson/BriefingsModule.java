package io.github.briefings.jackson;

import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.Version;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.Module;
import com.fasterxml.jackson.databind.module.SimpleDeserializers;
import com.fasterxml.jackson.databind.module.SimpleSerializers;
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
import io.github.briefings.validation.Relation;
import io.github.briefings.validation.ValidationReport;
import io.github.briefings.validation.Violation;
import java.util.ArrayList;
import java.util.List;

/**
 * The Jackson module of the briefings JSON format ({@code FORMAT.md}; JSON Schema at
 * {@value #SCHEMA_RESOURCE}): reads and writes briefings and their parts, figures, money, exchange
 * rates, conversions, validation reports and series.
 *
 * <pre>{@code
 * ObjectMapper mapper = new ObjectMapper().registerModule(new BriefingsModule());
 * Briefing briefing = mapper.readValue(json, Briefing.class);
 * String out = mapper.writeValueAsString(briefing);
 * }</pre>
 *
 * <p>Reading is strict whatever the mapper's settings: an unknown or repeated property, a wrong JSON
 * type, a negative figure, an unknown qualifier, currency or vocabulary code, a bad date or a broken
 * invariant is a {@link com.fasterxml.jackson.databind.exc.MismatchedInputException} (a
 * {@link com.fasterxml.jackson.databind.DatabindException}) whose message names the JSON path, what
 * was expected and what was found. A value read at the top of the input is the whole document:
 * content after it, or the document {@code null}, is refused too. Failures Jackson meets before it
 * asks the module (empty input, a first token that is not JSON) are reported with a path when the
 * document is read through {@link JsonDocuments}. Values are built through the model's builders, so
 * JSON cannot create a value Java code could not. Writing is deterministic and omits absent parts.
 *
 * <p>Found by {@code ObjectMapper.findAndRegisterModules()}. Immutable and thread-safe; options are
 * set with {@code with…} methods that return a new module. Set parser limits on your own mapper's
 * factory, for instance {@link #recommendedReadConstraints()}.
 */
public final class BriefingsModule extends Module {
  /** The class-path resource of the JSON Schema (draft 2020-12) of a briefing document. */
  public static final String SCHEMA_RESOURCE = "/io/github/briefings/jackson/briefing.schema.json";

  /**
   * The class-path resource of the JSON Schema (draft 2020-12) of declarations files: measures and
   * relations of the user's own ({@link io.github.briefings.validation.Declarations}).
   */
  public static final String DECLARATIONS_SCHEMA_RESOURCE = "/io/github/briefings/jackson/declarations.schema.json";

  private final AmountRepresentation amounts;

  /** Creates the module with the default options: amounts as decimal strings. */
  public BriefingsModule() {
    this(AmountRepresentation.STRING);
  }

  private BriefingsModule(AmountRepresentation amounts) {
    this.amounts = amounts;
  }

  /**
   * Returns a module that writes, and expects, amounts of money as given: decimal strings (the
   * default) or JSON numbers ({@code "amount": 340000000}). The stated scale is kept either way.
   *
   * @param representation not null
   * @return a new module, never null
   */
  public BriefingsModule withAmounts(AmountRepresentation representation) {
    return new BriefingsModule(java.util.Objects.requireNonNull(representation, "representation must not be null"));
  }

  /** Returns how this module writes and expects amounts of money. */
  public AmountRepresentation amounts() {
    return amounts;
  }


  /**
   * Returns parser limits suited to briefing documents, to set on your mapper's factory:
   * nesting depth 64, strings of at most 1,000,000 characters, numbers of at most 100 digits,
   * property names of at most 1,000 characters, documents of at most 50 MB.
   *
   * <pre>{@code
   * ObjectMapper mapper = new ObjectMapper(JsonFactory.builder()
   *     .streamReadConstraints(BriefingsModule.recommendedReadConstraints()).build());
   * }</pre>
   *
   * @return the limits, never null
   */
  public static StreamReadConstraints recommendedReadConstraints() {
    return StreamReadConstraints.builder()
        .maxNestingDepth(64)
        .maxStringLength(1_000_000)
        .maxNumberLength(100)
        .maxNameLength(1_000)
        .maxDocumentLength(50_000_000L)
        .build();
  }

  /** Returns {@code briefings-jackson}. */
  @Override
  public String getModuleName() {
    return "briefings-jackson";
  }

  /** Returns the version of the build this module comes from. */
  @Override
  public Version version() {
    return PackageVersion.VERSION;
  }

  /** Returns an id that tells modules with different options apart. */
  @Override
  public Object getTypeId() {
    return getModuleName() + (amounts == AmountRepresentation.NUMBER ? "/amounts-as-numbers" : "");
  }

  /**
   * The oldest jackson-databind the module works with: 2.16, the first with every read constraint
   * {@link #recommendedReadConstraints()} sets. Registering the module with an older mapper fails.
   */
  public static final Version MINIMUM_JACKSON = new Version(2, 16, 0, null, "com.fasterxml.jackson.core",
      "jackson-databind");

  /**
   * Registers the readers and writers.
   *
   * @throws IllegalStateException if the mapper's Jackson is older than {@link #MINIMUM_JACKSON}
   */
  @Override
  public void setupModule(SetupContext context) {
    Version jackson = context.getMapperVersion();
    if (jackson != null && !jackson.isUnknownVersion() && jackson.compareTo(MINIMUM_JACKSON) < 0) {
      throw new IllegalStateException("briefings-jackson needs jackson-databind " + MINIMUM_JACKSON.getMajorVersion()
          + "." + MINIMUM_JACKSON.getMinorVersion() + " or later; this mapper is " + jackson.toFullString());
    }
    SimpleSerializers out = new SimpleSerializers();
    SimpleDeserializers in = new SimpleDeserializers();
    codecs(amounts == AmountRepresentation.NUMBER, out, in);
    context.addSerializers(out);
    context.addDeserializers(in);
  }

  /**
   * Returns the codec of a type, as a module with the option registers it: how a serializer or
   * deserializer that was serialized with a mapper comes back to life.
   */
  static Object codec(boolean amountsAsNumbers, Class<?> type, boolean serializer) {
    List<Object> found = new ArrayList<>(1);
    SimpleSerializers out = new SimpleSerializers() {
      private static final long serialVersionUID = 1L;

      @Override
      public <T> void addSerializer(Class<? extends T> t, JsonSerializer<T> s) {
        if (serializer && t == type) {
          found.add(s);
        }
      }

      @Override
      public void addSerializer(JsonSerializer<?> s) {
        if (serializer && s.handledType() == type) {
          found.add(s);
        }
      }
    };
    SimpleDeserializers in = new SimpleDeserializers() {
      private static final long serialVersionUID = 1L;

      @Override
      public <T> void addDeserializer(Class<T> t, JsonDeserializer<? extends T> d) {
        if (!serializer && t == type) {
          found.add(d);
        }
      }
    };
    codecs(amountsAsNumbers, out, in);
    if (found.isEmpty()) {
      throw new IllegalStateException("briefings-jackson has no " + (serializer ? "serializer" : "deserializer")
          + " for " + type.getName());
    }
    return found.get(0);
  }

  private static void codecs(boolean amountsAsNumbers, SimpleSerializers out, SimpleDeserializers in) {
    ModelFormat model = new ModelFormat(amountsAsNumbers);
    AuditFormat audit = new AuditFormat(model);
    add(out, in, Briefing.class, model::writeBriefing, model::readBriefing, amountsAsNumbers);
    add(out, in, Count.class, ModelFormat::writeCount, Json::figure, amountsAsNumbers);
    add(out, in, StatedDate.class, (g, d) -> g.writeString(d.toString()), Json::statedDate, amountsAsNumbers);
    add(out, in, Speaker.class, ModelFormat::writeSpeaker, ModelFormat::readSpeaker, amountsAsNumbers);
    add(out, in, Source.class, ModelFormat::writeSource, ModelFormat::readSource, amountsAsNumbers);
    add(out, in, Statement.class, ModelFormat::writeStatement, ModelFormat::readStatement, amountsAsNumbers);
    add(out, in, Investigation.class, ModelFormat::writeInvestigation, ModelFormat::readInvestigation, amountsAsNumbers);
    add(out, in, Scope.class, ModelFormat::writeScope, ModelFormat::readScope, amountsAsNumbers);
    add(out, in, DetentionStats.class, ModelFormat::writeDetention, ModelFormat::readDetention, amountsAsNumbers);
    add(out, in, CriminalCases.class, ModelFormat::writeCriminalCases, ModelFormat::readCriminalCases, amountsAsNumbers);
    add(out, in, OrganizedCrime.class, ModelFormat::writeOrganizedCrime, ModelFormat::readOrganizedCrime, amountsAsNumbers);
    add(out, in, WeaponSeizure.class, ModelFormat::writeWeaponSeizure, ModelFormat::readWeaponSeizure, amountsAsNumbers);
    add(out, in, Casualties.class, ModelFormat::writeCasualties, ModelFormat::readCasualties, amountsAsNumbers);
    add(out, in, Damage.class, model::writeDamage, model::readDamage, amountsAsNumbers);
    add(out, in, StatedAmount.class, model::writeStatedAmount, model::readStatedAmount, amountsAsNumbers);
    add(out, in, ArsenalLoss.class, ModelFormat::writeArsenalLoss, ModelFormat::readArsenalLoss, amountsAsNumbers);
    add(out, in, PropertyRecovery.class, model::writePropertyRecovery, model::readPropertyRecovery, amountsAsNumbers);
    add(out, in, OfficialCase.class, ModelFormat::writeOfficial, ModelFormat::readOfficial, amountsAsNumbers);
    for (Vocabulary<?> v : Vocabulary.standard()) {
      addTerms(out, in, v, amountsAsNumbers);
    }
    add(out, in, Money.class, model::writeMoney, model::readMoney, amountsAsNumbers);
    add(out, in, OwnMeasure.class, DeclarationsFormat::writeMeasure, DeclarationsFormat::readMeasure, amountsAsNumbers);
    add(out, in, OwnFigure.class, DeclarationsFormat::writeOwnFigure, DeclarationsFormat::readOwnFigure, amountsAsNumbers);
    add(out, in, Relation.class, DeclarationsFormat::writeRelation, DeclarationsFormat::readRelation, amountsAsNumbers);
    add(out, in, Declarations.class, DeclarationsFormat::writeDeclarations, DeclarationsFormat::readDeclarations, amountsAsNumbers);
    add(out, in, ExchangeRate.class, AuditFormat::writeRate, AuditFormat::readRate, amountsAsNumbers);
    add(out, in, Conversion.class, audit::writeConversion, audit::readConversion, amountsAsNumbers);
    add(out, in, Violation.class, AuditFormat::writeViolation, AuditFormat::readViolation, amountsAsNumbers);
    add(out, in, ValidationReport.class, AuditFormat::writeReport, AuditFormat::readReport, amountsAsNumbers);
    add(out, in, BriefingSeries.class, audit::writeSeries, audit::readSeries, amountsAsNumbers);
    // a diff is derived from two briefings: it is written for people and tools, never read back
    out.addSerializer(new Codec.Serializer<>(BriefingDiff.class, AuditFormat::writeDiff, amountsAsNumbers));
  }

  private static <T extends Term> void addTerms(SimpleSerializers out, SimpleDeserializers in, Vocabulary<T> v,
      boolean amountsAsNumbers) {
    add(out, in, v.type(), (g, term) -> ModelFormat.writeTerm(g, v, term), (p, c) -> ModelFormat.readTerm(p, c, v),
        amountsAsNumbers);
  }

  private static <T> void add(SimpleSerializers out, SimpleDeserializers in, Class<T> type,
      ModelFormat.Writer<T> writer, Json.Reader<T> reader, boolean amountsAsNumbers) {
    out.addSerializer(new Codec.Serializer<>(type, writer, amountsAsNumbers));
    in.addDeserializer(type, new Codec.Deserializer<>(type, reader, amountsAsNumbers));
  }
}
