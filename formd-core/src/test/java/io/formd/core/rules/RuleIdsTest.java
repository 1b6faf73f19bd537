package io.formd.core.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.formd.core.fake.FakeConfig;
import io.formd.core.fake.FakeFilings;
import io.formd.core.fake.jqwik.FormDArbitraries;
import io.formd.core.model.Dialect;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Rule ids: one constant for every built-in rule, looked up in any case everywhere, checked where they are given. */
class RuleIdsTest {

  @Test
  void theConstantsAreExactlyTheCataloguesIdsInItsOrder() throws Exception {
    List<String> constants = new ArrayList<>();
    for (Field field : RuleIds.class.getDeclaredFields()) {
      if (Modifier.isStatic(field.getModifiers()) && field.getType() == String.class) {
        String id = (String) field.get(null);
        assertThat(field.getName()).isEqualTo(id.replace('-', '_'));
        constants.add(id);
      }
    }
    assertThat(constants).isEqualTo(RuleSets.builtIn().rules().stream().map(Rule::id).collect(Collectors.toList()));
  }

  @Test
  void idsAreLookedUpInAnyCase() {
    RuleSet rules = RuleSets.builtIn();
    assertThat(rules.rule(" d-xsd-zip ")).isEqualTo(rules.rule(RuleIds.D_XSD_ZIP)).isPresent();
    assertThat(rules.without("d-xsd-zip").rule(RuleIds.D_XSD_ZIP)).isEmpty();
    assertThat(rules.without("d-xsd-zip").rules()).hasSize(rules.rules().size() - 1);
    assertThatThrownBy(() -> rules.without("d-xsd-zipp")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("d-xsd-zipp");
    assertThat(RuleIds.canonical("d-Arith-Remaining")).isEqualTo(RuleIds.D_ARITH_REMAINING);
  }

  @Test
  void aRuleIsStillDefinedWithItsCanonicalId() {
    assertThatThrownBy(() -> Rule.builder("acme-min")).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void theGeneratorTakesAnIdInAnyCase() {
    assertThat(FakeFilings.validateAsSigned(FakeFilings.seeded(3).brokenBy("d-arith-remaining")).findings())
        .extracting(Finding::ruleId).containsExactly(RuleIds.D_ARITH_REMAINING);
  }

  @Test
  void breakableRulesAreTheBreakersLessTheUnbreakableAndASubmissionBreaksFewer() {
    List<String> published = FakeFilings.breakableRules(FakeConfig.defaults());
    List<String> submissions = FakeFilings.breakableRules(FakeConfig.builder().dialect(Dialect.SUBMISSION).build());
    assertThat(published).doesNotContainAnyElementsOf(FakeFilings.unbreakableRules().keySet())
        .hasSize(RuleSets.builtIn().rules().size() - FakeFilings.unbreakableRules().size());
    assertThat(published).containsAll(submissions);
    assertThat(submissions).hasSizeLessThan(published.size()).contains(RuleIds.D_XSD_ZIP)
        .doesNotContain(RuleIds.D_XSD_ISSUER_NAME);
    assertThat(FakeFilings.isBreakable("d-xsd-zip", FakeConfig.defaults())).isTrue();
    assertThat(FakeFilings.isBreakable("NO-SUCH-RULE", FakeConfig.defaults())).isFalse();
  }

  @Test
  void anArbitraryRefusesABadIdWhenItIsBuiltNotWhenItIsSampled() {
    assertThatThrownBy(() -> FormDArbitraries.brokenBy("D-XSD-ZIPP")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("no built-in rule D-XSD-ZIPP");
    String unbreakable = FakeFilings.unbreakableRules().keySet().iterator().next();
    assertThatThrownBy(() -> FormDArbitraries.brokenBy(unbreakable)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("cannot be broken by a filing alone");
    assertThatThrownBy(() -> FormDArbitraries.brokenBy(RuleIds.D_XSD_ISSUER_NAME,
        FakeConfig.builder().dialect(Dialect.SUBMISSION).build())).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("cannot be broken in a submission");
  }
}
