package io.formd.json;

import io.formd.core.model.Address;
import io.formd.core.model.ContactData;
import io.formd.core.model.ElectronicFormD;
import io.formd.core.model.EntityType;
import io.formd.core.model.EstimatedAmount;
import io.formd.core.model.FederalExemption;
import io.formd.core.model.IndustryGroup;
import io.formd.core.model.InvestmentFundInfo;
import io.formd.core.model.InvestmentFundType;
import io.formd.core.model.Investors;
import io.formd.core.model.Issuer;
import io.formd.core.model.NetAssetValueRange;
import io.formd.core.model.OfferingAmount;
import io.formd.core.model.OfferingData;
import io.formd.core.model.OfferingSalesAmounts;
import io.formd.core.model.PersonName;
import io.formd.core.model.PreviousNames;
import io.formd.core.model.Recorded;
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
import io.formd.core.model.UnknownCodeException;
import io.formd.core.model.UsdAmount;
import io.formd.core.model.UseOfProceeds;
import io.formd.core.model.YearOfIncorporation;
import java.time.LocalDate;
import java.time.Year;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Maps an EDGAR Form D primary document ({@code edgarSubmission}, schema versions X0301 to X0808) to an
 * {@link ElectronicFormD}.
 *
 * <p>Strict: an element the schema does not allow where it stands, a missing required element, a repeated
 * single element, an unknown code or a malformed value is a {@link FormDReadException} naming the element and
 * its line. Lenient only where EDGAR's own documents need it: sibling order is free (X0301 ordered some
 * differently), and an empty element ({@code <x></x>}) says nothing, as if absent.
 */
final class EdgarXmlReader {

  private static final Pattern DIGITS = Pattern.compile("[0-9]{1,30}");
  private static final Pattern COUNT = Pattern.compile("[0-9]{1,18}");
  private static final Pattern YEAR = Pattern.compile("[0-9]{4}");

  private EdgarXmlReader() {}

  static ElectronicFormD read(XmlNode root) throws FormDReadException {
    if (!root.name.equals("edgarSubmission")) {
      throw FormDReadException.atXml("not a Form D: the root element is <" + root.name
          + ">, expected <edgarSubmission>", root.line(), root.column(), null);
    }
    try {
      return submission(new El(root, "schemaVersion", "submissionType", "testOrLive", "returnCopy", "contactData",
          "notificationAddressList", "primaryIssuer", "issuerList", "relatedPersonsList", "offeringData"));
    } catch (ReadFailure bad) {
      throw bad.error;
    }
  }

  private static ElectronicFormD submission(El e) {
    ElectronicFormD.Builder b = ElectronicFormD.builder();
    b.schemaVersion(e.optText("schemaVersion"));
    b.submissionType(e.code("submissionType", SubmissionType::fromEdgar));
    e.opt("testOrLive").ifPresent(n -> b.testOrLive(code(n, TestOrLive::fromEdgar)));
    e.opt("returnCopy").ifPresent(n -> b.returnCopy(bool(n)));
    e.opt("contactData").ifPresent(n -> {
      El c = new El(n, "contactName", "contactPhoneNumber", "contactEmailAddress");
      b.contactData(ContactData.builder().name(c.text("contactName")).phone(c.text("contactPhoneNumber"))
          .email(c.text("contactEmailAddress")).build());
    });
    e.opt("notificationAddressList").ifPresent(n -> {
      El list = new El(n, "notificationEmailAddress");
      for (XmlNode email : list.all("notificationEmailAddress")) {
        b.addNotificationEmailAddresses(email.text);
      }
    });
    b.primaryIssuer(issuer(e.req("primaryIssuer")));
    e.opt("issuerList").ifPresent(n -> {
      El list = new El(n, "issuer", "over100IssuerFlag");
      for (XmlNode issuer : list.all("issuer")) {
        b.addAdditionalIssuers(issuer(issuer));
      }
      b.moreThan100Issuers(list.flag("over100IssuerFlag"));
    });
    El persons = new El(e.req("relatedPersonsList"), "relatedPersonInfo", "over100PersonsFlag");
    for (XmlNode person : persons.all("relatedPersonInfo")) {
      b.addRelatedPersons(person(person));
    }
    b.moreThan100RelatedPersons(persons.flag("over100PersonsFlag"));
    El offering = new El(e.req("offeringData"), "industryGroup", "issuerSize", "federalExemptionsExclusions",
        "typeOfFiling", "durationOfOffering", "typesOfSecuritiesOffered", "businessCombinationTransaction",
        "minimumInvestmentAccepted", "salesCompensationList", "offeringSalesAmounts", "investors",
        "salesCommissionsFindersFees", "useOfProceeds", "signatureBlock");
    b.offering(offering(offering));
    El signatures = new El(offering.req("signatureBlock"), "authorizedRepresentative", "signature");
    signatures.opt("authorizedRepresentative").ifPresent(n -> b.authorizedRepresentative(bool(n)));
    List<XmlNode> signatureNodes = signatures.all("signature");
    if (signatureNodes.isEmpty()) {
      throw missing(signatures.node, "signature");
    }
    for (XmlNode signature : signatureNodes) {
      El s = new El(signature, "issuerName", "signatureName", "nameOfSigner", "signatureTitle", "signatureDate");
      b.addSignatures(Signature.builder().issuerName(s.text("issuerName")).signature(s.text("signatureName"))
          .signerName(s.text("nameOfSigner")).title(s.text("signatureTitle")).date(s.date("signatureDate")).build());
    }
    return b.build();
  }

