package io.formd.core.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.formd.core.model.Address;
import io.formd.core.model.Dialect;
import io.formd.core.model.ElectronicFormD;
import io.formd.core.model.EstimatedAmount;
import io.formd.core.model.FederalExemption;
import io.formd.core.model.IndustryGroup;
import io.formd.core.model.InvestmentFundInfo;
import io.formd.core.model.InvestmentFundType;
import io.formd.core.model.Investors;
import io.formd.core.model.Issuer;
import io.formd.core.model.NetAssetValueRange;
import io.formd.core.model.OfferingAmount;
import io.formd.core.model.OfferingData;
import io.formd.core.model.OfferingSalesAmounts;
import io.formd.core.model.PreviousNames;
import io.formd.core.model.RevenueRange;
import io.formd.core.model.SalesCommissionsFindersFees;
import io.formd.core.model.SalesCompensationRecipient;
import io.formd.core.model.SecurityType;
import io.formd.core.model.SubmissionType;
import io.formd.core.model.TypeOfFiling;
import io.formd.core.model.UsdAmount;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/**
 * The severities and false alarms of the second audit (rules-audit-2026-12-06, §2 and §6), each on a one-change
 * variant of the clean test filing: what EDGAR's accepted filings show it accepts is not an ERROR, and what none of
 * them breaks is one as a submission.
 */
class SecondAuditSeveritiesTest {

  private static final RuleSet SUBMISSION = RuleSets.builtIn().withProfile(Dialect.SUBMISSION);
  private static final RuleSet PUBLISHED = RuleSets.builtIn().withProfile(Dialect.DISSEMINATED);

  private static List<Finding> of(RuleSet rules, ElectronicFormD filing, String ruleId) {
    return rules.validate(filing, LocalDate.of(2025, 3, 12)).findingsOf(ruleId);
  }

  private static ElectronicFormD issuer(UnaryOperator<Issuer.Builder> change) {
    return TestChanges.e(b -> b.primaryIssuer(change.apply(Issuer.builder().from(TestChanges.E.primaryIssuer()))
        .build()));
  }

  private static ElectronicFormD fund(InvestmentFundType type, UnaryOperator<OfferingData.Builder> change) {
    return TestChanges.offering(o -> change.apply(o.industryGroup(IndustryGroup.POOLED_INVESTMENT_FUND)
        .investmentFundInfo(InvestmentFundInfo.of(type, false))
        .securityTypes(List.of(SecurityType.POOLED_INVESTMENT_FUND_INTERESTS))));
  }

  @Test
  void s11APostOfficeBoxInStreetAddress2IsARemarkAndAsTheStreetAnError() {
    ElectronicFormD ugland = issuer(i -> i.address(Address.builder().from(TestChanges.E.primaryIssuer().address())
        .street1("Walker House, 87 Mary Street").street2("UGLAND HOUSE, PO BOX 309").build()));
    for (RuleSet profile : List.of(SUBMISSION, PUBLISHED)) {
      assertThat(of(profile, ugland, "D-EDGAR-PO-BOX")).singleElement().satisfies(f -> {
        assertThat(f.severity()).isEqualTo(Severity.INFO);
        // EDGAR accepted it: the finding does not claim the rule's suspension as its basis, under either profile.
        assertThat(f.basis()).isEqualTo(Basis.PROMPT);
        assertThat(f.path()).isEqualTo("issuers[0].address.street2");
        assertThat(f.message()).contains("beside the street address 'Walker House, 87 Mary Street'; EDGAR accepts");
      });
    }
    ElectronicFormD box = issuer(i -> i.address(Address.builder().from(TestChanges.E.primaryIssuer().address())
        .street1("P.O. Box 309").build()));
    assertThat(of(SUBMISSION, box, "D-EDGAR-PO-BOX")).extracting(Finding::severity).containsExactly(Severity.ERROR);
    assertThat(of(PUBLISHED, box, "D-EDGAR-PO-BOX")).extracting(Finding::severity).containsExactly(Severity.WARNING);
    assertThat(of(PUBLISHED, box, "D-EDGAR-PO-BOX")).extracting(Finding::basis).containsExactly(Basis.EDGAR_SUSPENDS);
  }

