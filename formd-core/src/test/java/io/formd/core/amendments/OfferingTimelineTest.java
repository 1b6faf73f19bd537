package io.formd.core.amendments;

import static org.assertj.core.api.Assertions.assertThat;

import io.formd.core.fake.FakeConfig;
import io.formd.core.fake.FakeFilings;
import io.formd.core.model.Edition;
import io.formd.core.model.ElectronicFormD;
import io.formd.core.model.FederalExemption;
import io.formd.core.model.Investors;
import io.formd.core.model.OfferingAmount;
import io.formd.core.model.OfferingData;
import io.formd.core.model.OfferingSalesAmounts;
import io.formd.core.model.SubmissionType;
import io.formd.core.model.TypeOfFiling;
import io.formd.core.model.UsdAmount;
import io.formd.core.rules.Finding;
import io.formd.core.rules.Severity;
import java.time.LocalDate;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

class OfferingTimelineTest {

  private static final ElectronicFormD BASE = FakeFilings.seeded(41, FakeConfig.builder()
      .edition(Edition.ELECTRONIC).issuerKind(FakeConfig.IssuerKind.OPERATING_COMPANY)
      .amendments(FakeConfig.Amendments.NEVER).build()).nextElectronic();

  private static ElectronicFormD offering(ElectronicFormD f, UnaryOperator<OfferingData.Builder> change) {
    return ElectronicFormD.builder().from(f).offering(change.apply(OfferingData.builder().from(f.offering())).build())
        .build();
  }

  private static ElectronicFormD notice(LocalDate firstSale) {
    return offering(BASE, o -> o.typeOfFiling(TypeOfFiling.builder().amendment(false).dateOfFirstSale(firstSale)
        .build()));
  }

  private static ElectronicFormD amendment(ElectronicFormD of, String previous) {
    ElectronicFormD a = offering(of, o -> o.typeOfFiling(TypeOfFiling.builder().from(of.offering().typeOfFiling())
        .amendment(true).previousAccessionNumber(previous).build()));
    return ElectronicFormD.builder().from(a).submissionType(SubmissionType.D_A).build();
  }

  private static List<String> ids(List<Finding> findings) {
    return findings.stream().map(Finding::ruleId).toList();
  }

  @Test
  void amendmentsAreLinkedToTheirNoticeAndAnUnknownAccessionIsReported() {
    ElectronicFormD d = notice(LocalDate.of(2024, 3, 1));
    OfferingTimeline timeline = OfferingTimeline.of(List.of(
        new OfferingTimeline.Filed(amendment(d, "0001000000-24-000001"), "0001000000-25-000007",
            LocalDate.of(2025, 2, 20)),
        new OfferingTimeline.Filed(d, "0001000000-24-000001", LocalDate.of(2024, 3, 8)),
        new OfferingTimeline.Filed(amendment(d, "0001000000-25-000007"), "0001000000-25-000009",
            LocalDate.of(2025, 6, 2)),
        new OfferingTimeline.Filed(amendment(d, "0009999999-20-000001"), "0001000000-25-000011",
            LocalDate.of(2025, 7, 1))));
    assertThat(timeline.offerings()).hasSize(2);
    assertThat(timeline.offerings().get(0).filings()).extracting(OfferingTimeline.Filed::accessionNumber)
        .containsExactly("0001000000-24-000001", "0001000000-25-000007", "0001000000-25-000009");
    List<Finding> findings = timeline.obligations(LocalDate.of(2025, 8, 1));
    assertThat(findings).filteredOn(f -> f.ruleId().equals("D-TIMELINE-UNKNOWN-ACCESSION")).singleElement()
        .satisfies(f -> assertThat(f.message()).contains("0009999999-20-000001"));
  }

  @Test
  void aNoticeFiledAfterItsRolledDueDateIsLate() {
    ElectronicFormD d = notice(LocalDate.of(2025, 2, 28)); // due Monday 2025-03-17 (day 15 is a Saturday)
    assertThat(ids(OfferingTimeline.of(List.of(new OfferingTimeline.Filed(d, "a", LocalDate.of(2025, 3, 17))))
        .obligations(LocalDate.of(2025, 4, 1)))).doesNotContain("D-TIMELINE-LATE-NOTICE");
    assertThat(OfferingTimeline.of(List.of(new OfferingTimeline.Filed(d, "a", LocalDate.of(2025, 3, 18))))
        .obligations(LocalDate.of(2025, 4, 1))).filteredOn(f -> f.ruleId().equals("D-TIMELINE-LATE-NOTICE"))
        .singleElement().satisfies(f -> assertThat(f.values()).containsEntry("dueDate", "2025-03-17")
            .containsEntry("filedDate", "2025-03-18").containsEntry("accessionNumber", "a"));
  }

