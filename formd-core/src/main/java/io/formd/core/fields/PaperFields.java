package io.formd.core.fields;

import io.formd.core.model.Address;
import io.formd.core.model.StatedCount;
import io.formd.core.model.StatedAmount;
import io.formd.core.model.StateOrCountry;
import io.formd.core.model.SolicitationState;
import io.formd.core.model.EntityType;
import io.formd.core.model.Relationship;
import io.formd.core.model.Recorded;
import io.formd.core.model.Mark;
import io.formd.core.model.FederalExemption;
import java.time.Year;
import java.time.YearMonth;
import java.util.function.BiConsumer;
import io.formd.core.fields.FormDFields.Holder;
import java.util.Set;
import java.util.Optional;
import java.util.List;
import java.util.LinkedHashSet;
import java.time.LocalDate;
import io.formd.core.model.Edition;
import io.formd.core.model.Issuer;
import io.formd.core.model.MarkedAmount;
import io.formd.core.model.PaperAppendixRow;
import io.formd.core.model.PaperFormD;
import io.formd.core.model.PaperInvestorLine;
import io.formd.core.model.PaperPartB;
import io.formd.core.model.PaperPartC;
import io.formd.core.model.PaperPartE;
import io.formd.core.model.PaperPriorSale;
import io.formd.core.model.PaperProceedsLine;
import io.formd.core.model.PaperSecurityLine;
import io.formd.core.model.PersonName;
import io.formd.core.model.PreviousNames;
import io.formd.core.model.RelatedPerson;
import io.formd.core.model.SalesCompensationRecipient;
import io.formd.core.model.Signature;
import io.formd.core.model.StatesOfSolicitation;
import io.formd.core.model.YearOfIncorporation;
import java.util.function.Function;

/**
 * The paper form's rows (OMB 3235-0076, the edition used until 2009): the cover, Parts A to E and the ULOE
 * appendix, labelled with the form's captions. The paper form has no XML; its rows carry model paths, labels and
 * accessors only.
 */
final class PaperFields {

  private PaperFields() {}

  private static <P> Field.Builder p(Kind kind, String property, Function<P, ?> accessor, String label) {
    return Field.row(Edition.PAPER).printed(label).model(kind, property, accessor);
  }

