package io.github.briefings.beam;

import org.apache.beam.sdk.Pipeline;
import org.apache.beam.sdk.io.FileIO;
import org.apache.beam.sdk.io.TextIO;
import org.apache.beam.sdk.options.Description;
import org.apache.beam.sdk.options.PipelineOptions;
import org.apache.beam.sdk.options.PipelineOptionsFactory;
import org.apache.beam.sdk.options.Validation;
import org.apache.beam.sdk.values.PCollectionTuple;

/**
 * The corpus pipeline: JSON Lines files in, and under the output prefix {@code findings*.jsonl},
 * {@code dead-letters*.jsonl} and {@code summary.csv} out. Runs on the runner the options name
 * ({@code --runner=DirectRunner} by default): {@code --input=corpus/*.jsonl --output=out/}.
 */
public final class CorpusPipeline {
  private CorpusPipeline() {}

  /** The pipeline's options. */
  public interface Options extends PipelineOptions {
    /**
     * Returns the files to read.
     *
     * @return a file pattern, such as {@code corpus/*.jsonl}
     */
    @Description("JSON Lines files of briefings: a file pattern")
    @Validation.Required
    String getInput();

    /**
     * Sets the files to read.
     *
     * @param input a file pattern
     */
    void setInput(String input);

    /**
     * Returns the prefix of the outputs.
     *
     * @return a directory with a trailing slash, or a prefix
     */
    @Description("where to write: a prefix, such as out/")
    @Validation.Required
    String getOutput();

    /**
     * Sets the prefix of the outputs.
     *
     * @param output a prefix
     */
    void setOutput(String output);
  }

  /**
   * Builds the pipeline on the options.
   *
   * @param options the options, with input and output
   * @return the pipeline, not yet run
   */
  public static Pipeline build(Options options) {
    Pipeline p = Pipeline.create(options);
    PCollectionTuple out = p.apply("Match", FileIO.match().filepattern(options.getInput()))
        .apply("Open", FileIO.readMatches())
        .apply("ValidateCorpus", ValidateCorpus.with(CorpusRules.standardAndSourced()));
    out.get(ValidateCorpus.FINDINGS).apply("WriteFindings", TextIO.write().to(options.getOutput() + "findings")
        .withSuffix(".jsonl"));
    out.get(ValidateCorpus.DEAD_LETTERS).apply("WriteDeadLetters", TextIO.write().to(options.getOutput() + "dead-letters")
        .withSuffix(".jsonl"));
    out.get(ValidateCorpus.SUMMARY).apply("WriteSummary", TextIO.write().to(options.getOutput() + "summary")
        .withSuffix(".csv").withoutSharding().withHeader("ruleId,severity,count"));
    return p;
  }

  /**
   * Runs the pipeline and waits for it.
   *
   * @param args {@code --input=… --output=…} and the runner's options
   */
  public static void main(String[] args) {
    Options options = PipelineOptionsFactory.fromArgs(args).withValidation().as(Options.class);
    build(options).run().waitUntilFinish();
  }
}
