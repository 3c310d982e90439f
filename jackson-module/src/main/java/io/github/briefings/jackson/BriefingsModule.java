package io.github.briefings.jackson;

import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.Version;
import com.fasterxml.jackson.databind.Module;
import com.fasterxml.jackson.databind.module.SimpleDeserializers;
import com.fasterxml.jackson.databind.module.SimpleSerializers;
import io.github.briefings.format.AmountRepresentation;
import io.github.briefings.format.JsonFormat;
import io.github.briefings.format.adapter.Formats;
import io.github.briefings.format.adapter.TypeFormat;

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
  public static final String SCHEMA_RESOURCE = JsonFormat.SCHEMA_RESOURCE;

  /**
   * The class-path resource of the JSON Schema (draft 2020-12) of declarations files: measures and
   * relations of the user's own ({@link io.github.briefings.validation.Declarations}).
   */
  public static final String DECLARATIONS_SCHEMA_RESOURCE = JsonFormat.DECLARATIONS_SCHEMA_RESOURCE;

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

  /**
   * Returns how this module writes and expects amounts of money.
   *
   * @return how this module writes and expects amounts of money
   */
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
        .maxNestingDepth(Formats.MAX_NESTING_DEPTH)
        .maxStringLength(Formats.MAX_STRING_LENGTH)
        .maxNumberLength(Formats.MAX_NUMBER_LENGTH)
        .maxNameLength(Formats.MAX_NAME_LENGTH)
        .maxDocumentLength(Formats.MAX_DOCUMENT_LENGTH)
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
    for (TypeFormat<?> format : Formats.all(amounts)) {
      add(out, in, format, amounts);
    }
    context.addSerializers(out);
    context.addDeserializers(in);
  }

  private static <T> void add(SimpleSerializers out, SimpleDeserializers in, TypeFormat<T> format,
      AmountRepresentation amounts) {
    out.addSerializer(new Codec.Serializer<>(format, amounts));
    if (format.reader().isPresent()) {
      in.addDeserializer(format.type(), new Codec.Deserializer<>(format.type(), format.reader().get(), amounts));
    }
  }
}
