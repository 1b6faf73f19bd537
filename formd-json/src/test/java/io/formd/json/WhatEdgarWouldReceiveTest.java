package io.formd.json;

import static org.assertj.core.api.Assertions.assertThat;

import io.formd.core.model.Dialect;
import io.formd.core.model.DocumentFacts;
import io.formd.core.model.ElectronicFormD;
import io.formd.core.rules.Finding;
import io.formd.core.rules.RuleSet;
import io.formd.core.rules.RuleSets;
import io.formd.core.rules.Severity;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * What a vendor that builds its own XML meets at EDGAR, as the second rules audit reproduced it on one-change variants
 * of the SEC's sample submission (s01, s02, s08, s13, s14, s28, s31): the document as read is judged as the one that
 * would be sent, and an empty element is never turned into a value.
 */
class WhatEdgarWouldReceiveTest {

  /** A fixed filing day, so nothing depends on today (the sample's own 2008 would predate Rule 506(b)). */
  private static final LocalDate FILED = LocalDate.of(2026, 12, 1);
  private static final RuleSet SUBMISSION = RuleSets.builtIn().withProfile(Dialect.SUBMISSION);
  private static final RuleSet PUBLISHED = RuleSets.builtIn().withProfile(Dialect.DISSEMINATED);

  static String sample() throws Exception {
    try (InputStream in = WhatEdgarWouldReceiveTest.class.getResourceAsStream("/sec-samples/SampleFormD.xml")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  private static List<String> errors(RuleSet rules, String xml) throws Exception {
    return rules.validate(FormDXml.read(xml.getBytes(StandardCharsets.UTF_8)), FILED).errors().stream()
        .map(Finding::ruleId).distinct().collect(Collectors.toList());
  }

  private static Arguments v(String id, String ruleId, String says, UnaryOperator<String> change) {
    return Arguments.of(id, ruleId, says, change);
  }

  static Stream<Arguments> variants() {
    return Stream.of(
        v("s01 a blank line before the declaration", "D-EDGAR-XML-PROLOG", "before the XML declaration",
            x -> "\n" + x),
        v("s13 version 1.1", "D-EDGAR-XML-PROLOG", "version 1.1",
            x -> x.replaceFirst("version=\"1.0\"", "version=\"1.1\"")),
        v("s02 a style sheet", "D-EDGAR-XML-PROLOG", "references a style sheet", x -> x.replaceFirst("\\?>",
            "?>\n<?xml-stylesheet type=\"text/xsl\" href=\"formd.xsl\"?>")),
        v("s28 testOrLive before submissionType", "D-XSD-DOCUMENT-STRUCTURE",
            "<submissionType> comes after <testOrLive> in <edgarSubmission>",
            x -> x.replaceFirst("(\\s*<submissionType>D</submissionType>)(\\s*<testOrLive>[^<]*</testOrLive>)",
                "$2$1")),
        v("s14 no salesCompensationList", "D-XSD-DOCUMENT-STRUCTURE", "has no <salesCompensationList>",
            x -> x.replaceFirst("(?s)<salesCompensationList>.*</salesCompensationList>", "")),
        v("s08 an empty recipientCRDNumber", "D-EDGAR-RECIPIENT-COMPLETE", "lacks recipientCRDNumber",
            x -> x.replaceFirst("<recipientCRDNumber>None</recipientCRDNumber>", "<recipientCRDNumber/>")),
        v("s31 an empty associatedBDName", "D-EDGAR-RECIPIENT-COMPLETE", "lacks associatedBDName",
            x -> x.replaceFirst("<associatedBDName>[^<]*</associatedBDName>",
                "<associatedBDName></associatedBDName>")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("variants")
  void eachVariantIsAnErrorAsASubmission(String id, String ruleId, String says, UnaryOperator<String> change)
      throws Exception {
    String sample = sample();
    String xml = change.apply(sample);
    assertThat(xml).as("the change applies").isNotEqualTo(sample);
    assertThat(errors(SUBMISSION, sample)).as("the sample itself").isEmpty();
    List<Finding> found = SUBMISSION.validate(FormDXml.read(xml.getBytes(StandardCharsets.UTF_8)), FILED)
        .findingsOf(ruleId);
    assertThat(found).as(id).isNotEmpty();
    assertThat(found).extracting(Finding::severity).contains(Severity.ERROR);
    assertThat(found).extracting(Finding::message).anyMatch(m -> m.contains(says));
    assertThat(errors(SUBMISSION, xml)).as(id).contains(ruleId);
  }

  @Test
  void documentFactsAreNoPartOfTheFilingsEquality() throws Exception {
    String sample = sample();
    ElectronicFormD plain = FormDXml.read(sample);
    ElectronicFormD blank = FormDXml.read(("\n\n" + sample).getBytes(StandardCharsets.UTF_8));
    assertThat(blank).isEqualTo(plain).hasSameHashCodeAs(plain);
    assertThat(blank.documentFacts().beforeDeclaration()).isEqualTo("\n\n");
    assertThat(plain.documentFacts()).isEqualTo(DocumentFacts.none());
    assertThat(FormDXml.read(FormDXml.write(blank, Dialect.SUBMISSION)).documentFacts().isClean())
        .as("what formd writes is clean").isTrue();
    // A published copy from an extraction keeps its blank line harmlessly: the rule judges submissions only.
    assertThat(PUBLISHED.validate(blank).findingsOf("D-EDGAR-XML-PROLOG")).isEmpty();
  }

  @Test
  void bothReadersSeeTheSameOrderAndTheSameInstructions() throws Exception {
    String sample = sample();
    String outOfOrder = sample.replaceFirst(
        "(\\s*<submissionType>D</submissionType>)(\\s*<testOrLive>[^<]*</testOrLive>)",
        "$2$1");
    // UTF-8 bytes go through the byte cursor, a String through Woodstox.
    DocumentFacts fast = FormDXml.read(outOfOrder.getBytes(StandardCharsets.UTF_8)).documentFacts();
    DocumentFacts woodstox = FormDXml.read(outOfOrder).documentFacts();
    assertThat(fast.schemaProblems()).isEqualTo(woodstox.schemaProblems()).hasSize(1);
    assertThat(fast.schemaProblems().get(0).path()).isEqualTo("submissionType");
    String instruction = sample.replaceFirst("</edgarSubmission>", "<?formd note?></edgarSubmission>");
    assertThat(FormDXml.read(instruction.getBytes(StandardCharsets.UTF_8)).documentFacts().processingInstructions())
        .containsExactly("formd note");
    List<Finding> other = SUBMISSION.validate(FormDXml.read(instruction), FILED).findingsOf("D-EDGAR-XML-PROLOG");
    assertThat(other).extracting(Finding::severity).containsExactly(Severity.WARNING);
  }

  @Test
  void anEmptyCrdNumberIsKeptEmptyThroughConvertNeverWrittenAsNone() throws Exception {
    String xml = sample().replaceFirst("<recipientCRDNumber>None</recipientCRDNumber>", "<recipientCRDNumber/>");
    ElectronicFormD read = FormDXml.read(xml);
    assertThat(read.salesCompensationRecipients().get(0).crdNumber()).contains("");
    String written = FormDXml.write(read, Dialect.SUBMISSION);
    assertThat(written).contains("<recipientCRDNumber></recipientCRDNumber>");
    assertThat(FormDJson.read(FormDJson.write(read))).isEqualTo(read);
    ElectronicFormD none = FormDXml.read(sample());
    assertThat(none.salesCompensationRecipients().get(0).crdNumber()).isEmpty();
    assertThat(FormDXml.write(none, Dialect.SUBMISSION)).contains("<recipientCRDNumber>None</recipientCRDNumber>");
  }
}
