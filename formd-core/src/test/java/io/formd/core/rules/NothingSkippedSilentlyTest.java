package io.formd.core.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.formd.core.model.Dialect;
import io.formd.core.model.ElectronicFormD;
import io.formd.core.model.Issuer;
import io.formd.core.rules.SkippedCheck.Reason;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;

/** Every check that applies and did not run is in the report with its reason; late notices are never silent. */
class NothingSkippedSilentlyTest {

  /** The clean test filing, first sold 2025-03-01 and signed 2025-03-10: due Monday 2025-03-17. */
  private static final ElectronicFormD E = TestChanges.E;

  private static Clock on(String day) {
    return Clock.fixed(Instant.parse(day + "T15:00:00Z"), ZoneId.of("America/New_York"));
  }

  private static Map<String, Reason> reasons(ValidationReport report) {
    return report.skippedChecks().stream().collect(Collectors.toMap(SkippedCheck::ruleId, SkippedCheck::reason));
  }

  @Test
  void aPublishedCopyWithoutAFilingDateSaysWhichChecksDidNotRunAndWhy() {
    ValidationReport report = RuleSets.builtIn().validate(E);
    assertThat(reasons(report)).containsEntry("D-TIME-NEW-NOTICE-15D", Reason.NEEDS_FILING_DATE)
        .containsEntry("D-EDGAR-SIGNATURE-FUTURE", Reason.NEEDS_FILING_DATE)
        .containsEntry("D-EDGAR-CIK", Reason.NEEDS_EDGAR_RECORDS);
    assertThat(report.isComplete()).isFalse();
    assertThat(report.skipped()).containsExactlyElementsOf(report.skippedChecks().stream().map(SkippedCheck::ruleId)
        .collect(Collectors.toList()));
    ValidationReport dated = RuleSets.builtIn().validate(E, LocalDate.of(2025, 3, 12));
    assertThat(reasons(dated)).doesNotContainKeys("D-TIME-NEW-NOTICE-15D", "D-EDGAR-SIGNATURE-FUTURE");
  }

  @Test
  void aRuleWhoseAnswersTheSourceLostIsSkippedAsSuchNotRunAndKeptThroughCopies() {
    ElectronicFormD noPreviousNames = ElectronicFormD.builder().from(E)
        .primaryIssuer(Issuer.builder().from(E.primaryIssuer()).previousNames(Optional.empty())
            .build()).build();
    assertThat(RuleSets.builtIn().validate(noPreviousNames).findingsOf("D-REQ-PREVIOUS-NAMES")).isNotEmpty();
    RuleSet lost = RuleSets.builtIn().notInSource("D-REQ-PREVIOUS-NAMES");
    List<RuleSet> copies = List.of(lost, lost.without("D-XREF-POOLED-SECURITY"), lost.asOf(LocalDate.of(2025, 3, 10)),
        lost.withProfile(Dialect.DISSEMINATED));
    for (int i = 0; i < copies.size(); i++) {
      ValidationReport report = copies.get(i).validate(noPreviousNames);
      assertThat(report.findingsOf("D-REQ-PREVIOUS-NAMES")).as("copy " + i).isEmpty();
      assertThat(reasons(report)).containsEntry("D-REQ-PREVIOUS-NAMES", Reason.NOT_IN_SOURCE);
      assertThat(report.isComplete()).isFalse();
    }
    assertThat(reasons(RuleSets.builtIn().validate(noPreviousNames))).doesNotContainKey("D-REQ-PREVIOUS-NAMES");
    Assertions.assertThatThrownBy(() -> RuleSets.builtIn().notInSource("D-NO-SUCH"))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("no rule D-NO-SUCH in this rule set");
  }

  @Test
  void aSubmissionWithoutAFilingDateIsJudgedAsFiledTodayAndALateOneIsSaidSo() {
    RuleSet submission = RuleSets.builtIn().withProfile(Dialect.SUBMISSION);
    List<Finding> late = submission.withClock(on("2025-04-15")).validate(E).findingsOf("D-TIME-NEW-NOTICE-15D");
    assertThat(late).singleElement().satisfies(f -> {
      assertThat(f.severity()).isEqualTo(Severity.WARNING);
      assertThat(f.values()).containsEntry("filingDate", "2025-04-15").containsEntry("dueDate", "2025-03-17");
    });
    assertThat(submission.withClock(on("2025-03-17")).validate(E).findingsOf("D-TIME-NEW-NOTICE-15D")).isEmpty();
    assertThat(reasons(submission.withClock(on("2025-03-17")).validate(E))).doesNotContainKey("D-TIME-NEW-NOTICE-15D");
    // With a date fixed, a submission is judged as filed that day.
    assertThat(submission.asOf(LocalDate.of(2025, 5, 1)).validate(E).findingsOf("D-TIME-NEW-NOTICE-15D")).hasSize(1);
  }

