package io.formd.json;

import static org.assertj.core.api.Assertions.assertThat;

import io.formd.core.amendments.AmendmentCheck;
import io.formd.core.amendments.AmendmentDraft;
import io.formd.core.amendments.OfferingTimeline;
import io.formd.core.amendments.Reason;
import io.formd.core.model.Address;
import io.formd.core.model.ElectronicFormD;
import io.formd.core.model.EstimatedAmount;
import io.formd.core.model.IndustryGroup;
import io.formd.core.model.Investors;
import io.formd.core.model.Issuer;
import io.formd.core.model.OfferingAmount;
import io.formd.core.model.OfferingData;
import io.formd.core.model.OfferingSalesAmounts;
import io.formd.core.model.PersonName;
import io.formd.core.model.RelatedPerson;
import io.formd.core.model.SalesCommissionsFindersFees;
import io.formd.core.model.SalesCompensationRecipient;
import io.formd.core.model.UsdAmount;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Real accepted filings, each changed one field at a time on both sides of each boundary of Rule 503(a)(3), and each
 * paired with its own draft amendment: the verdict and the paragraph are those the rule gives.
 */
class RealAmendmentPairsTest {

  static List<String> fixtures() {
    return Fixtures.names();
  }

  private static ElectronicFormD read(String name) {
    try {
      return FormDXml.read(new String(Fixtures.bytes(name), StandardCharsets.UTF_8));
    } catch (FormDReadException e) {
      throw new AssertionError(name + " is an accepted filing and reads", e);
    }
  }

  private static ElectronicFormD offering(ElectronicFormD f, UnaryOperator<OfferingData.Builder> change) {
    return ElectronicFormD.builder().from(f).offering(change.apply(OfferingData.builder().from(f.offering())).build())
        .build();
  }

  private static ElectronicFormD amounts(ElectronicFormD f, UnaryOperator<OfferingSalesAmounts.Builder> change) {
    return offering(f, o -> o.amounts(change.apply(OfferingSalesAmounts.builder().from(f.offering().amounts()))
        .build()));
  }

  /** Asserts the change is required (or excepted) and decided by the paragraph ending with {@code paragraph}. */
  private static void judged(ElectronicFormD before, ElectronicFormD after, boolean required, String paragraph) {
    AmendmentCheck.Verdict v = AmendmentCheck.between(before, after).verdict();
    assertThat(v.required()).as("%s", v.reasons()).isEqualTo(required);
    assertThat(v.reasons()).as("%s", v.reasons()).isNotEmpty()
        .anyMatch(r -> r.required() == required && r.citation().endsWith(paragraph));
  }

  private static long percentOf(UsdAmount amount, int percent) {
    return amount.value().multiply(BigDecimal.valueOf(percent)).divide(BigDecimal.valueOf(100)).longValue();
  }