  private static Issuer issuer(XmlNode node) {
    El e = new El(node, "cik", "ccc", "entityName", "issuerAddress", "issuerPhoneNumber", "jurisdictionOfInc",
        "issuerPreviousNameList", "edgarPreviousNameList", "entityType", "entityTypeOtherDesc", "yearOfInc");
    Issuer.Builder b = Issuer.builder()
        .cik(e.text("cik"))
        .ccc(e.optText("ccc"))
        .name(e.text("entityName"))
        .address(address(e.req("issuerAddress")))
        .phone(e.text("issuerPhoneNumber"))
        .jurisdictionOfIncorporation(e.optText("jurisdictionOfInc"))
        .entityType(e.code("entityType", EntityType::fromEdgar))
        .entityTypeOtherDescription(e.optText("entityTypeOtherDesc"));
    e.opt("issuerPreviousNameList").ifPresent(n -> b.previousNames(names(n)));
    e.opt("edgarPreviousNameList").ifPresent(n -> b.edgarPreviousNames(names(n)));
    El year = new El(e.req("yearOfInc"), "withinFiveYears", "yetToBeFormed", "overFiveYears", "value");
    List<YearOfIncorporation.Kind> kinds = new ArrayList<>();
    if (year.flag("withinFiveYears")) {
      kinds.add(YearOfIncorporation.Kind.WITHIN_FIVE_YEARS);
    }
    if (year.flag("yetToBeFormed")) {
      kinds.add(YearOfIncorporation.Kind.YET_TO_BE_FORMED);
    }
    if (year.flag("overFiveYears")) {
      kinds.add(YearOfIncorporation.Kind.OVER_FIVE_YEARS);
    }
    if (kinds.size() != 1) {
      throw bad(year.node, "<yearOfInc> must give exactly one of <withinFiveYears>, <yetToBeFormed>, "
          + "<overFiveYears>, found " + kinds.size());
    }
    YearOfIncorporation.Builder y = YearOfIncorporation.builder().kind(kinds.get(0));
    year.opt("value").ifPresent(v -> {
      if (!YEAR.matcher(v.text).matches()) {
        throw bad(v, "expected a four-digit year in <value>, found '" + XmlTreeParser.shorten(v.text) + "'");
      }
      y.year(Year.of(Integer.parseInt(v.text)));
    });
    return b.yearOfIncorporation(y.build()).build();
  }

  private static PreviousNames names(XmlNode node) {
    El e = new El(node, "value", "previousName");
    Optional<XmlNode> value = e.opt("value");
    List<XmlNode> names = e.all("previousName");
    if (value.isPresent()) {
      if (!value.get().text.equals("None") || !names.isEmpty()) {
        throw bad(value.get(), "<" + node.name + "> holds either <value>None</value> or <previousName> elements; found <value>"
            + XmlTreeParser.shorten(value.get().text) + "</value>" + (names.isEmpty() ? "" : " with names"));
      }
      return PreviousNames.ofNone();
    }
    PreviousNames.Builder b = PreviousNames.builder();
    names.forEach(n -> b.addNames(n.text));
    return b.build();
  }

  private static Address address(XmlNode node) {
    El e = new El(node, "street1", "street2", "city", "stateOrCountry", "stateOrCountryDescription", "zipCode");
    return Address.builder()
        .street1(e.text("street1"))
        .street2(e.optText("street2"))
        .city(e.text("city"))
        .stateOrCountry(e.code("stateOrCountry", StateOrCountry::fromEdgar))
        .stateOrCountryDescription(e.optText("stateOrCountryDescription"))
        .zipCode(e.text("zipCode"))
        .build();
  }