  static Field.Builder table() {
    return Field.row(Edition.PAPER).label("Form D").model(Kind.GROUP, null, Function.identity())
        .builds(PaperFormD::builder, PaperFormD.Builder::build).children(
        Field.row(Edition.PAPER).section("Cover").label("Cover").children(
            p(Kind.DATE, "editionExpires", PaperFormD::editionExpires, "Edition expires")
                .<PaperFormD.Builder, LocalDate>set(PaperFormD.Builder::editionExpires),
            p(Kind.TEXT, "nameOfOffering", PaperFormD::nameOfOffering, "Name of Offering")
                .<PaperFormD.Builder, String>set(PaperFormD.Builder::nameOfOffering),
            p(Kind.MARK, "offeringNameChanged", PaperFormD::offeringNameChanged,
                "Check if this is an amendment and name has changed")
                    .<PaperFormD.Builder, Mark>set(PaperFormD.Builder::offeringNameChanged),
            p(Kind.CODE, "filingUnder", PaperFormD::filingUnder, "Filing Under")
                .setAll((PaperFormD.Builder b, Recorded<List<FederalExemption>> v) -> b.filingUnder(v.map(l -> (
                Set<FederalExemption>) new LinkedHashSet<>(l)))).recorded().parse(FederalExemption::fromEdgar).list(),
            p(Kind.MARK, "uloe", PaperFormD::uloe, "Filing Under: ULOE")
                .<PaperFormD.Builder, Mark>set(PaperFormD.Builder::uloe),
            p(Kind.BOOLEAN, "amendment", PaperFormD::amendment,
                "Type of Filing: New Filing or "
                + "Amendment").<PaperFormD.Builder, Recorded<Boolean>>set(PaperFormD.Builder::amendment).recorded()),
        Field.row(Edition.PAPER).section("Part A").label("Part A, Basic Identification Data").children(
            p(Kind.GROUP, "issuer", PaperFormD::issuer, "Name of Issuer")
                .<PaperFormD.Builder, Issuer>set(PaperFormD.Builder::issuer)
                .builds(Issuer::builder, Issuer.Builder::build).section("Part A, Question 1").children(
                // The parts of the shared issuer the paper form does not ask (a CIK, previous names, the year of
                // incorporation) are rows too: a paper filing can hold them (a transcriber may add a CIK).
                p(Kind.TEXT, "cik", Issuer::cik, "CIK (not on the paper form)")
                    .<Issuer.Builder, String>set(Issuer.Builder::cik),
                p(Kind.TEXT, "ccc", Issuer::ccc, "CIK confirmation code (not on the paper form)")
                    .<Issuer.Builder, String>set(Issuer.Builder::ccc),
                p(Kind.TEXT, "name", Issuer::name, "Name of Issuer").<Issuer.Builder, String>set(Issuer.Builder::name),
                address("address", Issuer::address, Issuer.Builder::address, "Address of Executive Offices"),
                p(Kind.TEXT, "phone", Issuer::phone, "Telephone Number (Including Area Code)")
                    .<Issuer.Builder, String>set(Issuer.Builder::phone),
                p(Kind.TEXT, "jurisdictionOfIncorporation", Issuer::jurisdictionOfIncorporation,
                    "Jurisdiction of Incorporation or Organization")
                        .<Issuer.Builder, String>set(Issuer.Builder::jurisdictionOfIncorporation),
                names("previousNames", Issuer::previousNames, Issuer.Builder::previousNames,
                    "Previous names (not on the paper form)"),
                names("edgarPreviousNames", Issuer::edgarPreviousNames, Issuer.Builder::edgarPreviousNames,
                    "Previous names on EDGAR (not on the paper form)"),
                p(Kind.CODE, "entityType", Issuer::entityType, "Type of Business Organization")
                    .<Issuer.Builder, EntityType>set(Issuer.Builder::entityType)
                    .parse(code -> FormDFields.orPaperLabel(code, EntityType.class)),
                p(Kind.TEXT, "entityTypeOtherDescription", Issuer::entityTypeOtherDescription,
                    "Type of Business Organization: other (please specify)")
                        .<Issuer.Builder, String>set(Issuer.Builder::entityTypeOtherDescription),
                p(Kind.GROUP, "yearOfIncorporation", Issuer::yearOfIncorporation,
                    "Year of incorporation (not on the paper form)")
                        .<Issuer.Builder, YearOfIncorporation>set(Issuer.Builder::yearOfIncorporation)
                        .builds(YearOfIncorporation::builder, YearOfIncorporation.Builder::build).children(
                    p(Kind.YEAR_KIND, "kind", YearOfIncorporation::kind, "Year of incorporation: kind")
                        .<YearOfIncorporation.Builder, YearOfIncorporation.Kind>set(YearOfIncorporation.Builder::kind),
                    p(Kind.YEAR, "year", YearOfIncorporation::year, "Year of incorporation")
                        .<YearOfIncorporation.Builder, Year>set(YearOfIncorporation.Builder::year))),
            p(Kind.MARK, "issuerNameChanged", PaperFormD::issuerNameChanged,
                "Check if this is an amendment and name has changed")
                    .<PaperFormD.Builder, Mark>set(PaperFormD.Builder::issuerNameChanged).section("Part A, Question 1"),
            address("principalBusinessAddress", PaperFormD::principalBusinessAddress,
                (PaperFormD.Builder b, Address v) -> b.principalBusinessAddress(v),
                "Address of Principal Business Operations").section("Part A, Question 1"),
            p(Kind.TEXT, "principalBusinessPhone", PaperFormD::principalBusinessPhone,
                "Telephone Number of Principal Business Operations")
                    .<PaperFormD.Builder, String>set(PaperFormD.Builder::principalBusinessPhone)
                    .section("Part A, Question 1"),
            p(Kind.TEXT, "businessDescription", PaperFormD::businessDescription, "Brief Description of Business")
                .<PaperFormD.Builder, String>set(PaperFormD.Builder::businessDescription)
                .section("Part A, Question 1"),
            p(Kind.YEAR_MONTH, "organizationDate", PaperFormD::organizationDate,
                "Actual or Estimated Date of Incorporation or Organization")
                    .<PaperFormD.Builder, YearMonth>set(PaperFormD.Builder::organizationDate)
                    .section("Part A, Question 1"),
            p(Kind.BOOLEAN, "organizationDateEstimated", PaperFormD::organizationDateEstimated,
                "Date of Incorporation or Organization: Estimated").<PaperFormD.Builder, Recorded<Boolean>>set(
                    PaperFormD.Builder::organizationDateEstimated).recorded().section("Part A, Question 1"),
            p(Kind.GROUP, "relatedPersons", PaperFormD::relatedPersons, "Persons to list")
                .set((PaperFormD.Builder b, RelatedPerson v) -> b.addRelatedPerson(v))
                .builds(RelatedPerson::builder, RelatedPerson.Builder::build).list()
                .section("Part A, Question 2").children(
                p(Kind.GROUP, "name", RelatedPerson::name, "Full Name (Last name first, if individual)")
                    .<RelatedPerson.Builder, PersonName>set(RelatedPerson.Builder::name)
                    .builds(PersonName::builder, PersonName.Builder::build).children(
                    p(Kind.TEXT, "firstName", PersonName::firstName, "First name")
                        .<PersonName.Builder, String>set(PersonName.Builder::firstName),
                    p(Kind.TEXT, "middleName", PersonName::middleName, "Middle name")
                        .<PersonName.Builder, String>set(PersonName.Builder::middleName),
                    p(Kind.TEXT, "lastName", PersonName::lastName, "Last name")
                        .<PersonName.Builder, String>set(PersonName.Builder::lastName),
                    p(Kind.TEXT, "asWritten", PersonName::asWritten, "Full Name (Last name first, if individual)")
                        .<PersonName.Builder, String>set(PersonName.Builder::asWritten)),
                address("address", RelatedPerson::address, RelatedPerson.Builder::address,
                    "Business or Residence Address"),
                p(Kind.CODE, "relationships", RelatedPerson::relationships, "Check Box(es) that Apply")
                    .setAll((RelatedPerson.Builder b, Recorded<List<Relationship>> v) -> b.relationships(v)).recorded()
                    .parse(code -> FormDFields.orPaperLabel(code, Relationship.class)).list(),
                p(Kind.TEXT, "relationshipClarification", RelatedPerson::relationshipClarification,
                    "Clarification").<RelatedPerson.Builder, String>set(
                        RelatedPerson.Builder::relationshipClarification))),
        p(Kind.GROUP, "partB", PaperFormD::partB, "Part B, Information about Offering")
            .<PaperFormD.Builder, PaperPartB>set(PaperFormD.Builder::partB)
            .builds(PaperPartB::builder, PaperPartB.Builder::build).section("Part B").children(
            p(Kind.BOOLEAN, "nonAccreditedSales", PaperPartB::nonAccreditedSales,
                "Question 1: Has the issuer sold, or does the issuer intend to sell, to non-accredited investors "
                    + "in this offering?").<PaperPartB.Builder, Recorded<Boolean>>set(
                        PaperPartB.Builder::nonAccreditedSales).recorded(),
            p(Kind.STATED_AMOUNT, "minimumInvestment", PaperPartB::minimumInvestment,
                "Question 2: What is the minimum investment that will be accepted from any individual?")
                    .<PaperPartB.Builder, StatedAmount>set(PaperPartB.Builder::minimumInvestment),
            p(Kind.BOOLEAN, "jointOwnership", PaperPartB::jointOwnership,
                "Question 3: Does the offering permit joint ownership of a single "
                    + "unit?").<PaperPartB.Builder, Recorded<Boolean>>set(PaperPartB.Builder::jointOwnership)
                    .recorded(),
            p(Kind.GROUP, "salesCompensationRecipients", PaperPartB::salesCompensationRecipients,
                "Question 4: persons paid for solicitation of purchasers")
                    .set((PaperPartB.Builder b, SalesCompensationRecipient v) -> b.addSalesCompensationRecipient(v))
                    .builds(SalesCompensationRecipient::builder, SalesCompensationRecipient.Builder::build).list()
                    .children(
                p(Kind.TEXT, "name", SalesCompensationRecipient::name, "Full Name (Last name first, if individual)")
                    .<SalesCompensationRecipient.Builder, String>set(SalesCompensationRecipient.Builder::name),
                p(Kind.TEXT, "crdNumber", SalesCompensationRecipient::crdNumber, "CRD number (not on the paper form)")
                    .<SalesCompensationRecipient.Builder, String>set(SalesCompensationRecipient.Builder::crdNumber),
                p(Kind.TEXT, "associatedBrokerDealerName", SalesCompensationRecipient::associatedBrokerDealerName,
                    "Name of Associated Broker or Dealer").<SalesCompensationRecipient.Builder, String>set(
                        SalesCompensationRecipient.Builder::associatedBrokerDealerName),
                p(Kind.TEXT, "associatedBrokerDealerCrdNumber",
                    SalesCompensationRecipient::associatedBrokerDealerCrdNumber,
                    "Broker or dealer CRD number (not on the paper form)")
                        .<SalesCompensationRecipient.Builder, String>set(
                        SalesCompensationRecipient.Builder::associatedBrokerDealerCrdNumber),
                address("address", SalesCompensationRecipient::address, SalesCompensationRecipient.Builder::address,
                    "Business or Residence Address"),
                p(Kind.GROUP, "statesOfSolicitation", SalesCompensationRecipient::statesOfSolicitation,
                    "States in Which Person Listed Has Solicited or Intends to Solicit Purchasers")
                        .<SalesCompensationRecipient.Builder, StatesOfSolicitation>set(
                        SalesCompensationRecipient.Builder::statesOfSolicitation)
                        .builds(StatesOfSolicitation::builder, StatesOfSolicitation.Builder::build).children(
                    p(Kind.ALL_STATES, "allStates", StatesOfSolicitation::allStates, "All States")
                        .<StatesOfSolicitation.Builder, Boolean>set(StatesOfSolicitation.Builder::allStates),
                    p(Kind.GROUP, "states", StatesOfSolicitation::states, "State")
                        .set((StatesOfSolicitation.Builder b, StatesOfSolicitation.Entry v) -> b.addState(v))
                        .builds(FormDFields.Holder.of("state", "description"),
                        h -> StatesOfSolicitation.Entry.of((SolicitationState) h.required(0),
                        Optional.ofNullable((String) h.get(1)))).list().children(
                        p(Kind.CODE, "state", StatesOfSolicitation.Entry::state, "State").set(FormDFields.Holder.at(0))
                            .parse(SolicitationState::fromEdgar),
                        p(Kind.TEXT, "description", StatesOfSolicitation.Entry::description, "State description")
                            .set(FormDFields.Holder.at(1)))),
                p(Kind.BOOLEAN, "foreignSolicitation", SalesCompensationRecipient::foreignSolicitation,
                    "Foreign solicitation (not on the paper form)").<SalesCompensationRecipient.Builder, Boolean>set(
                        SalesCompensationRecipient.Builder::foreignSolicitation))),
        p(Kind.GROUP, "partC", PaperFormD::partC, "Part C, Offering Price, Number of Investors, Expenses and Use "
            + "of Proceeds").<PaperFormD.Builder, PaperPartC>set(PaperFormD.Builder::partC)
                .builds(PaperPartC::builder, PaperPartC.Builder::build).section("Part C").children(
            p(Kind.MARK, "exchangeOffering", PaperPartC::exchangeOffering,
                "Question 1: check this box if the transaction is an exchange offering")
                    .<PaperPartC.Builder, Mark>set(PaperPartC.Builder::exchangeOffering),
            security("debt", PaperPartC::debt, PaperPartC.Builder::debt, "Question 1, Debt"),
            security("equity", PaperPartC::equity, PaperPartC.Builder::equity, "Question 1, Equity"),
            p(Kind.MARK, "equityCommon", PaperPartC::equityCommon, "Question 1, Equity: Common")
                .<PaperPartC.Builder, Mark>set(PaperPartC.Builder::equityCommon),
            p(Kind.MARK, "equityPreferred", PaperPartC::equityPreferred, "Question 1, Equity: Preferred")
                .<PaperPartC.Builder, Mark>set(PaperPartC.Builder::equityPreferred),
            security("convertibleSecurities", PaperPartC::convertibleSecurities,
                PaperPartC.Builder::convertibleSecurities,
                "Question 1, Convertible Securities (including warrants)"),
            security("partnershipInterests", PaperPartC::partnershipInterests, PaperPartC.Builder::partnershipInterests,
                "Question 1, Partnership Interests"),
            security("otherSecurities", PaperPartC::otherSecurities, PaperPartC.Builder::otherSecurities,
                "Question 1, Other"),
            p(Kind.TEXT, "otherSecuritiesDescription", PaperPartC::otherSecuritiesDescription,
                "Question 1, Other (Specify)")
                    .<PaperPartC.Builder, String>set(PaperPartC.Builder::otherSecuritiesDescription),
            security("securitiesTotal", PaperPartC::securitiesTotal, PaperPartC.Builder::securitiesTotal,
                "Question 1, Total"),
            investors("accreditedInvestors", PaperPartC::accreditedInvestors, PaperPartC.Builder::accreditedInvestors,
                "Question 2, Accredited Investors"),
            investors("nonAccreditedInvestors", PaperPartC::nonAccreditedInvestors,
                PaperPartC.Builder::nonAccreditedInvestors,
                "Question 2, Non-accredited Investors"),
            investors("investorsTotal504", PaperPartC::investorsTotal504, PaperPartC.Builder::investorsTotal504,
                "Question 2, Total (for filings under Rule 504 only)"),
            prior("priorSalesRule505", PaperPartC::priorSalesRule505, PaperPartC.Builder::priorSalesRule505,
                "Question 3, Rule 505"),
            prior("priorSalesRegulationA", PaperPartC::priorSalesRegulationA, PaperPartC.Builder::priorSalesRegulationA,
                "Question 3, Regulation A"),
            prior("priorSalesRule504", PaperPartC::priorSalesRule504, PaperPartC.Builder::priorSalesRule504,
                "Question 3, Rule 504"),
            prior("priorSalesTotal", PaperPartC::priorSalesTotal, PaperPartC.Builder::priorSalesTotal,
                "Question 3, Total"),
            marked("transferAgentFees", PaperPartC::transferAgentFees, PaperPartC.Builder::transferAgentFees,
                "Question 4.a, Transfer Agent's Fees"),
            marked("printingAndEngravingCosts", PaperPartC::printingAndEngravingCosts,
                PaperPartC.Builder::printingAndEngravingCosts,
                "Question 4.a, Printing and Engraving Costs"),
            marked("legalFees", PaperPartC::legalFees, PaperPartC.Builder::legalFees, "Question 4.a, Legal Fees"),
            marked("accountingFees", PaperPartC::accountingFees, PaperPartC.Builder::accountingFees,
                "Question 4.a, Accounting Fees"),
            marked("engineeringFees", PaperPartC::engineeringFees, PaperPartC.Builder::engineeringFees,
                "Question 4.a, Engineering Fees"),
            marked("salesCommissions", PaperPartC::salesCommissions, PaperPartC.Builder::salesCommissions,
                "Question 4.a, Sales Commissions (specify finders' fees separately)"),
            marked("otherExpenses", PaperPartC::otherExpenses, PaperPartC.Builder::otherExpenses,
                "Question 4.a, Other Expenses (identify)"),
            p(Kind.TEXT, "otherExpensesDescription", PaperPartC::otherExpensesDescription,
                "Question 4.a, Other Expenses (identify)")
                    .<PaperPartC.Builder, String>set(PaperPartC.Builder::otherExpensesDescription),
            marked("expensesTotal", PaperPartC::expensesTotal, PaperPartC.Builder::expensesTotal,
                "Question 4.a, Total"),
            p(Kind.STATED_AMOUNT, "adjustedGrossProceeds", PaperPartC::adjustedGrossProceeds,
                "Question 4.b, adjusted gross proceeds to the issuer")
                    .<PaperPartC.Builder, StatedAmount>set(PaperPartC.Builder::adjustedGrossProceeds),
            proceeds("salariesAndFees", PaperPartC::salariesAndFees, PaperPartC.Builder::salariesAndFees,
                "Question 5, Salaries and fees"),
            proceeds("purchaseOfRealEstate", PaperPartC::purchaseOfRealEstate, PaperPartC.Builder::purchaseOfRealEstate,
                "Question 5, Purchase of real estate"),
            proceeds("machineryAndEquipment", PaperPartC::machineryAndEquipment,
                PaperPartC.Builder::machineryAndEquipment,
                "Question 5, Purchase, rental or leasing and installation of machinery and equipment"),
            proceeds("plantBuildingsAndFacilities", PaperPartC::plantBuildingsAndFacilities,
                PaperPartC.Builder::plantBuildingsAndFacilities,
                "Question 5, Construction or leasing of plant buildings and facilities"),
            proceeds("acquisitionOfOtherBusinesses", PaperPartC::acquisitionOfOtherBusinesses,
                PaperPartC.Builder::acquisitionOfOtherBusinesses,
                "Question 5, Acquisition of other businesses"),
            proceeds("repaymentOfIndebtedness", PaperPartC::repaymentOfIndebtedness,
                PaperPartC.Builder::repaymentOfIndebtedness,
                "Question 5, Repayment of indebtedness"),
            proceeds("workingCapital", PaperPartC::workingCapital, PaperPartC.Builder::workingCapital,
                "Question 5, Working capital"),
            proceeds("otherPurposes", PaperPartC::otherPurposes, PaperPartC.Builder::otherPurposes,
                "Question 5, Other (specify)"),
            p(Kind.TEXT, "otherPurposesDescription", PaperPartC::otherPurposesDescription,
                "Question 5, Other (specify)")
                    .<PaperPartC.Builder, String>set(PaperPartC.Builder::otherPurposesDescription),
            proceeds("columnTotals", PaperPartC::columnTotals, PaperPartC.Builder::columnTotals,
                "Question 5, Column Totals"),
            marked("totalPaymentsListed", PaperPartC::totalPaymentsListed, PaperPartC.Builder::totalPaymentsListed,
                "Question 5, Total Payments Listed (column totals added)")),
        signature("federalSignature", PaperFormD::federalSignature,
            (PaperFormD.Builder b, Signature v) -> b.federalSignature(v), "Part D, Federal Signature")
                .section("Part D"),
        p(Kind.GROUP, "partE", PaperFormD::partE, "Part E, State Signature")
            .<PaperFormD.Builder, PaperPartE>set(PaperFormD.Builder::partE)
            .builds(PaperPartE::builder, PaperPartE.Builder::build).section("Part E").children(
            p(Kind.BOOLEAN, "disqualified", PaperPartE::disqualified,
                "Question 1: Is any party described in 17 CFR 230.262 presently subject to any of the "
                    + "disqualification provisions of such "
                        + "rule?").<PaperPartE.Builder, Recorded<Boolean>>set(PaperPartE.Builder::disqualified)
                        .recorded(),
            signature("signature", PaperPartE::signature, (PaperPartE.Builder b, Signature v) -> b.signature(v),
                "Signature")),
        p(Kind.GROUP, "appendix", PaperFormD::appendix, "Appendix")
            .set((PaperFormD.Builder b, PaperAppendixRow v) -> b.addAppendix(v))
            .builds(PaperAppendixRow::builder, PaperAppendixRow.Builder::build).list().section("Appendix").children(
            p(Kind.CODE, "state", PaperAppendixRow::state, "Column 1, State")
                .<PaperAppendixRow.Builder, SolicitationState>set(PaperAppendixRow.Builder::state)
                .parse(SolicitationState::fromEdgar),
            p(Kind.BOOLEAN, "nonAccreditedSales", PaperAppendixRow::nonAccreditedSales,
                "Column 2, Intend to sell to non-accredited investors in "
                    + "State").<PaperAppendixRow.Builder, Recorded<Boolean>>set(
                    PaperAppendixRow.Builder::nonAccreditedSales).recorded(),
            p(Kind.TEXT, "typeOfSecurity", PaperAppendixRow::typeOfSecurity,
                "Column 3, Type of security offered in State")
                    .<PaperAppendixRow.Builder, String>set(PaperAppendixRow.Builder::typeOfSecurity),
            p(Kind.STATED_AMOUNT, "aggregateOfferingPrice", PaperAppendixRow::aggregateOfferingPrice,
                "Column 3, Aggregate offering price offered in State")
                    .<PaperAppendixRow.Builder, StatedAmount>set(PaperAppendixRow.Builder::aggregateOfferingPrice),
            p(Kind.STATED_COUNT, "accreditedInvestors", PaperAppendixRow::accreditedInvestors,
                "Column 4, Number of Accredited Investors")
                    .<PaperAppendixRow.Builder, StatedCount>set(PaperAppendixRow.Builder::accreditedInvestors),
            p(Kind.STATED_AMOUNT, "accreditedAmount", PaperAppendixRow::accreditedAmount,
                "Column 4, Amount purchased by accredited investors")
                    .<PaperAppendixRow.Builder, StatedAmount>set(PaperAppendixRow.Builder::accreditedAmount),
            p(Kind.STATED_COUNT, "nonAccreditedInvestors", PaperAppendixRow::nonAccreditedInvestors,
                "Column 4, Number of Non-Accredited Investors")
                    .<PaperAppendixRow.Builder, StatedCount>set(PaperAppendixRow.Builder::nonAccreditedInvestors),
            p(Kind.STATED_AMOUNT, "nonAccreditedAmount", PaperAppendixRow::nonAccreditedAmount,
                "Column 4, Amount purchased by non-accredited investors")
                    .<PaperAppendixRow.Builder, StatedAmount>set(PaperAppendixRow.Builder::nonAccreditedAmount),
            p(Kind.BOOLEAN, "disqualified", PaperAppendixRow::disqualified,
                "Column 5, Disqualification under State "
                    + "ULOE").<PaperAppendixRow.Builder, Recorded<Boolean>>set(PaperAppendixRow.Builder::disqualified)
                    .recorded()));
  }

