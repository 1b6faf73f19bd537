package io.formd.core.amendments;

import static org.assertj.core.api.Assertions.assertThat;

import io.formd.core.fake.FakeConfig;
import io.formd.core.fake.FakeFilings;
import io.formd.core.model.Address;
import io.formd.core.model.Edition;
import io.formd.core.model.ElectronicFormD;
import io.formd.core.model.EstimatedAmount;
import io.formd.core.model.IndustryGroup;
import io.formd.core.model.Investors;
import io.formd.core.model.OfferingAmount;
import io.formd.core.model.OfferingData;
import io.formd.core.model.OfferingSalesAmounts;
import io.formd.core.model.PersonName;
import io.formd.core.model.RelatedPerson;
import io.formd.core.model.RevenueRange;
import io.formd.core.model.SalesCommissionsFindersFees;
import io.formd.core.model.SalesCompensationRecipient;
import io.formd.core.model.Signature;
import io.formd.core.model.SolicitationState;
import io.formd.core.model.StateOrCountry;
import io.formd.core.model.StatesOfSolicitation;
import io.formd.core.model.TypeOfFiling;
import io.formd.core.model.UsdAmount;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.LongFunction;
import java.util.function.UnaryOperator;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/** Rule 503(a)(3)'s triggers and exceptions, one by one, and the annual amendment's date. */
class AmendmentCheckTest {

  /** A definite offering of $10,000,000 with $2,000,000 sold, a $100,000 minimum and 10 non-accredited investors. */
  private static final ElectronicFormD BASE = base();

  private static ElectronicFormD base() {
    ElectronicFormD f = FakeFilings.seeded(31, FakeConfig.builder().edition(Edition.ELECTRONIC)
        .issuerKind(FakeConfig.IssuerKind.OPERATING_COMPANY).build()).nextElectronic();
    return offering(f, o -> o.minimumInvestment(UsdAmount.of(100_000)).industryGroup(IndustryGroup.BIOTECHNOLOGY)
        .amounts(OfferingSalesAmounts.builder().from(f.offering().amounts())
            .totalOfferingAmount(OfferingAmount.of(10_000_000)).totalAmountSold(UsdAmount.of(2_000_000))
            .totalRemaining(OfferingAmount.of(8_000_000)).build())
        .investors(Investors.builder().hasNonAccreditedInvestors(true).numberNonAccreditedInvestors(10L)
            .totalNumberAlreadyInvested(40).build()));
  }

  private static ElectronicFormD offering(ElectronicFormD f, UnaryOperator<OfferingData.Builder> change) {
    return ElectronicFormD.builder().from(f).offering(change.apply(OfferingData.builder().from(f.offering())).build())
        .build();
  }

  private static ElectronicFormD total(long amount) {
    return offering(BASE, o -> o.amounts(OfferingSalesAmounts.builder().from(BASE.offering().amounts())
        .totalOfferingAmount(OfferingAmount.of(amount)).totalRemaining(OfferingAmount.of(amount - 2_000_000)).build()));
  }

  private static AmendmentCheck.Verdict verdict(ElectronicFormD now) {
    return AmendmentCheck.between(BASE, now).verdict();
  }

  @Property(tries = 60)
  void aFilingNeverRequiresAnAmendmentAgainstItselfTheAnnualOneAside(@ForAll long seed,
      @ForAll @IntRange(min = 0, max = 800) int daysSinceFiled) {
    ElectronicFormD f = FakeFilings.seeded(seed).nextElectronic();
    LocalDate filed = LocalDate.of(2024, 5, 10);
    AmendmentCheck.Verdict v = AmendmentCheck.between(f, f).lastFiledOn(filed).asOf(filed.plusDays(daysSinceFiled))
        .verdict();
    assertThat(v.reasons()).isEmpty();
    assertThat(v.required()).isEqualTo(v.annualDueSoon());
    assertThat(v.annualDueSoon()).isEqualTo(daysSinceFiled >= 365 - 30);
    assertThat(AmendmentCheck.between(f, f).verdict().required()).isFalse();
  }

