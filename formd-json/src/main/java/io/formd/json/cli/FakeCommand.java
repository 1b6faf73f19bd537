package io.formd.json.cli;

import io.formd.core.fake.FakeConfig;
import io.formd.core.fake.FakeFilings;
import io.formd.core.model.Edition;
import io.formd.core.model.ElectronicFormD;
import io.formd.core.model.FormD;
import io.formd.core.rules.Rule;
import io.formd.core.rules.RuleIds;
import io.formd.core.rules.RuleSets;
import io.formd.json.FormDJson;
import io.formd.json.FormDXml;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/**
 * {@code formd fake [--seed N] [--count K] [--edition electronic|paper] [--broken RULE-ID] [--format xml|json]
 * [-o DIR]}.
 */
final class FakeCommand implements Args.Command {

  private Args.Spec spec;

  private long seed = 1;

  private int count = 1;

  private String edition;

  private String broken;

  private String format;

  private Path directory;

  @Override
  public void declare(Args.Declaration d) {
    spec = d.spec();
    d.describe(
        "Generate realistic fake filings, the same for the same seed: valid under the built-in rules, or broken by "
            + "exactly one rule.",
        "One filing goes to standard output; with -o, COUNT files go into DIR (fake-00001.xml, ...), or the one "
            + "filing into FILE when it ends in .xml or .json.");
    d.option("--seed").help("The seed (default 1).").to(v -> seed = Args.whole(v));
    d.option("--count").help("How many filings (default 1).").to(v -> count = Args.integer(v));
    d.option("--edition").label("electronic|paper").help("The edition (default: both).").to(v -> edition = v);
    d.option("--broken").label("RULE-ID").help("Break exactly this rule in each filing.").to(v -> broken = v);
    d.option("--format").label("xml|json").help("Output format (default xml; json for paper).").to(v -> format = v);
    d.option("-o", "--output").label("DIR|FILE").help("Write COUNT files into this directory, or one filing into this "
        + ".xml or .json file.").to(v -> directory = Args.path(v));
  }

  @Override
  public Integer call() throws IOException {
    Optional<Edition> chosen;
    if (edition == null) {
      chosen = Optional.empty();
    } else if (edition.equals("electronic") || edition.equals("paper")) {
      chosen = Optional.of(Edition.valueOf(edition.toUpperCase(Locale.ROOT)));
    } else {
      return usage("--edition is electronic or paper, not '" + edition + "'");
    }
    if (format != null && !format.equals("xml") && !format.equals("json")) {
      return usage("--format is xml or json, not '" + format + "'");
    }
    Path single = null;
    String extension = directory == null ? "" : directory.getFileName() == null ? ""
        : directory.getFileName().toString().toLowerCase(Locale.ROOT);
    if (directory != null && !Files.isDirectory(directory)
        && (extension.endsWith(".xml") || extension.endsWith(".json"))) {
      String wanted = extension.endsWith(".xml") ? "xml" : "json";
      if (format != null && !format.equals(wanted)) {
        return usage("-o " + directory + " is a ." + wanted + " file but --format is " + format);
      }
      if (count != 1) {
        return usage("-o " + directory + " names one file; " + count + " filings need -o DIR");
      }
      format = wanted;
      single = directory;
      directory = null;
    }
    if ("xml".equals(format) && chosen.isEmpty()) {
      chosen = Optional.of(Edition.ELECTRONIC); // EDGAR XML holds only the electronic edition
    }
    if (count < 1 || (directory == null && single == null && count != 1)) {
      return usage(count < 1 ? "--count must be at least 1" : "more than one filing needs -o DIR");
    }
    if (broken != null) {
      broken = RuleIds.canonical(broken);
      Optional<Rule> rule = RuleSets.builtIn().rule(broken);
      if (rule.isEmpty()) {
        return usage("no built-in rule " + broken + " (formd rules lists them)");
      }
      if (chosen.isPresent() && !rule.get().editions().contains(chosen.get())) {
        return usage("rule " + broken + " checks the " + rule.get().editions().iterator().next().name()
            .toLowerCase(Locale.ROOT) + " edition only, not the " + chosen.get().name()
            .toLowerCase(Locale.ROOT) + " edition");
      }
      if (FakeFilings.unbreakableRules().containsKey(broken)) {
        return usage("rule " + broken + " cannot be broken: " + FakeFilings.unbreakableRules().get(broken));
      }
    }
    FakeFilings fakes = FakeFilings.seeded(seed, chosen.map(e -> FakeConfig.builder().edition(e).build())
        .orElse(FakeConfig.defaults()));
    if (directory != null) {
      if (Files.exists(directory) && !Files.isDirectory(directory)) {
        return failed(directory + ": cannot be written: exists and is not a directory (-o names a directory)");
      }
      try {
        Files.createDirectories(directory);
      } catch (IOException e) {
        return failed(directory + ": cannot be created: " + Cli.reason(e));
      }
    }
    for (int i = 1; i <= count; i++) {
      FormD filing;
      if (broken == null) {
        filing = fakes.next();
      } else {
        // The filing 'fake' gives for this seed, broken, when the rule can be broken in it; else the next one of the
        // sequence that can (a fund's rule needs a fund), and standard error says so.
        FormD base = fakes.next();
        Optional<FormD> same = FakeFilings.brokenFrom(base, broken);
        if (same.isPresent()) {
          filing = same.get();
        } else {
          filing = fakes.brokenBy(broken);
          spec.err().println("formd fake: filing " + i + " of seed " + seed + " cannot be broken by "
              + broken + " alone; this is another filing of the same sequence");
        }
      }
      boolean json = "json".equals(format) || !(filing instanceof ElectronicFormD);
      if ("xml".equals(format) && !(filing instanceof ElectronicFormD)) {
        return usage("a paper-edition filing has no EDGAR XML form: use --format json");
      }
      String text;
      try {
        text = json ? FormDJson.write(filing) + "\n" : FormDXml.write((ElectronicFormD) filing);
      } catch (IllegalArgumentException e) {
        return usage("this filing cannot be written as EDGAR XML (" + e.getMessage() + "): use --format json");
      }
      if (single != null) {
        try {
          Cli.writeWhole(single, text);
        } catch (IOException e) {
          return failed(single + ": cannot be written: " + Cli.reason(e));
        }
      } else if (directory == null) {
        spec.out().print(text);
        spec.out().flush();
      } else {
        Path file = directory.resolve(String.format(Locale.ROOT, "fake-%05d.%s", i, json ? "json" : "xml"));
        try {
          Cli.writeWhole(file, text);
        } catch (IOException e) {
          return failed(file + ": cannot be written: " + Cli.reason(e));
        }
      }
    }
    return 0;
  }

  private int failed(String problem) {
    spec.err().println("formd fake: " + problem);
    return 2;
  }

  private int usage(String problem) {
    spec.err().println("formd fake: " + problem);
    return 2;
  }
}
