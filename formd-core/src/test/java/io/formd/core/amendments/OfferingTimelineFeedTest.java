package io.formd.core.amendments;

import static org.assertj.core.api.Assertions.assertThat;

import io.formd.core.amendments.OfferingTimeline.Facts;
import io.formd.core.amendments.OfferingTimeline.Filed;
import io.formd.core.amendments.OfferingTimeline.Offering;
import io.formd.core.model.FederalExemption;
import io.formd.core.model.SubmissionType;
import io.formd.core.model.UsdAmount;
import io.formd.core.rules.Finding;
import io.formd.core.rules.Severity;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;

/** The timeline on what a feed always holds: notices outside the input, file numbers, many issuers, later filings. */
class OfferingTimelineFeedTest {

  private static final LocalDate SALE = LocalDate.of(2024, 3, 1);

  private static Facts facts(String cik, boolean amendment, String previous, Set<FederalExemption> exemptions,
      long nonAccredited) {
    return new Facts(amendment ? SubmissionType.D_A : SubmissionType.D, amendment, Optional.of(cik), "Issuer " + cik,
        Optional.ofNullable(previous), Optional.of(SALE), exemptions, Optional.of(UsdAmount.of(1_000_000)),
        UsdAmount.of(500_000), nonAccredited);
  }

  private static Filed notice(String cik, String accession, LocalDate filed) {
    return new Filed(accession, filed, Optional.empty(), facts(cik, false, null, Set.of(), 0));
  }

  private static Filed amendment(String cik, String accession, LocalDate filed, String previous) {
    return new Filed(accession, filed, Optional.empty(), facts(cik, true, previous, Set.of(), 0));
  }

  private static List<String> ids(List<Finding> findings) {
    return findings.stream().map(Finding::ruleId).toList();
  }

  @Test
  void amendmentsOfANoticeOutsideTheInputStayOneOfferingThatSaysSo() {
    // Two amendments of a 2023 notice the input does not hold, the second naming the notice, the third the second.
    OfferingTimeline timeline = OfferingTimeline.of(List.of(
        amendment("1", "0000000001-24-000002", LocalDate.of(2024, 4, 1), "0000000001-23-000001"),
        amendment("1", "0000000001-25-000003", LocalDate.of(2025, 3, 20), "0000000001-23-000001"),
        amendment("1", "0000000001-25-000004", LocalDate.of(2025, 5, 2), "0000000001-25-000003")));
    assertThat(timeline.offerings()).singleElement().satisfies(o -> {
      assertThat(o.noticeInInput()).isFalse();
      assertThat(o.notice()).contains("0000000001-23-000001");
      assertThat(o.filings()).hasSize(3);
      assertThat(o.annualAmendmentDueBy()).isEqualTo(LocalDate.of(2026, 5, 2));
    });
    List<Finding> findings = timeline.obligations(LocalDate.of(2025, 6, 1));
    assertThat(ids(findings)).as("the first amendment's anniversary is answered by the later ones")
        .containsExactly("D-TIMELINE-UNKNOWN-ACCESSION");
    assertThat(findings.get(0).severity()).isEqualTo(Severity.INFO);
    assertThat(findings.get(0).message()).contains("0000000001-23-000001").contains("3 amendments");
  }

  @Test
  void aFileNumberJoinsAnAmendmentThatNamesNoFiling() {
    Filed n = notice("7", "n", LocalDate.of(2024, 3, 8)).withFileNumber("021-000001");
    Filed a = amendment("7", "a", LocalDate.of(2024, 9, 1), null).withFileNumber("021-000001 ");
    Filed other = notice("7", "m", LocalDate.of(2024, 9, 2)).withFileNumber("021-000002");
    OfferingTimeline timeline = OfferingTimeline.of(List.of(other, a, n));
    assertThat(timeline.offerings()).extracting(o -> o.filings().stream().map(Filed::accessionNumber).toList())
        .containsExactly(List.of("n", "a"), List.of("m"));
    assertThat(timeline.offerings().get(0).fileNumber()).contains("021-000001");
    assertThat(timeline.offerings().get(0).noticeInInput()).isTrue();
  }

