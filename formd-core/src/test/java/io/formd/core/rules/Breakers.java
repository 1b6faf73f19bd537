package io.formd.core.rules;

import io.formd.core.TestFilings;
import io.formd.core.examples.Altiris2003;
import io.formd.core.model.Address;
import io.formd.core.model.ContactData;
import io.formd.core.model.ElectronicFormD;
import io.formd.core.model.EntityType;
import io.formd.core.model.EstimatedAmount;
import io.formd.core.model.FederalExemption;
import io.formd.core.model.FormD;
import io.formd.core.model.IndustryGroup;
import io.formd.core.model.InvestmentFundInfo;
import io.formd.core.model.InvestmentFundType;
import io.formd.core.model.Investors;
import io.formd.core.model.Issuer;
import io.formd.core.model.Mark;
import io.formd.core.model.MarkedAmount;
import io.formd.core.model.NetAssetValueRange;
import io.formd.core.model.OfferingAmount;
import io.formd.core.model.OfferingData;
import io.formd.core.model.OfferingSalesAmounts;
import io.formd.core.model.PaperAppendixRow;
import io.formd.core.model.PaperFormD;
import io.formd.core.model.PaperInvestorLine;
import io.formd.core.model.PaperPartB;
import io.formd.core.model.PaperPartC;
import io.formd.core.model.PaperPriorSale;
import io.formd.core.model.PaperProceedsLine;
import io.formd.core.model.PaperSecurityLine;
import io.formd.core.model.PersonName;
import io.formd.core.model.PreviousNames;
import io.formd.core.model.Recorded;
import io.formd.core.model.RelatedPerson;
import io.formd.core.model.Relationship;
import io.formd.core.model.SalesCommissionsFindersFees;
import io.formd.core.model.SalesCompensationRecipient;
import io.formd.core.model.SecurityType;
import io.formd.core.model.Signature;
import io.formd.core.model.SolicitationState;
import io.formd.core.model.StatedAmount;
import io.formd.core.model.StatedCount;
import io.formd.core.model.StatesOfSolicitation;
import io.formd.core.model.SubmissionType;
import io.formd.core.model.TypeOfFiling;
import io.formd.core.model.UsdAmount;
import io.formd.core.model.UseOfProceeds;
import io.formd.core.model.YearOfIncorporation;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

/** For every built-in rule, a filing that breaks it: the clean test filings changed in one place. */
final class Breakers {

  static final ElectronicFormD E = TestFilings.electronic();
  static final PaperFormD P = Altiris2003.filing();

  private Breakers() {}

  static ElectronicFormD e(UnaryOperator<ElectronicFormD.Builder> change) {
    return change.apply(ElectronicFormD.builder().from(E)).build();
  }

  static ElectronicFormD offering(UnaryOperator<OfferingData.Builder> change) {
    return e(b -> b.offering(change.apply(OfferingData.builder().from(E.offering())).build()));
  }

  static ElectronicFormD issuer(UnaryOperator<Issuer.Builder> change) {
    return e(b -> b.primaryIssuer(change.apply(Issuer.builder().from(E.primaryIssuer())).build()));
  }

  static ElectronicFormD address(UnaryOperator<Address.Builder> change) {
    return issuer(i -> i.address(change.apply(Address.builder().from(E.primaryIssuer().address())).build()));
  }

  static ElectronicFormD person(UnaryOperator<RelatedPerson.Builder> change) {
    return e(b -> b.relatedPersons(List.of(change.apply(RelatedPerson.builder().from(E.relatedPersons().get(0))).build())));
  }

  static ElectronicFormD recipient(UnaryOperator<SalesCompensationRecipient.Builder> change) {
    SalesCompensationRecipient base = E.offering().salesCompensationRecipients().get(0);
    return offering(o -> o.salesCompensationRecipients(List.of(change.apply(SalesCompensationRecipient.builder().from(base)).build())));
  }

  static ElectronicFormD amounts(long offered, long sold, long remaining) {
    return offering(o -> o.amounts(OfferingSalesAmounts.builder().totalOfferingAmount(OfferingAmount.of(offered))
        .totalAmountSold(UsdAmount.of(sold)).totalRemaining(OfferingAmount.of(remaining)).build()));
  }

