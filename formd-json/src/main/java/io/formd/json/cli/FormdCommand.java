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
import java.util.Arrays;
import java.util.List;
import java.util.Properties;

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
public final class FormdCommand implements Args.Command {

  /** The commands and what each does, in the order the help page lists them. */
  private static final List<String[]> COMMANDS = List.of(
      new String[] {"validate", "Check filings, directories of them or data-set quarters against the rules."},
      new String[] {"convert", "Convert a filing between EDGAR XML and formd JSON, or filings to the data sets."},
      new String[] {"fake", "Generate realistic fake filings, valid or broken by one rule."},
      new String[] {"rules", "List the built-in rules."},
      new String[] {"explain", "Explain one rule."},
      new String[] {"diff", "What changed between two filings of an offering."},
      new String[] {"amendment", "Is an amendment required (Rule 503(a)(3))?"},
      new String[] {"amend", "Draft an amendment (Form D/A) of a filed notice."},
      new String[] {"timeline", "Link filings into offerings and say what they owe as of a date."},
      new String[] {"render", "Lay a filing out as the printed form, as one HTML page."},
      new String[] {"demo", "Show the project's seed, the Altiris, Inc. paper Form D of 2003."},
      new String[] {"help", "Show the help page of formd or of a command."});

  /** Standard input, for an input given as {@code -}. */
  InputStream in = System.in;

  /** The longest wait for the next bytes on standard input. */
  Duration stdinTimeout = Cli.DEFAULT_STDIN_TIMEOUT;

  /** The days EDGAR is open: the standard calendar and every {@code --closed} day. */
  EdgarCalendar calendar = EdgarCalendar.standard();

  private Args.Spec spec;

  /** @return the command of that name, new, or null if there is none */
  private static Args.Command command(String name) {
    switch (name) {
      case "validate":
        return new ValidateCommand();
      case "convert":
        return new ConvertCommand();
      case "fake":
        return new FakeCommand();
      case "rules":
        return new RulesCommand();
      case "explain":
        return new ExplainCommand();
      case "diff":
        return new DiffCommand.Diff();
      case "amendment":
        return new DiffCommand.Amendment();
      case "amend":
        return new AmendCommand();
      case "timeline":
        return new TimelineCommand();
      case "render":
        return new RenderCommand();
      case "demo":
        return new DemoCommand();
      default:
        return null;
    }
  }

  @Override
  public void declare(Args.Declaration d) {
    d.describe("Form D (SEC Regulation D notices): check, convert and generate filings.");
    inherited(d);
  }

  /** Declares the options every command takes, on this top-level command. */
  void inherited(Args.Declaration d) {
    d.option("--stdin-timeout").label("SECONDS").help("Give up on standard input (-) when nothing has come for this "
        + "long (default: 60; decimals allowed).").to(this::stdinTimeout);
    d.option("--closed").label("DATE").repeatable().help("A day EDGAR was or will be closed besides weekends, federal "
        + "holidays and the closures formd knows (EdgarCalendar.standard()); deadlines on it move to the next open "
        + "day. Repeatable.").to(this::closed);
  }

  private void stdinTimeout(String seconds) {
    BigDecimal value;
    try {
      value = new BigDecimal(seconds.trim());
    } catch (NumberFormatException e) {
      value = null;
    }
    if (value == null || value.signum() <= 0 || value.compareTo(BigDecimal.valueOf(86_400)) > 0) {
      throw new Args.UsageException("--stdin-timeout takes seconds from 0.001 to 86400, not '" + seconds + "'");
    }
    long millis = value.movePointRight(3).setScale(0, RoundingMode.CEILING).longValueExact();
    this.stdinTimeout = Duration.ofMillis(millis);
  }

  private void closed(String day) {
    try {
      calendar = calendar.withClosure(LocalDate.parse(day.trim()), "closed (--closed)");
    } catch (DateTimeParseException e) {
      throw new Args.UsageException("--closed takes a date YYYY-MM-DD, not '" + day + "'");
    }
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
    int code;
    try {
      code = run(out, err, args);
    } catch (OutOfMemoryError e) {
      // What was being built is let go as this unwinds: there is room again for one line and the exit.
      out.flush();
      err.println(outOfMemory(Runtime.getRuntime().maxMemory()));
      return 2;
    }
    out.flush();
    return checked.exitCode(code, err);
  }