  @Test
  void aNewNoticeSignedAfterItsDueDateWasFiledLateEvenWithoutTheFilingDate() {
    ElectronicFormD signedLate = TestChanges.signedOn(E, LocalDate.of(2025, 3, 18));
    List<Finding> late = RuleSets.builtIn().validate(signedLate).findingsOf("D-TIME-NEW-NOTICE-SIGNED-LATE");
    assertThat(late).singleElement().satisfies(f -> {
      // Certain, but a copy already filed holds no mistake to correct: a remark resting on the regulation.
      assertThat(f.severity()).isEqualTo(Severity.INFO);
      assertThat(f.basis()).isEqualTo(Basis.REGULATION_REQUIRES);
      assertThat(f.path()).isEqualTo("offering.typeOfFiling.dateOfFirstSale");
      assertThat(f.values()).containsEntry("signatureDate", "2025-03-18").containsEntry("dueDate", "2025-03-17");
      assertThat(f.message()).contains("filed late");
    });
    ElectronicFormD onTheDay = TestChanges.signedOn(E, LocalDate.of(2025, 3, 17));
    assertThat(RuleSets.builtIn().validate(onTheDay).findingsOf("D-TIME-NEW-NOTICE-SIGNED-LATE")).isEmpty();
    // With the filing date the 15-day rule judges it instead: one finding, not two.
    ValidationReport filed = RuleSets.builtIn().validate(signedLate, LocalDate.of(2025, 3, 19));
    assertThat(filed.findingsOf("D-TIME-NEW-NOTICE-SIGNED-LATE")).isEmpty();
    assertThat(filed.findingsOf("D-TIME-NEW-NOTICE-15D")).extracting(Finding::severity)
        .containsExactly(Severity.INFO);
    // The same notice about to be sent late is a WARNING: the filer can still act (file now).
    assertThat(RuleSets.builtIn().withProfile(Dialect.SUBMISSION).validate(signedLate,
        LocalDate.of(2025, 3, 19)).findingsOf("D-TIME-NEW-NOTICE-15D")).singleElement().satisfies(f -> {
          assertThat(f.severity()).isEqualTo(Severity.WARNING);
          assertThat(f.basis()).isEqualTo(Basis.REGULATION_REQUIRES);
        });
    // An amendment has no 15-day deadline.
    ElectronicFormD amendment = TestChanges.signedOn(TestChanges.filing(t -> t.amendment(true)
        .previousAccessionNumber("0001234567-25-000001")), LocalDate.of(2025, 9, 1));
    assertThat(RuleSets.builtIn().validate(amendment).findingsOf("D-TIME-NEW-NOTICE-SIGNED-LATE")).isEmpty();
  }

  @Test
  void anUndatedFilingListsTheDatedRulesItCouldNotBeJudgedBy() {
    ElectronicFormD unsigned = ElectronicFormD.builder().from(TestChanges.filing(t -> t.dateOfFirstSale(
        Optional.empty()).firstSaleYetToOccur(true))).signatures(List.of()).build();
    ValidationReport report = RuleSets.builtIn().validate(unsigned);
    assertThat(reasons(report)).containsEntry("D-CODE-506C-DATE", Reason.NEEDS_A_DATE)
        .containsEntry("D-LIMIT-505-AGGREGATE", Reason.NEEDS_A_DATE);
    assertThat(reasons(RuleSets.builtIn().asOf(LocalDate.of(2025, 3, 10)).validate(unsigned)))
        .doesNotContainValue(Reason.NEEDS_A_DATE);
  }

  @Test
  void aLookupThatFailsIsASkippedCheckAsWellAsAWarning() {
    EdgarLookup broken = new EdgarLookup() {
      @Override
      public Optional<EdgarLookup.Company> company(String cik) {
        throw new IllegalStateException("EDGAR is down");
      }

      @Override
      public boolean credentialsMatch(String cik, String ccc) {
        throw new IllegalStateException("EDGAR is down");
      }

      @Override
      public Optional<EdgarLookup.AcceptedFiling> filing(String accessionNumber) {
        throw new IllegalStateException("EDGAR is down");
      }
    };
    ValidationReport report = RuleSets.builtIn().withLookup(broken).validate(E, LocalDate.of(2025, 3, 12));
    assertThat(reasons(report)).containsEntry("D-EDGAR-CIK", Reason.EDGAR_RECORDS_FAILED);
    assertThat(report.findingsOf("D-EDGAR-CIK")).extracting(Finding::severity).containsExactly(Severity.WARNING);
  }

  @Test
  void aLookupThatDoesNotCoverWhatIsAskedIsASkippedCheckWithNoFinding() {
    EdgarLookup partial = new EdgarLookup() {
      @Override
      public Optional<EdgarLookup.Company> company(String cik) {
        throw new EdgarLookup.NotCovered("CIK " + cik + " is outside the quarters loaded");
      }

      @Override
      public boolean credentialsMatch(String cik, String ccc) {
        throw new EdgarLookup.NotCovered("no CCCs");
      }

      @Override
      public Optional<EdgarLookup.AcceptedFiling> filing(String accessionNumber) {
        throw new EdgarLookup.NotCovered("outside the quarters loaded");
      }
    };
    ValidationReport report = RuleSets.builtIn().withLookup(partial).validate(E, LocalDate.of(2025, 3, 12));
    assertThat(reasons(report)).containsEntry("D-EDGAR-CIK", Reason.NOT_IN_LOOKUP);
    assertThat(report.findingsOf("D-EDGAR-CIK")).isEmpty();
    assertThat(report.isComplete()).isFalse();
  }
}
