package io.formd.json;

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
import io.formd.core.model.PaperPartE;
import io.formd.core.model.PaperPriorSale;
import io.formd.core.model.PaperProceedsLine;
import io.formd.core.model.PaperSecurityLine;
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
import io.formd.core.model.StatedAmount;
import io.formd.core.model.StatedCount;
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
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Maps a canonical JSON value (see {@link CanonicalJsonWriter}, {@link JsonValue}) to a filing. Strict: an unknown member, a
 * missing required member, a value of the wrong JSON type, an unknown code or a malformed amount or date is a
 * {@link FormDReadException} with the JSON Pointer of the offending value.
 */
final class CanonicalJsonReader {


  private CanonicalJsonReader() {}

  static FormD read(JsonValue root) throws FormDReadException {
    try {
      if (!root.isObject()) {
        throw bad("", "expected a JSON object (a Form D), found " + kind(root));
      }
      if (root.member("edition") == null || root.member("formatVersion") == null) {
        throw bad("", "not a Form D: expected the members \"formatVersion\" and \"edition\"");
      }
      J top = new J(root, "");
      long version = top.integer("formatVersion");
      if (version != CanonicalJsonWriter.FORMAT_VERSION) {
        throw bad("/formatVersion", "format version " + version + " is not supported; this formd reads version "
            + CanonicalJsonWriter.FORMAT_VERSION);
      }
      String name = top.str("edition");
      switch (name) {
        case "ELECTRONIC":
          return electronic(top);
        case "PAPER":
          return paper(top);
        default:
          throw bad("/edition", "edition '" + name + "' is neither ELECTRONIC nor PAPER");
      }
    } catch (ReadFailure bad) {
      throw bad.error;
    }
  }

  private static ElectronicFormD electronic(J j) {
    j.only("formatVersion", "edition", "schemaVersion", "submissionType", "testOrLive", "returnCopy", "contactData",
        "notificationEmailAddresses", "primaryIssuer", "additionalIssuers", "moreThan100Issuers", "relatedPersons",
        "moreThan100RelatedPersons", "offering", "authorizedRepresentative", "signatures");
    ElectronicFormD.Builder b = ElectronicFormD.builder()
        .schemaVersion(j.optStr("schemaVersion"))
        .submissionType(j.code("submissionType", SubmissionType::fromEdgar))
        .testOrLive(j.optCode("testOrLive", TestOrLive::fromEdgar))
        .returnCopy(j.optBool("returnCopy"))
        .notificationEmailAddresses(j.strings("notificationEmailAddresses"))
        .primaryIssuer(issuer(j.obj("primaryIssuer")))
        .moreThan100Issuers(j.optBool("moreThan100Issuers").orElse(false))
        .moreThan100RelatedPersons(j.optBool("moreThan100RelatedPersons").orElse(false))
        .offering(offering(j.obj("offering")))
        .authorizedRepresentative(j.optBool("authorizedRepresentative"));
    j.opt("contactData").ifPresent(c -> {
      c.only("name", "phone", "email");
      b.contactData(ContactData.builder().name(c.str("name")).phone(c.str("phone")).email(c.str("email")).build());
    });
    for (J issuer : j.array("additionalIssuers")) {
      b.addAdditionalIssuers(issuer(issuer));
    }
    for (J person : j.array("relatedPersons")) {
      b.addRelatedPersons(person(person));
    }
    for (J signature : j.array("signatures")) {
      b.addSignatures(signature(signature));
    }
    return b.build();
  }

