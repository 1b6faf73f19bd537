package io.formd.core.rules;

import static io.formd.core.rules.TestChanges.E;
import static org.assertj.core.api.Assertions.assertThat;

import io.formd.core.model.ElectronicFormD;
import io.formd.core.model.FederalExemption;
import io.formd.core.model.IndustryGroup;
import io.formd.core.model.InvestmentFundInfo;
import io.formd.core.model.InvestmentFundType;
import io.formd.core.model.Investors;
import io.formd.core.model.Issuer;
import io.formd.core.model.NetAssetValueRange;
import io.formd.core.model.OfferingData;
import io.formd.core.model.PreviousNames;
import io.formd.core.model.RevenueRange;
import io.formd.core.model.Signature;
import io.formd.core.model.YearOfIncorporation;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Electronic rules at their edges, each on the clean test filing changed in one place. */
class ElectronicRulesEdgesTest {

  private static Set<String> ids(ElectronicFormD f) {
    return RuleSets.builtIn().validate(f).findings().stream().map(Finding::ruleId).collect(Collectors.toSet());
  }

  private static ElectronicFormD issuer(UnaryOperator<Issuer.Builder> change) {
    return TestChanges.e(b -> b.primaryIssuer(change.apply(Issuer.builder().from(E.primaryIssuer())).build()));
  }

  private static ElectronicFormD fund(InvestmentFundType type, long investors, FederalExemption... exemptions) {
    return TestChanges.offering(o -> o.industryGroup(IndustryGroup.POOLED_INVESTMENT_FUND)
        .investmentFundInfo(InvestmentFundInfo.of(type, false)).revenueRange(Optional.empty())
        .netAssetValueRange(NetAssetValueRange.DECLINE_TO_DISCLOSE).federalExemptions(List.of(exemptions))
        .investors(Investors.builder().from(E.offering().investors()).totalNumberAlreadyInvested(investors).build()));
  }

  @Test
  void onlyAnIssuerYetToBeFormedContradictsADateOfFirstSaleWithNothingSold() {
    ElectronicFormD sale = TestChanges.filing(t -> t.dateOfFirstSale(LocalDate.of(2024, 1, 5))
        .firstSaleYetToOccur(false));
    ElectronicFormD nothingSold = TestChanges.withOffering(sale, OfferingData.builder()
        .from(sale.offering()).amounts(TestChanges.amounts(1_000_000, 0, 1_000_000).offering().amounts()).build());
    ElectronicFormD formed = ElectronicFormD.builder().from(nothingSold).primaryIssuer(Issuer.builder()
        .from(E.primaryIssuer()).yearOfIncorporation(YearOfIncorporation.overFiveYears()).build()).build();
    assertThat(ids(formed)).doesNotContain("D-XREF-YTBF-FIRST-SALE");
    ElectronicFormD notFormed = ElectronicFormD.builder().from(nothingSold).primaryIssuer(Issuer.builder()
        .from(E.primaryIssuer()).yearOfIncorporation(YearOfIncorporation.yetToBeFormed()).build()).build();
    assertThat(ids(notFormed)).contains("D-XREF-YTBF-FIRST-SALE");
  }

  @Test
  void aVentureCapitalFundMayHave250OwnersUnder3c1AndOthers100() {
    assertThat(ids(fund(InvestmentFundType.VENTURE_CAPITAL_FUND, 200, FederalExemption.RULE_506_B,
        FederalExemption.SECTION_3C, FederalExemption.SECTION_3C_1))).doesNotContain("D-XREF-3C1-OWNERS");
    assertThat(ids(fund(InvestmentFundType.PRIVATE_EQUITY_FUND, 200, FederalExemption.RULE_506_B,
        FederalExemption.SECTION_3C, FederalExemption.SECTION_3C_1))).contains("D-XREF-3C1-OWNERS");
    assertThat(ids(fund(InvestmentFundType.PRIVATE_EQUITY_FUND, 200, FederalExemption.RULE_506_B,
        FederalExemption.SECTION_3C, FederalExemption.SECTION_3C_1, FederalExemption.SECTION_3C_7)))
        .doesNotContain("D-XREF-3C1-OWNERS");
  }

