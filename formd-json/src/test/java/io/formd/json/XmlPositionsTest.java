package io.formd.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Where the XML reader says a problem is: line and column exactly, after leading blank lines and on any line. */
class XmlPositionsTest {

  private static FormDReadException failure(String xml) {
    return catchThrowableOfType(() -> FormDXml.read(xml.getBytes(StandardCharsets.UTF_8)), FormDReadException.class);
  }

  @Test
  void anUnexpectedElementIsPlacedAtItsOwnLineAndColumn() {
    FormDReadException e = failure("<?xml version=\"1.0\"?>\n<edgarSubmission>\n  <oops/>\n</edgarSubmission>\n");
    assertThat(e.line()).hasValue(3);
    assertThat(e.column()).hasValue(3);
    assertThat(e.problem()).contains("<oops>");
    FormDReadException first = failure("<edgarSubmission><oops/></edgarSubmission>");
    assertThat(first.line()).hasValue(1);
    assertThat(first.column()).hasValue(18);
  }

  @Test
  void leadingBlankLinesCountInTheLineNumber() {
    FormDReadException e = failure("\n\n<edgarSubmission>\n<oops/></edgarSubmission>");
    assertThat(e.line()).hasValue(4);
    assertThat(e.column()).hasValue(1);
  }

  @Test
  void malformedXmlSaysWhyWithoutTheParsersOwnPlacePrefix() {
    FormDReadException e = failure("\n\n<edgarSubmission>\n<testOrLive>LIVE</testOrLiv>\n</edgarSubmission>");
    assertThat(e.problem()).startsWith("malformed XML: ").doesNotContain("ParseError").doesNotContain("\n at [");
    assertThat(e.line()).hasValue(4);
    assertThat(e.column()).isPresent();
    assertThat(e.column().getAsInt()).isGreaterThan(1);
  }
}
