package io.formd.json.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.formd.core.model.ElectronicFormD;
import io.formd.core.model.FormD;
import io.formd.core.rules.RuleSets;
import io.formd.json.FormDJson;
import io.formd.json.FormDReadException;
import io.formd.json.FormDXml;

/**
 * Fuzz targets for the two readers and the round trip. On every {@code mvn verify} each target replays its seeds (the
 * files under {@code src/test/resources/io/formd/json/fuzz/ReadersFuzzTestInputs/<target>/}: real fixtures, the SEC's
 * sample, and the inputs that once broke the round trip). To fuzz a target for ten minutes, from {@code formd-json}:
 * {@code JAZZER_FUZZ=1 mvn -B test -Dtest=ReadersFuzzTest#xmlRoundTrip -Djazzer.max_duration=10m} (see the README).
 * The invariant: reading fails only with a {@link FormDReadException}; what reads validates, and (unless the rules
 * report characters XML cannot carry) writes and reads back equal.
 */
class ReadersFuzzTest {

  @FuzzTest
  void xmlReaderThrowsOnlyFormDReadException(byte[] data) {
    try {
      FormDXml.read(data);
    } catch (FormDReadException expected) {
      assertThat(expected.getMessage()).isNotBlank();
    }
  }

  @FuzzTest
  void jsonReaderThrowsOnlyFormDReadException(byte[] data) {
    try {
      FormDJson.read(data);
    } catch (FormDReadException expected) {
      assertThat(expected.getMessage()).isNotBlank();
    }
  }

  @FuzzTest
  void xmlRoundTripWhatReadsValidatesWritesAndReadsBackEqual(byte[] data) throws FormDReadException {
    ElectronicFormD filing;
    try {
      filing = FormDXml.read(data);
    } catch (FormDReadException unreadable) {
      return;
    }
    boolean badCharacters = !RuleSets.builtIn().validate(filing).findingsOf("D-XSD-XML-CHARACTERS").isEmpty();
    String written;
    try {
      written = FormDXml.write(filing);
    } catch (IllegalArgumentException refused) {
      // Refused only where the rules already said why: a character XML cannot carry, or a part XML has no element for.
      assertThat(refused.getMessage()).containsAnyOf("XML 1.0 cannot carry", "has no element");
      return;
    }
    assertThat(badCharacters).isFalse();
    assertThat(FormDXml.read(written)).isEqualTo(filing);
    FormD viaJson = FormDJson.read(FormDJson.write(filing));
    assertThat(viaJson).isEqualTo(filing);
  }
}
