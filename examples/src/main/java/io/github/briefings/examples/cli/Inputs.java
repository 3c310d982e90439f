package io.github.briefings.examples.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import io.github.briefings.examples.Embedded;
import io.github.briefings.jackson.JsonDocuments;
import io.github.briefings.model.Briefing;
import io.github.briefings.money.RateTable;
import io.github.briefings.money.RateTableFormatException;
import io.github.briefings.validation.Declarations;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Reads the tool's inputs, turning every failure into an {@link InputException} that names the file. */
final class Inputs {
  private static final ObjectMapper MAPPER = Embedded.mapper();

  private Inputs() {}

  static ObjectMapper mapper() {
    return MAPPER;
  }

  static Briefing briefing(Path file) throws InputException {
    return document(file, Briefing.class);
  }

  /** Reads a briefing from one line of a JSON Lines file; the message names the JSON path only. */
  static Briefing briefing(String line) throws InputException {
    try {
      return JsonDocuments.read(MAPPER, line, Briefing.class);
    } catch (MismatchedInputException e) {
      throw new InputException(e.getOriginalMessage());
    } catch (RuntimeException | StackOverflowError e) {
      throw new InputException("at $: the reader failed unexpectedly (please report it): " + BriefingsCli.oneLine(e));
    }
  }

  /**
   * Reads the briefings of a file: one from a JSON file, one per line from a JSON Lines file
   * ({@code .jsonl}, blank lines skipped). Refuses the whole file at its first bad line, naming the line.
   */
  static List<Briefing> briefings(Path file) throws InputException {
    if (!ValidateCommand.isJsonLines(file)) {
      return List.of(briefing(file));
    }
    if (!Files.isRegularFile(file)) {
      throw new InputException(file + (Files.isDirectory(file) ? ": is a directory, not a JSON Lines file" : ": no such file"));
    }
    List<Briefing> out = new ArrayList<>();
    try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      int n = 0;
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        n++;
        if (!line.isBlank()) {
          try {
            out.add(briefing(line));
          } catch (InputException e) {
            throw new InputException(file + ":" + n + ": " + e.getMessage());
          }
        }
      }
    } catch (IOException e) {
      throw new InputException(file + ": cannot be read: " + BriefingsCli.oneLine(e));
    }
    if (out.isEmpty()) {
      throw new InputException(file + ": is empty: a JSON Lines file holds a briefing per line");
    }
    return out;
  }

  /**
   * Reads the briefings of every file; prints each file's problem to {@code err} and returns nothing
   * when any file cannot be read.
   */
  static Optional<List<Briefing>> briefings(List<Path> files, PrintWriter err) {
    List<Briefing> briefings = new ArrayList<>();
    boolean unreadable = false;
    for (Path file : files) {
      try {
        briefings.addAll(briefings(file));
      } catch (InputException e) {
        err.println(e.getMessage());
        unreadable = true;
      }
    }
    return unreadable ? Optional.empty() : Optional.of(briefings);
  }

  /** Reads a declarations file: measures and relations of one's own. */
  static Declarations declarations(Path file) throws InputException {
    return document(file, Declarations.class);
  }

  private static <T> T document(Path file, Class<T> type) throws InputException {
    if (Files.isDirectory(file)) {
      throw new InputException(file + ": is a directory, not a JSON file");
    }
    if (!Files.isRegularFile(file)) {
      throw new InputException(file + ": no such file");
    }

    try {
      return JsonDocuments.read(MAPPER, Files.newInputStream(file), type);
    } catch (MismatchedInputException e) {
      throw new InputException(file + ": " + e.getOriginalMessage());
    } catch (IOException e) {
      throw new InputException(file + ": cannot be read: " + e.getMessage());
    } catch (RuntimeException | StackOverflowError e) {
      // the reader's contract says this cannot happen; if it does, one line and no stack trace
      throw new InputException(file + ": at $: the reader failed unexpectedly (please report it): "
          + BriefingsCli.oneLine(e));
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
      // the table names the file by its name; the tool, by the path it was given
      String name = file.getFileName().toString();
      String message = e.getMessage();
      throw new InputException(message.startsWith(name) ? file + message.substring(name.length()) : message);
    } catch (IOException e) {
      throw new InputException(file + ": cannot be read: " + e.getMessage());
    }
  }
}
