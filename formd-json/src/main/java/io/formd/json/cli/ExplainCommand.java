package io.formd.json.cli;

import io.formd.core.fake.FakeFilings;
import io.formd.core.model.Dialect;
import io.formd.core.model.FormD;
import io.formd.core.rules.Finding;
import io.formd.core.rules.Rule;
import io.formd.core.rules.RuleIds;
import io.formd.core.rules.RuleSet;
import io.formd.core.rules.RuleSets;
import io.formd.core.rules.ValidationReport;
import java.io.PrintWriter;
import java.util.List;
import java.util.stream.Collectors;

/**
 * {@code formd explain RULE-ID}: what one rule checks, when and where it applies, why, how to fix what it finds,
 * its citation, and a finding it makes on a generated filing broken for it.
 */
final class ExplainCommand implements Args.Command {

  private Args.Spec spec;

  private String id;

  @Override
  public void declare(Args.Declaration d) {
    spec = d.spec();
    d.describe(
        "Explain one rule: severity per profile, editions, dates in force, what it checks, why, how to fix it, its "
            + "citation and an example finding.",
        "Exit status: 0 explained, 2 no such rule.");
    d.parameter("RULE-ID").help("A rule id, e.g. D-ARITH-REMAINING (any case).").to(v -> id = v);
  }

  @Override
  public Integer call() {
    RuleSet rules = RuleSets.discovered();
    String wanted = RuleIds.canonical(id);
    Rule rule = rules.rule(wanted).orElse(null);
    if (rule == null) {
      List<String> near = rules.rules().stream().map(Rule::id)
          .filter(r -> r.contains(wanted) || wanted.contains(r) || sharesWords(r, wanted)).limit(8)
          .collect(Collectors.toList());
      spec.err().println("formd explain: no rule " + id
          + (near.isEmpty() ? "; 'formd rules' lists them" : "; did you mean " + String.join(", ", near) + "?"));
      return 2;
    }
    PrintWriter out = spec.out();
    out.println(rule.id());
    out.println("  Checks:     " + rule.summary());
    out.println("  Severity:   " + (rule.severity(Dialect.SUBMISSION) == rule.severity(Dialect.DISSEMINATED)
        ? rule.severity().name()
        : rule.severity(Dialect.SUBMISSION) + " for a submission, " + rule.severity(Dialect.DISSEMINATED)
            + " on a published filing"));
    out.println("  Basis:      " + rule.basis().label());
    out.println("  Editions:   " + RulesCommand.editions(rule));
    out.println("  Profiles:   " + RulesCommand.profiles(rule));
    out.println("  In force:   " + (rule.from().isEmpty() && rule.until().isEmpty() ? "at every date"
        : rule.from().map(d -> "from " + d).orElse("") + (rule.from().isPresent() && rule.until().isPresent() ? ", "
            : "") + rule.until().map(d -> "until " + d.minusDays(1) + " (not from " + d + ")").orElse("")));
    out.println("  Judged as of: " + (rule.dating() == Rule.Dating.DOCUMENT
        ? "the document's date (the filing date; today for a submission not yet filed; else the signature)"
        : "the offering's date (the latest signature, unless the rule set's date policy says otherwise)"));
    if (rule.usesLookup()) {
      out.println("  Needs:      EDGAR's records (an EdgarLookup given to RuleSet.withLookup); skipped without them");
    }
    if (rule.needsFilingDate()) {
      out.println("  Needs:      the filing date (--filing-date; EDGAR's submission file has it; a submission is "
          + "judged "
          + "as filed today); skipped, and said so, without it");
    }
    out.println("  Why:        " + rule.why().orElse("the citation below is its source; its severity follows formd's "
        + "policy: ERROR "
        + "only where EDGAR suspends a submission, the SEC's schema forbids it, or the regulation is certain."));
    out.println("  How to fix: " + rule.fix().orElse("make the filing meet the rule (" + rule.summary() + ")"
        + " at the place the finding names."));
    out.println("  Citation:   " + rule.citation());
    example(out, rule);
    return 0;
  }

  private static boolean sharesWords(String a, String b) {
    int shared = 0;
    for (String word : b.split("-")) {
      if (word.length() > 2 && a.contains(word)) {
        shared++;
      }
    }
    return shared >= 2;
  }

  /** A finding of the rule on a generated filing broken for it, when the generator can break it alone. */
  private static void example(PrintWriter out, Rule rule) {
    if (FakeFilings.unbreakableRules().containsKey(rule.id())) {
      out.println("  Example:    none generated: " + FakeFilings.unbreakableRules().get(rule.id()));
      return;
    }
    try {
      FormD broken = FakeFilings.seeded(1).brokenBy(rule.id());
      ValidationReport report = RuleSets.builtIn().validate(broken);
      Finding f = report.findingsOf(rule.id()).get(0);
      out.println("  Example:    " + f.severity() + " " + f.ruleId() + " " + f.place().orElse(f.path()) + ": "
          + f.message() + (f.path().isEmpty() ? "" : " [" + f.path() + "]"));
      out.println("              (on FakeFilings.seeded(1).brokenBy(\"" + rule.id() + "\"), a "
          + report.profile().key() + " document)");
    } catch (IllegalArgumentException | IllegalStateException e) {
      out.println("  Example:    none generated (" + e.getMessage() + ")");
    }
  }
}
