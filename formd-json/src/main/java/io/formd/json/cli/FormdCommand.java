package io.formd.json.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
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
    subcommands = {ValidateCommand.class, ConvertCommand.class, FakeCommand.class, RulesCommand.class, ExplainCommand.class,
        DemoCommand.class,
        CommandLine.HelpCommand.class})
public final class FormdCommand implements Runnable {

  @CommandLine.Spec
  private CommandLine.Model.CommandSpec spec;

  /**
   * Runs the command line and exits the JVM with its exit code.
   *
   * @param args the arguments
   */
  public static void main(String[] args) {
    int code = run(new PrintWriter(System.out, true, StandardCharsets.UTF_8),
        new PrintWriter(System.err, true, StandardCharsets.UTF_8), args);
    System.exit(code);
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
    CommandLine commandLine = new CommandLine(new FormdCommand());
    commandLine.setOut(out);
    commandLine.setErr(err);
    int code = commandLine.execute(args);
    out.flush();
    err.flush();
    return code;
  }

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
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
