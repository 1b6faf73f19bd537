package io.formd.core.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.formd.core.fields.Applicability;
import io.formd.core.fields.Field;
import io.formd.core.fields.FormDFields;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Every conditional code the technical specification's §3.4 gives an element (m#3 to m#12, o#2 to o#4) is checked
 * by a built-in rule, but m#11, which the model cannot see (an absent and an empty sales compensation list are one).
 */
class ConditionCoverageTest {

  private static final Set<Applicability> UNCONDITIONAL = EnumSet.of(Applicability.M, Applicability.O,
      Applicability.M_PARENT, Applicability.NA, Applicability.BLANK);

  @Test
  void everyConditionalCodeOfTheTableHasARuleThatExists() {
    Set<Applicability> used = EnumSet.noneOf(Applicability.class);
    for (Field row : FormDFields.electronicRows()) {
      used.add(row.forD());
      used.add(row.forDA());
    }
    used.removeAll(UNCONDITIONAL);
    assertThat(used).as("the codes §3.4 uses").contains(Applicability.M3, Applicability.M8, Applicability.M12,
        Applicability.O2, Applicability.O3, Applicability.O4);
    for (Applicability code : used) {
      if (code == Applicability.M11) {
        assertThat(RuleSets.rulesForCondition(code)).isEmpty();
        continue;
      }
      assertThat(RuleSets.rulesForCondition(code)).as(code.code()).isNotEmpty();
      for (String id : RuleSets.rulesForCondition(code)) {
        assertThat(RuleSets.builtIn().rule(id)).as(code.code() + " " + id).isPresent();
      }
    }
    for (Applicability unused : EnumSet.of(Applicability.M1, Applicability.M2, Applicability.O1)) {
      assertThat(used).as("§3.4 gives no element " + unused.code()).doesNotContain(unused);
      assertThat(RuleSets.rulesForCondition(unused)).isEmpty();
    }
  }

  @Test
  void theRuleOfACodeCitesIt() {
    for (Applicability code : new Applicability[] {Applicability.M3, Applicability.M4, Applicability.M5,
        Applicability.M6, Applicability.M7, Applicability.M8, Applicability.M12, Applicability.O2}) {
      String first = RuleSets.rulesForCondition(code).get(RuleSets.rulesForCondition(code).size() - 1);
      String citation = RuleSets.builtIn().rule(first).orElseThrow().citation();
      assertThat(citation).as(first).contains("§3.3 " + code.code());
    }
  }
}
