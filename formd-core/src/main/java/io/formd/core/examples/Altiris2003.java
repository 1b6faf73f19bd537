package io.formd.core.examples;

import io.formd.core.model.Address;
import io.formd.core.model.Issuer;
import io.formd.core.model.Mark;
import io.formd.core.model.MarkedAmount;
import io.formd.core.model.PaperFormD;
import io.formd.core.model.PaperInvestorLine;
import io.formd.core.model.PaperPartB;
import io.formd.core.model.PaperPartC;
import io.formd.core.model.PaperPriorSale;
import io.formd.core.model.PaperProceedsLine;
import io.formd.core.model.PaperSecurityLine;
import io.formd.core.model.PersonName;
import io.formd.core.model.Recorded;
import io.formd.core.model.RelatedPerson;
import io.formd.core.model.Signature;
import io.formd.core.model.StateOrCountry;
import io.formd.core.model.StatedAmount;
import io.formd.core.model.StatedCount;
import io.formd.core.model.UsdAmount;
import java.time.LocalDate;
import java.util.Optional;

/**
 * The filing this project started from: the paper Form D of <b>Altiris, Inc.</b>, signed 2003-12-10, on the
 * edition of OMB 3235-0076 marked "Expires: May 31, 2002" (seed {@code 000_d53a7f08ca81b833.txt}, a text
 * transcription; a copy is in this module's test resources).
 *
 * <p>Everything the transcription shows is here, exactly: the offering's name, the issuer and its address and
 * telephone, the business description, the thirteen persons of Part A.2 in their order and spelling (the
 * transcription has a fourteenth A.2 block, left blank, which is no person), Part B's "no minimum", every
 * Part C cell as written ({@code -0-}, {@code n/a} and the amounts), the estimate boxes Part C shows, and the
 * Part D signature.
 *
 * <p>The transcription lost the check marks of the cover, Part A and Part B (every option is printed, none is
 * marked). Those boxes are {@link Mark#NOT_RECORDED} / {@link Recorded#notRecorded()}: the model does not
 * guess that this was a Rule 506 new filing by a corporation, however likely. The "same as above" principal
 * business address and telephone are absent (the form asks for them only "if different").
 */
public final class Altiris2003 {

  private static final String LINDON_HQ = "588 West 400 South";
  private static final PaperFormD FILING = build();

  private Altiris2003() {}

  /** @return the filing (one shared immutable instance) */
  public static PaperFormD filing() {
    return FILING;
  }

  private static PaperFormD build() {
    Address headquarters = address(LINDON_HQ, null, "Lindon", StateOrCountry.UTAH, "Utah", "84042");
    Address lindonSuite300 =
        address("333 South 520 West", "Suite 300", "Lindon", StateOrCountry.UTAH, "Utah", "84042");
    Address paloAlto = address("528 Ramona Street", null, "Palo Alto", StateOrCountry.CALIFORNIA, "California",
        "94301");

    return PaperFormD.builder()
        .editionExpires(LocalDate.of(2002, 5, 31))
        .nameOfOffering("Issuance of common stock of Altiris, Inc. to shareholders of Wise Solutions, Inc. "
            + "in connection with the acquisition of Wise Solutions by Altiris")
        .offeringNameChanged(Mark.NOT_RECORDED)
        .filingUnder(Recorded.notRecorded())
        .uloe(Mark.NOT_RECORDED)
        .amendment(Recorded.notRecorded())
        .issuer(Issuer.builder()
            .name("Altiris, Inc.")
            .address(headquarters)
            .phone("801-805-2400")
            .build())
        .issuerNameChanged(Mark.NOT_RECORDED)
        .businessDescription("Software development and sales")
        .organizationDateEstimated(Recorded.notRecorded())
        .addRelatedPersons(
            person("Butterfield, Gregory S.", headquarters),
            person("Erickson, Stephen C.", headquarters),
            person("Kinghorn, Dwain A.", headquarters),
            person("Samuelian, Michael R.", headquarters),
            person("Newman, Jan E.", headquarters),
            person("Yarro, Ralph J.", lindonSuite300),
            person("Mott, Darcy G.", lindonSuite300),
            person("Filler, Gary B.",
                address("563 East 770 North", null, "Orem", StateOrCountry.UTAH, "Utah", "84097")),
            person("Hoag, Jay C.", paloAlto),
            person("Levinthal, Michael H.", address("2800 Sand Hill Road", "Suite 250", "Menlo Park",
                StateOrCountry.CALIFORNIA, "California", "94025")),
            person("Roach, V. Eric", address("P.O. Box 525", null, "Rancho Santa Fe",
                StateOrCountry.CALIFORNIA, "California", "92067")),
            person("Entities Affiliated with Technology Crossover Ventures", paloAlto),
            person("Poul E. Nielsen", headquarters))
        .partB(PaperPartB.builder()
            .nonAccreditedSales(Recorded.notRecorded())
            .minimumInvestment(StatedAmount.written("no minimum", UsdAmount.ZERO))
            .jointOwnership(Recorded.notRecorded())
            .build())
        .partC(partC())
        .federalSignature(Signature.builder()
            .issuerName("Altiris, Inc.")
            .signerName("Craig H. Christensen")
            .title("Secretary")
            .date(LocalDate.of(2003, 12, 10))
            .build())
        .build();
  }

