package io.formd.core.fake;

import static org.assertj.core.api.Assertions.assertThat;

import io.formd.core.fake.jqwik.FormDArbitraries;
import io.formd.core.model.Dialect;
import io.formd.core.model.FormD;
import io.formd.core.model.OfferingAmount;
import io.formd.core.model.PaperFormD;
import io.formd.core.model.UsdAmount;
import io.formd.core.rules.Finding;
import io.formd.core.rules.RuleIds;
import java.time.LocalDate;
import java.util.Set;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class FormDArbitrariesProperties {

  @Provide
  Arbitrary<FormD> filings() {
    return FormDArbitraries.filings();
  }

  @Provide
  Arbitrary<FormD> broken() {
    return FormDArbitraries.brokenFilings();
  }

  @Provide
  Arbitrary<BrokenFiling> brokenByRule() {
    return FormDArbitraries.brokenByRule();
  }

  @Provide
  Arbitrary<BrokenFiling> brokenSubmissions() {
    return FormDArbitraries.brokenByRule(FakeConfig.builder().dialect(Dialect.SUBMISSION).build());
  }

  @Provide
  Arbitrary<FormD> zipBrokenInSubmissions() {
    return FormDArbitraries.brokenBy("d-xsd-zip", FakeConfig.builder().dialect(Dialect.SUBMISSION).build());
  }

  @Provide
  Arbitrary<UsdAmount> amounts() {
    return FormDArbitraries.usdAmounts();
  }

  @Provide
  Arbitrary<OfferingAmount> offerings() {
    return FormDArbitraries.offeringAmounts();
  }

  @Provide
  Arbitrary<PaperFormD> paper() {
    return FormDArbitraries.paperFilings();
  }

  @Property(tries = 200)
  void arbitraryFilingsHaveNoFinding(@ForAll("filings") FormD filing) {
    assertThat(FakeFilings.validateAsSigned(filing).findings()).isEmpty();
  }

  @Property(tries = 50)
  void arbitraryBrokenFilingsBreakExactlyOneRule(@ForAll("broken") FormD filing) {
    Set<String> rules = FakeFilings.validateAsSigned(filing).findings().stream().map(Finding::ruleId)
        .collect(Collectors.toSet());
    assertThat(rules).hasSize(1);
  }

  @Property(tries = 40)
  void aBrokenFilingsOnlyFindingIsTheRuleItNames(@ForAll("brokenByRule") BrokenFiling broken) {
    assertThat(FakeFilings.validateAsSigned(broken.filing()).findings()).extracting(Finding::ruleId)
        .containsOnly(broken.ruleId()).isNotEmpty();
  }

  @Property(tries = 40)
  void aBrokenSubmissionIsASubmissionWhoseOnlyFindingIsTheRuleItNames(
      @ForAll("brokenSubmissions") BrokenFiling broken) {
    assertThat(Dialect.of(broken.filing())).isEqualTo(Dialect.SUBMISSION);
    assertThat(FakeFilings.validateAsSigned(broken.filing()).findings()).extracting(Finding::ruleId)
        .containsOnly(broken.ruleId()).isNotEmpty();
  }

  @Property(tries = 10)
  void anIdInLowerCaseBreaksTheSameRule(@ForAll("zipBrokenInSubmissions") FormD filing) {
    assertThat(Dialect.of(filing)).isEqualTo(Dialect.SUBMISSION);
    assertThat(FakeFilings.validateAsSigned(filing).findings()).extracting(Finding::ruleId)
        .containsExactly(RuleIds.D_XSD_ZIP);
  }

  @Property
  void arbitraryAmountsAreNonNegativeWithAtMostTwoDecimals(@ForAll("amounts") UsdAmount amount) {
    assertThat(amount.value().signum()).isNotNegative();
    assertThat(amount.value().scale()).isLessThanOrEqualTo(2);
  }

  @Property
  void arbitraryOfferingAmountsReadBackFromTheirEdgarText(@ForAll("offerings") OfferingAmount amount) {
    assertThat(OfferingAmount.parse(amount.toEdgarString())).isEqualTo(amount);
  }

  @Property(tries = 50)
  void arbitraryPaperFilingsPredateTheElectronicForm(@ForAll("paper") PaperFormD filing) {
    assertThat(filing.federalSignature().orElseThrow().date()).isBefore(LocalDate.of(2008, 9, 15));
  }
}