  private static RelatedPerson person(XmlNode node) {
    El e = new El(node, "relatedPersonName", "relatedPersonAddress", "relatedPersonRelationshipList",
        "relationshipClarification");
    El name = new El(e.req("relatedPersonName"), "firstName", "middleName", "lastName");
    El relationships = new El(e.req("relatedPersonRelationshipList"), "relationship");
    List<Relationship> list = new ArrayList<>();
    for (XmlNode relationship : relationships.all("relationship")) {
      list.add(code(relationship, Relationship::fromEdgar));
    }
    return RelatedPerson.builder()
        .name(PersonName.builder().firstName(name.text("firstName")).middleName(name.optText("middleName"))
            .lastName(name.text("lastName")).build())
        .address(address(e.req("relatedPersonAddress")))
        .relationships(Recorded.of(List.copyOf(list)))
        .relationshipClarification(e.optText("relationshipClarification"))
        .build();
  }

  private static OfferingData offering(El e) {
    OfferingData.Builder b = OfferingData.builder();
    El industry = new El(e.req("industryGroup"), "industryGroupType", "investmentFundInfo");
    b.industryGroup(industry.code("industryGroupType", IndustryGroup::fromEdgar));
    industry.opt("investmentFundInfo").ifPresent(n -> {
      El fund = new El(n, "investmentFundType", "is40Act");
      b.investmentFundInfo(InvestmentFundInfo.of(fund.code("investmentFundType", InvestmentFundType::fromEdgar),
          fund.bool("is40Act")));
    });
    El size = new El(e.req("issuerSize"), "revenueRange", "aggregateNetAssetValueRange");
    size.opt("revenueRange").ifPresent(n -> b.revenueRange(code(n, RevenueRange::fromEdgar)));
    size.opt("aggregateNetAssetValueRange").ifPresent(n -> b.netAssetValueRange(code(n, NetAssetValueRange::fromEdgar)));
    El exemptions = new El(e.req("federalExemptionsExclusions"), "item");
    for (XmlNode item : exemptions.all("item")) {
      b.addFederalExemptions(code(item, FederalExemption::fromEdgar));
    }
    El filing = new El(e.req("typeOfFiling"), "newOrAmendment", "dateOfFirstSale");
    El amendment = new El(filing.req("newOrAmendment"), "isAmendment", "previousAccessionNumber");
    El firstSale = new El(filing.req("dateOfFirstSale"), "value", "yetToOccur");
    b.typeOfFiling(TypeOfFiling.builder()
        .amendment(amendment.bool("isAmendment"))
        .previousAccessionNumber(amendment.optText("previousAccessionNumber"))
        .dateOfFirstSale(firstSale.opt("value").map(EdgarXmlReader::date))
        .firstSaleYetToOccur(firstSale.flag("yetToOccur"))
        .build());
    b.moreThanOneYear(new El(e.req("durationOfOffering"), "moreThanOneYear").bool("moreThanOneYear"));
    String[] flags = Arrays.stream(SecurityType.values()).map(SecurityType::edgarCode).toArray(String[]::new);
    String[] allowed = Arrays.copyOf(flags, flags.length + 1);
    allowed[flags.length] = "descriptionOfOtherType";
    El securities = new El(e.req("typesOfSecuritiesOffered"), allowed);
    for (SecurityType type : SecurityType.values()) {
      if (securities.flag(type.edgarCode())) {
        b.addSecurityTypes(type);
      }
    }
    b.otherSecurityTypeDescription(securities.optText("descriptionOfOtherType"));
    El combination = new El(e.req("businessCombinationTransaction"), "isBusinessCombinationTransaction",
        "clarificationOfResponse");
    b.businessCombination(combination.bool("isBusinessCombinationTransaction"))
        .businessCombinationClarification(combination.optText("clarificationOfResponse"));
    b.minimumInvestment(amount(e.req("minimumInvestmentAccepted")));
    e.opt("salesCompensationList").ifPresent(n -> {
      El list = new El(n, "recipient", "over100RecipientFlag");
      for (XmlNode recipient : list.all("recipient")) {
        b.addSalesCompensationRecipients(recipient(recipient));
      }
      b.moreThan100Recipients(list.flag("over100RecipientFlag"));
    });
    El amounts = new El(e.req("offeringSalesAmounts"), "totalOfferingAmount", "totalAmountSold", "totalRemaining",
        "clarificationOfResponse");
    b.amounts(OfferingSalesAmounts.builder()
        .totalOfferingAmount(offeringAmount(amounts.req("totalOfferingAmount")))
        .totalAmountSold(amount(amounts.req("totalAmountSold")))
        .totalRemaining(offeringAmount(amounts.req("totalRemaining")))
        .clarification(amounts.optText("clarificationOfResponse"))
        .build());
    El investors = new El(e.req("investors"), "hasNonAccreditedInvestors", "numberNonAccreditedInvestors",
        "totalNumberAlreadyInvested");
    b.investors(Investors.builder()
        .hasNonAccreditedInvestors(investors.bool("hasNonAccreditedInvestors"))
        .numberNonAccreditedInvestors(investors.opt("numberNonAccreditedInvestors").map(EdgarXmlReader::count))
        .totalNumberAlreadyInvested(count(investors.req("totalNumberAlreadyInvested")))
        .build());
    El fees = new El(e.req("salesCommissionsFindersFees"), "salesCommissions", "findersFees", "clarificationOfResponse");
    b.commissionsAndFees(SalesCommissionsFindersFees.builder()
        .salesCommissions(estimated(fees.req("salesCommissions")))
        .findersFees(estimated(fees.req("findersFees")))
        .clarification(fees.optText("clarificationOfResponse"))
        .build());
    El proceeds = new El(e.req("useOfProceeds"), "grossProceedsUsed", "clarificationOfResponse");
    b.useOfProceeds(UseOfProceeds.builder()
        .grossProceedsUsed(estimated(proceeds.req("grossProceedsUsed")))
        .clarification(proceeds.optText("clarificationOfResponse"))
        .build());
    return b.build();
  }

