package io.formd.json;

import static org.assertj.core.api.Assertions.assertThat;

import io.formd.core.fake.FakeFilings;
import io.formd.core.model.ElectronicFormD;
import io.formd.core.model.FormD;
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
}
