package io.formd.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.formd.core.model.ElectronicFormD;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a lenient decoder or a forgiving reader would let through and the model would then hold wrongly or drop:
 * malformed UTF-8, another namespace, attributes, an object of a million members, a file that is no file.
 */
class HostileShapesTest {

  @TempDir
  Path dir;

  private static final String FIXTURE = "d-other-06b-x0708-0001829412-20-000002.xml";

  private static byte[] replaceFirst(byte[] document, String from, byte[] to) {
    String text = new String(document, StandardCharsets.ISO_8859_1);
    int at = text.indexOf(from);
    assertThat(at).as(from).isNotNegative();
    byte[] out = new byte[document.length - from.length() + to.length];
    System.arraycopy(document, 0, out, 0, at);
    System.arraycopy(to, 0, out, at, to.length);
    System.arraycopy(document, at + from.length(), out, at + to.length, document.length - at - from.length());
    return out;
  }

  @Test
  void overlongUtf8IsRefusedWhereItIsNotDecodedAsASlashOrABracket() throws Exception {
    byte[] xml = Fixtures.bytes(FIXTURE);
    String city = "<city>";
    byte[] slash = replaceFirst(xml, city, new byte[] {'<', 'c', 'i', 't', 'y', '>', 'A', (byte) 0xC0, (byte) 0xAF});
    assertThatThrownBy(() -> FormDXml.read(slash)).isInstanceOf(FormDReadException.class)
        .hasMessageContaining("C0 AF").hasMessageContaining("not well-formed UTF-8").hasMessageContaining("line ");
    byte[] threeBytes = replaceFirst(xml, city, new byte[] {'<', 'c', 'i', 't', 'y', '>', (byte) 0xE0, (byte) 0x80,
        (byte) 0xAF});
    assertThatThrownBy(() -> FormDXml.read(threeBytes)).hasMessageContaining("E0 80 AF");
    byte[] surrogate = replaceFirst(xml, city, new byte[] {'<', 'c', 'i', 't', 'y', '>', (byte) 0xED, (byte) 0xA0,
        (byte) 0x80});
    assertThatThrownBy(() -> FormDXml.read(surrogate)).hasMessageContaining("ED A0 80");
    String json = FormDJson.write(FormDXml.read(xml));
    byte[] jsonBytes = json.getBytes(StandardCharsets.UTF_8);
    byte[] bracket = replaceFirst(jsonBytes, "\"city\" : \"", ("\"city\" : \"X" + (char) 0).getBytes(
        StandardCharsets.ISO_8859_1));
    bracket[new String(bracket, StandardCharsets.ISO_8859_1).indexOf("X" + (char) 0) + 1] = (byte) 0xC0;
    byte[] withBc = replaceFirst(bracket, "X" + (char) 0xC0, new byte[] {'X', (byte) 0xC0, (byte) 0xBC});
    assertThatThrownBy(() -> FormDJson.read(withBc)).isInstanceOf(FormDReadException.class)
        .hasMessageContaining("C0 BC");
    assertThatThrownBy(() -> FormDJson.readLocated(withBc)).hasMessageContaining("not well-formed UTF-8");
  }

  @Test
  void wellFormedMultiByteTextAndOtherDeclaredEncodingsStillRead() throws Exception {
    byte[] xml = Fixtures.bytes(FIXTURE);
    byte[] accents = replaceFirst(xml, "<city>", "<city>Zürich 東京 𝄞 ".getBytes(StandardCharsets.UTF_8));
    assertThat(FormDXml.read(accents).primaryIssuer().address().city()).startsWith("Zürich 東京 𝄞 ");
    String latin = new String(xml, StandardCharsets.UTF_8).replaceFirst("<\\?xml[^>]*\\?>",
        "<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?>").replaceFirst("<city>", "<city>Z\u00fcrich ");
    assertThat(FormDXml.read(latin.getBytes(StandardCharsets.ISO_8859_1)).primaryIssuer().address().city())
        .startsWith("Z\u00fcrich ");
  }

  @Test
  void utf16WithOrWithoutAByteOrderMarkIsDetectedAndReadAlike() throws Exception {
    String text = new String(Fixtures.bytes(FIXTURE), StandardCharsets.UTF_8);
    Object expected = FormDXml.read(Fixtures.bytes(FIXTURE));
    for (Charset charset : new Charset[] {StandardCharsets.UTF_16,
        StandardCharsets.UTF_16LE, StandardCharsets.UTF_16BE}) {
      byte[] bytes = text.replaceFirst("encoding=\"UTF-8\"", "").getBytes(charset);
      assertThat(FormDFiles.detect(bytes)).as(charset.name()).isEqualTo(FormDFiles.Format.XML);
      assertThat(FormDFiles.read(bytes)).as(charset.name()).isEqualTo(expected);
    }
  }

