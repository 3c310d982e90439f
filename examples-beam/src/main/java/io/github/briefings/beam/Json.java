package io.github.briefings.beam;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.briefings.jackson.BriefingsModule;

/** The mapper of this module's workers: the briefings module and its recommended read limits, one line per value. */
final class Json {
  private Json() {}

  /** A new mapper; each worker makes its own in {@code @Setup}, since a mapper is no part of a pipeline. */
  static ObjectMapper mapper() {
    return new ObjectMapper(JsonFactory.builder().streamReadConstraints(BriefingsModule.recommendedReadConstraints()).build())
        .registerModule(new BriefingsModule());
  }
}
