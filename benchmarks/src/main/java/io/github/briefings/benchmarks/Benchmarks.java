package io.github.briefings.benchmarks;

import io.github.briefings.draft.Draft;
import io.github.briefings.draft.Drafter;
import io.github.briefings.draft.Lexicon;
import io.github.briefings.model.Briefing;
import io.github.briefings.money.Conversion;
import io.github.briefings.series.BriefingSeries;
import io.github.briefings.validation.ValidationReport;
import jakarta.validation.ConstraintViolation;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import javax.money.MonetaryAmount;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The comparisons, side by side in one run: {@code java -jar benchmarks/target/benchmarks.jar -prof gc}.
 * Each pair is named {@code <comparison>_<side>}; {@link Ratios} turns JSON results into the table of
 * the README.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class Benchmarks {
  /** The fixtures of every comparison but the series. */
  @State(Scope.Benchmark)
  public static class Fixtures {
    Comparisons c;

    @Setup
    public void setUp() {
      c = new Comparisons();
    }

    @TearDown
    public void tearDown() {
      c.close();
    }
  }

  /** A series of a given size. */
  @State(Scope.Benchmark)
  public static class Series {
    @Param({"1000", "10000", "100000"})
    public int size;
    List<Briefing> briefings;

    @Setup
    public void setUp() {
      briefings = Comparisons.series(size);
    }
  }

  /** A megabyte of briefing text: the goal is a megabyte a second on one core. */
  @State(Scope.Benchmark)
  public static class Text {
    String megabyte;
    Drafter drafter;

    @Setup
    public void setUp() {
      megabyte = Comparisons.briefingText(1 << 20);
      drafter = Drafter.of(Lexicon.english());
    }
  }

  @Benchmark
  @OutputTimeUnit(TimeUnit.MILLISECONDS)
  public Draft draft_megabyte(Text t) {
    return t.drafter.draft(t.megabyte);
  }

  @Benchmark
  public Briefing read_module(Fixtures f) throws IOException {
    return f.c.readModule();
  }

  @Benchmark
  public Plain.Briefing read_records(Fixtures f) throws IOException {
    return f.c.readRecords();
  }

  @Benchmark
  public ValidationReport readValidate_module(Fixtures f) throws IOException {
    return f.c.readAndValidate();
  }

  @Benchmark
  public byte[] write_module(Fixtures f) throws IOException {
    return f.c.writeModule();
  }

  @Benchmark
  public byte[] write_records(Fixtures f) throws IOException {
    return f.c.writeRecords();
  }

  @Benchmark
  public ValidationReport validate_ours(Fixtures f) {
    return f.c.validateOurs();
  }

  @Benchmark
  public Set<ConstraintViolation<Plain.Briefing>> validate_hibernate(Fixtures f) {
    return f.c.validateHibernate();
  }

  @Benchmark
  public Conversion convert_ours(Fixtures f) {
    return f.c.convertOurs();
  }

  @Benchmark
  public MonetaryAmount convert_moneta(Fixtures f) {
    return f.c.convertMoneta();
  }

  @Benchmark
  public BigDecimal convert_bigDecimal(Fixtures f) {
    return f.c.convertBigDecimal();
  }

  @Benchmark
  public BigDecimal convert_bigDecimalDivide(Fixtures f) {
    return f.c.divideBigDecimal();
  }

  @Benchmark
  @OutputTimeUnit(TimeUnit.MILLISECONDS)
  // a check of 10⁵ briefings takes a third of a second: two-second iterations would warm it up on a
  // dozen calls and measure it on five, and its time was still falling in the measured ones
  @Warmup(iterations = 5, time = 4)
  @Measurement(iterations = 5, time = 4)
  public ValidationReport series_check(Series s) {
    // the series is built as well as checked: it orders the briefings and reads their figures
    return BriefingSeries.of(s.briefings).check();
  }
}
