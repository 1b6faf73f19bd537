package io.formd.json;

import io.formd.core.model.Address;
import io.formd.core.model.ElectronicFormD;
import io.formd.core.model.EstimatedAmount;
import io.formd.core.model.FederalExemption;
import io.formd.core.model.Issuer;
import io.formd.core.model.OfferingData;
import io.formd.core.model.PreviousNames;
import io.formd.core.model.RelatedPerson;
import io.formd.core.model.Relationship;
import io.formd.core.model.SalesCompensationRecipient;
import io.formd.core.model.SecurityType;
import io.formd.core.model.Signature;
import io.formd.core.model.StatesOfSolicitation;
import io.formd.core.model.YearOfIncorporation;
import java.util.Optional;

/**
 * Writes an {@link ElectronicFormD} as an EDGAR Form D primary document, in the element order of
 * {@code Form_D.definition.xsd} (X0808), indented by four spaces as EDGAR does. Absent optional parts are
 * left out; nothing is written as an empty element.
 */
final class EdgarXmlWriter {

  private final StringBuilder out = new StringBuilder(8192);
  private int depth;

  private EdgarXmlWriter() {}

  static String write(ElectronicFormD filing) {
    EdgarXmlWriter w = new EdgarXmlWriter();
    w.out.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    w.submission(filing);
    return w.out.toString();
  }

  private void submission(ElectronicFormD f) {
    open("edgarSubmission");
    opt("schemaVersion", f.schemaVersion());
    text("submissionType", f.submissionType().edgarCode());
    f.testOrLive().ifPresent(t -> text("testOrLive", t.edgarCode()));
    f.returnCopy().ifPresent(r -> text("returnCopy", r.toString()));
    f.contactData().ifPresent(c -> {
      open("contactData");
      text("contactName", c.name());
      text("contactPhoneNumber", c.phone());
      text("contactEmailAddress", c.email());
      close("contactData");
    });
    if (!f.notificationEmailAddresses().isEmpty()) {
      open("notificationAddressList");
      f.notificationEmailAddresses().forEach(e -> text("notificationEmailAddress", e));
      close("notificationAddressList");
    }
    issuer("primaryIssuer", f.primaryIssuer());
    if (!f.additionalIssuers().isEmpty() || f.moreThan100Issuers()) {
      open("issuerList");
      f.additionalIssuers().forEach(i -> issuer("issuer", i));
      flag("over100IssuerFlag", f.moreThan100Issuers());
      close("issuerList");
    }
    open("relatedPersonsList");
    f.relatedPersons().forEach(this::person);
    flag("over100PersonsFlag", f.moreThan100RelatedPersons());
    close("relatedPersonsList");
    offering(f.offering(), f);
    close("edgarSubmission");
  }

  private void issuer(String element, Issuer i) {
    open(element);
    opt("cik", i.cik());
    opt("ccc", i.ccc());
    text("entityName", i.name());
    address("issuerAddress", i.address());
    text("issuerPhoneNumber", i.phone());
    opt("jurisdictionOfInc", i.jurisdictionOfIncorporation());
    i.previousNames().ifPresent(n -> names("issuerPreviousNameList", n));
    i.edgarPreviousNames().ifPresent(n -> names("edgarPreviousNameList", n));
    i.entityType().ifPresent(t -> text("entityType", t.edgarCodeIfAny().orElse(t.label())));
    opt("entityTypeOtherDesc", i.entityTypeOtherDescription());
    i.yearOfIncorporation().ifPresent(this::yearOfIncorporation);
    close(element);
  }

  private void yearOfIncorporation(YearOfIncorporation y) {
    open("yearOfInc");
    switch (y.kind()) {
      case WITHIN_FIVE_YEARS:
        text("withinFiveYears", "true");
        break;
      case YET_TO_BE_FORMED:
        text("yetToBeFormed", "true");
        break;
      default:
        text("overFiveYears", "true");
        break;
    }
    y.year().ifPresent(year -> text("value", year.toString()));
    close("yearOfInc");
  }

  private void names(String element, PreviousNames names) {
    open(element);
    if (names.none()) {
      text("value", "None");
    }
    names.names().forEach(n -> text("previousName", n));
    close(element);
  }

