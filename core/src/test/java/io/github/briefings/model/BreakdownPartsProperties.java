package io.github.briefings.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;

/**
 * A breakdown's parts, held in an array and looked up through an index once there are many, against
 * a plain reading: the parts put into a {@link LinkedHashMap}, a key put again replacing its part in
 * its place, and two keys with one code refused.
 */
class BreakdownPartsProperties {
  /** Well-known weapon types, and types of one's own, two of which share a code with each other. */
  private static final List<WeaponType> KEYS = keys();

  private static List<WeaponType> keys() {
    List<WeaponType> keys = new ArrayList<>(WeaponType.VOCABULARY.wellKnown());
    for (int i = 0; i < 12; i++) {
      keys.add(WeaponType.of("own-" + i, "own type " + i));
    }
    keys.add(WeaponType.of("own-0", "another own type 0"));
    return List.copyOf(keys);
  }

  @Provide
  Arbitrary<List<Integer>> puts() {
    return Arbitraries.integers().between(0, KEYS.size() - 1).list().ofMaxSize(40);
  }

  @Property(tries = 300)
  void partsAreWhatALinkedHashMapHolds(@ForAll("puts") List<Integer> puts) {
    Breakdown.Builder<WeaponType, Count> builder = Breakdown.builder(WeaponType.VOCABULARY);
    Map<WeaponType, Count> expected = new LinkedHashMap<>();
    Map<String, WeaponType> byCode = new LinkedHashMap<>();
    boolean repeated = false;
    for (int n = 0; n < puts.size(); n++) {
      WeaponType key = KEYS.get(puts.get(n));
      Count part = Count.exactly(n);
      builder.put(key, part);
      expected.put(key, part);
      WeaponType before = byCode.putIfAbsent(key.code(), key);
      repeated |= before != null && !before.equals(key);
    }
    if (repeated) {
      assertThatExceptionOfType(InvalidValueException.class).isThrownBy(builder::build)
          .withMessageContaining("parts must not list two weapon type keys with one code: \"own-0\"");
      return;
    }
    Breakdown<WeaponType, Count> breakdown = builder.build();
    Map<WeaponType, Count> parts = breakdown.parts();
    assertThat(parts).isEqualTo(expected).hasSameHashCodeAs(expected);
    assertThat(List.copyOf(parts.entrySet())).isEqualTo(List.copyOf(expected.entrySet()));
    assertThat(parts.toString()).isEqualTo(expected.toString());
    for (WeaponType key : KEYS) {
      assertThat(parts.get(key)).as("part of %s", key).isEqualTo(expected.get(key));
      assertThat(parts.containsKey(key)).isEqualTo(expected.containsKey(key));
    }
    assertThat(breakdown.toBuilder().build()).isEqualTo(breakdown);
  }

  @Property(tries = 50)
  void partsCannotBeChanged(@ForAll @Size(min = 1, max = 20) List<@net.jqwik.api.constraints.IntRange(max = 12) Integer> puts) {
    Breakdown.Builder<WeaponType, Count> builder = Breakdown.builder(WeaponType.VOCABULARY);
    for (int n : puts) {
      builder.put(KEYS.get(n), Count.exactly(n));
    }
    Map<WeaponType, Count> parts = builder.build().parts();
    WeaponType first = parts.keySet().iterator().next();
    assertThatExceptionOfType(UnsupportedOperationException.class).isThrownBy(() -> parts.put(first, Count.exactly(0)));
    assertThatExceptionOfType(UnsupportedOperationException.class).isThrownBy(() -> parts.remove(first));
    assertThatExceptionOfType(UnsupportedOperationException.class).isThrownBy(parts::clear);
    assertThatExceptionOfType(UnsupportedOperationException.class)
        .isThrownBy(() -> parts.entrySet().iterator().next().setValue(Count.exactly(0)));
    assertThatExceptionOfType(UnsupportedOperationException.class)
        .isThrownBy(() -> parts.values().removeIf(c -> true));
  }
}