  @Test
  void noChangeNeedsNoAmendment() {
    AmendmentCheck.Verdict v = verdict(BASE);
    assertThat(v.required()).isFalse();
    assertThat(v.reasons()).isEmpty();
    assertThat(v.deadline().kind()).as("no filing date: the annual amendment not checked")
        .isEqualTo(Deadline.Kind.NOT_CHECKED);
    assertThat(v.annualChecked()).isFalse();
  }

  @Test
  void theTotalOfferingAmountMayRiseByTenPercentAndFallFreely() {
    assertThat(verdict(total(11_000_000)).required()).as("exactly +10 %").isFalse();
    AmendmentCheck.Verdict more = verdict(total(11_500_000));
    assertThat(more.required()).isTrue();
    Reason reason = more.requiring().get(0);
    assertThat(reason.change().path()).isEqualTo("offering.amounts.totalOfferingAmount");
    assertThat(reason.citation()).isEqualTo("17 CFR 230.503(a)(3)(ii)(E)");
    assertThat(reason.detail()).contains("15.0 %").contains("more than 10 %");
    assertThat(more.deadline().describe()).startsWith("as soon as practicable");
    assertThat(verdict(total(6_000_000)).required()).as("a decrease").isFalse();
    // The remaining amount changed with it: (F), excepted.
    assertThat(more.reasons()).anyMatch(r -> !r.required() && r.citation().endsWith("(ii)(F)"));
  }

  @Test
  void theMinimumInvestmentMayFallByTenPercentAndRiseFreely() {
    assertThat(verdict(offering(BASE, o -> o.minimumInvestment(UsdAmount.of(90_000)))).required()).isFalse();
    AmendmentCheck.Verdict lower = verdict(offering(BASE, o -> o.minimumInvestment(UsdAmount.of(80_000))));
    assertThat(lower.required()).isTrue();
    assertThat(lower.requiring().get(0).citation()).endsWith("(ii)(C)");
    assertThat(verdict(offering(BASE, o -> o.minimumInvestment(UsdAmount.of(500_000)))).required()).isFalse();
  }

  @Test
  void aRelatedPersonsAddressIsExceptedButANewPersonIsNotAndCountsOnce() {
    List<RelatedPerson> persons = new ArrayList<>(BASE.relatedPersons());
    persons.set(0, RelatedPerson.builder().from(persons.get(0)).address(Address.builder()
        .from(persons.get(0).address()).city("Boise").build()).build());
    AmendmentCheck.Verdict moved = verdict(ElectronicFormD.builder().from(BASE).relatedPersons(persons).build());
    assertThat(moved.required()).isFalse();
    assertThat(moved.reasons()).singleElement().satisfies(r -> assertThat(r.citation()).endsWith("(ii)(A)"));
    persons.add(RelatedPerson.builder().from(persons.get(0)).name(PersonName.of("Ada", "Newcomer")).build());
    AmendmentCheck.Verdict added = verdict(ElectronicFormD.builder().from(BASE).relatedPersons(persons).build());
    assertThat(added.requiring()).singleElement().satisfies(r -> {
      assertThat(r.change().after()).contains("Newcomer");
      assertThat(r.detail()).contains("added, removed or renamed");
    });
  }

  @Test
  void nonAccreditedInvestorsRequireAnAmendmentOnlyAbove35() {
    AmendmentCheck.Verdict twenty = verdict(offering(BASE, o -> o.investors(Investors.builder()
        .from(BASE.offering().investors()).numberNonAccreditedInvestors(20L).build())));
    assertThat(twenty.required()).isFalse();
    AmendmentCheck.Verdict many = verdict(offering(BASE, o -> o.investors(Investors.builder()
        .from(BASE.offering().investors()).numberNonAccreditedInvestors(36L).totalNumberAlreadyInvested(60).build())));
    assertThat(many.requiring()).singleElement().satisfies(r -> assertThat(r.citation()).endsWith("(ii)(G)"));
    assertThat(many.reasons()).anyMatch(r -> r.citation().endsWith("(ii)(H)") && !r.required());
  }

