package io.formd.core.fields;

import io.formd.core.model.Address;
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
    return Field.row(Edition.PAPER).label("Form D").model(Kind.GROUP, null, Function.identity()).children(
        Field.row(Edition.PAPER).section("Cover").label("Cover").children(
            p(Kind.DATE, "editionExpires", PaperFormD::editionExpires, "Edition expires"),
            p(Kind.TEXT, "nameOfOffering", PaperFormD::nameOfOffering, "Name of Offering"),
            p(Kind.MARK, "offeringNameChanged", PaperFormD::offeringNameChanged,
                "Check if this is an amendment and name has changed"),
            p(Kind.CODE, "filingUnder", PaperFormD::filingUnder, "Filing Under").list(),
            p(Kind.MARK, "uloe", PaperFormD::uloe, "Filing Under: ULOE"),
            p(Kind.BOOLEAN, "amendment", PaperFormD::amendment, "Type of Filing: New Filing or Amendment")),
        Field.row(Edition.PAPER).section("Part A").label("Part A, Basic Identification Data").children(
            p(Kind.GROUP, "issuer", PaperFormD::issuer, "Name of Issuer").section("Part A, Question 1").children(
                // The parts of the shared issuer the paper form does not ask (a CIK, previous names, the year of
                // incorporation) are rows too: a paper filing can hold them (a transcriber may add a CIK).
                p(Kind.TEXT, "cik", Issuer::cik, "CIK (not on the paper form)"),
                p(Kind.TEXT, "ccc", Issuer::ccc, "CIK confirmation code (not on the paper form)"),
                p(Kind.TEXT, "name", Issuer::name, "Name of Issuer"),
                address("address", Issuer::address, "Address of Executive Offices"),
                p(Kind.TEXT, "phone", Issuer::phone, "Telephone Number (Including Area Code)"),
                p(Kind.TEXT, "jurisdictionOfIncorporation", Issuer::jurisdictionOfIncorporation,
                    "Jurisdiction of Incorporation or Organization"),
                names("previousNames", Issuer::previousNames, "Previous names (not on the paper form)"),
                names("edgarPreviousNames", Issuer::edgarPreviousNames, "Previous names on EDGAR (not on the paper form)"),
                p(Kind.CODE, "entityType", Issuer::entityType, "Type of Business Organization"),
                p(Kind.TEXT, "entityTypeOtherDescription", Issuer::entityTypeOtherDescription,
                    "Type of Business Organization: other (please specify)"),
                p(Kind.GROUP, "yearOfIncorporation", Issuer::yearOfIncorporation,
                    "Year of incorporation (not on the paper form)").children(
                    p(Kind.YEAR_KIND, "kind", YearOfIncorporation::kind, "Year of incorporation: kind"),
                    p(Kind.YEAR, "year", YearOfIncorporation::year, "Year of incorporation"))),
            p(Kind.MARK, "issuerNameChanged", PaperFormD::issuerNameChanged,
                "Check if this is an amendment and name has changed").section("Part A, Question 1"),
            address("principalBusinessAddress", PaperFormD::principalBusinessAddress,
                "Address of Principal Business Operations").section("Part A, Question 1"),
            p(Kind.TEXT, "principalBusinessPhone", PaperFormD::principalBusinessPhone,
                "Telephone Number of Principal Business Operations").section("Part A, Question 1"),
            p(Kind.TEXT, "businessDescription", PaperFormD::businessDescription, "Brief Description of Business")
                .section("Part A, Question 1"),
            p(Kind.YEAR_MONTH, "organizationDate", PaperFormD::organizationDate,
                "Actual or Estimated Date of Incorporation or Organization").section("Part A, Question 1"),
            p(Kind.BOOLEAN, "organizationDateEstimated", PaperFormD::organizationDateEstimated,
                "Date of Incorporation or Organization: Estimated").section("Part A, Question 1"),
            p(Kind.GROUP, "relatedPersons", PaperFormD::relatedPersons, "Persons to list").list()
                .section("Part A, Question 2").children(
                p(Kind.GROUP, "name", RelatedPerson::name, "Full Name (Last name first, if individual)").children(
                    p(Kind.TEXT, "firstName", PersonName::firstName, "First name"),
                    p(Kind.TEXT, "middleName", PersonName::middleName, "Middle name"),
                    p(Kind.TEXT, "lastName", PersonName::lastName, "Last name"),
                    p(Kind.TEXT, "asWritten", PersonName::asWritten, "Full Name (Last name first, if individual)")),
                address("address", RelatedPerson::address, "Business or Residence Address"),
                p(Kind.CODE, "relationships", RelatedPerson::relationships, "Check Box(es) that Apply").list(),
                p(Kind.TEXT, "relationshipClarification", RelatedPerson::relationshipClarification,
                    "Clarification"))),
        p(Kind.GROUP, "partB", PaperFormD::partB, "Part B, Information about Offering").section("Part B").children(
            p(Kind.BOOLEAN, "nonAccreditedSales", PaperPartB::nonAccreditedSales,
                "Question 1: Has the issuer sold, or does the issuer intend to sell, to non-accredited investors "
                    + "in this offering?"),
            p(Kind.STATED_AMOUNT, "minimumInvestment", PaperPartB::minimumInvestment,
                "Question 2: What is the minimum investment that will be accepted from any individual?"),
            p(Kind.BOOLEAN, "jointOwnership", PaperPartB::jointOwnership,
                "Question 3: Does the offering permit joint ownership of a single unit?"),
            p(Kind.GROUP, "salesCompensationRecipients", PaperPartB::salesCompensationRecipients,
                "Question 4: persons paid for solicitation of purchasers").list().children(
                p(Kind.TEXT, "name", SalesCompensationRecipient::name, "Full Name (Last name first, if individual)"),
                p(Kind.TEXT, "crdNumber", SalesCompensationRecipient::crdNumber, "CRD number (not on the paper form)"),
                p(Kind.TEXT, "associatedBrokerDealerName", SalesCompensationRecipient::associatedBrokerDealerName,
                    "Name of Associated Broker or Dealer"),
                p(Kind.TEXT, "associatedBrokerDealerCrdNumber",
                    SalesCompensationRecipient::associatedBrokerDealerCrdNumber,
                    "Broker or dealer CRD number (not on the paper form)"),
                address("address", SalesCompensationRecipient::address, "Business or Residence Address"),
                p(Kind.GROUP, "statesOfSolicitation", SalesCompensationRecipient::statesOfSolicitation,
                    "States in Which Person Listed Has Solicited or Intends to Solicit Purchasers").children(
                    p(Kind.ALL_STATES, "allStates", StatesOfSolicitation::allStates, "All States"),
                    p(Kind.GROUP, "states", StatesOfSolicitation::states, "State").list().children(
                        p(Kind.CODE, "state", StatesOfSolicitation.Entry::state, "State"),
                        p(Kind.TEXT, "description", StatesOfSolicitation.Entry::description, "State description"))),
                p(Kind.BOOLEAN, "foreignSolicitation", SalesCompensationRecipient::foreignSolicitation,
                    "Foreign solicitation (not on the paper form)"))),
        p(Kind.GROUP, "partC", PaperFormD::partC, "Part C, Offering Price, Number of Investors, Expenses and Use "
            + "of Proceeds").section("Part C").children(
            p(Kind.MARK, "exchangeOffering", PaperPartC::exchangeOffering,
                "Question 1: check this box if the transaction is an exchange offering"),
            security("debt", PaperPartC::debt, "Question 1, Debt"),
            security("equity", PaperPartC::equity, "Question 1, Equity"),
            p(Kind.MARK, "equityCommon", PaperPartC::equityCommon, "Question 1, Equity: Common"),
            p(Kind.MARK, "equityPreferred", PaperPartC::equityPreferred, "Question 1, Equity: Preferred"),
            security("convertibleSecurities", PaperPartC::convertibleSecurities,
                "Question 1, Convertible Securities (including warrants)"),
            security("partnershipInterests", PaperPartC::partnershipInterests, "Question 1, Partnership Interests"),
            security("otherSecurities", PaperPartC::otherSecurities, "Question 1, Other"),
            p(Kind.TEXT, "otherSecuritiesDescription", PaperPartC::otherSecuritiesDescription,
                "Question 1, Other (Specify)"),
            security("securitiesTotal", PaperPartC::securitiesTotal, "Question 1, Total"),
            investors("accreditedInvestors", PaperPartC::accreditedInvestors, "Question 2, Accredited Investors"),
            investors("nonAccreditedInvestors", PaperPartC::nonAccreditedInvestors,
                "Question 2, Non-accredited Investors"),
            investors("investorsTotal504", PaperPartC::investorsTotal504,
                "Question 2, Total (for filings under Rule 504 only)"),
            prior("priorSalesRule505", PaperPartC::priorSalesRule505, "Question 3, Rule 505"),
            prior("priorSalesRegulationA", PaperPartC::priorSalesRegulationA, "Question 3, Regulation A"),
            prior("priorSalesRule504", PaperPartC::priorSalesRule504, "Question 3, Rule 504"),
            prior("priorSalesTotal", PaperPartC::priorSalesTotal, "Question 3, Total"),
            marked("transferAgentFees", PaperPartC::transferAgentFees, "Question 4.a, Transfer Agent's Fees"),
            marked("printingAndEngravingCosts", PaperPartC::printingAndEngravingCosts,
                "Question 4.a, Printing and Engraving Costs"),
            marked("legalFees", PaperPartC::legalFees, "Question 4.a, Legal Fees"),
            marked("accountingFees", PaperPartC::accountingFees, "Question 4.a, Accounting Fees"),
            marked("engineeringFees", PaperPartC::engineeringFees, "Question 4.a, Engineering Fees"),
            marked("salesCommissions", PaperPartC::salesCommissions,
                "Question 4.a, Sales Commissions (specify finders' fees separately)"),
            marked("otherExpenses", PaperPartC::otherExpenses, "Question 4.a, Other Expenses (identify)"),
            p(Kind.TEXT, "otherExpensesDescription", PaperPartC::otherExpensesDescription,
                "Question 4.a, Other Expenses (identify)"),
            marked("expensesTotal", PaperPartC::expensesTotal, "Question 4.a, Total"),
            p(Kind.STATED_AMOUNT, "adjustedGrossProceeds", PaperPartC::adjustedGrossProceeds,
                "Question 4.b, adjusted gross proceeds to the issuer"),
            proceeds("salariesAndFees", PaperPartC::salariesAndFees, "Question 5, Salaries and fees"),
            proceeds("purchaseOfRealEstate", PaperPartC::purchaseOfRealEstate, "Question 5, Purchase of real estate"),
            proceeds("machineryAndEquipment", PaperPartC::machineryAndEquipment,
                "Question 5, Purchase, rental or leasing and installation of machinery and equipment"),
            proceeds("plantBuildingsAndFacilities", PaperPartC::plantBuildingsAndFacilities,
                "Question 5, Construction or leasing of plant buildings and facilities"),
            proceeds("acquisitionOfOtherBusinesses", PaperPartC::acquisitionOfOtherBusinesses,
                "Question 5, Acquisition of other businesses"),
            proceeds("repaymentOfIndebtedness", PaperPartC::repaymentOfIndebtedness,
                "Question 5, Repayment of indebtedness"),
            proceeds("workingCapital", PaperPartC::workingCapital, "Question 5, Working capital"),
            proceeds("otherPurposes", PaperPartC::otherPurposes, "Question 5, Other (specify)"),
            p(Kind.TEXT, "otherPurposesDescription", PaperPartC::otherPurposesDescription,
                "Question 5, Other (specify)"),
            proceeds("columnTotals", PaperPartC::columnTotals, "Question 5, Column Totals"),
            marked("totalPaymentsListed", PaperPartC::totalPaymentsListed,
                "Question 5, Total Payments Listed (column totals added)")),
        signature("federalSignature", PaperFormD::federalSignature, "Part D, Federal Signature").section("Part D"),
        p(Kind.GROUP, "partE", PaperFormD::partE, "Part E, State Signature").section("Part E").children(
            p(Kind.BOOLEAN, "disqualified", PaperPartE::disqualified,
                "Question 1: Is any party described in 17 CFR 230.262 presently subject to any of the "
                    + "disqualification provisions of such rule?"),
            signature("signature", PaperPartE::signature, "Signature")),
        p(Kind.GROUP, "appendix", PaperFormD::appendix, "Appendix").list().section("Appendix").children(
            p(Kind.CODE, "state", PaperAppendixRow::state, "Column 1, State"),
            p(Kind.BOOLEAN, "nonAccreditedSales", PaperAppendixRow::nonAccreditedSales,
                "Column 2, Intend to sell to non-accredited investors in State"),
            p(Kind.TEXT, "typeOfSecurity", PaperAppendixRow::typeOfSecurity,
                "Column 3, Type of security offered in State"),
            p(Kind.STATED_AMOUNT, "aggregateOfferingPrice", PaperAppendixRow::aggregateOfferingPrice,
                "Column 3, Aggregate offering price offered in State"),
            p(Kind.STATED_COUNT, "accreditedInvestors", PaperAppendixRow::accreditedInvestors,
                "Column 4, Number of Accredited Investors"),
            p(Kind.STATED_AMOUNT, "accreditedAmount", PaperAppendixRow::accreditedAmount,
                "Column 4, Amount purchased by accredited investors"),
            p(Kind.STATED_COUNT, "nonAccreditedInvestors", PaperAppendixRow::nonAccreditedInvestors,
                "Column 4, Number of Non-Accredited Investors"),
            p(Kind.STATED_AMOUNT, "nonAccreditedAmount", PaperAppendixRow::nonAccreditedAmount,
                "Column 4, Amount purchased by non-accredited investors"),
            p(Kind.BOOLEAN, "disqualified", PaperAppendixRow::disqualified,
                "Column 5, Disqualification under State ULOE")));
  }

  private static Field.Builder names(String property, Function<Issuer, ?> accessor, String label) {
    return p(Kind.GROUP, property, accessor, label).children(
        p(Kind.NONE, "none", PreviousNames::none, label + ": None"),
        p(Kind.TEXT, "names", PreviousNames::names, label).list());
  }

  private static <P> Field.Builder address(String property, Function<P, ?> accessor, String label) {
    return p(Kind.GROUP, property, accessor, label).children(
        p(Kind.TEXT, "street1", Address::street1, label + ": Number and Street"),
        p(Kind.TEXT, "street2", Address::street2, label + ": Number and Street (second line)"),
        p(Kind.TEXT, "city", Address::city, label + ": City"),
        p(Kind.CODE, "stateOrCountry", Address::stateOrCountry, label + ": State"),
        p(Kind.TEXT, "stateOrCountryDescription", Address::stateOrCountryDescription, label + ": State name"),
        p(Kind.TEXT, "zipCode", Address::zipCode, label + ": Zip Code"));
  }

  private static Field.Builder security(String property, Function<PaperPartC, PaperSecurityLine> accessor,
      String label) {
    return p(Kind.GROUP, property, accessor, label).children(
        p(Kind.STATED_AMOUNT, "aggregateOfferingPrice", PaperSecurityLine::aggregateOfferingPrice,
            label + ": Aggregate Offering Price"),
        p(Kind.STATED_AMOUNT, "amountAlreadySold", PaperSecurityLine::amountAlreadySold,
            label + ": Amount Already Sold"));
  }

  private static Field.Builder investors(String property, Function<PaperPartC, PaperInvestorLine> accessor,
      String label) {
    return p(Kind.GROUP, property, accessor, label).children(
        p(Kind.STATED_COUNT, "number", PaperInvestorLine::number, label + ": Number Investors"),
        p(Kind.STATED_AMOUNT, "dollarAmount", PaperInvestorLine::dollarAmount,
            label + ": Aggregate Dollar Amount of Purchases"));
  }

  private static Field.Builder prior(String property, Function<PaperPartC, PaperPriorSale> accessor, String label) {
    return p(Kind.GROUP, property, accessor, label).children(
        p(Kind.TEXT, "typeOfSecurity", PaperPriorSale::typeOfSecurity, label + ": Type of Security"),
        p(Kind.STATED_AMOUNT, "dollarAmount", PaperPriorSale::dollarAmount, label + ": Dollar Amount Sold"));
  }

  private static <P> Field.Builder marked(String property, Function<P, MarkedAmount> accessor, String label) {
    return p(Kind.GROUP, property, accessor, label).children(
        p(Kind.MARK, "estimate", MarkedAmount::estimate, label + ": estimate box"),
        p(Kind.STATED_AMOUNT, "amount", MarkedAmount::amount, label));
  }

  private static Field.Builder proceeds(String property, Function<PaperPartC, PaperProceedsLine> accessor,
      String label) {
    return p(Kind.GROUP, property, accessor, label).children(
        marked("toOfficersDirectorsAffiliates", PaperProceedsLine::toOfficersDirectorsAffiliates,
            label + ": Payments to Officers, Directors, & Affiliates"),
        marked("toOthers", PaperProceedsLine::toOthers, label + ": Payments to Others"));
  }

  private static <P> Field.Builder signature(String property, Function<P, ?> accessor, String label) {
    return p(Kind.GROUP, property, accessor, label).children(
        p(Kind.TEXT, "issuerName", Signature::issuerName, "Issuer (Print or Type)"),
        p(Kind.TEXT, "signature", Signature::signature, "Signature"),
        p(Kind.TEXT, "signerName", Signature::signerName, "Name of Signer (Print or Type)"),
        p(Kind.TEXT, "title", Signature::title, "Title of Signer (Print or Type)"),
        p(Kind.DATE, "date", Signature::date, "Date"));
  }
}
