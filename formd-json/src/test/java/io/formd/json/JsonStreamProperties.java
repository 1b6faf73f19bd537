package io.formd.json;

import static org.assertj.core.api.Assertions.assertThat;

import io.formd.core.examples.Altiris2003;
import io.formd.core.fake.FakeFilings;
import io.formd.core.model.FormD;
import io.formd.json.FormDReadException;
import io.formd.json.OneCharacterChange;
import io.formd.json.canonical.CanonicalJsonStream;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

/**
 * The fast path ({@link CanonicalJsonStream}) never decides anything the tree reader would decide otherwise: on a
 * document with one byte changed, inserted or removed, {@link FormDJson#read(byte[])} gives exactly what the tree
 * reader gives, the same filing or the same refusal, and the fast path reads only documents the tree reads.
 */
class JsonStreamProperties {

  /** What a JSON document is made of, and what breaks it: structure, escapes, digits, literals, line ends. */
  private static final String BYTES = "{}[],:\"\\/ \t\r\n0123456789-+.eEntrufalsebu\u00e9x";

  @Property(tries = 1000)
  void streamAndTreeAgreeOnEveryDocumentWithOneByteChanged(@ForAll long seed) throws Exception {
    Random random = new Random(seed);
    FormD filing = random.nextInt(4) == 0 ? Altiris2003.filing() : FakeFilings.seeded(seed).next();
    String json = FormDJson.write(filing);
    if (random.nextBoolean()) {
      json = json.replaceAll("\n\\s*", "");
    }
    byte[] bytes = OneCharacterChange.of(json, random, BYTES).getBytes(StandardCharsets.UTF_8);
    Object tree;
    try {
      tree = FormDJson.readLocatedThroughTree(bytes).value();
    } catch (FormDReadException e) {
      tree = e.getMessage();
    } catch (RuntimeException e) {
      tree = e.getClass();
    }
    Object given;
    try {
      given = FormDJson.read(bytes);
    } catch (FormDReadException e) {
      given = e.getMessage();
    } catch (RuntimeException e) {
      given = e.getClass();
    }
    assertThat(given).isEqualTo(tree);
    FormD streamed = CanonicalJsonStream.stream(bytes, null);
    if (streamed != null) {
      assertThat(streamed).isEqualTo(tree);
    }
  }
}
