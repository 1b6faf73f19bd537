package io.formd.core.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.formd.core.fake.FakeConfig;
import io.formd.core.fake.FakeFilings;
import io.formd.core.model.Dialect;
import io.formd.core.model.Edition;
import io.formd.core.model.ElectronicFormD;
import io.formd.core.model.FormD;
import io.formd.core.model.PaperFormD;
import io.formd.core.model.PaperPartC;
import io.formd.core.model.StatedAmount;
import io.formd.core.model.UsdAmount;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every built-in rule passes on the clean filings and fails on a filing broken for it: one failing case per
 * rule (from the one breaker table, {@code FakeFilings.brokenBy}), and the clean electronic filing and the Altiris
 * seed as passing cases.
 */
class RuleCatalogueTest {

  /** The number of built-in rules: a rule added or lost changes it, on purpose. */
  static final int BUILT_IN_RULES = 164;

  static Stream<Arguments> rules() {
    return RuleSets.builtIn().rules().stream().map(r -> Arguments.of(r.id()));
  }

  @Test
  void everyBuiltInRuleCanBeBrokenAloneButTheOneThatNeedsAFilingDate() {
    List<String> ids = RuleSets.builtIn().rules().stream().map(Rule::id).collect(Collectors.toList());
    assertThat(FakeFilings.unbreakableRules().keySet()).containsExactlyInAnyOrder(
        "D-TIME-NEW-NOTICE-15D", "D-EDGAR-CIK", "D-EDGAR-CIK-CCC", "D-EDGAR-ACCESSION", "D-EDGAR-ACCESSION-ISSUER",
        "D-EDGAR-JURISDICTION-ON-FILE", "D-EDGAR-SIGNATURE-ISSUER-NAME", "D-EDGAR-XML-PROLOG",
            "D-XSD-DOCUMENT-STRUCTURE");
    for (String id : FakeFilings.unbreakableRules().keySet()) {
      assertThat(ids).contains(id);
    }
    assertThat(ids).hasSize(BUILT_IN_RULES);
  }

  @Test
  void everyErrorATheFilerCanMeetSaysHowToFixIt() {
    for (Rule rule : RuleSets.builtIn().rules()) {
      if (rule.severity() == Severity.ERROR && rule.editions().contains(Edition.ELECTRONIC)) {
        assertThat(rule.fix()).as(rule.id()).isPresent();
        assertThat(rule.fix().get()).as(rule.id()).hasSizeGreaterThan(20).endsWith(".");
      }
    }
  }

  @Test
  void everyRuleSaysWhyItMattersAndHowToMeetIt() {
    for (Rule rule : RuleSets.builtIn().rules()) {
      assertThat(rule.why()).as(rule.id()).hasValueSatisfying(why -> assertThat(why).hasSizeGreaterThan(40)
          .endsWith(".").doesNotContain(".md").doesNotContain("shared/"));
      assertThat(rule.fix()).as(rule.id()).hasValueSatisfying(fix -> assertThat(fix).hasSizeGreaterThan(15)
          .endsWith("."));
    }
  }

  @Test
  void theCleanElectronicFilingHasNoFindingAtAll() {
    assertThat(RuleSets.builtIn().validate(TestChanges.E).findings()).isEmpty();
  }