  static ElectronicFormD filing(UnaryOperator<TypeOfFiling.Builder> change) {
    return offering(o -> o.typeOfFiling(change.apply(TypeOfFiling.builder().from(E.offering().typeOfFiling())).build()));
  }

  static ElectronicFormD investors(boolean flag, Long count, long total) {
    return offering(o -> o.investors(Investors.builder().hasNonAccreditedInvestors(flag)
        .numberNonAccreditedInvestors(Optional.ofNullable(count)).totalNumberAlreadyInvested(total).build()));
  }

  static ElectronicFormD exemptions(FederalExemption... items) {
    return offering(o -> o.federalExemptions(List.of(items)));
  }

  static ElectronicFormD signedOn(ElectronicFormD filing, LocalDate date) {
    return ElectronicFormD.builder().from(filing).signatures(List.of(Signature.builder().from(filing.signatures().get(0))
        .date(date).build())).build();
  }

  static ElectronicFormD fund(InvestmentFundType type, boolean registered) {
    return offering(o -> o.industryGroup(IndustryGroup.POOLED_INVESTMENT_FUND)
        .investmentFundInfo(InvestmentFundInfo.of(type, registered))
        .securityTypes(List.of(SecurityType.POOLED_INVESTMENT_FUND_INTERESTS)));
  }

  static ElectronicFormD withOffering(ElectronicFormD filing, OfferingData offering) {
    return ElectronicFormD.builder().from(filing).offering(offering).build();
  }

  static PaperFormD p(UnaryOperator<PaperFormD.Builder> change) {
    return change.apply(PaperFormD.builder().from(P)).build();
  }

  static PaperFormD c(UnaryOperator<PaperPartC.Builder> change) {
    return p(b -> b.partC(change.apply(PaperPartC.builder().from(P.partC())).build()));
  }

  static PaperFormD claiming(PaperFormD filing, FederalExemption... boxes) {
    return PaperFormD.builder().from(filing).filingUnder(Recorded.of(Set.of(boxes))).build();
  }

  static StatedAmount usd(long dollars) {
    return StatedAmount.of(UsdAmount.of(dollars));
  }

  static PaperAppendixRow row(SolicitationState state, boolean nonAccreditedSales, long accredited, long nonAccredited, long price) {
    return PaperAppendixRow.builder().state(state).nonAccreditedSales(Recorded.of(nonAccreditedSales))
        .aggregateOfferingPrice(usd(price)).accreditedInvestors(StatedCount.of(accredited)).accreditedAmount(StatedAmount.blank())
        .nonAccreditedInvestors(StatedCount.of(nonAccredited)).nonAccreditedAmount(StatedAmount.blank())
        .disqualified(Recorded.of(false)).build();
  }

  static String longText(int length) {
    return "x".repeat(length);
  }

