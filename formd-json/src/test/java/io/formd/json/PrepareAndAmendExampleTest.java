package io.formd.json;

import static org.assertj.core.api.Assertions.assertThat;

import io.formd.core.amendments.AmendmentCheck;
import io.formd.core.amendments.AmendmentDraft;
import io.formd.core.model.Address;
import io.formd.core.model.ContactData;
import io.formd.core.model.Dialect;
import io.formd.core.model.ElectronicFormD;
import io.formd.core.model.EntityType;
import io.formd.core.model.EstimatedAmount;
import io.formd.core.model.FederalExemption;
import io.formd.core.model.IndustryGroup;
import io.formd.core.model.Investors;
import io.formd.core.model.Issuer;
import io.formd.core.model.OfferingData;
import io.formd.core.model.OfferingSalesAmounts;
import io.formd.core.model.PersonName;
import io.formd.core.model.PreviousNames;
import io.formd.core.model.RelatedPerson;
import io.formd.core.model.Relationship;
import io.formd.core.model.RevenueRange;
import io.formd.core.model.SalesCommissionsFindersFees;
import io.formd.core.model.SecurityType;
import io.formd.core.model.Signature;
import io.formd.core.model.StateOrCountry;
import io.formd.core.model.SubmissionType;
import io.formd.core.model.TestOrLive;
import io.formd.core.model.TypeOfFiling;
import io.formd.core.model.UsdAmount;
import io.formd.core.model.UseOfProceeds;
import io.formd.core.model.YearOfIncorporation;
import io.formd.core.rules.RuleSet;
import io.formd.core.rules.RuleSets;
import io.formd.core.rules.Severity;
import io.formd.core.rules.ValidationReport;
import java.io.ByteArrayOutputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * The README's "prepare a new D in code, validate as EDGAR will, write the submission, amend it", line for line: a
 * cap-table platform's 506(b) notice that EDGAR would accept, and its D/A seven months later.
 */
class PrepareAndAmendExampleTest {

  @Test
  void aNoticeBuiltInCodeIsCleanAsASubmissionAndItsAmendmentHasTheRightVerdict() throws Exception {
    // -- the README's example, from here --
    Address office = Address.builder().street1("500 Market St").city("San Francisco")
        .stateOrCountry(StateOrCountry.CA).zipCode("94105").build();
    Issuer issuer = Issuer.builder().cik("0001234567").ccc("Xy7#kP2q")    // no name: EDGAR fills it in from the CIK
        .address(office).phone("415-555-0100").entityType(EntityType.CORPORATION)
        .yearOfIncorporation(YearOfIncorporation.withinFiveYears(2023)).previousNames(PreviousNames.ofNone())
        .build();
    LocalDate firstSale = LocalDate.of(2026, 4, 1);
    ElectronicFormD notice = ElectronicFormD.builder()
        .submissionType(SubmissionType.D).testOrLive(TestOrLive.LIVE)
        .contactData(ContactData.builder().name("Grace Hopper").phone("415-555-0101").email("filings@acme.example")
            .build())
        .primaryIssuer(issuer)
        .addRelatedPersons(RelatedPerson.builder().name(PersonName.of("Grace", "Hopper")).address(office)
            .relationships(Relationship.EXECUTIVE_OFFICER, Relationship.DIRECTOR).build())
        .offering(OfferingData.builder()
            .industryGroup(IndustryGroup.OTHER_TECHNOLOGY).revenueRange(RevenueRange.DECLINE_TO_DISCLOSE)
            .addFederalExemptions(FederalExemption.RULE_506_B)
            .typeOfFiling(TypeOfFiling.builder().amendment(false).dateOfFirstSale(firstSale).build())
            .moreThanOneYear(false).addSecurityTypes(SecurityType.EQUITY).businessCombination(false)
            .minimumInvestment(UsdAmount.of(25_000))
            .amounts(OfferingSalesAmounts.of(5_000_000, 1_200_000))
            .investors(Investors.builder().hasNonAccreditedInvestors(false).totalNumberAlreadyInvested(9).build())
            .commissionsAndFees(SalesCommissionsFindersFees.builder().salesCommissions(EstimatedAmount.of(0))
                .findersFees(EstimatedAmount.of(0)).build())
            .useOfProceeds(UseOfProceeds.builder().grossProceedsUsed(EstimatedAmount.of(0)).build())
            .build())
        .authorizedRepresentative(false)
        .addSignatures(Signature.builder().issuerName("Acme Robotics, Inc.").signature("/s/ Grace Hopper")
            .signerName("Grace Hopper").title("Chief Executive Officer").date(LocalDate.of(2026, 4, 10)).build())
        .build();

    RuleSet edgar = RuleSets.builtIn().withProfile(Dialect.SUBMISSION);          // as EDGAR will judge it
    ValidationReport report = edgar.validate(notice, LocalDate.of(2026, 4, 10));  // filed the day it is signed
    String xml = FormDXml.write(notice, Dialect.SUBMISSION);                       // what is sent to EDGAR

    // Seven months later: more sold, a new director. The D/A from the notice EDGAR accepted:
    ElectronicFormD draft = AmendmentDraft.of(notice, "0001234567-26-000001", LocalDate.of(2026, 11, 2));
    ElectronicFormD amendment = draft.toBuilder()
        .addRelatedPersons(RelatedPerson.builder().name(PersonName.of("Alan", "Turing")).address(office)
            .relationships(Relationship.DIRECTOR).build())
        .offering(draft.offering().withAmounts(OfferingSalesAmounts.of(5_000_000, 3_100_000)))
        .build();
    AmendmentCheck.Verdict verdict = AmendmentCheck.between(notice, amendment)
        .lastFiledOn(LocalDate.of(2026, 4, 10)).asOf(LocalDate.of(2026, 11, 2)).verdict();
    // -- to here --

    assertThat(report.findings()).as(report.findings().toString()).noneMatch(f -> f.severity() == Severity.ERROR);
    assertThat(report.findings()).as("no warning either").isEmpty();
    assertThat(xml).doesNotContain("entityName").contains("<ccc>Xy7#kP2q</ccc>");
    assertThat(FormDXml.read(xml)).isEqualTo(notice);
    // The same submission written to a file, a stream and a writer.
    Path file = Files.createTempFile("formd-submission", ".xml");
    try {
      FormDXml.write(notice, Dialect.SUBMISSION, file);
      assertThat(Files.readString(file)).isEqualTo(xml);
    } finally {
      Files.deleteIfExists(file);
    }
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    FormDXml.write(notice, Dialect.SUBMISSION, bytes);
    assertThat(bytes.toString(StandardCharsets.UTF_8)).isEqualTo(xml);
    StringWriter text = new StringWriter();
    FormDXml.write(notice, Dialect.DISSEMINATED, text);
    assertThat(text.toString()).isEqualTo(FormDXml.write(notice, Dialect.DISSEMINATED)).doesNotContain("<ccc>");
    assertThat(amendment.submissionType()).isEqualTo(SubmissionType.D_A);
    assertThat(amendment.offering().typeOfFiling().previousAccessionNumber()).contains("0001234567-26-000001");
    assertThat(edgar.validate(amendment, LocalDate.of(2026, 11, 2)).findings())
        .noneMatch(f -> f.severity() == Severity.ERROR);
    assertThat(verdict.required()).as(verdict.describe()).isTrue();
    assertThat(verdict.reasons()).isNotEmpty();
  }
}