  @Test
  void rule506bCountsOneIssuersOfferingsNotAnotherIssuers() {
    Set<FederalExemption> b = Set.of(FederalExemption.RULE_506_B);
    List<Filed> twoIssuers = List.of(
        new Filed("a", LocalDate.of(2024, 3, 5), Optional.empty(), facts("1", false, null, b, 20)),
        new Filed("b", LocalDate.of(2024, 3, 6), Optional.empty(), facts("2", false, null, b, 20)));
    assertThat(ids(OfferingTimeline.of(twoIssuers).obligations(LocalDate.of(2024, 4, 1))))
        .doesNotContain("D-TIMELINE-506B-90-DAYS");
    List<Filed> oneIssuer = List.of(
        new Filed("a", LocalDate.of(2024, 3, 5), Optional.empty(), facts("0001", false, null, b, 20)),
        new Filed("b", LocalDate.of(2024, 3, 6), Optional.empty(), facts("1", false, null, b, 20)));
    assertThat(OfferingTimeline.of(oneIssuer).obligations(LocalDate.of(2024, 4, 1)))
        .filteredOn(f -> f.ruleId().equals("D-TIMELINE-506B-90-DAYS")).hasSize(2)
        .allSatisfy(f -> assertThat(f.severity()).isEqualTo(Severity.INFO));
  }

  @Test
  void rule504CountsOneIssuersSalesNotAnotherIssuers() {
    Set<FederalExemption> r504 = Set.of(FederalExemption.RULE_504);
    Facts big = new Facts(SubmissionType.D, false, Optional.of("1"), "One", Optional.empty(), Optional.of(SALE), r504,
        Optional.of(UsdAmount.of(6_000_000)), UsdAmount.of(6_000_000), 0);
    Facts otherIssuer = new Facts(SubmissionType.D, false, Optional.of("2"), "Two", Optional.empty(),
        Optional.of(SALE.plusMonths(2)), r504, Optional.of(UsdAmount.of(6_000_000)), UsdAmount.of(6_000_000), 0);
    Facts sameIssuer = new Facts(SubmissionType.D, false, Optional.of("1"), "One", Optional.empty(),
        Optional.of(SALE.plusMonths(2)), r504, Optional.of(UsdAmount.of(6_000_000)), UsdAmount.of(6_000_000), 0);
    LocalDate asOf = LocalDate.of(2024, 6, 1);
    assertThat(ids(OfferingTimeline.of(List.of(new Filed("a", SALE.plusDays(3), Optional.empty(), big),
        new Filed("b", SALE.plusMonths(2).plusDays(3), Optional.empty(), otherIssuer))).obligations(asOf)))
        .doesNotContain("D-TIMELINE-504-12-MONTHS");
    assertThat(ids(OfferingTimeline.of(List.of(new Filed("a", SALE.plusDays(3), Optional.empty(), big),
        new Filed("b", SALE.plusMonths(2).plusDays(3), Optional.empty(), sameIssuer))).obligations(asOf)))
        .contains("D-TIMELINE-504-12-MONTHS");
  }

  @Test
  void asOfADayBeforeALaterFilingSaysWhatWasOwedThatDayAndTheLaterFilingIsLate() {
    OfferingTimeline timeline = OfferingTimeline.of(List.of(notice("1", "n", LocalDate.of(2024, 3, 8)),
        amendment("1", "a", LocalDate.of(2025, 5, 1), "n")));
    List<Finding> then = timeline.obligations(LocalDate.of(2025, 4, 1));
    assertThat(ids(then)).containsExactly("D-TIMELINE-ANNUAL-OVERDUE");
    assertThat(then.get(0).values()).containsEntry("dueDate", "2025-03-08").containsEntry("accessionNumber", "n");
    assertThat(timeline.asOf(LocalDate.of(2025, 4, 1)).filings()).hasSize(1);
    List<Finding> now = timeline.obligations(LocalDate.of(2025, 6, 1));
    assertThat(ids(now)).containsExactly("D-TIMELINE-ANNUAL-LATE");
    assertThat(now.get(0).values()).containsEntry("dueDate", "2025-03-08").containsEntry("accessionNumber", "a");
    assertThat(now.get(0).message()).contains("54 days after");
    assertThat(timeline.obligations(LocalDate.of(2024, 1, 1))).as("nothing was filed yet").isEmpty();
  }