  private static PaperPartC partC() {
    StatedAmount ten = StatedAmount.of(UsdAmount.of(10_000_000));
    PaperSecurityLine none = PaperSecurityLine.of(zero(), zero());
    PaperPriorSale notApplicable = PaperPriorSale.of(Optional.of("n/a"), na());
    PaperProceedsLine nothing = PaperProceedsLine.of(unchecked(zero()), unchecked(zero()));
    MarkedAmount proceeds = MarkedAmount.of(Mark.CHECKED, StatedAmount.of(UsdAmount.of(9_699_000)));
    return PaperPartC.builder()
        .exchangeOffering(Mark.NOT_RECORDED)
        .debt(none)
        .equity(PaperSecurityLine.of(ten, ten))
        .equityCommon(Mark.CHECKED)
        .equityPreferred(Mark.UNCHECKED)
        .convertibleSecurities(none)
        .partnershipInterests(none)
        .otherSecurities(none)
        .securitiesTotal(PaperSecurityLine.of(ten, ten))
        .accreditedInvestors(PaperInvestorLine.of(StatedCount.of(2), ten))
        .nonAccreditedInvestors(PaperInvestorLine.of(StatedCount.written("-0-", 0), zero()))
        .investorsTotal504(PaperInvestorLine.of(StatedCount.written("n/a"), na()))
        .priorSalesRule505(notApplicable)
        .priorSalesRegulationA(notApplicable)
        .priorSalesRule504(notApplicable)
        .priorSalesTotal(notApplicable)
        .transferAgentFees(MarkedAmount.of(Mark.CHECKED, StatedAmount.of(UsdAmount.of(1_000))))
        .printingAndEngravingCosts(unchecked(na()))
        .legalFees(MarkedAmount.of(Mark.CHECKED, StatedAmount.of(UsdAmount.of(300_000))))
        .accountingFees(unchecked(na()))
        .engineeringFees(unchecked(na()))
        .salesCommissions(unchecked(na()))
        .otherExpenses(unchecked(na()))
        .expensesTotal(MarkedAmount.of(Mark.CHECKED, StatedAmount.of(UsdAmount.of(301_000))))
        .adjustedGrossProceeds(StatedAmount.of(UsdAmount.of(9_699_000)))
        .salariesAndFees(nothing)
        .purchaseOfRealEstate(nothing)
        .machineryAndEquipment(nothing)
        .plantBuildingsAndFacilities(nothing)
        .acquisitionOfOtherBusinesses(PaperProceedsLine.of(unchecked(zero()), proceeds))
        .repaymentOfIndebtedness(nothing)
        .workingCapital(nothing)
        .otherPurposes(nothing)
        .columnTotals(PaperProceedsLine.of(unchecked(zero()), proceeds))
        .totalPaymentsListed(proceeds)
        .build();
  }

  private static StatedAmount zero() {
    return StatedAmount.written("-0-", UsdAmount.ZERO);
  }

  private static StatedAmount na() {
    return StatedAmount.written("n/a");
  }

  private static MarkedAmount unchecked(StatedAmount amount) {
    return MarkedAmount.of(Mark.UNCHECKED, amount);
  }

  private static RelatedPerson person(String fullName, Address address) {
    return RelatedPerson.builder()
        .name(PersonName.written(fullName))
        .address(address)
        .relationships(Recorded.notRecorded())
        .build();
  }

  private static Address address(
      String street1, String street2, String city, StateOrCountry state, String stateAsWritten, String zip) {
    return Address.builder()
        .street1(street1)
        .street2(Optional.ofNullable(street2))
        .city(city)
        .stateOrCountry(state)
        .stateOrCountryDescription(stateAsWritten)
        .zipCode(zip)
        .build();
  }
}