  /** Rule id → a filing that breaks it. */
  static Map<String, Supplier<FormD>> all() {
    Map<String, Supplier<FormD>> m = new LinkedHashMap<>();
    // Schema
    m.put("D-XSD-CIK", () -> issuer(i -> i.cik("12345678901")));
    m.put("D-XSD-ISSUER-NAME", () -> issuer(i -> i.name(longText(151))));
    m.put("D-XSD-PHONE", () -> issuer(i -> i.phone(longText(21))));
    m.put("D-XSD-JURISDICTION", () -> issuer(i -> i.jurisdictionOfIncorporation(longText(51))));
    m.put("D-XSD-STREET", () -> address(a -> a.street1(longText(41))));
    m.put("D-XSD-CITY", () -> address(a -> a.city(longText(31))));
    m.put("D-XSD-XML-CHARACTERS", () -> address(a -> a.city("Salt Lake\u0007City")));
    m.put("D-XSD-OUTER-WHITESPACE", () -> address(a -> a.city("Salt Lake City ")));
    m.put("D-XSD-ZIP", () -> address(a -> a.zipCode("19801_0000")));
    m.put("D-XSD-STATE-DESCRIPTION", () -> address(a -> a.stateOrCountryDescription(longText(51))));
    m.put("D-XSD-ENTITY-TYPE", () -> issuer(i -> i.entityType(Optional.empty())));
    m.put("D-XSD-ENTITY-OTHER-DESC-LENGTH", () -> issuer(i -> i.entityType(EntityType.OTHER).entityTypeOtherDescription(longText(256))));
    m.put("D-XSD-YEAR-OF-INC", () -> issuer(i -> i.yearOfIncorporation(Optional.empty())));
    m.put("D-XSD-PREVIOUS-NAMES", () -> issuer(i -> i.previousNames(PreviousNames.of("A", "B", "C", "D"))));
    m.put("D-XSD-PERSON-NAME", () -> person(p -> p.name(PersonName.builder().lastName("Lovelace").build())));
    m.put("D-XSD-RELATIONSHIPS", () -> person(p -> p.relationships(Recorded.of(List.of()))));
    m.put("D-XREF-DUPLICATE-RELATIONSHIP", () -> person(p -> p.relationships(Relationship.DIRECTOR, Relationship.DIRECTOR)));
    m.put("D-XSD-CLARIFICATION-LENGTH", () -> person(p -> p.relationshipClarification(longText(256))));
    m.put("D-XSD-LIST-LIMITS", () -> exemptions(java.util.Collections.nCopies(22, FederalExemption.RULE_506_B)
        .toArray(new FederalExemption[0])));
    m.put("D-XSD-ACCESSION-NUMBER", () -> withOffering(e(b -> b.submissionType(SubmissionType.D_A)), 
        OfferingData.builder().from(E.offering()).typeOfFiling(TypeOfFiling.builder().from(E.offering().typeOfFiling())
            .amendment(true).previousAccessionNumber("0001234567-25-1234567").build()).build()));
    m.put("D-XSD-AMOUNTS", () -> offering(o -> o.minimumInvestment(UsdAmount.parse("25000.50"))));
    m.put("D-XSD-SIGNATURE-FIELDS", () -> e(b -> b.signatures(List.of(Signature.builder().from(E.signatures().get(0))
        .signature(longText(31)).build()))));
    m.put("D-XSD-CRD-NUMBER", () -> recipient(r -> r.crdNumber("12-3456")));
    m.put("D-XSD-RECIPIENT-NAMES", () -> recipient(r -> r.name(longText(201))));
    m.put("D-XSD-SCHEMA-VERSION", () -> e(b -> b.schemaVersion("X708")));
    m.put("D-XSD-CONTACT", () -> e(b -> b.contactData(ContactData.builder().name("Ada").phone("302-555-0100")
        .email("ada at example.com").build())));
    // Electronic cross-item
    m.put("D-XREF-SUBMISSION-TYPE", () -> e(b -> b.submissionType(SubmissionType.D_A)));
    m.put("D-REQ-PREVIOUS-ACCESSION", () -> withOffering(e(b -> b.submissionType(SubmissionType.D_A)), 
        OfferingData.builder().from(E.offering()).typeOfFiling(TypeOfFiling.builder().from(E.offering().typeOfFiling())
            .amendment(true).build()).build()));
    m.put("D-XREF-PREVIOUS-ACCESSION-NEW", () -> filing(t -> t.previousAccessionNumber("0001234567-24-000001")));
    m.put("D-REQ-FIRST-SALE-CHOICE", () -> filing(t -> t.firstSaleYetToOccur(true)));
    m.put("D-XREF-FIRST-SALE-FLOOR", () -> filing(t -> t.dateOfFirstSale(LocalDate.of(1014, 3, 1))));
    m.put("D-XREF-FIRST-SALE-AFTER-SIGNATURE", () -> filing(t -> t.dateOfFirstSale(LocalDate.of(2025, 4, 1))));
    m.put("D-ARITH-REMAINING", () -> amounts(1_000_000, 250_000, 700_000));
    m.put("D-XREF-SOLD-LE-OFFERING", () -> amounts(1_000_000, 1_250_000, 0));
    m.put("D-XREF-FUND-INFO", () -> offering(o -> o.industryGroup(IndustryGroup.POOLED_INVESTMENT_FUND)
        .securityTypes(List.of(SecurityType.POOLED_INVESTMENT_FUND_INTERESTS))));
    m.put("D-XREF-ISSUER-SIZE-ONE", () -> offering(o -> o.netAssetValueRange(NetAssetValueRange.DECLINE_TO_DISCLOSE)));
    m.put("D-XREF-ISSUER-SIZE-KIND", () -> offering(o -> o.revenueRange(Optional.empty())
        .netAssetValueRange(NetAssetValueRange.DECLINE_TO_DISCLOSE)));
    m.put("D-XREF-NONACCREDITED-FLAG", () -> investors(false, 2L, 3));
    m.put("D-REQ-NONACCREDITED-COUNT", () -> investors(true, null, 3));
    m.put("D-XREF-NONACCREDITED-LE-TOTAL", () -> investors(true, 4L, 3));
    m.put("D-REQ-SECURITIES-ACT-EXEMPTION", () -> exemptions(FederalExemption.SECTION_3C, FederalExemption.SECTION_3C_1));
    m.put("D-XREF-3C-UMBRELLA", () -> exemptions(FederalExemption.RULE_506_B, FederalExemption.SECTION_3C_7));
    m.put("D-XREF-3C-NOT-REGISTERED", () -> withOffering(fund(InvestmentFundType.PRIVATE_EQUITY_FUND, true), 
        OfferingData.builder().from(fund(InvestmentFundType.PRIVATE_EQUITY_FUND, true).offering())
            .federalExemptions(List.of(FederalExemption.RULE_506_B, FederalExemption.SECTION_3C, FederalExemption.SECTION_3C_1)).build()));
    m.put("D-XREF-506B-506C-BOTH", () -> exemptions(FederalExemption.RULE_506_B, FederalExemption.RULE_506_C));
    m.put("D-XREF-DUPLICATE-EXEMPTION", () -> exemptions(FederalExemption.RULE_506_B, FederalExemption.RULE_506_B));
    m.put("D-XREF-POOLED-SECURITY", () -> offering(o -> o.industryGroup(IndustryGroup.POOLED_INVESTMENT_FUND)
        .investmentFundInfo(InvestmentFundInfo.of(InvestmentFundType.PRIVATE_EQUITY_FUND, false))));
    m.put("D-REQ-SECURITY-TYPE", () -> offering(o -> o.securityTypes(List.of())));
    m.put("D-REQ-SECURITY-OTHER-DESC", () -> offering(o -> o.securityTypes(List.of(SecurityType.OTHER))));
    m.put("D-REQ-ENTITY-OTHER-DESC", () -> issuer(i -> i.entityType(EntityType.OTHER)));
    m.put("D-REQ-YEAR-WITHIN-5", () -> issuer(i -> i.yearOfIncorporation(YearOfIncorporation.builder()
        .kind(YearOfIncorporation.Kind.WITHIN_FIVE_YEARS).build())));
    m.put("D-XREF-YEAR-WITHIN-5", () -> issuer(i -> i.yearOfIncorporation(YearOfIncorporation.withinFiveYears(2012))));
    m.put("D-XREF-YET-TO-BE-FORMED", () -> issuer(i -> i.yearOfIncorporation(YearOfIncorporation.yetToBeFormed())));
    m.put("D-REQ-BUSINESS-COMBINATION-CLARIFICATION", () -> offering(o -> o.businessCombination(true)));
    m.put("D-XREF-MIN-INVESTMENT", () -> offering(o -> o.minimumInvestment(UsdAmount.of(2_000_000))));
    m.put("D-XREF-COMP-VS-ITEM15", () -> offering(o -> o.salesCompensationRecipients(List.of())));
    m.put("D-XREF-FEES-LE-OFFERING", () -> offering(o -> o.commissionsAndFees(SalesCommissionsFindersFees.builder()
        .salesCommissions(EstimatedAmount.of(600_000)).findersFees(EstimatedAmount.of(600_000)).build())));
    m.put("D-XREF-PROCEEDS-LE-OFFERING", () -> offering(o -> o.useOfProceeds(UseOfProceeds.builder()
        .grossProceedsUsed(EstimatedAmount.of(1_500_000)).build())));
    m.put("D-XREF-SOLD-VS-INVESTORS", () -> investors(false, null, 0));
    m.put("D-XREF-SIGNATURE-PER-ISSUER", () -> e(b -> b.addAdditionalIssuers(Issuer.builder().from(E.primaryIssuer())
        .cik("0007654321").name("Example Capital II LLC").build())));
    m.put("D-FORMAT-ELECTRONIC-DATE", () -> signedOn(filing(t -> t.dateOfFirstSale(LocalDate.of(2006, 6, 1))),
        LocalDate.of(2006, 6, 21)));
    // D-TIME-NEW-NOTICE-15D needs a filing date: see RuleCatalogueTest.
    // Regulation D
    m.put("D-CODE-506-SPLIT", () -> exemptions(FederalExemption.RULE_506));
    m.put("D-CODE-506C-DATE", () -> signedOn(filing(t -> t.dateOfFirstSale(LocalDate.of(2012, 3, 1))), LocalDate.of(2012, 3, 10)));
    m.put("D-CODE-505-REPEALED", () -> exemptions(FederalExemption.RULE_505));
    m.put("D-CODE-4A5-LABEL", () -> exemptions(FederalExemption.RULE_506_B, FederalExemption.SECTION_4_6));
    m.put("D-ELIG-506C-ACCREDITED-ONLY", () -> withOffering(exemptions(FederalExemption.RULE_506_C), 
        OfferingData.builder().from(exemptions(FederalExemption.RULE_506_C).offering()).investors(Investors.builder()
            .hasNonAccreditedInvestors(true).numberNonAccreditedInvestors(1L).totalNumberAlreadyInvested(3).build()).build()));
    m.put("D-LIMIT-506B-NONACCREDITED", () -> investors(true, 36L, 40));
    m.put("D-LIMIT-505-NONACCREDITED", () -> claiming(c(b -> b.nonAccreditedInvestors(PaperInvestorLine.of(StatedCount.of(36),
        StatedAmount.written("-0-", UsdAmount.ZERO)))), FederalExemption.RULE_505));
    m.put("D-LIMIT-504-AGGREGATE", () -> withOffering(exemptions(FederalExemption.RULE_504), OfferingData.builder()
        .from(amounts(20_000_000, 250_000, 19_750_000).offering()).federalExemptions(List.of(FederalExemption.RULE_504)).build()));
    m.put("D-LIMIT-504-INDEFINITE", () -> withOffering(exemptions(FederalExemption.RULE_504), OfferingData.builder()
        .from(E.offering()).federalExemptions(List.of(FederalExemption.RULE_504)).amounts(OfferingSalesAmounts.builder()
            .totalOfferingAmount(OfferingAmount.INDEFINITE).totalAmountSold(UsdAmount.of(250_000))
            .totalRemaining(OfferingAmount.INDEFINITE).build()).build()));
    m.put("D-LIMIT-505-AGGREGATE", () -> claiming(P, FederalExemption.RULE_505));
    m.put("D-LIMIT-4A5-AGGREGATE", () -> claiming(P, FederalExemption.SECTION_4_6));
    m.put("D-ELIG-4A5-ACCREDITED-ONLY", () -> withOffering(exemptions(FederalExemption.SECTION_4A5), OfferingData.builder()
        .from(E.offering()).federalExemptions(List.of(FederalExemption.SECTION_4A5)).investors(Investors.builder()
            .hasNonAccreditedInvestors(true).numberNonAccreditedInvestors(1L).totalNumberAlreadyInvested(3).build()).build()));
    m.put("D-ELIG-504-INVESTMENT-COMPANY", () -> withOffering(fund(InvestmentFundType.HEDGE_FUND, true), OfferingData.builder()
        .from(fund(InvestmentFundType.HEDGE_FUND, true).offering()).federalExemptions(List.of(FederalExemption.RULE_504))
        .revenueRange(Optional.empty()).netAssetValueRange(NetAssetValueRange.DECLINE_TO_DISCLOSE).build()));
    // Shared and paper
    m.put("D-REQ-RELATED-PERSON", () -> e(b -> b.relatedPersons(List.of())));
    m.put("D-REQ-SIGNATURE", () -> p(b -> b.federalSignature(Optional.empty())));
    m.put("D-CODE-SOLICITATION-STATES", () -> recipient(r -> r.statesOfSolicitation(StatesOfSolicitation.builder()
        .allStates(true).addStates(StatesOfSolicitation.Entry.of(SolicitationState.NY)).build())));
    m.put("D-XREF-DUPLICATE-SOLICITATION-STATE", () -> recipient(r -> r.statesOfSolicitation(
        StatesOfSolicitation.of(SolicitationState.NY, SolicitationState.NY))));
    m.put("D-REQ-SOLICITATION-STATES", () -> recipient(r -> r.statesOfSolicitation(StatesOfSolicitation.builder().build())));
    m.put("D-FORMAT-EDITION-DATE", () -> p(b -> b.federalSignature(Signature.builder().from(P.federalSignature().get())
        .date(LocalDate.of(2009, 3, 16)).build())));
    m.put("D-PAPER-EDITION-EXPIRED", () -> P);
    m.put("D-REQ-PAPER-EXEMPTION-CLAIMED", () -> p(b -> b.filingUnder(Recorded.of(Set.of())).uloe(Mark.UNCHECKED)));
    m.put("D-CODE-PAPER-JURISDICTION", () -> p(b -> b.issuer(Issuer.builder().from(P.issuer()).jurisdictionOfIncorporation("Utah").build())));
    m.put("D-REQ-PAPER-RELATED-PERSON-ROLE", () -> p(b -> b.relatedPersons(List.of(RelatedPerson.builder()
        .from(P.relatedPersons().get(0)).relationships(Recorded.of(List.of())).build()))));
    m.put("D-XREF-PAPER-PROMOTER-5Y", () -> p(b -> b.organizationDate(YearMonth.of(1996, 1)).relatedPersons(List.of(
        RelatedPerson.builder().from(P.relatedPersons().get(0)).relationships(Relationship.PROMOTER).build()))));
    m.put("D-XREF-PAPER-B1-C2", () -> p(b -> b.partB(PaperPartB.builder().from(P.partB()).nonAccreditedSales(Recorded.of(false)).build())
        .partC(PaperPartC.builder().from(P.partC()).nonAccreditedInvestors(PaperInvestorLine.of(StatedCount.of(1),
            StatedAmount.written("-0-", UsdAmount.ZERO))).build())));
    m.put("D-XREF-PAPER-COMMISSION-B4", () -> c(b -> b.salesCommissions(MarkedAmount.of(Mark.UNCHECKED, usd(5_000)))));
    m.put("D-ARITH-PAPER-C1-OFFERED-TOTAL", () -> c(b -> b.securitiesTotal(PaperSecurityLine.of(usd(9_000_000), usd(10_000_000)))));
    m.put("D-ARITH-PAPER-C1-SOLD-TOTAL", () -> c(b -> b.securitiesTotal(PaperSecurityLine.of(usd(10_000_000), usd(9_000_000)))));
    m.put("D-XREF-PAPER-C1-SOLD-LE-OFFERED", () -> c(b -> b.debt(PaperSecurityLine.of(usd(0), usd(5)))));
    m.put("D-REQ-PAPER-C1-OTHER-SPECIFY", () -> c(b -> b.otherSecurities(PaperSecurityLine.of(usd(5), usd(0)))));
    m.put("D-REQ-PAPER-C1-EQUITY-CLASS", () -> c(b -> b.equityCommon(Mark.UNCHECKED)));
    m.put("D-ARITH-PAPER-C2-504-TOTAL", () -> c(b -> b.investorsTotal504(PaperInvestorLine.of(StatedCount.of(3), usd(10_000_000)))));
    m.put("D-XREF-PAPER-C2-EQ-C1-SOLD", () -> c(b -> b.accreditedInvestors(PaperInvestorLine.of(StatedCount.of(2), usd(9_000_000)))));
    m.put("D-ARITH-PAPER-C3-TOTAL", () -> c(b -> b.priorSalesTotal(PaperPriorSale.of(Optional.empty(), usd(100)))));
    m.put("D-XREF-PAPER-C3-ONLY-504-505", () -> claiming(c(b -> b.priorSalesRule505(PaperPriorSale.of(Optional.of("Equity"), usd(100)))
        .priorSalesTotal(PaperPriorSale.of(Optional.empty(), usd(100)))), FederalExemption.RULE_506));
    m.put("D-ARITH-PAPER-C4A-EXPENSE-TOTAL", () -> c(b -> b.expensesTotal(MarkedAmount.of(Mark.CHECKED, usd(300_000)))));
    m.put("D-XREF-PAPER-C4A-ESTIMATE-PROPAGATION", () -> c(b -> b.expensesTotal(MarkedAmount.of(Mark.UNCHECKED, usd(301_000)))));
    m.put("D-REQ-PAPER-C4A-OTHER-IDENTIFY", () -> c(b -> b.otherExpenses(MarkedAmount.of(Mark.UNCHECKED, usd(10)))));
    m.put("D-ARITH-PAPER-C4B-ADJUSTED-GROSS", () -> c(b -> b.adjustedGrossProceeds(usd(9_700_000))));
    m.put("D-XREF-PAPER-C4B-NONNEGATIVE", () -> c(b -> b.expensesTotal(MarkedAmount.of(Mark.CHECKED, usd(11_000_000)))));
    m.put("D-ARITH-PAPER-C5-COLUMN-TOTAL", () -> c(b -> b.workingCapital(PaperProceedsLine.of(
        MarkedAmount.of(Mark.UNCHECKED, usd(0)), MarkedAmount.of(Mark.UNCHECKED, usd(1))))));
    m.put("D-ARITH-PAPER-C5-GRAND-TOTAL", () -> c(b -> b.totalPaymentsListed(MarkedAmount.of(Mark.CHECKED, usd(9_699_001)))));
    m.put("D-ARITH-PROCEEDS-TOTAL", () -> c(b -> b.adjustedGrossProceeds(usd(9_600_000))));
    m.put("D-REQ-PAPER-C5-OTHER-SPECIFY", () -> c(b -> b.otherPurposes(PaperProceedsLine.of(
        MarkedAmount.of(Mark.UNCHECKED, usd(0)), MarkedAmount.of(Mark.UNCHECKED, usd(1))))));
    m.put("D-XREF-PAPER-SIGNER-ISSUER", () -> p(b -> b.federalSignature(Signature.builder().from(P.federalSignature().get())
        .issuerName("Wise Solutions, Inc.").build())));
    m.put("D-XREF-PAPER-ULOE-APPENDIX", () -> p(b -> b.uloe(Mark.CHECKED)));
    m.put("D-CODE-PAPER-APPX-STATE", () -> p(b -> b.addAppendix(row(SolicitationState.UT, false, 1, 0, 0),
        row(SolicitationState.UT, false, 1, 0, 0))));
    m.put("D-XREF-PAPER-APPX-NONACCREDITED", () -> p(b -> b.addAppendix(row(SolicitationState.UT, false, 0, 1, 0))));
    m.put("D-XREF-PAPER-APPX-C2-SUM", () -> p(b -> b.addAppendix(row(SolicitationState.UT, false, 3, 0, 0))));
    m.put("D-XREF-PAPER-APPX-C1", () -> p(b -> b.addAppendix(row(SolicitationState.UT, false, 0, 0, 20_000_000))));
    m.put("D-XREF-PAPER-B1-APPENDIX2", () -> p(b -> b.partB(PaperPartB.builder().from(P.partB())
        .nonAccreditedSales(Recorded.of(false)).build()).addAppendix(row(SolicitationState.UT, true, 0, 0, 0))));
    return m;
  }

}
