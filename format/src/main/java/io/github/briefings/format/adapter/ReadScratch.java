package io.github.briefings.format.adapter;

import java.util.Arrays;

/**
 * What one reading of a document reuses from object to object: the table of the properties read of
 * each object open at once, by depth. A reading takes a table when it opens an object and gives it
 * back, cleared, when the object is built or has failed. Not thread-safe: one per parser, as
 * {@link JsonIn#scratch()} gives it. Internal.
 */
public final class ReadScratch {
  private Values[] open = new Values[8];
  private int depth;

  /** Returns a cleared table for an object of at most {@code size} properties, one level deeper. */
  Values open(JsonIn in, int size) {
    if (depth == open.length) {
      open = Arrays.copyOf(open, depth * 2);
    }
    Values v = open[depth];
    if (v == null || !v.holds(size)) {
      v = new Values(in, Math.max(size, 16)); // room for most objects of the format at this depth
      open[depth] = v;
    }
    depth++;
    return v;
  }

  /** Gives back the table of the innermost open object, cleared. */
  void close(Values values) {
    values.clear();
    depth--;
  }
}
