package io.github.briefings.jackson;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

/** Shared helpers for the module's tests. */
abstract class ModuleTestBase {
  /** A mapper with the module and the recommended parser limits, pretty-printing. */
  static ObjectMapper mapperWithModule(BriefingsModule module) {
    return new ObjectMapper(JsonFactory.builder().streamReadConstraints(BriefingsModule.recommendedReadConstraints()).build())
        .registerModule(module)
        .enable(SerializationFeature.INDENT_OUTPUT);
  }

  static ObjectMapper mapper() {
    return mapperWithModule(new BriefingsModule());
  }

  /** Turns single quotes into double quotes, so JSON reads easily in Java strings. */
  static String json(String singleQuoted) {
    return singleQuoted.replace('\'', '"');
  }
}
