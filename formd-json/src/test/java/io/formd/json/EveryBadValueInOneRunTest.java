package io.formd.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.formd.core.examples.Altiris2003;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A draft with several values the model cannot hold is refused once, naming every one with its place (issue 29,
 * item 3), as a compiler names every error in one run; a document that is not well-formed stays one problem.
 */
class EveryBadValueInOneRunTest {

  /** A real accepted filing: the year of incorporation on line 31, the first sale on 124, the amount sold on 141. */
  private static final String GOOD = new String(Fixtures.bytes("d-other-06b-x0708-0001829412-20-000002.xml"),
      StandardCharsets.UTF_8);

  private static final String THREE_BAD = GOOD.replaceFirst("<value>2019</value>", "<value>20x9</value>")
      .replaceFirst("<value>2020-10-09</value>", "<value>2020-13-45</value>")
      .replaceFirst("<totalAmountSold>6400010<", "<totalAmountSold>64oo010<");

  private static FormDReadException xmlFailure(String xml) {
    FormDReadException e = catchThrowableOfType(() -> FormDXml.read(xml.getBytes(StandardCharsets.UTF_8)),
        FormDReadException.class);
    assertThat(e).as("refused").isNotNull();
    return e;
  }

  private static FormDReadException jsonFailure(String json) {
    FormDReadException e = catchThrowableOfType(() -> FormDJson.read(json.getBytes(StandardCharsets.UTF_8)),
        FormDReadException.class);
    assertThat(e).as("refused").isNotNull();
    return e;
  }

  private static int lineOf(String text, String needle) {
    return text.substring(0, text.indexOf(needle)).split("\n", -1).length;
  }

  @Test
  void threeBadValuesOfADraftAreNamedInOneRunEachWithItsLineAndColumn() {
    FormDReadException e = xmlFailure(THREE_BAD);
    List<FormDReadException> problems = e.problems();
    assertThat(problems).extracting(p -> p.line().getAsInt())
        .containsExactly(lineOf(THREE_BAD, "20x9"), lineOf(THREE_BAD, "2020-13-45"), lineOf(THREE_BAD, "64oo010"))
        .containsExactly(31, 124, 141);
    assertThat(problems).allSatisfy(p -> assertThat(p.column()).isPresent());
    assertThat(problems.get(0).problem()).contains("expected a year").contains("'20x9'");
    assertThat(problems.get(1).problem()).contains("YYYY-MM-DD").contains("'2020-13-45'");
    assertThat(problems.get(2).problem()).contains("number of dollars").contains("'64oo010'");
    // The exception itself is the first problem's place; its message names all three, on one line.
    assertThat(e.line()).hasValue(31);
    assertThat(e.problem()).isEqualTo(problems.get(0).problem());
    assertThat(e.getMessage()).startsWith("line 31, column ").contains("and 2 more values a Form D cannot hold")
        .contains("line 124, column ").contains("line 141, column ").doesNotContain("\n");
    assertThat(e.moreNotRead()).isFalse();
  }

  @Test
  void aValueReadPastDoesNotAlsoReportWhatItsElementThenLacks() {
    // The year is the only child of <yearOfInc> besides its kind: read past, the element lacks it. That is not a
    // second problem; nor is the amount sold that Item 13 then lacks.
    FormDReadException e = xmlFailure(GOOD.replaceFirst("<value>2019</value>", "<value>20x9</value>")
        .replaceFirst("<totalAmountSold>6400010<", "<totalAmountSold>lots<"));
    assertThat(e.problems()).hasSize(2);
    assertThat(e.getMessage()).doesNotContain("lacks").doesNotContain("exactly one");
  }

  @Test
  void aSingleBadValueIsOneProblemWithTheMessageItAlwaysHad() {
    FormDReadException e = xmlFailure(GOOD.replaceFirst("<totalAmountSold>6400010<", "<totalAmountSold>lots<"));
    assertThat(e.problems()).containsExactly(e);
    assertThat(e.getMessage()).isEqualTo("line 141, column " + e.column().getAsInt() + ": " + e.problem())
        .doesNotContain("more");
  }

  @Test
  void aStructuralProblemAfterBadValuesIsNamedWithThemInDocumentOrder() {
    FormDReadException e = xmlFailure(THREE_BAD.replaceFirst("<signatureDate>",
        "<nickname>x</nickname><signatureDate>"));
    assertThat(e.problems()).hasSize(4);
    assertThat(e.problems().get(3).problem()).contains("unexpected element <nickname>");
    assertThat(e.problems()).extracting(p -> p.line().getAsInt()).isSorted();
  }

