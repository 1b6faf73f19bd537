package io.formd.core.amendments;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Each change Rule 503(a)(3)(ii) names, judged alone: required or excepted, under which paragraph, and why. */
class AmendmentReasonsTest {

  private static Change change(String path, String before, String after) {
    return new Change(path, "Item 15, " + path, Optional.ofNullable(before), Optional.ofNullable(after));
  }

  private static Reason judge(String path, String before, String after) {
    return AmendmentCheck.judge(change(path, before, after));
  }

  private static void required(String path, String before, String after, String paragraph, String detail) {
    Reason r = judge(path, before, after);
    assertThat(r).as(path).isNotNull();
    assertThat(r.required()).as(path + " required").isTrue();
    assertThat(r.citation()).as(path).isEqualTo("17 CFR 230.503(a)(3)" + paragraph);
    assertThat(r.detail()).as(path).contains(detail);
  }

  private static void excepted(String path, String before, String after, String paragraph, String detail) {
    Reason r = judge(path, before, after);
    assertThat(r).as(path).isNotNull();
    assertThat(r.required()).as(path + " excepted").isFalse();
    assertThat(r.citation()).as(path).isEqualTo("17 CFR 230.503(a)(3)" + paragraph);
    assertThat(r.detail()).as(path).contains(detail);
  }

  @Test
  void theSignatureBlockAndTheFilingsOwnKindAreNotOfferingInformation() {
    for (String path : List.of("signatures[0].signerName", "authorizedRepresentative", "submissionType",
        "offering.typeOfFiling.amendment", "offering.typeOfFiling.previousAccessionNumber")) {
      assertThat(judge(path, "a", "b")).as(path).isNull();
    }
    assertThat(judge("offering.typeOfFiling.dateOfFirstSale", "2020-01-01", "2020-02-01")).isNotNull();
  }

  @Test
  void aRelatedPersonsAddressAndRelationshipsAreExceptedAWholePersonIsNot() {
    excepted("relatedPersons[0].address.city", "Dover", "Boise", "(ii)(A)", "address or relationship");
    excepted("relatedPersons[0].relationships", "Director", "Promoter", "(ii)(A)", "address or relationship");
    excepted("relatedPersons[0].relationshipClarification", null, "Chair", "(ii)(A)", "address or relationship");
    required("relatedPersons[0].name.firstName", "Ada", "Augusta", "(ii)", "added, removed or renamed");
    required("relatedPersons[1].name.lastName", null, "Newcomer", "(ii)", "added, removed or renamed");
    required("relatedPersons[removed Ada Lovelace].address.city", "Dover", null, "(ii)", "added, removed or renamed");
  }

  @Test
  void rangesAreExceptedB() {
    excepted("offering.revenueRange", "$1 - $1,000,000", "Decline to Disclose", "(ii)(B)", "range changed");
    excepted("offering.netAssetValueRange", "No Aggregate Net Asset Value", "Decline to Disclose", "(ii)(B)",
        "range changed");
  }

  @Test
  void aRecipientsAddressStatesAndForeignSolicitationAreExceptedDItsIdentityIsNot() {
    excepted("offering.salesCompensationRecipients[0].address.city", "Albany", "Troy", "(ii)(D)", "excepted");
    excepted("offering.salesCompensationRecipients[0].statesOfSolicitation", "NY", "NJ, NY", "(ii)(D)", "excepted");
    excepted("offering.salesCompensationRecipients[0].foreignSolicitation", "false", "true", "(ii)(D)",
        "soliciting outside the United States");
    required("offering.salesCompensationRecipients[0].crdNumber", "1", "2", "(ii)", "name, CRD number or broker");
    required("offering.salesCompensationRecipients[1].name", null, "Harbor LLC", "(ii)", "added or removed");
    required("offering.salesCompensationRecipients[removed Harbor LLC].name", "Harbor LLC", null, "(ii)",
        "added or removed");
  }

