package io.github.briefings.money;

import io.github.briefings.internal.Texts;

/**
 * Thrown when a rate table file has a bad row; names the file, the line, the column and the value
 * (quoted in the message up to 40 characters, whole in {@link #value()}).
 */
public final class RateTableFormatException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  /** @serial the 1-based line number */
  private final int line;
  /** @serial the 1-based column number, 0 when the whole line is at fault */
  private final int column;
  /** @serial the offending text */
  private final String value;

  RateTableFormatException(String file, int line, int column, String columnName, String value, String problem) {
    super(file + " line " + line + (column > 0 ? ", column " + column + " (" + columnName + ")" : "") + ": "
        + problem + ": " + Texts.quote(value));
    this.line = line;
    this.column = column;
    this.value = value;
  }

  /**
   * Returns the 1-based line number of the bad row.
   *
   * @return the 1-based line number of the bad row
   */
  public int line() {
    return line;
  }

  /**
   * Returns the 1-based column number of the bad cell, or 0 when the whole line is at fault.
   *
   * @return the 1-based column number of the bad cell, or 0 when the whole line is at fault
   */
  public int column() {
    return column;
  }

  /**
   * Returns the offending text.
   *
   * @return the offending text
   */
  public String value() {
    return value;
  }
}