  @Test
  void aDocumentThatIsNotWellFormedStaysOneProblem() {
    String broken = THREE_BAD.replaceFirst("</totalOfferingAmount>", "</totalOffering>");
    FormDReadException e = xmlFailure(broken);
    assertThat(e.problems()).containsExactly(e);
    assertThat(e.getMessage()).startsWith("line ").contains("malformed XML").doesNotContain("20x9");
  }

  @Test
  void readingStopsAtTheBoundAndTheMessageSaysSo() {
    StringBuilder persons = new StringBuilder();
    int bad = FormDReadException.MAX_PROBLEMS + 20;
    for (int i = 0; i < bad; i++) {
      persons.append("<signature><issuerName>X</issuerName><signatureName>/s/ X</signatureName><nameOfSigner>X"
          + "</nameOfSigner><signatureTitle>T</signatureTitle><signatureDate>2020-02-3").append(i % 10)
          .append("x</signatureDate></signature>\n");
    }
    String many = GOOD.replaceFirst("<signature>", persons + "<signature>");
    FormDReadException e = xmlFailure(many);
    assertThat(e.problems()).hasSize(FormDReadException.MAX_PROBLEMS);
    assertThat(e.moreNotRead()).isTrue();
    assertThat(e.getMessage()).endsWith("(reading stopped after the first " + FormDReadException.MAX_PROBLEMS
        + " problems)");
  }

  @Test
  void badValuesInsideAnEdgarSubmissionFileAreNamedAtTheirLinesInTheWholeFile() throws Exception {
    String envelope = EdgarSubmissionFileTest.envelope(THREE_BAD, "D", "20201020");
    FormDReadException e = catchThrowableOfType(() -> EdgarSubmissionFile.read(envelope.getBytes(
        StandardCharsets.UTF_8)), FormDReadException.class);
    assertThat(e.problems()).extracting(p -> p.line().getAsInt())
        .containsExactly(lineOf(envelope, "20x9"), lineOf(envelope, "2020-13-45"), lineOf(envelope, "64oo010"));
  }

  @Test
  void formdJsonNamesEveryMemberItCannotTakeWithItsPointer() throws Exception {
    String json = FormDJson.write(Altiris2003.filing());
    String bad = json.replaceFirst("\"amendment\" : \"NOT_RECORDED\"", "\"amendment\" : \"maybe\"")
        .replaceFirst("\"date\" : \"2003-12-10\"", "\"date\" : \"2003-02-30\"");
    FormDReadException e = jsonFailure(bad);
    assertThat(e.problems()).extracting(p -> p.jsonPointer().orElseThrow())
        .containsExactly("/amendment", "/federalSignature/date");
    assertThat(e.problems().get(1).problem()).contains("2003-02-30");
  }

  @Test
  void electronicJsonWithThreeBadValuesNamesThemAll() throws Exception {
    String json = FormDJson.write(FormDXml.read(GOOD.getBytes(StandardCharsets.UTF_8)));
    String bad = json.replaceFirst("\"dateOfFirstSale\" : \"2020-10-09\"", "\"dateOfFirstSale\" : \"2020-13-45\"")
        .replaceFirst("\"totalAmountSold\" : \"6400010\"", "\"totalAmountSold\" : \"64oo010\"")
        .replaceFirst("\"entityType\" : \"[^\"]*\"", "\"entityType\" : \"Sole Trader\"");
    FormDReadException e = jsonFailure(bad);
    assertThat(e.problems()).extracting(p -> p.jsonPointer().orElseThrow())
        .containsExactly("/primaryIssuer/entityType", "/offering/typeOfFiling/dateOfFirstSale",
            "/offering/amounts/totalAmountSold");
    assertThat(e.jsonPointer()).hasValue("/primaryIssuer/entityType");
    assertThat(e.getMessage()).contains("and 2 more values").contains("at /offering/amounts/totalAmountSold: ");
  }

  @Test
  void jsonReadingStopsAtTheBoundToo() throws Exception {
    String json = FormDJson.write(FormDXml.read(GOOD.getBytes(StandardCharsets.UTF_8)));
    StringBuilder members = new StringBuilder();
    for (int i = 0; i < FormDReadException.MAX_PROBLEMS + 5; i++) {
      members.append("\"unknown").append(i).append("\" : 1, ");
    }
    FormDReadException e = jsonFailure(json.replaceFirst("\\{", "{" + members));
    assertThat(e.problems()).hasSize(FormDReadException.MAX_PROBLEMS);
    assertThat(e.moreNotRead()).isTrue();
    assertThat(e.problems().get(0).problem()).startsWith("unknown member \"unknown0\"");
  }
}
