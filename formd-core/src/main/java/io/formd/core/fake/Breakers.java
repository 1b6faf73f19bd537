package io.formd.core.fake;

import io.formd.core.model.Address;
import io.formd.core.model.ContactData;
import io.formd.core.model.Dialect;
import io.formd.core.model.DocumentFacts;
import io.formd.core.model.Edition;
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
import io.formd.core.model.SalesCommissionsFindersFees;
import io.formd.core.model.SalesCompensationRecipient;
import io.formd.core.model.SecurityType;
import io.formd.core.model.Signature;
import io.formd.core.model.SolicitationState;
import io.formd.core.model.StatedAmount;
import io.formd.core.model.StatedCount;
import io.formd.core.model.StatesOfSolicitation;
import io.formd.core.model.SubmissionType;
import io.formd.core.model.TestOrLive;
import io.formd.core.model.TypeOfFiling;
import io.formd.core.model.UsdAmount;
import io.formd.core.model.UseOfProceeds;
import io.formd.core.model.YearOfIncorporation;
import io.formd.core.rules.Limits;
import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

/**
 * For each built-in rule, how to break it in a valid generated filing: the kind of base filing it needs and
 * the one change. A breaker returns null when the base it was given cannot be broken that way (the caller
 * draws another). {@link FakeFilings#brokenBy} checks the result breaks exactly the one rule.
 */
final class Breakers {

  /** How to break one rule. */
  static final class Breaker {
    final FakeConfig config;
    final Function<FormD, FormD> change;

    Breaker(FakeConfig config, Function<FormD, FormD> change) {
      this.config = config;
      this.change = change;
    }
  }

  private static final FakeConfig ELECTRONIC = FakeConfig.builder().edition(Edition.ELECTRONIC)
      .amendments(FakeConfig.Amendments.NEVER).build();
  private static final FakeConfig PAPER = FakeConfig.builder().edition(Edition.PAPER)
      .amendments(FakeConfig.Amendments.NEVER).build();

  private Breakers() {}

  static FakeConfig electronic(UnaryOperator<FakeConfig.Builder> tune) {
    return tune.apply(FakeConfig.builder().from(ELECTRONIC)).build();
  }

  // ---- electronic helpers ----

  static ElectronicFormD changeFiling(FormD f, UnaryOperator<ElectronicFormD.Builder> change) {
    return change.apply(ElectronicFormD.builder().from((ElectronicFormD) f)).build();
  }

  static ElectronicFormD offering(FormD f, UnaryOperator<OfferingData.Builder> change) {
    ElectronicFormD e = (ElectronicFormD) f;
    return changeFiling(e, b -> b.offering(change.apply(OfferingData.builder().from(e.offering())).build()));
  }

  static ElectronicFormD issuer(FormD f, UnaryOperator<Issuer.Builder> change) {
    ElectronicFormD e = (ElectronicFormD) f;
    return changeFiling(e, b -> b.primaryIssuer(change.apply(Issuer.builder().from(e.primaryIssuer())).build()));
  }

  static ElectronicFormD address(FormD f, UnaryOperator<Address.Builder> change) {
    return issuer(f, i -> i.address(change.apply(Address.builder().from(f.primaryIssuer().address())).build()));
  }

  static ElectronicFormD firstPerson(FormD f, UnaryOperator<RelatedPerson.Builder> change) {
    List<RelatedPerson> persons = new ArrayList<>(f.relatedPersons());
    persons.set(0, change.apply(RelatedPerson.builder().from(persons.get(0))).build());
    return changeFiling(f, b -> b.relatedPersons(persons));
  }

  static ElectronicFormD firstRecipient(FormD f, UnaryOperator<SalesCompensationRecipient.Builder> change) {
    List<SalesCompensationRecipient> list = new ArrayList<>(f.salesCompensationRecipients());
    if (list.isEmpty()) {
      return null;
    }
    list.set(0, change.apply(SalesCompensationRecipient.builder().from(list.get(0))).build());
    return offering(f, o -> o.salesCompensationRecipients(list));
  }

  static ElectronicFormD typeOfFiling(FormD f, UnaryOperator<TypeOfFiling.Builder> change) {
    ElectronicFormD e = (ElectronicFormD) f;
    return offering(e, o -> o.typeOfFiling(change.apply(TypeOfFiling.builder().from(e.offering().typeOfFiling()))
        .build()));
  }

  static ElectronicFormD investors(FormD f, UnaryOperator<Investors.Builder> change) {
    ElectronicFormD e = (ElectronicFormD) f;
    return offering(e, o -> o.investors(change.apply(Investors.builder().from(e.offering().investors())).build()));
  }

  static ElectronicFormD amounts(FormD f, UnaryOperator<OfferingSalesAmounts.Builder> change) {
    ElectronicFormD e = (ElectronicFormD) f;
    return offering(e, o -> o.amounts(change.apply(OfferingSalesAmounts.builder().from(e.offering().amounts()))
        .build()));
  }

  static ElectronicFormD exemptions(FormD f, List<FederalExemption> items) {
    return offering(f, o -> o.federalExemptions(items));
  }

  static OfferingData offeringOf(FormD f) {
    return ((ElectronicFormD) f).offering();
  }

  static long offered(FormD f) {
    return offeringOf(f).amounts().totalOfferingAmount().amount().map(a -> a.value().longValueExact()).orElse(-1L);
  }

  static long sold(FormD f) {
    return offeringOf(f).amounts().totalAmountSold().value().longValueExact();
  }

  static FederalExemption primary(FormD f) {
    return f.federalExemptions().get(0);
  }

  /** The same filing with a definite offering amount, fees scaled to fit. */
  static ElectronicFormD withOffering(FormD f, long amount) {
    long sold = Math.min(sold(f), amount);
    OfferingData od = offeringOf(f);
    long cap = amount / 20;
    return offering(f, b -> b
        .minimumInvestment(UsdAmount.of(Math.min(od.minimumInvestment().value().longValueExact(), amount)))
        .amounts(OfferingSalesAmounts.builder().from(od.amounts()).totalOfferingAmount(OfferingAmount.of(amount))
            .totalAmountSold(UsdAmount.of(sold)).totalRemaining(OfferingAmount.of(amount - sold)).build())
        .commissionsAndFees(SalesCommissionsFindersFees.builder().from(od.commissionsAndFees())
            .salesCommissions(EstimatedAmount.of(UsdAmount.of(Math.min(cap, od.commissionsAndFees().salesCommissions()
                .amount().value().longValueExact())), od.commissionsAndFees().salesCommissions().estimate()))
            .findersFees(EstimatedAmount.of(UsdAmount.of(Math.min(cap, od.commissionsAndFees().findersFees()
                .amount().value().longValueExact())), od.commissionsAndFees().findersFees().estimate())).build())
        .useOfProceeds(UseOfProceeds.builder().from(od.useOfProceeds()).grossProceedsUsed(EstimatedAmount.of(
            UsdAmount.of(Math.min(cap, od.useOfProceeds().grossProceedsUsed().amount().value().longValueExact())),
                false)).build()));
  }

  static ElectronicFormD signedOn(FormD f, LocalDate date) {
    List<Signature> signatures = new ArrayList<>();
    for (Signature s : f.signatures()) {
      signatures.add(Signature.builder().from(s).date(date).build());
    }
    return changeFiling(f, b -> b.signatures(signatures));
  }

  /** The list with one more item at the end. */
  static List<FederalExemption> with(List<FederalExemption> items, FederalExemption more) {
    List<FederalExemption> all = new ArrayList<>(items);
    all.add(more);
    return all;
  }

  /** The same filing before any sale: nothing sold, no investor, the whole (definite) amount remaining. */
  static ElectronicFormD nothingSold(FormD f) {
    long offered = offered(f);
    ElectronicFormD none = amounts(f,
        a -> a.totalAmountSold(UsdAmount.of(0)).totalRemaining(OfferingAmount.of(offered)));
    return investors(none, i -> i.hasNonAccreditedInvestors(false).numberNonAccreditedInvestors(Optional.empty())
        .totalNumberAlreadyInvested(0));
  }

  static String text(int length) {
    return "x".repeat(length);
  }

  // ---- paper helpers ----

