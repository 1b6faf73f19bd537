package io.formd.core.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.formd.core.fake.FakeFilings;
import io.formd.core.model.FormD;
import io.formd.core.model.Mark;
import io.formd.core.model.MarkedAmount;
import io.formd.core.model.PaperFormD;
import io.formd.core.model.PaperPartC;
import io.formd.core.model.PaperProceedsLine;
import io.formd.core.model.PaperSecurityLine;
import io.formd.core.model.StatedAmount;
import io.formd.core.model.UsdAmount;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Combinators;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.LongRange;

/**
 * The accounting identities of both editions, and the engine's own invariants, for generated amounts and
 * dates. A failing property prints its seed; {@code @Property(seed = "...")} replays it.
 */
class RuleProperties {

  private static final List<String> ARITHMETIC = List.of("D-ARITH-REMAINING", "D-XREF-SOLD-LE-OFFERING");
  private static final List<String> PAPER_ARITHMETIC = List.of("D-ARITH-PAPER-C1-OFFERED-TOTAL",
      "D-ARITH-PAPER-C1-SOLD-TOTAL", "D-XREF-PAPER-C1-SOLD-LE-OFFERED", "D-ARITH-PAPER-C4A-EXPENSE-TOTAL",
      "D-ARITH-PAPER-C4B-ADJUSTED-GROSS", "D-ARITH-PAPER-C5-COLUMN-TOTAL", "D-ARITH-PAPER-C5-GRAND-TOTAL",
      "D-ARITH-PROCEEDS-TOTAL");

  @Property
  void remainingEqualToOfferedLessSoldNeverBreaksItem13Arithmetic(
      @ForAll @LongRange(max = 999_999_999_999L) long offered, @ForAll @LongRange(max = 999_999_999_999L) long sold) {
    long lower = Math.min(offered, sold);
    long upper = Math.max(offered, sold);
    ValidationReport report = RuleSets.builtIn().validate(TestChanges.amounts(upper, lower, upper - lower));
    for (String id : ARITHMETIC) {
      assertThat(report.findingsOf(id)).as(id).isEmpty();
    }
  }

  @Property
  void anyOtherStatedRemainingIsAnArithmeticError(
      @ForAll @LongRange(min = 1, max = 999_999_999_999L) long offered,
      @ForAll @LongRange(max = 999_999_999_999L) long soldSeed,
      @ForAll @LongRange(min = 1, max = 1_000_000) long error) {
    long sold = soldSeed % offered;
    long remaining = offered - sold;
    long wrong = remaining >= error ? remaining - error : remaining + error;
    assertThat(RuleSets.builtIn().validate(TestChanges.amounts(offered, sold, wrong)).findingsOf("D-ARITH-REMAINING"))
        .hasSize(1);
  }

  @Provide
  Arbitrary<List<Long>> cents() {
    return Arbitraries.longs().between(0, 99_999_999_999L).list().ofSize(16);
  }

  /** A paper Part C whose stated totals are the exact sums of its generated lines. */
  static PaperFormD consistentPaper(List<Long> cents) {
    List<StatedAmount> a = new ArrayList<>();
    for (long c : cents) {
      a.add(StatedAmount.of(UsdAmount.of(BigDecimal.valueOf(c, 2))));
    }
    // offered per row: a0..a4 plus sold ≤ offered (half of each row)
    List<PaperSecurityLine> rows = new ArrayList<>();
    UsdAmount offered = UsdAmount.ZERO;
    UsdAmount sold = UsdAmount.ZERO;
    for (int i = 0; i < 5; i++) {
      UsdAmount o = a.get(i).orZero();
      UsdAmount s = UsdAmount.of(o.value().divideToIntegralValue(BigDecimal.valueOf(2)));
      rows.add(PaperSecurityLine.of(StatedAmount.of(o), StatedAmount.of(s)));
      offered = offered.plus(o);
      sold = sold.plus(s);
    }
    List<MarkedAmount> expenses = new ArrayList<>();
    UsdAmount expenseTotal = UsdAmount.ZERO;
    for (int i = 5; i < 12; i++) {
      // keep expenses small enough that 4.b stays non-negative
      BigDecimal eighth = offered.value().divideToIntegralValue(BigDecimal.valueOf(8));
      UsdAmount e = eighth.signum() == 0 ? UsdAmount.ZERO : UsdAmount.of(a.get(i).orZero().value().remainder(eighth));
      expenses.add(MarkedAmount.of(Mark.UNCHECKED, StatedAmount.of(e)));
      expenseTotal = expenseTotal.plus(e);
    }
    UsdAmount adjusted = UsdAmount.of(offered.minus(expenseTotal));
    UsdAmount toOfficers = UsdAmount.of(adjusted.value().divideToIntegralValue(BigDecimal.valueOf(3)));
    UsdAmount toOthers = UsdAmount.of(adjusted.minus(toOfficers));
    MarkedAmount zero = MarkedAmount.of(Mark.UNCHECKED, StatedAmount.of(UsdAmount.ZERO));
    PaperProceedsLine none = PaperProceedsLine.of(zero, zero);
    PaperProceedsLine used = PaperProceedsLine.of(MarkedAmount.of(Mark.UNCHECKED, StatedAmount.of(toOfficers)),
        MarkedAmount.of(Mark.UNCHECKED, StatedAmount.of(toOthers)));
    PaperPartC c = PaperPartC.builder().from(TestChanges.P.partC())
        .debt(rows.get(0)).equity(rows.get(1)).convertibleSecurities(rows.get(2)).partnershipInterests(rows.get(3))
        .otherSecurities(rows.get(4)).otherSecuritiesDescription("units")
        .securitiesTotal(PaperSecurityLine.of(StatedAmount.of(offered), StatedAmount.of(sold)))
        .transferAgentFees(expenses.get(0)).printingAndEngravingCosts(expenses.get(1)).legalFees(expenses.get(2))
        .accountingFees(expenses.get(3)).engineeringFees(expenses.get(4)).salesCommissions(expenses.get(5))
        .otherExpenses(expenses.get(6)).otherExpensesDescription("filing fees")
        .expensesTotal(MarkedAmount.of(Mark.UNCHECKED, StatedAmount.of(expenseTotal)))
        .adjustedGrossProceeds(StatedAmount.of(adjusted))
        .salariesAndFees(none).purchaseOfRealEstate(none).machineryAndEquipment(none).plantBuildingsAndFacilities(none)
        .acquisitionOfOtherBusinesses(none).repaymentOfIndebtedness(none).workingCapital(used).otherPurposes(none)
        .columnTotals(used)
        .totalPaymentsListed(MarkedAmount.of(Mark.UNCHECKED, StatedAmount.of(adjusted)))
        .build();
    return PaperFormD.builder().from(TestChanges.P).partC(c).build();
  }

