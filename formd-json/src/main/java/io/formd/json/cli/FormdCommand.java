package io.formd.json.cli;

import io.formd.core.rules.EdgarCalendar;
import java.io.BufferedOutputStream;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.InputStream;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.IVersionProvider;

/**
 * {@code formd}: the command line of the formd library.
 *
 * <pre>
 * java -jar formd-json/target/formd.jar demo        # the Altiris 2003 seed: summary and findings
 * java -jar formd-json/target/formd.jar rules       # the built-in rules
 * java -jar formd-json/target/formd.jar validate primary_doc.xml filings/
 * java -jar formd-json/target/formd.jar convert primary_doc.xml --to json -o filing.json

 * </pre>
 *
 * <p>Exit codes: 0 success, 1 a filing has an ERROR finding, 2 an input could not be read or the command
 * line is wrong.
 */
@Command(
    name = "formd",
    mixinStandardHelpOptions = true,
    versionProvider = FormdCommand.Version.class,
    description = "Form D (SEC Regulation D notices): check, convert and generate filings.",
    subcommands = {ValidateCommand.class, ConvertCommand.class, FakeCommand.class, RulesCommand.class,
        ExplainCommand.class,
        DiffCommand.Diff.class, DiffCommand.Amendment.class, AmendCommand.class, TimelineCommand.class,
        RenderCommand.class,
        DemoCommand.class,
        CommandLine.HelpCommand.class})
public final class FormdCommand implements Callable<Integer> {

  @CommandLine.Spec
  private CommandLine.Model.CommandSpec spec;

  /** Standard input, for an input given as {@code -}. */
  InputStream in = System.in;

  /** The longest wait for the next bytes on standard input. */
  Duration stdinTimeout = Cli.DEFAULT_STDIN_TIMEOUT;

  @CommandLine.Option(names = "--stdin-timeout", paramLabel = "SECONDS", scope = CommandLine.ScopeType.INHERIT,
      description = "Give up on standard input (-) when nothing has come for this long (default: 60; decimals "
          + "allowed).")
  void stdinTimeout(String seconds) {
    BigDecimal value;
    try {
      value = new BigDecimal(seconds.trim());
    } catch (NumberFormatException e) {
      value = null;
    }
    if (value == null || value.signum() <= 0 || value.compareTo(BigDecimal.valueOf(86_400)) > 0) {
      throw new CommandLine.ParameterException(spec.commandLine(),
          "--stdin-timeout takes seconds from 0.001 to 86400, not '" + seconds + "'");
    }
    long millis = value.movePointRight(3).setScale(0, RoundingMode.CEILING).longValueExact();
    this.stdinTimeout = Duration.ofMillis(millis);
  }

  /** The days EDGAR is open: the standard calendar and every {@code --closed} day. */
  EdgarCalendar calendar = EdgarCalendar.standard();

  @CommandLine.Option(names = "--closed", paramLabel = "DATE", scope = CommandLine.ScopeType.INHERIT,
      description = "A day EDGAR was or will be closed besides weekends, federal holidays and the closures formd knows "
          + "(EdgarCalendar.standard()); deadlines on it move to the next open day. Repeatable.")
  void closed(List<String> days) {
    EdgarCalendar standard = EdgarCalendar.standard();
    for (String day : days) {
      try {
        standard = standard.withClosure(LocalDate.parse(day.trim()), "closed (--closed)");
      } catch (DateTimeParseException e) {
        throw new CommandLine.ParameterException(spec.commandLine(), "--closed takes a date YYYY-MM-DD, not '" + day
            + "'");
      }
    }
    this.calendar = standard;
  }

  /**
   * Runs the command line and exits the JVM with its exit code.
   *
   * @param args the arguments
   */
  public static void main(String[] args) {
    PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
    System.exit(runChecked(new FileOutputStream(FileDescriptor.out), err, args));
  }

  /**
   * Runs the command line on a standard output whose write failures are not swallowed: a result that could not be
   * written (a full disk) is one line on standard error and exit 2; a reader that went away ends it quietly (141).
   */
  static int runChecked(OutputStream stdout, PrintWriter err, String... args) {
    CheckedOutput checked = new CheckedOutput(new BufferedOutputStream(stdout, 1 << 16));
    PrintWriter out = new PrintWriter(new OutputStreamWriter(checked, StandardCharsets.UTF_8), true);
    int code = run(out, err, args);
    out.flush();
    return checked.exitCode(code, err);
  }

  /**
   * Runs the command line in-process, writing to the given streams.
   *
   * @param out standard output
   * @param err standard error
   * @param args the arguments
   * @return the exit code
   */
  public static int run(PrintWriter out, PrintWriter err, String... args) {
    return run(System.in, out, err, args);
  }

  /**
   * Runs the command line in-process with the given standard input.
   *
   * @param in standard input, read for an input given as {@code -}
   * @param out standard output
   * @param err standard error
   * @param args the arguments
   * @return the exit code: 0 success, 1 an ERROR finding (or one at the {@code --fail-on} level), 2 usage or an input
   *     or output that cannot be read or written
   */
  public static int run(InputStream in, PrintWriter out, PrintWriter err, String... args) {
    FormdCommand formd = new FormdCommand();
    formd.in = in;
    CommandLine commandLine = new CommandLine(formd);
    commandLine.setOut(out);
    commandLine.setErr(err);
    // Whatever escapes a command is one line and exit 2, never a stack trace.
    commandLine.setExecutionExceptionHandler((e, cl, parsed) -> {
      String what = e instanceof IOException ? Cli.reason((IOException) e)
          : e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
      cl.getErr().println("formd " + cl.getCommandName() + ": " + what);
      return 2;
    });
    int code = commandLine.execute(args);
    out.flush();
    err.flush();
    return code;
  }

  /** No command: the usage, on standard error, and exit 2 (a usage error). */
  @Override
  public Integer call() {
    spec.commandLine().usage(spec.commandLine().getErr());
    return 2;
  }

  /** Reads the version Maven wrote into the jar. */
  static final class Version implements IVersionProvider {
    @Override
    public String[] getVersion() throws IOException {
      Properties properties = new Properties();
      try (InputStream in = FormdCommand.class.getResourceAsStream("version.properties")) {
        if (in != null) {
          properties.load(in);
        }
      }
      return new String[] {"formd " + properties.getProperty("version", "(unknown version)")};
    }
  }
}
