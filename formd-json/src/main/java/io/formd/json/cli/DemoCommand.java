package io.formd.json.cli;

import io.formd.core.examples.Altiris2003;
import io.formd.core.model.PaperFormD;
import io.formd.core.rules.Finding;
import io.formd.core.rules.RuleSets;
import io.formd.core.rules.Severity;
import io.formd.core.rules.ValidationReport;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import io.formd.json.FormDJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code formd demo}: the project's seed, the Altiris, Inc. paper Form D of December 2003. */
@Command(name = "demo", mixinStandardHelpOptions = true, versionProvider = FormdCommand.Version.class,
    description = "Show the Altiris, Inc. paper Form D of 2003 (the project's seed): issuer, persons, Part C, "
        + "findings; "
        + "or its JSON.")
final class DemoCommand implements Callable<Integer> {

  @Spec
  private CommandSpec spec;

  @Option(names = "--json", description = "Print the seed's canonical JSON instead of the summary.")
  private boolean json;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PaperFormD filing = Altiris2003.filing();
    if (json) {
      out.println(FormDJson.write(filing));
      return 0;
    }
    PaperSummary.print(filing, out);
    ValidationReport report = RuleSets.builtIn().validate(filing);
    out.println();
    out.println("Findings (" + RuleSets.builtIn().rules().size() + " built-in rules, as of "
        + report.asOf().map(Object::toString).orElse("no date") + "): " + report.count(Severity.ERROR) + " errors, "
        + report.count(Severity.WARNING) + " warnings, " + report.count(Severity.INFO) + " remark"
        + (report.count(Severity.INFO) == 1 ? "" : "s"));
    for (Finding finding : report.findings()) {
      out.println("  " + finding.severity() + " " + finding.ruleId() + " " + finding.path() + ": " + finding.message());
    }
    return report.hasErrors() ? 1 : 0;
  }
}
