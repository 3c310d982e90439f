package io.github.briefings.format.adapter;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.briefings.model.CaseCategory;
import io.github.briefings.model.Term;
import io.github.briefings.model.Vocabulary;
import io.github.briefings.model.WeaponType;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Codes looked up in a parser's buffer find what a map of the codes finds, and nothing else. */
class CodeTableTest {
  @Test
  void everyWellKnownCodeIsFoundInABufferAndAsText() {
    for (Vocabulary<?> vocabulary : List.of(CaseCategory.VOCABULARY, WeaponType.VOCABULARY)) {
      Map<String, Object> byCode = new LinkedHashMap<>();
      for (Term t : vocabulary.wellKnown()) {
        byCode.putIfAbsent(t.code(), t);
      }
      CodeTable<Object> table = new CodeTable<>(byCode);
      for (Map.Entry<String, Object> e : byCode.entrySet()) {
        char[] buffer = ("xx" + e.getKey() + "yy").toCharArray();
        assertThat(table.find(buffer, 2, e.getKey().length())).as(e.getKey()).isSameAs(e.getValue());
        assertThat(table.find(e.getKey())).isSameAs(e.getValue());
        // a code and more, a code less its last character, a code in capitals: none of them
        assertThat(table.find(buffer, 2, e.getKey().length() + 1)).isNull();
        assertThat(table.find(buffer, 2, e.getKey().length() - 1)).isNull();
        assertThat(table.find(e.getKey().toUpperCase(java.util.Locale.ROOT))).isNull();
      }
      assertThat(table.find(new char[0], 0, 0)).isNull();
    }
  }

  @Test
  void codesWhoseHashesCollideAreToldApart() {
    // "Aa" and "BB" have one String.hashCode, and so do "AaAa", "AaBB", "BBAa" and "BBBB"
    Map<String, Integer> byCode = new LinkedHashMap<>();
    List<String> codes = List.of("Aa", "BB", "AaAa", "AaBB", "BBAa", "BBBB");
    for (int i = 0; i < codes.size(); i++) {
      byCode.put(codes.get(i), i);
    }
    CodeTable<Integer> table = new CodeTable<>(byCode);
    for (int i = 0; i < codes.size(); i++) {
      assertThat(table.find(codes.get(i).toCharArray(), 0, codes.get(i).length())).isEqualTo(i);
    }
    assertThat(table.find("BBBA".toCharArray(), 0, 4)).isNull();
    assertThat(table.find("CB")).isNull();
  }
}
