package io.formd.core.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.formd.core.model.ElectronicFormD;
import io.formd.core.model.EntityType;
import io.formd.core.model.FederalExemption;
import io.formd.core.model.Investors;
import io.formd.core.model.Issuer;
import io.formd.core.model.NetAssetValueRange;
import io.formd.core.model.OfferingData;
import io.formd.core.model.RevenueRange;
import io.formd.core.model.SecurityType;
import io.formd.core.model.SubmissionType;
import io.formd.core.model.YearOfIncorporation;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Both directions of the rules that report two opposite mistakes, each with its own message, and their edges:
 * a rule that only ever reported one of them, or moved its edge by one, would pass the catalogue test.
 */
class RuleMessagesTest {

  private static final ElectronicFormD E = TestChanges.E;

  private static List<String> messages(ElectronicFormD filing, String rule) {
    return RuleSets.builtIn().validate(filing).findingsOf(rule).stream().map(Finding::message).toList();
  }

  @Test
  void submissionTypeAndAmendmentFlagDisagreeEitherWay() {
    assertThat(messages(TestChanges.e(b -> b.submissionType(SubmissionType.D_A)), "D-XREF-SUBMISSION-TYPE"))
        .containsExactly("submission type is D/A but Item 7 says new notice; expected D");
    ElectronicFormD amendment = TestChanges.filing(t -> t.amendment(true)
        .previousAccessionNumber("0001234567-24-000001"));
    assertThat(messages(amendment, "D-XREF-SUBMISSION-TYPE"))
        .containsExactly("submission type is D but Item 7 says amendment; expected D/A");
    assertThat(messages(ElectronicFormD.builder().from(amendment).submissionType(SubmissionType.D_A).build(),
        "D-XREF-SUBMISSION-TYPE")).isEmpty();
  }

  @Test
  void anEmptyAccessionNumberIsNoAccessionNumber() {
    ElectronicFormD empty = TestChanges.filing(t -> t.amendment(true).previousAccessionNumber(""));
    assertThat(messages(empty, "D-REQ-PREVIOUS-ACCESSION")).hasSize(1);
    assertThat(messages(TestChanges.filing(t -> t.previousAccessionNumber("")), "D-XREF-PREVIOUS-ACCESSION-NEW"))
        .isEmpty();
  }

  @Test
  void firstSaleGivenTwiceOrNotAtAll() {
    assertThat(messages(TestChanges.filing(t -> t.firstSaleYetToOccur(true)), "D-REQ-FIRST-SALE-CHOICE"))
        .singleElement().satisfies(m -> assertThat(m).startsWith("gives both a date of first sale"));
    assertThat(messages(TestChanges.filing(t -> t.dateOfFirstSale(Optional.empty())), "D-REQ-FIRST-SALE-CHOICE"))
        .singleElement().satisfies(m -> assertThat(m).startsWith("gives neither"));
  }

  @Test
  void issuerSizeGivenTwiceOrNotAtAll() {
    assertThat(messages(TestChanges.offering(o -> o.revenueRange(RevenueRange.NO_REVENUES)
        .netAssetValueRange(NetAssetValueRange.NO_AGGREGATE_NET_ASSET_VALUE)), "D-XREF-ISSUER-SIZE-ONE"))
        .singleElement().satisfies(m -> assertThat(m).startsWith("gives both"));
    assertThat(messages(TestChanges.offering(o -> o.revenueRange(Optional.empty())
        .netAssetValueRange(Optional.empty())),
        "D-XREF-ISSUER-SIZE-ONE")).singleElement().satisfies(m -> assertThat(m).startsWith("gives neither"));
  }

  @Test
  void section3cUmbrellaAndParagraphEachNeedTheOther() {
    List<FederalExemption> base = E.offering().federalExemptions();
    List<FederalExemption> umbrella = new ArrayList<>(base);
    umbrella.add(FederalExemption.SECTION_3C);
    assertThat(messages(TestChanges.offering(o -> o.federalExemptions(umbrella)), "D-XREF-3C-UMBRELLA"))
        .singleElement().satisfies(m -> assertThat(m).contains("without saying which paragraph"));
    List<FederalExemption> paragraph = new ArrayList<>(base);
    paragraph.add(FederalExemption.SECTION_3C_1);
    assertThat(messages(TestChanges.offering(o -> o.federalExemptions(paragraph)), "D-XREF-3C-UMBRELLA"))
        .singleElement().satisfies(m -> assertThat(m).contains("without the Section 3(c) box"));
  }

