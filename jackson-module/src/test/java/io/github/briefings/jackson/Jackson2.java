package io.github.briefings.jackson;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import io.github.briefings.format.AmountRepresentation;
import io.github.briefings.format.adapter.JsonPath;
import io.github.briefings.format.suite.Binding;
import java.util.List;
import java.util.Optional;

/** The Jackson 2 module as the conformance suite drives it. */
final class Jackson2 implements Binding {
  static final Jackson2 MODULE = new Jackson2(new BriefingsModule());

  private final BriefingsModule module;
  private final ObjectMapper mapper;
  private final ObjectMapper compact;
  private final ObjectMapper defaults;

  Jackson2(BriefingsModule module) {
    this.module = module;
    this.mapper = ModuleTestBase.mapperWithModule(module);
    this.compact = mapper.copy().disable(SerializationFeature.INDENT_OUTPUT);
    this.defaults = new ObjectMapper(JsonFactory.builder().build()).registerModule(module);
  }

  @Override
  public <T> T read(String json, Class<T> type) throws Exception {
    return mapper.readValue(json, type);
  }

  @Override
  public <T> T read(byte[] json, Class<T> type) throws Exception {
    return mapper.readValue(json, type);
  }

  @Override
  public <T> T readWithDefaults(String json, Class<T> type) throws Exception {
    return defaults.readValue(json, type);
  }

  @Override
  public <T> T readDocument(byte[] json, Class<T> type) throws Exception {
    return JsonDocuments.read(compact, json, type);
  }

  @Override
  public String write(Object value) throws Exception {
    return mapper.writeValueAsString(value);
  }

  @Override
  public byte[] writeCompact(Object value) throws Exception {
    return compact.writeValueAsBytes(value);
  }

  @Override
  public Binding withAmountsAsNumbers() {
    return new Jackson2(module.withAmounts(AmountRepresentation.NUMBER));
  }

  @Override
  public Optional<Refusal> refusal(Throwable thrown) {
    if (!(thrown instanceof MismatchedInputException e)) {
      return Optional.empty();
    }
    return Optional.of(new Refusal(e.getOriginalMessage(), jsonPath(e.getPath())));
  }

  /** The JSON path an exception's references name, written as the messages write paths. */
  static String jsonPath(List<JsonMappingException.Reference> path) {
    StringBuilder out = new StringBuilder("$");
    for (JsonMappingException.Reference r : path) {
      out.append(r.getFieldName() != null ? JsonPath.segment(r.getFieldName()) : "[" + r.getIndex() + "]");
    }
    return out.toString();
  }
}
