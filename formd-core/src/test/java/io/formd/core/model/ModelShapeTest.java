package io.formd.core.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.formd.core.TestFilings;
import java.util.List;
import java.util.NoSuchElementException;
import org.junit.jupiter.api.Test;

/** Builders check shape only: required parts present, nothing contradictory in a single value. */
class ModelShapeTest {

  static Address address() {
    return TestFilings.address();
  }

  static ElectronicFormD electronic() {
    return TestFilings.electronic();
  }

  @Test
  void anElectronicFilingBuildsAndExposesTheSharedParts() {
    ElectronicFormD filing = electronic();
    FormD asForm = filing;
    assertThat(asForm.edition()).isEqualTo(Edition.ELECTRONIC);
    assertThat(asForm.issuers()).containsExactly(filing.primaryIssuer());
    assertThat(asForm.federalExemptions()).containsExactly(FederalExemption.RULE_506_B);
    assertThat(asForm.salesCompensationRecipients()).hasSize(1);
    assertThat(asForm.isAmendment()).isFalse();
    assertThat(filing.relatedPersons().get(0).relationships().value())
        .containsExactly(Relationship.EXECUTIVE_OFFICER, Relationship.DIRECTOR);
    assertThat(filing.moreThan100Issuers()).isFalse();
    String description = asForm instanceof ElectronicFormD e ? "electronic " + e.submissionType().edgarCode() : "paper";
    assertThat(description).isEqualTo("electronic D");
  }

  @Test
  void equalFilingsAreEqualValues() {
    assertThat(electronic()).isEqualTo(electronic());
    assertThat(electronic().hashCode()).isEqualTo(electronic().hashCode());
    ElectronicFormD other = ElectronicFormD.builder().from(electronic()).submissionType(SubmissionType.D_A).build();
    assertThat(other).isNotEqualTo(electronic());
  }

  @Test
  void aMissingRequiredPartFailsNamingIt() {
    assertThatThrownBy(() -> Address.builder().street1("1 Main St").city("Dover").zipCode("1").build())
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("stateOrCountry");
  }

  @Test
  void nullsAreRefusedAtTheBuilder() {
    assertThatThrownBy(() -> Address.builder().street1(null)).isInstanceOf(NullPointerException.class)
        .hasMessageContaining("street1");
  }

  @Test
  void aPersonNameIsStructuredOrAsWrittenNotBoth() {
    assertThat(PersonName.written("Butterfield, Gregory S.").displayName()).isEqualTo("Butterfield, Gregory S.");
    assertThat(PersonName.of("Ada", "", "Lovelace").displayName()).isEqualTo("Ada Lovelace");
    assertThatThrownBy(() -> PersonName.builder().lastName("Lovelace").asWritten("Lovelace, Ada").build())
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("both");
    assertThatThrownBy(() -> PersonName.builder().firstName("Ada").build())
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("neither");
  }

  @Test
  void previousNamesAreNoneOrNamesButNeverBoth() {
    assertThat(PreviousNames.ofNone().none()).isTrue();
    assertThat(PreviousNames.of("84 RE Partners, LLC").names()).containsExactly("84 RE Partners, LLC");
    assertThatThrownBy(() -> PreviousNames.builder().none(true).addNames("Old Name").build())
        .isInstanceOf(IllegalStateException.class);
  }

  @Test
  void notRecordedIsNotNo() {
    Recorded<Boolean> no = Recorded.of(false);
    Recorded<Boolean> unknown = Recorded.notRecorded();
    assertThat(no).isNotEqualTo(unknown);
    assertThat(no.isRecorded()).isTrue();
    assertThat(unknown.isRecorded()).isFalse();
    assertThat(unknown.asOptional()).isEmpty();
    assertThatThrownBy(unknown::value).isInstanceOf(NoSuchElementException.class);
    assertThat(Mark.NOT_RECORDED.isChecked()).isFalse();
    assertThat(Mark.NOT_RECORDED.isRecorded()).isFalse();
    assertThat(Mark.UNCHECKED.isRecorded()).isTrue();
  }

  @Test
  void statedAmountsKeepWhatWasWritten() {
    StatedAmount dashZero = StatedAmount.written("-0-", UsdAmount.ZERO);
    assertThat(dashZero.amount()).contains(UsdAmount.ZERO);
    assertThat(dashZero.toString()).isEqualTo("-0-");
    assertThat(dashZero).isNotEqualTo(StatedAmount.of(0));
    assertThat(StatedAmount.written("n/a").amount()).isEmpty();
    assertThat(StatedAmount.written("n/a").orZero()).isEqualTo(UsdAmount.ZERO);
    assertThat(StatedAmount.blank().isBlank()).isTrue();
    assertThatThrownBy(() -> StatedAmount.written(" ")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> StatedCount.of(-1)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("-1");
  }

  @Test
  void negativeInvestorCountsAreNotAShape() {
    assertThatThrownBy(() -> Investors.builder().hasNonAccreditedInvestors(true)
        .numberNonAccreditedInvestors(-2L).totalNumberAlreadyInvested(1).build())
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("-2");
  }

  @Test
  void statesOfSolicitationKeepOrderAndDescriptions() {
    StatesOfSolicitation states = StatesOfSolicitation.of(SolicitationState.FL, SolicitationState.GA);
    assertThat(states.allStates()).isFalse();
    assertThat(states.states()).extracting(StatesOfSolicitation.Entry::state)
        .containsExactly(SolicitationState.FL, SolicitationState.GA);
    assertThat(states.states().get(0).description()).contains("FLORIDA");
    assertThat(StatesOfSolicitation.all().allStates()).isTrue();
  }

  @Test
  void listsAreImmutable() {
    List<RelatedPerson> persons = electronic().relatedPersons();
    assertThatThrownBy(() -> persons.add(persons.get(0))).isInstanceOf(UnsupportedOperationException.class);
  }
}
