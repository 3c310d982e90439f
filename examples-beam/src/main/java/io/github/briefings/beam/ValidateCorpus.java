package io.github.briefings.beam;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.briefings.jackson.JsonDocuments;
import io.github.briefings.model.Briefing;
import io.github.briefings.validation.Finding;
import io.github.briefings.validation.Validator;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.channels.Channels;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import org.apache.beam.sdk.coders.KvCoder;
import org.apache.beam.sdk.coders.StringUtf8Coder;
import org.apache.beam.sdk.io.FileIO;
import org.apache.beam.sdk.transforms.Count;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.Keys;
import org.apache.beam.sdk.transforms.MapElements;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.transforms.Values;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.apache.beam.sdk.values.TupleTag;
import org.apache.beam.sdk.values.TupleTagList;
import org.apache.beam.sdk.values.TypeDescriptors;

/**
 * Validates a corpus of briefings in JSON Lines files, as the command-line tool's {@code validate}
 * reads them: one briefing per line, blank lines skipped, lines numbered from 1. Its output holds
 * <ul>
 *   <li>{@link #BRIEFINGS}: the briefings read (coded by {@link BriefingCoder});
 *   <li>{@link #DEAD_LETTERS}: a JSON line for each line that could not be read,
 *       {@code {"file":…,"line":…,"error":…}}, with the same message as the tool's;
 *   <li>{@link #FINDINGS}: a JSON line per finding,
 *       {@code {"file":…,"line":…,"briefing":…,"ruleId":…,"severity":…,"path":…,"message":…,"undetermined":…}};
 *   <li>{@link #SUMMARY}: a line per rule and severity found, {@code ruleId,SEVERITY,count}.
 * </ul>
 * Each worker makes its own mapper and its own validator, from the {@link ValidatorFactory}, in
 * {@code @Setup}: neither is part of the pipeline.
 */
public final class ValidateCorpus extends PTransform<PCollection<FileIO.ReadableFile>, PCollectionTuple> {
  private static final long serialVersionUID = 1L;

  /** The briefings read. */
  public static final TupleTag<Briefing> BRIEFINGS = new TupleTag<>() {
    private static final long serialVersionUID = 1L;
  };
  /** A JSON line for each line that could not be read. */
  public static final TupleTag<String> DEAD_LETTERS = new TupleTag<>() {
    private static final long serialVersionUID = 1L;
  };
  /** A JSON line per finding. */
  public static final TupleTag<String> FINDINGS = new TupleTag<>() {
    private static final long serialVersionUID = 1L;
  };
  /** A line {@code ruleId,SEVERITY,count} per rule and severity. */
  public static final TupleTag<String> SUMMARY = new TupleTag<>() {
    private static final long serialVersionUID = 1L;
  };

  private final ValidatorFactory validators;

  private ValidateCorpus(ValidatorFactory validators) {
    this.validators = validators;
  }

  /**
   * Returns the transform.
   *
   * @param validators makes each worker's validator, not null
   * @return the transform, never null
   */
  public static ValidateCorpus with(ValidatorFactory validators) {
    return new ValidateCorpus(Objects.requireNonNull(validators, "validators"));
  }

  @Override
  public PCollectionTuple expand(PCollection<FileIO.ReadableFile> files) {
    PCollection<KV<String, String>> lines = files.apply("Lines", ParDo.of(new NumberLines()))
        .setCoder(KvCoder.of(StringUtf8Coder.of(), StringUtf8Coder.of()));
    PCollectionTuple parsed = lines.apply("Parse", ParDo.of(new Parse())
        .withOutputTags(PARSED, TupleTagList.of(DEAD_LETTERS)));
    PCollection<KV<String, Briefing>> read = parsed.get(PARSED).setCoder(KvCoder.of(StringUtf8Coder.of(), BriefingCoder.of()));
    PCollection<KV<String, String>> found = read.apply("Validate", ParDo.of(new Validate(validators)))
        .setCoder(KvCoder.of(StringUtf8Coder.of(), StringUtf8Coder.of()));
    PCollection<String> summary = found.apply("Rules", Keys.create())
        .apply("Count", Count.perElement())
        .apply("Summarize", MapElements.into(TypeDescriptors.strings()).via(kv -> kv.getKey() + "," + kv.getValue()));
    return PCollectionTuple.of(BRIEFINGS, read.apply("Briefings", Values.create()).setCoder(BriefingCoder.of()))
        .and(DEAD_LETTERS, parsed.get(DEAD_LETTERS).setCoder(StringUtf8Coder.of()))
        .and(FINDINGS, found.apply("Findings", Values.create()))
        .and(SUMMARY, summary);
  }

