package io.formd.json;

import static io.formd.json.EdgarSubmissionFileTest.envelope;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** EDGAR's submission file at its edges: sizes, where the primary document starts, and positions inside it. */
class EdgarSubmissionFileEdgesTest {

  private static final String XML = new String(Fixtures.bytes("d-other-06b-x0708-0001829412-20-000002.xml"),
      StandardCharsets.UTF_8);

  private static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  @Test
  void onlyWhitespaceOrATooShortStartIsNotASubmissionFile() {
    assertThat(EdgarSubmissionFile.looksLikeOne(utf8(" \t\r\n"))).isFalse();
    assertThat(EdgarSubmissionFile.looksLikeOne(utf8(""))).isFalse();
    assertThat(EdgarSubmissionFile.looksLikeOne(utf8("<SEC-HEAD"))).isFalse();
    assertThat(EdgarSubmissionFile.looksLikeOne(utf8("\n\t<SUBMISSION>"))).isTrue();
    assertThat(EdgarSubmissionFile.looksLikeOne(utf8("<SEC-HEADER>"))).isTrue();
  }

  @Test
  void aFileOfExactlyTheLimitIsNotRefusedForItsSizeButOneByteMoreIs() {
    FormDReadException exact = catchThrowableOfType(() -> EdgarSubmissionFile.read(new byte[FormDXml.MAX_BYTES]),
        FormDReadException.class);
    assertThat(exact.getMessage()).contains("no ACCESSION NUMBER");
    FormDReadException over = catchThrowableOfType(() -> EdgarSubmissionFile.read(new byte[FormDXml.MAX_BYTES + 1]),
        FormDReadException.class);
    assertThat(over.getMessage()).contains("the submission is " + (FormDXml.MAX_BYTES + 1) + " bytes");
  }

  @Test
  void aFileEndingRightAfterTheXmlTagIsUnclosedNotACrash() {
    for (String cut : new String[] {"<XML>", "<XML>\r", "<XML>\n"}) {
      String text = envelope(XML, "D", "20200305");
      String truncated = text.substring(0, text.indexOf("<XML>")) + cut;
      FormDReadException e = catchThrowableOfType(() -> EdgarSubmissionFile.read(utf8(truncated)),
          FormDReadException.class);
      assertThat(e).as(cut).isNotNull();
      assertThat(e.getMessage()).contains("not closed by </XML>");
    }
  }

  @Test
  void anEmptyPrimaryDocumentKeepsItsOwnPlace() {
    String text = envelope(XML, "D", "20200305");
    String empty = text.substring(0, text.indexOf("<XML>") + 6) + "</XML>\n</TEXT>\n</DOCUMENT>\n</SEC-DOCUMENT>\n";
    FormDReadException e = catchThrowableOfType(() -> EdgarSubmissionFile.read(utf8(empty)), FormDReadException.class);
    assertThat(e.getMessage()).contains("empty");
    assertThat(e.line().orElse(0)).as("a problem with no line of its own is not given one").isZero();
  }

  @Test
  void aDocumentStartingOnTheXmlLineHasItsFirstLinesColumnsShiftedByTheTag() throws Exception {
    String text = envelope(XML, "D", "20200305");
    String inline = text.replace("<XML>\n", "<XML>").replaceFirst("<\\?xml[^>]*\\?>\\s*", "");
    EdgarSubmissionFile file = EdgarSubmissionFile.read(utf8(inline));
    int xmlLine = inline.substring(0, inline.indexOf("<XML>")).split("\n", -1).length;
    SourcePosition root = file.sourceMap().locate("").orElseThrow();
    assertThat(root.line()).isEqualTo(xmlLine);
    assertThat(root.column()).isEqualTo("<XML>".length() + 1);
    int zipAt = inline.indexOf("<zipCode>");
    int zipLine = inline.substring(0, zipAt).split("\n", -1).length;
    int zipColumn = zipAt - inline.lastIndexOf('\n', zipAt - 1);
    SourcePosition zip = file.sourceMap().locate("issuers[0].address.zipCode").orElseThrow();
    assertThat(zip.line()).isEqualTo(zipLine);
    assertThat(zip.column()).as("a later line is not shifted").isEqualTo(zipColumn);
    String broken = inline.replace("<edgarSubmission>", "<edgarSubmission><oops/>");
    FormDReadException e = catchThrowableOfType(() -> EdgarSubmissionFile.read(utf8(broken)), FormDReadException.class);
    assertThat(e.line()).hasValue(xmlLine);
    assertThat(e.column()).hasValue("<XML><edgarSubmission>".length() + 1);
  }

  @Test
  void crlfFilesPlaceElementsOnTheirOwnLines() throws Exception {
    String crlf = envelope(XML, "D", "20200305").replace("\n", "\r\n");
    EdgarSubmissionFile file = EdgarSubmissionFile.read(utf8(crlf));
    int zipAt = crlf.indexOf("<zipCode>");
    int zipLine = crlf.substring(0, zipAt).split("\n", -1).length;
    assertThat(file.sourceMap().locate("issuers[0].address.zipCode").orElseThrow().line()).isEqualTo(zipLine);
  }
}