  static PaperFormD changePaper(FormD f, UnaryOperator<PaperFormD.Builder> change) {
    return change.apply(PaperFormD.builder().from((PaperFormD) f)).build();
  }

  static PaperFormD changePartC(FormD f, UnaryOperator<PaperPartC.Builder> change) {
    PaperFormD p = (PaperFormD) f;
    return changePaper(p, b -> b.partC(change.apply(PaperPartC.builder().from(p.partC())).build()));
  }

  static PaperPartC partCOf(FormD f) {
    return ((PaperFormD) f).partC();
  }

  static long dollars(StatedAmount a) {
    return a.orZero().value().longValueExact();
  }

  static StatedAmount usd(long dollars) {
    return StatedAmount.of(dollars);
  }

  static MarkedAmount marked(MarkedAmount m, long dollars) {
    return MarkedAmount.of(m.estimate(), usd(dollars));
  }

  /** Grows a paper offering by {@code x} dollars of equity, keeping every identity of Part C. */
  static PaperFormD growPaper(FormD f, long x) {
    PaperPartC c = partCOf(f);
    return changePartC(f, b -> b
        .equity(PaperSecurityLine.of(usd(dollars(c.equity().aggregateOfferingPrice()) + x),
            c.equity().amountAlreadySold()))
        .securitiesTotal(PaperSecurityLine.of(usd(dollars(c.securitiesTotal().aggregateOfferingPrice()) + x),
            c.securitiesTotal().amountAlreadySold()))
        .adjustedGrossProceeds(usd(dollars(c.adjustedGrossProceeds()) + x))
        .workingCapital(PaperProceedsLine.of(c.workingCapital().toOfficersDirectorsAffiliates(),
            marked(c.workingCapital().toOthers(), dollars(c.workingCapital().toOthers().amount()) + x)))
        .columnTotals(PaperProceedsLine.of(c.columnTotals().toOfficersDirectorsAffiliates(),
            marked(c.columnTotals().toOthers(), dollars(c.columnTotals().toOthers().amount()) + x)))
        .totalPaymentsListed(marked(c.totalPaymentsListed(), dollars(c.totalPaymentsListed().amount()) + x)));
  }

  /** Moves {@code x} dollars from legal fees and the 4.a total (both stated), leaving 4.b as stated. */
  static PaperPartC.Builder shiftExpenses(PaperPartC c, PaperPartC.Builder b, long x) {
    return b.legalFees(marked(c.legalFees(), dollars(c.legalFees().amount()) + x))
        .expensesTotal(marked(c.expensesTotal(), dollars(c.expensesTotal().amount()) + x));
  }

  static PaperFormD appendixRow0(FormD f, UnaryOperator<PaperAppendixRow.Builder> change) {
    PaperFormD p = (PaperFormD) f;
    if (p.appendix().isEmpty()) {
      return null;
    }
    List<PaperAppendixRow> rows = new ArrayList<>(p.appendix());
    rows.set(0, change.apply(PaperAppendixRow.builder().from(rows.get(0))).build());
    return changePaper(p, b -> b.appendix(rows));
  }

  static boolean claims(FormD f, FederalExemption item) {
    return f.federalExemptions().contains(item);
  }

  /** A filing whose document gave the element (as read from XML): see DocumentFacts#discardedElements. */
  static FormD sent(FormD f, String element) {
    return ElectronicFormD.builder().from((ElectronicFormD) f)
        .documentFacts(DocumentFacts.discarding(List.of(element))).build();
  }

  static boolean claimsFamily504(FormD f) {
    return f.federalExemptions().stream().anyMatch(e -> e.family() == FederalExemption.Family.RULE_504);
  }

