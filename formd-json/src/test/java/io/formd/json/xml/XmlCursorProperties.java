package io.formd.json.xml;

import static org.assertj.core.api.Assertions.assertThat;

import io.formd.core.fake.FakeFilings;
import io.formd.json.FormDXml;
import io.formd.json.OneCharacterChange;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

/**
 * The XML fast path ({@link ByteXmlCursor}) never decides anything Woodstox would decide otherwise: on a document
 * with one character changed, inserted or removed, {@link FormDXml#read(byte[])} gives exactly what Woodstox alone
 * gives, the same filing or the same refusal, and the fast path reads only documents Woodstox reads, equally.
 */
class XmlCursorProperties {

  /**
   * What XML is made of, and what breaks it: markup, references, quotes, names, line ends, non-ASCII, a control
   * character and the non-characters U+FFFE and U+FFFF (each a byte class of the text scan).
   */
  private static final String CHARS = "<>/!?-=&;#x\"' \t\r\n:[]CDATAampltgquos0123456789abcxyz\u00e9\u4e2d"
      + "\u0001\ufffe\uffff\uef00";

  @Property(tries = 1000)
  void fastPathAndWoodstoxAgreeOnEveryDocumentWithOneCharacterChanged(@ForAll long seed) throws Exception {
    Random random = new Random(seed);
    List<byte[]> real = XmlCursorTest.realDocuments();
    String xml = random.nextBoolean() ? new String(real.get(random.nextInt(real.size())), StandardCharsets.UTF_8)
        : FormDXml.write(FakeFilings.seeded(seed).nextElectronic());
    byte[] bytes = OneCharacterChange.of(xml, random, CHARS).getBytes(StandardCharsets.UTF_8);
    Object woodstox = XmlCursorTest.woodstox(bytes);
    assertThat(XmlCursorTest.given(bytes)).isEqualTo(woodstox);
    Object fast = EdgarXmlReader.fast(XmlCursorTest.body(bytes), 0, null, EdgarXmlReader.ROOT);
    if (fast != null) {
      assertThat(fast).isEqualTo(woodstox);
    }
  }
}