  private static OfferingData offering(J j) {
    j.only("industryGroup", "investmentFundInfo", "revenueRange", "netAssetValueRange", "federalExemptions",
        "typeOfFiling", "moreThanOneYear", "securityTypes", "otherSecurityTypeDescription", "businessCombination",
        "businessCombinationClarification", "minimumInvestment", "salesCompensationRecipients",
        "moreThan100Recipients", "amounts", "investors", "commissionsAndFees", "useOfProceeds");
    OfferingData.Builder b = OfferingData.builder()
        .industryGroup(j.code("industryGroup", IndustryGroup::fromEdgar))
        .revenueRange(j.optCode("revenueRange", RevenueRange::fromEdgar))
        .netAssetValueRange(j.optCode("netAssetValueRange", NetAssetValueRange::fromEdgar))
        .moreThanOneYear(j.bool("moreThanOneYear"))
        .otherSecurityTypeDescription(j.optStr("otherSecurityTypeDescription"))
        .businessCombination(j.bool("businessCombination"))
        .businessCombinationClarification(j.optStr("businessCombinationClarification"))
        .minimumInvestment(j.amount("minimumInvestment"))
        .moreThan100Recipients(j.optBool("moreThan100Recipients").orElse(false));
    j.opt("investmentFundInfo").ifPresent(f -> {
      f.only("fundType", "registeredUnder40Act");
      b.investmentFundInfo(InvestmentFundInfo.of(f.code("fundType", InvestmentFundType::fromEdgar),
          f.bool("registeredUnder40Act")));
    });
    for (J item : j.array("federalExemptions")) {
      b.addFederalExemptions(item.code(FederalExemption::fromEdgar));
    }
    J t = j.obj("typeOfFiling");
    t.only("amendment", "previousAccessionNumber", "dateOfFirstSale", "firstSaleYetToOccur");
    b.typeOfFiling(TypeOfFiling.builder().amendment(t.bool("amendment"))
        .previousAccessionNumber(t.optStr("previousAccessionNumber"))
        .dateOfFirstSale(t.optDate("dateOfFirstSale"))
        .firstSaleYetToOccur(t.optBool("firstSaleYetToOccur").orElse(false)).build());
    for (J type : j.array("securityTypes")) {
      b.addSecurityTypes(type.code(SecurityType::fromEdgar));
    }
    for (J recipient : j.array("salesCompensationRecipients")) {
      b.addSalesCompensationRecipients(recipient(recipient));
    }
    J a = j.obj("amounts");
    a.only("totalOfferingAmount", "totalAmountSold", "totalRemaining", "clarification");
    b.amounts(OfferingSalesAmounts.builder().totalOfferingAmount(a.offeringAmount("totalOfferingAmount"))
        .totalAmountSold(a.amount("totalAmountSold")).totalRemaining(a.offeringAmount("totalRemaining"))
        .clarification(a.optStr("clarification")).build());
    J i = j.obj("investors");
    i.only("hasNonAccreditedInvestors", "numberNonAccreditedInvestors", "totalNumberAlreadyInvested");
    b.investors(Investors.builder().hasNonAccreditedInvestors(i.bool("hasNonAccreditedInvestors"))
        .numberNonAccreditedInvestors(i.optInteger("numberNonAccreditedInvestors"))
        .totalNumberAlreadyInvested(i.integer("totalNumberAlreadyInvested")).build());
    J c = j.obj("commissionsAndFees");
    c.only("salesCommissions", "findersFees", "clarification");
    b.commissionsAndFees(SalesCommissionsFindersFees.builder().salesCommissions(estimated(c.obj("salesCommissions")))
        .findersFees(estimated(c.obj("findersFees"))).clarification(c.optStr("clarification")).build());
    J u = j.obj("useOfProceeds");
    u.only("grossProceedsUsed", "clarification");
    b.useOfProceeds(UseOfProceeds.builder().grossProceedsUsed(estimated(u.obj("grossProceedsUsed")))
        .clarification(u.optStr("clarification")).build());
    return b.build();
  }

  private static EstimatedAmount estimated(J j) {
    j.only("amount", "estimate");
    return EstimatedAmount.of(j.amount("amount"), j.bool("estimate"));
  }