  @Test
  void anythingElseRequiresOneButNotTheSignatureBlockOrAfterTheOfferingEnded() {
    ElectronicFormD industry = offering(BASE, o -> o.industryGroup(IndustryGroup.PHARMACEUTICALS));
    AmendmentCheck.Verdict v = verdict(industry);
    assertThat(v.requiring()).singleElement().satisfies(r -> {
      assertThat(r.citation()).isEqualTo("17 CFR 230.503(a)(3)(ii)");
      assertThat(r.change().place()).startsWith("Item 4");
    });
    assertThat(AmendmentCheck.between(BASE, industry).offeringTerminated(true).verdict().required()).isFalse();
    ElectronicFormD resigned = ElectronicFormD.builder().from(BASE).signatures(List.of(Signature.builder()
        .from(BASE.signatures().get(0)).signerName("Someone Else").build())).build();
    assertThat(verdict(resigned).reasons()).isEmpty();
  }

  @Test
  void theAnnualAmendmentIsDueOnTheAnniversaryOfTheLastFiling() {
    AmendmentCheck.Verdict v = AmendmentCheck.between(BASE, BASE).lastFiledOn(LocalDate.of(2025, 3, 4))
        .asOf(LocalDate.of(2026, 2, 20)).verdict();
    assertThat(v.annualDueDate()).contains(LocalDate.of(2026, 3, 4));
    assertThat(v.required()).isTrue();
    assertThat(v.deadline().describe()).contains("on or before 2026-03-04");
    assertThat(v.deadline().fileBy()).contains(LocalDate.of(2026, 3, 4));
    AmendmentCheck.Verdict early = AmendmentCheck.between(BASE, BASE).lastFiledOn(LocalDate.of(2025, 3, 4))
        .asOf(LocalDate.of(2025, 9, 1)).verdict();
    assertThat(early.required()).isFalse();
    assertThat(AmendmentCheck.anniversary(LocalDate.of(2024, 2, 29))).isEqualTo(LocalDate.of(2025, 2, 28));
    // 2026-03-08 is a Sunday: the last day EDGAR is open by then is Friday 2026-03-06.
    AmendmentCheck.Verdict sunday = AmendmentCheck.between(BASE, BASE).lastFiledOn(LocalDate.of(2025, 3, 8))
        .asOf(LocalDate.of(2026, 3, 1)).verdict();
    assertThat(sunday.lastDayToFileAnnual()).contains(LocalDate.of(2026, 3, 6));
    assertThat(sunday.deadline().fileBy()).contains(LocalDate.of(2026, 3, 6));
    assertThat(sunday.describe()).contains("2026-03-06");
    // The check is a value: a wither leaves the original as it was.
    AmendmentCheck undated = AmendmentCheck.between(BASE, BASE);
    assertThat(undated.lastFiledOn(LocalDate.of(2025, 3, 4)).verdict().annualChecked()).isTrue();
    assertThat(undated.verdict().annualChecked()).isFalse();
    // A date of first sale corrected after termination is a mistake of fact: still required (503(a)(3)(i)).
    ElectronicFormD corrected = ElectronicFormD.builder().from(BASE).offering(OfferingData.builder()
        .from(BASE.offering()).typeOfFiling(TypeOfFiling.builder().from(BASE.offering().typeOfFiling())
            .dateOfFirstSale(BASE.offering().typeOfFiling().dateOfFirstSale().orElseThrow().minusDays(3)).build())
            .build())
        .build();
    AmendmentCheck.Verdict mistake = AmendmentCheck.between(BASE, corrected).offeringTerminated(true).verdict();
    assertThat(mistake.required()).isTrue();
    assertThat(mistake.requiring()).extracting(Reason::citation).containsExactly("17 CFR 230.503(a)(3)(i)");
    assertThat(AmendmentCheck.between(BASE, BASE).lastFiledOn(LocalDate.of(2025, 3, 4)).offeringTerminated(true)
        .verdict().annualDueDate()).isEmpty();
  }

