package io.formd.core.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.formd.core.model.Dialect;
import io.formd.core.model.ElectronicFormD;
import io.formd.core.model.Issuer;
import io.formd.core.model.Signature;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The checks of the technical specification's §6 that need EDGAR's records: skipped (and said to be) without a
 * lookup, each failing on the records it is about and passing on the right ones, and a lookup that throws becomes one
 * finding per check.
 */
class EdgarLookupTest {

  private static final ElectronicFormD E = TestChanges.E;
  private static final String CIK = E.primaryIssuer().cik().orElseThrow();
  private static final List<String> LOOKUP_RULES = List.of("D-EDGAR-CIK", "D-EDGAR-ACCESSION",
      "D-EDGAR-ACCESSION-ISSUER", "D-EDGAR-JURISDICTION-ON-FILE", "D-EDGAR-SIGNATURE-ISSUER-NAME");

  /** EDGAR's records as a map: CIK to company, accession number to filing, CIK to CCC. */
  private static EdgarLookup records(Map<String, EdgarLookup.Company> companies,
      Map<String, EdgarLookup.AcceptedFiling> filings, Map<String, String> cccs) {
    return new EdgarLookup() {
      @Override
      public Optional<Company> company(String cik) {
        return companies.keySet().stream().filter(k -> EdgarLookup.sameCik(k, cik)).findFirst().map(companies::get);
      }

      @Override
      public boolean credentialsMatch(String cik, String ccc) {
        return ccc.equals(cccs.get(cik));
      }

      @Override
      public Optional<AcceptedFiling> filing(String accessionNumber) {
        return Optional.ofNullable(filings.get(accessionNumber));
      }
    };
  }

  /** Every issuer of the clean filing on file under its own name, in Delaware. */
  private static Map<String, EdgarLookup.Company> onFile(ElectronicFormD filing) {
    Map<String, EdgarLookup.Company> companies = new HashMap<>();
    for (Issuer issuer : filing.issuers()) {
      companies.put(issuer.cik().orElseThrow(), new EdgarLookup.Company(issuer.cik().get(), issuer.name().orElseThrow(),
          Optional.of("DE")));
    }
    return companies;
  }

  private static ElectronicFormD amending(String accession) {
    return TestChanges.filing(t -> t.amendment(true).previousAccessionNumber(accession));
  }

  @Test
  void withoutALookupTheChecksAreSkippedAndTheReportNamesThem() {
    ValidationReport report = RuleSets.builtIn().validate(E);
    assertThat(report.skipped()).containsAll(LOOKUP_RULES).doesNotContain("D-EDGAR-CIK-CCC");
    ValidationReport submission = RuleSets.builtIn().withProfile(Dialect.SUBMISSION).validate(E);
    assertThat(submission.skipped()).contains("D-EDGAR-CIK-CCC");
    assertThat(RuleSets.builtIn().validate(TestChanges.P).skipped()).as("paper has no CIK to look up").isEmpty();
  }

  @Test
  void theRightRecordsGiveNoFindingAndNothingSkipped() {
    ElectronicFormD amendment = amending("0009999999-24-000001");
    EdgarLookup lookup = records(onFile(amendment), Map.of("0009999999-24-000001",
        new EdgarLookup.AcceptedFiling("0009999999-24-000001", "D", Set.of("000" + CIK))), Map.of());
    ValidationReport report = RuleSets.builtIn().withLookup(lookup).validate(amendment,
        amendment.latestSignatureDate().orElseThrow());
    assertThat(report.skipped()).isEmpty();
    assertThat(report.isComplete()).isTrue();
    assertThat(report.findings()).extracting(Finding::ruleId).doesNotContainAnyElementsOf(LOOKUP_RULES);
  }

  @Test
  void anUnknownCikIsAnErrorForASubmissionAndAWarningOnAPublishedFiling() {
    EdgarLookup lookup = records(Map.of(), Map.of(), Map.of());
    List<Finding> published = RuleSets.builtIn().withLookup(lookup).validate(E).findingsOf("D-EDGAR-CIK");
    assertThat(published).hasSize(E.issuers().size());
    assertThat(published.get(0).severity()).isEqualTo(Severity.WARNING);
    assertThat(published.get(0).path()).isEqualTo("issuers[0].cik");
    List<Finding> submitted = RuleSets.builtIn().withLookup(lookup).withProfile(Dialect.SUBMISSION).validate(E)
        .findingsOf("D-EDGAR-CIK");
    assertThat(submitted.get(0).severity()).isEqualTo(Severity.ERROR);
    assertThat(submitted.get(0).citation()).contains("§6").contains("The CIK Number entered is not valid");
  }

