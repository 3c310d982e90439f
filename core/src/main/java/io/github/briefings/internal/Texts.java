package io.github.briefings.internal;

/**
 * Checks and quoting of text shared by the library's modules. Every check runs in a loop over the
 * characters: its cost grows with the length of the text, its stack depth never does. Not for use
 * outside this library.
 */
public final class Texts {
  /** The most characters of a value that a message quotes. */
  public static final int QUOTED = 40;

  private Texts() {}

  /**
   * Returns whether the text is a lowercase slug: letters a–z and digits in runs joined by single
   * hyphens, such as {@code "kz-2022-04-11"}.
   *
   * @param s not null
   * @return whether it is a slug (the empty text is not)
   */
  public static boolean isSlug(CharSequence s) {
    return isSlug(s, 0, s.length());
  }

  /**
   * Returns whether the text is one or more slugs joined by dots, such as {@code "acme.my-rule"}.
   *
   * @param s not null
   * @return whether it is a dotted slug
   */
  public static boolean isDottedSlug(CharSequence s) {
    int start = 0;
    for (int i = 0; i <= s.length(); i++) {
      if (i == s.length() || s.charAt(i) == '.') {
        if (!isSlug(s, start, i)) {
          return false;
        }
        start = i + 1;
      }
    }
    return true;
  }

  private static boolean isSlug(CharSequence s, int from, int to) {
    boolean afterHyphen = true; // a slug may not start with a hyphen
    for (int i = from; i < to; i++) {
      char c = s.charAt(i);
      if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
        afterHyphen = false;
      } else if (c == '-' && !afterHyphen) {
        afterHyphen = true;
      } else {
        return false;
      }
    }
    return !afterHyphen; // neither empty nor ending with a hyphen
  }

  /**
   * Returns whether the text has nothing visible in it: it is empty or made only of white space,
   * Unicode space separators (the no-break space among them), control characters (NUL among them)
   * and invisible format characters (the zero-width space, joiners, the byte order mark).
   *
   * @param s not null
   * @return whether it is blank
   */
  public static boolean isBlank(CharSequence s) {
    for (int i = 0; i < s.length(); ) {
      int cp = Character.codePointAt(s, i);
      if (!isInvisible(cp)) {
        return false;
      }
      i += Character.charCount(cp);
    }
    return true;
  }

  private static boolean isInvisible(int cp) {
    if (cp > ' ' && cp < 0x7f) {
      return false; // printable ASCII, what most texts start with
    }
    if (Character.isWhitespace(cp) || Character.isSpaceChar(cp)) {
      return true;
    }
    int type = Character.getType(cp);
    return type == Character.CONTROL || type == Character.FORMAT;
  }

  /**
   * Quotes a value for a message, at most {@value #QUOTED} characters of it: {@code "abc"}, or
   * {@code "aaaa…" (10,485,760 characters)} for a longer one.
   *
   * @param s not null
   * @return the quoted text, never longer than about 80 characters
   */
  public static String quote(CharSequence s) {
    return quote(s, '"');
  }

  /**
   * Quotes a value for a message between the given marks, at most {@value #QUOTED} characters of it.
   *
   * @param s not null
   * @param mark the quotation mark, such as {@code '} in a JSON path
   * @return the quoted text, never longer than about 80 characters
   */
  public static String quote(CharSequence s, char mark) {
    if (s.length() <= QUOTED) {
      return mark + s.toString() + mark;
    }
    int end = QUOTED;
    if (Character.isHighSurrogate(s.charAt(end - 1))) {
      end--; // never cut a character in two
    }
    return mark + s.subSequence(0, end).toString() + "…" + mark + " ("
        + String.format(java.util.Locale.ROOT, "%,d", s.length()) + " characters)";
  }

  /**
   * Returns whether two keys are near each other, as a slip of the keyboard or a shortened key makes
   * them: at most two edits apart (one for keys of up to four characters), or one the other's leading
   * hyphen-separated part ({@code all} and {@code all-suspects}).
   *
   * @param a not null
   * @param b not null
   * @return whether they are different and near
   */
  public static boolean near(String a, String b) {
    if (a.equals(b)) {
      return false;
    }
    if (a.startsWith(b + "-") || b.startsWith(a + "-")) {
      return true;
    }
    int max = Math.min(a.length(), b.length()) <= 4 ? 1 : 2;
    if (Math.abs(a.length() - b.length()) > max) {
      return false;
    }
    int[] previous = new int[b.length() + 1];
    int[] current = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      current[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int substitute = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
        current[j] = Math.min(substitute, Math.min(previous[j] + 1, current[j - 1] + 1));
      }
      int[] swap = previous;
      previous = current;
      current = swap;
    }
    return previous[b.length()] <= max;
  }
}
