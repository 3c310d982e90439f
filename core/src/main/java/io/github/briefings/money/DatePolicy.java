package io.github.briefings.money;

/**
 * What to do when a rate is not available for the date asked: use that date only, or the latest
 * earlier date within a number of days (for weekends and holidays). The rate found says which date
 * was used. Immutable and thread-safe.
 */
public final class DatePolicy {
  private static final DatePolicy EXACT = new DatePolicy(0);

  private final int maxDaysEarlier;

  private DatePolicy(int maxDaysEarlier) {
    this.maxDaysEarlier = maxDaysEarlier;
  }

  /**
   * Returns the policy that accepts a rate of the date asked and no other.
   *
   * @return the policy that accepts a rate of the date asked and no other
   */
  public static DatePolicy exactDate() {
    return EXACT;
  }

  /**
   * Returns the policy that accepts the latest rate dated at most {@code days} before the date asked.
   *
   * @param days how far back to look, between 0 and 366
   * @return the policy, never null
   * @throws IllegalArgumentException if {@code days} is outside [0, 366]
   */
  public static DatePolicy latestWithin(int days) {
    if (days < 0 || days > 366) {
      throw new IllegalArgumentException("days must be between 0 and 366: " + days);
    }
    return days == 0 ? EXACT : new DatePolicy(days);
  }

  /**
   * Returns how many days before the date asked a rate may be dated; 0 for the exact date only.
   *
   * @return how many days before the date asked a rate may be dated; 0 for the exact date only
   */
  public int maxDaysEarlier() {
    return maxDaysEarlier;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof DatePolicy && ((DatePolicy) o).maxDaysEarlier == maxDaysEarlier;
  }

  @Override
  public int hashCode() {
    return maxDaysEarlier;
  }

  /** Returns {@code exact date} or {@code latest within N days}. */
  @Override
  public String toString() {
    return maxDaysEarlier == 0 ? "exact date" : "latest within " + maxDaysEarlier + " days";
  }
}