  private static SalesCompensationRecipient recipient(XmlNode node) {
    El e = new El(node, "recipientName", "recipientCRDNumber", "associatedBDName", "associatedBDCRDNumber",
        "recipientAddress", "statesOfSolicitationList", "foreignSolicitation");
    SalesCompensationRecipient.Builder b = SalesCompensationRecipient.builder()
        .name(e.text("recipientName"))
        .crdNumber(noneToEmpty(e.text("recipientCRDNumber")))
        .associatedBrokerDealerName(noneToEmpty(e.text("associatedBDName")))
        .associatedBrokerDealerCrdNumber(noneToEmpty(e.text("associatedBDCRDNumber")))
        .address(address(e.req("recipientAddress")));
    StatesOfSolicitation.Builder states = StatesOfSolicitation.builder();
    e.opt("statesOfSolicitationList").ifPresent(list -> {
      new El(list, "state", "description", "value");
      SolicitationState current = null;
      for (XmlNode child : list.children) {
        switch (child.name) {
          case "value":
            if (!child.text.equals("All States")) {
              throw bad(child, "expected <value>All States</value> in <statesOfSolicitationList>, found '"
                  + XmlTreeParser.shorten(child.text) + "'");
            }
            states.allStates(true);
            break;
          case "state":
            if (current != null) {
              states.addStates(StatesOfSolicitation.Entry.of(current, Optional.empty()));
            }
            current = code(child, SolicitationState::fromEdgar);
            break;
          default: // description
            if (current == null) {
              if (child.isEmpty()) {
                break;
              }
              throw bad(child, "<description> '" + XmlTreeParser.shorten(child.text) + "' does not follow a <state>");
            }
            states.addStates(StatesOfSolicitation.Entry.of(current, child.isEmpty() ? Optional.empty() : Optional.of(child.text)));
            current = null;
            break;
        }
      }
      if (current != null) {
        states.addStates(StatesOfSolicitation.Entry.of(current, Optional.empty()));
      }
    });
    b.statesOfSolicitation(states.build());
    e.opt("foreignSolicitation").ifPresent(n -> b.foreignSolicitation(bool(n)));
    return b.build();
  }

  private static Optional<String> noneToEmpty(String value) {
    return value.equals("None") ? Optional.empty() : Optional.of(value);
  }

  private static EstimatedAmount estimated(XmlNode node) {
    El e = new El(node, "dollarAmount", "isEstimate");
    return EstimatedAmount.of(amount(e.req("dollarAmount")), e.flag("isEstimate"));
  }

