package io.formd.core.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.formd.core.fake.FakeFilings;
import io.formd.core.model.FormD;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class ThreadSafetyTest {

  @Test
  void oneRuleSetValidatingInParallelGivesWhatItGivesInSequence() {
    FakeFilings fakes = FakeFilings.seeded(21);
    List<FormD> filings = new ArrayList<>();
    String[] rules = {"D-ARITH-REMAINING", "D-XSD-ZIP", "D-ARITH-PAPER-C5-GRAND-TOTAL", "D-XREF-3C-UMBRELLA"};
    for (int i = 0; i < 400; i++) {
      filings.add(i % 2 == 0 ? fakes.next() : fakes.brokenBy(rules[i % rules.length]));
    }
    RuleSet shared = RuleSets.builtIn();
    List<List<Finding>> sequential = filings.stream().map(f -> shared.validate(f).findings())
        .collect(Collectors.toList());
    List<List<Finding>> parallel = filings.parallelStream().map(f -> shared.validate(f).findings())
        .collect(Collectors.toList());
    assertThat(parallel).isEqualTo(sequential);
    assertThat(sequential.stream().filter(l -> !l.isEmpty()).count()).isEqualTo(200);
  }
}
