package io.formd.core.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.formd.core.fake.FakeFilings;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A filing is edited as a vendor's program amends it: withers for one part, {@code toBuilder()} for several. */
class EditingAFilingTest {

  private static final ElectronicFormD NOTICE = FakeFilings.seeded(7).nextElectronic();

  @Test
  void aDaEditIsAFewReadableLinesAndTheNoticeIsUnchanged() {
    RelatedPerson director = NOTICE.relatedPersons().get(0).withName(PersonName.of("Grace", "Hopper"));
    OfferingData offering = NOTICE.offering();
    ElectronicFormD amendment = NOTICE.toBuilder()
        .submissionType(SubmissionType.D_A)
        .addRelatedPersons(director)
        .offering(offering
            .withTypeOfFiling(offering.typeOfFiling().withAmendment(true)
                .withPreviousAccessionNumber("0001234567-26-000001"))
            .withAmounts(OfferingSalesAmounts.of(10_000_000, 7_500_000)))
        .build();
    assertThat(amendment.submissionType()).isEqualTo(SubmissionType.D_A);
    assertThat(amendment.relatedPersons()).hasSize(NOTICE.relatedPersons().size() + 1).endsWith(director);
    assertThat(amendment.offering().typeOfFiling().previousAccessionNumber()).contains("0001234567-26-000001");
    assertThat(amendment.offering().amounts().totalRemaining()).isEqualTo(OfferingAmount.of(2_500_000));
    assertThat(amendment.primaryIssuer()).isSameAs(NOTICE.primaryIssuer());
    // The notice itself is a value: nothing about it changed.
    assertThat(NOTICE.submissionType()).isNotEqualTo(SubmissionType.D_A);
    assertThat(NOTICE.relatedPersons()).doesNotContain(director);
  }

  @Test
  void toBuilderOfAnyPartBuildsAnEqualValue() {
    assertThat(NOTICE.toBuilder().build()).isEqualTo(NOTICE);
    assertThat(NOTICE.primaryIssuer().toBuilder().build()).isEqualTo(NOTICE.primaryIssuer());
    assertThat(NOTICE.offering().toBuilder().build()).isEqualTo(NOTICE.offering());
    assertThat(NOTICE.primaryIssuer().address().toBuilder().city("Lindon").build().city()).isEqualTo("Lindon");
  }

  @Test
  void aWitherChecksWhatTheBuilderChecks() {
    Investors investors = NOTICE.offering().investors();
    assertThatThrownBy(() -> investors.withTotalNumberAlreadyInvested(-2))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("-2");
  }

  @Test
  void item13DerivesTheRemainingOrSaysWhyItCannot() {
    assertThat(OfferingSalesAmounts.of(OfferingAmount.INDEFINITE, UsdAmount.of(5)).totalRemaining())
        .isEqualTo(OfferingAmount.INDEFINITE);
    OfferingSalesAmounts exact = OfferingSalesAmounts.of(100, 100);
    assertThat(exact.totalRemaining()).isEqualTo(OfferingAmount.of(0));
    assertThat(exact.totalAmountSold()).isEqualTo(UsdAmount.of(100));
    assertThat(exact.totalOfferingAmount()).isEqualTo(OfferingAmount.of(100));
    assertThat(exact.clarification()).isEmpty();
    assertThat(OfferingSalesAmounts.of(OfferingAmount.of(UsdAmount.parse("1000.50")), UsdAmount.parse("0.25"))
        .totalRemaining()).isEqualTo(OfferingAmount.of(UsdAmount.parse("1000.25")));
    assertThatThrownBy(() -> OfferingSalesAmounts.of(100, 101)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("$101.00").hasMessageContaining("$100.00");
  }

  @Test
  void listWithersReplaceTheWholeList() {
    ElectronicFormD none = NOTICE.withRelatedPersons(List.of());
    assertThat(none.relatedPersons()).isEmpty();
    assertThat(none.withRelatedPersons(NOTICE.relatedPersons())).isEqualTo(NOTICE);
  }
}