  @Test
  void s05MoreSoldThanADefiniteOfferingAmountIsAnErrorAsASubmission() {
    ElectronicFormD over = TestChanges.amounts(1_000_000, 1_200_000, 0);
    assertThat(of(SUBMISSION, over, "D-XREF-SOLD-LE-OFFERING")).extracting(Finding::severity)
        .containsExactly(Severity.ERROR);
    assertThat(of(PUBLISHED, over, "D-XREF-SOLD-LE-OFFERING")).extracting(Finding::severity)
        .containsExactly(Severity.WARNING);
    assertThat(of(SUBMISSION, TestChanges.amounts(1_000_000, 1_000_000, 0), "D-XREF-SOLD-LE-OFFERING")).isEmpty();
  }

  @Test
  void theThreeCBoxWithoutAParagraphIsAnErrorAndAParagraphWithoutTheBoxOnlyARemark() {
    ElectronicFormD boxOnly = fund(InvestmentFundType.PRIVATE_EQUITY_FUND,
        o -> o.federalExemptions(List.of(FederalExemption.RULE_506_B, FederalExemption.SECTION_3C)));
    assertThat(of(SUBMISSION, boxOnly, "D-XREF-3C-UMBRELLA")).extracting(Finding::severity)
        .containsExactly(Severity.ERROR);
    assertThat(of(PUBLISHED, boxOnly, "D-XREF-3C-UMBRELLA")).extracting(Finding::severity)
        .containsExactly(Severity.WARNING);
    ElectronicFormD paragraphOnly = fund(InvestmentFundType.PRIVATE_EQUITY_FUND,
        o -> o.federalExemptions(List.of(FederalExemption.RULE_506_B, FederalExemption.SECTION_3C_1)));
    assertThat(of(SUBMISSION, paragraphOnly, "D-XREF-3C-UMBRELLA")).extracting(Finding::severity)
        .containsExactly(Severity.INFO);
    ElectronicFormD both = fund(InvestmentFundType.PRIVATE_EQUITY_FUND, o -> o.federalExemptions(
        List.of(FederalExemption.RULE_506_B, FederalExemption.SECTION_3C, FederalExemption.SECTION_3C_1)));
    assertThat(of(SUBMISSION, both, "D-XREF-3C-UMBRELLA")).isEmpty();
  }

  @Test
  void mNumber5IsAnErrorAsASubmission() {
    ElectronicFormD hedgeWithRevenue = fund(InvestmentFundType.HEDGE_FUND,
        o -> o.revenueRange(RevenueRange.DECLINE_TO_DISCLOSE)
        .netAssetValueRange(Optional.empty()));
    assertThat(of(SUBMISSION, hedgeWithRevenue, "D-XREF-ISSUER-SIZE-KIND")).extracting(Finding::severity)
        .containsExactly(Severity.ERROR);
    assertThat(of(PUBLISHED, hedgeWithRevenue, "D-XREF-ISSUER-SIZE-KIND")).extracting(Finding::severity)
        .containsExactly(Severity.WARNING);
    ElectronicFormD hedgeWithNav = fund(InvestmentFundType.HEDGE_FUND, o -> o.revenueRange(Optional.empty())
        .netAssetValueRange(NetAssetValueRange.DECLINE_TO_DISCLOSE));
    assertThat(of(SUBMISSION, hedgeWithNav, "D-XREF-ISSUER-SIZE-KIND")).isEmpty();
  }

  @Test
  void whatEdgarAcceptedIsNoSubmissionError() {
    ElectronicFormD only3c = fund(InvestmentFundType.PRIVATE_EQUITY_FUND, o -> o.federalExemptions(
        List.of(FederalExemption.SECTION_3C, FederalExemption.SECTION_3C_1)));
    assertThat(of(SUBMISSION, only3c, "D-REQ-SECURITIES-ACT-EXEMPTION")).extracting(Finding::severity)
        .containsExactly(Severity.WARNING);
    ElectronicFormD moreNonAccredited = TestChanges.offering(o -> o.investors(Investors.builder()
        .hasNonAccreditedInvestors(true).numberNonAccreditedInvestors(5L).totalNumberAlreadyInvested(3).build()));
    assertThat(of(SUBMISSION, moreNonAccredited, "D-XREF-NONACCREDITED-LE-TOTAL")).extracting(Finding::severity)
        .containsExactly(Severity.WARNING);
    ElectronicFormD flag = TestChanges.offering(o -> o.investors(Investors.builder()
        .hasNonAccreditedInvestors(false).numberNonAccreditedInvestors(1L).totalNumberAlreadyInvested(3).build()));
    assertThat(of(SUBMISSION, flag, "D-XREF-NONACCREDITED-FLAG")).extracting(Finding::severity)
        .containsExactly(Severity.WARNING);
    ElectronicFormD fundInfoElsewhere = TestChanges.offering(o -> o.investmentFundInfo(
        InvestmentFundInfo.of(InvestmentFundType.PRIVATE_EQUITY_FUND, false)));
    assertThat(of(SUBMISSION, fundInfoElsewhere, "D-XREF-FUND-INFO")).extracting(Finding::severity)
        .containsExactly(Severity.INFO);
    ElectronicFormD pooledWithout = fund(InvestmentFundType.PRIVATE_EQUITY_FUND,
        o -> o.investmentFundInfo(Optional.empty()));
    assertThat(of(SUBMISSION, pooledWithout, "D-XREF-FUND-INFO")).extracting(Finding::severity)
        .containsExactly(Severity.ERROR);
  }

