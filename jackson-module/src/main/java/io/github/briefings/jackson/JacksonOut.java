package io.github.briefings.jackson;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.io.SerializedString;
import io.github.briefings.format.adapter.JsonOut;
import io.github.briefings.format.adapter.Name;
import java.io.IOException;

/** The format's view of a Jackson 2 generator. */
final class JacksonOut implements JsonOut {
  private final JsonGenerator g;

  JacksonOut(JsonGenerator g) {
    this.g = g;
  }

  @Override
  public void startObject() throws IOException {
    g.writeStartObject();
  }

  @Override
  public void endObject() throws IOException {
    g.writeEndObject();
  }

  @Override
  public void startArray() throws IOException {
    g.writeStartArray();
  }

  @Override
  public void endArray() throws IOException {
    g.writeEndArray();
  }

  @Override
  public void name(String name) throws IOException {
    g.writeFieldName(name);
  }

  @Override
  public void name(Name name) throws IOException {
    g.writeFieldName(name.prepared(SerializedString.class, SerializedString::new)); // encoded once
  }

  @Override
  public void string(String value) throws IOException {
    g.writeString(value);
  }

  @Override
  public void string(Name value) throws IOException {
    g.writeString(value.prepared(SerializedString.class, SerializedString::new));
  }

  @Override
  public void number(long value) throws IOException {
    g.writeNumber(value);
  }

  @Override
  public void number(String plainDecimal) throws IOException {
    g.writeNumber(plainDecimal);
  }

  @Override
  public void bool(boolean value) throws IOException {
    g.writeBoolean(value);
  }
}