  private void address(String element, Address a) {
    open(element);
    text("street1", a.street1());
    opt("street2", a.street2());
    text("city", a.city());
    text("stateOrCountry", a.stateOrCountry().edgarCode());
    opt("stateOrCountryDescription", a.stateOrCountryDescription());
    text("zipCode", a.zipCode());
    close(element);
  }

  private void person(RelatedPerson p) {
    open("relatedPersonInfo");
    open("relatedPersonName");
    opt("firstName", p.name().firstName());
    opt("middleName", p.name().middleName());
    text("lastName", p.name().lastName().or(p.name()::asWritten).orElse(""));
    close("relatedPersonName");
    address("relatedPersonAddress", p.address());
    open("relatedPersonRelationshipList");
    for (Relationship r : p.relationships().asOptional().orElse(java.util.List.of())) {
      text("relationship", r.edgarCodeIfAny().orElse(r.label()));
    }
    close("relatedPersonRelationshipList");
    opt("relationshipClarification", p.relationshipClarification());
    close("relatedPersonInfo");
  }

  private void offering(OfferingData o, ElectronicFormD f) {
    open("offeringData");
    open("industryGroup");
    text("industryGroupType", o.industryGroup().edgarCode());
    o.investmentFundInfo().ifPresent(i -> {
      open("investmentFundInfo");
      text("investmentFundType", i.fundType().edgarCode());
      text("is40Act", Boolean.toString(i.registeredUnder40Act()));
      close("investmentFundInfo");
    });
    close("industryGroup");
    open("issuerSize");
    o.revenueRange().ifPresent(r -> text("revenueRange", r.edgarCode()));
    o.netAssetValueRange().ifPresent(r -> text("aggregateNetAssetValueRange", r.edgarCode()));
    close("issuerSize");
    open("federalExemptionsExclusions");
    for (FederalExemption e : o.federalExemptions()) {
      text("item", e.edgarCode());
    }
    close("federalExemptionsExclusions");
    open("typeOfFiling");
    open("newOrAmendment");
    text("isAmendment", Boolean.toString(o.typeOfFiling().amendment()));
    opt("previousAccessionNumber", o.typeOfFiling().previousAccessionNumber());
    close("newOrAmendment");
    open("dateOfFirstSale");
    o.typeOfFiling().dateOfFirstSale().ifPresent(d -> text("value", d.toString()));
    flag("yetToOccur", o.typeOfFiling().firstSaleYetToOccur());
    close("dateOfFirstSale");
    close("typeOfFiling");
    open("durationOfOffering");
    text("moreThanOneYear", Boolean.toString(o.moreThanOneYear()));
    close("durationOfOffering");
    open("typesOfSecuritiesOffered");
    for (SecurityType type : o.securityTypes()) {
      text(type.edgarCode(), "true");
    }
    opt("descriptionOfOtherType", o.otherSecurityTypeDescription());
    close("typesOfSecuritiesOffered");
    open("businessCombinationTransaction");
    text("isBusinessCombinationTransaction", Boolean.toString(o.businessCombination()));
    opt("clarificationOfResponse", o.businessCombinationClarification());
    close("businessCombinationTransaction");
    text("minimumInvestmentAccepted", o.minimumInvestment().toPlainString());
    open("salesCompensationList");
    o.salesCompensationRecipients().forEach(this::recipient);
    flag("over100RecipientFlag", o.moreThan100Recipients());
    close("salesCompensationList");
    open("offeringSalesAmounts");
    text("totalOfferingAmount", o.amounts().totalOfferingAmount().toEdgarString());
    text("totalAmountSold", o.amounts().totalAmountSold().toPlainString());
    text("totalRemaining", o.amounts().totalRemaining().toEdgarString());
    opt("clarificationOfResponse", o.amounts().clarification());
    close("offeringSalesAmounts");
    open("investors");
    text("hasNonAccreditedInvestors", Boolean.toString(o.investors().hasNonAccreditedInvestors()));
    o.investors().numberNonAccreditedInvestors().ifPresent(n -> text("numberNonAccreditedInvestors", n.toString()));
    text("totalNumberAlreadyInvested", Long.toString(o.investors().totalNumberAlreadyInvested()));
    close("investors");
    open("salesCommissionsFindersFees");
    estimated("salesCommissions", o.commissionsAndFees().salesCommissions());
    estimated("findersFees", o.commissionsAndFees().findersFees());
    opt("clarificationOfResponse", o.commissionsAndFees().clarification());
    close("salesCommissionsFindersFees");
    open("useOfProceeds");
    estimated("grossProceedsUsed", o.useOfProceeds().grossProceedsUsed());
    opt("clarificationOfResponse", o.useOfProceeds().clarification());
    close("useOfProceeds");
    open("signatureBlock");
    f.authorizedRepresentative().ifPresent(a -> text("authorizedRepresentative", a.toString()));
    for (Signature s : f.signatures()) {
      open("signature");
      text("issuerName", s.issuerName());
      text("signatureName", s.signature().orElse(""));
      text("nameOfSigner", s.signerName());
      text("signatureTitle", s.title());
      text("signatureDate", s.date().toString());
      close("signature");
    }
    close("signatureBlock");
    close("offeringData");
  }

