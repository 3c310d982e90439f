package io.github.briefings;

import static org.assertj.core.api.Assertions.assertThat;

/** Checks the equality contract of a value type on chosen values. */
public final class Equality {
  private Equality() {}

  /**
   * Asserts that {@code value} equals {@code same} (with an equal hash code) and no other value, and
   * that the chosen different values also hash differently from it.
   *
   * @param value a value
   * @param same an equal value built separately
   * @param different values that differ from {@code value} in one part each
   */
  public static void assertEqualOnlyTo(Object value, Object same, Object... different) {
    assertThat(value).isEqualTo(same).hasSameHashCodeAs(same);
    assertThat(same).isEqualTo(value);
    assertThat(value.equals(null)).isFalse();
    assertThat(value.equals(new Object())).isFalse();
    for (Object other : different) {
      assertThat(value).as("%s vs %s", value, other).isNotEqualTo(other);
      assertThat(other).as("%s vs %s", other, value).isNotEqualTo(value);
      assertThat(value.hashCode()).as("hash of %s vs %s", value, other).isNotEqualTo(other.hashCode());
    }
  }
}
