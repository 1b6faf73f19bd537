package io.formd.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.formd.core.examples.Altiris2003;
import io.formd.core.fake.FakeFilings;
import io.formd.core.model.Address;
import io.formd.core.model.ElectronicFormD;
import io.formd.core.model.FormD;
import io.formd.core.model.Issuer;
import io.formd.core.rules.RuleSets;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;

/** Bad and hostile XML: always a FormDReadException saying where and why; never an NPE, a hang or a file read. */
class XmlBadInputTest {

  private static final String GOOD = new String(Fixtures.bytes("d-other-06b-x0708-0001829412-20-000002.xml"),
      StandardCharsets.UTF_8);

  private static FormDReadException failure(String xml) {
    try {
      FormDXml.read(xml);
    } catch (FormDReadException e) {
      return e;
    }
    throw new AssertionError("expected a FormDReadException for:\n" + xml);
  }

  @Test
  void externalEntitiesAreNeverResolved() {
    FormDReadException e = failure("<?xml version=\"1.0\"?>\n<!DOCTYPE edgarSubmission [<!ENTITY xxe SYSTEM "
        + "\"file:///etc/passwd\">]>\n"
        + "<edgarSubmission><schemaVersion>&xxe;</schemaVersion></edgarSubmission>");
    assertThat(e.getMessage()).doesNotContain("root:");
    assertThat(e.line()).isPresent();
  }

  @Test
  void entityExpansionBombsAreRefused() {
    StringBuilder xml = new StringBuilder("<?xml version=\"1.0\"?>\n<!DOCTYPE lolz [<!ENTITY lol \"lol\">");
    for (int i = 1; i < 10; i++) {
      xml.append("<!ENTITY lol").append(i).append(" \"");
      for (int j = 0; j < 10; j++) {
        xml.append("&lol").append(i == 1 ? "" : String.valueOf(i - 1)).append(';');
      }
      xml.append("\">");
    }
    xml.append("]>\n<edgarSubmission><schemaVersion>&lol9;</schemaVersion></edgarSubmission>");
    FormDReadException e = failure(xml.toString());
    assertThat(e.getMessage()).satisfiesAnyOf(m -> assertThat(m).containsIgnoringCase("DTD"),
        m -> assertThat(m).containsIgnoringCase("entity"));
  }

  @Test
  void aDoctypeIsRefusedEvenWithoutEntities() {
    assertThat(failure("<?xml version=\"1.0\"?><!DOCTYPE edgarSubmission><edgarSubmission/>").getMessage())
        .contains("DTD");
  }

  @Test
  void deepNestingStopsAtTheFirstElementTheSchemaDoesNotAllow() {
    String xml = "<edgarSubmission>" + "<a>".repeat(10_000) + "</a>".repeat(10_000) + "</edgarSubmission>";
    FormDReadException e = failure(xml);
    assertThat(e.getMessage()).contains("unexpected element <a> in <edgarSubmission>");
    assertThat(e.line()).hasValue(1);
  }

  @Test
  void deepNestingInsideAllowedElementsIsRefusedAsNotText() {
    FormDReadException e = failure(GOOD.replaceFirst("<street1>[^<]*</street1>",
        "<street1>" + "<x>".repeat(100) + "</x>".repeat(100) + "</street1>"));
    assertThat(e.getMessage()).contains("expected text in <street1>, found the element <x>");
  }

  @Test
  void aTruncatedDocumentSaysWhere() {
    FormDReadException e = failure(GOOD.substring(0, GOOD.length() / 2));
    assertThat(e.getMessage()).contains("malformed XML");
    assertThat(e.line()).isPresent();
  }

  @Test
  void somethingThatIsNotAFormDIsSaidToBeNone() {
    assertThat(failure("<?xml version=\"1.0\"?><ownershipDocument><a>1</a></ownershipDocument>").getMessage())
        .contains("not a Form D").contains("<ownershipDocument>").contains("<edgarSubmission>");
    assertThat(failure("{\"edition\":\"ELECTRONIC\"}").getMessage()).contains("malformed XML");
    assertThat(failure("   \n").getMessage()).contains("empty");
  }

  @Test
  void anUnknownCodeNamesTheValueTheElementAndTheLine() {
    String xml = GOOD.replace("<stateOrCountry>", "<stateOrCountry>Q")
        .replaceFirst("<stateOrCountry>Q", "<stateOrCountry>");
    xml = GOOD.replaceFirst("<industryGroupType>[^<]*</industryGroupType>",
        "<industryGroupType>Crypto</industryGroupType>");
    FormDReadException e = failure(xml);
    assertThat(e.getMessage()).contains("'Crypto'").contains("<industryGroupType>").contains("INDUSTRY_GROUP_LIST");
    int expectedLine = GOOD.substring(0, GOOD.indexOf("<industryGroupType>")).split("\n", -1).length;
    assertThat(e.line()).hasValue(expectedLine);
  }

  @Test
  void aValueOfTheWrongTypeSaysWhatWasExpected() {
    FormDReadException amount = failure(GOOD.replaceFirst("<totalAmountSold>[^<]*<", "<totalAmountSold>lots<"));
    assertThat(amount.getMessage()).contains("'lots'").contains("<totalAmountSold>").contains("number of dollars");
    FormDReadException bool = failure(GOOD.replaceFirst("<isAmendment>false<", "<isAmendment>no<"));
    assertThat(bool.getMessage()).contains("true or false").contains("'no'");
    FormDReadException date = failure(GOOD.replaceFirst("<signatureDate>[^<]*<", "<signatureDate>2020-02-30<"));
    assertThat(date.getMessage()).contains("YYYY-MM-DD").contains("2020-02-30");
  }

