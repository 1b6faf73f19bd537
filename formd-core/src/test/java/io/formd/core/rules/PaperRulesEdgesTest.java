package io.formd.core.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.formd.core.fake.FakeConfig;
import io.formd.core.fake.FakeFilings;
import io.formd.core.model.Edition;
import io.formd.core.model.FederalExemption;
import io.formd.core.model.Issuer;
import io.formd.core.model.Mark;
import io.formd.core.model.MarkedAmount;
import io.formd.core.model.PaperFormD;
import io.formd.core.model.PaperInvestorLine;
import io.formd.core.model.PaperPartC;
import io.formd.core.model.PaperPriorSale;
import io.formd.core.model.PaperProceedsLine;
import io.formd.core.model.PaperSecurityLine;
import io.formd.core.model.Recorded;
import io.formd.core.model.StatedAmount;
import io.formd.core.model.StatedCount;
import io.formd.core.model.UsdAmount;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

/** The paper rules at their edges, each on the 2003 seed changed in one place. */
class PaperRulesEdgesTest {

  private static final PaperFormD P = TestChanges.P;

  private static List<Finding> findings(PaperFormD f, String id) {
    return RuleSets.builtIn().validate(f).findingsOf(id);
  }

  private static Set<String> ids(PaperFormD f) {
    return RuleSets.builtIn().validate(f).findings().stream().map(Finding::ruleId).collect(Collectors.toSet());
  }

  private static PaperFormD partC(PaperFormD f, UnaryOperator<PaperPartC.Builder> change) {
    return PaperFormD.builder().from(f).partC(change.apply(PaperPartC.builder().from(f.partC())).build()).build();
  }

  private static PaperFormD jurisdiction(String j) {
    return PaperFormD.builder().from(P).issuer(Issuer.builder().from(P.issuer()).jurisdictionOfIncorporation(j)
        .build()).build();
  }

  @Test
  void aJurisdictionIsTwoUpperCaseLettersOfAStateOrTerritoryOrCnOrFn() {
    for (String bad : List.of("de", "DEL", "XX", "D")) {
      assertThat(ids(jurisdiction(bad))).as(bad).contains("D-CODE-PAPER-JURISDICTION");
    }
    for (String good : List.of("DE", "NY", "VI", "GU", "CN", "FN")) {
      assertThat(ids(jurisdiction(good))).as(good).doesNotContain("D-CODE-PAPER-JURISDICTION");
    }
  }

  @Test
  void theTotalRowIsCheckedForMoreSoldThanOffered() {
    PaperSecurityLine total = P.partC().securitiesTotal();
    PaperFormD over = partC(P, c -> c.securitiesTotal(PaperSecurityLine.of(total.aggregateOfferingPrice(),
        StatedAmount.of(total.aggregateOfferingPrice().orZero().plus(UsdAmount.of(1))))));
    assertThat(findings(over, "D-XREF-PAPER-C1-SOLD-LE-OFFERED")).extracting(Finding::path)
        .containsExactly("partC.securitiesTotal.amountAlreadySold");
  }

  @Test
  void otherSecuritiesAndExpensesAndPurposesAreSpecifiedByMoreThanBlanks() {
    PaperFormD other = partC(P, c -> c.otherSecurities(PaperSecurityLine.of(StatedAmount.of(100), StatedAmount.of(0)))
        .otherSecuritiesDescription("  "));
    assertThat(ids(other)).contains("D-REQ-PAPER-C1-OTHER-SPECIFY");
    assertThat(ids(partC(other, c -> c.otherSecuritiesDescription("Notes"))))
        .doesNotContain("D-REQ-PAPER-C1-OTHER-SPECIFY");
    PaperFormD expenses = partC(P, c -> c.otherExpenses(MarkedAmount.of(Mark.UNCHECKED, StatedAmount.of(10)))
        .otherExpensesDescription(" "));
    assertThat(ids(expenses)).contains("D-REQ-PAPER-C4A-OTHER-IDENTIFY");
    assertThat(ids(partC(expenses, c -> c.otherExpensesDescription("Filing fees"))))
        .doesNotContain("D-REQ-PAPER-C4A-OTHER-IDENTIFY");
    MarkedAmount ten = MarkedAmount.of(Mark.UNCHECKED, StatedAmount.of(10));
    PaperFormD purposes = partC(P, c -> c.otherPurposes(PaperProceedsLine.of(ten, ten)).otherPurposesDescription(" "));
    assertThat(ids(purposes)).contains("D-REQ-PAPER-C5-OTHER-SPECIFY");
    assertThat(ids(partC(purposes, c -> c.otherPurposesDescription("Research"))))
        .doesNotContain("D-REQ-PAPER-C5-OTHER-SPECIFY");
  }