  private static PaperFormD paper(J j) {
    j.only("formatVersion", "edition", "editionExpires", "nameOfOffering", "offeringNameChanged", "filingUnder",
        "uloe", "amendment", "issuer", "issuerNameChanged", "principalBusinessAddress", "principalBusinessPhone",
        "businessDescription", "organizationDate", "organizationDateEstimated", "relatedPersons", "partB", "partC",
        "federalSignature", "partE", "appendix");
    PaperFormD.Builder b = PaperFormD.builder()
        .editionExpires(j.optDate("editionExpires"))
        .nameOfOffering(j.optStr("nameOfOffering"))
        .offeringNameChanged(j.mark("offeringNameChanged"))
        .uloe(j.mark("uloe"))
        .amendment(j.recordedBoolean("amendment"))
        .issuer(issuer(j.obj("issuer")))
        .issuerNameChanged(j.mark("issuerNameChanged"))
        .principalBusinessAddress(j.opt("principalBusinessAddress").map(CanonicalJsonReader::address))
        .principalBusinessPhone(j.optStr("principalBusinessPhone"))
        .businessDescription(j.optStr("businessDescription"))
        .organizationDate(j.opt("organizationDate").map(J::yearMonth))
        .organizationDateEstimated(j.recordedBoolean("organizationDateEstimated"))
        .federalSignature(j.opt("federalSignature").map(CanonicalJsonReader::signature));
    J filingUnder = j.get("filingUnder");
    if (filingUnder.node.isString(CanonicalJsonWriter.NOT_RECORDED)) {
      b.filingUnder(Recorded.notRecorded());
    } else {
      Set<FederalExemption> boxes = EnumSet.noneOf(FederalExemption.class);
      for (J box : filingUnder.elements()) {
        boxes.add(box.code(FederalExemption::fromEdgar));
      }
      b.filingUnder(Recorded.of(Set.copyOf(boxes)));
    }
    for (J person : j.array("relatedPersons")) {
      b.addRelatedPersons(person(person));
    }
    J partB = j.obj("partB");
    partB.only("nonAccreditedSales", "minimumInvestment", "jointOwnership", "salesCompensationRecipients");
    PaperPartB.Builder pb = PaperPartB.builder().nonAccreditedSales(partB.recordedBoolean("nonAccreditedSales"))
        .minimumInvestment(partB.stated("minimumInvestment")).jointOwnership(partB.recordedBoolean("jointOwnership"));
    for (J recipient : partB.array("salesCompensationRecipients")) {
      pb.addSalesCompensationRecipients(recipient(recipient));
    }
    b.partB(pb.build());
    b.partC(partC(j.obj("partC")));
    j.opt("partE").ifPresent(e -> {
      e.only("disqualified", "signature");
      b.partE(PaperPartE.builder().disqualified(e.recordedBoolean("disqualified"))
          .signature(e.opt("signature").map(CanonicalJsonReader::signature)).build());
    });
    for (J row : j.array("appendix")) {
      row.only("state", "nonAccreditedSales", "typeOfSecurity", "aggregateOfferingPrice", "accreditedInvestors",
          "accreditedAmount", "nonAccreditedInvestors", "nonAccreditedAmount", "disqualified");
      b.addAppendix(PaperAppendixRow.builder().state(row.code("state", SolicitationState::fromEdgar))
          .nonAccreditedSales(row.recordedBoolean("nonAccreditedSales")).typeOfSecurity(row.optStr("typeOfSecurity"))
          .aggregateOfferingPrice(row.stated("aggregateOfferingPrice")).accreditedInvestors(row.count("accreditedInvestors"))
          .accreditedAmount(row.stated("accreditedAmount")).nonAccreditedInvestors(row.count("nonAccreditedInvestors"))
          .nonAccreditedAmount(row.stated("nonAccreditedAmount")).disqualified(row.recordedBoolean("disqualified")).build());
    }
    return b.build();
  }