  @Test
  void linksThatCannotHoldAreFindings() {
    OfferingTimeline timeline = OfferingTimeline.of(List.of(notice("1", "n", LocalDate.of(2024, 3, 8)),
        amendment("1", "self", LocalDate.of(2024, 4, 1), "self"),
        amendment("2", "foreign", LocalDate.of(2024, 4, 2), "n"),
        notice("1", "n", LocalDate.of(2024, 5, 1))));
    List<Finding> findings = timeline.obligations(LocalDate.of(2024, 6, 1));
    assertThat(ids(findings)).contains("D-TIMELINE-DUPLICATE-ACCESSION", "D-TIMELINE-AMENDS-ITSELF",
        "D-TIMELINE-OTHER-ISSUER");
    assertThat(timeline.filings()).extracting(Filed::accessionNumber).containsExactly("n", "self", "foreign");
    assertThat(timeline.offerings()).hasSize(3);
  }

  /**
   * Random feeds of chains (each chain a notice, possibly missing, and amendments naming the notice or an earlier
   * amendment, possibly carrying the file number) are linked back into exactly those chains.
   */
  @Property(tries = 200)
  void everyFilingIsInExactlyOneOfferingAndEachChainIsOneOffering(@ForAll @IntRange(min = 1, max = 12) int chains,
      @ForAll @LongRange(min = 0, max = Long.MAX_VALUE) long seed) {
    Random random = new Random(seed);
    List<Filed> feed = new ArrayList<>();
    List<Set<String>> expected = new ArrayList<>();
    for (int c = 0; c < chains; c++) {
      String cik = Integer.toString(1 + random.nextInt(3));
      String file = random.nextBoolean() ? "021-" + c : null;
      Set<String> members = new HashSet<>();
      List<String> earlier = new ArrayList<>();
      String notice = "N" + c;
      earlier.add(notice);
      LocalDate day = LocalDate.of(2024, 1, 1).plusDays(random.nextInt(200));
      if (random.nextInt(4) != 0) {
        Filed n = notice(cik, notice, day);
        feed.add(file == null ? n : n.withFileNumber(file));
        members.add(notice);
      }
      int amendments = random.nextInt(4) + (members.isEmpty() ? 1 : 0);
      for (int a = 0; a < amendments; a++) {
        day = day.plusDays(1 + random.nextInt(300));
        String accession = "A" + c + "-" + a;
        Filed f = amendment(cik, accession, day, earlier.get(random.nextInt(earlier.size())));
        feed.add(file == null ? f : f.withFileNumber(file));
        earlier.add(accession);
        members.add(accession);
      }
      expected.add(members);
    }
    Collections.shuffle(feed, random);
    OfferingTimeline timeline = OfferingTimeline.of(feed);
    List<Set<String>> actual = new ArrayList<>();
    for (Offering o : timeline.offerings()) {
      actual.add(new HashSet<>(o.filings().stream().map(Filed::accessionNumber).toList()));
    }
    assertThat(actual).containsExactlyInAnyOrderElementsOf(expected);
    assertThat(timeline.offerings().stream().mapToInt(o -> o.filings().size()).sum()).isEqualTo(feed.size());
  }

  private static Filed fund(String cik, String name, String accession, LocalDate firstSale, long nonAccredited) {
    return new Filed(accession, firstSale.plusDays(3), Optional.empty(), new Facts(SubmissionType.D, false,
        Optional.ofNullable(cik), name, Optional.empty(), Optional.of(firstSale), Set.of(FederalExemption.RULE_506_B),
        Optional.empty(), UsdAmount.of(1), nonAccredited));
  }