  static Map<String, Breaker> all() {
    Map<String, Breaker> m = new HashMap<>();
    FakeConfig anyElectronic = ELECTRONIC;
    FakeConfig operating = electronic(b -> b.issuerKind(FakeConfig.IssuerKind.OPERATING_COMPANY));
    FakeConfig funds = electronic(b -> b.issuerKind(FakeConfig.IssuerKind.POOLED_FUND));
    FakeConfig amendments = electronic(b -> b.amendments(FakeConfig.Amendments.ALWAYS));
    FakeConfig submissions = electronic(b -> b.dialect(Dialect.SUBMISSION));
    FakeConfig afterSplit = electronic(b -> b.signedFrom(Limits.RULE_506C_FROM));
    // Amendments only: a first sale moved far back in a new notice would make it late too.
    FakeConfig amending = electronic(b -> b.amendments(FakeConfig.Amendments.ALWAYS));
    FakeConfig amendingAfterSplit = electronic(b -> b.signedFrom(Limits.RULE_506C_FROM)
        .amendments(FakeConfig.Amendments.ALWAYS));
    FakeConfig beforeSplit = electronic(b -> b.signedUntil(Limits.RULE_506C_FROM.minusDays(1)));
    FakeConfig before505Repeal = electronic(b -> b.signedUntil(Limits.RULE_505_REPEALED.minusDays(1))
        .issuerKind(FakeConfig.IssuerKind.OPERATING_COMPANY));
    FakeConfig after505Repeal = electronic(b -> b.signedFrom(Limits.RULE_505_REPEALED)
        .issuerKind(FakeConfig.IssuerKind.OPERATING_COMPANY));
    FakeConfig after4a5 = electronic(b -> b.signedFrom(Limits.SECTION_4_6_RENUMBERED)
        .issuerKind(FakeConfig.IssuerKind.OPERATING_COMPANY));

    // What the schema enforces.
    m.put("D-XSD-CIK", new Breaker(anyElectronic, f -> issuer(f, i -> i.cik("12345678901"))));
    m.put("D-XSD-ISSUER-NAME", new Breaker(anyElectronic, f -> issuer(f, i -> i.name(
        f.primaryIssuer().name().orElse("") + " "
        + text(150 - f.primaryIssuer().name().orElse("").length())))));
    m.put("D-XSD-PHONE", new Breaker(anyElectronic, f -> issuer(f, i -> i.phone("+1 (212) 555-0100 ext. 12"))));
    m.put("D-XSD-JURISDICTION",
        new Breaker(anyElectronic, f -> issuer(f, i -> i.jurisdictionOfIncorporation(text(51)))));
    m.put("D-XSD-STREET", new Breaker(anyElectronic, f -> address(f, a -> a.street1(text(41)))));
    m.put("D-XSD-CITY", new Breaker(anyElectronic, f -> address(f, a -> a.city(text(31)))));
    // A bell character (U+0007): XML 1.0 cannot carry it, not even as a character reference.
    m.put("D-XSD-XML-CHARACTERS", new Breaker(anyElectronic, f -> address(f, a -> a.city("Salt Lake\u0007City"))));
    m.put("D-XSD-OUTER-WHITESPACE", new Breaker(anyElectronic, f -> address(f, a -> a.city(" Salt Lake City"))));
    m.put("D-XSD-ZIP", new Breaker(anyElectronic, f -> address(f, a -> a.zipCode("10001_0001"))));
    m.put("D-XSD-STATE-DESCRIPTION",
        new Breaker(anyElectronic, f -> address(f, a -> a.stateOrCountryDescription(text(51)))));
    m.put("D-XSD-ENTITY-TYPE", new Breaker(anyElectronic, f -> issuer(f, i -> i.entityType(Optional.empty())
        .entityTypeOtherDescription(Optional.empty()))));
    m.put("D-XSD-ENTITY-OTHER-DESC-LENGTH",
        new Breaker(anyElectronic, f -> issuer(f, i -> i.entityType(EntityType.OTHER)
        .entityTypeOtherDescription(text(256)))));
    m.put("D-XSD-YEAR-OF-INC",
        new Breaker(anyElectronic, f -> issuer(f, i -> i.yearOfIncorporation(Optional.empty()))));
    m.put("D-XSD-PREVIOUS-NAMES", new Breaker(anyElectronic, f -> issuer(f,
        i -> i.previousNames(PreviousNames.of("A", "B", "C", "D")))));
    m.put("D-XSD-PERSON-NAME", new Breaker(anyElectronic, f -> firstPerson(f, p -> p.name(PersonName.builder()
        .from(f.relatedPersons().get(0).name()).firstName(Optional.empty()).build()))));
    m.put("D-XSD-RELATIONSHIPS", new Breaker(anyElectronic,
        f -> firstPerson(f, p -> p.relationships(Recorded.of(List.of())))));
    m.put("D-XREF-DUPLICATE-RELATIONSHIP", new Breaker(anyElectronic,
        f -> firstPerson(f, p -> p.relationships(Relationship.DIRECTOR,
        Relationship.DIRECTOR))));
    m.put("D-XSD-CLARIFICATION-LENGTH", new Breaker(anyElectronic, f -> amounts(f, a -> a.clarification(text(256)))));
    m.put("D-XSD-LIST-LIMITS", new Breaker(anyElectronic,
        f -> changeFiling(f, b -> b.relatedPersons(Collections.nCopies(101, f.relatedPersons().get(0))))));
    m.put("D-XSD-ACCESSION-NUMBER",
        new Breaker(amendments, f -> typeOfFiling(f, t -> t.previousAccessionNumber("0001234567-25-1234567"))));
    m.put("D-XSD-AMOUNTS",
        new Breaker(anyElectronic, f -> offering(f, o -> o.minimumInvestment(UsdAmount.parse("0.50")))));
    m.put("D-XSD-SIGNATURE-FIELDS", new Breaker(anyElectronic,
        f -> changeFiling(f, b -> b.signatures(replaceFirst(f.signatures(),
        Signature.builder().from(f.signatures().get(0)).signature("/s/ " + text(30)).build())))));
    m.put("D-XSD-CRD-NUMBER", new Breaker(anyElectronic, f -> firstRecipient(f, r -> r.crdNumber("12-3456"))));
    m.put("D-XSD-RECIPIENT-NAMES", new Breaker(anyElectronic, f -> firstRecipient(f, r -> r.name(text(201)))));
    m.put("D-XSD-SCHEMA-VERSION", new Breaker(anyElectronic, f -> changeFiling(f, b -> b.schemaVersion("X708"))));
    m.put("D-XSD-CONTACT", new Breaker(submissions, f -> changeFiling(f,
        b -> b.contactData(ContactData.builder().name("Filing Agent")
        .phone("(212) 555-0100").email("agent at example.com").build()))));
    m.put("D-XSD-CCC", new Breaker(submissions, f -> issuer(f, i -> i.ccc("abc"))));

    // What EDGAR checks of a submission (technical specification v13 §5, §6, §3.3).
    m.put("D-SUB-CCC", new Breaker(submissions, f -> issuer(f, i -> i.ccc(Optional.empty()))));
    m.put("D-SUB-CONTACT", new Breaker(submissions, f -> changeFiling(f, b -> b.contactData(Optional.empty()))));
    // The four a submission's writer leaves out are judged on the document read: the broken filing says its document
    // gave the element (FormDXml.write without a dialect writes it, and reading that back says so again).
    m.put("D-SUB-ENTITY-NAME", new Breaker(submissions, f -> sent(issuer(f, i -> i.name("Harbour Light Capital LLC")),
        "entityName")));
    m.put("D-SUB-SCHEMA-VERSION", new Breaker(submissions, f -> sent(changeFiling(f, b -> b.schemaVersion("X0808")),
        "schemaVersion")));
    m.put("D-SUB-JURISDICTION", new Breaker(submissions, f -> sent(issuer(f, i -> i.jurisdictionOfIncorporation(
        "DELAWARE")), "jurisdictionOfInc")));
    m.put("D-SUB-EDGAR-PREVIOUS-NAMES", new Breaker(submissions, f -> sent(issuer(f, i -> i.edgarPreviousNames(
        PreviousNames.of("Old Harbour LLC"))), "edgarPreviousNameList")));
    m.put("D-REQ-PREVIOUS-NAMES", new Breaker(anyElectronic, f -> issuer(f, i -> i.previousNames(Optional.empty())
        .edgarPreviousNames(Optional.empty()))));
    m.put("D-EDGAR-PO-BOX", new Breaker(anyElectronic, f -> address(f, a -> a.street1("P.O. Box 1234"))));
    m.put("D-EDGAR-ZIP", new Breaker(anyElectronic, f -> address(f, a -> a.zipCode(""))));
    m.put("D-EDGAR-RECIPIENT-COMPLETE", new Breaker(anyElectronic, f -> firstRecipient(f, r -> r.address(
        Address.builder().from(r.build().address()).city("").build()))));
    m.put("D-EDGAR-BLANK-REQUIRED", new Breaker(anyElectronic, f -> address(f, a -> a.city("   "))));
    m.put("D-EDGAR-OVER100", new Breaker(anyElectronic, f -> changeFiling(f, b -> b.moreThan100RelatedPersons(true))));
    m.put("D-EDGAR-SIGNATURE-FUTURE", new Breaker(submissions,
        f -> f.issuers().stream().anyMatch(i -> i.yearOfIncorporation()
        .filter(y -> y.kind() == YearOfIncorporation.Kind.WITHIN_FIVE_YEARS).isPresent()) ? null : signedOn(f,
            LocalDate.of(2099, 12, 31))));
    m.put("D-EDGAR-OFFERING-ZERO", new Breaker(operating, f -> offeringOf(f).typeOfFiling().dateOfFirstSale()
        .isPresent() ? null
        : withOffering(f, 0)));
    m.put("D-EDGAR-3C-POOLED", new Breaker(funds, f -> {
      if (f.federalExemptions().stream().noneMatch(e -> e.family() == FederalExemption.Family.SECTION_3C)) {
        return null;
      }
      EnumSet<SecurityType> types = EnumSet.of(SecurityType.EQUITY);
      return offering(f, o -> o.securityTypes(types));
    }));

    // Electronic cross-item rules.
    m.put("D-XREF-SUBMISSION-TYPE", new Breaker(anyElectronic,
        f -> changeFiling(f, b -> b.submissionType(SubmissionType.D_A))));
    m.put("D-REQ-PREVIOUS-ACCESSION",
        new Breaker(amendments, f -> typeOfFiling(f, t -> t.previousAccessionNumber(Optional.empty()))));
    m.put("D-XREF-PREVIOUS-ACCESSION-NEW", new Breaker(anyElectronic,
        f -> typeOfFiling(f, t -> t.previousAccessionNumber("0001234567-24-000001"))));
    m.put("D-REQ-FIRST-SALE-CHOICE", new Breaker(anyElectronic, f -> offeringOf(f).typeOfFiling().dateOfFirstSale()
        .isEmpty() ? null
        : typeOfFiling(f, t -> t.firstSaleYetToOccur(true))));
    // A first sale moved far back breaks the rule alone only in an amendment: a new notice would also be late.
    m.put("D-XREF-FIRST-SALE-FLOOR", new Breaker(amending, f -> !f.isAmendment()
        || offeringOf(f).typeOfFiling().dateOfFirstSale().isEmpty() ? null
        : typeOfFiling(f, t -> t.dateOfFirstSale(LocalDate.of(1014, 3, 1)))));
    m.put("D-TIME-NEW-NOTICE-SIGNED-LATE", new Breaker(anyElectronic, f -> f.isAmendment()
        || offeringOf(f).typeOfFiling().dateOfFirstSale().isEmpty() || claimsFamily504(f)
        || f.primaryIssuer().yearOfIncorporation().flatMap(YearOfIncorporation::year)
            .filter(y -> y.getValue() >= f.signatures().get(0).date().minusDays(40).getYear()).isPresent() ? null
        : typeOfFiling(f, t -> t.dateOfFirstSale(f.signatures().get(0).date().minusDays(40)))));
    m.put("D-XREF-FIRST-SALE-AFTER-SIGNATURE", new Breaker(anyElectronic,
        f -> offeringOf(f).typeOfFiling().dateOfFirstSale().isEmpty() ? null
        : typeOfFiling(f, t -> t.dateOfFirstSale(f.signatures().get(0).date().plusDays(10)))));
    m.put("D-ARITH-REMAINING", new Breaker(anyElectronic, f -> offered(f) < 0 ? null
        : amounts(f, a -> a.totalRemaining(OfferingAmount.of(offered(f) - sold(f) + 1)))));
    m.put("D-XREF-SOLD-LE-OFFERING", new Breaker(anyElectronic, f -> offered(f) < 0 || sold(f) == 0 ? null
        : amounts(f, a -> a.totalAmountSold(UsdAmount.of(offered(f) + 1000)))));
    m.put("D-XREF-FUND-INFO", new Breaker(funds, f -> offeringOf(f).investmentFundInfo()
        .filter(i -> i.fundType() == InvestmentFundType.HEDGE_FUND
            || i.fundType() == InvestmentFundType.OTHER_INVESTMENT_FUND
            || i.registeredUnder40Act()).isPresent() ? null
        : offering(f, o -> o.investmentFundInfo(Optional.empty()))));
    m.put("D-XREF-ISSUER-SIZE-ONE", new Breaker(anyElectronic, f -> offering(f, o -> o.revenueRange(Optional.empty())
        .netAssetValueRange(Optional.empty()))));
    m.put("D-XREF-ISSUER-SIZE-KIND", new Breaker(operating, f -> offering(f, o -> o.revenueRange(Optional.empty())
        .netAssetValueRange(NetAssetValueRange.DECLINE_TO_DISCLOSE))));
    m.put("D-XREF-NONACCREDITED-FLAG", new Breaker(anyElectronic,
        f -> sold(f) == 0 || claims(f, FederalExemption.RULE_506_C)
        || primary(f).family() == FederalExemption.Family.SECTION_4A5 ? null
        : investors(f, i -> i.hasNonAccreditedInvestors(false).numberNonAccreditedInvestors(1L))));
    m.put("D-REQ-NONACCREDITED-COUNT", new Breaker(anyElectronic, f -> claims(f, FederalExemption.RULE_506_C) ? null
        : investors(f, i -> i.hasNonAccreditedInvestors(true).numberNonAccreditedInvestors(Optional.empty()))));
    m.put("D-XREF-NONACCREDITED-LE-TOTAL", new Breaker(anyElectronic, f -> claims(f, FederalExemption.RULE_506_C)
        || primary(f).family() == FederalExemption.Family.SECTION_4A5 || offeringOf(f).investors()
            .totalNumberAlreadyInvested() > 30 ? null
        : investors(f, i -> i.hasNonAccreditedInvestors(true)
            .numberNonAccreditedInvestors(offeringOf(f).investors().totalNumberAlreadyInvested() + 1))));
    m.put("D-REQ-SECURITIES-ACT-EXEMPTION", new Breaker(funds, f -> exemptions(f, List.of(FederalExemption.SECTION_3C,
        f.federalExemptions().get(2)))));
    m.put("D-XREF-3C-UMBRELLA", new Breaker(funds, f -> exemptions(f, f.federalExemptions().stream()
        .filter(e -> !e.isSection3cParagraph()).collect(Collectors.toList()))));
    m.put("D-XREF-3C-NOT-REGISTERED", new Breaker(funds, f -> offering(f, o -> o.investmentFundInfo(
        InvestmentFundInfo.of(offeringOf(f).investmentFundInfo().get().fundType(), true)))));
    m.put("D-XREF-506B-506C-BOTH", new Breaker(afterSplit, f -> !claims(f, FederalExemption.RULE_506_B)
        || offeringOf(f).investors().hasNonAccreditedInvestors() ? null
        : exemptions(f, concat(f.federalExemptions(), FederalExemption.RULE_506_C))));
    m.put("D-XREF-DUPLICATE-EXEMPTION", new Breaker(anyElectronic, f -> exemptions(f,
        concat(f.federalExemptions(), primary(f)))));
    m.put("D-XREF-POOLED-SECURITY", new Breaker(funds, f -> {
      List<FederalExemption> no3c = new ArrayList<>();
      f.federalExemptions().stream().filter(e -> e.family() != FederalExemption.Family.SECTION_3C).forEach(no3c::add);
      return no3c.isEmpty() ? null : offering(f, o -> o.securityTypes(List.of(SecurityType.EQUITY))
          .federalExemptions(no3c));
    }));
    m.put("D-REQ-SECURITY-TYPE", new Breaker(operating, f -> offering(f, o -> o.securityTypes(List.of())
        .otherSecurityTypeDescription(Optional.empty()))));
    m.put("D-REQ-SECURITY-OTHER-DESC",
        new Breaker(operating, f -> offering(f, o -> o.securityTypes(List.of(SecurityType.OTHER))
        .otherSecurityTypeDescription(Optional.empty()))));
    m.put("D-REQ-ENTITY-OTHER-DESC", new Breaker(anyElectronic, f -> issuer(f, i -> i.entityType(EntityType.OTHER)
        .entityTypeOtherDescription(Optional.empty()))));
    m.put("D-REQ-YEAR-WITHIN-5",
        new Breaker(anyElectronic, f -> issuer(f, i -> i.yearOfIncorporation(YearOfIncorporation.builder()
        .kind(YearOfIncorporation.Kind.WITHIN_FIVE_YEARS).build()))));
    m.put("D-XREF-YEAR-WITHIN-5", new Breaker(anyElectronic, f -> issuer(f, i -> i.yearOfIncorporation(
        YearOfIncorporation.withinFiveYears(latest(f).getYear() - 7)))));
    m.put("D-XREF-YET-TO-BE-FORMED", new Breaker(anyElectronic, f -> sold(f) == 0 ? null
        : issuer(f, i -> i.yearOfIncorporation(YearOfIncorporation.yetToBeFormed()))));
    m.put("D-REQ-BUSINESS-COMBINATION-CLARIFICATION",
        new Breaker(anyElectronic, f -> offering(f, o -> o.businessCombination(true)
        .businessCombinationClarification(Optional.empty()))));
    m.put("D-XREF-MIN-INVESTMENT", new Breaker(anyElectronic, f -> offered(f) < 0 ? null
        : offering(f, o -> o.minimumInvestment(UsdAmount.of(offered(f) + 1000)))));
    m.put("D-XREF-COMP-VS-ITEM15", new Breaker(anyElectronic,
        f -> offered(f) < 0 ? null : offering(f, o -> o.salesCompensationRecipients(List.of())
        .commissionsAndFees(SalesCommissionsFindersFees.builder().from(offeringOf(f).commissionsAndFees())
            .salesCommissions(EstimatedAmount.of(1000)).build()))));
    m.put("D-XREF-FEES-LE-OFFERING", new Breaker(anyElectronic, f -> offered(f) < 0 ? null
        : offering(f, o -> o.commissionsAndFees(SalesCommissionsFindersFees.builder()
            .from(offeringOf(f).commissionsAndFees())
            .findersFees(EstimatedAmount.of(offered(f) + 1)).build()))));
    m.put("D-XREF-PROCEEDS-LE-OFFERING", new Breaker(anyElectronic, f -> offered(f) < 0 ? null
        : offering(f, o -> o.useOfProceeds(UseOfProceeds.builder().grossProceedsUsed(EstimatedAmount.of(offered(f) + 1))
            .build()))));
    m.put("D-XREF-SOLD-VS-INVESTORS", new Breaker(anyElectronic, f -> sold(f) == 0 ? null
        : investors(f, i -> i.hasNonAccreditedInvestors(false).numberNonAccreditedInvestors(Optional.empty())
            .totalNumberAlreadyInvested(0))));
    m.put("D-XREF-SIGNATURE-PER-ISSUER", new Breaker(anyElectronic,
        f -> changeFiling(f, b -> b.authorizedRepresentative(false)
        .addAdditionalIssuers(Issuer.builder().from(f.primaryIssuer())
            .name(f.primaryIssuer().name().map(n -> n + " II").orElse("")).build()))));
    // Rules the December 2026 audit found missing (OfferingRules).
    m.put("D-XREF-YET-TO-OCCUR-SOLD", new Breaker(anyElectronic, f -> sold(f) == 0 ? null
        : typeOfFiling(f, t -> t.dateOfFirstSale(Optional.empty()).firstSaleYetToOccur(true))));
    m.put("D-XREF-YTBF-FIRST-SALE", new Breaker(anyElectronic, f -> offeringOf(f).typeOfFiling().dateOfFirstSale()
        .isEmpty()
        || offeringOf(f).amounts().totalOfferingAmount().amount().isEmpty() ? null
        : issuer(nothingSold(f), i -> i.yearOfIncorporation(YearOfIncorporation.yetToBeFormed()))));
    m.put("D-XREF-FIRST-SALE-BEFORE-FORMATION", new Breaker(amending, f -> {
      Optional<Year> year = f.primaryIssuer().yearOfIncorporation().flatMap(YearOfIncorporation::year);
      if (!f.isAmendment() || year.isEmpty() || offeringOf(f).typeOfFiling().dateOfFirstSale().isEmpty()
          || claims(f, FederalExemption.RULE_506_C)) {
        return null;
      }
      return typeOfFiling(f, t -> t.dateOfFirstSale(LocalDate.of(year.get().getValue() - 1, 6, 1)));
    }));
    m.put("D-XREF-504-SUBITEMS-EXCLUSIVE", new Breaker(operating, f -> !claims(f, FederalExemption.RULE_504) ? null
        : exemptions(f, with(f.federalExemptions(), FederalExemption.RULE_504_B1_I))));
    m.put("D-XREF-3C-PUBLIC-504", new Breaker(funds, f -> !claims(f, FederalExemption.SECTION_3C_1)
        && !claims(f, FederalExemption.SECTION_3C_7) ? null
        : exemptions(f, with(f.federalExemptions(), FederalExemption.RULE_504_B1_I))));
    m.put("D-ELIG-504-POOLED-FUND", new Breaker(funds, f -> offeringOf(f).investmentFundInfo()
        .filter(i -> !i.registeredUnder40Act()).isEmpty() ? null
        : exemptions(withOffering(f, 500_000), List.of(FederalExemption.RULE_504))));
    m.put("D-XREF-3C1-OWNERS", new Breaker(funds, f -> !claims(f, FederalExemption.SECTION_3C_1)
        || claims(f, FederalExemption.SECTION_3C_7) || sold(f) == 0 ? null
        : investors(f, i -> i.totalNumberAlreadyInvested(300))));
    m.put("D-XREF-3C7-NONACCREDITED", new Breaker(funds, f -> !claims(f, FederalExemption.SECTION_3C_7)
        || claims(f, FederalExemption.SECTION_3C_1) || !claims(f, FederalExemption.RULE_506_B) || sold(f) == 0 ? null
        : investors(f, i -> i.hasNonAccreditedInvestors(true).numberNonAccreditedInvestors(2L)
            .totalNumberAlreadyInvested(Math.max(5, offeringOf(f).investors().totalNumberAlreadyInvested())))));
    m.put("D-XREF-4A5-WITH-506C", new Breaker(electronic(b -> b.signedFrom(Limits.RULE_506C_FROM)
        .issuerKind(FakeConfig.IssuerKind.OPERATING_COMPANY)), f -> !claims(f, FederalExemption.RULE_506_C) ? null
        : exemptions(f, with(f.federalExemptions(), FederalExemption.SECTION_4A5))));
    m.put("D-XREF-506C-BEFORE-FIRST-SALE", new Breaker(amendingAfterSplit,
        f -> !f.isAmendment() || !claims(f, FederalExemption.RULE_506_C)
        || offeringOf(f).typeOfFiling().dateOfFirstSale().isEmpty()
        || f.primaryIssuer().yearOfIncorporation().flatMap(YearOfIncorporation::year).filter(y -> y.getValue() > 2012)
            .isPresent()
        ? null : typeOfFiling(f, t -> t.dateOfFirstSale(LocalDate.of(2013, 6, 3)))));
    m.put("D-REQ-JURISDICTION",
        new Breaker(anyElectronic, f -> issuer(f, i -> i.jurisdictionOfIncorporation(Optional.empty()))));
    m.put("D-XREF-DUPLICATE-PREVIOUS-NAME", new Breaker(anyElectronic, f -> issuer(f, i -> i.previousNames(
        PreviousNames.of("Harbour Light Partners LLC", "Harbour Light Partners LLC")))));
    m.put("D-XREF-TEST-FILING", new Breaker(anyElectronic, f -> changeFiling(f, b -> b.testOrLive(TestOrLive.TEST))));
    m.put("D-XSD-ACCESSION-EXACT",
        new Breaker(amendments, f -> typeOfFiling(f, t -> t.previousAccessionNumber("1234567-25-000123"))));

    m.put("D-XREF-SIGNATURE-ISSUER-NAME", new Breaker(anyElectronic, f -> changeFiling(f, b -> b.signatures(List.of(
        Signature.builder().from(f.signatures().get(0)).issuerName("Somebody Else Holdings Inc.").build())))));
    m.put("D-FORMAT-ELECTRONIC-DATE",
        new Breaker(electronic(b -> b.issuerKind(FakeConfig.IssuerKind.OPERATING_COMPANY)),
        f -> {
          if (primary(f).family() == FederalExemption.Family.SECTION_4A5) {
            return null;
          }
          ElectronicFormD early = signedOn(f, LocalDate.of(2008, 6, 2));
          early = issuer(early, i -> i.yearOfIncorporation(YearOfIncorporation.overFiveYears()));
          early = changeFiling(early, b -> b.additionalIssuers(List.of()).signatures(List.of(f.signatures().get(0)))
              .authorizedRepresentative(false));
          early = signedOn(early, LocalDate.of(2008, 6, 2));
          List<FederalExemption> items = new ArrayList<>(early.federalExemptions());
          items.replaceAll(x -> x.family() == FederalExemption.Family.RULE_506 ? FederalExemption.RULE_506 : x);
          early = exemptions(early, items);
          return offeringOf(early).typeOfFiling().dateOfFirstSale().isEmpty() ? early
              : typeOfFiling(early, t -> t.dateOfFirstSale(LocalDate.of(2008, 5, 27)));
        }));

    // Regulation D.
    m.put("D-CODE-506-SPLIT", new Breaker(afterSplit, f -> !claims(f, FederalExemption.RULE_506_B)
        ? null : exemptions(f, replace(f.federalExemptions(), FederalExemption.RULE_506_B,
            FederalExemption.RULE_506))));
    m.put("D-CODE-506C-DATE", new Breaker(beforeSplit, f -> !claims(f, FederalExemption.RULE_506)
        ? null : exemptions(f, replace(f.federalExemptions(), FederalExemption.RULE_506,
            FederalExemption.RULE_506_B))));
    m.put("D-CODE-505-REPEALED", new Breaker(after505Repeal, f -> !claims(f, FederalExemption.RULE_506_B)
        ? null : exemptions(f, replace(f.federalExemptions(), FederalExemption.RULE_506_B,
            FederalExemption.RULE_505))));
    m.put("D-CODE-4A5-LABEL", new Breaker(after4a5, f -> !claims(f, FederalExemption.SECTION_4A5)
        ? null : exemptions(f, replace(f.federalExemptions(), FederalExemption.SECTION_4A5,
            FederalExemption.SECTION_4_6))));
    m.put("D-ELIG-506C-ACCREDITED-ONLY", new Breaker(afterSplit,
        f -> !claims(f, FederalExemption.RULE_506_C) || sold(f) == 0
        ? null : investors(f, i -> i.hasNonAccreditedInvestors(true).numberNonAccreditedInvestors(2L)
            .totalNumberAlreadyInvested(Math.max(5, offeringOf(f).investors().totalNumberAlreadyInvested())))));
    m.put("D-ELIG-ACCREDITED-FLAG", new Breaker(afterSplit, f -> !claims(f, FederalExemption.RULE_506_C)
        ? null : investors(f, i -> i.hasNonAccreditedInvestors(true).numberNonAccreditedInvestors(0L))));
    m.put("D-LIMIT-506B-NONACCREDITED", new Breaker(anyElectronic,
        f -> sold(f) == 0 || !(claims(f, FederalExemption.RULE_506_B)
        || claims(f, FederalExemption.RULE_506)) ? null
        : investors(f, i -> i.hasNonAccreditedInvestors(true).numberNonAccreditedInvestors(36L)
            .totalNumberAlreadyInvested(Math.max(40, offeringOf(f).investors().totalNumberAlreadyInvested())))));
    m.put("D-LIMIT-505-NONACCREDITED", new Breaker(before505Repeal,
        f -> !claims(f, FederalExemption.RULE_505) || sold(f) == 0
        ? null : investors(f, i -> i.hasNonAccreditedInvestors(true).numberNonAccreditedInvestors(36L)
            .totalNumberAlreadyInvested(Math.max(40, offeringOf(f).investors().totalNumberAlreadyInvested())))));
    m.put("D-LIMIT-504-AGGREGATE", new Breaker(operating, f -> primary(f).family() != FederalExemption.Family.RULE_504
        ? null
        : withOffering(f, Limits.rule504Ceiling(latest(f)).value().longValueExact() + 500_000)));
    m.put("D-LIMIT-504-AT-FIRST-SALE", new Breaker(electronic(b -> b.signedFrom(Limits.RULE_504_10M_FROM.plusDays(30))
        .amendments(FakeConfig.Amendments.ALWAYS)
        .issuerKind(FakeConfig.IssuerKind.OPERATING_COMPANY)), f -> !f.isAmendment()
        || primary(f).family() != FederalExemption.Family.RULE_504
        || f.federalExemptions().size() != 1
        || f.primaryIssuer().yearOfIncorporation().flatMap(YearOfIncorporation::year).filter(y -> y.getValue() > 2020)
            .isPresent() ? null
        : typeOfFiling(withOffering(f, 7_000_000), t -> t.dateOfFirstSale(LocalDate.of(2021, 1, 4))
            .firstSaleYetToOccur(false))));
    m.put("D-LIMIT-504-INDEFINITE", new Breaker(operating, f -> primary(f).family() != FederalExemption.Family.RULE_504
        ? null
        : amounts(f, a -> a.totalOfferingAmount(OfferingAmount.INDEFINITE).totalRemaining(OfferingAmount.INDEFINITE))));
    m.put("D-LIMIT-505-AGGREGATE", new Breaker(before505Repeal, f -> !claims(f, FederalExemption.RULE_505) ? null
        : withOffering(f, 6_000_000)));
    m.put("D-ELIG-504B1III-ACCREDITED-ONLY",
        new Breaker(operating, f -> primary(f).family() != FederalExemption.Family.RULE_504
        || sold(f) == 0 ? null : investors(exemptions(f, List.of(FederalExemption.RULE_504_B1_III)),
            i -> i.hasNonAccreditedInvestors(true).numberNonAccreditedInvestors(1L)
                .totalNumberAlreadyInvested(Math.max(2, offeringOf(f).investors().totalNumberAlreadyInvested())))));
    m.put("D-XREF-RECIPIENT-PLACEHOLDER", new Breaker(anyElectronic, f -> offeringOf(f).salesCompensationRecipients()
        .size() != 1
        ? null : firstRecipient(f, r -> r.name("None"))));
    m.put("D-XREF-RECIPIENTS-WITHOUT-COMP", new Breaker(anyElectronic, f -> offeringOf(f).salesCompensationRecipients()
        .isEmpty()
        || offeringOf(f).salesCompensationRecipients().stream().anyMatch(r -> r.crdNumber().isEmpty()) ? null
        : offering(f, o -> o.commissionsAndFees(SalesCommissionsFindersFees.builder()
            .from(offeringOf(f).commissionsAndFees())
            .salesCommissions(EstimatedAmount.of(0)).findersFees(EstimatedAmount.of(0)).build()))));
    m.put("D-XREF-RECIPIENT-UNREGISTERED", new Breaker(anyElectronic, f -> offeringOf(f).salesCompensationRecipients()
        .size() != 1
        || offeringOf(f).commissionsAndFees().salesCommissions().amount().isZero() ? null
        : firstRecipient(f, r -> r.crdNumber(Optional.empty()).associatedBrokerDealerName(Optional.empty())
            .associatedBrokerDealerCrdNumber(Optional.empty()))));
    m.put("D-LIMIT-4A5-AGGREGATE",
        new Breaker(operating, f -> primary(f).family() != FederalExemption.Family.SECTION_4A5 ? null
        : withOffering(f, 6_000_000)));
    m.put("D-ELIG-4A5-ACCREDITED-ONLY",
        new Breaker(operating, f -> primary(f).family() != FederalExemption.Family.SECTION_4A5
        || sold(f) == 0 ? null : investors(f,
            i -> i.hasNonAccreditedInvestors(true).numberNonAccreditedInvestors(1L))));
    m.put("D-ELIG-504-INVESTMENT-COMPANY",
        new Breaker(operating, f -> primary(f).family() != FederalExemption.Family.RULE_504
        || offeringOf(f).netAssetValueRange().isPresent() ? null
        : offering(f, o -> o.industryGroup(IndustryGroup.POOLED_INVESTMENT_FUND)
            .investmentFundInfo(InvestmentFundInfo.of(InvestmentFundType.PRIVATE_EQUITY_FUND, true))
            .securityTypes(List.of(SecurityType.POOLED_INVESTMENT_FUND_INTERESTS))
            .otherSecurityTypeDescription(Optional.empty()))));

    // Both editions.
    m.put("D-REQ-ISSUER-NAME", new Breaker(PAPER, f -> changePaper(f,
        b -> b.issuer(((PaperFormD) f).issuer().withName(Optional.empty())))));
    m.put("D-REQ-RELATED-PERSON", new Breaker(anyElectronic, f -> changeFiling(f, b -> b.relatedPersons(List.of()))));
    m.put("D-REQ-SIGNATURE", new Breaker(PAPER, f -> changePaper(f,
        b -> b.federalSignature(Optional.empty()).partE(Optional.empty()))));
    m.put("D-CODE-SOLICITATION-STATES", new Breaker(anyElectronic, f -> firstRecipient(f, r -> r.statesOfSolicitation(
        StatesOfSolicitation.builder().allStates(true).addStates(StatesOfSolicitation.Entry.of(SolicitationState.NY))
            .build()))));
    m.put("D-XREF-DUPLICATE-SOLICITATION-STATE", new Breaker(anyElectronic,
        f -> firstRecipient(f, r -> r.statesOfSolicitation(
        StatesOfSolicitation.of(SolicitationState.NY, SolicitationState.NY)))));
    m.put("D-REQ-SOLICITATION-STATES", new Breaker(anyElectronic, f -> firstRecipient(f, r -> r.statesOfSolicitation(
        StatesOfSolicitation.builder().build()).foreignSolicitation(false))));

    // Paper.
    m.put("D-FORMAT-EDITION-DATE", new Breaker(PAPER, f -> {
      PaperFormD p = (PaperFormD) f;
      Signature late = Signature.builder().from(p.federalSignature().get()).date(LocalDate.of(2009, 3, 16)).build();
      return changePaper(p, b -> b.federalSignature(late).editionExpires(Optional.empty())
          .partE(p.partE().map(e -> PaperPartE.builder().from(e).signature(late).build())));
    }));
    m.put("D-PAPER-EDITION-EXPIRED", new Breaker(PAPER, f -> changePaper(f,
        b -> b.editionExpires(latest(f).minusDays(1)))));
    m.put("D-REQ-PAPER-EXEMPTION-CLAIMED",
        new Breaker(PAPER, f -> changePaper(f, b -> b.filingUnder(Recorded.of(Set.of())).uloe(Mark.UNCHECKED)
        .partE(Optional.empty()).appendix(List.of()))));
    m.put("D-FORMAT-PAPER-TEMPORARY-FORM-D", new Breaker(PAPER, f -> {
      PaperFormD p = (PaperFormD) f;
      if (p.federalSignature().isEmpty() || p.partE().flatMap(PaperPartE::signature).isPresent()) {
        return null;
      }
      Signature signed = Signature.builder().from(p.federalSignature().get()).date(LocalDate.of(2008, 12, 1)).build();
      return changePaper(f, b -> b.federalSignature(signed).editionExpires(Optional.empty()));
    }));
    m.put("D-XREF-PAPER-MIN-INVESTMENT", new Breaker(PAPER, f -> {
      Optional<UsdAmount> total = partCOf(f).securitiesTotal().aggregateOfferingPrice().amount();
      if (total.isEmpty() || total.get().isZero()) {
        return null;
      }
      PaperFormD p = (PaperFormD) f;
      return changePaper(f, b -> b.partB(PaperPartB.builder().from(p.partB())
          .minimumInvestment(usd(total.get().value().longValueExact() + 1)).build()));
    }));
    m.put("D-CODE-PAPER-JURISDICTION", new Breaker(PAPER, f -> changePaper(f,
        b -> b.issuer(Issuer.builder().from(f.primaryIssuer())
        .jurisdictionOfIncorporation("Delaware").build()))));
    m.put("D-REQ-PAPER-RELATED-PERSON-ROLE",
        new Breaker(PAPER, f -> changePaper(f, b -> b.relatedPersons(replaceFirst(f.relatedPersons(),
        RelatedPerson.builder().from(f.relatedPersons().get(0)).relationships(Recorded.of(List.of())).build())))));
    m.put("D-XREF-PAPER-PROMOTER-5Y",
        new Breaker(PAPER, f -> changePaper(f, b -> b.organizationDate(YearMonth.from(latest(f).minusYears(10)))
        .relatedPersons(replaceFirst(f.relatedPersons(), RelatedPerson.builder().from(f.relatedPersons().get(0))
            .relationships(Relationship.PROMOTER).build())))));
    m.put("D-XREF-PAPER-B1-C2", new Breaker(PAPER, f -> partCOf(f).nonAccreditedInvestors().number().orZero() == 0
        || !((PaperFormD) f).appendix().isEmpty() ? null
        : changePaper(f, b -> b.partB(PaperPartB.builder().from(((PaperFormD) f).partB())
            .nonAccreditedSales(Recorded.of(false)).build()))));
    m.put("D-XREF-PAPER-COMMISSION-B4", new Breaker(PAPER, f -> dollars(partCOf(f).salesCommissions().amount()) == 0
        ? null
        : changePaper(f, b -> b.partB(PaperPartB.builder().from(((PaperFormD) f).partB())
            .salesCompensationRecipients(List.of()).build()))));
    m.put("D-ARITH-PAPER-C1-OFFERED-TOTAL", new Breaker(PAPER, f -> changePartC(f, b -> b.debt(PaperSecurityLine.of(
        usd(dollars(partCOf(f).debt().aggregateOfferingPrice()) + 1000), partCOf(f).debt().amountAlreadySold())))));
    m.put("D-ARITH-PAPER-C1-SOLD-TOTAL", new Breaker(PAPER, f -> dollars(partCOf(f).equity().amountAlreadySold()) < 1000
        ? null
        : changePartC(f, b -> b.equity(PaperSecurityLine.of(partCOf(f).equity().aggregateOfferingPrice(),
            usd(dollars(partCOf(f).equity().amountAlreadySold()) - 1000))))));
    m.put("D-XREF-PAPER-C1-SOLD-LE-OFFERED", new Breaker(PAPER,
        f -> dollars(partCOf(f).equity().amountAlreadySold()) < 1000 ? null
        : changePartC(f, b -> b.equity(PaperSecurityLine.of(partCOf(f).equity().aggregateOfferingPrice(),
            usd(dollars(partCOf(f).equity().amountAlreadySold()) - 1000)))
            .otherSecurities(PaperSecurityLine.of(partCOf(f).otherSecurities().aggregateOfferingPrice(), usd(1000))))));
    m.put("D-REQ-PAPER-C1-OTHER-SPECIFY", new Breaker(PAPER, f -> dollars(partCOf(f).equity().aggregateOfferingPrice())
        - dollars(partCOf(f).equity().amountAlreadySold()) < 1000 ? null
        : changePartC(f, b -> b.equity(PaperSecurityLine.of(usd(dollars(partCOf(f).equity().aggregateOfferingPrice())
            - 1000),
            partCOf(f).equity().amountAlreadySold())).otherSecurities(PaperSecurityLine.of(usd(1000),
                partCOf(f).otherSecurities().amountAlreadySold())))));
    m.put("D-REQ-PAPER-C1-EQUITY-CLASS", new Breaker(PAPER, f -> changePartC(f,
        b -> b.equityCommon(Mark.UNCHECKED).equityPreferred(Mark.UNCHECKED))));
    m.put("D-XREF-PAPER-C2-504-TOTAL-LINE", new Breaker(PAPER, f -> claims(f, FederalExemption.RULE_504)
        || partCOf(f).accreditedInvestors().number().orZero() == 0 ? null
        : changePartC(f, b -> b.investorsTotal504(PaperInvestorLine.of(partCOf(f).accreditedInvestors().number(),
            partCOf(f).accreditedInvestors().dollarAmount())).nonAccreditedInvestors(PaperInvestorLine.of(
            StatedCount.of(0), partCOf(f).nonAccreditedInvestors().dollarAmount())))));
    m.put("D-ARITH-PAPER-C2-504-TOTAL", new Breaker(PAPER, f -> !claims(f, FederalExemption.RULE_504) ? null
        : changePartC(f, b -> b.investorsTotal504(PaperInvestorLine.of(
        StatedCount.of(partCOf(f).accreditedInvestors().number().orZero() + partCOf(f).nonAccreditedInvestors().number()
            .orZero() + 1),
        partCOf(f).investorsTotal504().dollarAmount())))));
    m.put("D-XREF-PAPER-C2-EQ-C1-SOLD", new Breaker(PAPER, f -> claims(f, FederalExemption.RULE_504) ? null
        : changePartC(f, b -> b.accreditedInvestors(PaperInvestorLine.of(partCOf(f).accreditedInvestors().number(),
            usd(dollars(partCOf(f).accreditedInvestors().dollarAmount()) + 1))))));
    m.put("D-ARITH-PAPER-C3-TOTAL", new Breaker(PAPER, f -> dollars(partCOf(f).priorSalesTotal().dollarAmount()) == 0
        ? null
        : changePartC(f, b -> b.priorSalesTotal(PaperPriorSale.of(Optional.empty(),
            usd(dollars(partCOf(f).priorSalesTotal().dollarAmount()) - 1))))));
    m.put("D-XREF-PAPER-C3-ONLY-504-505", new Breaker(PAPER, f -> !(claims(f, FederalExemption.RULE_506)
        || claims(f, FederalExemption.SECTION_4_6)) ? null
        : changePartC(f, b -> b.priorSalesRule505(PaperPriorSale.of(Optional.of("Equity"), usd(1000)))
            .priorSalesTotal(PaperPriorSale.of(Optional.empty(), usd(1000))))));
    m.put("D-CODE-PAPER-C3-TYPE", new Breaker(PAPER, f -> !claims(f, FederalExemption.RULE_504) ? null
        : changePartC(f, b -> b.priorSalesRule504(PaperPriorSale.of(Optional.of("Sundry"),
            partCOf(f).priorSalesRule504().dollarAmount())))));
    // Part C left blank (and the appendix, filed with the states, left out: its columns are checked against Part C).
    m.put("D-REQ-PAPER-AMENDMENT-PART-C", new Breaker(PAPER, f -> changePaper(f, b -> b.amendment(Recorded.of(true))
        .partC(blankPartC()).appendix(List.of()))));
    m.put("D-ARITH-PAPER-C4A-EXPENSE-TOTAL", new Breaker(PAPER, f -> changePartC(f, b -> b.legalFees(
        marked(partCOf(f).legalFees(), dollars(partCOf(f).legalFees().amount()) + 1)))));
    m.put("D-XREF-PAPER-C4A-ESTIMATE-PROPAGATION", new Breaker(PAPER, f -> changePartC(f, b -> b.legalFees(
        MarkedAmount.of(Mark.CHECKED, partCOf(f).legalFees().amount())).expensesTotal(MarkedAmount.of(Mark.UNCHECKED,
        partCOf(f).expensesTotal().amount())))));
    m.put("D-REQ-PAPER-C4A-OTHER-IDENTIFY", new Breaker(PAPER, f -> dollars(partCOf(f).otherExpenses().amount()) == 0
        ? null
        : changePartC(f, b -> b.otherExpensesDescription(Optional.empty()))));
    m.put("D-ARITH-PAPER-C4B-ADJUSTED-GROSS", new Breaker(PAPER, f -> changePartC(f,
        b -> shiftExpenses(partCOf(f), b, 1))));
    m.put("D-XREF-PAPER-C4B-NONNEGATIVE", new Breaker(PAPER, f -> changePartC(f, b -> shiftExpenses(partCOf(f), b,
        dollars(partCOf(f).securitiesTotal().aggregateOfferingPrice()) + 1))));
    m.put("D-ARITH-PAPER-C5-COLUMN-TOTAL",
        new Breaker(PAPER, f -> changePartC(f, b -> b.workingCapital(PaperProceedsLine.of(
        partCOf(f).workingCapital().toOfficersDirectorsAffiliates(),
        marked(partCOf(f).workingCapital().toOthers(), dollars(partCOf(f).workingCapital().toOthers().amount())
            + 1))))));
    m.put("D-ARITH-PAPER-C5-GRAND-TOTAL", new Breaker(PAPER, f -> dollars(partCOf(f).legalFees().amount()) < 1 ? null
        : changePartC(f, b -> shiftExpenses(partCOf(f), b, -1)
            .adjustedGrossProceeds(usd(dollars(partCOf(f).adjustedGrossProceeds()) + 1))
            .totalPaymentsListed(marked(partCOf(f).totalPaymentsListed(),
                dollars(partCOf(f).totalPaymentsListed().amount()) + 1)))));
    m.put("D-ARITH-PROCEEDS-TOTAL", new Breaker(PAPER, f -> dollars(partCOf(f).legalFees().amount()) < 1 ? null
        : changePartC(f, b -> shiftExpenses(partCOf(f), b, -1)
            .adjustedGrossProceeds(usd(dollars(partCOf(f).adjustedGrossProceeds()) + 1)))));
    m.put("D-REQ-PAPER-C5-OTHER-SPECIFY", new Breaker(PAPER, f -> dollars(partCOf(f).workingCapital().toOthers()
        .amount()) < 1 ? null
        : changePartC(f, b -> b.workingCapital(PaperProceedsLine.of(partCOf(f).workingCapital()
            .toOfficersDirectorsAffiliates(),
            marked(partCOf(f).workingCapital().toOthers(), dollars(partCOf(f).workingCapital().toOthers().amount())
                - 1)))
            .otherPurposes(PaperProceedsLine.of(partCOf(f).otherPurposes().toOfficersDirectorsAffiliates(),
                marked(partCOf(f).otherPurposes().toOthers(), 1))))));
    m.put("D-XREF-PAPER-SIGNER-ISSUER", new Breaker(PAPER, f -> {
      PaperFormD p = (PaperFormD) f;
      Signature other = Signature.builder().from(p.federalSignature().get()).issuerName("Another Company, Inc.")
          .build();
      return changePaper(p, b -> b.federalSignature(other));
    }));
    m.put("D-XREF-PAPER-ULOE-APPENDIX", new Breaker(PAPER, f -> ((PaperFormD) f).uloe() != Mark.CHECKED ? null
        : changePaper(f, b -> b.appendix(List.of()))));
    m.put("D-CODE-PAPER-APPX-STATE", new Breaker(PAPER, f -> {
      PaperFormD p = (PaperFormD) f;
      if (p.appendix().isEmpty()) {
        return null;
      }
      PaperAppendixRow first = p.appendix().get(0);
      PaperAppendixRow empty = PaperAppendixRow.builder().from(first).nonAccreditedSales(Recorded.of(false))
          .aggregateOfferingPrice(usd(0)).accreditedInvestors(StatedCount.of(0)).accreditedAmount(usd(0))
          .nonAccreditedInvestors(StatedCount.of(0)).nonAccreditedAmount(usd(0)).build();
      return changePaper(p, b -> b.addAppendix(empty));
    }));
    m.put("D-XREF-PAPER-APPX-NONACCREDITED", new Breaker(PAPER, f -> {
      PaperFormD p = (PaperFormD) f;
      if (p.appendix().isEmpty() || p.appendix().get(0).nonAccreditedInvestors().orZero() < 1) {
        return null;
      }
      PaperAppendixRow first = p.appendix().get(0);
      SolicitationState other = first.state() == SolicitationState.NY ? SolicitationState.NJ : SolicitationState.NY;
      if (p.appendix().stream().anyMatch(r -> r.state() == other)) {
        return null;
      }
      PaperAppendixRow moved = PaperAppendixRow.builder().from(first).state(other)
          .nonAccreditedSales(Recorded.of(false))
          .aggregateOfferingPrice(usd(0)).accreditedInvestors(StatedCount.of(0)).accreditedAmount(usd(0))
          .nonAccreditedInvestors(StatedCount.of(1)).nonAccreditedAmount(usd(0)).build();
      PaperFormD less = appendixRow0(p, r -> r.nonAccreditedInvestors(StatedCount.of(first.nonAccreditedInvestors()
          .orZero() - 1)));
      return changePaper(less, b -> b.addAppendix(moved));
    }));
    m.put("D-XREF-PAPER-APPX-C2-SUM", new Breaker(PAPER, f -> appendixRow0(f, r -> r.accreditedInvestors(
        StatedCount.of(((PaperFormD) f).appendix().get(0).accreditedInvestors().orZero() + 1)))));
    m.put("D-XREF-PAPER-APPX-C1", new Breaker(PAPER, f -> appendixRow0(f, r -> r.aggregateOfferingPrice(
        usd(dollars(partCOf(f).securitiesTotal().aggregateOfferingPrice()) + 1)))));
    m.put("D-XREF-PAPER-B1-APPENDIX2", new Breaker(PAPER, f -> ((PaperFormD) f).partB().nonAccreditedSales().value()
        ? null : appendixRow0(f, r -> r.nonAccreditedSales(Recorded.of(true)))));
    return m;
  }

