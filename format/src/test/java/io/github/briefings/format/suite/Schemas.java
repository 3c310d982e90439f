package io.github.briefings.format.suite;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.github.briefings.format.JsonFormat;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.stream.Collectors;

/** The module's JSON Schema, loaded from the jar's resource, and a real validator for it. */
public final class Schemas {
  private static final Schema BRIEFING = load(JsonFormat.SCHEMA_RESOURCE);
  private static final Schema DECLARATIONS = load(JsonFormat.DECLARATIONS_SCHEMA_RESOURCE);

  private Schemas() {}

  private static Schema load(String resource) {
    try (InputStream in = JsonFormat.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("the schema is not in the jar at " + resource);
      }
      return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Returns the schema's complaints about a briefing document; empty when it is valid. A document the
   * validator cannot parse as JSON is one complaint.
   */
  public static List<String> briefingErrors(String json) {
    return errors(BRIEFING, json);
  }

  /** Returns the declarations schema's complaints about a declarations file; empty when it is valid. */
  public static List<String> declarationsErrors(String json) {
    return errors(DECLARATIONS, json);
  }

  private static List<String> errors(Schema schema, String json) {
    List<Error> errors;
    try {
      errors = schema.validate(json, InputFormat.JSON);
    } catch (UncheckedIOException e) {
      return List.of("$: not JSON: " + e.getCause().getMessage());
    }
    return errors.stream().map(e -> e.getInstanceLocation() + ": " + e.getMessage()).collect(Collectors.toList());
  }
}