  private void recipient(SalesCompensationRecipient r) {
    open("recipient");
    text("recipientName", r.name());
    text("recipientCRDNumber", r.crdNumber().orElse("None"));
    text("associatedBDName", r.associatedBrokerDealerName().orElse("None"));
    text("associatedBDCRDNumber", r.associatedBrokerDealerCrdNumber().orElse("None"));
    address("recipientAddress", r.address());
    open("statesOfSolicitationList");
    StatesOfSolicitation states = r.statesOfSolicitation();
    for (StatesOfSolicitation.Entry entry : states.states()) {
      text("state", entry.state().edgarCode());
      opt("description", entry.description());
    }
    if (states.allStates()) {
      text("value", "All States");
    }
    close("statesOfSolicitationList");
    r.foreignSolicitation().ifPresent(b -> text("foreignSolicitation", b.toString()));
    close("recipient");
  }

  private void estimated(String element, EstimatedAmount amount) {
    open(element);
    text("dollarAmount", amount.amount().toPlainString());
    flag("isEstimate", amount.estimate());
    close(element);
  }

  private void flag(String element, boolean set) {
    if (set) {
      text(element, "true");
    }
  }

  private void opt(String element, Optional<String> value) {
    value.ifPresent(v -> text(element, v));
  }

  private void indent() {
    for (int i = 0; i < depth; i++) {
      out.append("    ");
    }
  }

  private void open(String element) {
    indent();
    out.append('<').append(element).append(">\n");
    depth++;
  }

  private void close(String element) {
    depth--;
    indent();
    out.append("</").append(element).append(">\n");
  }

  private void text(String element, String value) {
    indent();
    out.append('<').append(element).append('>');
    escape(element, value);
    out.append("</").append(element).append(">\n");
  }

  /**
   * Escapes markup characters; refuses characters XML 1.0 cannot carry at all (C0 controls other than tab,
   * line feed and carriage return, unpaired surrogates, U+FFFE and U+FFFF): not even a character reference
   * may name them, so writing one would make a document no XML parser, EDGAR's included, accepts.
   */
  private void escape(String element, String value) {
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      switch (c) {
        case '&':
          out.append("&amp;");
          break;
        case '<':
          out.append("&lt;");
          break;
        case '>':
          out.append("&gt;");
          break;
        case '"':
          out.append("&quot;");
          break;
        case '\r':
          // A parser turns a raw CR (alone or before LF) into LF; only a reference keeps it.
          out.append("&#13;");
          break;
        default:
          if (Character.isHighSurrogate(c) && i + 1 < value.length() && Character.isLowSurrogate(value.charAt(i + 1))) {
            out.append(c).append(value.charAt(++i));
          } else if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' || Character.isSurrogate(c) || c >= 0xFFFE) {
            throw new IllegalArgumentException(String.format(java.util.Locale.ROOT,
                "<%s> holds the character U+%04X at index %d, which XML 1.0 cannot carry: EDGAR XML cannot represent "
                    + "this filing (rule D-XSD-XML-CHARACTERS finds such characters before writing)",
                element, (int) c, i));
          } else {
            out.append(c);
          }
      }
    }
  }
}
