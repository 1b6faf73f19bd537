package io.formd.json.cli;

import io.formd.core.fake.FakeConfig;
import io.formd.core.fake.FakeFilings;
import io.formd.core.model.Dialect;
import io.formd.core.model.Edition;
import io.formd.core.rules.Rule;
import io.formd.core.rules.RuleSet;
import io.formd.core.rules.RuleSets;
import java.io.IOException;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * {@code formd rules [--as-of DATE] [--format text|json]}: a header, then one rule per line:
 * {@code RULE-ID SEVERITY EDITIONS PROFILES IN-FORCE SUMMARY | CITATION}.
 */
final class RulesCommand implements Args.Command {

  private static final FakeConfig SUBMISSIONS = FakeConfig.builder().dialect(Dialect.SUBMISSION).build();

  private static final String LINE = "%-36s %-13s %-17s %-24s %-23s %s | %s%n";

  private Args.Spec spec;

  private LocalDate asOf;

  private String format = "text";

  @Override
  public void declare(Args.Declaration d) {
    spec = d.spec();
    d.describe(
        "List the built-in rules (and any found on the class path), one per line after a header.",
        "SEVERITY is the severity for a submission; 'ERROR/WARNING' means ERROR for a submission and WARNING on a "
            + "published filing. 'formd explain RULE-ID' tells more of one rule.");
    d.option("--as-of").label("DATE").help("Only the rules in force on this date "
        + "(YYYY-MM-DD).").to(v -> asOf = Args.date(v));
    d.option("--format").label("text|json").help("A table (default) or one JSON document.").to(v -> format = v);
  }

  @Override
  public Integer call() throws IOException {
    if (!Cli.formatIsOneOf(spec, format, "text", "json")) {
      return 2;
    }
    RuleSet rules = asOf == null ? RuleSets.discovered() : RuleSets.discovered().asOf(asOf);
    PrintWriter out = spec.out();
    if (format.equals("json")) {
      json(out, rules);
      return 0;
    }
    out.printf(Locale.ROOT, LINE, "RULE-ID", "SEVERITY", "EDITIONS", "PROFILES", "IN FORCE", "SUMMARY", "CITATION");
    for (Rule rule : rules.rules()) {
      out.printf(Locale.ROOT, LINE, rule.id(), severities(rule), editions(rule), profiles(rule), inForce(rule),
          rule.summary(), rule.citation());
    }
    out.println(rules.rules().size() + " rules");
    return 0;
  }

  static String severities(Rule rule) {
    return rule.severity(Dialect.SUBMISSION) == rule.severity(Dialect.DISSEMINATED) ? rule.severity().name()
        : rule.severity(Dialect.SUBMISSION) + "/" + rule.severity(Dialect.DISSEMINATED);
  }

  static String editions(Rule rule) {
    return rule.editions().stream().map(e -> e == Edition.PAPER ? "paper" : "electronic")
        .collect(Collectors.joining(","));
  }

  static String profiles(Rule rule) {
    return rule.profiles().stream().map(Dialect::key).collect(Collectors.joining(","));
  }

  static String inForce(Rule rule) {
    if (rule.from().isEmpty() && rule.until().isEmpty()) {
      return "always";
    }
    return rule.from().map(LocalDate::toString).orElse("") + ".." + rule.until().map(LocalDate::toString).orElse("");
  }

  private static void json(PrintWriter out, RuleSet rules) throws IOException {
    Cli.json(out, g -> {
      g.writeStartObject();
      g.writeArrayFieldStart("rules");
      for (Rule rule : rules.rules()) {
        g.writeStartObject();
        g.writeStringField("id", rule.id());
        g.writeObjectFieldStart("severity");
        for (Dialect profile : Dialect.values()) {
          g.writeStringField(profile.key(), rule.severity(profile).name());
        }
        g.writeEndObject();
        g.writeStringField("basis", rule.basis().name());
        g.writeStringField("basisLabel", rule.basis().label());
        g.writeArrayFieldStart("editions");
        for (Edition edition : rule.editions()) {
          g.writeString(edition == Edition.PAPER ? "paper" : "electronic");
        }
        g.writeEndArray();
        g.writeArrayFieldStart("profiles");
        for (Dialect profile : rule.profiles()) {
          g.writeString(profile.key());
        }
        g.writeEndArray();
        if (rule.from().isPresent()) {
          g.writeStringField("from", rule.from().get().toString());
        }
        if (rule.until().isPresent()) {
          g.writeStringField("until", rule.until().get().toString());
        }
        g.writeStringField("datedBy", rule.dating().name().toLowerCase(Locale.ROOT));
        g.writeBooleanField("needsEdgarRecords", rule.usesLookup());
        // What `formd fake --broken` and FakeFilings.brokenBy can break alone: as published, and in a submission.
        g.writeBooleanField("breakable", FakeFilings.isBreakable(rule.id(), FakeConfig.defaults()));
        g.writeBooleanField("breakableInSubmission", FakeFilings.isBreakable(rule.id(), SUBMISSIONS));
        g.writeStringField("summary", rule.summary());
        g.writeStringField("citation", rule.citation());
        if (rule.why().isPresent()) {
          g.writeStringField("why", rule.why().get());
        }
        if (rule.fix().isPresent()) {
          g.writeStringField("fix", rule.fix().get());
        }
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeNumberField("count", rules.rules().size());
      g.writeEndObject();
    });
  }
}
