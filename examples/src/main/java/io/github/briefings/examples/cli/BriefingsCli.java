package io.github.briefings.examples.cli;

import io.github.briefings.jackson.BriefingsModule;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import picocli.AutoComplete;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * The {@code briefings} command-line tool: {@code validate}, {@code series}, {@code report}, {@code export}, {@code draft}, {@code convert}
 * and {@code rules},
 * with {@code help} and {@code generate-completion} (a bash and zsh completion script).
 *
 * <p>Exit codes: 0 when nothing is wrong, 1 when validation finds an ERROR, 2 when an input cannot
 * be read or the command line is wrong. Messages name the file, the JSON path and what is wrong, in
 * one short line per file; there are no stack traces, not even for a failure the tool did not expect.
 */
@Command(name = "briefings", mixinStandardHelpOptions = true, versionProvider = BriefingsCli.Version.class,
    description = "Checks the figures of official investigation briefings.",
    subcommands = {ValidateCommand.class, SeriesCommand.class, ReportCommand.class, ExportCommand.class, DraftCommand.class,
        ConvertCommand.class, RulesCommand.class,
        CommandLine.HelpCommand.class, AutoComplete.GenerateCompletion.class})
public final class BriefingsCli implements Runnable {
  @Spec
  private CommandSpec spec;

  /**
   * Runs the tool and exits with its exit code.
   *
   * @param args the command line
   */
  public static void main(String[] args) {
    PrintWriter out = new PrintWriter(new java.io.OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
    PrintWriter err = new PrintWriter(new java.io.OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
    System.exit(run(out, err, args));
  }

  /**
   * Runs the tool.
   *
   * @param out where results go, not null
   * @param err where problems go, not null
   * @param args the command line
   * @return the exit code: 0, 1 or 2
   */
  public static int run(PrintWriter out, PrintWriter err, String... args) {
    CommandLine cli = new CommandLine(new BriefingsCli());
    cli.registerConverter(LocalDate.class, BriefingsCli::date);
    cli.setParameterExceptionHandler((e, arguments) -> {
      // one line, and where to look, rather than the whole usage
      e.getCommandLine().getErr().println(e.getMessage());
      e.getCommandLine().getErr().println("Try '" + e.getCommandLine().getCommandSpec().qualifiedName() + " --help'.");
      return 2;
    });
    cli.setOut(out);
    cli.setErr(err);
    cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
      commandLine.getErr().println("briefings: unexpected failure (please report it): " + oneLine(e));
      return 2;
    });
    int code = cli.execute(args);
    out.flush();
    err.flush();
    return code;
  }

  /** Reads a date given on the command line, saying the form expected when it is not one. */
  static LocalDate date(String text) {
    try {
      return LocalDate.parse(text);
    } catch (java.time.format.DateTimeParseException e) {
      throw new CommandLine.TypeConversionException("expected a date such as 2022-04-11: '" + text + "'");
    }
  }

  /** Describes a throwable in one short line: its type and the start of its message. */
  static String oneLine(Throwable e) {
    String message = e.getMessage() == null ? "" : e.getMessage();
    if (message.length() > 200) {
      message = message.substring(0, 200) + "…";
    }
    message = message.replaceAll("\\s+", " ");
    return e.getClass().getSimpleName() + (message.isEmpty() ? "" : ": " + message);
  }

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "name a command: validate, series, report, export, draft, convert, rules, help or generate-completion");
  }

  /** Reports the version of the build. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      return new String[] {"briefings " + new BriefingsModule().version()};
    }
  }
}
