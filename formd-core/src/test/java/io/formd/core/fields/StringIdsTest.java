package io.formd.core.fields;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.formd.core.fake.FakeFilings;
import io.formd.core.model.Edition;
import io.formd.core.rules.Rule;
import io.formd.core.rules.RuleSets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The ids the code carries as strings name what they say: a row's {@link Field#limitRule()} that named no rule would
 * switch its limit off (and the writer would then emit XSD-invalid XML with every other test green).
 */
class StringIdsTest {

  @Test
  void everyRowsLimitRuleIsABuiltInRuleOfItsEdition() {
    List<String> wrong = new ArrayList<>();
    int named = 0;
    for (Field row : Stream.concat(FormDFields.electronicRows().stream(), FormDFields.paperRows().stream()).toList()) {
      if (row.limitRule().isEmpty()) {
        continue;
      }
      named++;
      String id = row.limitRule().get();
      Rule rule = RuleSets.builtIn().rule(id).orElse(null);
      if (rule == null) {
        wrong.add(row + " names " + id + ", which is no built-in rule");
      } else if (!rule.editions().contains(row.edition())) {
        wrong.add(row + " names " + id + ", which does not judge the " + row.edition() + " edition");
      }
    }
    assertThat(named).as("rows with a limit rule").isGreaterThan(40);
    assertThat(wrong).isEmpty();
  }

  @Test
  void everyConditionsRulesAreBuiltInRulesOfTheElectronicEdition() {
    List<String> wrong = new ArrayList<>();
    int named = 0;
    for (Applicability code : Applicability.values()) {
      for (String id : RuleSets.rulesForCondition(code)) {
        named++;
        Rule rule = RuleSets.builtIn().rule(id).orElse(null);
        if (rule == null) {
          wrong.add(code + " names " + id + ", which is no built-in rule");
        } else if (!rule.editions().contains(Edition.ELECTRONIC)) {
          wrong.add(code + " names " + id + ", which does not judge the electronic edition");
        }
      }
    }
    assertThat(named).as("rules named by conditions").isGreaterThanOrEqualTo(20);
    assertThat(wrong).isEmpty();
    // The conditions §3.4 states and the model can break each name at least one rule.
    for (Applicability code : List.of(Applicability.M3, Applicability.M4, Applicability.M5, Applicability.M6,
        Applicability.M7, Applicability.M8, Applicability.M9, Applicability.M10, Applicability.M12,
        Applicability.O2, Applicability.O3, Applicability.O4)) {
      assertThat(RuleSets.rulesForCondition(code)).as(code.toString()).isNotEmpty();
    }
  }

  @Test
  void everyUnbreakableRuleIsABuiltInRule() {
    assertThat(FakeFilings.unbreakableRules()).isNotEmpty();
    for (String id : FakeFilings.unbreakableRules().keySet()) {
      assertThat(RuleSets.builtIn().rule(id)).as(id).isPresent();
    }
  }

  @Test
  void aRuleWithoutABreakerIsRefusedAsSuchNotAsAnUnknownRule() {
    assertThatThrownBy(() -> FakeFilings.seeded(1).brokenBy("D-NO-SUCH-RULE"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("no built-in rule D-NO-SUCH-RULE");
    assertThatThrownBy(() -> FakeFilings.brokenFrom(FakeFilings.seeded(1).next(), "D-NO-SUCH-RULE"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("no built-in rule D-NO-SUCH-RULE");
  }
}