  @Test
  void aWrongCccIsAnErrorOfTheSubmission() {
    ElectronicFormD withCcc = TestChanges.e(b -> b.primaryIssuer(Issuer.builder().from(E.primaryIssuer())
        .ccc("abcd1234").build()));
    RuleSet rules = RuleSets.builtIn().withProfile(Dialect.SUBMISSION);
    assertThat(rules.withLookup(records(onFile(E), Map.of(), Map.of(CIK, "zzzz9999"))).validate(withCcc)
        .findingsOf("D-EDGAR-CIK-CCC")).hasSize(1);
    assertThat(rules.withLookup(records(onFile(E), Map.of(), Map.of(CIK, "abcd1234"))).validate(withCcc)
        .findingsOf("D-EDGAR-CIK-CCC")).isEmpty();
  }

  @Test
  void anAccessionNumberMustBeAnAcceptedFormDOfTheSameIssuer() {
    ElectronicFormD amendment = amending("0009999999-24-000001");
    EdgarLookup none = records(onFile(E), Map.of(), Map.of());
    assertThat(RuleSets.builtIn().withLookup(none).validate(amendment).findingsOf("D-EDGAR-ACCESSION")).hasSize(1);
    EdgarLookup tenK = records(onFile(E), Map.of("0009999999-24-000001",
        new EdgarLookup.AcceptedFiling("0009999999-24-000001", "10-K", Set.of(CIK))), Map.of());
    assertThat(RuleSets.builtIn().withLookup(tenK).validate(amendment).findingsOf("D-EDGAR-ACCESSION").get(0)
        .message()).contains("10-K");
    EdgarLookup other = records(onFile(E), Map.of("0009999999-24-000001",
        new EdgarLookup.AcceptedFiling("0009999999-24-000001", "D", Set.of("1234"))), Map.of());
    ValidationReport report = RuleSets.builtIn().withLookup(other).validate(amendment);
    assertThat(report.findingsOf("D-EDGAR-ACCESSION")).isEmpty();
    assertThat(report.findingsOf("D-EDGAR-ACCESSION-ISSUER")).hasSize(1);
    assertThat(RuleSets.builtIn().withLookup(none).validate(E).findingsOf("D-EDGAR-ACCESSION"))
        .as("a new notice amends nothing").isEmpty();
  }

  @Test
  void aCompanyWithoutAJurisdictionOnFileCannotFile() {
    Map<String, EdgarLookup.Company> companies = new HashMap<>(onFile(E));
    companies.put(CIK, new EdgarLookup.Company(CIK, E.primaryIssuer().name().orElseThrow(), Optional.empty()));
    List<Finding> findings = RuleSets.builtIn().withLookup(records(companies, Map.of(), Map.of())).validate(E)
        .findingsOf("D-EDGAR-JURISDICTION-ON-FILE");
    assertThat(findings).hasSize(1);
    assertThat(findings.get(0).path()).isEqualTo("issuers[0].cik");
  }

  @Test
  void aSignatureMustNameAnIssuerAsOnFileButCaseAndPunctuationDoNotCount() {
    Map<String, EdgarLookup.Company> companies = new HashMap<>(onFile(E));
    companies.put(CIK, new EdgarLookup.Company(CIK, E.primaryIssuer().name().orElseThrow().toUpperCase(Locale.ROOT)
        .replace(",", ""), Optional.of("DE")));
    EdgarLookup lookup = records(companies, Map.of(), Map.of());
    assertThat(RuleSets.builtIn().withLookup(lookup).validate(E).findingsOf("D-EDGAR-SIGNATURE-ISSUER-NAME")).isEmpty();
    ElectronicFormD misnamed = TestChanges.e(b -> b.signatures(List.of(Signature.builder().from(E.signatures().get(0))
        .issuerName("Somebody Else Inc.").build())));
    List<Finding> findings = RuleSets.builtIn().withLookup(lookup).validate(misnamed)
        .findingsOf("D-EDGAR-SIGNATURE-ISSUER-NAME");
    assertThat(findings).hasSize(1);
    assertThat(findings.get(0).path()).isEqualTo("signatures[0].issuerName");
  }