  @Test
  void mNumber7AbsentPreviousNamesOnAPublishedCopyWithEdgarsOwnListAreNoFinding() {
    ElectronicFormD removedByEdgar = issuer(i -> i.previousNames(Optional.empty())
        .edgarPreviousNames(PreviousNames.of("Old Name LLC")));
    assertThat(of(PUBLISHED, removedByEdgar, "D-REQ-PREVIOUS-NAMES")).isEmpty();
    assertThat(of(SUBMISSION, removedByEdgar, "D-REQ-PREVIOUS-NAMES")).hasSize(1);
    ElectronicFormD neither = issuer(i -> i.previousNames(Optional.empty()));
    assertThat(of(PUBLISHED, neither, "D-REQ-PREVIOUS-NAMES")).hasSize(1);
  }

  @Test
  void aVentureCapitalFundOverTenMillionIsNoQualifyingOneAndEvergreenCountsAreRemarks() {
    UnaryOperator<OfferingData.Builder> vc = o -> o.federalExemptions(List.of(FederalExemption.RULE_506_B,
        FederalExemption.SECTION_3C, FederalExemption.SECTION_3C_1)).investors(Investors.builder()
        .hasNonAccreditedInvestors(false).totalNumberAlreadyInvested(180).build());
    ElectronicFormD small = fund(InvestmentFundType.VENTURE_CAPITAL_FUND, vc);
    assertThat(of(SUBMISSION, small, "D-XREF-3C1-OWNERS")).as("180 owners: within a qualifying fund's 250").isEmpty();
    ElectronicFormD large = fund(InvestmentFundType.VENTURE_CAPITAL_FUND, o -> vc.apply(o).amounts(
        OfferingSalesAmounts.builder().totalOfferingAmount(OfferingAmount.of(50_000_000))
            .totalAmountSold(UsdAmount.of(20_000_000)).totalRemaining(OfferingAmount.of(30_000_000)).build()));
    assertThat(of(SUBMISSION, large, "D-XREF-3C1-OWNERS")).singleElement().satisfies(f -> {
      assertThat(f.severity()).isEqualTo(Severity.WARNING);
      assertThat(f.values()).containsEntry("limit", "100");
      assertThat(f.message()).contains("not a qualifying one");
    });
    ElectronicFormD evergreen = ElectronicFormD.builder().from(large).submissionType(SubmissionType.D_A)
        .offering(OfferingData.builder().from(large.offering()).typeOfFiling(TypeOfFiling.builder().amendment(true)
            .previousAccessionNumber("0001234567-23-000001").dateOfFirstSale(LocalDate.of(2022, 1, 5)).build()).build())
        .build();
    assertThat(of(SUBMISSION, evergreen, "D-XREF-3C1-OWNERS")).singleElement().satisfies(f -> {
      assertThat(f.severity()).isEqualTo(Severity.INFO);
      assertThat(f.message()).contains("counts every investor since the first sale on 2022-01-05");
    });
  }

  @Test
  void s16TheOldSection4_6CodeInASubmissionTodayIsAWarningAsRule506sIs() {
    ElectronicFormD old = TestChanges.offering(o -> o.federalExemptions(List.of(FederalExemption.SECTION_4_6)));
    assertThat(of(SUBMISSION, old, "D-CODE-4A5-LABEL")).extracting(Finding::severity).containsExactly(Severity.WARNING);
    assertThat(of(PUBLISHED, old, "D-CODE-4A5-LABEL")).extracting(Finding::severity).containsExactly(Severity.INFO);
  }

