package io.github.briefings.beam;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.briefings.model.Briefing;
import io.github.briefings.testkit.BriefingArbitraries;
import io.github.briefings.validation.Validator;
import java.io.ByteArrayOutputStream;
import java.io.NotSerializableException;
import java.io.ObjectOutputStream;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.apache.beam.sdk.coders.Coder;
import org.apache.beam.sdk.coders.CoderException;
import org.apache.beam.sdk.coders.KvCoder;
import org.apache.beam.sdk.coders.StringUtf8Coder;
import org.apache.beam.sdk.util.CoderUtils;
import org.apache.beam.sdk.util.SerializableUtils;
import org.apache.beam.sdk.values.KV;

/** The coder of briefings: a round trip, canonical bytes, nesting, and what it refuses. */
class BriefingCoderTest {
  @Provide
  Arbitrary<Briefing> briefings() {
    return BriefingArbitraries.briefings();
  }

  @Property(tries = 200)
  void decodingWhatWasEncodedGivesAnEqualBriefing(@ForAll("briefings") Briefing b) throws Exception {
    byte[] bytes = CoderUtils.encodeToByteArray(BriefingCoder.of(), b);
    assertThat(CoderUtils.decodeFromByteArray(BriefingCoder.of(), bytes)).isEqualTo(b);
    // nested in another coder, it delimits itself
    Coder<KV<Briefing, String>> kv = KvCoder.of(BriefingCoder.of(), StringUtf8Coder.of());
    assertThat(CoderUtils.decodeFromByteArray(kv, CoderUtils.encodeToByteArray(kv, KV.of(b, "after"))))
        .isEqualTo(KV.of(b, "after"));
  }

  @Property(tries = 200)
  void equalBriefingsEncodeToEqualBytes(@ForAll("briefings") Briefing b) throws Exception {
    // an equal briefing built anew: as a worker gets it after a round trip
    Briefing copy = Briefing.builder().from(b).build();
    Briefing decoded = CoderUtils.decodeFromByteArray(BriefingCoder.of(), CoderUtils.encodeToByteArray(BriefingCoder.of(), b));
    assertThat(CoderUtils.encodeToByteArray(BriefingCoder.of(), copy))
        .isEqualTo(CoderUtils.encodeToByteArray(BriefingCoder.of(), b))
        .isEqualTo(CoderUtils.encodeToByteArray(BriefingCoder.of(), decoded));
    BriefingCoder.of().verifyDeterministic();
    assertThat(BriefingCoder.of().consistentWithEquals()).isTrue();
  }

  @Example
  void theCoderAndTheFactoryTravelWithThePipelineAndAValidatorCannot() throws Exception {
    assertThat(SerializableUtils.clone(BriefingCoder.of())).isSameAs(BriefingCoder.of());
    ValidatorFactory factory = SerializableUtils.clone(CorpusRules.standardAndSourced());
    assertThat(factory.create().rules()).anySatisfy(r -> assertThat(r.id()).isEqualTo("corpus.briefing-has-source"));
    // why the factory: a validator holds lambdas, and cannot be serialized
    Validator validator = factory.create();
    assertThatThrownBy(() -> new ObjectOutputStream(new ByteArrayOutputStream()).writeObject(validator))
        .isInstanceOf(NotSerializableException.class);
  }

  @Example
  void bytesThatAreNotABriefingAreACoderException() {
    assertThatThrownBy(() -> CoderUtils.decodeFromByteArray(BriefingCoder.of(), new byte[] {3, '{', '}', ' '}))
        .isInstanceOf(CoderException.class).hasMessageContaining("not a Briefing: at $");
    assertThatThrownBy(() -> CoderUtils.decodeFromByteArray(BriefingCoder.of(), new byte[] {9, '{'}))
        .isInstanceOf(CoderException.class);
    assertThatThrownBy(() -> CoderUtils.encodeToByteArray(BriefingCoder.of(), null)).isInstanceOf(CoderException.class);
  }
}