  @Test
  void aRootInAnotherNamespaceIsNotAFormD() {
    String xml = new String(Fixtures.bytes(FIXTURE), StandardCharsets.UTF_8)
        .replaceFirst("<edgarSubmission>", "<edgarSubmission xmlns=\"urn:not-form-d\">");
    assertThatThrownBy(() -> FormDXml.read(xml)).isInstanceOf(FormDReadException.class)
        .hasMessageContaining("namespace urn:not-form-d");
    String prefixed = new String(Fixtures.bytes(FIXTURE), StandardCharsets.UTF_8)
        .replaceFirst("<cik>([^<]*)</cik>", "<x:cik xmlns:x=\"urn:x\">$1</x:cik>");
    assertThatThrownBy(() -> FormDXml.read(prefixed)).hasMessageContaining("<cik> is in the namespace urn:x");
  }

  @Test
  void anAttributeOnAnInnerElementIsRefusedNotDroppedButTheRootMayCarryTheSchemaInstances() throws Exception {
    String xml = new String(Fixtures.bytes(FIXTURE), StandardCharsets.UTF_8);
    String nil = xml.replaceFirst("<cik>", "<cik xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" "
        + "xsi:nil=\"true\">");
    assertThatThrownBy(() -> FormDXml.read(nil)).isInstanceOf(FormDReadException.class)
        .hasMessageContaining("xsi:nil=\"true\" on <cik>").hasMessageContaining("line ");
    String plain = xml.replaceFirst("<city>", "<city lang=\"en\">");
    assertThatThrownBy(() -> FormDXml.read(plain)).hasMessageContaining("lang=\"en\" on <city>");
    String located = xml.replaceFirst("<edgarSubmission>", "<edgarSubmission xmlns:xsi=\"http://www.w3.org/2001/"
        + "XMLSchema-instance\" xsi:noNamespaceSchemaLocation=\"formDSubmission.xsd.xml\">");
    assertThat(FormDXml.read(located)).isEqualTo(FormDXml.read(xml));
    String rootAttribute = xml.replaceFirst("<edgarSubmission>", "<edgarSubmission version=\"2\">");
    assertThatThrownBy(() -> FormDXml.read(rootAttribute)).hasMessageContaining("version=\"2\" on <edgarSubmission>");
  }

  @Test
  void anObjectOfAMillionMembersIsRefusedAtItsTwoHundredAndFiftySeventh() {
    StringBuilder json = new StringBuilder("{");
    for (int i = 0; i < 1_000_000; i++) {
      json.append(i == 0 ? "" : ",").append("\"m").append(i).append("\":1");
    }
    byte[] bytes = json.append('}').toString().getBytes(StandardCharsets.UTF_8);
    assertThatThrownBy(() -> FormDJson.read(bytes)).isInstanceOf(FormDReadException.class)
        .hasMessageContaining("more than 256 members");
  }

