package io.formd.json.cli;

import io.formd.core.examples.Altiris2003;
import io.formd.core.model.PaperFormD;
import io.formd.core.rules.Finding;
import io.formd.core.rules.RuleSets;
import io.formd.core.rules.Severity;
import io.formd.core.rules.ValidationReport;
import java.io.PrintWriter;
import io.formd.json.FormDJson;

/** {@code formd demo}: the project's seed, the Altiris, Inc. paper Form D of December 2003. */
final class DemoCommand implements Args.Command {

  private Args.Spec spec;

  private boolean json;

  @Override
  public void declare(Args.Declaration d) {
    spec = d.spec();
    d.describe(
        "Show the Altiris, Inc. paper Form D of 2003 (the project's seed): issuer, persons, Part C, findings; or its "
            + "JSON.");
    d.option("--json").help("Print the seed's canonical JSON instead of the summary.").flag(() -> json = true);
  }

  @Override
  public Integer call() {
    PrintWriter out = spec.out();
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