  static LocalDate latest(FormD f) {
    return f.signatures().stream().map(Signature::date).max(LocalDate::compareTo).orElseThrow();
  }

  static <T> List<T> concat(List<T> list, T more) {
    List<T> all = new ArrayList<>(list);
    all.add(more);
    return all;
  }

  static <T> List<T> replace(List<T> list, T from, T to) {
    List<T> all = new ArrayList<>(list);
    all.replaceAll(x -> x.equals(from) ? to : x);
    return all;
  }

  static <T> List<T> replaceFirst(List<T> list, T first) {
    List<T> all = new ArrayList<>(list);
    all.set(0, first);
    return all;
  }

  /** @return a Part C with every question blank and every box unchecked */
  private static PaperPartC blankPartC() {
    StatedAmount blank = StatedAmount.blank();
    PaperSecurityLine security = PaperSecurityLine.of(blank, blank);
    MarkedAmount amount = MarkedAmount.of(Mark.UNCHECKED, blank);
    PaperInvestorLine investors = PaperInvestorLine.of(StatedCount.blank(), blank);
    PaperPriorSale sale = PaperPriorSale.of(Optional.empty(), blank);
    PaperProceedsLine proceeds = PaperProceedsLine.of(amount, amount);
    return PaperPartC.builder().exchangeOffering(Mark.UNCHECKED).debt(security).equity(security)
        .equityCommon(Mark.UNCHECKED).equityPreferred(Mark.UNCHECKED).convertibleSecurities(security)
        .partnershipInterests(security).otherSecurities(security).securitiesTotal(security)
        .accreditedInvestors(investors).nonAccreditedInvestors(investors).investorsTotal504(investors)
        .priorSalesRule505(sale).priorSalesRegulationA(sale).priorSalesRule504(sale).priorSalesTotal(sale)
        .transferAgentFees(amount).printingAndEngravingCosts(amount).legalFees(amount).accountingFees(amount)
        .engineeringFees(amount).salesCommissions(amount).otherExpenses(amount).expensesTotal(amount)
        .adjustedGrossProceeds(blank).salariesAndFees(proceeds).purchaseOfRealEstate(proceeds)
        .machineryAndEquipment(proceeds).plantBuildingsAndFacilities(proceeds).acquisitionOfOtherBusinesses(proceeds)
        .repaymentOfIndebtedness(proceeds).workingCapital(proceeds).otherPurposes(proceeds).columnTotals(proceeds)
        .totalPaymentsListed(amount).build();
  }
}