  private static Field.Builder names(String property, Function<Issuer, ?> accessor,
      BiConsumer<Issuer.Builder, PreviousNames> setter, String label) {
    return p(Kind.GROUP, property, accessor, label).set(setter)
        .builds(PreviousNames::builder, PreviousNames.Builder::build)
        .children(
        p(Kind.NONE, "none", PreviousNames::none, label + ": None")
            .<PreviousNames.Builder, Boolean>set(PreviousNames.Builder::none),
        p(Kind.TEXT, "names", PreviousNames::names, label).set((PreviousNames.Builder b, String v) -> b.addName(v))
            .list());
  }

  private static <P, B> Field.Builder address(String property, Function<P, ?> accessor, BiConsumer<B, Address> setter,
      String label) {
    return p(Kind.GROUP, property, accessor, label).set(setter).builds(Address::builder, Address.Builder::build)
        .children(
        p(Kind.TEXT, "street1", Address::street1, label + ": Number and Street")
            .<Address.Builder, String>set(Address.Builder::street1),
        p(Kind.TEXT, "street2", Address::street2, label + ": Number and Street (second line)")
            .<Address.Builder, String>set(Address.Builder::street2),
        p(Kind.TEXT, "city", Address::city, label + ": City").<Address.Builder, String>set(Address.Builder::city),
        p(Kind.CODE, "stateOrCountry", Address::stateOrCountry, label + ": State")
            .<Address.Builder, StateOrCountry>set(Address.Builder::stateOrCountry).parse(StateOrCountry::fromEdgar),
        p(Kind.TEXT, "stateOrCountryDescription", Address::stateOrCountryDescription, label + ": State name")
            .<Address.Builder, String>set(Address.Builder::stateOrCountryDescription),
        p(Kind.TEXT, "zipCode", Address::zipCode, label + ": Zip Code")
            .<Address.Builder, String>set(Address.Builder::zipCode));
  }