  @Test
  void theTotalOfferingAmountMayRiseTenPercentE() {
    excepted("offering.amounts.totalOfferingAmount", "1000", "900", "(ii)(E)", "decreased: excepted");
    excepted("offering.amounts.totalOfferingAmount", "1000", "1100", "(ii)(E)", "rose by 10.0 %");
    required("offering.amounts.totalOfferingAmount", "1000", "1101", "(ii)(E)", "rose by 10.1 %");
    required("offering.amounts.totalOfferingAmount", "0", "5", "(ii)(E)", "rose from nothing");
    required("offering.amounts.totalOfferingAmount", "Indefinite", "1000", "(ii)(E)", "Indefinite");
    required("offering.amounts.totalOfferingAmount", "1000", "Indefinite", "(ii)(E)", "Indefinite");
  }

  @Test
  void theMinimumInvestmentMayFallTenPercentC() {
    excepted("offering.minimumInvestment", "1000", "5000", "(ii)(C)", "increased: excepted");
    excepted("offering.minimumInvestment", "1000", "900", "(ii)(C)", "fell by 10.0 %");
    required("offering.minimumInvestment", "1000", "899", "(ii)(C)", "fell by 10.1 %");
    required("offering.minimumInvestment", "1000", null, "(ii)(C)", "fell by 100.0 %");
  }

  @Test
  void soldAndRemainingAreExceptedF() {
    excepted("offering.amounts.totalAmountSold", "1", "2", "(ii)(F)", "sold or remaining");
    excepted("offering.amounts.totalRemaining", "2", "1", "(ii)(F)", "sold or remaining");
  }

  @Test
  void nonAccreditedInvestorsRequireOneOnlyWhenTheyRiseAbove35G() {
    excepted("offering.investors.numberNonAccreditedInvestors", "10", "35", "(ii)(G)", "changed to 35, not above 35");
    required("offering.investors.numberNonAccreditedInvestors", "10", "36", "(ii)(G)", "rose to 36, more than 35");
    required("offering.investors.numberNonAccreditedInvestors", null, "36", "(ii)(G)", "rose to 36");
    excepted("offering.investors.numberNonAccreditedInvestors", "40", "36", "(ii)(G)", "changed to 36");
    excepted("offering.investors.numberNonAccreditedInvestors", "40", null, "(ii)(G)", "changed to 0");
    required("offering.investors.hasNonAccreditedInvestors", "false", "true", "(ii)(G)", "sales to non-accredited");
    excepted("offering.investors.hasNonAccreditedInvestors", "true", "false", "(ii)(G)", "no more non-accredited");
  }

  @Test
  void theNumberOfInvestorsIsExceptedH() {
    excepted("offering.investors.totalNumberAlreadyInvested", "3", "4", "(ii)(H)", "total number of investors");
  }

  @Test
  void commissionsFeesAndProceedsMayRiseTenPercentAndTheirEstimateFlagIsExceptedI() {
    for (String path : List.of("offering.commissionsAndFees.salesCommissions.amount",
        "offering.commissionsAndFees.findersFees.amount", "offering.useOfProceeds.grossProceedsUsed.amount")) {
      excepted(path, "100", "110", "(ii)(I)", "rose by 10.0 %");
      required(path, "100", "111", "(ii)(I)", "rose by 11.0 %");
      excepted(path, "100", "0", "(ii)(I)", "decreased");
    }
    Reason named = judge("offering.commissionsAndFees.findersFees.amount", "100", "200");
    assertThat(named.detail()).startsWith("the amount of offering.commissionsAndFees.findersFees.amount rose");
    excepted("offering.commissionsAndFees.salesCommissions.estimate", "false", "true", "(ii)(I)",
        "only whether the amount is an estimate");
    excepted("offering.useOfProceeds.grossProceedsUsed.estimate", "true", "false", "(ii)(I)", "estimate");
    required("offering.investors.estimate", "true", "false", "(ii)", "not among the exceptions");
  }

  @Test
  void everythingElseIsRequiredNamingItsPlace() {
    Reason r = judge("offering.industryGroup", "Biotechnology", "Pharmaceuticals");
    assertThat(r.required()).isTrue();
    assertThat(r.detail()).isEqualTo("a change in the information of Item 15, offering.industryGroup: not among the "
        + "exceptions (A)-(I)");
    assertThat(r.toString()).isEqualTo("REQUIRED Item 15, offering.industryGroup [offering.industryGroup]: "
        + r.detail() + " (17 CFR 230.503(a)(3)(ii))");
    assertThat(judge("offering.revenueRange", "a", "b").toString()).startsWith("exempt Item 15, offering.revenueRange");
  }