  @Test
  void soldWithoutInvestorsAndInvestorsWithoutSales() {
    ElectronicFormD noInvestors = TestChanges.offering(o -> o.investors(Investors.builder()
        .from(E.offering().investors()).hasNonAccreditedInvestors(false).numberNonAccreditedInvestors(Optional.empty())
        .totalNumberAlreadyInvested(0).build()));
    if (!E.offering().amounts().totalAmountSold().isZero()) {
      assertThat(messages(noInvestors, "D-XREF-SOLD-VS-INVESTORS")).singleElement()
          .satisfies(m -> assertThat(m).contains("but no investor has invested"));
    }
    ElectronicFormD nothingSold = TestChanges.amounts(1_000_000, 0, 1_000_000);
    ElectronicFormD investorsNoSales = ElectronicFormD.builder().from(nothingSold).offering(
        OfferingData.builder().from(nothingSold.offering()).investors(Investors.builder()
            .hasNonAccreditedInvestors(false).totalNumberAlreadyInvested(3).build()).build()).build();
    assertThat(messages(investorsNoSales, "D-XREF-SOLD-VS-INVESTORS")).singleElement()
        .satisfies(m -> assertThat(m).contains("3 investors have invested but the amount sold is 0"));
  }

  @Test
  void everythingSoldLeavesNothingRemaining() {
    assertThat(messages(TestChanges.amounts(1_000_000, 1_000_000, 0), "D-ARITH-REMAINING")).isEmpty();
    assertThat(messages(TestChanges.amounts(1_000_000, 1_000_000, 1), "D-ARITH-REMAINING")).hasSize(1);
  }

  @Test
  void whitespaceIsNoDescription() {
    assertThat(messages(TestChanges.offering(o -> o.securityTypes(List.of(SecurityType.OTHER))
        .otherSecurityTypeDescription(" ")), "D-REQ-SECURITY-OTHER-DESC")).hasSize(1);
    assertThat(messages(TestChanges.e(b -> b.primaryIssuer(Issuer.builder().from(E.primaryIssuer())
        .entityType(EntityType.OTHER).entityTypeOtherDescription("\t").build())), "D-REQ-ENTITY-OTHER-DESC"))
        .hasSize(1);
    assertThat(messages(TestChanges.offering(o -> o.businessCombination(true).businessCombinationClarification("  ")),
        "D-REQ-BUSINESS-COMBINATION-CLARIFICATION")).hasSize(1);
    assertThat(messages(TestChanges.offering(o -> o.businessCombination(true)
        .businessCombinationClarification("merger")),
        "D-REQ-BUSINESS-COMBINATION-CLARIFICATION")).isEmpty();
  }

  @Test
  void withinFiveYearsMeansTheFiveYearsBeforeTheSignatureAndNotAfter() {
    LocalDate signed = E.signatures().get(0).date();
    for (int back : new int[] {0, 5}) {
      ElectronicFormD f = TestChanges.e(b -> b.primaryIssuer(Issuer.builder().from(E.primaryIssuer())
          .yearOfIncorporation(YearOfIncorporation.withinFiveYears(signed.getYear() - back)).build()));
      assertThat(messages(TestChanges.signedOn(f, signed), "D-XREF-YEAR-WITHIN-5")).as("%d years back", back).isEmpty();
    }
    for (int back : new int[] {-1, 6}) {
      ElectronicFormD f = TestChanges.e(b -> b.primaryIssuer(Issuer.builder().from(E.primaryIssuer())
          .yearOfIncorporation(YearOfIncorporation.withinFiveYears(signed.getYear() - back)).build()));
      assertThat(messages(TestChanges.signedOn(f, signed), "D-XREF-YEAR-WITHIN-5")).as("%d years back", back)
          .hasSize(1);
    }
  }
}