  private static Field.Builder security(String property, Function<PaperPartC, PaperSecurityLine> accessor,
      BiConsumer<PaperPartC.Builder, PaperSecurityLine> setter, String label) {
    return p(Kind.GROUP, property, accessor, label).set(setter)
        .builds(FormDFields.Holder.of("aggregateOfferingPrice", "amountAlreadySold"),
            h -> PaperSecurityLine.of((StatedAmount) h.required(0), (StatedAmount) h.required(1))).children(
        p(Kind.STATED_AMOUNT, "aggregateOfferingPrice", PaperSecurityLine::aggregateOfferingPrice,
            label + ": Aggregate Offering Price").set(FormDFields.Holder.at(0)),
        p(Kind.STATED_AMOUNT, "amountAlreadySold", PaperSecurityLine::amountAlreadySold,
            label + ": Amount Already Sold").set(FormDFields.Holder.at(1)));
  }

  private static Field.Builder investors(String property, Function<PaperPartC, PaperInvestorLine> accessor,
      BiConsumer<PaperPartC.Builder, PaperInvestorLine> setter, String label) {
    return p(Kind.GROUP, property, accessor, label).set(setter)
        .builds(FormDFields.Holder.of("number", "dollarAmount"),
            h -> PaperInvestorLine.of((StatedCount) h.required(0), (StatedAmount) h.required(1))).children(
        p(Kind.STATED_COUNT, "number", PaperInvestorLine::number, label + ": Number Investors")
            .set(FormDFields.Holder.at(0)),
        p(Kind.STATED_AMOUNT, "dollarAmount", PaperInvestorLine::dollarAmount,
            label + ": Aggregate Dollar Amount of Purchases").set(FormDFields.Holder.at(1)));
  }