  @ParameterizedTest
  @MethodSource("fixtures")
  void eachTriggerAndExceptionOnARealFiling(String name) {
    ElectronicFormD f = read(name);
    // Any other information: the issuer's address and the industry group.
    judged(f, ElectronicFormD.builder().from(f).primaryIssuer(Issuer.builder().from(f.primaryIssuer())
        .address(Address.builder().from(f.primaryIssuer().address()).city("Elsewhere").build()).build()).build(),
        true, "230.503(a)(3)(ii)");
    IndustryGroup other = f.offering().industryGroup() == IndustryGroup.BIOTECHNOLOGY ? IndustryGroup.RETAILING
        : IndustryGroup.BIOTECHNOLOGY;
    judged(f, offering(f, o -> o.industryGroup(other)), true, "230.503(a)(3)(ii)");
    // (A) a related person's address; a new person is not excepted.
    List<RelatedPerson> persons = new ArrayList<>(f.relatedPersons());
    persons.set(0, RelatedPerson.builder().from(persons.get(0)).address(Address.builder().from(persons.get(0).address())
        .city("Elsewhere").build()).build());
    judged(f, ElectronicFormD.builder().from(f).relatedPersons(persons).build(), false, "(ii)(A)");
    persons.add(RelatedPerson.builder().from(persons.get(0)).name(PersonName.of("Ada", "Newcomer"))
        .build());
    judged(f, ElectronicFormD.builder().from(f).relatedPersons(persons).build(), true, "(ii)");
    // (C) the minimum investment: down by exactly 10 % excepted, by more required.
    UsdAmount minimum = f.offering().minimumInvestment();
    if (minimum.value().compareTo(BigDecimal.valueOf(100)) >= 0 && minimum.value().remainder(BigDecimal.TEN)
        .signum() == 0) {
      long floor = percentOf(minimum, 90);
      judged(f, offering(f, o -> o.minimumInvestment(UsdAmount.of(floor))), false, "(ii)(C)");
      judged(f, offering(f, o -> o.minimumInvestment(UsdAmount.of(floor - 1))), true, "(ii)(C)");
    }
    // (D) a recipient's address.
    if (!f.offering().salesCompensationRecipients().isEmpty()) {
      List<SalesCompensationRecipient> recipients = new ArrayList<>(f.offering().salesCompensationRecipients());
      recipients.set(0, SalesCompensationRecipient.builder().from(recipients.get(0)).address(Address.builder()
          .from(recipients.get(0).address()).city("Elsewhere").build()).build());
      judged(f, offering(f, o -> o.salesCompensationRecipients(recipients)), false, "(ii)(D)");
    }
    // (E) the total offering amount: up by exactly 10 % excepted, by more required; to or from Indefinite required.
    f.offering().amounts().totalOfferingAmount().amount().ifPresentOrElse(total -> {
      if (total.value().remainder(BigDecimal.TEN).signum() == 0 && total.value().signum() > 0) {
        long ceiling = percentOf(total, 110);
        judged(f, amounts(f, a -> a.totalOfferingAmount(OfferingAmount.of(ceiling))), false, "(ii)(E)");
        judged(f, amounts(f, a -> a.totalOfferingAmount(OfferingAmount.of(ceiling + 1))), true, "(ii)(E)");
      }
      judged(f, amounts(f, a -> a.totalOfferingAmount(OfferingAmount.indefinite())), true, "(ii)(E)");
    }, () -> judged(f, amounts(f, a -> a.totalOfferingAmount(OfferingAmount.of(5_000_000))), true, "(ii)(E)"));
    // (F) the amount sold.
    judged(f, amounts(f, a -> a.totalAmountSold(f.offering().amounts().totalAmountSold().plus(UsdAmount.of(1_000)))),
        false, "(ii)(F)");
    // (G) non-accredited investors: 35 excepted, 36 required.
    Investors investors = f.offering().investors();
    if (investors.numberNonAccreditedInvestors().orElse(0L) < 35) {
      judged(f, offering(f, o -> o.investors(Investors.builder().from(investors).hasNonAccreditedInvestors(true)
          .numberNonAccreditedInvestors(35L).build())), investors.hasNonAccreditedInvestors() ? false : true,
              "(ii)(G)");
      judged(f, offering(f, o -> o.investors(Investors.builder().from(investors).hasNonAccreditedInvestors(true)
          .numberNonAccreditedInvestors(36L).build())), true, "(ii)(G)");
    }
    // (H) the number of investors.
    judged(f, offering(f, o -> o.investors(Investors.builder().from(investors)
        .totalNumberAlreadyInvested(investors.totalNumberAlreadyInvested() + 1).build())), false, "(ii)(H)");
    // (I) sales commissions: up by exactly 10 % excepted, by more required (from nothing: required).
    UsdAmount commissions = f.offering().commissionsAndFees().salesCommissions().amount();
    if (commissions.value().signum() > 0 && commissions.value().remainder(BigDecimal.TEN).signum() == 0) {
      long ceiling = percentOf(commissions, 110);
      judged(f, withCommissions(f, ceiling), false, "(ii)(I)");
      judged(f, withCommissions(f, ceiling + 1), true, "(ii)(I)");
    } else if (commissions.value().signum() == 0) {
      judged(f, withCommissions(f, 1_000), true, "(ii)(I)");
    }
    // Nothing changed, or after the offering ended: no amendment.
    assertThat(AmendmentCheck.between(f, f).verdict().required()).isFalse();
    assertThat(AmendmentCheck.between(f, offering(f, o -> o.industryGroup(other))).offeringTerminated(true).verdict()
        .required()).isFalse();
  }

  private static ElectronicFormD withCommissions(ElectronicFormD f, long amount) {
    SalesCommissionsFindersFees fees = f.offering().commissionsAndFees();
    return offering(f, o -> o.commissionsAndFees(SalesCommissionsFindersFees.builder().from(fees)
        .salesCommissions(EstimatedAmount.of(UsdAmount.of(amount), fees.salesCommissions().estimate())).build()));
  }

  @ParameterizedTest
  @MethodSource("fixtures")
  void aRealFilingAndItsDraftAmendmentAreOneOfferingAndOnlyAnEditRequiresTheAmendment(String name) {
    ElectronicFormD notice = read(name);
    String accession = "0000000001-26-000001";
    LocalDate filed = LocalDate.of(2026, 1, 5);
    ElectronicFormD draft = AmendmentDraft.of(notice, accession, LocalDate.of(2026, 3, 2));
    assertThat(AmendmentCheck.between(notice, draft).verdict().reasons()).isEmpty();
    ElectronicFormD edited = offering(draft, o -> o.industryGroup(notice.offering().industryGroup()
        == IndustryGroup.RETAILING ? IndustryGroup.BIOTECHNOLOGY : IndustryGroup.RETAILING));
    assertThat(AmendmentCheck.between(notice, edited).verdict().requiring()).extracting(Reason::citation)
        .containsExactly("17 CFR 230.503(a)(3)(ii)");
    OfferingTimeline timeline = OfferingTimeline.of(List.of(new OfferingTimeline.Filed(notice, accession, filed),
        new OfferingTimeline.Filed(edited, "0000000001-26-000002", LocalDate.of(2026, 3, 3))));
    assertThat(timeline.offerings()).singleElement().satisfies(o -> {
      assertThat(o.filings()).hasSize(2);
      assertThat(o.annualAmendmentDueBy()).isEqualTo(LocalDate.of(2027, 3, 3));
    });
    assertThat(timeline.obligations(LocalDate.of(2026, 4, 1)))
        .filteredOn(x -> x.ruleId().equals("D-TIMELINE-UNKNOWN-ACCESSION")).extracting(x -> x.values()
            .get("accessionNumber")).containsExactlyElementsOf(notice.offering().typeOfFiling().amendment()
                ? List.of(accession) : List.of()); // the real D/A amends a filing the set lacks; the draft links
  }
}
