package io.formd.json.cli;

import static io.formd.json.cli.CliTestSupport.formd;
import static org.assertj.core.api.Assertions.assertThat;

import io.formd.core.rules.RuleSets;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class RulesCommandTest {

  @Test
  void listsEveryBuiltInRuleOnePerLine() {
    CliTestSupport run = formd("rules");
    assertThat(run.exitCode).isZero();
    assertThat(run.out.lines()).hasSize(RuleSets.builtIn().rules().size());
    assertThat(run.out).containsPattern("(?m)^D-ARITH-PROCEEDS-TOTAL +ERROR +paper +\\.\\.  question 5");
    assertThat(run.out).containsPattern("(?m)^D-CODE-505-REPEALED +ERROR +paper,electronic +2017-05-22\\.\\.  ");
  }

  @Test
  void asOfKeepsTheRulesInForceThatDay() {
    CliTestSupport run = formd("rules", "--as-of", "2010-06-01");
    assertThat(run.exitCode).isZero();
    assertThat(run.out.lines()).hasSize(RuleSets.builtIn().asOf(LocalDate.of(2010, 6, 1)).rules().size());
    assertThat(run.out).contains("D-CODE-506C-DATE").doesNotContain("D-CODE-505-REPEALED");
  }

  @Test
  void aBadDateIsAUsageError() {
    CliTestSupport run = formd("rules", "--as-of", "June 2010");
    assertThat(run.exitCode).isEqualTo(2);
    assertThat(run.err).contains("June 2010");
  }
}