  /** @return what to say when the Java heap ran out: how large it was, and how to give it more */
  static String outOfMemory(long maxHeap) {
    return "formd: out of memory: the Java heap (at most " + (maxHeap >> 20) + " MB) is too small for this run; give"
        + " it more (FORMD_JAVA_OPTS=-Xmx1g for the formd launcher, java -Xmx1g -jar formd.jar) or check fewer files"
        + " at a time";
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
    formd.spec = new Args.Spec(out, err, "formd");
    int code = formd.dispatch(Arrays.asList(args));
    out.flush();
    err.flush();
    return code;
  }

  /** Parses the top-level options, then the command's, then runs it. */
  private int dispatch(List<String> args) {
    Args.Declaration top = Args.declaration(this, "formd", spec, null);
    int at;
    try {
      at = Args.parse(top, args, 0, true);
    } catch (Args.UsageException e) {
      return usageError("formd", e);
    }
    if (top.request() != Args.Request.RUN) {
      return helpOrVersion(top, top.request());
    }
    if (at == args.size()) {
      return call();
    }
    String name = args.get(at);
    List<String> rest = args.subList(at + 1, args.size());
    if (name.equals("help")) {
      return help(rest);
    }
    Args.Command command = command(name);
    if (command == null) {
      spec.err().println("formd: no command '" + name + "' ('formd --help' lists them)");
      return 2;
    }
    String qualified = "formd " + name;
    Args.Declaration declaration = Args.declaration(command, qualified, new Args.Spec(spec.out(), spec.err(),
        qualified), this);
    try {
      Args.parse(declaration, rest, at + 1, false);
    } catch (Args.UsageException e) {
      return usageError(qualified, e);
    }
    if (declaration.request() != Args.Request.RUN) {
      return helpOrVersion(declaration, declaration.request());
    }
    try {
      Integer code = command.call();
      return code == null ? 0 : code;
    } catch (Exception e) {
      // Whatever escapes a command is one line and exit 2, never a stack trace.
      String what = e instanceof IOException ? Cli.reason((IOException) e)
          : e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
      spec.err().println(qualified + ": " + what);
      return 2;
    }
  }

  private int usageError(String qualified, Args.UsageException e) {
    spec.err().println(qualified + ": " + e.getMessage());
    spec.err().println("'" + qualified + " --help' shows what it takes.");
    return 2;
  }

  /** {@code formd help [COMMAND]}: a help page on standard output. */
  private int help(List<String> rest) {
    if (rest.isEmpty()) {
      return helpOrVersion(Args.declaration(this, "formd", spec, null), Args.Request.HELP);
    }
    Args.Command command = command(rest.get(0));
    if (command == null || rest.size() > 1) {
      spec.err().println("formd help: no command '" + String.join(" ", rest) + "' ('formd --help' lists them)");
      return 2;
    }
    String qualified = "formd " + rest.get(0);
    return helpOrVersion(Args.declaration(command, qualified, spec, this), Args.Request.HELP);
  }

  private int helpOrVersion(Args.Declaration d, Args.Request request) {
    if (request == Args.Request.VERSION) {
      spec.out().println(version());
    } else {
      Args.usage(d, d.parent() == null ? COMMANDS : List.of(), spec.out());
    }
    spec.out().flush();
    return 0;
  }


  /** No command: the usage, on standard error, and exit 2 (a usage error). */
  @Override
  public Integer call() {
    Args.usage(Args.declaration(this, "formd", spec, null), COMMANDS, spec.err());
    return 2;
  }

  /** @return the version line, {@code formd 1.2.3}, from what Maven wrote into the jar */
  static String version() {
    Properties properties = new Properties();
    try (InputStream in = FormdCommand.class.getResourceAsStream("version.properties")) {
      if (in != null) {
        properties.load(in);
      }
    } catch (IOException e) {
      // the version is then unknown
    }
    return "formd " + properties.getProperty("version", "(unknown version)");
  }
}
