package io.formd.json;

import static org.assertj.core.api.Assertions.assertThat;

import io.formd.core.examples.Altiris2003;
import io.formd.core.fake.FakeConfig;
import io.formd.core.fake.FakeFilings;
import io.formd.core.fields.Applicability;
import io.formd.core.fields.Field;
import io.formd.core.fields.FormDFields;
import io.formd.core.model.Address;
import io.formd.core.model.Edition;
import io.formd.core.model.ElectronicFormD;
import io.formd.core.model.EntityType;
import io.formd.core.model.FormD;
import io.formd.core.model.Issuer;
import io.formd.core.model.Mark;
import io.formd.core.model.PaperFormD;
import io.formd.core.model.PaperPartC;
import io.formd.core.model.StateOrCountry;
import io.formd.core.model.SubmissionType;
import io.formd.core.model.UsdAmount;
import io.formd.core.model.YearOfIncorporation;
import io.formd.core.rules.Finding;
import io.formd.core.rules.RuleSet;
import io.formd.core.rules.RuleSets;
import io.formd.core.rules.ValidationReport;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The README's examples, run, so that the README stays true. */
class ReadmeExamplesTest {

  @TempDir
  Path dir;

  @Test
  void theOpeningExample() throws Exception {
    Path primaryDoc = Files.write(dir.resolve("primary_doc.xml"),
        Fixtures.bytes("d-reit-llc-506b-3c7-recipients-state-lists-cik0001961089.xml"));
    ElectronicFormD filing = FormDXml.read(primaryDoc);
    ValidationReport report = RuleSets.builtIn().validate(filing);
    assertThat(report.hasErrors()).isFalse();
    String json = FormDJson.write(filing);
    assertThat(FormDJson.read(json)).isEqualTo(filing);
    FormD test = FakeFilings.seeded(42).brokenBy("D-ARITH-REMAINING");
    assertThat(RuleSets.builtIn().validate(test).findings()).extracting(f -> f.ruleId())
        .containsOnly("D-ARITH-REMAINING");
  }

  @Test
  void theSeedTour() {
    PaperFormD altiris = Altiris2003.filing();
    assertThat(altiris.issuer().name()).contains("Altiris, Inc.");
    assertThat(altiris.relatedPersons()).hasSize(13);
    PaperPartC c = altiris.partC();
    assertThat(c.securitiesTotal().aggregateOfferingPrice().amount()).contains(UsdAmount.of(10_000_000));
    assertThat(c.accreditedInvestors().number().count()).contains(2L);
    assertThat(c.expensesTotal().amount().amount()).contains(UsdAmount.of(301_000));
    assertThat(c.expensesTotal().estimate()).isEqualTo(Mark.CHECKED);
    assertThat(c.adjustedGrossProceeds().amount()).contains(UsdAmount.of(9_699_000));
    assertThat(c.acquisitionOfOtherBusinesses().toOthers().amount().amount()).contains(UsdAmount.of(9_699_000));
    assertThat(altiris.filingUnder().isRecorded()).isFalse();
    assertThat(RuleSets.builtIn().validate(altiris).hasErrors()).isFalse();
  }

  @Test
  void theModelAndRulesTour() {
    Issuer issuer = Issuer.builder()
        .cik("0001234567").name("Example Capital LLC").phone("302-555-0100")
        .address(Address.builder().street1("1 Main St").city("Wilmington")
            .stateOrCountry(StateOrCountry.DELAWARE).zipCode("19801").build())
        .entityType(EntityType.LIMITED_LIABILITY_COMPANY)
        .yearOfIncorporation(YearOfIncorporation.withinFiveYears(2024))
        .build();
    assertThat(issuer.address().oneLine()).isEqualTo("1 Main St, Wilmington, DE 19801");
    assertThat(UsdAmount.of(10)).isEqualTo(UsdAmount.parse("10.00"));
    ElectronicFormD fund = FakeFilings.seeded(7, FakeConfig.builder()
        .edition(Edition.ELECTRONIC).issuerKind(FakeConfig.IssuerKind.POOLED_FUND).build()).nextElectronic();
    assertThat(fund.offering().investmentFundInfo()).isPresent();
    RuleSet rules = RuleSets.builtIn();
    assertThat(rules.asOf(LocalDate.of(2016, 6, 1)).validate(fund).asOf()).contains(LocalDate.of(2016, 6, 1));
    assertThat(rules.without("D-XREF-POOLED-SECURITY").rules()).hasSize(rules.rules().size() - 1);
    assertThat(ElectronicFormD.builder().from(fund).submissionType(SubmissionType.D_A).build().submissionType())
        .isEqualTo(SubmissionType.D_A);
  }

  @Test
  void theFieldTableExample() {
    Field remaining = FormDFields.find("offering.amounts.totalRemaining")
        .orElseThrow();
    assertThat(remaining.place()).isEqualTo("Item 13, Total Remaining to be Sold");
    assertThat(remaining.element()).hasValue("totalRemaining");
    assertThat(remaining.maxLength()).hasValue(12);
    assertThat(remaining.forDA()).isEqualTo(Applicability.M8);
    assertThat(FormDFields.xmlPath("issuers[2].address.city"))
        .hasValue("edgarSubmission/issuerList/issuer[1]/issuerAddress/city");
  }

  @Test
  void theLocatedReadExample() throws Exception {
    String xml = new String(Fixtures.bytes("d-other-06b-x0708-0001829412-20-000002.xml"), StandardCharsets.UTF_8)
        .replaceFirst("<entityType>[^<]*</entityType>", "");
    Path draft = Files.writeString(dir.resolve("draft.xml"), xml);
    Located<FormD> read = FormDFiles.readLocated(draft);
    List<String> lines = new ArrayList<>();
    for (Finding f : RuleSets.builtIn().validate(read.value()).findings()) {
      SourcePosition at = read.sourceMap().locate(f.path()).orElseThrow();
      lines.add("draft.xml:" + at.line() + ":" + at.column() + ": " + f.ruleId() + " " + f.place().orElse(""));
    }
    int primaryIssuer = xml.substring(0, xml.indexOf("<primaryIssuer>")).split("\n", -1).length;
    assertThat(lines).containsExactly("draft.xml:" + primaryIssuer + ":5: D-XSD-ENTITY-TYPE Item 1, Entity Type");
  }
}
