package io.github.briefings.jackson3;

import io.github.briefings.format.AmountRepresentation;
import io.github.briefings.format.JsonFormat;
import io.github.briefings.format.adapter.Formats;
import io.github.briefings.format.adapter.TypeFormat;
import java.io.Serializable;
import java.util.Objects;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.Version;
import tools.jackson.databind.JacksonModule;
import tools.jackson.databind.module.SimpleDeserializers;
import tools.jackson.databind.module.SimpleSerializers;

/**
 * The Jackson 3 module of the briefings JSON format ({@code FORMAT.md}; JSON Schema at
 * {@value #SCHEMA_RESOURCE}): the same format as the Jackson 2 module {@code briefings-jackson}, for
 * {@code tools.jackson}. It reads and writes briefings and their parts, figures, money, exchange rates,
 * conversions, validation reports and series.
 *
 * <pre>{@code
 * JsonMapper mapper = JsonMapper.builder().addModule(new BriefingsModule()).build();
 * Briefing briefing = mapper.readValue(json, Briefing.class);
 * String out = mapper.writeValueAsString(briefing);
 * }</pre>
 *
 * <p>Reading is strict whatever the mapper's settings: an unknown or repeated property, a wrong JSON
 * type, a negative figure, an unknown qualifier, currency or vocabulary code, a bad date or a broken
 * invariant is a {@link tools.jackson.databind.exc.MismatchedInputException} (a
 * {@link tools.jackson.databind.DatabindException}) whose message names the JSON path, what was
 * expected and what was found, and whose {@code getPath()} holds the same path. A value read at the
 * top of the input is the whole document: content after it, or the document {@code null}, is refused
 * too. Failures Jackson meets before it asks the module (empty input, a first token that is not JSON)
 * are reported with a path when the document is read through {@link JsonDocuments}. Writing is
 * deterministic and omits absent parts.
 *
 * <p>Serializable, as a Jackson 3 mapper keeps its modules: a mapper that went through Java
 * serialization (as engines such as Beam, Flink and Spark do with their functions) reads and writes
 * as the original.
 *
 * <p>Found by {@code MapperBuilder.findAndAddModules()}. Immutable and thread-safe; options are set
 * with {@code with…} methods that return a new module. Set parser limits on your own mapper's factory,
 * for instance {@link #recommendedReadConstraints()}.
 */
public final class BriefingsModule extends JacksonModule implements Serializable {
  private static final long serialVersionUID = 1L;

  /** The class-path resource of the JSON Schema (draft 2020-12) of a briefing document. */
  public static final String SCHEMA_RESOURCE = JsonFormat.SCHEMA_RESOURCE;

  /**
   * The class-path resource of the JSON Schema (draft 2020-12) of declarations files: measures and
   * relations of the user's own ({@link io.github.briefings.validation.Declarations}).
   */
  public static final String DECLARATIONS_SCHEMA_RESOURCE = JsonFormat.DECLARATIONS_SCHEMA_RESOURCE;

  /** How amounts of money are written and expected. */
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
    return new BriefingsModule(Objects.requireNonNull(representation, "representation must not be null"));
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
   * JsonMapper mapper = JsonMapper.builder(JsonFactory.builder()
   *     .streamReadConstraints(BriefingsModule.recommendedReadConstraints()).build())
   *     .addModule(new BriefingsModule()).build();
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

  /** Returns {@code briefings-jackson3}. */
  @Override
  public String getModuleName() {
    return "briefings-jackson3";
  }

  /** Returns the version of the build this module comes from. */
  @Override
  public Version version() {
    return PackageVersion.VERSION;
  }

  /** Returns an id that tells modules with different options apart. */
  @Override
  public Object getRegistrationId() {
    return getModuleName() + (amounts == AmountRepresentation.NUMBER ? "/amounts-as-numbers" : "");
  }

  /** Registers the readers and writers. */
  @Override
  public void setupModule(SetupContext context) {
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
