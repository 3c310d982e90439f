package io.github.briefings.series;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The uses of one section's keys across a series, which the lone-key rule reads: for each key, the
 * first briefings that use it and how many records in all. Briefings repeat their records in order,
 * so the key of the record at each position in the previous briefing is kept, and most keys are found
 * by position rather than by hashing.
 */
final class KeyUses {
  /** Where a key is used: the first briefings (up to three, for messages) and how many records in all. */
  static final class Use {
    private final List<String> first = new ArrayList<>(3);
    private int count;

    private void add(String briefing) {
      if (first.size() < 3) {
        first.add(briefing);
      }
      count++;
    }

    /** Returns how many records use the key. */
    int count() {
      return count;
    }

    /** Returns the briefing of the first record that uses the key. */
    String firstBriefing() {
      return first.get(0);
    }

    /** Returns the first briefings that use the key, and how many more: {@code b-1, b-2, b-3 and 4 more}. */
    String briefings() {
      return String.join(", ", first) + (count > first.size() ? " and " + (count - first.size()) + " more" : "");
    }
  }

  private final Map<String, Use> byKey = new HashMap<>();
  private String[] keys = new String[0];
  private Use[] uses = new Use[0];

  /** Counts a use of a key by the record at a position of its section in a briefing. */
  void add(int position, String key, String briefing) {
    if (keys.length <= position) {
      keys = Arrays.copyOf(keys, position + 1);
      uses = Arrays.copyOf(uses, position + 1);
    }
    Use use = uses[position];
    if (use == null || !keys[position].equals(key)) {
      use = byKey.computeIfAbsent(key, k -> new Use());
      keys[position] = key;
      uses[position] = use;
    }
    use.add(briefing);
  }

  /** Returns the uses of each key. */
  Map<String, Use> byKey() {
    return byKey;
  }
}
