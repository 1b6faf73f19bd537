package io.formd.json;

import static org.assertj.core.api.Assertions.assertThat;

import io.formd.core.fake.FakeFilings;
import io.formd.core.model.ElectronicFormD;
import io.formd.core.model.FormD;
import io.formd.core.model.Issuer;
import io.formd.core.rules.RuleSets;
import io.formd.core.rules.ValidationReport;
import java.io.StringReader;
import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

/** Generated filings of both editions round-trip: JSON always, XML for the electronic edition (schema-valid). */
class GeneratedRoundTripProperties {

  private static final Schema XSD = schema();

  private static Schema schema() {
    try {
      return SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI)
          .newSchema(ElectronicFormD.class.getResource("/io/formd/core/xsd/Form_D.definition.xsd"));
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  @Property(tries = 100)
  void generatedFilingsReadBackEqualFromJsonAndXml(@ForAll long seed) throws Exception {
    FakeFilings fakes = FakeFilings.seeded(seed);
    for (int i = 0; i < 10; i++) {
      FormD filing = fakes.next();
      assertThat(FormDJson.read(FormDJson.write(filing))).isEqualTo(filing);
      if (filing instanceof ElectronicFormD) {
        String xml = FormDXml.write((ElectronicFormD) filing);
        assertThat(FormDXml.read(xml)).isEqualTo(filing);
        XSD.newValidator().validate(new StreamSource(new StringReader(xml)));
      }
    }
  }

  @Property(tries = 20)
  void brokenFilingsRoundTripToo(@ForAll long seed) throws Exception {
    FormD broken = FakeFilings.seeded(seed).brokenBy("D-ARITH-PAPER-C5-COLUMN-TOTAL");
    assertThat(FormDJson.read(FormDJson.write(broken))).isEqualTo(broken);
  }

  /**
   * Whatever text a filing holds, {@code FormDXml.write} either writes a document that reads back equal (outer
   * whitespace included, which rule D-XSD-OUTER-WHITESPACE warns of), or refuses it with an
   * {@code IllegalArgumentException}, and then rule D-XSD-XML-CHARACTERS has already said why.
   */
  @Property(tries = 500)
  void xmlWritingRoundTripsOrIsRefusedAsTheRulesForetell(@ForAll("texts") String text, @ForAll long seed) {
    ElectronicFormD filing = FakeFilings.seeded(seed).nextElectronic();
    ElectronicFormD withText = withIssuerName(filing, text);
    ValidationReport report = RuleSets.builtIn().validate(withText);
    boolean badCharacters = !report.findingsOf("D-XSD-XML-CHARACTERS").isEmpty();
    String xml;
    try {
      xml = FormDXml.write(withText);
    } catch (IllegalArgumentException refused) {
      assertThat(badCharacters).as("refused, so the rule must have reported it: %s", refused.getMessage()).isTrue();
      return;
    }
    assertThat(badCharacters).as("written, so the rule must not fire").isFalse();
    // Whitespace alone is not "outer" whitespace: it is no value at all (D-EDGAR-BLANK-REQUIRED, for required texts).
    assertThat(report.findingsOf("D-XSD-OUTER-WHITESPACE").isEmpty())
        .isEqualTo(text.equals(text.trim()) || text.isBlank());
    try {
      assertThat(FormDXml.read(xml)).isEqualTo(withText);
    } catch (FormDReadException e) {
      throw new AssertionError("the writer produced XML its own reader refuses: " + e.getMessage(), e);
    }
  }

  private static ElectronicFormD withIssuerName(ElectronicFormD filing, String name) {
    return ElectronicFormD.builder().from(filing).primaryIssuer(Issuer.builder()
        .from(filing.primaryIssuer()).name(name).build()).build();
  }

  @net.jqwik.api.Provide
  net.jqwik.api.Arbitrary<String> texts() {
    net.jqwik.api.Arbitrary<String> any = net.jqwik.api.Arbitraries.strings().all().ofMinLength(1).ofMaxLength(40);
    net.jqwik.api.Arbitrary<String> hostile = net.jqwik.api.Arbitraries.strings()
        .withChars("\u0000\u0001\u0008\t\n\r\u001F &<>\"'\uD800\uDBFF\uDC00\uFFFE\uFFFF\u00E9\u20AC\u2003")
        .ofMinLength(1).ofMaxLength(12);
    return net.jqwik.api.Arbitraries.oneOf(any, hostile, hostile.map(s -> "a" + s + "z"));
  }
}
