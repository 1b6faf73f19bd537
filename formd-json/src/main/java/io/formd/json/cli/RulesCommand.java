package io.formd.json.cli;

import io.formd.core.model.Edition;
import io.formd.core.rules.Rule;
import io.formd.core.rules.RuleSet;
import io.formd.core.rules.RuleSets;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code formd rules [--as-of DATE]}: one rule per line,
 * {@code RULE-ID SEVERITY editions from..until  summary}.
 */
@Command(name = "rules", mixinStandardHelpOptions = true, versionProvider = FormdCommand.Version.class,
    description = "List the built-in rules (and any found on the class path), one per line.")
final class RulesCommand implements Callable<Integer> {

  @Spec
  private CommandSpec spec;

  @Option(names = "--as-of", paramLabel = "DATE", description = "Only the rules in force on this date (YYYY-MM-DD).")
  private LocalDate asOf;

  @Override
  public Integer call() {
    RuleSet rules = asOf == null ? RuleSets.discovered() : RuleSets.discovered().asOf(asOf);
    PrintWriter out = spec.commandLine().getOut();
    for (Rule rule : rules.rules()) {
      out.printf(Locale.ROOT, "%-42s %-7s %-17s %s..%s  %s%n", rule.id(), rule.severity(),
          rule.editions().stream().map(e -> e == Edition.PAPER ? "paper" : "electronic").collect(Collectors.joining(",")),
          rule.from().map(LocalDate::toString).orElse(""), rule.until().map(LocalDate::toString).orElse(""),
          rule.summary());
    }
    return 0;
  }
}