  @Test
  void aDirectoryOrAFifoIsRefusedByEveryPathReaderBeforeItIsOpened() throws Exception {
    assertThatThrownBy(() -> FormDXml.read(dir)).isInstanceOf(FileSystemException.class)
        .hasMessageContaining("is a directory");
    Path fifo = dir.resolve("pipe");
    Process mkfifo;
    try {
      mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).start();
    } catch (IOException e) {
      return; // no mkfifo on this system: the directory case above stands for it
    }
    if (mkfifo.waitFor() != 0) {
      return;
    }
    assertThatThrownBy(() -> FormDXml.read(fifo)).hasMessageContaining("is not a regular file");
    assertThatThrownBy(() -> FormDJson.read(fifo)).hasMessageContaining("is not a regular file");
    assertThatThrownBy(() -> FormDFiles.readLocated(fifo)).hasMessageContaining("is not a regular file");
    assertThat(Files.exists(fifo)).isTrue();
  }

  @Test
  void aStreamIsReadWhileItSpeaksAndGivenUpWhenItFallsSilent() throws Exception {
    byte[] doc = "<edgarSubmission/>".getBytes(StandardCharsets.UTF_8);
    assertThat(FormDFiles.readBytes(new ByteArrayInputStream(doc), "a pipe", Duration.ofSeconds(5)))
        .isEqualTo(doc);
    PipedOutputStream writer = new PipedOutputStream();
    try (PipedInputStream silent = new PipedInputStream(writer)) {
      writer.write('<'); // one byte, then the writer stays open and silent
      assertThatThrownBy(() -> FormDFiles.readBytes(silent, "a pipe", Duration.ofMillis(100)))
          .isInstanceOf(IOException.class).isNotInstanceOf(FormDReadException.class)
          .hasMessage("nothing came on a pipe for 100 ms (1 bytes read); pipe a Form D into it, or give a file");
    } finally {
      writer.close();
    }
    InputStream failing = new InputStream() {
      @Override
      public int read() throws IOException {
        throw new IOException("connection reset");
      }
    };
    assertThatThrownBy(() -> FormDFiles.readBytes(failing, "a socket", Duration.ofSeconds(5)))
        .isInstanceOf(IOException.class).hasMessage("connection reset");
    assertThatThrownBy(() -> FormDFiles.readBytes(failing, "a socket", Duration.ZERO))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aSilentStreamIsGivenUpInWholeSecondsOrMillisecondsAndItsReaderThreadDoesNotHoldTheJvm() throws Exception {
    CountDownLatch release = new CountDownLatch(1);
    InputStream deaf = new InputStream() {
      @Override
      public int read() {
        // Blocks until the test ends, deaf to interrupts, as a read from a pipe in native code is.
        while (true) {
          try {
            release.await();
            return -1;
          } catch (InterruptedException ignored) {
            // keep waiting
          }
        }
      }
    };
    try {
      assertThatThrownBy(() -> FormDFiles.readBytes(deaf, "a quiet pipe", Duration.ofSeconds(1)))
          .hasMessageStartingWith("nothing came on a quiet pipe for 1 s (0 bytes read)");
      assertThatThrownBy(() -> FormDFiles.readBytes(deaf, "a quiet pipe", Duration.ofMillis(1500)))
          .hasMessageStartingWith("nothing came on a quiet pipe for 1500 ms");
      assertThat(Thread.getAllStackTraces().keySet()).filteredOn(t -> t.getName().equals("formd-read-a quiet pipe"))
          .hasSize(2).allMatch(Thread::isDaemon);
    } finally {
      release.countDown();
    }
  }

  @Test
  void aStreamOfExactlyTheLimitIsReadAndOneByteMoreIsNot() throws Exception {
    byte[] exact = new byte[FormDXml.MAX_BYTES];
    assertThat(FormDFiles.readBytes(new ByteArrayInputStream(exact), "a pipe", Duration.ofSeconds(30)))
        .hasSize(FormDXml.MAX_BYTES);
    byte[] over = new byte[FormDXml.MAX_BYTES + 1];
    assertThatThrownBy(() -> FormDFiles.readBytes(new ByteArrayInputStream(over), "a pipe",
        Duration.ofSeconds(30))).isInstanceOf(FormDReadException.class)
        .hasMessage("a pipe holds more than " + FormDXml.MAX_BYTES + " bytes; a Form D is not that large");
  }

  @Test
  void aListOfAMillionEntriesIsRefusedAtOnce() {
    StringBuilder json = new StringBuilder("{\"formatVersion\":1,\"edition\":\"electronic\",\"relatedPersons\":[");
    for (int i = 0; i < 1_000_000; i++) {
      json.append(i == 0 ? "" : ",").append("1");
    }
    byte[] bytes = json.append("]}").toString().getBytes(StandardCharsets.UTF_8);
    assertThatThrownBy(() -> FormDJson.read(bytes)).isInstanceOf(FormDReadException.class)
        .hasMessageContaining("more than 10000 entries");
  }

  @Test
  void aPathWriteIsWholeOrNothing() throws Exception {
    ElectronicFormD filing = FormDXml.read(Fixtures.bytes(FIXTURE));
    Path target = Files.writeString(dir.resolve("filing.xml"), "the old content");
    FormDXml.write(filing, target);
    assertThat(FormDXml.read(target)).isEqualTo(filing);
    FormDJson.write(filing, dir.resolve("filing.json"));
    assertThat(FormDJson.read(dir.resolve("filing.json"))).isEqualTo(filing);
    assertThatThrownBy(() -> FormDXml.write(filing, dir.resolve("missing/filing.xml")))
        .isInstanceOf(NoSuchFileException.class).hasMessageContaining("no such directory");
    assertThatThrownBy(() -> FormDJson.write(filing, dir)).isInstanceOf(FileSystemException.class)
        .hasMessageContaining("is a directory");
    try (var files = Files.list(dir)) {
      assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("filing.xml", "filing.json");
    }
  }
}