  private static PaperPartC partC(J c) {
    c.only("exchangeOffering", "debt", "equity", "equityCommon", "equityPreferred", "convertibleSecurities",
        "partnershipInterests", "otherSecurities", "otherSecuritiesDescription", "securitiesTotal",
        "accreditedInvestors", "nonAccreditedInvestors", "investorsTotal504", "priorSalesRule505",
        "priorSalesRegulationA", "priorSalesRule504", "priorSalesTotal", "transferAgentFees",
        "printingAndEngravingCosts", "legalFees", "accountingFees", "engineeringFees", "salesCommissions",
        "otherExpenses", "otherExpensesDescription", "expensesTotal", "adjustedGrossProceeds", "salariesAndFees",
        "purchaseOfRealEstate", "machineryAndEquipment", "plantBuildingsAndFacilities",
        "acquisitionOfOtherBusinesses", "repaymentOfIndebtedness", "workingCapital", "otherPurposes",
        "otherPurposesDescription", "columnTotals", "totalPaymentsListed");
    return PaperPartC.builder()
        .exchangeOffering(c.mark("exchangeOffering"))
        .debt(security(c.obj("debt"))).equity(security(c.obj("equity")))
        .equityCommon(c.mark("equityCommon")).equityPreferred(c.mark("equityPreferred"))
        .convertibleSecurities(security(c.obj("convertibleSecurities")))
        .partnershipInterests(security(c.obj("partnershipInterests")))
        .otherSecurities(security(c.obj("otherSecurities")))
        .otherSecuritiesDescription(c.optStr("otherSecuritiesDescription"))
        .securitiesTotal(security(c.obj("securitiesTotal")))
        .accreditedInvestors(investors(c.obj("accreditedInvestors")))
        .nonAccreditedInvestors(investors(c.obj("nonAccreditedInvestors")))
        .investorsTotal504(investors(c.obj("investorsTotal504")))
        .priorSalesRule505(prior(c.obj("priorSalesRule505"))).priorSalesRegulationA(prior(c.obj("priorSalesRegulationA")))
        .priorSalesRule504(prior(c.obj("priorSalesRule504"))).priorSalesTotal(prior(c.obj("priorSalesTotal")))
        .transferAgentFees(marked(c.obj("transferAgentFees")))
        .printingAndEngravingCosts(marked(c.obj("printingAndEngravingCosts")))
        .legalFees(marked(c.obj("legalFees"))).accountingFees(marked(c.obj("accountingFees")))
        .engineeringFees(marked(c.obj("engineeringFees"))).salesCommissions(marked(c.obj("salesCommissions")))
        .otherExpenses(marked(c.obj("otherExpenses"))).otherExpensesDescription(c.optStr("otherExpensesDescription"))
        .expensesTotal(marked(c.obj("expensesTotal")))
        .adjustedGrossProceeds(c.stated("adjustedGrossProceeds"))
        .salariesAndFees(proceeds(c.obj("salariesAndFees"))).purchaseOfRealEstate(proceeds(c.obj("purchaseOfRealEstate")))
        .machineryAndEquipment(proceeds(c.obj("machineryAndEquipment")))
        .plantBuildingsAndFacilities(proceeds(c.obj("plantBuildingsAndFacilities")))
        .acquisitionOfOtherBusinesses(proceeds(c.obj("acquisitionOfOtherBusinesses")))
        .repaymentOfIndebtedness(proceeds(c.obj("repaymentOfIndebtedness")))
        .workingCapital(proceeds(c.obj("workingCapital"))).otherPurposes(proceeds(c.obj("otherPurposes")))
        .otherPurposesDescription(c.optStr("otherPurposesDescription"))
        .columnTotals(proceeds(c.obj("columnTotals")))
        .totalPaymentsListed(marked(c.obj("totalPaymentsListed")))
        .build();
  }

  private static PaperSecurityLine security(J j) {
    j.only("aggregateOfferingPrice", "amountAlreadySold");
    return PaperSecurityLine.of(j.stated("aggregateOfferingPrice"), j.stated("amountAlreadySold"));
  }

  private static PaperInvestorLine investors(J j) {
    j.only("number", "dollarAmount");
    return PaperInvestorLine.of(j.count("number"), j.stated("dollarAmount"));
  }