  @Test
  void theEquityClassIsAskedOnlyWhereEitherBoxWasRecorded() {
    PaperFormD equity = partC(P, c -> c.equity(PaperSecurityLine.of(StatedAmount.of(1000), StatedAmount.of(0))));
    assertThat(ids(partC(equity, c -> c.equityCommon(Mark.NOT_RECORDED).equityPreferred(Mark.NOT_RECORDED))))
        .doesNotContain("D-REQ-PAPER-C1-EQUITY-CLASS");
    assertThat(ids(partC(equity, c -> c.equityCommon(Mark.NOT_RECORDED).equityPreferred(Mark.UNCHECKED))))
        .contains("D-REQ-PAPER-C1-EQUITY-CLASS");
    assertThat(ids(partC(equity, c -> c.equityCommon(Mark.UNCHECKED).equityPreferred(Mark.NOT_RECORDED))))
        .contains("D-REQ-PAPER-C1-EQUITY-CLASS");
    assertThat(ids(partC(equity, c -> c.equityCommon(Mark.UNCHECKED).equityPreferred(Mark.CHECKED))))
        .doesNotContain("D-REQ-PAPER-C1-EQUITY-CLASS");
  }

  @Test
  void question2sTotalLineBelongsToRule504FilingsAlone() {
    PaperFormD only504 = PaperFormD.builder().from(P).filingUnder(Recorded.of(Set.of(FederalExemption.RULE_504)))
        .build();
    PaperInvestorLine none = PaperInvestorLine.of(StatedCount.of(0), StatedAmount.of(0));
    PaperInvestorLine three = PaperInvestorLine.of(StatedCount.of(3), StatedAmount.of(3000));
    PaperFormD nonAccreditedOnly = partC(only504, c -> c.accreditedInvestors(none).nonAccreditedInvestors(three)
        .investorsTotal504(PaperInvestorLine.of(StatedCount.blank(), StatedAmount.blank())));
    assertThat(ids(nonAccreditedOnly)).contains("D-XREF-PAPER-C2-504-TOTAL-LINE");
    PaperFormD alsoUnder506 = PaperFormD.builder().from(nonAccreditedOnly).filingUnder(Recorded.of(
        Set.of(FederalExemption.RULE_504, FederalExemption.RULE_506))).build();
    assertThat(ids(alsoUnder506)).doesNotContain("D-XREF-PAPER-C2-504-TOTAL-LINE");
  }

  @Test
  void question2sTotalIsTheSumOfBothLinesInNumberAndDollars() {
    PaperInvestorLine two = PaperInvestorLine.of(StatedCount.of(2), StatedAmount.of(200));
    PaperInvestorLine three = PaperInvestorLine.of(StatedCount.of(3), StatedAmount.of(300));
    PaperFormD right = partC(P, c -> c.accreditedInvestors(two).nonAccreditedInvestors(three)
        .investorsTotal504(PaperInvestorLine.of(StatedCount.of(5), StatedAmount.of(500))));
    assertThat(findings(right, "D-ARITH-PAPER-C2-504-TOTAL")).isEmpty();
    PaperFormD wrongDollars = partC(right, c -> c.investorsTotal504(PaperInvestorLine.of(StatedCount.of(5),
        StatedAmount.of(400))));
    assertThat(findings(wrongDollars, "D-ARITH-PAPER-C2-504-TOTAL")).extracting(Finding::path)
        .containsExactly("partC.investorsTotal504.dollarAmount");
    PaperFormD wrongCount = partC(right, c -> c.investorsTotal504(PaperInvestorLine.of(StatedCount.of(1),
        StatedAmount.of(500))));
    assertThat(findings(wrongCount, "D-ARITH-PAPER-C2-504-TOTAL")).extracting(Finding::path)
        .containsExactly("partC.investorsTotal504.number");
  }

