package io.formd.json;

import com.fasterxml.jackson.core.JsonGenerator;
import io.formd.core.model.Address;
import io.formd.core.model.EdgarCode;
import io.formd.core.model.ElectronicFormD;
import io.formd.core.model.EntityType;
import io.formd.core.model.EstimatedAmount;
import io.formd.core.model.FederalExemption;
import io.formd.core.model.FormD;
import io.formd.core.model.Issuer;
import io.formd.core.model.MarkedAmount;
import io.formd.core.model.OfferingData;
import io.formd.core.model.PaperAppendixRow;
import io.formd.core.model.PaperFormD;
import io.formd.core.model.PaperInvestorLine;
import io.formd.core.model.PaperPartC;
import io.formd.core.model.PaperPriorSale;
import io.formd.core.model.PaperProceedsLine;
import io.formd.core.model.PaperSecurityLine;
import io.formd.core.model.PersonName;
import io.formd.core.model.PreviousNames;
import io.formd.core.model.Recorded;
import io.formd.core.model.RelatedPerson;
import io.formd.core.model.Relationship;
import io.formd.core.model.SalesCompensationRecipient;
import io.formd.core.model.SecurityType;
import io.formd.core.model.Signature;
import io.formd.core.model.StatedAmount;
import io.formd.core.model.StatedCount;
import io.formd.core.model.StatesOfSolicitation;
import io.formd.core.model.YearOfIncorporation;
import java.io.IOException;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * Writes the canonical JSON form of a filing (format version {@value #FORMAT_VERSION}), documented in the
 * README and described by the JSON Schema {@code io/formd/json/formd.schema.json}.
 *
 * <p>Conventions: member names are the model's accessor names; an absent optional part is left out; a list is
 * always written; amounts of money are JSON strings of plain digits ({@code "9699000"}, {@code "0.5"}), never
 * numbers, so no reader turns them into doubles; counts are integers; dates are {@code YYYY-MM-DD}; a code is
 * its EDGAR string, or the Java constant name for the paper-only values that have none; a box or answer the
 * source does not record is {@code "NOT_RECORDED"}.
 */
final class CanonicalJsonWriter {

  static final int FORMAT_VERSION = 1;
  static final String NOT_RECORDED = "NOT_RECORDED";

  private final JsonGenerator g;

  CanonicalJsonWriter(JsonGenerator g) {
    this.g = g;
  }

  void write(FormD filing) throws IOException {
    g.writeStartObject();
    g.writeNumberField("formatVersion", FORMAT_VERSION);
    g.writeStringField("edition", filing.edition().name());
    if (filing instanceof ElectronicFormD) {
      electronic((ElectronicFormD) filing);
    } else {
      paper((PaperFormD) filing);
    }
    g.writeEndObject();
  }

  private void electronic(ElectronicFormD f) throws IOException {
    opt("schemaVersion", f.schemaVersion());
    code("submissionType", f.submissionType());
    if (f.testOrLive().isPresent()) {
      code("testOrLive", f.testOrLive().get());
    }
    if (f.returnCopy().isPresent()) {
      g.writeBooleanField("returnCopy", f.returnCopy().get());
    }
    if (f.contactData().isPresent()) {
      g.writeObjectFieldStart("contactData");
      g.writeStringField("name", f.contactData().get().name());
      g.writeStringField("phone", f.contactData().get().phone());
      g.writeStringField("email", f.contactData().get().email());
      g.writeEndObject();
    }
    strings("notificationEmailAddresses", f.notificationEmailAddresses());
    g.writeFieldName("primaryIssuer");
    issuer(f.primaryIssuer());
    g.writeArrayFieldStart("additionalIssuers");
    for (Issuer issuer : f.additionalIssuers()) {
      issuer(issuer);
    }
    g.writeEndArray();
    g.writeBooleanField("moreThan100Issuers", f.moreThan100Issuers());
    persons(f.relatedPersons());
    g.writeBooleanField("moreThan100RelatedPersons", f.moreThan100RelatedPersons());
    g.writeFieldName("offering");
    offering(f.offering());
    if (f.authorizedRepresentative().isPresent()) {
      g.writeBooleanField("authorizedRepresentative", f.authorizedRepresentative().get());
    }
    g.writeArrayFieldStart("signatures");
    for (Signature s : f.signatures()) {
      signature(s);
    }
    g.writeEndArray();
  }

  private void offering(OfferingData o) throws IOException {
    g.writeStartObject();
    code("industryGroup", o.industryGroup());
    if (o.investmentFundInfo().isPresent()) {
      g.writeObjectFieldStart("investmentFundInfo");
      code("fundType", o.investmentFundInfo().get().fundType());
      g.writeBooleanField("registeredUnder40Act", o.investmentFundInfo().get().registeredUnder40Act());
      g.writeEndObject();
    }
    if (o.revenueRange().isPresent()) {
      code("revenueRange", o.revenueRange().get());
    }
    if (o.netAssetValueRange().isPresent()) {
      code("netAssetValueRange", o.netAssetValueRange().get());
    }
    codes("federalExemptions", o.federalExemptions());
    g.writeObjectFieldStart("typeOfFiling");
    g.writeBooleanField("amendment", o.typeOfFiling().amendment());
    opt("previousAccessionNumber", o.typeOfFiling().previousAccessionNumber());
    if (o.typeOfFiling().dateOfFirstSale().isPresent()) {
      g.writeStringField("dateOfFirstSale", o.typeOfFiling().dateOfFirstSale().get().toString());
    }
    g.writeBooleanField("firstSaleYetToOccur", o.typeOfFiling().firstSaleYetToOccur());
    g.writeEndObject();
    g.writeBooleanField("moreThanOneYear", o.moreThanOneYear());
    g.writeArrayFieldStart("securityTypes");
    for (SecurityType type : o.securityTypes()) {
      g.writeString(type.edgarCode());
    }
    g.writeEndArray();
    opt("otherSecurityTypeDescription", o.otherSecurityTypeDescription());
    g.writeBooleanField("businessCombination", o.businessCombination());
    opt("businessCombinationClarification", o.businessCombinationClarification());
    g.writeStringField("minimumInvestment", o.minimumInvestment().toPlainString());
    recipients(o.salesCompensationRecipients());
    g.writeBooleanField("moreThan100Recipients", o.moreThan100Recipients());
    g.writeObjectFieldStart("amounts");
    g.writeStringField("totalOfferingAmount", o.amounts().totalOfferingAmount().toEdgarString());
    g.writeStringField("totalAmountSold", o.amounts().totalAmountSold().toPlainString());
    g.writeStringField("totalRemaining", o.amounts().totalRemaining().toEdgarString());
    opt("clarification", o.amounts().clarification());
    g.writeEndObject();
    g.writeObjectFieldStart("investors");
    g.writeBooleanField("hasNonAccreditedInvestors", o.investors().hasNonAccreditedInvestors());
    if (o.investors().numberNonAccreditedInvestors().isPresent()) {
      g.writeNumberField("numberNonAccreditedInvestors", o.investors().numberNonAccreditedInvestors().get());
    }
    g.writeNumberField("totalNumberAlreadyInvested", o.investors().totalNumberAlreadyInvested());
    g.writeEndObject();
    g.writeObjectFieldStart("commissionsAndFees");
    estimated("salesCommissions", o.commissionsAndFees().salesCommissions());
    estimated("findersFees", o.commissionsAndFees().findersFees());
    opt("clarification", o.commissionsAndFees().clarification());
    g.writeEndObject();
    g.writeObjectFieldStart("useOfProceeds");
    estimated("grossProceedsUsed", o.useOfProceeds().grossProceedsUsed());
    opt("clarification", o.useOfProceeds().clarification());
    g.writeEndObject();
    g.writeEndObject();
  }

  private void estimated(String name, EstimatedAmount amount) throws IOException {
    g.writeObjectFieldStart(name);
    g.writeStringField("amount", amount.amount().toPlainString());
    g.writeBooleanField("estimate", amount.estimate());
    g.writeEndObject();
  }

  private void paper(PaperFormD f) throws IOException {
    if (f.editionExpires().isPresent()) {
      g.writeStringField("editionExpires", f.editionExpires().get().toString());
    }
    opt("nameOfOffering", f.nameOfOffering());
    g.writeStringField("offeringNameChanged", f.offeringNameChanged().name());
    g.writeFieldName("filingUnder");
    if (f.filingUnder().isRecorded()) {
      g.writeStartArray();
      for (FederalExemption e : new java.util.TreeSet<>(f.filingUnder().value())) {
        g.writeString(e.edgarCode());
      }
      g.writeEndArray();
    } else {
      g.writeString(NOT_RECORDED);
    }
    g.writeStringField("uloe", f.uloe().name());
    recordedBoolean("amendment", f.amendment());
    g.writeFieldName("issuer");
    issuer(f.issuer());
    g.writeStringField("issuerNameChanged", f.issuerNameChanged().name());
    if (f.principalBusinessAddress().isPresent()) {
      g.writeFieldName("principalBusinessAddress");
      address(f.principalBusinessAddress().get());
    }
    opt("principalBusinessPhone", f.principalBusinessPhone());
    opt("businessDescription", f.businessDescription());
    if (f.organizationDate().isPresent()) {
      g.writeStringField("organizationDate", f.organizationDate().get().toString());
    }
    recordedBoolean("organizationDateEstimated", f.organizationDateEstimated());
    persons(f.relatedPersons());
    g.writeObjectFieldStart("partB");
    recordedBoolean("nonAccreditedSales", f.partB().nonAccreditedSales());
    stated("minimumInvestment", f.partB().minimumInvestment());
    recordedBoolean("jointOwnership", f.partB().jointOwnership());
    recipients(f.partB().salesCompensationRecipients());
    g.writeEndObject();
    g.writeFieldName("partC");
    partC(f.partC());
    if (f.federalSignature().isPresent()) {
      g.writeFieldName("federalSignature");
      signature(f.federalSignature().get());
    }
    if (f.partE().isPresent()) {
      g.writeObjectFieldStart("partE");
      recordedBoolean("disqualified", f.partE().get().disqualified());
      if (f.partE().get().signature().isPresent()) {
        g.writeFieldName("signature");
        signature(f.partE().get().signature().get());
      }
      g.writeEndObject();
    }
    g.writeArrayFieldStart("appendix");
    for (PaperAppendixRow row : f.appendix()) {
      g.writeStartObject();
      code("state", row.state());
      recordedBoolean("nonAccreditedSales", row.nonAccreditedSales());
      opt("typeOfSecurity", row.typeOfSecurity());
      stated("aggregateOfferingPrice", row.aggregateOfferingPrice());
      count("accreditedInvestors", row.accreditedInvestors());
      stated("accreditedAmount", row.accreditedAmount());
      count("nonAccreditedInvestors", row.nonAccreditedInvestors());
      stated("nonAccreditedAmount", row.nonAccreditedAmount());
      recordedBoolean("disqualified", row.disqualified());
      g.writeEndObject();
    }
    g.writeEndArray();
  }

  private void partC(PaperPartC c) throws IOException {
    g.writeStartObject();
    g.writeStringField("exchangeOffering", c.exchangeOffering().name());
    security("debt", c.debt());
    security("equity", c.equity());
    g.writeStringField("equityCommon", c.equityCommon().name());
    g.writeStringField("equityPreferred", c.equityPreferred().name());
    security("convertibleSecurities", c.convertibleSecurities());
    security("partnershipInterests", c.partnershipInterests());
    security("otherSecurities", c.otherSecurities());
    opt("otherSecuritiesDescription", c.otherSecuritiesDescription());
    security("securitiesTotal", c.securitiesTotal());
    investors("accreditedInvestors", c.accreditedInvestors());
    investors("nonAccreditedInvestors", c.nonAccreditedInvestors());
    investors("investorsTotal504", c.investorsTotal504());
    prior("priorSalesRule505", c.priorSalesRule505());
    prior("priorSalesRegulationA", c.priorSalesRegulationA());
    prior("priorSalesRule504", c.priorSalesRule504());
    prior("priorSalesTotal", c.priorSalesTotal());
    marked("transferAgentFees", c.transferAgentFees());
    marked("printingAndEngravingCosts", c.printingAndEngravingCosts());
    marked("legalFees", c.legalFees());
    marked("accountingFees", c.accountingFees());
    marked("engineeringFees", c.engineeringFees());
    marked("salesCommissions", c.salesCommissions());
    marked("otherExpenses", c.otherExpenses());
    opt("otherExpensesDescription", c.otherExpensesDescription());
    marked("expensesTotal", c.expensesTotal());
    stated("adjustedGrossProceeds", c.adjustedGrossProceeds());
    proceeds("salariesAndFees", c.salariesAndFees());
    proceeds("purchaseOfRealEstate", c.purchaseOfRealEstate());
    proceeds("machineryAndEquipment", c.machineryAndEquipment());
    proceeds("plantBuildingsAndFacilities", c.plantBuildingsAndFacilities());
    proceeds("acquisitionOfOtherBusinesses", c.acquisitionOfOtherBusinesses());
    proceeds("repaymentOfIndebtedness", c.repaymentOfIndebtedness());
    proceeds("workingCapital", c.workingCapital());
    proceeds("otherPurposes", c.otherPurposes());
    opt("otherPurposesDescription", c.otherPurposesDescription());
    proceeds("columnTotals", c.columnTotals());
    marked("totalPaymentsListed", c.totalPaymentsListed());
    g.writeEndObject();
  }

  private void security(String name, PaperSecurityLine line) throws IOException {
    g.writeObjectFieldStart(name);
    stated("aggregateOfferingPrice", line.aggregateOfferingPrice());
    stated("amountAlreadySold", line.amountAlreadySold());
    g.writeEndObject();
  }

  private void investors(String name, PaperInvestorLine line) throws IOException {
    g.writeObjectFieldStart(name);
    count("number", line.number());
    stated("dollarAmount", line.dollarAmount());
    g.writeEndObject();
  }

  private void prior(String name, PaperPriorSale line) throws IOException {
    g.writeObjectFieldStart(name);
    opt("typeOfSecurity", line.typeOfSecurity());
    stated("dollarAmount", line.dollarAmount());
    g.writeEndObject();
  }

  private void proceeds(String name, PaperProceedsLine line) throws IOException {
    g.writeObjectFieldStart(name);
    marked("toOfficersDirectorsAffiliates", line.toOfficersDirectorsAffiliates());
    marked("toOthers", line.toOthers());
    g.writeEndObject();
  }

  private void marked(String name, MarkedAmount amount) throws IOException {
    g.writeObjectFieldStart(name);
    g.writeStringField("estimate", amount.estimate().name());
    stated("amount", amount.amount());
    g.writeEndObject();
  }

  private void stated(String name, StatedAmount amount) throws IOException {
    g.writeObjectFieldStart(name);
    if (amount.amount().isPresent()) {
      g.writeStringField("amount", amount.amount().get().toPlainString());
    }
    opt("asWritten", amount.asWritten());
    g.writeEndObject();
  }

  private void count(String name, StatedCount count) throws IOException {
    g.writeObjectFieldStart(name);
    if (count.count().isPresent()) {
      g.writeNumberField("count", count.count().get());
    }
    opt("asWritten", count.asWritten());
    g.writeEndObject();
  }

  private void recordedBoolean(String name, Recorded<Boolean> value) throws IOException {
    if (value.isRecorded()) {
      g.writeBooleanField(name, value.value());
    } else {
      g.writeStringField(name, NOT_RECORDED);
    }
  }

  private void issuer(Issuer i) throws IOException {
    g.writeStartObject();
    opt("cik", i.cik());
    opt("ccc", i.ccc());
    g.writeStringField("name", i.name());
    g.writeFieldName("address");
    address(i.address());
    g.writeStringField("phone", i.phone());
    opt("jurisdictionOfIncorporation", i.jurisdictionOfIncorporation());
    if (i.previousNames().isPresent()) {
      names("previousNames", i.previousNames().get());
    }
    if (i.edgarPreviousNames().isPresent()) {
      names("edgarPreviousNames", i.edgarPreviousNames().get());
    }
    if (i.entityType().isPresent()) {
      g.writeStringField("entityType", entityType(i.entityType().get()));
    }
    opt("entityTypeOtherDescription", i.entityTypeOtherDescription());
    if (i.yearOfIncorporation().isPresent()) {
      YearOfIncorporation y = i.yearOfIncorporation().get();
      g.writeObjectFieldStart("yearOfIncorporation");
      g.writeStringField("kind", y.kind().name());
      if (y.year().isPresent()) {
        g.writeNumberField("year", y.year().get().getValue());
      }
      g.writeEndObject();
    }
    g.writeEndObject();
  }

  private void names(String name, PreviousNames names) throws IOException {
    g.writeObjectFieldStart(name);
    g.writeBooleanField("none", names.none());
    strings("names", names.names());
    g.writeEndObject();
  }

  private void address(Address a) throws IOException {
    g.writeStartObject();
    g.writeStringField("street1", a.street1());
    opt("street2", a.street2());
    g.writeStringField("city", a.city());
    code("stateOrCountry", a.stateOrCountry());
    opt("stateOrCountryDescription", a.stateOrCountryDescription());
    g.writeStringField("zipCode", a.zipCode());
    g.writeEndObject();
  }

  private void persons(List<RelatedPerson> persons) throws IOException {
    g.writeArrayFieldStart("relatedPersons");
    for (RelatedPerson p : persons) {
      g.writeStartObject();
      PersonName n = p.name();
      g.writeObjectFieldStart("name");
      opt("firstName", n.firstName());
      opt("middleName", n.middleName());
      opt("lastName", n.lastName());
      opt("asWritten", n.asWritten());
      g.writeEndObject();
      g.writeFieldName("address");
      address(p.address());
      g.writeFieldName("relationships");
      if (p.relationships().isRecorded()) {
        g.writeStartArray();
        for (Relationship r : p.relationships().value()) {
          g.writeString(r.edgarCodeIfAny().orElse(r.name()));
        }
        g.writeEndArray();
      } else {
        g.writeString(NOT_RECORDED);
      }
      opt("relationshipClarification", p.relationshipClarification());
      g.writeEndObject();
    }
    g.writeEndArray();
  }

  private void recipients(List<SalesCompensationRecipient> recipients) throws IOException {
    g.writeArrayFieldStart("salesCompensationRecipients");
    for (SalesCompensationRecipient r : recipients) {
      g.writeStartObject();
      g.writeStringField("name", r.name());
      opt("crdNumber", r.crdNumber());
      opt("associatedBrokerDealerName", r.associatedBrokerDealerName());
      opt("associatedBrokerDealerCrdNumber", r.associatedBrokerDealerCrdNumber());
      g.writeFieldName("address");
      address(r.address());
      g.writeObjectFieldStart("statesOfSolicitation");
      g.writeBooleanField("allStates", r.statesOfSolicitation().allStates());
      g.writeArrayFieldStart("states");
      for (StatesOfSolicitation.Entry entry : r.statesOfSolicitation().states()) {
        g.writeStartObject();
        code("state", entry.state());
        opt("description", entry.description());
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeEndObject();
      if (r.foreignSolicitation().isPresent()) {
        g.writeBooleanField("foreignSolicitation", r.foreignSolicitation().get());
      }
      g.writeEndObject();
    }
    g.writeEndArray();
  }

  private void signature(Signature s) throws IOException {
    g.writeStartObject();
    g.writeStringField("issuerName", s.issuerName());
    opt("signature", s.signature());
    g.writeStringField("signerName", s.signerName());
    g.writeStringField("title", s.title());
    g.writeStringField("date", s.date().toString());
    g.writeEndObject();
  }

  static String entityType(EntityType type) {
    return type.edgarCodeIfAny().orElse(type.name());
  }

  private void code(String name, EdgarCode code) throws IOException {
    g.writeStringField(name, code.edgarCode());
  }

  private void codes(String name, Collection<? extends EdgarCode> codes) throws IOException {
    g.writeArrayFieldStart(name);
    for (EdgarCode code : codes) {
      g.writeString(code.edgarCode());
    }
    g.writeEndArray();
  }

  private void strings(String name, List<String> values) throws IOException {
    g.writeArrayFieldStart(name);
    for (String value : values) {
      g.writeString(value);
    }
    g.writeEndArray();
  }

  private void opt(String name, Optional<String> value) throws IOException {
    if (value.isPresent()) {
      g.writeStringField(name, value.get());
    }
  }
}
