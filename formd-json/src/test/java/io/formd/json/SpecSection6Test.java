package io.formd.json;

import static org.assertj.core.api.Assertions.assertThat;

import io.formd.core.model.ElectronicFormD;
import io.formd.core.rules.Finding;
import io.formd.core.rules.RuleSets;
import io.formd.core.rules.Severity;
import io.formd.core.rules.ValidationReport;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each condition of the EDGAR Form D XML Technical Specification v13 §6 that a document shows, broken alone in the
 * SEC's own sample submission (as text, the way a filer's mistake arrives): the rule that reports it, with EDGAR's
 * severity (SUSPENDED is ERROR, WARNING is WARNING), on the line of the element concerned. The conditions that need
 * EDGAR's records are in {@code EdgarLookupTest}.
 */
class SpecSection6Test {

  private static String sample() throws Exception {
    try (InputStream in = SpecSection6Test.class.getResourceAsStream("/sec-samples/SampleFormD.xml")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  private static String sampleA() throws Exception {
    try (InputStream in = SpecSection6Test.class.getResourceAsStream("/sec-samples/SampleFormD_A.xml")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  private static Arguments c(String condition, String ruleId, Severity severity, String lineOf,
      UnaryOperator<String> change) {
    return Arguments.of(condition, ruleId, severity, lineOf, change);
  }

  static Stream<Arguments> conditions() {
    return Stream.of(
        c("e-mail address not formatted correctly", "D-XSD-CONTACT", Severity.ERROR, "<contactEmailAddress>",
            x -> x.replace("joe.filer@companyABC.com", "joe.filer.companyABC.com")),
        c("PO Box as principal place of business", "D-EDGAR-PO-BOX", Severity.ERROR, "<street1>P.O. Box",
            x -> x.replaceFirst("<street1>1234 Main Street</street1>", "<street1>P.O. Box 1234</street1>")),
        c("Other type of securities without a description", "D-REQ-SECURITY-OTHER-DESC", Severity.ERROR,
            "<typesOfSecuritiesOffered>",
            x -> x.replace("<descriptionOfOtherType>Description of Other</descriptionOfOtherType>", "")),
        c("a recipient without all required fields", "D-EDGAR-RECIPIENT-COMPLETE", Severity.ERROR, "<recipient>",
            x -> firstRecipientWithout(x, "city")),
        c("Rule 504 over $10 million", "D-LIMIT-504-AGGREGATE", Severity.WARNING, "<totalOfferingAmount>",
            x -> onlyExemption(x, "04").replace("<totalOfferingAmount>1000</totalOfferingAmount>",
                "<totalOfferingAmount>20000000</totalOfferingAmount>").replace("<totalRemaining>900</totalRemaining>",
                "<totalRemaining>19999900</totalRemaining>")),
        c("Rule 506(b) over 35 non-accredited investors", "D-LIMIT-506B-NONACCREDITED", Severity.WARNING,
            "<numberNonAccreditedInvestors>", x -> onlyExemption(x, "06b")
                .replace("<numberNonAccreditedInvestors>5</numberNonAccreditedInvestors>",
                    "<numberNonAccreditedInvestors>36</numberNonAccreditedInvestors>")
                .replaceFirst("<totalNumberAlreadyInvested>\\d+</totalNumberAlreadyInvested>",
                    "<totalNumberAlreadyInvested>40</totalNumberAlreadyInvested>")),
        c("$0 offering amount", "D-EDGAR-OFFERING-ZERO", Severity.WARNING, "<totalOfferingAmount>",
            x -> x.replace("<totalOfferingAmount>1000</totalOfferingAmount>",
                "<totalOfferingAmount>0</totalOfferingAmount>")
                .replace("<totalAmountSold>100</totalAmountSold>", "<totalAmountSold>0</totalAmountSold>")
                .replace("<totalRemaining>900</totalRemaining>", "<totalRemaining>0</totalRemaining>")),
        c("amount sold above a definite offering amount (m#8: no valid remaining)", "D-XREF-SOLD-LE-OFFERING",
            Severity.ERROR, "<totalAmountSold>",
            x -> x.replace("<totalAmountSold>100</totalAmountSold>", "<totalAmountSold>1100</totalAmountSold>")
                .replace("<totalRemaining>900</totalRemaining>", "<totalRemaining>0</totalRemaining>")),
        c("an e-mail address over 80 characters", "D-XSD-CONTACT", Severity.ERROR, "<contactEmailAddress>",
            x -> x.replace("joe.filer@companyABC.com", "j".repeat(60) + "@companyABC.example.com")),
        c("Rule 504 over $10 million with Rule 506(b) also claimed", "D-LIMIT-504-AGGREGATE", Severity.WARNING,
            "<totalOfferingAmount>",
            x -> x.replaceFirst("(?s)<federalExemptionsExclusions>.*?</federalExemptionsExclusions>",
                "<federalExemptionsExclusions>\n\t\t\t<item>04</item>\n\t\t\t<item>06b</item>\n\t\t"
                + "</federalExemptionsExclusions>")
                    .replace("<isPooledInvestmentFundType>true</isPooledInvestmentFundType>", "")
                .replace("<totalOfferingAmount>1000</totalOfferingAmount>",
                    "<totalOfferingAmount>25000000</totalOfferingAmount>")
                .replace("<totalRemaining>900</totalRemaining>", "<totalRemaining>24999900</totalRemaining>")),
        c("PO Box in Street Address 2 after a building (accepted by EDGAR)", "D-EDGAR-PO-BOX", Severity.INFO,
            "<street2>UGLAND",
            x -> x.replaceFirst("<street2>Suite 1234</street2>", "<street2>UGLAND HOUSE, PO BOX 309</street2>")),
        c("3(c) without Pooled Investment Fund Interests", "D-EDGAR-3C-POOLED", Severity.WARNING,
            "<typesOfSecuritiesOffered>",
            x -> x.replace("<isPooledInvestmentFundType>true</isPooledInvestmentFundType>", "")),
        c("both Rule 506(b) and Rule 506(c)", "D-XREF-506B-506C-BOTH", Severity.ERROR, "<federalExemptionsExclusions>",
            x -> x.replace("<item>06b</item>", "<item>06b</item>\n\t\t\t<item>06c</item>")),
        c("no zip code", "D-EDGAR-ZIP", Severity.ERROR, "<zipCode></zipCode>",
            x -> x.replaceFirst("<zipCode>12345</zipCode>", "<zipCode></zipCode>")),
        c("an accession number on a Form D", "D-XREF-PREVIOUS-ACCESSION-NEW", Severity.ERROR,
            "<previousAccessionNumber>",
            x -> x.replace("<isAmendment>false</isAmendment>", "<isAmendment>false</isAmendment>\n"
                + "\t\t\t\t<previousAccessionNumber>1212121212-08-232323</previousAccessionNumber>")),
        c("no contact information", "D-SUB-CONTACT", Severity.ERROR, "<edgarSubmission",
            x -> x.replaceFirst("(?s)<contactData>.*?</contactData>", "")),
        c("an over-100 flag without the 100 values", "D-EDGAR-OVER100", Severity.ERROR, "<relatedPersonsList>",
            x -> x.replace("</relatedPersonsList>",
                "\t<over100PersonsFlag>true</over100PersonsFlag>\n\t</relatedPersonsList>")),
        c("only whitespace in a required field", "D-EDGAR-BLANK-REQUIRED", Severity.ERROR, "<city>   </city>",
            x -> x.replaceFirst("<city>City</city>", "<city>   </city>")),
        c("a future date in the signature block", "D-EDGAR-SIGNATURE-FUTURE", Severity.ERROR, "<signatureDate>",
            x -> x.replaceFirst("<signatureDate>[^<]*</signatureDate>", "<signatureDate>2099-12-31</signatureDate>")),
        c("entityName given (§5.3)", "D-SUB-ENTITY-NAME", Severity.WARNING, "<entityName>",
            x -> x.replaceFirst("<ccc>pa\\$\\$w0rd</ccc>", "<ccc>pa\\$\\$w0rd</ccc>\n\t\t<entityName>Company "
                + "ABC</entityName>")),
        c("schemaVersion given (§5.2)", "D-SUB-SCHEMA-VERSION", Severity.WARNING, "<schemaVersion>",
            x -> x.replace("<submissionType>D</submissionType>", "<schemaVersion>X0808</schemaVersion>\n\t"
                + "<submissionType>D</submissionType>")));
  }

  private static String onlyExemption(String xml, String code) {
    return xml.replaceFirst("(?s)<federalExemptionsExclusions>.*?</federalExemptionsExclusions>",
        "<federalExemptionsExclusions>\n\t\t\t<item>" + code + "</item>\n\t\t</federalExemptionsExclusions>")
        .replace("<isPooledInvestmentFundType>true</isPooledInvestmentFundType>", "");
  }

  private static String firstRecipientWithout(String xml, String element) {
    int recipient = xml.indexOf("<recipient>");
    int at = xml.indexOf("<" + element + ">", recipient);
    int end = xml.indexOf("</" + element + ">", at) + element.length() + 3;
    return xml.substring(0, at) + xml.substring(end);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("conditions")
  void eachConditionBrokenAloneInTheSampleGivesEdgarsSeverityAtItsElement(String condition, String ruleId,
      Severity severity, String lineOf, UnaryOperator<String> change) throws Exception {
    String original = sample();
    String xml = change.apply(original);
    assertThat(xml).as("the change applies").isNotEqualTo(original);
    Located<ElectronicFormD> read = FormDXml.readLocated(xml.getBytes(StandardCharsets.UTF_8));
    ValidationReport before = RuleSets.builtIn().validate(FormDXml.read(original));
    ValidationReport report = RuleSets.builtIn().validate(read.value());
    List<Finding> findings = report.findingsOf(ruleId);
    assertThat(before.findingsOf(ruleId)).as("the sample itself is clean of it").isEmpty();
    assertThat(findings).as(condition + ": " + report.findings()).isNotEmpty();
    assertThat(findings).extracting(Finding::severity).containsOnly(severity);
    assertThat(report.errors()).extracting(Finding::ruleId).as("no other ERROR").allMatch(ruleId::equals);
    int expectedLine = xml.substring(0, xml.indexOf(lineOf)).split("\n", -1).length;
    Optional<SourcePosition> at = read.sourceMap().locate(findings.get(0).path());
    assertThat(at).as("located").isPresent();
    if (!lineOf.equals("<edgarSubmission")) {
      assertThat(at.get().line()).as(condition + " at " + findings.get(0).path()).isEqualTo(expectedLine);
    }
  }

  @Test
  void anAmendmentWithoutItsAccessionNumberIsSuspended() throws Exception {
    String xml = sampleA().replaceFirst("<previousAccessionNumber>[^<]*</previousAccessionNumber>", "");
    ValidationReport report = RuleSets.builtIn().validate(FormDXml.read(xml));
    assertThat(report.findingsOf("D-REQ-PREVIOUS-ACCESSION")).extracting(Finding::severity)
        .containsExactly(Severity.ERROR);
  }
}
