package io.github.briefings.draft;

import io.github.briefings.model.Count;
import io.github.briefings.model.Damage;
import io.github.briefings.model.SourceSpan;
import io.github.briefings.model.StatedAmount;
import io.github.briefings.validation.Rule;
import io.github.briefings.validation.RuleContext;
import io.github.briefings.validation.Severity;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalInt;

/**
 * Checks that the figures read from a source text still quote it: a rule, {@link #ID}, for a
 * validator that is given the text. Each span of that source (by its id), on a count, one of its other
 * statements, a property recovered or an amount of damage, must hold its
 * {@link SourceSpan#exact() quote} at its positions: an ERROR when it does not, saying where the quote
 * now stands when its context finds it. A source whose SHA-256 changed while every quote still stands
 * is noted (INFO).
 */
public final class SourceCheck {
  /** The rule's id. */
  public static final String ID = "source.span-quotes-source";

  private SourceCheck() {}

  /**
   * Returns the SHA-256 of bytes, in lowercase hexadecimal, as spans give it.
   *
   * @param bytes the source's bytes, not null
   * @return 64 hexadecimal digits
   */
  public static String sha256(byte[] bytes) {
    try {
      StringBuilder hex = new StringBuilder(64);
      for (byte b : MessageDigest.getInstance("SHA-256").digest(bytes)) {
        hex.append(Character.forDigit((b >> 4) & 0xf, 16)).append(Character.forDigit(b & 0xf, 16));
      }
      return hex.toString();
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-256", e);
    }
  }

  /**
   * Returns the rule that checks the spans of one source.
   *
   * @param source the source's id, as the spans name it (its file name, say); not null
   * @param bytes the source's bytes, UTF-8 text; not null
   * @return the rule, never null
   */
  public static Rule of(String source, byte[] bytes) {
    return of(Map.of(Objects.requireNonNull(source, "source"), Objects.requireNonNull(bytes, "bytes")));
  }

  /**
   * Returns the rule that checks the spans of the sources given; spans of other sources are not checked.
   *
   * @param sources each source's bytes (UTF-8 text) by its id; not null
   * @return the rule, never null
   */
  public static Rule of(Map<String, byte[]> sources) {
    Map<String, String> texts = new LinkedHashMap<>();
    Map<String, String> hashes = new LinkedHashMap<>();
    sources.forEach((id, bytes) -> {
      String text = new String(bytes, StandardCharsets.UTF_8);
      // positions count from after a byte order mark, as the drafter reads the text
      texts.put(id, text.startsWith("\uFEFF") ? text.substring(1) : text);
      hashes.put(id, sha256(bytes));
    });
    return Rule.of(ID, Severity.ERROR, "every figure read from a source text still quotes it where its span says",
        (briefing, findings) -> {
          Map<String, SourceSpan> spans = new LinkedHashMap<>();
          for (Map.Entry<String, Count> figure : briefing.figures().entrySet()) {
            List<Count> statements = figure.getValue().statements();
            for (int i = 0; i < statements.size(); i++) {
              String at = i == 0 ? figure.getKey() : figure.getKey() + ".alsoStated[" + (i - 1) + "]";
              statements.get(i).span().ifPresent(span -> spans.put(at + ".span", span));
            }
          }
          for (int i = 0; i < briefing.propertyRecoveries().size(); i++) {
            String at = "propertyRecoveries[" + i + "].span";
            briefing.propertyRecoveries().get(i).span().ifPresent(span -> spans.put(at, span));
          }
          for (Damage d : briefing.damage()) {
            String at = Damage.SECTION.path(d);
            d.total().flatMap(StatedAmount::span).ifPresent(span -> spans.put(at + ".total.span", span));
            d.byParty().parts().forEach((party, amount) -> amount.span()
                .ifPresent(span -> spans.put(at + ".byParty[" + party.code() + "].span", span)));
          }
          spans.forEach((path, span) -> {
            if (texts.containsKey(span.source())) {
              check(span, path, texts.get(span.source()), hashes.get(span.source()), findings);
            }
          });
        });
  }

  private static void check(SourceSpan span, String path, String text, String sha256, RuleContext findings) {
    Map<String, String> values = new LinkedHashMap<>();
    values.put("exact", span.exact());
    values.put("start", Integer.toString(span.start()));
    values.put("end", Integer.toString(span.end()));
    String where = "\"" + span.exact() + "\" at [" + span.start() + ", " + span.end() + ")";
    if (span.quotedIn(text)) {
      if (!span.sha256().equals(sha256)) {
        findings.note(path, span.source() + " changed since the span was taken (its SHA-256 differs), but it still"
            + " quotes " + where, values);
      }
      return;
    }
    OptionalInt moved = span.findIn(text);
    findings.violated(path, span.source() + " does not quote " + where + (moved.isPresent()
        ? "; the quote and its context now stand at [" + moved.getAsInt() + ", "
            + (moved.getAsInt() + span.end() - span.start()) + ")" : ""), values);
  }
}
