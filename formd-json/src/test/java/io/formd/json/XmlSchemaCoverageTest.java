package io.formd.json;

import static org.assertj.core.api.Assertions.assertThat;

import io.formd.core.model.ElectronicFormD;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;
import org.junit.jupiter.api.Test;

/**
 * Parts of the X0808 schema no fixture shows (the submission envelope, the over-100 flags, namespace
 * declarations, a character encoding other than UTF-8), read and written back the same.
 */
class XmlSchemaCoverageTest {

  private static final String BASE = new String(Fixtures.bytes("d-other-06b-x0708-0001829412-20-000002.xml"),
      StandardCharsets.UTF_8);

  private static String withEnvelope() {
    return BASE.replace("<testOrLive>LIVE</testOrLive>",
        "<testOrLive>TEST</testOrLive>\n<returnCopy>true</returnCopy>\n"
            + "<contactData><contactName>Filing "
                + "Agent</contactName><contactPhoneNumber>212-555-0100</contactPhoneNumber>"
            + "<contactEmailAddress>agent@example.com</contactEmailAddress></contactData>\n"
            + "<notificationAddressList><notificationEmailAddress>a@example.com</notificationEmailAddress>"
            + "<notificationEmailAddress>b@example.com</notificationEmailAddress></notificationAddressList>")
        .replace("<cik>", "<cik>").replaceFirst("(</cik>)", "$1<ccc>x1y2z3w4</ccc>")
        .replace("</relatedPersonsList>", "<over100PersonsFlag>true</over100PersonsFlag></relatedPersonsList>");
  }

  @Test
  void theSubmissionEnvelopeAndFlagsSurviveARoundTrip() throws Exception {
    ElectronicFormD filing = FormDXml.read(withEnvelope());
    assertThat(filing.contactData()).hasValueSatisfying(c -> assertThat(c.email()).isEqualTo("agent@example.com"));
    assertThat(filing.notificationEmailAddresses()).containsExactly("a@example.com", "b@example.com");
    assertThat(filing.returnCopy()).contains(true);
    assertThat(filing.primaryIssuer().ccc()).contains("x1y2z3w4");
    assertThat(filing.moreThan100RelatedPersons()).isTrue();
    String written = FormDXml.write(filing);
    assertThat(FormDXml.read(written)).isEqualTo(filing);
    SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI)
        .newSchema(ElectronicFormD.class.getResource("/io/formd/core/xsd/Form_D.definition.xsd"))
        .newValidator().validate(new StreamSource(new StringReader(written)));
    XmlNode before = XmlTreeParser.parse(withEnvelope().strip().getBytes(StandardCharsets.UTF_8));
    XmlNode after = XmlTreeParser.parse(written.getBytes(StandardCharsets.UTF_8));
    assertThat(XmlComparison.differences(before, after, false)).isEmpty();
  }

  @Test
  void namespaceDeclarationsAndSchemaLocationsOnTheRootAreAccepted() throws Exception {
    String xml = BASE.replace("<edgarSubmission>",
        "<edgarSubmission xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" "
        + "xsi:noNamespaceSchemaLocation=\"eis_FormD.xsd\">");
    assertThat(FormDXml.read(xml)).isEqualTo(FormDXml.read(BASE));
  }

  @Test
  void aDeclaredEncodingOtherThanUtf8IsHonoured() throws Exception {
    String xml = BASE.replaceFirst("<\\?xml[^>]*\\?>", "<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?>")
        .replaceFirst("<entityName>[^<]*</entityName>", "<entityName>Caf\u00e9 Holdings, S.A.</entityName>");
    ElectronicFormD filing = FormDXml.read(xml.getBytes(StandardCharsets.ISO_8859_1));
    assertThat(filing.primaryIssuer().name()).contains("Caf\u00e9 Holdings, S.A.");
    assertThat(FormDXml.read(new StringReader(xml)).primaryIssuer().name()).contains("Caf\u00e9 Holdings, S.A.");
  }

  @Test
  void commentsAndCdataAreReadLikeText() throws Exception {
    String xml = BASE.replaceFirst("<entityName>([^<]*)</entityName>",
        "<!-- issuer --><entityName><![CDATA[$1]]></entityName>");
    assertThat(FormDXml.read(xml)).isEqualTo(FormDXml.read(BASE));
  }
}
