package io.github.briefings.jackson3;

import io.github.briefings.format.adapter.JsonOut;
import io.github.briefings.format.adapter.Name;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.io.SerializedString;

/** The format's view of a Jackson 3 generator. */
final class JacksonOut implements JsonOut {
  private final JsonGenerator g;

  JacksonOut(JsonGenerator g) {
    this.g = g;
  }

  @Override
  public void startObject() {
    g.writeStartObject();
  }

  @Override
  public void endObject() {
    g.writeEndObject();
  }

  @Override
  public void startArray() {
    g.writeStartArray();
  }

  @Override
  public void endArray() {
    g.writeEndArray();
  }

  @Override
  public void name(String name) {
    g.writeName(name);
  }

  @Override
  public void name(Name name) {
    g.writeName(name.prepared(SerializedString.class, SerializedString::new)); // encoded once
  }

  @Override
  public void string(String value) {
    g.writeString(value);
  }

  @Override
  public void string(Name value) {
    g.writeString(value.prepared(SerializedString.class, SerializedString::new));
  }

  @Override
  public void number(long value) {
    g.writeNumber(value);
  }

  @Override
  public void number(String plainDecimal) {
    g.writeNumber(plainDecimal);
  }

  @Override
  public void bool(boolean value) {
    g.writeBoolean(value);
  }
}