  private static PaperPriorSale prior(J j) {
    j.only("typeOfSecurity", "dollarAmount");
    return PaperPriorSale.of(j.optStr("typeOfSecurity"), j.stated("dollarAmount"));
  }

  private static PaperProceedsLine proceeds(J j) {
    j.only("toOfficersDirectorsAffiliates", "toOthers");
    return PaperProceedsLine.of(marked(j.obj("toOfficersDirectorsAffiliates")), marked(j.obj("toOthers")));
  }

  private static MarkedAmount marked(J j) {
    j.only("estimate", "amount");
    return MarkedAmount.of(j.mark("estimate"), j.stated("amount"));
  }

  private static Issuer issuer(J j) {
    j.only("cik", "ccc", "name", "address", "phone", "jurisdictionOfIncorporation", "previousNames",
        "edgarPreviousNames", "entityType", "entityTypeOtherDescription", "yearOfIncorporation");
    return Issuer.builder()
        .cik(j.optStr("cik")).ccc(j.optStr("ccc")).name(j.str("name")).address(address(j.obj("address")))
        .phone(j.str("phone")).jurisdictionOfIncorporation(j.optStr("jurisdictionOfIncorporation"))
        .previousNames(j.opt("previousNames").map(CanonicalJsonReader::names))
        .edgarPreviousNames(j.opt("edgarPreviousNames").map(CanonicalJsonReader::names))
        .entityType(j.optCode("entityType", CanonicalJsonReader::entityType))
        .entityTypeOtherDescription(j.optStr("entityTypeOtherDescription"))
        .yearOfIncorporation(j.opt("yearOfIncorporation").map(y -> {
          y.only("kind", "year");
          return YearOfIncorporation.builder().kind(y.enumValue("kind", YearOfIncorporation.Kind.class))
              .year(y.opt("year").map(v -> Year.of((int) v.integer()))).build();
        }))
        .build();
  }

  private static EntityType entityType(String code) {
    if (code.equals(EntityType.LIMITED_PARTNERSHIP_TO_BE_FORMED.name())) {
      return EntityType.LIMITED_PARTNERSHIP_TO_BE_FORMED;
    }
    return EntityType.fromEdgar(code);
  }

  private static Relationship relationship(String code) {
    for (Relationship r : Relationship.values()) {
      if (r.edgarCodeIfAny().isEmpty() && r.name().equals(code)) {
        return r;
      }
    }
    return Relationship.fromEdgar(code);
  }

  private static PreviousNames names(J j) {
    j.only("none", "names");
    try {
      return PreviousNames.builder().none(j.bool("none")).names(j.strings("names")).build();
    } catch (IllegalStateException e) {
      throw bad(j.pointer(), e.getMessage());
    }
  }

  private static Address address(J j) {
    j.only("street1", "street2", "city", "stateOrCountry", "stateOrCountryDescription", "zipCode");
    return Address.builder().street1(j.str("street1")).street2(j.optStr("street2")).city(j.str("city"))
        .stateOrCountry(j.code("stateOrCountry", StateOrCountry::fromEdgar))
        .stateOrCountryDescription(j.optStr("stateOrCountryDescription")).zipCode(j.str("zipCode")).build();
  }

  private static RelatedPerson person(J j) {
    j.only("name", "address", "relationships", "relationshipClarification");
    J n = j.obj("name");
    n.only("firstName", "middleName", "lastName", "asWritten");
    PersonName name;
    try {
      name = PersonName.builder().firstName(n.optStr("firstName")).middleName(n.optStr("middleName"))
          .lastName(n.optStr("lastName")).asWritten(n.optStr("asWritten")).build();
    } catch (IllegalStateException e) {
      throw bad(n.pointer(), e.getMessage());
    }
    J relationships = j.get("relationships");
    Recorded<List<Relationship>> roles;
    if (relationships.node.isString(CanonicalJsonWriter.NOT_RECORDED)) {
      roles = Recorded.notRecorded();
    } else {
      List<Relationship> list = new ArrayList<>();
      for (J r : relationships.elements()) {
        list.add(r.code(CanonicalJsonReader::relationship));
      }
      roles = Recorded.of(List.copyOf(list));
    }
    return RelatedPerson.builder().name(name).address(address(j.obj("address"))).relationships(roles)
        .relationshipClarification(j.optStr("relationshipClarification")).build();
  }

