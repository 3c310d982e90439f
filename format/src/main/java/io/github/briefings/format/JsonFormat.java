package io.github.briefings.format;

/**
 * Facts about the briefings JSON format ({@code FORMAT.md}) that hold whichever Jackson reads it: its
 * version and where its JSON Schemas are.
 */
public final class JsonFormat {
  private JsonFormat() {}

  /** The version of the briefing format written; every version from 1 up to it is read. */
  public static final int FORMAT_VERSION = 2;

  /** The version of the declarations format written, and the only one read. */
  public static final int DECLARATIONS_VERSION = 1;

  /** The class-path resource of the JSON Schema (draft 2020-12) of a briefing document. */
  public static final String SCHEMA_RESOURCE = "/io/github/briefings/format/briefing.schema.json";

  /**
   * The class-path resource of the JSON Schema (draft 2020-12) of declarations files: measures and
   * relations of the user's own ({@link io.github.briefings.validation.Declarations}).
   */
  public static final String DECLARATIONS_SCHEMA_RESOURCE = "/io/github/briefings/format/declarations.schema.json";
}
