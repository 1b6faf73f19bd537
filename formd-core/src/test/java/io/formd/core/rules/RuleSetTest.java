package io.formd.core.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.formd.core.model.Address;
import io.formd.core.model.Dialect;
import io.formd.core.model.ElectronicFormD;
import io.formd.core.model.FederalExemption;
import io.formd.core.model.OfferingData;
import io.formd.core.model.RelatedPerson;
import io.formd.core.model.UsdAmount;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class RuleSetTest {

  /** A custom rule set found through ServiceLoader (registered in the test resources). */
  public static final class AcmeRules implements RuleSetProvider {
    @Override
    public List<Rule> rules() {
      return List.of(Rule.builder("ACME-MIN-INVESTMENT").severity(Severity.WARNING).citation("ACME house rule 7")
          .summary("minimum investment at least $50,000")
          .checkElectronic((f, c, r) -> {
            if (f.offering().minimumInvestment().compareTo(UsdAmount.of(50_000)) < 0) {
              r.report("offering.minimumInvestment", "below the house minimum of $50,000");
            }
          }).build());
    }
  }

  private static ElectronicFormD rule504(long offered, LocalDate signed) {
    ElectronicFormD filing = TestChanges.amounts(offered, 0, offered);
    filing = TestChanges.withOffering(filing, OfferingData.builder().from(filing.offering())
        .federalExemptions(List.of(FederalExemption.RULE_504)).build());
    return TestChanges.signedOn(filing, signed);
  }

  @Test
  void rule504CeilingFollowsTheDateTheRulesAreAppliedAsOf() {
    ElectronicFormD fourMillion = rule504(4_000_000, LocalDate.of(2016, 12, 1));
    RuleSet rules = RuleSets.builtIn().without("D-XREF-SOLD-VS-INVESTORS", "D-XREF-FIRST-SALE-AFTER-SIGNATURE");
    assertThat(rules.validate(fourMillion).findingsOf("D-LIMIT-504-AGGREGATE")).hasSize(1);
    assertThat(rules.asOf(LocalDate.of(2017, 1, 20)).validate(fourMillion).findingsOf("D-LIMIT-504-AGGREGATE"))
        .isEmpty();
    ElectronicFormD eightMillion = rule504(8_000_000, LocalDate.of(2021, 3, 14));
    assertThat(rules.validate(eightMillion).findingsOf("D-LIMIT-504-AGGREGATE")).hasSize(1)
        .first().satisfies(f -> assertThat(f.message()).contains("$5,000,000.00"));
    assertThat(rules.validate(rule504(8_000_000, LocalDate.of(2021, 3, 15))).findingsOf("D-LIMIT-504-AGGREGATE"))
        .isEmpty();
  }

  @Test
  void pathsPastTheCachedIndexesAreSpelledOutAlike() {
    RelatedPerson person = TestChanges.E.relatedPersons().get(0);
    RelatedPerson badZip = RelatedPerson.builder().from(person)
        .address(Address.builder().from(person.address()).zipCode("!").build()).build();
    List<RelatedPerson> persons = new ArrayList<>();
    for (int i = 0; i < 140; i++) {
      persons.add(i == 5 || i == 131 ? badZip : person);
    }
    ElectronicFormD filing = ElectronicFormD.builder().from(TestChanges.E).relatedPersons(persons).build();
    assertThat(RuleSets.builtIn().validate(filing).findingsOf("D-XSD-ZIP")).extracting(Finding::path)
        .containsExactly("relatedPersons[5].address.zipCode", "relatedPersons[131].address.zipCode");
  }

  @Test
  void asOfKeepsOnlyTheRulesInForceThatDay() {
    RuleSet in2010 = RuleSets.builtIn().asOf(LocalDate.of(2010, 1, 1));
    assertThat(in2010.rule("D-CODE-506C-DATE")).isPresent();
    assertThat(in2010.rule("D-CODE-506-SPLIT")).isEmpty();
    assertThat(in2010.rule("D-LIMIT-505-AGGREGATE")).isPresent();
    RuleSet in2020 = RuleSets.builtIn().asOf(LocalDate.of(2020, 1, 1));
    assertThat(in2020.rule("D-CODE-506-SPLIT")).isPresent();
    assertThat(in2020.rule("D-LIMIT-505-AGGREGATE")).isEmpty();
    assertThat(in2020.fixedDate()).contains(LocalDate.of(2020, 1, 1));
    assertThat(in2020.validate(TestChanges.E).asOf()).contains(LocalDate.of(2020, 1, 1));
  }

  @Test
  void theDefaultDateIsTheSignatureDateAndAPolicyCanChooseTheFirstSale() {
    ElectronicFormD filing = TestChanges.E;
    assertThat(RuleSets.builtIn().validate(filing).asOf()).contains(LocalDate.of(2025, 3, 10));
    assertThat(RuleSets.builtIn().withDatePolicy(DatePolicy.FIRST_SALE_DATE).validate(filing).asOf())
        .contains(LocalDate.of(2025, 3, 1));
  }

  @Test
  void withAndWithoutComposeAndRefuseMistakes() {
    Rule custom = new AcmeRules().rules().get(0);
    RuleSet rules = RuleSets.builtIn().with(custom).without("D-XREF-SOLD-VS-INVESTORS");
    assertThat(rules.rules()).hasSize(RuleSets.builtIn().rules().size());
    assertThat(rules.rules().get(rules.rules().size() - 1)).isSameAs(custom);
    assertThat(rules.validate(TestChanges.E).findingsOf("ACME-MIN-INVESTMENT")).hasSize(1);
    assertThatThrownBy(() -> rules.with(custom)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("ACME-MIN-INVESTMENT");
    assertThatThrownBy(() -> RuleSets.builtIn().without("D-NO-SUCH-RULE")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("D-NO-SUCH-RULE");
  }

  @Test
  void providersOnTheClassPathAreDiscovered() {
    RuleSet discovered = RuleSets.discovered();
    assertThat(discovered.rule("ACME-MIN-INVESTMENT")).isPresent();
    assertThat(discovered.rules()).hasSize(RuleSets.builtIn().rules().size() + 1);
  }

  @Test
  void aRuleNeedsAWellFormedIdAndEveryPart() {
    assertThatThrownBy(() -> Rule.builder("lower-case")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'lower-case'");
    assertThatThrownBy(() -> Rule.builder("ACME-X").severity(Severity.ERROR).summary("s").check((f, c, r) -> { })
        .build())
        .isInstanceOf(NullPointerException.class).hasMessageContaining("citation");
    assertThatThrownBy(() -> Rule.builder("ACME-X").severity(Severity.ERROR).summary("s").citation("c")
        .from(LocalDate.of(2020, 1, 1)).until(LocalDate.of(2020, 1, 1)).check((f, c, r) -> { }).build())
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("empty");
  }

  @Test
  void theReportCountsAndFiltersBySeverity() {
    ValidationReport report = RuleSets.builtIn().validate(TestChanges.amounts(1_000_000, 1_250_000, 0));
    assertThat(report.hasErrors()).isFalse();
    assertThat(report.count(Severity.WARNING)).isEqualTo(report.atLeast(Severity.WARNING).size()).isEqualTo(1);
    assertThat(report.count(Severity.ERROR) + report.count(Severity.INFO)).isZero();
    assertThat(report.atLeast(Severity.INFO)).isEqualTo(report.findings());
    assertThat(report.atLeast(Severity.WARNING)).extracting(Finding::ruleId).containsExactly("D-XREF-SOLD-LE-OFFERING");
    assertThat(report.errors()).isEmpty();
    ValidationReport remaining = RuleSets.builtIn().withProfile(Dialect.SUBMISSION)
        .validate(TestChanges.amounts(1_000_000, 250_000, 700_000));
    // A published copy checked as a submission: the remaining amount is EDGAR's m#8 (ERROR), and the credentials
    // and contact EDGAR stripped are missing.
    assertThat(remaining.errors()).extracting(Finding::ruleId)
        .containsExactly("D-ARITH-REMAINING", "D-SUB-CCC", "D-SUB-CONTACT");
    assertThat(RuleSets.builtIn().validate(TestChanges.amounts(1_000_000, 250_000, 700_000))
        .findingsOf("D-ARITH-REMAINING")).extracting(Finding::severity).containsExactly(Severity.WARNING);
    // More sold than offered is one cause: the remaining-amount identity does not report it a second time.
    assertThat(report.findingsOf("D-ARITH-REMAINING")).isEmpty();
  }

  @Test
  void federalHolidaysRollTheDeadline() {
    assertThat(FederalBusinessDays.onOrAfter(LocalDate.of(2025, 7, 4))).isEqualTo(LocalDate.of(2025, 7, 7));
    assertThat(FederalBusinessDays.isHoliday(LocalDate.of(2021, 12, 31))).as("New Year 2022 observed").isTrue();
    assertThat(FederalBusinessDays.isHoliday(LocalDate.of(2025, 11, 27))).as("Thanksgiving").isTrue();
    assertThat(FederalBusinessDays.isHoliday(LocalDate.of(2020, 6, 19))).as("Juneteenth before 2021").isFalse();
    assertThat(FederalBusinessDays.isBusinessDay(LocalDate.of(2025, 3, 17))).isTrue();
  }
}