  /** Briefings read, by where they were read ({@code file:line}). */
  private static final TupleTag<KV<String, Briefing>> PARSED = new TupleTag<>() {
    private static final long serialVersionUID = 1L;
  };

  /** Reads a file a line at a time: {@code file:line} and the line, blank lines skipped. */
  static final class NumberLines extends DoFn<FileIO.ReadableFile, KV<String, String>> {
    private static final long serialVersionUID = 1L;

    @ProcessElement
    public void process(@Element FileIO.ReadableFile file, OutputReceiver<KV<String, String>> out) throws IOException {
      String name = file.getMetadata().resourceId().toString();
      try (BufferedReader in = new BufferedReader(Channels.newReader(file.open(), StandardCharsets.UTF_8))) {
        long n = 0;
        for (String line = in.readLine(); line != null; line = in.readLine()) {
          n++;
          if (!line.isBlank()) {
            out.output(KV.of(name + ":" + n, line));
          }
        }
      }
    }
  }

  /** Reads a briefing from each line; a line that is not one goes to the dead letters, with why. */
  static final class Parse extends DoFn<KV<String, String>, KV<String, Briefing>> {
    private static final long serialVersionUID = 1L;
    private transient ObjectMapper mapper;

    @Setup
    public void setup() {
      mapper = Json.mapper();
    }

    @ProcessElement
    public void process(@Element KV<String, String> line, MultiOutputReceiver out) {
      String error;
      try {
        out.get(PARSED).output(KV.of(line.getKey(), JsonDocuments.read(mapper, line.getValue(), Briefing.class)));
        return;
      } catch (MismatchedInputException e) {
        error = e.getOriginalMessage();
      } catch (RuntimeException | StackOverflowError e) {
        // the reader's contract says this cannot happen; if it does, a dead letter, not a failed pipeline
        error = "at $: the reader failed unexpectedly (please report it): " + e.getClass().getSimpleName();
      }
      ObjectNode letter = where(mapper, line.getKey());
      letter.put("error", error);
      out.get(DEAD_LETTERS).output(letter.toString());
    }
  }

  /** Validates each briefing with the worker's validator: a key {@code ruleId,SEVERITY} and a JSON line per finding. */
  static final class Validate extends DoFn<KV<String, Briefing>, KV<String, String>> {
    private static final long serialVersionUID = 1L;
    private final ValidatorFactory validators;
    private transient Validator validator;
    private transient ObjectMapper mapper;

    Validate(ValidatorFactory validators) {
      this.validators = validators;
    }

    @Setup
    public void setup() {
      validator = validators.create();
      mapper = Json.mapper();
    }

    @ProcessElement
    public void process(@Element KV<String, Briefing> read, OutputReceiver<KV<String, String>> out) {
      Briefing b = read.getValue();
      for (Finding f : validator.validate(b).findings()) {
        ObjectNode line = where(mapper, read.getKey());
        line.put("briefing", b.id()).put("ruleId", f.ruleId()).put("severity", f.severity().name()).put("path", f.path())
            .put("message", f.message()).put("undetermined", f.undetermined());
        out.output(KV.of(f.ruleId() + "," + f.severity(), line.toString()));
      }
    }
  }

  /** {@code {"file":…,"line":…}} from {@code file:line}. */
  private static ObjectNode where(ObjectMapper mapper, String at) {
    int colon = at.lastIndexOf(':');
    ObjectNode node = mapper.createObjectNode();
    node.put("file", at.substring(0, colon));
    node.put("line", Long.parseLong(at.substring(colon + 1)));
    return node;
  }
}