  /** BASE with one recipient, who solicits in New York. */
  private static final ElectronicFormD WITH_RECIPIENT = offering(BASE, o -> o.salesCompensationRecipients(List.of(
      recipient("Harbor Securities LLC", "12345", "New York", SolicitationState.NY))));

  private static SalesCompensationRecipient recipient(String name, String crd, String city,
      SolicitationState... states) {
    return SalesCompensationRecipient.builder().name(name).crdNumber(crd)
        .address(Address.builder().street1("1 Main Street").city(city)
            .stateOrCountry(StateOrCountry.NEW_YORK).zipCode("10001").build())
        .statesOfSolicitation(StatesOfSolicitation.of(states)).foreignSolicitation(false).build();
  }

  private static AmendmentCheck.Verdict fromRecipient(SalesCompensationRecipient now) {
    return AmendmentCheck.between(WITH_RECIPIENT, offering(WITH_RECIPIENT, o -> o.salesCompensationRecipients(
        List.of(now)))).verdict();
  }

  @Test
  void theRevenueRangeIsExceptedB() {
    ElectronicFormD before = offering(BASE, o -> o.revenueRange(RevenueRange.UP_TO_1M));
    ElectronicFormD after = offering(BASE, o -> o.revenueRange(RevenueRange.FROM_5M_TO_25M));
    AmendmentCheck.Verdict v = AmendmentCheck.between(before, after).verdict();
    assertThat(v.required()).isFalse();
    assertThat(v.reasons()).singleElement().satisfies(r -> {
      assertThat(r.citation()).isEqualTo("17 CFR 230.503(a)(3)(ii)(B)");
      assertThat(r.change().place()).startsWith("Item 5");
    });
  }

  @Test
  void aRecipientsAddressAndStatesAreExceptedDButANewRecipientOrCrdIsNot() {
    AmendmentCheck.Verdict moved = fromRecipient(recipient("Harbor Securities LLC", "12345", "Albany",
        SolicitationState.NY, SolicitationState.NJ));
    assertThat(moved.required()).isFalse();
    assertThat(moved.reasons()).hasSize(2).allMatch(r -> r.citation().endsWith("(ii)(D)") && !r.required())
        .allMatch(r -> r.change().place().startsWith("Item 12"));
    assertThat(moved.reasons().get(1).change().before()).contains("NEW YORK");
    assertThat(moved.reasons().get(1).change().after()).contains("NEW JERSEY, NEW YORK");
    AmendmentCheck.Verdict crd = fromRecipient(recipient("Harbor Securities LLC", "99999", "New York",
        SolicitationState.NY));
    assertThat(crd.required()).isTrue();
    AmendmentCheck.Verdict added = AmendmentCheck.between(BASE.offering().salesCompensationRecipients().isEmpty()
        ? BASE : offering(BASE, o -> o.salesCompensationRecipients(List.of())), WITH_RECIPIENT).verdict();
    assertThat(added.requiring()).singleElement().satisfies(r -> {
      assertThat(r.detail()).contains("added or removed");
      assertThat(r.change().after()).contains("Harbor Securities LLC");
    });
  }

  @Test
  void theAmountSoldAndTheNumberOfInvestorsAreExceptedFAndH() {
    AmendmentCheck.Verdict sold = verdict(offering(BASE, o -> o.amounts(OfferingSalesAmounts.builder()
        .from(BASE.offering().amounts()).totalAmountSold(UsdAmount.of(9_000_000))
        .totalRemaining(OfferingAmount.of(1_000_000)).build())));
    assertThat(sold.required()).isFalse();
    assertThat(sold.reasons()).hasSize(2).allMatch(r -> r.citation().endsWith("(ii)(F)"));
    AmendmentCheck.Verdict investors = verdict(offering(BASE, o -> o.investors(Investors.builder()
        .from(BASE.offering().investors()).totalNumberAlreadyInvested(400).build())));
    assertThat(investors.required()).isFalse();
    assertThat(investors.reasons()).singleElement().satisfies(r -> assertThat(r.citation()).endsWith("(ii)(H)"));
  }