  @Test
  void theSeedHasNoErrorAndOnlyTheExpiredEditionRemark() {
    ValidationReport report = RuleSets.builtIn().validate(TestChanges.P);
    assertThat(report.hasErrors()).isFalse();
    assertThat(report.findings()).extracting(Finding::ruleId).containsExactly("D-PAPER-EDITION-EXPIRED");
    assertThat(report.findings().get(0).severity()).isEqualTo(Severity.INFO);
    assertThat(report.asOf()).contains(LocalDate.of(2003, 12, 10));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rules")
  void ruleFailsOnItsBrokenFilingWithAPathAndMessage(String id) {
    if (FakeFilings.unbreakableRules().containsKey(id)) {
      return; // needs a filing date or EDGAR's records: lateNoticeIsAWarningAfterTheRolledDueDate, EdgarLookupTest
    }
    Rule rule = RuleSets.builtIn().rule(id).orElseThrow();
    FormD broken = FakeFilings.seeded(20261203L).brokenBy(id);
    ValidationReport report = RuleSets.builtIn().validate(broken);
    List<Finding> findings = report.findingsOf(id);
    assertThat(findings).as(id + " on its broken filing; found " + report.findings()).isNotEmpty();
    for (Finding finding : findings) {
      assertThat(finding.severity()).isEqualTo(rule.severity(report.profile()));
      assertThat(finding.citation()).isEqualTo(rule.citation()).isNotBlank();
      assertThat(finding.message()).isNotBlank();
      assertThat(finding.path()).matches("[A-Za-z0-9.\\[\\]]+");
    }
  }

  /** Submissions a filer sends: electronic, credentials and contact, today's codes. */
  private static final FakeConfig SUBMISSIONS = FakeConfig.builder()
      .edition(Edition.ELECTRONIC).dialect(Dialect.SUBMISSION).build();

  @ParameterizedTest(name = "{0}")
  @MethodSource("rules")
  void ruleFailsAloneOnItsBrokenSubmissionWithTheSubmissionSeverityOrSaysWhyItCannot(String id) {
    Rule rule = RuleSets.builtIn().rule(id).orElseThrow();
    FakeFilings fakes = FakeFilings.seeded(20261204L, SUBMISSIONS);
    if (FakeFilings.unbreakableRules().containsKey(id)) {
      return;
    }
    boolean applies = rule.profiles().contains(Dialect.SUBMISSION)
        && rule.editions().contains(Edition.ELECTRONIC) && rule.until().isEmpty();
    if (!applies) {
      Assertions.assertThatThrownBy(() -> fakes.brokenBy(id))
          .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("cannot be broken in a submission");
      return;
    }
    FormD broken;
    try {
      broken = fakes.brokenBy(id);
    } catch (IllegalArgumentException refused) {
      // Rules about dates before today's codes, rules broken on paper, and the three elements a submission leaves out.
      assertThat(refused.getMessage()).containsAnyOf("before today's codes", "on the paper form",
          "a submission gives no");
      return;
    }
    assertThat(Dialect.of(broken)).isEqualTo(Dialect.SUBMISSION);
    ValidationReport report = FakeFilings.validateAsSigned(broken);
    assertThat(report.profile()).isEqualTo(Dialect.SUBMISSION);
    assertThat(report.findings()).extracting(Finding::ruleId).containsOnly(id).isNotEmpty();
    assertThat(report.findings()).extracting(Finding::severity).containsOnly(rule.severity());
  }

  @Test
  void theCleanSubmissionHasNoFindingAtAll() {
    FakeFilings fakes = FakeFilings.seeded(7, SUBMISSIONS);
    for (int i = 0; i < 200; i++) {
      FormD filing = fakes.next();
      assertThat(FakeFilings.validateAsSigned(filing).findings()).as("submission %d", i).isEmpty();
      // Judged as filed today, a submission signed long ago is a late notice: the deadline is never silent.
      if (!filing.isAmendment() && filing.latestSignatureDate().orElseThrow().isBefore(LocalDate.of(2026, 1, 1))
          && ((ElectronicFormD) filing).offering().typeOfFiling().dateOfFirstSale().isPresent()) {
        assertThat(RuleSets.builtIn().withClock(Clock.fixed(Instant.parse("2027-01-04T15:00:00Z"),
            ZoneId.of("America/New_York"))).validate(filing).findings()).extracting(Finding::ruleId)
            .containsExactly("D-TIME-NEW-NOTICE-15D");
      }
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rules")
  void rulePassesOnTheCleanFilingOfItsEdition(String id) {
    Rule rule = RuleSets.builtIn().rule(id).orElseThrow();
    if (!id.equals("D-PAPER-EDITION-EXPIRED")) {
      assertThat(RuleSets.builtIn().validate(TestChanges.P).findingsOf(id)).isEmpty();
    }
    assertThat(RuleSets.builtIn().validate(TestChanges.E).findingsOf(id)).isEmpty();
    assertThat(rule.summary()).isNotBlank();
  }

  @Test
  void lateNoticeIsAWarningAfterTheRolledDueDate() {
    // First sale Friday 2025-02-28: day 15 is Saturday 2025-03-15, so the notice is due Monday 2025-03-17.
    ElectronicFormD filing = TestChanges.filing(t -> t.dateOfFirstSale(LocalDate.of(2025, 2, 28)));
    RuleSet rules = RuleSets.builtIn();
    assertThat(rules.validate(filing, LocalDate.of(2025, 3, 17)).findingsOf("D-TIME-NEW-NOTICE-15D")).isEmpty();
    List<Finding> late = rules.validate(filing, LocalDate.of(2025, 3, 18)).findingsOf("D-TIME-NEW-NOTICE-15D");
    assertThat(late).hasSize(1);
    assertThat(late.get(0).message()).contains("2025-03-17");
    assertThat(late.get(0).values()).containsEntry("dueDate", "2025-03-17");
    assertThat(rules.validate(filing).findingsOf("D-TIME-NEW-NOTICE-15D")).as("no filing date, no check").isEmpty();
    ElectronicFormD amendment = TestChanges.filing(t -> t.dateOfFirstSale(LocalDate.of(2025, 2, 28)).amendment(true));
    assertThat(rules.validate(amendment, LocalDate.of(2026, 1, 1)).findingsOf("D-TIME-NEW-NOTICE-15D")).isEmpty();
  }

  @Test
  void aRemainingAmountThatDoesNotAddUpSaysWhatWasExpected() {
    Finding finding = RuleSets.builtIn().validate(TestChanges.amounts(1_000_000, 250_000, 700_000))
        .findingsOf("D-ARITH-REMAINING").get(0);
    assertThat(finding.path()).isEqualTo("offering.amounts.totalRemaining");
    assertThat(finding.message()).contains("$700,000.00").contains("$750,000.00");
    assertThat(finding.values()).containsEntry("expected", "750000").containsEntry("totalRemaining", "700000");
  }

  @Test
  void paperArithmeticFindingsPointAtTheStatedTotal() {
    FormD broken = PaperFormD.builder().from(TestChanges.P).partC(PaperPartC
        .builder().from(TestChanges.P.partC()).adjustedGrossProceeds(StatedAmount.of(
            UsdAmount.of(9_600_000))).build()).build();
    Finding finding = RuleSets.builtIn().validate(broken)
        .findingsOf("D-ARITH-PROCEEDS-TOTAL").get(0);
    assertThat(finding.path()).isEqualTo("partC.totalPaymentsListed.amount");
    assertThat(finding.message()).contains("$9,699,000.00").contains("$9,600,000.00");
  }

}
