package io.formd.json.cli;

import io.formd.core.rules.RuleSets;
import io.formd.json.html.FormDHtml;
import java.nio.file.Path;

/** {@code formd render FILE [-o OUT.html]}: the filing as the printed form, with its findings in place. */
final class RenderCommand implements Args.Command {

  private Args.Spec spec;

  private FormdCommand parent;

  private Path input;

  private Path output;

  private boolean showCredentials;

  @Override
  public void declare(Args.Declaration d) {
    spec = d.spec();
    parent = d.parent();
    d.describe(
        "Lay a filing out as the printed form (electronic Items 1-16 and the signature; paper Parts A-E and the "
            + "appendix) with each finding at its Item, as one self-contained HTML page (no script, nothing fetched, "
            + "printable).",
        "Exit status: 0 rendered, 2 the input cannot be read or the output written.");
    d.parameter("FILE").help("The filing (EDGAR XML, JSON, EDGAR's submission file, or - for standard "
        + "input).").to(v -> input = Args.path(v));
    d.option("-o", "--output").label("OUT.html").help("Write here instead of standard "
        + "output.").to(v -> output = Args.path(v));
    d.option("--show-credentials").help("Print each issuer's CCC (EDGAR's filing credential) as it is; by default the "
        + "page shows only that one is given.").flag(() -> showCredentials = true);
  }

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
