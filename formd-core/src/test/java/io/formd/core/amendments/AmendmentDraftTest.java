package io.formd.core.amendments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.formd.core.fake.FakeConfig;
import io.formd.core.fake.FakeFilings;
import io.formd.core.model.Dialect;
import io.formd.core.model.Edition;
import io.formd.core.model.ElectronicFormD;
import io.formd.core.model.Issuer;
import io.formd.core.model.Signature;
import io.formd.core.model.SubmissionType;
import io.formd.core.rules.Finding;
import io.formd.core.rules.RuleSets;
import java.time.LocalDate;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

class AmendmentDraftTest {

  private static final LocalDate TODAY = LocalDate.of(2026, 12, 3);
  private static final String ACCESSION = "0001234567-26-000042";

  private static ElectronicFormD filing(long seed, Dialect dialect) {
    return FakeFilings.seeded(seed, FakeConfig.builder().edition(Edition.ELECTRONIC).dialect(dialect).build())
        .nextElectronic();
  }

  @Test
  void theDraftIsAnAmendmentOfTheGivenAccessionSignedToday() {
    ElectronicFormD amended = filing(7, Dialect.DISSEMINATED);
    ElectronicFormD draft = AmendmentDraft.of(amended, ACCESSION, TODAY);
    assertThat(draft.submissionType()).isEqualTo(SubmissionType.D_A);
    assertThat(draft.offering().typeOfFiling().amendment()).isTrue();
    assertThat(draft.offering().typeOfFiling().previousAccessionNumber()).contains(ACCESSION);
    assertThat(draft.offering().typeOfFiling().dateOfFirstSale())
        .isEqualTo(amended.offering().typeOfFiling().dateOfFirstSale());
    assertThat(draft.signatures()).hasSameSizeAs(amended.signatures()).allMatch(s -> s.date().equals(TODAY));
    assertThat(draft.signatures()).extracting(Signature::signerName)
        .containsExactlyElementsOf(amended.signatures().stream().map(Signature::signerName).toList());
    assertThat(draft.schemaVersion()).isEmpty();
    assertThat(draft.issuers()).allMatch(i -> i.name().isEmpty() && i.jurisdictionOfIncorporation().isEmpty()
        && i.edgarPreviousNames().isEmpty());
    assertThat(draft.issuers()).extracting(Issuer::cik)
        .containsExactlyElementsOf(amended.issuers().stream().map(Issuer::cik).toList());
    assertThat(draft.relatedPersons()).isEqualTo(amended.relatedPersons());
    assertThat(draft.offering().amounts()).isEqualTo(amended.offering().amounts());
    assertThat(Dialect.of(draft)).isEqualTo(Dialect.SUBMISSION);
  }

  @Test
  void aDraftFromThePublishedCopyLacksOnlyTheCredentialsAndContactNothingIsInvented() {
    ElectronicFormD draft = AmendmentDraft.of(filing(11, Dialect.DISSEMINATED), ACCESSION, TODAY);
    assertThat(RuleSets.builtIn().withProfile(Dialect.SUBMISSION).validate(draft, TODAY).errors())
        .extracting(Finding::ruleId).isNotEmpty().allMatch(id -> id.equals("D-SUB-CCC") || id.equals("D-SUB-CONTACT"));
    assertThat(draft.issuers()).allMatch(i -> i.ccc().isEmpty());
    assertThat(draft.contactData()).isEmpty();
  }

  @Test
  void aDraftFromASubmissionKeepsItsCredentialsAndHasNoError() {
    ElectronicFormD amended = filing(13, Dialect.SUBMISSION);
    ElectronicFormD draft = AmendmentDraft.of(amended, ACCESSION, TODAY);
    assertThat(draft.contactData()).isEqualTo(amended.contactData());
    assertThat(draft.issuers()).extracting(Issuer::ccc)
        .containsExactlyElementsOf(amended.issuers().stream().map(Issuer::ccc).toList());
    assertThat(RuleSets.builtIn().withProfile(Dialect.SUBMISSION).validate(draft, TODAY).errors()).isEmpty();
  }

  @Test
  void anAccessionNumberNotOfEdgarsFormIsRefusedByName() {
    assertThatThrownBy(() -> AmendmentDraft.of(filing(3, Dialect.DISSEMINATED), "1234567-26-42", TODAY))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'1234567-26-42'")
        .hasMessageContaining("0001234567-26-000001");
  }

  @Property(tries = 40)
  void aDraftOfAnUnchangedOfferingRequiresNoAmendmentAndChangesNoOfferingInformation(@ForAll long seed) {
    ElectronicFormD amended = filing(seed, Dialect.DISSEMINATED);
    ElectronicFormD draft = AmendmentDraft.of(amended, ACCESSION, TODAY);
    assertThat(FilingDiff.between(amended, draft)).extracting(Change::path)
        .allMatch(p -> p.equals("submissionType") || p.startsWith("offering.typeOfFiling.")
            || p.startsWith("signatures"));
    assertThat(AmendmentCheck.between(amended, draft).verdict().required()).isFalse();
  }
}
