package io.formd.core.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.formd.core.model.ElectronicFormD;
import io.formd.core.model.FederalExemption;
import io.formd.core.model.OfferingData;
import io.formd.core.model.PaperFormD;
import io.formd.core.model.PaperPartC;
import io.formd.core.model.PaperPriorSale;
import io.formd.core.model.PaperSecurityLine;
import io.formd.core.model.Recorded;
import io.formd.core.model.StatedAmount;
import io.formd.core.model.SubmissionType;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The false positives the regulatory audit of December 2026 reproduced (its §3), each now giving the corrected result.
 * The reproductions that come as XML (foreign-only recipients, the 4(6) label, hedge funds' revenue ranges, finders'
 * fees, the 506(c) flag, the P.O. box) are the breakers and tests of their rules; these are the ones about dates and
 * calendars, which the rules' own tests do not show.
 */
class AuditReproductionsTest {

  private static ElectronicFormD firstSoldOn(LocalDate firstSale, LocalDate signed) {
    return TestChanges.signedOn(TestChanges.filing(t -> t.dateOfFirstSale(firstSale)), signed);
  }

  @Test
  void t7t8t9NoticesFiledTheDayAfterAnEdgarClosureAreOnTime() {
    RuleSet rules = RuleSets.builtIn();
    // Day 15 on a closure: 2018-12-05 (Bush), 2019-12-24 (executive order; then Christmas), 2025-01-09 (Carter).
    assertThat(rules.validate(firstSoldOn(LocalDate.of(2018, 11, 20), LocalDate.of(2018, 11, 25)),
        LocalDate.of(2018, 12, 6)).findingsOf("D-TIME-NEW-NOTICE-15D")).isEmpty();
    assertThat(rules.validate(firstSoldOn(LocalDate.of(2019, 12, 9), LocalDate.of(2019, 12, 10)),
        LocalDate.of(2019, 12, 26)).findingsOf("D-TIME-NEW-NOTICE-15D")).isEmpty();
    assertThat(rules.validate(firstSoldOn(LocalDate.of(2024, 12, 25), LocalDate.of(2024, 12, 27)),
        LocalDate.of(2025, 1, 10)).findingsOf("D-TIME-NEW-NOTICE-15D")).isEmpty();
    // A day later is late.
    assertThat(rules.validate(firstSoldOn(LocalDate.of(2024, 12, 25), LocalDate.of(2024, 12, 27)),
        LocalDate.of(2025, 1, 13)).findingsOf("D-TIME-NEW-NOTICE-15D")).hasSize(1);
  }

  @Test
  void t17t18NoticesFiledAfterTheChristmasEveClosuresOf2018And2025AreOnTime() {
    RuleSet rules = RuleSets.builtIn();
    // t17: first sale Sunday 2018-12-09, day 15 Monday 2018-12-24 (SEC closed), then Christmas: due 2018-12-26.
    ElectronicFormD t17 = firstSoldOn(LocalDate.of(2018, 12, 9), LocalDate.of(2018, 12, 10));
    assertThat(rules.validate(t17, LocalDate.of(2018, 12, 26)).findingsOf("D-TIME-NEW-NOTICE-15D")).isEmpty();
    assertThat(rules.validate(t17, LocalDate.of(2018, 12, 27)).findingsOf("D-TIME-NEW-NOTICE-15D")).hasSize(1);
    // t18: first sale 2025-12-09, day 15 Wednesday 2025-12-24; 25 (Christmas) and 26 closed: due Monday 2025-12-29.
    ElectronicFormD t18 = firstSoldOn(LocalDate.of(2025, 12, 9), LocalDate.of(2025, 12, 10));
    assertThat(rules.validate(t18, LocalDate.of(2025, 12, 29)).findingsOf("D-TIME-NEW-NOTICE-15D")).isEmpty();
    assertThat(rules.validate(t18, LocalDate.of(2025, 12, 30)).findingsOf("D-TIME-NEW-NOTICE-15D")).hasSize(1);
    assertThat(EdgarCalendar.standard().isOpen(LocalDate.of(2025, 12, 26))).isFalse();
    assertThat(EdgarCalendar.standard().isOpen(LocalDate.of(2024, 12, 24))).as("2024-12-24 was no closure").isTrue();
  }

