package io.formd.core.fake;

import io.formd.core.model.Address;
import io.formd.core.model.Edition;
import io.formd.core.model.EntityType;
import io.formd.core.model.FederalExemption;
import io.formd.core.model.Issuer;
import io.formd.core.model.Mark;
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
import io.formd.core.model.Recorded;
import io.formd.core.model.RelatedPerson;
import io.formd.core.model.Relationship;
import io.formd.core.model.SalesCompensationRecipient;
import io.formd.core.model.Signature;
import io.formd.core.model.SolicitationState;
import io.formd.core.model.StatedAmount;
import io.formd.core.model.StatedCount;
import io.formd.core.model.StatesOfSolicitation;
import io.formd.core.model.UsdAmount;
import io.formd.core.rules.Limits;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Generates paper filings (OMB 3235-0076) whose Part C adds up and that no built-in rule objects to. */
final class PaperGenerator {

  private static final StatedAmount DASH_ZERO = StatedAmount.written("-0-", UsdAmount.ZERO);
  private static final StatedAmount NA = StatedAmount.written("n/a");

  private final Rng rng;
  private final FakeConfig config;
  private final ElectronicGenerator places;

  PaperGenerator(Rng rng, FakeConfig config, ElectronicGenerator places) {
    this.rng = rng;
    this.config = config;
    this.places = places;
  }