  @Test
  void changesSayWhetherAnEntryCameOrWent() {
    assertThat(change("p", null, "x").added()).isTrue();
    assertThat(change("p", null, "x").removed()).isFalse();
    assertThat(change("p", "x", null).removed()).isTrue();
    assertThat(change("p", "x", null).added()).isFalse();
    assertThat(change("p", "x", "y").added()).isFalse();
    assertThat(change("p", "x", "y").removed()).isFalse();
    assertThat(change("p", "x", "y").toString()).contains("p").contains("x").contains("y");
  }

  @Test
  void theDeadlineSaysWhatIsDueAndByWhen() {
    Reason due = judge("offering.industryGroup", "a", "b");
    Reason free = judge("offering.revenueRange", "a", "b");
    LocalDate anniversary = LocalDate.of(2026, 3, 1);
    LocalDate friday = LocalDate.of(2026, 2, 27);
    AmendmentCheck.Verdict both = new AmendmentCheck.Verdict(List.of(due), Optional.of(anniversary),
        Optional.of(friday),
        false);
    assertThat(both.deadline().kind()).isEqualTo(Deadline.Kind.AS_SOON_AS_PRACTICABLE);
    assertThat(both.deadline().describe()).isEqualTo("as soon as practicable after the change (17 CFR "
        + "230.503(a)(3)(i)-(ii))");
    assertThat(both.describe()).isEqualTo("An amendment is required: as soon as practicable after the change (17 CFR "
        + "230.503(a)(3)(i)-(ii)); the annual amendment is due on or before 2026-03-01 (17 CFR 230.503(a)(3)(iii)); "
        + "2026-03-01 is a Sunday or a day EDGAR is closed: its last open day by then is 2026-02-27");
    AmendmentCheck.Verdict annual = new AmendmentCheck.Verdict(List.of(free), Optional.of(anniversary),
        Optional.of(friday), false);
    assertThat(annual.deadline().kind()).isEqualTo(Deadline.Kind.ON_OR_BEFORE);
    assertThat(annual.deadline().day()).contains(anniversary);
    assertThat(annual.deadline().fileBy()).contains(friday);
    assertThat(annual.describe()).isEqualTo("No change requires an amendment; the annual amendment is due on or before "
        + "2026-03-01 (17 CFR 230.503(a)(3)(iii)); 2026-03-01 is a Sunday or a day EDGAR is closed: its last open day "
        + "by then is 2026-02-27");
    assertThat(new AmendmentCheck.Verdict(List.of(free), Optional.of(friday), Optional.of(friday), false)
        .deadline().describe()).isEqualTo("on or before 2026-02-27 (17 CFR 230.503(a)(3)(iii))");
    AmendmentCheck.Verdict unknown = new AmendmentCheck.Verdict(List.of(free), Optional.empty(), Optional.empty(),
        false);
    assertThat(unknown.annualChecked()).isFalse();
    assertThat(unknown.deadline().kind()).isEqualTo(Deadline.Kind.NOT_CHECKED);
    assertThat(unknown.describe()).startsWith("No change requires an amendment; the annual amendment was not checked");
    AmendmentCheck.Verdict ended = new AmendmentCheck.Verdict(List.of(free), Optional.empty(), Optional.empty(), false,
        true, Optional.empty());
    assertThat(ended.deadline().kind()).isEqualTo(Deadline.Kind.NONE);
    assertThat(ended.describe()).isEqualTo("No change requires an amendment, and no annual amendment is due");
    assertThat(new AmendmentCheck.Verdict(List.of(free), Optional.empty(), Optional.empty(), true).required()).isTrue();
    assertThat(new AmendmentCheck.Verdict(List.of(free, due), Optional.empty(), Optional.empty(), false).requiring())
        .containsExactly(due);
  }
}
