package io.github.briefings.format.adapter;

import java.util.Arrays;
import java.util.Map;

/**
 * Values found by a code, such as well-known terms by their codes and constants by their names,
 * looked up in the characters a parser holds: a code is read without a {@code String} made for it.
 * Immutable. Internal.
 *
 * @param <T> the values
 */
public final class CodeTable<T> {
  private final String[] codes;
  /** Each code's characters, compared with a buffer's in one call. */
  private final char[][] chars;
  private final Object[] values;
  private final int mask;

  /** @param byCode the values by code, none null; iterated once */
  CodeTable(Map<String, T> byCode) {
    int slots = Integer.highestOneBit(Math.max(4, byCode.size() * 4) - 1) << 1; // at most a quarter full
    codes = new String[slots];
    chars = new char[slots][];
    values = new Object[slots];
    mask = slots - 1;
    for (Map.Entry<String, T> e : byCode.entrySet()) {
      int i = slot(e.getKey().hashCode());
      while (codes[i] != null) {
        i = (i + 1) & mask;
      }
      codes[i] = e.getKey();
      chars[i] = e.getKey().toCharArray();
      values[i] = e.getValue();
    }
  }

  private int slot(int hash) {
    return (hash ^ hash >>> 16) & mask;
  }

  /**
   * Returns the value whose code is the characters given, or null.
   *
   * @param chars a buffer, not null
   * @param offset where the code starts in it
   * @param length how many characters it has
   * @return the value, or null when no code is those characters
   */
  @SuppressWarnings("unchecked") // each slot holds a T or nothing
  public T find(char[] chars, int offset, int length) {
    int hash = 0; // as String.hashCode computes it
    for (int i = offset, end = offset + length; i < end; i++) {
      hash = 31 * hash + chars[i];
    }
    for (int i = slot(hash); codes[i] != null; i = (i + 1) & mask) {
      char[] code = this.chars[i];
      if (code.length == length && Arrays.equals(code, 0, length, chars, offset, offset + length)) {
        return (T) values[i];
      }
    }
    return null;
  }

  /**
   * Returns the value whose code is the text given, or null.
   *
   * @param code not null
   * @return the value, or null
   */
  @SuppressWarnings("unchecked") // each slot holds a T or nothing
  public T find(String code) {
    for (int i = slot(code.hashCode()); codes[i] != null; i = (i + 1) & mask) {
      if (codes[i].equals(code)) {
        return (T) values[i];
      }
    }
    return null;
  }
}
