package io.github.briefings.examples;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.github.briefings.jackson.BriefingsModule;
import io.github.briefings.model.Briefing;
import io.github.briefings.money.RateTable;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The data that ships with the examples: the seed briefings of 11 and 25 April 2022 as JSON, and a
 * table of independent reference rates, read from the class path.
 */
public final class Embedded {
  /** The class-path resource of the 11 April 2022 briefing. */
  public static final String APRIL_11 = "/io/github/briefings/examples/seed/kz-2022-04-11.json";
  /** The class-path resource of the 25 April 2022 briefing. */
  public static final String APRIL_25 = "/io/github/briefings/examples/seed/kz-2022-04-25.json";
  /** The class-path resource of the reference rate table. */
  public static final String RATES = "/io/github/briefings/examples/rates/reference-rates.csv";

  private Embedded() {}

  /**
   * Returns a mapper with the briefings module and the recommended parser limits, pretty-printing.
   *
   * @return a mapper with the briefings module and the recommended parser limits, pretty-printing
   */
  public static ObjectMapper mapper() {
    return new ObjectMapper(JsonFactory.builder()
        .streamReadConstraints(BriefingsModule.recommendedReadConstraints()).build())
        .registerModule(new BriefingsModule())
        .enable(SerializationFeature.INDENT_OUTPUT);
  }

  /**
   * Reads an embedded briefing.
   *
   * @param resource {@link #APRIL_11} or {@link #APRIL_25}
   * @return the briefing, never null
   */
  public static Briefing briefing(String resource) {
    try (InputStream in = open(resource)) {
      return mapper().readValue(in, Briefing.class);
    } catch (IOException e) {
      throw new UncheckedIOException("the embedded briefing " + resource + " cannot be read", e);
    }
  }

  /**
   * Returns the embedded table of reference rates.
   *
   * @return the embedded table of reference rates
   */
  public static RateTable referenceRates() {
    try (Reader in = new InputStreamReader(open(RATES), StandardCharsets.UTF_8)) {
      return RateTable.parseCsv(in, "reference-rates.csv");
    } catch (IOException e) {
      throw new UncheckedIOException("the embedded rate table cannot be read", e);
    }
  }

  private static InputStream open(String resource) throws IOException {
    InputStream in = Embedded.class.getResourceAsStream(resource);
    if (in == null) {
      throw new IOException("missing class-path resource " + resource);
    }
    return in;
  }
}
