package io.github.briefings.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The four open vocabularies have one shape: constants, attributes and a factory that agree. */
class VocabularyTest {
  @Test
  void theStandardVocabulariesAreTheModelsTermTypes() {
    assertThat(Vocabulary.standard()).<Object>extracting(Vocabulary::type)
        .containsExactly(CaseCategory.class, WeaponType.class, SentenceKind.class, EvidenceKind.class, Provenance.class,
            CasualtyGroup.class, Region.class, DamagedParty.class);
    assertThat(Vocabulary.standard()).extracting(Vocabulary::name)
        .containsExactly("case category", "weapon type", "sentence kind", "evidence kind", "provenance",
            "casualty group", "region", "damaged party");
    assertThat(SentenceKind.VOCABULARY.attributes()).extracting(Vocabulary.Attribute::name).containsExactly("custodial");
    assertThat(CaseCategory.VOCABULARY.attributes()).extracting(Vocabulary.Attribute::name).containsExactly("legalArticle");
    assertThat(WeaponType.VOCABULARY.attributes()).isEmpty();
    assertThat(EvidenceKind.VOCABULARY.attributes()).isEmpty();
  }

  @Test
  void everyConstantIsWellKnownAndIsRemadeFromItsParts() {
    for (Vocabulary<?> v : Vocabulary.standard()) {
      remakeConstants(v);
    }
  }

  private static <T extends Term> void remakeConstants(Vocabulary<T> v) {
    Set<String> codes = new HashSet<>();
    for (T constant : v.wellKnown()) {
      assertThat(codes.add(constant.code())).as("%s code %s once", v, constant).isTrue();
      assertThat(v.isWellKnown(constant)).isTrue();
      assertThat(v.wellKnown(constant.code())).containsSame(constant);
      Map<String, Object> attributes = new HashMap<>();
      for (Vocabulary.Attribute<T> a : v.attributes()) {
        a.of(constant).ifPresent(value -> attributes.put(a.name(), value));
        assertThat(a.of(constant).isPresent() || !a.isRequired()).as("%s.%s given", constant, a).isTrue();
        a.of(constant).ifPresent(value -> assertThat(value).as("%s.%s", constant, a).isInstanceOf(a.type()));
      }
      T remade = v.of(constant.code(), constant.label(), attributes);
      assertThat(remade).isEqualTo(constant).isInstanceOf(v.type());
    }
    assertThat(v.wellKnown("no-such-code")).isEmpty();
  }

  @Test
  void termsOfTheUsersOwnKeepTheirAttributesAndAreNotWellKnown() {
    SentenceKind labour = SentenceKind.VOCABULARY.of("corrective-labour", "corrective labour", Map.of("custodial", false));
    assertThat(labour).isEqualTo(SentenceKind.of("corrective-labour", "corrective labour", false));
    assertThat(SentenceKind.VOCABULARY.isWellKnown(labour)).isFalse();
    CaseCategory extortion = CaseCategory.VOCABULARY.of("extortion", "extortion", Map.of("legalArticle", "Article 194"));
    assertThat(extortion.legalArticle()).contains("Article 194");
    assertThat(CaseCategory.VOCABULARY.attributes().get(0).of(CaseCategory.of("extortion", "extortion"))).isEmpty();
    assertThat(WeaponType.VOCABULARY.of("crossbow", "crossbows", Map.of())).isEqualTo(WeaponType.of("crossbow", "crossbows"));
  }

  @Test
  void theFactoryRefusesMissingWrongAndUnknownAttributesByName() {
    assertThatExceptionOfType(InvalidValueException.class)
        .isThrownBy(() -> SentenceKind.VOCABULARY.of("labour", "labour", Map.of()))
        .withMessage("invalid SentenceKind: custodial is required for a sentence kind of your own");
    assertThatExceptionOfType(InvalidValueException.class)
        .isThrownBy(() -> SentenceKind.VOCABULARY.of("labour", "labour", Map.of("custodial", "no")))
        .withMessage("invalid SentenceKind: custodial must be a Boolean: String");
    assertThatExceptionOfType(InvalidValueException.class)
        .isThrownBy(() -> WeaponType.VOCABULARY.of("crossbow", "crossbows", Map.of("calibre", "9 mm")))
        .withMessage("invalid WeaponType: calibre is not an attribute of a weapon type");
    assertThatExceptionOfType(InvalidValueException.class)
        .isThrownBy(() -> EvidenceKind.VOCABULARY.of("Video", " ", Map.of()))
        .satisfies(e -> assertThat(e.problems()).hasSize(2));
  }

  @Test
  void aTermOfTheUsersOwnCannotTakeAWellKnownCodeWithOtherAttributes() {
    for (Vocabulary<?> v : Vocabulary.standard()) {
      if (v.wellKnown().isEmpty()) {
        continue; // regions: every term is the user's own
      }
      Term constant = v.wellKnown().get(0);
      assertThatExceptionOfType(InvalidValueException.class)
          .isThrownBy(() -> v.of(constant.code(), constant.label() + " (own)", requiredOnly(v)))
          .withMessageContaining("is the code of a well-known " + v.name());
    }
  }

  private static Map<String, Object> requiredOnly(Vocabulary<?> v) {
    Map<String, Object> values = new HashMap<>();
    for (Vocabulary.Attribute<?> a : v.attributes()) {
      if (a.isRequired()) {
        values.put(a.name(), Boolean.TRUE);
      }
    }
    return values;
  }

  @Test
  void attributesAreDescribed() {
    List<Vocabulary.Attribute<SentenceKind>> attributes = SentenceKind.VOCABULARY.attributes();
    assertThat(attributes.get(0).isRequired()).isTrue();
    assertThat(attributes.get(0).type()).isEqualTo(Boolean.class);
    assertThat(attributes.get(0).description()).isNotBlank();
    assertThat(CaseCategory.VOCABULARY.attributes().get(0).isRequired()).isFalse();
    assertThat(CaseCategory.VOCABULARY.attributes().get(0).type()).isEqualTo(String.class);
  }
}