  @Test
  void aBlankTotalIsCalledBlankInTheMessage() {
    PaperFormD blankTotal = partC(P, c -> c.securitiesTotal(PaperSecurityLine.of(StatedAmount.blank(),
        P.partC().securitiesTotal().amountAlreadySold())));
    assertThat(findings(blankTotal, "D-ARITH-PAPER-C1-OFFERED-TOTAL")).singleElement()
        .satisfies(f -> assertThat(f.message()).contains("stated as blank"));
  }

  @Test
  void anAmendmentWithAnyPartOfPartCAnsweredIsNotBlank() {
    PaperFormD blank = (PaperFormD) FakeFilings.seeded(3, FakeConfig.builder()
        .edition(Edition.PAPER).build()).brokenBy("D-REQ-PAPER-AMENDMENT-PART-C");
    assertThat(ids(blank)).contains("D-REQ-PAPER-AMENDMENT-PART-C");
    assertThat(ids(PaperFormD.builder().from(blank).amendment(Recorded.of(false)).build()))
        .doesNotContain("D-REQ-PAPER-AMENDMENT-PART-C");
    StatedAmount one = StatedAmount.of(1);
    MarkedAmount marked = MarkedAmount.of(Mark.UNCHECKED, one);
    List<UnaryOperator<PaperPartC.Builder>> answers = List.of(
        c -> c.debt(PaperSecurityLine.of(StatedAmount.blank(), one)),
        c -> c.securitiesTotal(PaperSecurityLine.of(one, StatedAmount.blank())),
        c -> c.securitiesTotal(PaperSecurityLine.of(StatedAmount.blank(), one)),
        c -> c.nonAccreditedInvestors(PaperInvestorLine.of(StatedCount.of(1), StatedAmount.blank())),
        c -> c.investorsTotal504(PaperInvestorLine.of(StatedCount.blank(), one)),
        c -> c.priorSalesRegulationA(PaperPriorSale.of(Optional.empty(), one)),
        c -> c.legalFees(marked),
        c -> c.expensesTotal(marked),
        c -> c.adjustedGrossProceeds(one),
        c -> c.totalPaymentsListed(marked),
        c -> c.workingCapital(PaperProceedsLine.of(MarkedAmount.of(Mark.UNCHECKED, StatedAmount.blank()), marked)),
        c -> c.columnTotals(PaperProceedsLine.of(marked, MarkedAmount.of(Mark.UNCHECKED, StatedAmount.blank()))));
    for (int i = 0; i < answers.size(); i++) {
      assertThat(ids(partC(blank, answers.get(i)))).as("answer %d", i).doesNotContain("D-REQ-PAPER-AMENDMENT-PART-C");
    }
  }

  @Property(tries = 300)
  void aSignedForNameIsComparedByItsUpperCaseLettersAndDigitsAsTheRegularExpressionDid(
      @ForAll @StringLength(max = 40) String name) {
    assertThat(PaperRules.normalise(name)).isEqualTo(name.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]", ""));
  }

  @Test
  void aSignedForNameIgnoresCasePunctuationAndSpaces() {
    assertThat(PaperRules.normalise("Acme, Inc.")).isEqualTo(PaperRules.normalise("ACME INC"));
    assertThat(PaperRules.normalise("Acme 2 Inc")).isNotEqualTo(PaperRules.normalise("Acme 3 Inc"));
  }
}
