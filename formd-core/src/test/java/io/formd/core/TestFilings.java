package io.formd.core;

import io.formd.core.model.Address;
import io.formd.core.model.ElectronicFormD;
import io.formd.core.model.EntityType;
import io.formd.core.model.EstimatedAmount;
import io.formd.core.model.FederalExemption;
import io.formd.core.model.IndustryGroup;
import io.formd.core.model.Investors;
import io.formd.core.model.Issuer;
import io.formd.core.model.OfferingAmount;
import io.formd.core.model.OfferingData;
import io.formd.core.model.OfferingSalesAmounts;
import io.formd.core.model.PersonName;
import io.formd.core.model.PreviousNames;
import io.formd.core.model.RelatedPerson;
import io.formd.core.model.Relationship;
import io.formd.core.model.RevenueRange;
import io.formd.core.model.SalesCommissionsFindersFees;
import io.formd.core.model.SalesCompensationRecipient;
import io.formd.core.model.SecurityType;
import io.formd.core.model.Signature;
import io.formd.core.model.SolicitationState;
import io.formd.core.model.StateOrCountry;
import io.formd.core.model.StatesOfSolicitation;
import io.formd.core.model.SubmissionType;
import io.formd.core.model.TestOrLive;
import io.formd.core.model.TypeOfFiling;
import io.formd.core.model.UsdAmount;
import io.formd.core.model.UseOfProceeds;
import io.formd.core.model.YearOfIncorporation;
import java.time.LocalDate;

/** Hand-built filings for tests: a clean electronic one with every kind of part filled in. */
public final class TestFilings {

  private TestFilings() {}

  public static Address address() {
    return Address.builder().street1("1 Main St").city("Wilmington").stateOrCountry(StateOrCountry.DELAWARE)
        .stateOrCountryDescription("DELAWARE").zipCode("19801").build();
  }

  /** A 2025 Rule 506(b) equity offering by an LLC, with one placement agent; no finding at all. */
  public static ElectronicFormD electronic() {
    Issuer issuer = Issuer.builder().cik("0001234567").name("Example Capital LLC").address(address())
        .phone("302-555-0100").jurisdictionOfIncorporation("DELAWARE")
        .entityType(EntityType.LIMITED_LIABILITY_COMPANY).yearOfIncorporation(YearOfIncorporation.withinFiveYears(2024))
        .previousNames(PreviousNames.ofNone()).build();
    return ElectronicFormD.builder()
        .schemaVersion("X0708")
        .submissionType(SubmissionType.D)
        .testOrLive(TestOrLive.LIVE)
        .primaryIssuer(issuer)
        .addRelatedPersons(RelatedPerson.builder().name(PersonName.of("Ada", "Lovelace")).address(address())
            .relationships(Relationship.EXECUTIVE_OFFICER, Relationship.DIRECTOR).build())
        .offering(OfferingData.builder()
            .industryGroup(IndustryGroup.OTHER_TECHNOLOGY)
            .revenueRange(RevenueRange.DECLINE_TO_DISCLOSE)
            .addFederalExemptions(FederalExemption.RULE_506_B)
            .typeOfFiling(TypeOfFiling.builder().amendment(false).dateOfFirstSale(LocalDate.of(2025, 3, 1)).build())
            .moreThanOneYear(false)
            .addSecurityTypes(SecurityType.EQUITY)
            .businessCombination(false)
            .minimumInvestment(UsdAmount.of(25_000))
            .addSalesCompensationRecipients(SalesCompensationRecipient.builder()
                .name("Placement Agent LLC").crdNumber("123456").associatedBrokerDealerName("Placement Agent LLC")
                .associatedBrokerDealerCrdNumber("123456").address(address())
                .statesOfSolicitation(StatesOfSolicitation.of(SolicitationState.DE, SolicitationState.NY))
                .foreignSolicitation(false).build())
            .amounts(OfferingSalesAmounts.builder().totalOfferingAmount(OfferingAmount.of(1_000_000))
                .totalAmountSold(UsdAmount.of(250_000)).totalRemaining(OfferingAmount.of(750_000)).build())
            .investors(Investors.builder().hasNonAccreditedInvestors(false).totalNumberAlreadyInvested(3).build())
            .commissionsAndFees(SalesCommissionsFindersFees.builder()
                .salesCommissions(EstimatedAmount.of(UsdAmount.of(20_000), true))
                .findersFees(EstimatedAmount.of(0)).build())
            .useOfProceeds(UseOfProceeds.builder().grossProceedsUsed(EstimatedAmount.of(0)).build())
            .build())
        .authorizedRepresentative(false)
        .addSignatures(Signature.builder().issuerName("Example Capital LLC").signature("/s/ Ada Lovelace")
            .signerName("Ada Lovelace").title("CEO").date(LocalDate.of(2025, 3, 10)).build())
        .build();
  }
}
