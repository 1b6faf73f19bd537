package io.formd.json.cli;

import io.formd.core.rules.RuleSets;
import io.formd.json.html.FormDHtml;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code formd render FILE [-o OUT.html]}: the filing as the printed form, with its findings in place. */
@Command(name = "render", mixinStandardHelpOptions = true, versionProvider = FormdCommand.Version.class,
    description = {"Lay a filing out as the printed form (electronic Items 1-16 and the signature; paper Parts A-E and "
        + "the appendix) with each finding at its Item, as one self-contained HTML page (no script, nothing fetched, "
        + "printable).", "Exit status: 0 rendered, 2 the input cannot be read or the output written."})
final class RenderCommand implements Callable<Integer> {

  @Spec
  private CommandSpec spec;

  @picocli.CommandLine.ParentCommand
  private FormdCommand parent;

  @Parameters(index = "0", paramLabel = "FILE", description = "The filing (EDGAR XML, JSON, EDGAR's submission file, "
      + "or - for standard input).")
  private Path input;

  @Option(names = {"-o", "--output"}, paramLabel = "OUT.html", description = "Write here instead of standard output.")
  private Path output;

  @Option(names = "--show-credentials", description = "Print each issuer's CCC (EDGAR's filing credential) as it "
      + "is; by default the page shows only that one is given.")
  private boolean showCredentials;

  @Override
  public Integer call() {
    Cli.Input read = Cli.readOrSay(spec, parent, input);
    if (read == null) {
      return 2;
    }
    String page = FormDHtml.render(read.located().value(),
        RuleSets.discovered().validate(read.located().value(), read.filedDate().orElse(null)), showCredentials);
    return Cli.printOrWrite(spec, output, page);
  }
}
