package io.formd.json.bench;

import io.formd.core.model.ElectronicFormD;
import io.formd.core.rules.RuleSet;
import io.formd.core.rules.RuleSets;
import io.formd.core.rules.ValidationReport;
import io.formd.json.html.FormDHtml;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Rendering 200 filings (the corpus) with their findings as HTML pages; the findings are computed once, beforehand,
 * so this measures the rendering alone (target: at least 5,000 filings a second on one core, 200 in under 40 ms).
 * Run: {@code mvn -B -Pbench -DskipTests -pl formd-json -am verify -Djmh.args="HtmlBenchmark -f 1 -wi 3 -i 5"}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class HtmlBenchmark {

  private final List<ValidationReport> reports = new ArrayList<>();

  @Setup
  public void setUp() {
    RuleSet rules = RuleSets.builtIn();
    for (ElectronicFormD filing : Corpus.MODELS) {
      reports.add(rules.validate(filing));
    }
  }

  @Benchmark
  public void render(Blackhole bh) {
    for (int i = 0; i < Corpus.MODELS.size(); i++) {
      bh.consume(FormDHtml.render(Corpus.MODELS.get(i), reports.get(i)));
    }
  }
}