  private static UsdAmount amount(XmlNode node) {
    if (!DIGITS.matcher(node.text).matches()) {
      throw bad(node, "expected a whole number of dollars (digits only) in <" + node.name + ">, found '"
          + XmlTreeParser.shorten(node.text) + "'");
    }
    return UsdAmount.parse(node.text);
  }

  private static OfferingAmount offeringAmount(XmlNode node) {
    if (node.text.equals(OfferingAmount.INDEFINITE_LITERAL)) {
      return OfferingAmount.INDEFINITE;
    }
    if (!DIGITS.matcher(node.text).matches()) {
      throw bad(node, "expected a whole number of dollars or 'Indefinite' in <" + node.name + ">, found '"
          + XmlTreeParser.shorten(node.text) + "'");
    }
    return OfferingAmount.of(UsdAmount.parse(node.text));
  }

  private static long count(XmlNode node) {
    if (!COUNT.matcher(node.text).matches()) {
      throw bad(node, "expected a number (digits only) in <" + node.name + ">, found '" + XmlTreeParser.shorten(node.text) + "'");
    }
    return Long.parseLong(node.text);
  }

  private static LocalDate date(XmlNode node) {
    try {
      if (node.text.length() == 10) {
        return LocalDate.parse(node.text);
      }
    } catch (DateTimeParseException e) {
      // reported below
    }
    throw bad(node, "expected a date YYYY-MM-DD in <" + node.name + ">, found '" + XmlTreeParser.shorten(node.text) + "'");
  }

  private static boolean bool(XmlNode node) {
    switch (node.text) {
      case "true":
        return true;
      case "false":
        return false;
      default:
        throw bad(node, "expected true or false in <" + node.name + ">, found '" + XmlTreeParser.shorten(node.text) + "'");
    }
  }

  private static <T> T code(XmlNode node, Function<String, T> lookup) {
    try {
      return lookup.apply(node.text);
    } catch (UnknownCodeException e) {
      throw bad(node, "unknown code in <" + node.name + ">: " + e.getMessage());
    }
  }

  private static ReadFailure bad(XmlNode node, String problem) {
    return new ReadFailure(FormDReadException.atXml(problem, node.line(), node.column(), null));
  }

  private static ReadFailure missing(XmlNode parent, String child) {
    return bad(parent, "<" + parent.name + "> lacks the required element <" + child + ">");
  }

  /** An element whose children are checked against the names the schema allows there. */
  private static final class El {
    final XmlNode node;

    El(XmlNode node, String... allowed) {
      this.node = node;
      for (XmlNode child : node.children) {
        boolean known = false;
        for (String name : allowed) {
          if (name.equals(child.name)) {
            known = true;
            break;
          }
        }
        if (!known) {
          throw bad(child, "unexpected element <" + child.name + "> in <" + node.name + ">; expected "
              + String.join(", ", allowed));
        }
      }
    }

    List<XmlNode> all(String name) {
      List<XmlNode> found = new ArrayList<>(2);
      for (XmlNode child : node.children) {
        if (child.name.equals(name) && !child.isEmpty()) {
          found.add(child);
        }
      }
      return found;
    }

    Optional<XmlNode> opt(String name) {
      XmlNode found = null;
      for (XmlNode child : node.children) {
        if (child.name.equals(name)) {
          if (found != null) {
            throw bad(child, "<" + name + "> appears twice in <" + node.name + ">; expected at most once");
          }
          found = child;
        }
      }
      return found == null || found.isEmpty() ? Optional.empty() : Optional.of(found);
    }

    XmlNode req(String name) {
      return opt(name).orElseThrow(() -> missing(node, name));
    }

    String text(String name) {
      for (XmlNode child : node.children) {
        if (child.name.equals(name)) {
          return opt(name).map(n -> n.text).orElse("");
        }
      }
      throw missing(node, name);
    }

    Optional<String> optText(String name) {
      return opt(name).map(n -> n.text);
    }

    boolean bool(String name) {
      return EdgarXmlReader.bool(req(name));
    }

    boolean flag(String name) {
      Optional<XmlNode> flag = opt(name);
      if (flag.isPresent() && !flag.get().text.equals("true")) {
        throw bad(flag.get(), "<" + name + "> is either absent or 'true', found '" + XmlTreeParser.shorten(flag.get().text) + "'");
      }
      return flag.isPresent();
    }

    LocalDate date(String name) {
      return EdgarXmlReader.date(req(name));
    }

    <T> T code(String name, Function<String, T> lookup) {
      return EdgarXmlReader.code(req(name), lookup);
    }
  }
}