  private static SalesCompensationRecipient recipient(J j) {
    j.only("name", "crdNumber", "associatedBrokerDealerName", "associatedBrokerDealerCrdNumber", "address",
        "statesOfSolicitation", "foreignSolicitation");
    J s = j.obj("statesOfSolicitation");
    s.only("allStates", "states");
    StatesOfSolicitation.Builder states = StatesOfSolicitation.builder().allStates(s.bool("allStates"));
    for (J entry : s.array("states")) {
      entry.only("state", "description");
      states.addStates(StatesOfSolicitation.Entry.of(entry.code("state", SolicitationState::fromEdgar),
          entry.optStr("description")));
    }
    return SalesCompensationRecipient.builder().name(j.str("name")).crdNumber(j.optStr("crdNumber"))
        .associatedBrokerDealerName(j.optStr("associatedBrokerDealerName"))
        .associatedBrokerDealerCrdNumber(j.optStr("associatedBrokerDealerCrdNumber"))
        .address(address(j.obj("address"))).statesOfSolicitation(states.build())
        .foreignSolicitation(j.optBool("foreignSolicitation")).build();
  }

  private static Signature signature(J j) {
    j.only("issuerName", "signature", "signerName", "title", "date");
    return Signature.builder().issuerName(j.str("issuerName")).signature(j.optStr("signature"))
        .signerName(j.str("signerName")).title(j.str("title")).date(j.date("date")).build();
  }

  private static ReadFailure bad(String pointer, String problem) {
    return new ReadFailure(FormDReadException.atJson(problem, pointer, null));
  }

  private static String kind(JsonValue node) {
    return node == null ? "nothing" : node.kind.label();
  }

  private static String escape(String name) {
    return name.replace("~", "~0").replace("/", "~1");
  }

  /**
   * A JSON value and where it is; the JSON Pointer is only spelled out when an error needs it. Leaf accessors
   * ({@link #str}, {@link #bool}, {@link #code(String, Function)}, …) read a member without wrapping it.
   */
  private static final class J {
    final JsonValue node;
    private final J parent;
    /** The escaped member name, or null for an array element (then {@link #index}) or the root. */
    private final String step;
    private final int index;
    private String pointer;

    J(JsonValue node, String pointer) {
      this(node, null, null, -1);
      this.pointer = pointer;
    }

    private J(JsonValue node, J parent, String step, int index) {
      this.node = node;
      this.parent = parent;
      this.step = step;
      this.index = index;
    }

    String pointer() {
      if (pointer == null) {
        pointer = parent.pointer() + "/" + (step != null ? step : Integer.toString(index));
      }
      return pointer;
    }

    /** @return the pointer of the member {@code name} of this object, or of this value if name is null */
    private String at(String name) {
      return name == null ? pointer() : pointer() + "/" + escape(name);
    }

    /** Refuses members not in {@code names} (at most 64) and members given twice. */
    void only(String... names) {
      if (!node.isObject()) {
        throw bad(pointer(), "expected an object, found " + kind(node));
      }
      long seen = 0;
      int next = 0;
      for (int i = 0; i < node.size; i++) {
        String field = node.names[i];
        int known = -1;
        // Members usually come in the order of names: start after the last one found, and wrap around.
        for (int step = 0; step < names.length; step++) {
          int k = next + step < names.length ? next + step : next + step - names.length;
          if (names[k] == field || !node.internedNames && names[k].equals(field)) {
            known = k;
            next = k + 1;
            break;
          }
        }
        if (known < 0) {
          throw bad(pointer() + "/" + escape(field), "unknown member \"" + field + "\"; expected one of "
              + String.join(", ", names));
        }
        if ((seen & (1L << known)) != 0) {
          throw bad(pointer() + "/" + escape(field), "the member \"" + field + "\" appears twice");
        }
        seen |= 1L << known;
      }
    }