  @Test
  void aLookupThatFailsBecomesOneFindingPerCheckAndValidationGoesOn() {
    EdgarLookup broken = new EdgarLookup() {
      @Override
      public Optional<Company> company(String cik) {
        throw new IllegalStateException("EDGAR mirror offline");
      }

      @Override
      public boolean credentialsMatch(String cik, String ccc) {
        throw new IllegalStateException("EDGAR mirror offline");
      }

      @Override
      public Optional<AcceptedFiling> filing(String accessionNumber) {
        throw new IllegalStateException("EDGAR mirror offline");
      }
    };
    ValidationReport report = RuleSets.builtIn().withLookup(broken).validate(amending("0009999999-24-000001"));
    for (String id : List.of("D-EDGAR-CIK", "D-EDGAR-ACCESSION", "D-EDGAR-JURISDICTION-ON-FILE")) {
      List<Finding> findings = report.findingsOf(id);
      assertThat(findings).as(id).hasSize(1);
      assertThat(findings.get(0).severity()).isEqualTo(Severity.WARNING);
      assertThat(findings.get(0).message()).contains("could not check").contains("EDGAR mirror offline");
    }
    assertThat(report.findingsOf("D-ARITH-REMAINING")).as("the other rules still ran").isEmpty();
  }

  @Test
  void cikComparisonIgnoresLeadingZeroes() {
    assertThat(EdgarLookup.sameCik("0000320193", "320193")).isTrue();
    assertThat(EdgarLookup.sameCik("320193", "320194")).isFalse();
    assertThat(EdgarLookup.sameCik("0", "0000")).isTrue();
    assertThat(EdgarLookup.sameCik("00", "0")).as("the last zero is the number").isTrue();
    assertThat(EdgarLookup.sameCik("0", "")).isFalse();
  }

  @Test
  void aJurisdictionOfSpacesOnFileIsNone() {
    Map<String, EdgarLookup.Company> companies = new HashMap<>(onFile(E));
    companies.put(CIK, new EdgarLookup.Company(CIK, E.primaryIssuer().name().orElseThrow(), Optional.of("  ")));
    assertThat(RuleSets.builtIn().withLookup(records(companies, Map.of(), Map.of())).validate(E)
        .findingsOf("D-EDGAR-JURISDICTION-ON-FILE")).hasSize(1);
  }

  @Test
  void aBlankPreviousAccessionNumberIsNotLookedUp() {
    EdgarLookup none = records(onFile(E), Map.of(), Map.of());
    assertThat(RuleSets.builtIn().withLookup(none).validate(amending("   ")).findingsOf("D-EDGAR-ACCESSION"))
        .as("a blank number is D-REQ's to report, not a lookup's").isEmpty();
  }

  @Test
  void aLateSignatureIsASubmissionErrorAsOfTheFilingDate() {
    ElectronicFormD filing = TestChanges.signedOn(E, LocalDate.of(2025, 6, 2));
    assertThat(RuleSets.builtIn().validate(filing, LocalDate.of(2025, 6, 1))
        .findingsOf("D-EDGAR-SIGNATURE-FUTURE")).extracting(Finding::severity).containsOnly(Severity.WARNING);
    assertThat(RuleSets.builtIn().validate(filing, LocalDate.of(2025, 6, 2))
        .findingsOf("D-EDGAR-SIGNATURE-FUTURE")).isEmpty();
    Clock firstOfJune = Clock.fixed(Instant.parse("2025-06-01T15:00:00Z"),
        ZoneOffset.UTC);
    assertThat(RuleSets.builtIn().withProfile(Dialect.SUBMISSION).withClock(firstOfJune).validate(filing)
        .findingsOf("D-EDGAR-SIGNATURE-FUTURE")).extracting(Finding::severity).containsOnly(Severity.ERROR);
  }
}
