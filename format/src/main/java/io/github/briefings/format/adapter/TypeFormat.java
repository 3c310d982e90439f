package io.github.briefings.format.adapter;

import java.util.Optional;

/**
 * How one type is written, and read when it can be: what an adapter registers as a serializer and a
 * deserializer. Internal.
 *
 * @param type the type
 * @param writer how a value is written
 * @param reader how a value is read; empty for a type that is written only (a diff)
 */
public record TypeFormat<T>(Class<T> type, Writer<T> writer, Optional<Reader<T>> reader) {}