    /** @return the member's value, or null if it is absent or JSON null */
    private JsonValue present(String name) {
      JsonValue child = node.member(name);
      return child == null || child.kind == JsonValue.Kind.NULL ? null : child;
    }

    private JsonValue required(String name) {
      JsonValue child = present(name);
      if (child == null) {
        throw bad(at(name), "the required member \"" + name + "\" is missing");
      }
      return child;
    }

    J get(String name) {
      return new J(required(name), this, escape(name), -1);
    }

    Optional<J> opt(String name) {
      JsonValue child = present(name);
      return child == null ? Optional.empty() : Optional.of(new J(child, this, escape(name), -1));
    }

    J obj(String name) {
      J child = get(name);
      if (!child.node.isObject()) {
        throw bad(child.pointer(), "expected an object, found " + kind(child.node));
      }
      return child;
    }

    List<J> elements() {
      if (!node.isArray()) {
        throw bad(pointer(), "expected an array, found " + kind(node));
      }
      List<J> list = new ArrayList<>(node.size);
      for (int i = 0; i < node.size; i++) {
        list.add(new J(node.values[i], this, null, i));
      }
      return list;
    }

    List<J> array(String name) {
      JsonValue child = present(name);
      return child == null ? List.of() : new J(child, this, escape(name), -1).elements();
    }

    List<String> strings(String name) {
      List<String> list = new ArrayList<>();
      for (J element : array(name)) {
        list.add(element.text());
      }
      return list;
    }

    // ---- leaves: each takes the value and the member name it came from (null: this value itself) ----

    private String text(JsonValue value, String name) {
      if (!value.isString()) {
        throw bad(at(name), "expected a string, found " + kind(value));
      }
      return value.text;
    }

    private boolean bool(JsonValue value, String name) {
      if (value.kind != JsonValue.Kind.BOOLEAN) {
        throw bad(at(name), "expected true or false, found " + kind(value));
      }
      return value.bool;
    }

    private long integer(JsonValue value, String name) {
      long result = -1;
      if (value.integral) {
        try {
          result = Long.parseLong(value.text);
        } catch (NumberFormatException e) {
          // too large: reported below
        }
      }
      if (result < 0) {
        throw bad(at(name), "expected a non-negative whole number, found "
            + (value.kind == JsonValue.Kind.NUMBER ? value.text : kind(value)));
      }
      return result;
    }

    private UsdAmount usd(JsonValue value, String name) {
      String text = value.isString() || value.integral ? value.text : null;
      if (text == null || !Lexical.isAmount(text)) {
        throw bad(at(name), "expected an amount of US dollars as a string of digits (optionally with cents, e.g. \"1000.50\"), found "
            + (value.isString() ? "'" + EdgarXmlReader.shorten(text) + "'" : value.kind == JsonValue.Kind.NUMBER ? value.text : kind(value)));
      }
      return UsdAmount.parse(text);
    }

    private LocalDate date(JsonValue value, String name) {
      String text = text(value, name);
      LocalDate date = Lexical.date(text);
      if (date == null) {
        throw bad(at(name), "expected a date YYYY-MM-DD, found '" + EdgarXmlReader.shorten(text) + "'");
      }
      return date;
    }

    private <T> T code(JsonValue value, String name, Function<String, T> lookup) {
      String text = text(value, name);
      try {
        return lookup.apply(text);
      } catch (UnknownCodeException e) {
        throw bad(at(name), "unknown code: " + e.getMessage());
      }
    }

    /** Reads an optional member with one of the leaf readers below: empty when absent or null. */
    private <T> Optional<T> optional(String name, java.util.function.BiFunction<JsonValue, String, T> leaf) {
      JsonValue value = present(name);
      return value == null ? Optional.empty() : Optional.of(leaf.apply(value, name));
    }

