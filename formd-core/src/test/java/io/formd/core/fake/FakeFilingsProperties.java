package io.formd.core.fake;

import static org.assertj.core.api.Assertions.assertThat;

import io.formd.core.model.Edition;
import io.formd.core.model.FormD;
import io.formd.core.rules.Finding;
import io.formd.core.rules.RuleSets;
import io.formd.core.rules.ValidationReport;
import java.util.List;
import java.util.stream.Collectors;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

/** Invariants of the generator; a failing property prints its seed, {@code @Property(seed = "...")} replays it. */
class FakeFilingsProperties {

  @Property(tries = 150)
  void generatedFilingsOfEitherEditionHaveNoFindingAtAll(@ForAll long seed) {
    FakeFilings fakes = FakeFilings.seeded(seed);
    for (int i = 0; i < 20; i++) {
      FormD filing = fakes.next();
      ValidationReport report = RuleSets.builtIn().validate(filing);
      List<String> findings = report.findings().stream().map(f -> f.ruleId() + " " + f.path() + ": " + f.message())
          .collect(Collectors.toList());
      assertThat(findings).as("seed %d, filing %d", seed, i).isEmpty();
    }
  }

  @Property(tries = 100)
  void generatedPaperFilingsHaveNoFindingAtAll(@ForAll long seed) {
    FakeFilings fakes = FakeFilings.seeded(seed, FakeConfig.builder().edition(Edition.PAPER).build());
    for (int i = 0; i < 10; i++) {
      assertThat(RuleSets.builtIn().validate(fakes.next()).findings()).extracting(Finding::ruleId).isEmpty();
    }
  }

  @Property(tries = 100)
  void theSameSeedGivesEqualFilings(@ForAll long seed) {
    FakeFilings a = FakeFilings.seeded(seed);
    FakeFilings b = FakeFilings.seeded(seed);
    for (int i = 0; i < 5; i++) {
      assertThat(a.next()).isEqualTo(b.next());
    }
  }

  @Property(tries = 30)
  void brokenFilingsAreReproducibleBySeed(@ForAll long seed) {
    assertThat(FakeFilings.seeded(seed).brokenBy("D-ARITH-REMAINING"))
        .isEqualTo(FakeFilings.seeded(seed).brokenBy("D-ARITH-REMAINING"));
  }
}