  private static Field.Builder prior(String property, Function<PaperPartC, PaperPriorSale> accessor,
      BiConsumer<PaperPartC.Builder, PaperPriorSale> setter, String label) {
    return p(Kind.GROUP, property, accessor, label).set(setter)
        .builds(FormDFields.Holder.of("typeOfSecurity", "dollarAmount"),
            h -> PaperPriorSale.of(Optional.ofNullable((String) h.get(0)), (StatedAmount) h.required(1))).children(
        p(Kind.TEXT, "typeOfSecurity", PaperPriorSale::typeOfSecurity, label + ": Type of Security")
            .set(FormDFields.Holder.at(0)),
        p(Kind.STATED_AMOUNT, "dollarAmount", PaperPriorSale::dollarAmount, label + ": Dollar Amount Sold")
            .set(FormDFields.Holder.at(1)));
  }

  private static <P, B> Field.Builder marked(String property, Function<P, MarkedAmount> accessor,
      BiConsumer<B, MarkedAmount> setter, String label) {
    return p(Kind.GROUP, property, accessor, label).set(setter)
        .builds(FormDFields.Holder.of("estimate", "amount"),
            h -> MarkedAmount.of((Mark) h.required(0), (StatedAmount) h.required(1))).children(
        p(Kind.MARK, "estimate", MarkedAmount::estimate, label + ": estimate box").set(FormDFields.Holder.at(0)),
        p(Kind.STATED_AMOUNT, "amount", MarkedAmount::amount, label).set(FormDFields.Holder.at(1)));
  }