    String text() {
      return text(node, null);
    }

    String str(String name) {
      return text(required(name), name);
    }

    Optional<String> optStr(String name) {
      return optional(name, this::text);
    }

    boolean bool(String name) {
      return bool(required(name), name);
    }

    Optional<Boolean> optBool(String name) {
      return optional(name, this::bool);
    }

    long integer() {
      return integer(node, null);
    }

    long integer(String name) {
      return integer(required(name), name);
    }

    Optional<Long> optInteger(String name) {
      return optional(name, this::integer);
    }

    UsdAmount usd() {
      return usd(node, null);
    }

    UsdAmount amount(String name) {
      return usd(required(name), name);
    }

    OfferingAmount offeringAmount(String name) {
      JsonValue value = required(name);
      if (value.isString(OfferingAmount.INDEFINITE_LITERAL)) {
        return OfferingAmount.INDEFINITE;
      }
      return OfferingAmount.of(usd(value, name));
    }

    LocalDate date() {
      return date(node, null);
    }

    LocalDate date(String name) {
      return date(required(name), name);
    }

    Optional<LocalDate> optDate(String name) {
      return optional(name, this::date);
    }

    YearMonth yearMonth() {
      String text = text();
      try {
        return YearMonth.parse(text);
      } catch (DateTimeParseException e) {
        throw bad(pointer(), "expected a month YYYY-MM, found '" + EdgarXmlReader.shorten(text) + "'");
      }
    }

    <T> T code(Function<String, T> lookup) {
      return code(node, null, lookup);
    }

    <T> T code(String name, Function<String, T> lookup) {
      return code(required(name), name, lookup);
    }

    <T> Optional<T> optCode(String name, Function<String, T> lookup) {
      return optional(name, (value, member) -> code(value, member, lookup));
    }

    <E extends Enum<E>> E enumValue(String name, Class<E> type) {
      String text = str(name);
      for (E constant : type.getEnumConstants()) {
        if (constant.name().equals(text)) {
          return constant;
        }
      }
      throw bad(at(name), "'" + EdgarXmlReader.shorten(text) + "' is not one of " + java.util.Arrays.toString(type.getEnumConstants()));
    }

    Mark mark(String name) {
      return enumValue(name, Mark.class);
    }

    Recorded<Boolean> recordedBoolean(String name) {
      JsonValue value = required(name);
      if (value.isString(CanonicalJsonWriter.NOT_RECORDED)) {
        return Recorded.notRecorded();
      }
      if (value.kind != JsonValue.Kind.BOOLEAN) {
        throw bad(at(name), "expected true, false or \"NOT_RECORDED\", found " + kind(value));
      }
      return Recorded.of(value.bool);
    }

    StatedAmount stated(String name) {
      J value = obj(name);
      value.only("amount", "asWritten");
      Optional<UsdAmount> amount = value.opt("amount").map(J::usd);
      Optional<String> written = value.optStr("asWritten");
      if (written.isPresent() && written.get().isBlank()) {
        throw bad(value.pointer() + "/asWritten", "a written token must not be blank; leave it out instead");
      }
      if (written.isEmpty()) {
        return amount.map(StatedAmount::of).orElse(StatedAmount.blank());
      }
      return amount.map(a -> StatedAmount.written(written.get(), a)).orElseGet(() -> StatedAmount.written(written.get()));
    }

    StatedCount count(String name) {
      J value = obj(name);
      value.only("count", "asWritten");
      Optional<Long> count = value.optInteger("count");
      Optional<String> written = value.optStr("asWritten");
      if (written.isPresent() && written.get().isBlank()) {
        throw bad(value.pointer() + "/asWritten", "a written token must not be blank; leave it out instead");
      }
      if (written.isEmpty()) {
        return count.map(StatedCount::of).orElse(StatedCount.blank());
      }
      return count.map(c -> StatedCount.written(written.get(), c)).orElseGet(() -> StatedCount.written(written.get()));
    }
  }
}
