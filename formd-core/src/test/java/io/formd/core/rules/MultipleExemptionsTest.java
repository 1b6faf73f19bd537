package io.formd.core.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.formd.core.model.ElectronicFormD;
import io.formd.core.model.FederalExemption;
import io.formd.core.model.Investors;
import io.formd.core.model.OfferingData;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A filing that claims several exemptions may rely on any of them, so one exemption's ceiling or condition
 * is only held against a filing that relies on that exemption alone.
 */
class MultipleExemptionsTest {

  private static ElectronicFormD claiming(ElectronicFormD base, FederalExemption... items) {
    return TestChanges.withOffering(base, OfferingData.builder().from(base.offering()).federalExemptions(List.of(items))
        .build());
  }

  private static ElectronicFormD nonAccredited(ElectronicFormD base, long count, long total) {
    return TestChanges.withOffering(base, OfferingData.builder().from(base.offering()).investors(Investors.builder()
        .hasNonAccreditedInvestors(true).numberNonAccreditedInvestors(count).totalNumberAlreadyInvested(total).build())
        .build());
  }

  private static List<Finding> findings(ElectronicFormD filing, String ruleId) {
    return RuleSets.builtIn().validate(filing).findingsOf(ruleId);
  }

  @Test
  void aTenMillionOfferingUnder506bAnd4a5IsNotHeldTo4a5sCeiling() {
    ElectronicFormD tenMillion = TestChanges.amounts(10_000_000, 250_000, 9_750_000);
    assertThat(findings(claiming(tenMillion, FederalExemption.RULE_506_B, FederalExemption.SECTION_4A5),
        "D-LIMIT-4A5-AGGREGATE")).isEmpty();
    assertThat(findings(claiming(tenMillion, FederalExemption.SECTION_4A5), "D-LIMIT-4A5-AGGREGATE")).hasSize(1);
  }

  @Test
  void s19EdgarWarnsOnRule504sTenMillionEvenWhenAnotherExemptionIsClaimed() {
    ElectronicFormD twentyMillion = TestChanges.amounts(20_000_000, 250_000, 19_750_000);
    List<Finding> with506b = findings(claiming(twentyMillion, FederalExemption.RULE_504, FederalExemption.RULE_506_B),
        "D-LIMIT-504-AGGREGATE");
    assertThat(with506b).singleElement().satisfies(f -> {
      assertThat(f.severity()).isEqualTo(Severity.WARNING);
      assertThat(f.message()).contains("EDGAR warns though the offering may rely on the other exemption claimed");
    });
    List<Finding> alone = findings(claiming(twentyMillion, FederalExemption.RULE_504, FederalExemption.RULE_504_B1_I),
        "D-LIMIT-504-AGGREGATE");
    assertThat(alone).singleElement().satisfies(f -> assertThat(f.message()).doesNotContain("EDGAR warns"));
    assertThat(findings(claiming(twentyMillion, FederalExemption.RULE_506_B), "D-LIMIT-504-AGGREGATE")).isEmpty();
  }

  @Test
  void nonAccreditedInvestorsUnder506bAnd506cAreNot506cErrors() {
    ElectronicFormD some = nonAccredited(TestChanges.E, 2, 3);
    assertThat(findings(claiming(some, FederalExemption.RULE_506_B, FederalExemption.RULE_506_C),
        "D-ELIG-506C-ACCREDITED-ONLY")).isEmpty();
    assertThat(findings(claiming(some, FederalExemption.RULE_506_C), "D-ELIG-506C-ACCREDITED-ONLY")).hasSize(1);
  }

  @Test
  void s18EdgarWarnsOnFortyNonAccreditedUnder506bEvenWith504AlsoClaimed() {
    ElectronicFormD forty = nonAccredited(TestChanges.E, 40, 45);
    assertThat(findings(claiming(forty, FederalExemption.RULE_506_B, FederalExemption.RULE_504),
        "D-LIMIT-506B-NONACCREDITED"))
        .singleElement().satisfies(f -> assertThat(f.message()).contains("EDGAR warns though Rule 504"));
    assertThat(findings(claiming(forty, FederalExemption.RULE_506_B), "D-LIMIT-506B-NONACCREDITED")).singleElement()
        .satisfies(f -> assertThat(f.message()).doesNotContain("EDGAR warns"));
    assertThat(findings(claiming(nonAccredited(TestChanges.E, 35, 45), FederalExemption.RULE_506_B),
        "D-LIMIT-506B-NONACCREDITED")).isEmpty();
  }
}
