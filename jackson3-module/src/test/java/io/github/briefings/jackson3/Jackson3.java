package io.github.briefings.jackson3;

import io.github.briefings.format.AmountRepresentation;
import io.github.briefings.format.adapter.JsonPath;
import io.github.briefings.format.suite.Binding;
import java.util.List;
import java.util.Optional;
import tools.jackson.core.JacksonException;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.json.JsonMapper;

/** The Jackson 3 module as the conformance suite drives it. */
final class Jackson3 implements Binding {
  static final Jackson3 MODULE = new Jackson3(new BriefingsModule());

  private final BriefingsModule module;
  private final JsonMapper mapper;
  private final JsonMapper compact;
  private final JsonMapper defaults;

  Jackson3(BriefingsModule module) {
    this.module = module;
    this.compact = mapper(module);
    this.mapper = compact.rebuild().enable(SerializationFeature.INDENT_OUTPUT).build();
    this.defaults = JsonMapper.builder().addModule(module).build();
  }

  /** A mapper with the module and the recommended read limits. */
  static JsonMapper mapper(BriefingsModule module) {
    return JsonMapper.builder(JsonFactory.builder()
        .streamReadConstraints(BriefingsModule.recommendedReadConstraints()).build())
        .addModule(module).build();
  }

  @Override
  public <T> T read(String json, Class<T> type) {
    return mapper.readValue(json, type);
  }

  @Override
  public <T> T read(byte[] json, Class<T> type) {
    return mapper.readValue(json, type);
  }

  @Override
  public <T> T readWithDefaults(String json, Class<T> type) {
    return defaults.readValue(json, type);
  }

  @Override
  public <T> T readDocument(byte[] json, Class<T> type) {
    return JsonDocuments.read(compact, json, type);
  }

  @Override
  public String write(Object value) {
    return mapper.writeValueAsString(value);
  }

  @Override
  public byte[] writeCompact(Object value) {
    return compact.writeValueAsBytes(value);
  }

  @Override
  public Binding withAmountsAsNumbers() {
    return new Jackson3(module.withAmounts(AmountRepresentation.NUMBER));
  }

  @Override
  public Optional<Refusal> refusal(Throwable thrown) {
    if (!(thrown instanceof MismatchedInputException e)) {
      return Optional.empty();
    }
    return Optional.of(new Refusal(e.getOriginalMessage(), jsonPath(e.getPath())));
  }

  /** The JSON path an exception's references name, written as the messages write paths. */
  static String jsonPath(List<JacksonException.Reference> path) {
    StringBuilder out = new StringBuilder("$");
    for (JacksonException.Reference r : path) {
      out.append(r.getPropertyName() != null ? JsonPath.segment(r.getPropertyName()) : "[" + r.getIndex() + "]");
    }
    return out.toString();
  }
}
