package io.github.briefings.examples.cli;

import io.github.briefings.draft.Draft;
import io.github.briefings.draft.Drafter;
import io.github.briefings.draft.Lexicon;
import io.github.briefings.draft.SourceCheck;
import io.github.briefings.model.Briefing;
import io.github.briefings.model.Investigation;
import io.github.briefings.model.InvalidValueException;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "draft", mixinStandardHelpOptions = true,
    description = {"Drafts a briefing from its text: every stated figure found with its qualifier and value, its"
        + " measure guessed from the words around it, for a person to confirm. Writes the draft (JSON, format"
        + " version 2) and prints a review list: a line per figure, with where it stands in the text (code points),"
        + " the measure guessed and the words that led to it.",
        "Figures whose measure no word suggests are kept as measures of one's own, unassigned1, unassigned2…;"
            + " amounts of money as property recoveries to describe. Exit codes: 0 drafted, 2 an input cannot be read."})
final class DraftCommand implements Callable<Integer> {
  /** The longest text drafted: a briefing is some pages, not a library. */
  static final long MAX_BYTES = 16L * 1024 * 1024;

  @Spec
  private CommandSpec spec;

  @Parameters(paramLabel = "FILE.txt", description = "the briefing's text, UTF-8")
  private Path file;

  @Option(names = "--date", paramLabel = "DATE",
      description = "the briefing's date, such as 2022-04-11; the first date the text gives (\"On 11 April 2022\") by default")
  private LocalDate date;

  @Option(names = "--jurisdiction", paramLabel = "CC", required = true, description = "the country's ISO 3166 code, such as KZ")
  private String jurisdiction;

  @Option(names = "--investigation", paramLabel = "ID", defaultValue = "to-confirm",
      description = "the investigation's id, a slug (default ${DEFAULT-VALUE})")
  private String investigation;

  @Option(names = "--lexicon", paramLabel = "FILE",
      description = "word lists of your own (KIND<TAB>PHRASE<TAB>VALUE), used before the English ones")
  private Path lexicon;

  @Option(names = {"-o", "--output"}, paramLabel = "FILE.json", description = "where to write the draft; FILE.draft.json by default")
  private Path output;

  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    try {
      Read source = read(file);
      String text = source.text();
      Lexicon words = Lexicon.english();
      if (lexicon != null) {
        try (Reader in = Files.newBufferedReader(lexicon, StandardCharsets.UTF_8)) {
          words = Lexicon.read(in).before(words);
        } catch (IllegalArgumentException e) {
          throw new InputException(lexicon + ": " + e.getMessage());
        } catch (IOException e) {
          throw new InputException(lexicon + ": cannot be read: " + BriefingsCli.oneLine(e));
        }
      }
      Draft draft = Drafter.of(words).draft(text);
      LocalDate day = date != null ? date : firstDate(text).orElseThrow(() -> new InputException(file
          + ": gives no date such as \"11 April 2022\": give the briefing's date with --date"));
      Briefing briefing;
      try {
        briefing = draft.briefing(id(file), day, jurisdiction.toUpperCase(Locale.ROOT),
            Investigation.of(investigation, "to confirm"), file.getFileName().toString(), SourceCheck.sha256(source.bytes()));
      } catch (InvalidValueException e) {
        err.println("briefings: " + e.getMessage());
        return 2;
      }
      Path out = output != null ? output : file.resolveSibling(stem(file) + ".draft.json");
      try {
        Files.write(out, Inputs.mapper().writeValueAsBytes(briefing));
      } catch (IOException e) {
        err.println(out + ": cannot be written: " + BriefingsCli.oneLine(e));
        return 2;
      }
      PrintWriter printed = spec.commandLine().getOut();
      printed.print(draft.review());
      long unassigned = draft.figures().stream().filter(f -> f.measure().isEmpty() && !f.mention().isMoney()).count();
      printed.println(draft.figures().size() + " figures, " + unassigned + " unassigned; the draft is in " + out);
      return 0;
    } catch (InputException e) {
      err.println(e.getMessage());
      return 2;
    }
  }

  /** A source text: its bytes and its text. */
  record Read(byte[] bytes, String text) {}

  /** Reads the text, refusing what is not a briefing's text: nothing, too much, binary data, not UTF-8. */
  static Read read(Path file) throws InputException {
    if (Files.isDirectory(file)) {
      throw new InputException(file + ": is a directory, not a text file");
    }
    if (!Files.isRegularFile(file)) {
      throw new InputException(file + ": no such file");
    }
    try {
      long size = Files.size(file);
      if (size > MAX_BYTES) {
        throw new InputException(file + ": is " + size / (1024 * 1024) + " MB; a briefing's text is at most "
            + MAX_BYTES / (1024 * 1024) + " MB");
      }
      byte[] bytes = Files.readAllBytes(file);
      String text;
      try {
        text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
      } catch (CharacterCodingException e) {
        throw new InputException(file + ": is not UTF-8 text (save it as UTF-8 and draft it again)");
      }
      if (text.indexOf('\0') >= 0) {
        throw new InputException(file + ": holds binary data, not text");
      }
      if (text.isBlank()) {
        throw new InputException(file + ": is empty: there is nothing to draft");
      }
      // a byte order mark is no part of the text; positions count from after it, as its SHA-256 does not
      return new Read(bytes, text.startsWith("\uFEFF") ? text.substring(1) : text);
    } catch (IOException e) {
      throw new InputException(file + ": cannot be read: " + BriefingsCli.oneLine(e));
    }
  }

  private static final java.util.regex.Pattern DATE = java.util.regex.Pattern.compile(
      "\\b(\\d{1,2}) (January|February|March|April|May|June|July|August|September|October|November|December),? (\\d{4})\\b"
          + "|\\b(January|February|March|April|May|June|July|August|September|October|November|December) (\\d{1,2}),? (\\d{4})\\b");

  /** The first calendar date the text gives, as "11 April 2022" or "April 11, 2022". */
  static java.util.Optional<LocalDate> firstDate(String text) {
    java.util.regex.Matcher m = DATE.matcher(text);
    while (m.find()) {
      String day = m.group(1) != null ? m.group(1) : m.group(5);
      String month = m.group(2) != null ? m.group(2) : m.group(4);
      String year = m.group(3) != null ? m.group(3) : m.group(6);
      try {
        return java.util.Optional.of(LocalDate.of(Integer.parseInt(year),
            java.time.Month.valueOf(month.toUpperCase(Locale.ROOT)), Integer.parseInt(day)));
      } catch (java.time.DateTimeException e) {
        // "31 April 2022" is no date: look further
      }
    }
    return java.util.Optional.empty();
  }

  private static String stem(Path file) {
    String name = file.getFileName().toString();
    int dot = name.lastIndexOf('.');
    return dot > 0 ? name.substring(0, dot) : name;
  }

  /** The draft's id: the file's name as a slug. */
  private static String id(Path file) {
    String slug = stem(file).toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
    return (slug.isEmpty() ? "briefing" : slug) + "-draft";
  }
}
