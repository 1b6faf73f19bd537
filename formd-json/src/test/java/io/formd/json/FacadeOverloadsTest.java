package io.formd.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.formd.core.examples.Altiris2003;
import io.formd.core.model.ElectronicFormD;
import io.formd.core.model.FormD;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.RandomAccessFile;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every way in and out of FormDXml and FormDJson gives the same filing. */
class FacadeOverloadsTest {

  @TempDir
  Path dir;

  @Test
  void xmlThroughBytesStringsStreamsReadersWritersAndPaths() throws Exception {
    ElectronicFormD filing = FormDXml.read(Fixtures.bytes(
        "d-reit-llc-506b-3c7-recipients-state-lists-cik0001961089.xml"));
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    FormDXml.write(filing, bytes);
    StringWriter chars = new StringWriter();
    FormDXml.write(filing, chars);
    Path file = dir.resolve("f.xml");
    FormDXml.write(filing, file);
    assertThat(FormDXml.read(new ByteArrayInputStream(bytes.toByteArray()))).isEqualTo(filing);
    assertThat(FormDXml.read(new StringReader(chars.toString()))).isEqualTo(filing);
    assertThat(FormDXml.read(file)).isEqualTo(filing);
    assertThat(FormDXml.read(FormDXml.write(filing))).isEqualTo(filing);
    assertThat(FormDFiles.read(file)).isEqualTo(filing);
  }

  @Test
  void jsonThroughStringsStreamsReadersWritersAndPaths() throws Exception {
    FormD filing = Altiris2003.filing();
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    FormDJson.write(filing, bytes);
    StringWriter chars = new StringWriter();
    FormDJson.write(filing, chars);
    Path file = dir.resolve("f.json");
    FormDJson.write(filing, file);
    assertThat(FormDJson.read(new ByteArrayInputStream(bytes.toByteArray()))).isEqualTo(filing);
    assertThat(FormDJson.read(new StringReader(chars.toString()))).isEqualTo(filing);
    assertThat(FormDJson.read(file)).isEqualTo(filing);
    assertThat(FormDJson.read(chars.toString().getBytes(StandardCharsets.UTF_8))).isEqualTo(filing);
    assertThat(FormDFiles.read(file)).isEqualTo(filing);
    assertThat(FormDFiles.detect(bytes.toByteArray())).isEqualTo(FormDFiles.Format.JSON);
  }

  @Test
  void everyPathReaderRefusesAFileLargerThanAFormDBeforeReadingIt() throws Exception {
    Path big = dir.resolve("big.json");
    try (RandomAccessFile sparse = new RandomAccessFile(big.toFile(), "rw")) {
      sparse.setLength(FormDXml.MAX_BYTES + 1L);
    }
    String tooLarge = big + " is " + (FormDXml.MAX_BYTES + 1L) + " bytes; a Form D is at most " + FormDXml.MAX_BYTES;
    assertThatThrownBy(() -> FormDJson.read(big)).isInstanceOf(FormDReadException.class).hasMessageContaining(tooLarge)
        .satisfies(e -> assertThat(((FormDReadException) e).jsonPointer()).as("JSON: a pointer").contains(""));
    assertThatThrownBy(() -> FormDXml.read(big)).satisfies(e -> assertThat(((FormDReadException) e).jsonPointer())
        .as("XML: no pointer").isEmpty());
    assertThatThrownBy(() -> FormDXml.read(big)).isInstanceOf(FormDReadException.class).hasMessageContaining(tooLarge);
    assertThatThrownBy(() -> FormDXml.readLocated(big)).isInstanceOf(FormDReadException.class)
        .hasMessageContaining(tooLarge);
    assertThatThrownBy(() -> FormDFiles.read(big)).isInstanceOf(FormDReadException.class)
        .hasMessageContaining(tooLarge);
    assertThatThrownBy(() -> FormDFiles.readLocated(big)).isInstanceOf(FormDReadException.class)
        .hasMessageContaining(tooLarge);
  }

  @Test
  void aDocumentOfExactlyTheLimitIsReadNotRefusedForItsSize() throws Exception {
    Path exact = dir.resolve("exact.json");
    try (RandomAccessFile sparse = new RandomAccessFile(exact.toFile(), "rw")) {
      sparse.setLength(FormDXml.MAX_BYTES);
    }
    assertThatThrownBy(() -> FormDFiles.read(exact)).isInstanceOf(FormDReadException.class)
        .hasMessage("the document is empty");
    char[] spaces = new char[FormDXml.MAX_BYTES];
    Arrays.fill(spaces, ' ');
    spaces[0] = '[';
    String atLimit = new String(spaces);
    assertThatThrownBy(() -> FormDJson.read(new StringReader(atLimit))).isInstanceOf(FormDReadException.class)
        .satisfies(e -> assertThat(e.getMessage()).doesNotContain("larger than"));
    FormDReadException json = Assertions.catchThrowableOfType(
        () -> FormDJson.read(new StringReader(atLimit + " ")), FormDReadException.class);
    assertThat(json.getMessage()).contains("larger than " + FormDXml.MAX_BYTES + " characters");
    assertThat(json.jsonPointer()).as("a JSON problem is placed by its pointer").contains("");
    FormDReadException xml = Assertions.catchThrowableOfType(
        () -> FormDXml.read(new StringReader(atLimit + " ")), FormDReadException.class);
    assertThat(xml.getMessage()).contains("larger than " + FormDXml.MAX_BYTES + " characters");
    assertThat(xml.jsonPointer()).as("an XML problem has no pointer").isEmpty();
  }
}