  @Test
  void aRuleReportsAtMostItsOwnSeverity() {
    Rule loud = Rule.builder("T-LOUD").severity(Severity.WARNING).citation("test").summary("test")
        .checkElectronic((f, c, r) -> r.reportAs(Severity.ERROR, "", "louder than the rule")).build();
    assertThat(RuleSet.of(loud).validate(TestChanges.E).findings()).extracting(Finding::severity)
        .containsExactly(Severity.WARNING);
  }

  @Test
  void theAuditsFormCandidatesFireOnlyWhereTheFormShowsThem() {
    ElectronicFormD onlyIii = TestChanges.offering(o -> o.federalExemptions(List.of(FederalExemption.RULE_504_B1_III))
        .investors(Investors.builder().hasNonAccreditedInvestors(true).numberNonAccreditedInvestors(2L)
            .totalNumberAlreadyInvested(3).build()));
    assertThat(of(PUBLISHED, onlyIii, "D-ELIG-504B1III-ACCREDITED-ONLY")).extracting(Finding::severity)
        .containsExactly(Severity.WARNING);
    ElectronicFormD withI = TestChanges.offering(o -> o.federalExemptions(List.of(FederalExemption.RULE_504_B1_I,
        FederalExemption.RULE_504_B1_III)).investors(onlyIii.offering().investors()));
    assertThat(of(PUBLISHED, withI, "D-ELIG-504B1III-ACCREDITED-ONLY")).isEmpty();
    SalesCompensationRecipient agent = TestChanges.E.offering().salesCompensationRecipients().get(0);
    ElectronicFormD none = TestChanges.offering(o -> o.salesCompensationRecipients(List.of(
        SalesCompensationRecipient.builder().from(agent).name(" NONE ").build())));
    assertThat(of(PUBLISHED, none, "D-XREF-RECIPIENT-PLACEHOLDER")).extracting(Finding::path)
        .containsExactly("offering.salesCompensationRecipients[0].name");
    assertThat(of(PUBLISHED, none, "D-XREF-RECIPIENT-UNREGISTERED")).isEmpty();
    ElectronicFormD unregistered = TestChanges.offering(o -> o.salesCompensationRecipients(List.of(
        SalesCompensationRecipient.builder().from(agent).crdNumber(Optional.empty())
            .associatedBrokerDealerName(Optional.empty()).associatedBrokerDealerCrdNumber(Optional.empty()).build())));
    assertThat(of(PUBLISHED, unregistered, "D-XREF-RECIPIENT-UNREGISTERED")).extracting(Finding::severity)
        .containsExactly(Severity.INFO);
    ElectronicFormD unpaid = TestChanges.offering(o -> o.commissionsAndFees(SalesCommissionsFindersFees
        .builder().salesCommissions(EstimatedAmount.of(0))
        .findersFees(EstimatedAmount.of(0)).build()));
    assertThat(of(PUBLISHED, unpaid, "D-XREF-RECIPIENTS-WITHOUT-COMP")).extracting(Finding::severity)
        .containsExactly(Severity.INFO);
    assertThat(of(PUBLISHED, unpaid, "D-XREF-RECIPIENT-UNREGISTERED")).isEmpty();
    assertThat(of(PUBLISHED, TestChanges.E, "D-XREF-RECIPIENTS-WITHOUT-COMP")).isEmpty();
  }

  @Test
  void investorsWithNothingSoldAreARemarkWhenItem13ExplainsIt() {
    ElectronicFormD nothing = TestChanges.amounts(1_000_000, 0, 1_000_000);
    assertThat(of(PUBLISHED, nothing, "D-XREF-SOLD-VS-INVESTORS")).extracting(Finding::severity)
        .containsExactly(Severity.WARNING);
    ElectronicFormD explained = TestChanges.offering(o -> o.amounts(OfferingSalesAmounts.builder()
        .from(nothing.offering().amounts()).clarification("Units issued for services; no cash received").build()));
    assertThat(of(PUBLISHED, explained, "D-XREF-SOLD-VS-INVESTORS")).extracting(Finding::severity)
        .containsExactly(Severity.INFO);
  }
}
