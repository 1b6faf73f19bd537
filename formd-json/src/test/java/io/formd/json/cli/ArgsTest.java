package io.formd.json.cli;

import static io.formd.json.cli.CliTestSupport.formd;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The command line's own parser: the grammar, its usage errors, and the help pages. */
class ArgsTest {

  /** A command with one of each kind of option and parameter, recording what it was given. */
  static final class Probe implements Args.Command {
    final List<String> seen = new ArrayList<>();

    @Override
    public void declare(Args.Declaration d) {
      d.describe("A probe.", "Its second paragraph.");
      d.option("-q", "--quiet").help("A flag.").flag(() -> seen.add("quiet"));
      d.option("-x").help("Another flag.").flag(() -> seen.add("x"));
      d.option("-o", "--output").label("OUT").help("A value.").to(v -> seen.add("output=" + v));
      d.option("--date").label("DATE").help("A date.").to(v -> seen.add("date=" + Args.date(v)));
      d.option("--many").label("M").repeatable().help("Repeatable.").to(v -> seen.add("many=" + v));
      d.parameter("FIRST").help("The first.").to(v -> seen.add("first=" + v));
      d.parameter("REST").many().optional().help("The others.").to(v -> seen.add("rest=" + v));
    }

    @Override
    public Integer call() {
      return 0;
    }
  }

  private static List<String> parse(String... args) {
    Probe probe = new Probe();
    Args.Declaration d = Args.declaration(probe, "formd probe", null, null);
    Args.parse(d, List.of(args), 1, false);
    return probe.seen;
  }

  @Test
  void optionsTakeTheirValueAfterASpaceAnEqualsSignOrAttached() {
    assertThat(parse("--output", "a", "F")).containsExactly("output=a", "first=F");
    assertThat(parse("--output=a=b", "F")).containsExactly("output=a=b", "first=F");
    assertThat(parse("-oa", "F")).containsExactly("output=a", "first=F");
    assertThat(parse("-o=a", "F")).containsExactly("output=a", "first=F");
    assertThat(parse("-o", "-", "F")).containsExactly("output=-", "first=F");
  }

  @Test
  void flagsClusterAndAClusterMayEndInAnOptionWithItsValue() {
    assertThat(parse("-qx", "F")).containsExactly("quiet", "x", "first=F");
    assertThat(parse("-qxoOUT", "F")).containsExactly("quiet", "x", "output=OUT", "first=F");
  }

  @Test
  void parametersFillInOrderTheLastTakesTheRestAndDashDashEndsTheOptions() {
    assertThat(parse("A", "-q", "B", "C")).containsExactly("first=A", "quiet", "rest=B", "rest=C");
    assertThat(parse("--", "-q", "--output")).containsExactly("first=-q", "rest=--output");
    assertThat(parse("-")).containsExactly("first=-");
  }

  @Test
  void aRepeatableOptionSeesEachValueAndAnotherOptionOnlyOne() {
    assertThat(parse("--many", "1", "--many=2", "F")).containsExactly("many=1", "many=2", "first=F");
    assertThatThrownBy(() -> parse("-o", "a", "--output", "b", "F")).isInstanceOf(Args.UsageException.class)
        .hasMessage("option '--output' is given more than once");
  }

  @Test
  void eachWrongCommandLineIsOneMessageNamingTheArgument() {
    assertThatThrownBy(() -> parse("--nope", "F")).hasMessage("unknown option: '--nope'");
    assertThatThrownBy(() -> parse("-qz", "F")).hasMessage("unknown option: '-qz'");
    assertThatThrownBy(() -> parse("F", "--output")).hasMessage("option '--output' needs a value (OUT)");
    assertThatThrownBy(() -> parse("--quiet=yes", "F")).hasMessage("option '--quiet' takes no value, not 'yes'");
    assertThatThrownBy(() -> parse("--date", "26/10/2020", "F"))
        .hasMessage("option '--date': '26/10/2020' is not a date YYYY-MM-DD");
    assertThatThrownBy(() -> parse("-q")).hasMessage("missing required parameter: FIRST");
  }