  @Test
  void rule506bsWindowIsUnder90DaysAndCountsOnlyWhatOtherOfferingsAdd() {
    LocalDate day = LocalDate.of(2024, 1, 10);
    LocalDate asOf = LocalDate.of(2024, 12, 1);
    assertThat(ids(OfferingTimeline.of(List.of(fund("1", "A", "a", day, 18), fund("1", "A", "b", day.plusDays(89),
        18))).obligations(asOf))).contains("D-TIMELINE-506B-90-DAYS");
    assertThat(ids(OfferingTimeline.of(List.of(fund("1", "A", "a", day, 18), fund("1", "A", "b", day.plusDays(90),
        18))).obligations(asOf))).doesNotContain("D-TIMELINE-506B-90-DAYS");
    assertThat(ids(OfferingTimeline.of(List.of(fund("1", "A", "a", day, 18), fund("1", "A", "b", day.plusDays(9),
        17))).obligations(asOf))).as("35 in all is the limit, not over it").doesNotContain("D-TIMELINE-506B-90-DAYS");
    assertThat(OfferingTimeline.of(List.of(fund("1", "A", "a", day, 40), fund("1", "A", "b", day.plusDays(9), 0)))
        .obligations(asOf)).as("one offering over 35 alone is its filing's own rule").extracting(Finding::ruleId)
        .doesNotContain("D-TIMELINE-506B-90-DAYS");
    assertThat(ids(OfferingTimeline.of(List.of(fund("1", "A", "a", day, 35), fund("1", "A", "b", day.plusDays(9), 1)))
        .obligations(asOf))).as("35 alone is within; one more is over").contains("D-TIMELINE-506B-90-DAYS");
  }

  @Test
  void anIssuerWithoutACikIsKnownByItsNameWhateverItsCaseAndSpaces() {
    LocalDate day = LocalDate.of(2024, 1, 10);
    assertThat(ids(OfferingTimeline.of(List.of(fund(null, "Acme  Fund LP", "a", day, 18),
        fund(null, " ACME FUND lp", "b", day.plusDays(5), 18))).obligations(LocalDate.of(2024, 6, 1))))
        .contains("D-TIMELINE-506B-90-DAYS");
    assertThat(ids(OfferingTimeline.of(List.of(fund(null, "Acme Fund LP", "a", day, 18),
        fund(null, "Acme Fund II LP", "b", day.plusDays(5), 18))).obligations(LocalDate.of(2024, 6, 1))))
        .doesNotContain("D-TIMELINE-506B-90-DAYS");
  }

  @Test
  void rule504CountsOnlyRule504Sales() {
    Facts r504 = new Facts(SubmissionType.D, false, Optional.of("1"), "One", Optional.empty(), Optional.of(SALE),
        Set.of(FederalExemption.RULE_504), Optional.of(UsdAmount.of(6_000_000)), UsdAmount.of(6_000_000), 0);
    Facts r506 = new Facts(SubmissionType.D, false, Optional.of("1"), "One", Optional.empty(),
        Optional.of(SALE.minusMonths(2)), Set.of(FederalExemption.RULE_506_B), Optional.of(UsdAmount.of(6_000_000)),
        UsdAmount.of(6_000_000), 0);
    assertThat(ids(OfferingTimeline.of(List.of(new Filed("a", SALE.plusDays(3), Optional.empty(), r504),
        new Filed("b", SALE.minusMonths(2).plusDays(3), Optional.empty(), r506))).obligations(SALE.plusMonths(1))))
        .doesNotContain("D-TIMELINE-504-12-MONTHS");
  }

  @Test
  void blankLinksAreNoLinksAndTheMissingNoticeIsTheOneNamedOutsideTheInput() {
    Filed blank = new Filed("x", LocalDate.of(2024, 3, 8), Optional.of("  "), facts("1", true, "  ", Set.of(), 0));
    assertThat(blank.fileNumber()).isEmpty();
    Filed first = amendment("1", "a1", LocalDate.of(2024, 3, 8), null).withFileNumber("021-9");
    Filed second = amendment("1", "a2", LocalDate.of(2024, 4, 8), "a1");
    Filed third = amendment("1", "a3", LocalDate.of(2024, 5, 8), "0000000001-23-000001").withFileNumber("021-9");
    OfferingTimeline timeline = OfferingTimeline.of(List.of(third, second, first));
    assertThat(timeline.offerings()).singleElement().satisfies(o -> {
      assertThat(o.notice()).contains("0000000001-23-000001");
      assertThat(o.filings()).hasSize(3);
    });
    Filed later = notice("1", "n", LocalDate.of(2024, 6, 1));
    Filed early = amendment("1", "e", LocalDate.of(2024, 5, 1), "n");
    OfferingTimeline backwards = OfferingTimeline.of(List.of(later, early));
    assertThat(ids(backwards.obligations(LocalDate.of(2024, 7, 1)))).contains("D-TIMELINE-AMENDS-LATER");
    assertThat(backwards.offerings()).as("still the offering it names").hasSize(1);
  }
}