  @Test
  void commissionsFeesAndProceedsMayRiseByTenPercentI() {
    ElectronicFormD before = offering(BASE, o -> o.commissionsAndFees(SalesCommissionsFindersFees
        .builder().salesCommissions(EstimatedAmount.of(100_000))
        .findersFees(EstimatedAmount.of(0)).build()));
    LongFunction<ElectronicFormD> commissions = amount -> offering(before, o -> o.commissionsAndFees(
        SalesCommissionsFindersFees.builder().from(before.offering().commissionsAndFees())
            .salesCommissions(EstimatedAmount.of(amount)).build()));
    assertThat(AmendmentCheck.between(before, commissions.apply(110_000)).verdict().required()).as("exactly +10 %")
        .isFalse();
    AmendmentCheck.Verdict more = AmendmentCheck.between(before, commissions.apply(110_001)).verdict();
    assertThat(more.requiring()).singleElement().satisfies(r -> {
      assertThat(r.citation()).isEqualTo("17 CFR 230.503(a)(3)(ii)(I)");
      assertThat(r.detail()).contains("more than 10 %");
    });
    assertThat(AmendmentCheck.between(before, commissions.apply(5_000)).verdict().required()).as("a decrease")
        .isFalse();
    ElectronicFormD estimated = offering(before, o -> o.commissionsAndFees(io.formd.core.model
        .SalesCommissionsFindersFees.builder().from(before.offering().commissionsAndFees())
        .salesCommissions(EstimatedAmount.of(UsdAmount.of(100_000), true)).build()));
    AmendmentCheck.Verdict flag = AmendmentCheck.between(before, estimated).verdict();
    assertThat(flag.required()).isFalse();
    assertThat(flag.reasons()).singleElement().satisfies(r -> assertThat(r.detail()).startsWith("treated as excepted"));
    AmendmentCheck.Verdict fromNothing = AmendmentCheck.between(before, offering(before, o -> o.commissionsAndFees(
        SalesCommissionsFindersFees.builder().from(before.offering().commissionsAndFees())
            .findersFees(EstimatedAmount.of(1_000)).build()))).verdict();
    assertThat(fromNothing.requiring()).singleElement().satisfies(r -> assertThat(r.detail()).contains("from nothing"));
  }

  @Test
  void indefiniteToAnAmountAndBackIsTreatedAsRequiredAndSaidSo() {
    ElectronicFormD indefinite = offering(BASE, o -> o.amounts(OfferingSalesAmounts.builder()
        .from(BASE.offering().amounts()).totalOfferingAmount(OfferingAmount.indefinite())
        .totalRemaining(OfferingAmount.indefinite()).build()));
    for (AmendmentCheck.Verdict v : List.of(AmendmentCheck.between(BASE, indefinite).verdict(),
        AmendmentCheck.between(indefinite, BASE).verdict())) {
      assertThat(v.requiring()).singleElement().satisfies(r -> {
        assertThat(r.change().path()).isEqualTo("offering.amounts.totalOfferingAmount");
        assertThat(r.citation()).endsWith("(ii)(E)");
        assertThat(r.detail()).startsWith("treated as required").contains("Indefinite");
      });
    }
  }

  @Test
  void theTenPercentIsMeasuredFromTheNoticeLastFiledCumulatively() {
    // Two rises of 6 % each: neither alone, but together 12.4 % since the notice last filed.
    ElectronicFormD step = total(10_600_000);
    ElectronicFormD again = total(11_236_000);
    assertThat(AmendmentCheck.between(BASE, step).verdict().required()).isFalse();
    assertThat(AmendmentCheck.between(step, again).verdict().required()).isFalse();
    AmendmentCheck.Verdict cumulative = AmendmentCheck.between(BASE, again).verdict();
    assertThat(cumulative.requiring()).singleElement().satisfies(r -> assertThat(r.detail()).contains("12.4 %"));
  }
}