  @Test
  void aParameterBeyondTheDeclaredOnesIsNamedWithItsIndex() {
    Args.Command one = new Args.Command() {
      @Override
      public void declare(Args.Declaration d) {
        d.parameter("ONLY").to(v -> { });
      }

      @Override
      public Integer call() {
        return 0;
      }
    };
    Args.Declaration d = Args.declaration(one, "formd one", null, null);
    assertThatThrownBy(() -> Args.parse(d, List.of("a", "b"), 1, false))
        .hasMessage("unexpected argument at index 2: 'b'");
  }

  @Test
  void helpAndVersionAreAnsweredEvenWhenRequiredParametersAreMissing() {
    Probe probe = new Probe();
    Args.Declaration d = Args.declaration(probe, "formd probe", null, null);
    Args.parse(d, List.of("--help"), 1, false);
    assertThat(d.request()).isEqualTo(Args.Request.HELP);
    Args.Declaration v = Args.declaration(new Probe(), "formd probe", null, null);
    Args.parse(v, List.of("-V"), 1, false);
    assertThat(v.request()).isEqualTo(Args.Request.VERSION);
  }

  @Test
  void theHelpPageShowsTheSynopsisEveryParameterAndOptionWrappedAtEightyColumns() {
    StringWriter page = new StringWriter();
    Args.usage(Args.declaration(new Probe(), "formd probe", null, null), List.of(), new PrintWriter(page));
    String text = page.toString();
    assertThat(text).startsWith("Usage: formd probe [OPTIONS] FIRST [REST...]\nA probe.\nIts second paragraph.\n")
        .contains("  -q, --quiet ").contains("  -o, --output=OUT ").contains("      --date=DATE ")
        .contains("  FIRST ").contains("  REST... ").contains("  -h, --help ").contains("  -V, --version ");
    assertThat(text.lines()).allSatisfy(line -> assertThat(line.length()).isLessThanOrEqualTo(Args.WIDTH));
  }

  @ParameterizedTest
  @ValueSource(strings = {"validate", "convert", "fake", "rules", "explain", "diff", "amendment", "amend",
      "timeline", "render", "demo"})
  void everyListedCommandHasAHelpPageThroughHelpAndItsOwnOption(String command) {
    CliTestSupport list = formd("--help");
    assertThat(list.exitCode).isZero();
    assertThat(list.out).contains("\n  " + command + " ");
    CliTestSupport help = formd("help", command);
    assertThat(help.exitCode).isZero();
    assertThat(help.out).startsWith("Usage: formd " + command + " [OPTIONS]").isEqualTo(formd(command, "-h").out);
  }

  @Test
  void aUsageErrorIsOneLineNamingTheCommandAndTheWayToItsHelpWithExitTwo() {
    CliTestSupport run = formd("validate", "--frobnicate", "x.xml");
    assertThat(run.exitCode).isEqualTo(2);
    assertThat(run.err).isEqualTo("formd validate: unknown option: '--frobnicate'\n"
        + "'formd validate --help' shows what it takes.\n");
    assertThat(run.out).isEmpty();
    assertThat(formd("validate").err).startsWith("formd validate: missing required parameter: FILE\n");
    assertThat(formd("help", "nope").exitCode).isEqualTo(2);
  }

  @Test
  void theInheritedOptionsAreTakenBeforeAndAfterTheCommand() {
    CliTestSupport before = formd("--stdin-timeout", "x", "validate", "a.xml");
    assertThat(before.err).contains("--stdin-timeout takes seconds from 0.001 to 86400, not 'x'");
    CliTestSupport after = formd("validate", "a.xml", "--stdin-timeout=0");
    assertThat(after.err).contains("--stdin-timeout takes seconds from 0.001 to 86400, not '0'");
    assertThat(formd("--version").out).startsWith("formd ");
  }
}
