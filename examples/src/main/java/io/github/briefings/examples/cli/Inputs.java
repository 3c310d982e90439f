package io.github.briefings.examples.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DatabindException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.briefings.examples.Embedded;
import io.github.briefings.model.Briefing;
import io.github.briefings.money.RateTable;
import io.github.briefings.money.RateTableFormatException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Reads the tool's inputs, turning every failure into an {@link InputException} that names the file. */
final class Inputs {
  private static final ObjectMapper MAPPER = Embedded.mapper();

  private Inputs() {}

  static ObjectMapper mapper() {
    return MAPPER;
  }

  static Briefing briefing(Path file) throws InputException {
    if (!Files.isRegularFile(file)) {
      throw new InputException(file + ": no such file");
    }
    try {
      return MAPPER.readValue(file.toFile(), Briefing.class);
    } catch (DatabindException e) {
      String message = e.getOriginalMessage();
      throw new InputException(file + ": " + (message.startsWith("at $") ? message : "at $: " + message));
    } catch (JsonProcessingException e) {
      throw new InputException(file + ": malformed JSON at line " + e.getLocation().getLineNr() + ", column "
          + e.getLocation().getColumnNr() + ": " + e.getOriginalMessage());
    } catch (IOException e) {
      throw new InputException(file + ": cannot be read: " + e.getMessage());
    }
  }

  static RateTable rates(Path file) throws InputException {
    if (file == null) {
      return Embedded.referenceRates();
    }
    if (!Files.isRegularFile(file)) {
      throw new InputException(file + ": no such file");
    }
    try {
      return RateTable.readCsv(file);
    } catch (RateTableFormatException e) {
      throw new InputException(e.getMessage());
    } catch (IOException e) {
      throw new InputException(file + ": cannot be read: " + e.getMessage());
    }
  }
}