  private static Field.Builder proceeds(String property, Function<PaperPartC, PaperProceedsLine> accessor,
      BiConsumer<PaperPartC.Builder, PaperProceedsLine> setter, String label) {
    return p(Kind.GROUP, property, accessor, label).set(setter)
        .builds(FormDFields.Holder.of("toOfficersDirectorsAffiliates", "toOthers"),
            h -> PaperProceedsLine.of((MarkedAmount) h.required(0), (MarkedAmount) h.required(1))).children(
        marked("toOfficersDirectorsAffiliates", PaperProceedsLine::toOfficersDirectorsAffiliates, Holder.at(0),
            label + ": Payments to Officers, Directors, & Affiliates"),
        marked("toOthers", PaperProceedsLine::toOthers, Holder.at(1), label + ": Payments to Others"));
  }

  private static <P, B> Field.Builder signature(String property, Function<P, ?> accessor,
      BiConsumer<B, Signature> setter,
      String label) {
    return p(Kind.GROUP, property, accessor, label).set(setter).builds(Signature::builder, Signature.Builder::build)
        .children(
        p(Kind.TEXT, "issuerName", Signature::issuerName, "Issuer (Print or Type)")
            .<Signature.Builder, String>set(Signature.Builder::issuerName),
        p(Kind.TEXT, "signature", Signature::signature, "Signature")
            .<Signature.Builder, String>set(Signature.Builder::signature),
        p(Kind.TEXT, "signerName", Signature::signerName, "Name of Signer (Print or Type)")
            .<Signature.Builder, String>set(Signature.Builder::signerName),
        p(Kind.TEXT, "title", Signature::title, "Title of Signer (Print or Type)")
            .<Signature.Builder, String>set(Signature.Builder::title),
        p(Kind.DATE, "date", Signature::date, "Date").<Signature.Builder, LocalDate>set(Signature.Builder::date));
  }
}