  PaperFormD next() {
    LocalDate signed = rng.dateBetween(config.fromFor(Edition.PAPER), config.untilFor(Edition.PAPER));
    FederalExemption claim = rng.pick(FederalExemption.RULE_506, FederalExemption.RULE_506, FederalExemption.RULE_506,
        FederalExemption.RULE_505, FederalExemption.RULE_504, FederalExemption.SECTION_4_6);
    boolean capped = claim != FederalExemption.RULE_506;
    long cap = claim == FederalExemption.RULE_504 ? Limits.rule504Ceiling(signed).value().longValueExact()
        : Limits.FIVE_MILLION.value().longValueExact();
    long prior = claim == FederalExemption.RULE_504 || claim == FederalExemption.RULE_505
        ? (rng.chance(50) ? 0 : rng.round(10_000, cap / 4)) : 0;
    long maxOffer = capped ? cap - prior : config.size() == FakeConfig.Size.SMALL ? 2_000_000 : 50_000_000;
    long offered = rng.round(Math.min(50_000, maxOffer), maxOffer);
    long sold = rng.chance(20) ? offered : rng.round(0, offered);
    boolean amendment = config.amendments() == FakeConfig.Amendments.ALWAYS
        || config.amendments() == FakeConfig.Amendments.SOMETIMES && rng.chance(15);

    // Question 1: equity alone, or equity and debt.
    boolean withDebt = rng.chance(30);
    long debtOffered = withDebt ? rng.round(0, offered / 2) : 0;
    long equityOffered = offered - debtOffered;
    long debtSold = Math.min(debtOffered, sold / 2);
    long equitySold = sold - debtSold;
    if (equitySold > equityOffered) {
      equitySold = equityOffered;
      debtSold = sold - equitySold;
    }
    // Question 2: split of the sold amount between accredited and non-accredited investors.
    boolean nonAccreditedAllowed = claim != FederalExemption.SECTION_4_6;
    long investors = sold == 0 ? 0 : rng.between(1, 80);
    long nonAccredited = nonAccreditedAllowed && investors > 1 && rng.chance(25)
        ? rng.between(1L, Math.min(Limits.MAX_NON_ACCREDITED, investors - 1)) : 0;
    long nonAccreditedDollars = nonAccredited == 0 ? 0 : sold * nonAccredited / investors;
    long accreditedDollars = sold - nonAccreditedDollars;

    // Question 4.a: a few expenses, at most a tenth of the offering.
    long[] expenses = new long[7];
    Mark[] estimates = new Mark[7];
    long expenseTotal = 0;
    boolean anyEstimate = false;
    List<SalesCompensationRecipient> recipients = new ArrayList<>();
    if (rng.chance(30)) {
      recipients.add(recipient());
    }
    for (int i = 0; i < 7; i++) {
      boolean used = i == 2 || rng.chance(35);
      if (i == 5 && recipients.isEmpty()) {
        used = false;
      }
      expenses[i] = used ? rng.round(0, Math.max(0, offered / 70)) : 0;
      estimates[i] = expenses[i] > 0 && rng.chance(40) ? Mark.CHECKED : Mark.UNCHECKED;
      anyEstimate |= estimates[i] == Mark.CHECKED;
      expenseTotal += expenses[i];
    }
    long adjusted = offered - expenseTotal;
    // Question 5: the adjusted proceeds spread over working capital and one other purpose, two columns.
    long toOfficers = rng.chance(30) ? rng.round(0, adjusted / 10) : 0;
    long toOthersWorking = rng.round(0, adjusted - toOfficers);
    long toOthersOther = adjusted - toOfficers - toOthersWorking;
    int otherRow = rng.nextInt(6);

    PaperPartC.Builder c = PaperPartC.builder()
        .exchangeOffering(Mark.UNCHECKED)
        .debt(PaperSecurityLine.of(amount(debtOffered), amount(debtSold)))
        .equity(PaperSecurityLine.of(amount(equityOffered), amount(equitySold)))
        .equityCommon(equityOffered > 0 ? Mark.CHECKED : Mark.UNCHECKED)
        .equityPreferred(Mark.UNCHECKED)
        .convertibleSecurities(PaperSecurityLine.of(DASH_ZERO, DASH_ZERO))
        .partnershipInterests(PaperSecurityLine.of(DASH_ZERO, DASH_ZERO))
        .otherSecurities(PaperSecurityLine.of(DASH_ZERO, DASH_ZERO))
        .securitiesTotal(PaperSecurityLine.of(StatedAmount.of(offered), StatedAmount.of(sold)))
        .accreditedInvestors(PaperInvestorLine.of(StatedCount.of(investors - nonAccredited), amount(accreditedDollars)))
        .nonAccreditedInvestors(PaperInvestorLine.of(nonAccredited == 0 ? StatedCount.written("-0-", 0)
            : StatedCount.of(nonAccredited), amount(nonAccreditedDollars)))
        .investorsTotal504(claim == FederalExemption.RULE_504
            ? PaperInvestorLine.of(StatedCount.of(investors), StatedAmount.of(sold))
            : PaperInvestorLine.of(StatedCount.written("n/a"), NA));
    if (prior > 0) {
      c.priorSalesRule505(PaperPriorSale.of(Optional.of("n/a"), NA))
          .priorSalesRegulationA(PaperPriorSale.of(Optional.of("n/a"), NA))
          .priorSalesRule504(PaperPriorSale.of(Optional.of("Equity"), StatedAmount.of(prior)))
          .priorSalesTotal(PaperPriorSale.of(Optional.empty(), StatedAmount.of(prior)));
    } else {
      PaperPriorSale none = PaperPriorSale.of(Optional.of("n/a"), NA);
      c.priorSalesRule505(none).priorSalesRegulationA(none).priorSalesRule504(none).priorSalesTotal(none);
    }
    MarkedAmount[] lines = new MarkedAmount[7];
    for (int i = 0; i < 7; i++) {
      lines[i] = MarkedAmount.of(estimates[i], expenses[i] == 0 ? NA : StatedAmount.of(expenses[i]));
    }
    c.transferAgentFees(lines[0]).printingAndEngravingCosts(lines[1]).legalFees(lines[2]).accountingFees(lines[3])
        .engineeringFees(lines[4]).salesCommissions(lines[5]).otherExpenses(lines[6])
        .otherExpensesDescription(Optional.ofNullable(expenses[6] > 0 ? "Blue sky filing fees" : null))
        .expensesTotal(MarkedAmount.of(anyEstimate ? Mark.CHECKED : Mark.UNCHECKED, StatedAmount.of(expenseTotal)))
        .adjustedGrossProceeds(StatedAmount.of(adjusted));
    PaperProceedsLine none = PaperProceedsLine.of(MarkedAmount.of(Mark.UNCHECKED, DASH_ZERO),
        MarkedAmount.of(Mark.UNCHECKED, DASH_ZERO));
    PaperProceedsLine[] purposes = new PaperProceedsLine[8];
    Arrays.fill(purposes, none);
    purposes[0] = PaperProceedsLine.of(MarkedAmount.of(Mark.UNCHECKED, amount(toOfficers)),
        MarkedAmount.of(Mark.UNCHECKED, DASH_ZERO));
    purposes[6] = PaperProceedsLine.of(MarkedAmount.of(Mark.UNCHECKED, DASH_ZERO),
        MarkedAmount.of(rng.chance(50) ? Mark.CHECKED : Mark.UNCHECKED, amount(toOthersWorking)));
    int row = otherRow == 0 ? 1 : otherRow;
    purposes[row] = PaperProceedsLine.of(MarkedAmount.of(Mark.UNCHECKED, DASH_ZERO),
        MarkedAmount.of(Mark.UNCHECKED, amount(toOthersOther)));
    c.salariesAndFees(purposes[0]).purchaseOfRealEstate(purposes[1]).machineryAndEquipment(purposes[2])
        .plantBuildingsAndFacilities(purposes[3]).acquisitionOfOtherBusinesses(purposes[4])
        .repaymentOfIndebtedness(purposes[5]).workingCapital(purposes[6]).otherPurposes(purposes[7])
        .columnTotals(PaperProceedsLine.of(MarkedAmount.of(Mark.UNCHECKED, StatedAmount.of(toOfficers)),
            MarkedAmount.of(Mark.UNCHECKED, StatedAmount.of(toOthersWorking + toOthersOther))))
        .totalPaymentsListed(MarkedAmount.of(Mark.UNCHECKED, StatedAmount.of(adjusted)));

    Address address = places.address();
    String name = rng.pick(Words.NAME_WORDS) + " " + rng.pick(Words.BUSINESS) + ", Inc.";
    YearMonth organized = YearMonth.from(signed.minusMonths(rng.between(3, 240)));
    boolean young = !organized.atDay(1).plusYears(5).isBefore(signed);
    Issuer issuer = Issuer.builder().name(name).address(address).phone(places.phone(address))
        .jurisdictionOfIncorporation(rng.pick(Words.PAPER_JURISDICTIONS))
        .entityType(rng.pick(EntityType.CORPORATION, EntityType.CORPORATION, EntityType.LIMITED_PARTNERSHIP,
            EntityType.LIMITED_PARTNERSHIP_TO_BE_FORMED, EntityType.BUSINESS_TRUST))
        .build();
    List<RelatedPerson> persons = new ArrayList<>();
    int count = rng.between(1, 8);
    for (int i = 0; i < count; i++) {
      List<Relationship> roles = new ArrayList<>();
      roles.add(rng.pick(Relationship.EXECUTIVE_OFFICER, Relationship.DIRECTOR, Relationship.BENEFICIAL_OWNER,
          Relationship.GENERAL_MANAGING_PARTNER));
      if (young && rng.chance(30)) {
        roles.add(Relationship.PROMOTER);
      }
      persons.add(RelatedPerson.builder()
          .name(PersonName.written(rng.pick(Words.LAST) + ", " + rng.pick(Words.FIRST) + " " + rng.pick(Words.MIDDLE)))
          .address(places.address()).relationships(Recorded.of(List.copyOf(roles))).build());
    }
    boolean uloe = rng.chance(25);
    boolean b1 = nonAccredited > 0 || rng.chance(20);
    List<PaperAppendixRow> appendix = new ArrayList<>();
    if (uloe) {
      Set<SolicitationState> states = EnumSet.noneOf(SolicitationState.class);
      int n = rng.between(1, 3);
      for (int i = 0; i < n; i++) {
        states.add(rng.pick(SolicitationState.values()));
      }
      boolean first = true;
      for (SolicitationState state : states) {
        boolean carries = first;
        appendix.add(PaperAppendixRow.builder().state(state)
            .nonAccreditedSales(Recorded.of(b1 && carries))
            .typeOfSecurity("Common stock")
            .aggregateOfferingPrice(StatedAmount.of(carries ? offered : 0))
            .accreditedInvestors(StatedCount.of(carries ? investors - nonAccredited : 0))
            .accreditedAmount(StatedAmount.of(carries ? accreditedDollars : 0))
            .nonAccreditedInvestors(StatedCount.of(carries ? nonAccredited : 0))
            .nonAccreditedAmount(StatedAmount.of(carries ? nonAccreditedDollars : 0))
            .disqualified(Recorded.of(false)).build());
        first = false;
      }
    }
    Signature signature = Signature.builder().issuerName(name)
        .signerName(rng.pick(Words.FIRST) + " " + rng.pick(Words.LAST)).title(rng.pick(Words.TITLES)).date(signed)
        .build();
    return PaperFormD.builder()
        .editionExpires(Optional.ofNullable(rng.chance(50) ? signed.plusMonths(rng.between(1, 36)) : null))
        .nameOfOffering(Optional.ofNullable(rng.chance(70) ? "Private placement of common stock of " + name : null))
        .offeringNameChanged(Mark.UNCHECKED)
        .filingUnder(Recorded.of(Set.of(claim)))
        .uloe(Mark.of(uloe))
        .amendment(Recorded.of(amendment))
        .issuer(issuer)
        .issuerNameChanged(Mark.UNCHECKED)
        .businessDescription(rng.pick("Software development and sales", "Medical devices", "Oil and gas exploration",
            "Restaurant operations", "Real estate investment", "Specialty retail"))
        .organizationDate(organized)
        .organizationDateEstimated(Recorded.of(rng.chance(10)))
        .relatedPersons(persons)
        .partB(PaperPartB.builder().nonAccreditedSales(Recorded.of(b1))
            .minimumInvestment(rng.chance(40) ? StatedAmount.written("no minimum", UsdAmount.ZERO)
                : StatedAmount.of(Math.min(offered, rng.round(1_000, 100_000))))
            .jointOwnership(Recorded.of(rng.chance(50))).salesCompensationRecipients(recipients).build())
        .partC(c.build())
        .federalSignature(signature)
        .partE(Optional.ofNullable(uloe ? PaperPartE.builder().disqualified(Recorded.of(false))
            .signature(signature).build() : null))
        .appendix(appendix)
        .build();
  }

  private static StatedAmount amount(long dollars) {
    return dollars == 0 ? DASH_ZERO : StatedAmount.of(dollars);
  }

  private SalesCompensationRecipient recipient() {
    return SalesCompensationRecipient.builder()
        .name(rng.pick(Words.NAME_WORDS) + " Securities, Inc.")
        .associatedBrokerDealerName(rng.pick(Words.NAME_WORDS) + " Securities, Inc.")
        .address(places.address())
        .statesOfSolicitation(rng.chance(50) ? StatesOfSolicitation.all()
            : StatesOfSolicitation.of(rng.pick(SolicitationState.values())))
        .build();
  }
}