  @Property
  void paperPartCWhoseTotalsAreTheSumsPassesEveryArithmeticRule(@ForAll("cents") List<Long> cents) {
    ValidationReport report = RuleSets.builtIn().validate(consistentPaper(cents));
    for (String id : PAPER_ARITHMETIC) {
      assertThat(report.findingsOf(id)).as(id).isEmpty();
    }
  }

  @Property
  void aOneCentSlipInTheProceedsGrandTotalIsAlwaysCaught(@ForAll("cents") List<Long> cents) {
    PaperFormD filing = consistentPaper(cents);
    UsdAmount listed = filing.partC().totalPaymentsListed().amount().orZero();
    PaperFormD slipped = PaperFormD.builder().from(filing).partC(PaperPartC.builder().from(filing.partC())
        .totalPaymentsListed(MarkedAmount.of(Mark.UNCHECKED, StatedAmount.of(listed.plus(UsdAmount.parse("0.01")))))
        .build()).build();
    ValidationReport report = RuleSets.builtIn().validate(slipped);
    assertThat(report.findingsOf("D-ARITH-PAPER-C5-GRAND-TOTAL")).hasSize(1);
    assertThat(report.findingsOf("D-ARITH-PROCEEDS-TOTAL")).hasSize(1);
  }

  @Property
  void findingsAreDeterministicAndOrderStable(@ForAll("anyBroken") FormD filing) {
    ValidationReport first = RuleSets.builtIn().validate(filing);
    ValidationReport second = RuleSets.builtIn().validate(filing);
    assertThat(second.findings()).isEqualTo(first.findings());
    List<String> ruleOrder = RuleSets.builtIn().rules().stream().map(Rule::id).collect(Collectors.toList());
    List<Integer> positions = first.findings().stream().map(f -> ruleOrder.indexOf(f.ruleId()))
        .collect(Collectors.toList());
    assertThat(positions).isSorted();
  }

  @Property
  void aRuleSetWithoutRuleXNeverReportsX(@ForAll("anyBroken") FormD filing, @ForAll("ruleIds") String id) {
    assertThat(RuleSets.builtIn().without(id).validate(filing).findingsOf(id)).isEmpty();
  }

  @Property
  void asOfIsMonotoneInTheWayTheDatesSay(@ForAll("dates") LocalDate day) {
    RuleSet rules = RuleSets.builtIn().asOf(day);
    for (Rule rule : RuleSets.builtIn().rules()) {
      boolean inForce = rule.from().map(from -> !day.isBefore(from)).orElse(true)
          && rule.until().map(until -> day.isBefore(until)).orElse(true);
      assertThat(rules.rule(rule.id()).isPresent()).as(rule.id() + " on " + day).isEqualTo(inForce);
    }
    // Once Rule 505 is gone it stays gone; once Rule 506(c) exists it stays.
    LocalDate later = day.plusYears(3);
    if (rules.rule("D-CODE-505-REPEALED").isPresent()) {
      assertThat(RuleSets.builtIn().asOf(later).rule("D-CODE-505-REPEALED")).isPresent();
    }
    if (rules.rule("D-LIMIT-505-AGGREGATE").isEmpty()) {
      assertThat(RuleSets.builtIn().asOf(later).rule("D-LIMIT-505-AGGREGATE")).isEmpty();
    }
    assertThat(Limits.rule504Ceiling(later)).isGreaterThanOrEqualTo(Limits.rule504Ceiling(day));
  }

  @Provide
  Arbitrary<LocalDate> dates() {
    return Arbitraries.integers().between(0, 60 * 366).map(d -> LocalDate.of(1982, 1, 1).plusDays(d));
  }

  @Provide
  Arbitrary<String> ruleIds() {
    return Arbitraries.of(RuleSets.builtIn().rules().stream().map(Rule::id).collect(Collectors.toList()));
  }

  @Provide
  Arbitrary<FormD> anyBroken() {
    List<String> ids = new ArrayList<>();
    RuleSets.builtIn().rules().forEach(r -> ids.add(r.id()));
    ids.removeAll(FakeFilings.unbreakableRules().keySet());
    return Combinators.combine(Arbitraries.of(ids), Arbitraries.longs())
        .as((id, seed) -> FakeFilings.seeded(seed).brokenBy(id));
  }

}