  @Test
  void aMissingRequiredPartIsNamed() {
    FormDReadException e = failure(GOOD.replaceFirst("(?s)<investors>.*?</investors>", ""));
    assertThat(e.getMessage()).contains("<offeringData> lacks the required element <investors>");
  }

  @Test
  void anUnexpectedElementIsNeverDroppedSilently() {
    FormDReadException e = failure(GOOD.replace("<zipCode>", "<zip4>1234</zip4><zipCode>"));
    assertThat(e.getMessage()).contains("unexpected element <zip4>").contains("<issuerAddress>");
  }

  @Test
  void aRepeatedSingleElementIsAnError() {
    FormDReadException e = failure(GOOD.replaceFirst("(<cik>[^<]*</cik>)", "$1$1"));
    assertThat(e.getMessage()).contains("<cik> appears twice");
  }

  @Test
  void emptyElementsSayNothing() throws Exception {
    String xml = GOOD.replaceFirst("<relationshipClarification>[^<]*</relationshipClarification>",
        "<relationshipClarification></relationshipClarification>")
        .replaceFirst("</street1>", "</street1><street2></street2>");
    var filing = FormDXml.read(xml);
    assertThat(filing.relatedPersons().get(0).relationshipClarification()).isEmpty();
    assertThat(filing.primaryIssuer().address().street2()).isEmpty();
  }

  @Test
  void aBlankLineBeforeTheDeclarationIsToleratedAndLinesStillCount() throws Exception {
    assertThat(FormDXml.read("\n\n" + GOOD)).isEqualTo(FormDXml.read(GOOD));
    FormDReadException e = failure("\n\n" + GOOD.replaceFirst("<totalAmountSold>[^<]*<", "<totalAmountSold>x<"));
    int expectedLine = 2 + GOOD.substring(0, GOOD.indexOf("<totalAmountSold>")).split("\n", -1).length;
    assertThat(e.line()).hasValue(expectedLine);
  }

  @Test
  void theComparisonOfRoundTripsWouldNoticeALostElement() throws Exception {
    String written = FormDXml.write(FormDXml.read(GOOD));
    XmlNode before = XmlTreeParser.parse(GOOD.strip().getBytes(StandardCharsets.UTF_8));
    XmlNode dropped = XmlTreeParser.parse(written.replaceFirst("(?s)<street2>.*?</street2>|<cik>[^<]*</cik>", "")
        .getBytes(StandardCharsets.UTF_8));
    assertThat(XmlComparison.differences(before, dropped, false)).isNotEmpty();
  }

  @Test
  void aPaperFilingHasNoXmlForm() {
    assertThatThrownBy(() -> FormDXml.write((FormD) Altiris2003.filing()))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("paper");
  }

  @Test
  void aCharacterReferenceToACharacterXmlForbidsIsAReadExceptionWithItsPlace() {
    // Woodstox reports this one lazily and unchecked; it must still arrive as a FormDReadException.
    FormDReadException e = failure(GOOD.replaceFirst("<city>", "<city>&#1;"));
    assertThat(e.getMessage()).contains("malformed XML").containsIgnoringCase("character").doesNotContain("com.ctc");
    assertThat(e.line()).isPresent();
  }

  @Test
  void theWriterRefusesCharactersXmlCannotCarryAndKeepsTheRest() throws Exception {
    ElectronicFormD filing = FakeFilings.seeded(8).nextElectronic();
    for (String bad : List.of("\u0001", "\u001F", "\uD800", "x\uDC00", "\uFFFE", "\uFFFF")) {
      ElectronicFormD broken = withCity(filing, "Boston" + bad);
      Assertions.assertThatThrownBy(() -> FormDXml.write(broken))
          .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("<city>").hasMessageContaining("U+");
      assertThat(RuleSets.builtIn().validate(broken).findingsOf("D-XSD-XML-CHARACTERS"))
          .isNotEmpty();
    }
    // A supplementary character (a surrogate pair), tab and line breaks are XML characters: written and read back.
    ElectronicFormD fine = withCity(filing, "Bo\uD83D\uDE00s\tto&n");
    assertThat(FormDXml.read(FormDXml.write(fine))).isEqualTo(fine);
    assertThat(RuleSets.builtIn().validate(fine).findingsOf("D-XSD-XML-CHARACTERS")).isEmpty();
  }

  private static ElectronicFormD withCity(ElectronicFormD filing, String city) {
    Issuer issuer = filing.primaryIssuer();
    return ElectronicFormD.builder().from(filing).primaryIssuer(Issuer.builder()
        .from(issuer).address(Address.builder().from(issuer.address()).city(city).build()).build())
        .build();
  }

  @Test
  void anOverlongTextIsReadUpToABoundAndRefusedBeyondIt() throws Exception {
    String longish = "x".repeat(5_000);
    var filing = FormDXml.read(GOOD.replaceFirst("<street1>[^<]*</street1>", "<street1>" + longish + "</street1>"));
    assertThat(filing.primaryIssuer().address().street1()).isEqualTo(longish);
    String huge = "x&amp;".repeat(40_000); // 80,000 characters, in several text events
    FormDReadException e = failure(GOOD.replaceFirst("<street1>[^<]*</street1>", "<street1>" + huge + "</street1>"));
    assertThat(e.getMessage()).contains("longer than 65536 characters");
    assertThat(e.line()).isPresent();
  }
}