  @Test
  void aClosureTheUserAddsMovesTheDeadlineToo() {
    // First sale Wednesday 2027-11-03: day 15 is Thursday 2027-11-18; closed by a (hypothetical) order, the notice
    // is due Friday.
    ElectronicFormD filing = firstSoldOn(LocalDate.of(2027, 11, 3), LocalDate.of(2027, 11, 4));
    LocalDate friday = LocalDate.of(2027, 11, 19);
    assertThat(RuleSets.builtIn().validate(filing, friday).findingsOf("D-TIME-NEW-NOTICE-15D")).hasSize(1);
    EdgarCalendar calendar = EdgarCalendar.standard().withClosure(LocalDate.of(2027, 11, 18), "executive order");
    assertThat(RuleSets.builtIn().withCalendar(calendar).validate(filing, friday).findingsOf("D-TIME-NEW-NOTICE-15D"))
        .isEmpty();
    assertThat(calendar.closures()).containsKey(LocalDate.of(2025, 1, 9)).hasSize(8);
    assertThat(EdgarCalendar.standard().closures()).hasSize(7);
    assertThat(calendar.isOpen(LocalDate.of(2027, 11, 18))).isFalse();
    assertThat(EdgarCalendar.standard().isOpen(LocalDate.of(2027, 11, 18))).isTrue();
    assertThat(EdgarCalendar.standard().isOpen(LocalDate.of(2027, 12, 24))).as("Christmas on a Saturday, observed")
        .isFalse();
  }

  @Test
  void t16AnAmendmentOf2015ForAnOfferingFirstSoldIn2012MayClaim506bUnderEitherDatePolicy() {
    ElectronicFormD amendment = TestChanges.signedOn(TestChanges.filing(t -> t.amendment(true)
        .previousAccessionNumber("0001234567-12-000001").dateOfFirstSale(LocalDate.of(2012, 5, 1))),
        LocalDate.of(2015, 6, 1));
    amendment = ElectronicFormD.builder().from(amendment).submissionType(SubmissionType.D_A)
        .offering(OfferingData.builder().from(amendment.offering())
            .federalExemptions(List.of(FederalExemption.RULE_506_B)).build()).build();
    for (DatePolicy policy : DatePolicy.values()) {
      ValidationReport report = RuleSets.builtIn().withDatePolicy(policy).validate(amendment);
      assertThat(report.findingsOf("D-CODE-506C-DATE")).as(policy.name()).isEmpty();
      assertThat(report.findingsOf("D-CODE-506-SPLIT")).as(policy.name()).isEmpty();
    }
    assertThat(RuleSets.builtIn().withDatePolicy(DatePolicy.FIRST_SALE_DATE).validate(amendment).asOf())
        .contains(LocalDate.of(2012, 5, 1));
  }

  @Test
  void theRenumberingOfSection46TookEffectOn20100722() {
    assertThat(Limits.SECTION_4_6_RENUMBERED).isEqualTo(LocalDate.of(2010, 7, 22));
    ElectronicFormD on21 = TestChanges.signedOn(TestChanges.offering(o -> o.federalExemptions(
        List.of(FederalExemption.SECTION_4_6))), LocalDate.of(2010, 7, 21));
    assertThat(RuleSets.builtIn().validate(on21).findingsOf("D-CODE-4A5-LABEL")).isEmpty();
    ElectronicFormD on22 = TestChanges.signedOn(on21, LocalDate.of(2010, 7, 22));
    List<Finding> label = RuleSets.builtIn().validate(on22).findingsOf("D-CODE-4A5-LABEL");
    assertThat(label).extracting(Finding::severity).containsExactly(Severity.INFO);
    assertThat(label.get(0).message()).contains("4(5)").doesNotContain("4(a)(5) (code");
  }

  @Test
  void t5PaperSection4a5OfferingsAreCappedOnQuestion1AloneNotPriorSales() {
    PaperFormD seed = TestChanges.P;
    PaperPartC c = PaperPartC.builder().from(seed.partC())
        .securitiesTotal(PaperSecurityLine.of(StatedAmount.of(4_000_000), StatedAmount.of(4_000_000)))
        .priorSalesTotal(PaperPriorSale.of(Optional.empty(), StatedAmount.of(3_000_000))).build();
    PaperFormD fourSix = PaperFormD.builder().from(seed).filingUnder(Recorded.of(Set.of(FederalExemption.SECTION_4_6)))
        .partC(c).build();
    assertThat(RuleSets.builtIn().validate(fourSix).findingsOf("D-LIMIT-4A5-AGGREGATE")).isEmpty();
    PaperFormD over = PaperFormD.builder().from(fourSix).partC(PaperPartC.builder().from(c)
        .securitiesTotal(PaperSecurityLine.of(StatedAmount.of(6_000_000), StatedAmount.of(4_000_000))).build()).build();
    assertThat(RuleSets.builtIn().validate(over).findingsOf("D-LIMIT-4A5-AGGREGATE")).hasSize(1);
  }
}