  @Test
  void theAnnualAmendmentCountsFromTheOfferingsLastFiling() {
    ElectronicFormD d = notice(LocalDate.of(2024, 3, 1));
    OfferingTimeline timeline = OfferingTimeline.of(List.of(
        new OfferingTimeline.Filed(d, "n", LocalDate.of(2024, 3, 8)),
        new OfferingTimeline.Filed(amendment(d, "n"), "a", LocalDate.of(2025, 2, 20))));
    assertThat(ids(timeline.obligations(LocalDate.of(2025, 12, 1)))).isEmpty();
    List<Finding> soon = timeline.obligations(LocalDate.of(2026, 2, 1));
    assertThat(soon).singleElement().satisfies(f -> {
      assertThat(f.ruleId()).isEqualTo("D-TIMELINE-ANNUAL-DUE");
      assertThat(f.severity()).isEqualTo(Severity.INFO);
      assertThat(f.message()).contains("2026-02-20");
      assertThat(f.values()).containsEntry("dueDate", "2026-02-20").containsEntry("accessionNumber", "a");
    });
    assertThat(timeline.offerings()).singleElement()
        .satisfies(o -> assertThat(o.annualAmendmentDueBy()).isEqualTo(LocalDate.of(2026, 2, 20)));
    assertThat(ids(timeline.obligations(LocalDate.of(2026, 3, 1)))).containsExactly("D-TIMELINE-ANNUAL-OVERDUE");
  }

  @Test
  void rule504CountsWhatWasSoldInTheTwelveMonthsBefore() {
    UnaryOperator<OfferingData.Builder> rule504 = o -> o.federalExemptions(List.of(FederalExemption.RULE_504))
        .amounts(OfferingSalesAmounts.builder().totalOfferingAmount(OfferingAmount.of(6_000_000))
            .totalAmountSold(UsdAmount.of(6_000_000)).totalRemaining(OfferingAmount.of(0)).build());
    ElectronicFormD first = offering(notice(LocalDate.of(2024, 1, 10)), rule504);
    ElectronicFormD second = offering(notice(LocalDate.of(2024, 9, 1)), rule504);
    List<Finding> findings = OfferingTimeline.of(List.of(new OfferingTimeline.Filed(first, "1",
        LocalDate.of(2024, 1, 12)),
        new OfferingTimeline.Filed(second, "2", LocalDate.of(2024, 9, 3)))).obligations(LocalDate.of(2024, 10, 1));
    assertThat(findings).filteredOn(f -> f.ruleId().equals("D-TIMELINE-504-12-MONTHS")).singleElement()
        .satisfies(f -> assertThat(f.message()).contains("$12,000,000.00").contains("$10,000,000.00"));
    ElectronicFormD later = offering(notice(LocalDate.of(2025, 3, 1)), rule504);
    assertThat(ids(OfferingTimeline.of(List.of(new OfferingTimeline.Filed(first, "1", LocalDate.of(2024, 1, 12)),
        new OfferingTimeline.Filed(later, "3", LocalDate.of(2025, 3, 3)))).obligations(LocalDate.of(2025, 4, 1))))
        .doesNotContain("D-TIMELINE-504-12-MONTHS");
  }

  @Test
  void rule506bCounts35NonAccreditedAcrossOfferingsIn90DaysFrom2021() {
    UnaryOperator<OfferingData.Builder> twenty = o -> o.federalExemptions(List.of(FederalExemption.RULE_506_B))
        .investors(Investors.builder().hasNonAccreditedInvestors(true).numberNonAccreditedInvestors(20L)
            .totalNumberAlreadyInvested(30).build());
    ElectronicFormD a = offering(notice(LocalDate.of(2023, 5, 1)), twenty);
    ElectronicFormD b = offering(notice(LocalDate.of(2023, 6, 15)), twenty);
    List<Finding> close = OfferingTimeline.of(List.of(new OfferingTimeline.Filed(a, "a", LocalDate.of(2023, 5, 3)),
        new OfferingTimeline.Filed(b, "b", LocalDate.of(2023, 6, 20)))).obligations(LocalDate.of(2023, 7, 1));
    assertThat(close).filteredOn(f -> f.ruleId().equals("D-TIMELINE-506B-90-DAYS")).hasSize(2);
    ElectronicFormD far = offering(notice(LocalDate.of(2023, 9, 1)), twenty);
    assertThat(ids(OfferingTimeline.of(List.of(new OfferingTimeline.Filed(a, "a", LocalDate.of(2023, 5, 3)),
        new OfferingTimeline.Filed(far, "c", LocalDate.of(2023, 9, 5)))).obligations(LocalDate.of(2023, 10, 1))))
        .doesNotContain("D-TIMELINE-506B-90-DAYS");
    ElectronicFormD old1 = offering(notice(LocalDate.of(2020, 5, 1)), twenty);
    ElectronicFormD old2 = offering(notice(LocalDate.of(2020, 6, 1)), twenty);
    assertThat(ids(OfferingTimeline.of(List.of(new OfferingTimeline.Filed(old1, "x", LocalDate.of(2020, 5, 3)),
        new OfferingTimeline.Filed(old2, "y", LocalDate.of(2020, 6, 3)))).obligations(LocalDate.of(2020, 7, 1))))
        .as("before 2021-03-15 the count was per offering").doesNotContain("D-TIMELINE-506B-90-DAYS");
  }

  @Test
  void aBlankPreviousAccessionNumberIsNone() {
    assertThat(OfferingTimeline.Facts.of(amendment(notice(LocalDate.of(2024, 3, 1)), "   "))
        .previousAccessionNumber()).isEmpty();
    assertThat(OfferingTimeline.Facts.of(amendment(notice(LocalDate.of(2024, 3, 1)), " 0001000000-24-000001 "))
        .previousAccessionNumber()).contains("0001000000-24-000001");
  }
}
