package io.formd.core.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.formd.core.fake.FakeFilings;
import io.formd.core.fields.FormDFields;
import io.formd.core.model.FormD;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Finding paths are checked: every path any built-in rule emits on any filing broken by any rule names a row of
 * the field table (and so a real property of the model, which {@code FormDFieldsTest} proves of every row).
 */
class FindingPathsTest {

  @Test
  void everyPathEveryRuleEmitsOnEveryBrokenFilingNamesAField() {
    List<String> unknown = new ArrayList<>();
    int findings = 0;
    for (Rule rule : RuleSets.builtIn().rules()) {
      if (FakeFilings.unbreakableRules().containsKey(rule.id())) {
        continue;
      }
      for (long seed = 0; seed < 3; seed++) {
        FormD broken = FakeFilings.seeded(seed).brokenBy(rule.id());
        for (Finding finding : RuleSets.builtIn().validate(broken).findings()) {
          findings++;
          if (!finding.path().isEmpty() && FormDFields.find(broken.edition(), finding.path()).isEmpty()) {
            unknown.add(finding.ruleId() + " " + finding.path());
          }
        }
      }
    }
    assertThat(unknown).isEmpty();
    assertThat(findings).isGreaterThan(300);
  }

  @Test
  void aMisspelledPathIsCaught() {
    assertThat(FormDFields.find("offering.amounts.totalRemainig")).isEmpty();
    assertThat(FormDFields.find("issuers[0].adress.city")).isEmpty();
  }
}
