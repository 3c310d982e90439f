package io.github.briefings.beam;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import io.github.briefings.jackson.JsonDocuments;
import io.github.briefings.model.Briefing;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import org.apache.beam.sdk.coders.CoderException;
import org.apache.beam.sdk.coders.CustomCoder;
import org.apache.beam.sdk.util.VarInt;

/**
 * A Beam coder of {@link Briefing}s: the JSON of the briefings format, prefixed by its length, so that
 * it nests in other coders. {@code Briefing} is not {@code Serializable}, and need not be.
 *
 * <p>It is deterministic, and consistent with {@code equals}: the writer's output is a function of
 * the value (every property in the format's fixed order, breakdown parts in their order, which
 * {@code Breakdown.equals} respects, amounts with their scale, which {@code Money.equals} respects),
 * so equal briefings encode to equal bytes, and equal bytes decode to equal briefings. The format's
 * round-trip and determinism properties pin this.
 */
public final class BriefingCoder extends CustomCoder<Briefing> {
  private static final long serialVersionUID = 1L;
  private static final BriefingCoder INSTANCE = new BriefingCoder();

  /** One mapper per JVM, made on first use: the coder travels with the pipeline, the mapper does not. */
  private static final class Mapper {
    static final ObjectMapper MAPPER = Json.mapper();
  }

  private BriefingCoder() {}

  /**
   * Returns the coder.
   *
   * @return the coder, never null
   */
  public static BriefingCoder of() {
    return INSTANCE;
  }

  @Override
  public void encode(Briefing value, OutputStream out) throws IOException {
    if (value == null) {
      throw new CoderException("cannot encode a null Briefing");
    }
    byte[] json = Mapper.MAPPER.writeValueAsBytes(value);
    VarInt.encode(json.length, out);
    out.write(json);
  }

  @Override
  public Briefing decode(InputStream in) throws IOException {
    int length = VarInt.decodeInt(in);
    byte[] json = in.readNBytes(length);
    if (json.length != length) {
      throw new CoderException("a Briefing of " + length + " bytes ended after " + json.length);
    }
    try {
      return JsonDocuments.read(Mapper.MAPPER, json, Briefing.class);
    } catch (MismatchedInputException e) {
      throw new CoderException("not a Briefing: " + e.getOriginalMessage(), e);
    }
  }

  /** Does nothing: the encoding is canonical (see the class comment). */
  @Override
  public void verifyDeterministic() {
    // deterministic: equal briefings are written as equal bytes
  }

  /** Returns true: equal briefings have equal encodings, and equal encodings decode to equal briefings. */
  @Override
  public boolean consistentWithEquals() {
    return true;
  }

  private Object readResolve() {
    return INSTANCE;
  }
}