  @Test
  void aBlankJurisdictionIsMissingOnAPublishedFiling() {
    assertThat(ids(issuer(i -> i.jurisdictionOfIncorporation("  ")))).contains("D-REQ-JURISDICTION");
    assertThat(ids(issuer(i -> i.jurisdictionOfIncorporation("DELAWARE")))).doesNotContain("D-REQ-JURISDICTION");
  }

  @Test
  void aPreviousNameTwiceIsARepeatButOneNameIsNot() {
    assertThat(ids(issuer(i -> i.previousNames(PreviousNames.of("Old Name, Inc.")))))
        .doesNotContain("D-XREF-DUPLICATE-PREVIOUS-NAME");
    assertThat(ids(issuer(i -> i.previousNames(PreviousNames.of("Old Name, Inc.", "Old Name, Inc.")))))
        .contains("D-XREF-DUPLICATE-PREVIOUS-NAME");
  }

  @Test
  void aRevenueRangeForAFundIsTheWrongKindOnlyWithoutANavRange() {
    ElectronicFormD hedge = fund(InvestmentFundType.HEDGE_FUND, 10, FederalExemption.RULE_506_B);
    ElectronicFormD revenue = TestChanges.withOffering(hedge, OfferingData.builder()
        .from(hedge.offering()).netAssetValueRange(Optional.empty()).revenueRange(RevenueRange.DECLINE_TO_DISCLOSE)
        .build());
    assertThat(ids(revenue)).contains("D-XREF-ISSUER-SIZE-KIND");
    ElectronicFormD both = TestChanges.withOffering(hedge, OfferingData.builder()
        .from(hedge.offering()).revenueRange(RevenueRange.DECLINE_TO_DISCLOSE).build());
    assertThat(ids(both)).contains("D-XREF-ISSUER-SIZE-ONE").doesNotContain("D-XREF-ISSUER-SIZE-KIND");
  }

  @Test
  void twoIssuersWithoutAnAuthorisedRepresentativeNeedTwoSignatures() {
    Issuer co = Issuer.builder().from(E.primaryIssuer()).cik("0001999999").name("Second Issuer LLC").build();
    Signature first = E.signatures().get(0);
    Signature second = Signature.builder().from(first).issuerName("Second Issuer LLC").build();
    ElectronicFormD one = TestChanges.e(b -> b.additionalIssuers(List.of(co)).authorizedRepresentative(false)
        .signatures(List.of(first)));
    assertThat(ids(one)).contains("D-XREF-SIGNATURE-PER-ISSUER");
    ElectronicFormD two = TestChanges.e(b -> b.additionalIssuers(List.of(co)).authorizedRepresentative(false)
        .signatures(List.of(first, second)));
    assertThat(ids(two)).doesNotContain("D-XREF-SIGNATURE-PER-ISSUER");
    ElectronicFormD represented = TestChanges.e(b -> b.additionalIssuers(List.of(co)).authorizedRepresentative(true)
        .signatures(List.of(first)));
    assertThat(ids(represented)).doesNotContain("D-XREF-SIGNATURE-PER-ISSUER");
  }

  @Test
  void noExemptionAtAllIsNamedNone() {
    ElectronicFormD none = TestChanges.offering(o -> o.federalExemptions(List.of(FederalExemption.SECTION_3C,
        FederalExemption.SECTION_3C_1)));
    assertThat(RuleSets.builtIn().validate(none).findingsOf("D-REQ-SECURITIES-ACT-EXEMPTION")).singleElement()
        .satisfies(f -> assertThat(f.message()).contains("3C 3C.1").doesNotContain("  "));
  }

  @Test
  void theRuleAndRuleSetDescribeThemselves() {
    Rule rule = RuleSets.builtIn().rule("D-XSD-ZIP").orElseThrow();
    assertThat(rule.toString()).contains("D-XSD-ZIP").contains("ERROR");
    assertThat(RuleSets.builtIn().toString()).contains(String.valueOf(RuleSets.builtIn().rules().size()));
    RuleSet one = RuleSet.of(List.of(rule));
    assertThat(one.rules()).containsExactly(rule);
    assertThat(one.validate(E).findings()).isEmpty();
  }
}
