package io.formd.json.xml;

import static org.assertj.core.api.Assertions.assertThat;

import io.formd.core.fake.FakeFilings;
import io.formd.core.model.ElectronicFormD;
import io.formd.core.model.FormD;
import io.formd.core.rules.Rule;
import io.formd.core.rules.RuleSets;
import io.formd.json.FormDReadException;
import io.formd.json.FormDXml;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The XML fast path ({@link ByteXmlCursor}) against Woodstox: on every real, generated and broken filing it reads
 * the same filing with the same element positions, and on every document outside the plain XML it reads without
 * doubt it gives up, so that what the caller gets is Woodstox's reading.
 */
class XmlCursorTest {

  static List<byte[]> documents() throws Exception {
    List<byte[]> documents = realDocuments();
    FakeFilings fakes = FakeFilings.seeded(43);
    for (int i = 0; i < 40; i++) {
      documents.add(utf8(FormDXml.write(fakes.nextElectronic())));
    }
    for (Rule rule : RuleSets.builtIn().rules()) {
      if (FakeFilings.unbreakableRules().containsKey(rule.id()) || rule.id().equals("D-XSD-XML-CHARACTERS")) {
        continue;
      }
      FormD broken = FakeFilings.seeded(7).brokenBy(rule.id());
      if (broken instanceof ElectronicFormD) {
        documents.add(utf8(FormDXml.write((ElectronicFormD) broken)));
      }
    }
    return documents;
  }

  /** The real filings in the test resources and the SEC's two samples. */
  static List<byte[]> realDocuments() throws Exception {
    List<byte[]> documents = new ArrayList<>();
    for (String folder : List.of("/fixtures", "/sec-samples")) {
      try (Stream<Path> files = Files.list(Path.of(XmlCursorTest.class.getResource(folder).toURI()))) {
        for (Path file : files.filter(f -> f.toString().endsWith(".xml")).sorted().toList()) {
          documents.add(Files.readAllBytes(file));
        }
      } catch (URISyntaxException e) {
        throw new IllegalStateException(e);
      }
    }
    return documents;
  }

  static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  /** The document as FormDXml hands it to the reader: after a byte-order mark and whitespace. */
  static byte[] body(byte[] document) {
    return Arrays.copyOfRange(document, start(document), document.length);
  }

  private static int start(byte[] document) {
    int start = document.length >= 3 && (document[0] & 0xff) == 0xef && (document[1] & 0xff) == 0xbb
        && (document[2] & 0xff) == 0xbf ? 3 : 0;
    while (start < document.length && (document[start] == ' ' || document[start] == '\t' || document[start] == '\r'
        || document[start] == '\n')) {
      start++;
    }
    return start;
  }

  /** The lines FormDXml counts before the body. */
  private static int lines(byte[] document) {
    int lines = 0;
    for (int i = 0; i < start(document); i++) {
      lines += document[i] == '\n' ? 1 : 0;
    }
    return lines;
  }

  /** What Woodstox alone reads: the filing, or the refusal's message. */
  static Object woodstox(byte[] document) {
    try {
      return EdgarXmlReader.read(body(document), lines(document), null);
    } catch (FormDReadException e) {
      return e.getMessage();
    }
  }

  static Object given(byte[] document) {
    try {
      return FormDXml.read(document);
    } catch (FormDReadException e) {
      return e.getMessage();
    }
  }

  private static void readsAsWoodstoxDoes(byte[] document) throws Exception {
    byte[] body = body(document);
    XmlSourceMap slow = new XmlSourceMap();
    ElectronicFormD expected = EdgarXmlReader.read(body, 0, slow);
    XmlSourceMap fast = new XmlSourceMap();
    ElectronicFormD read = EdgarXmlReader.fast(body, 0, fast, EdgarXmlReader.ROOT);
    assertThat(read).as(new String(document, StandardCharsets.UTF_8)).isEqualTo(expected);
    assertThat(fast.positions()).isEqualTo(slow.positions()).isNotEmpty();
    assertThat(EdgarXmlReader.fast(body, 0, null, EdgarXmlReader.ROOT)).isEqualTo(expected);
  }

  @Test
  void fastPathReadsEveryRealGeneratedAndBrokenFilingAsWoodstoxWithTheSamePositions() throws Exception {
    List<byte[]> documents = documents();
    assertThat(documents).hasSizeGreaterThan(150);
    for (byte[] document : documents) {
      readsAsWoodstoxDoes(document);
    }
  }

  @Test
  void fastPathReadsWhatPlainXmlAllowsAsWoodstoxDoes() throws Exception {
    String good = FormDXml.write(FakeFilings.seeded(5).nextElectronic());
    List<String> read = List.of(
        good.replace("\n", "\r\n"),
        good.replace("\n", "\r"),
        good.replaceFirst("<\\?xml[^>]*\\?>", "<?xml version='1.0' encoding='utf-8' standalone='yes' ?>"),
        good.replaceFirst("<\\?xml[^>]*>\\s*", ""),
        good.replaceFirst("</city>", "</city \n>").replaceFirst("<zipCode>", "<zipCode >"),
        good.replaceFirst("<edgarSubmission>",
            "<edgarSubmission xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\""
            + " xsi:noNamespaceSchemaLocation='formDSubmission.xsd.xml'>"),
        good.replaceFirst("<edgarSubmission>", "<edgarSubmission xsi:schemaLocation=\"x\"\txmlns:xsi="
            + "\"http://www.w3.org/2001/XMLSchema-instance\" >"),
        good.replaceFirst("<city>[^<]*</city>", "<city>A&amp;B &lt;&gt; &quot;&apos; &#233;&#xE9;&#x1F600; \u00e9\u4e2d"
            + "\ud83d\ude00 x]]y ]&gt;</city>"),
        good.replaceFirst("<city>[^<]*</city>", "<city>line\r\nbreak\rand\nmore&#13;</city>"),
        good.replaceFirst("<street1>[^<]*</street1>", "<street1>  spaced  </street1>"),
        good.replaceFirst("(<street1>[^<]*</street1>)", "$1<street2/>"),
        good.replaceFirst("(<street1>[^<]*</street1>)", "$1<street2 />"),
        good.replaceFirst("(<street1>[^<]*</street1>)", "$1<street2></street2>"),
        good + "\n \r\n\t",
        good.replaceFirst("<city>", "<!-- a comment - with dashes --><city>"),
        good.replaceFirst("<city>([^<]*)</city>", "<city>$1<!-- in a text -->$1</city>"),
        good.replaceFirst("<edgarSubmission>", "<!----><!-- before -->\n<edgarSubmission>"),
        good + "<!-- after -->\n<!---->");
    for (String document : read) {
      assertThat(document).as("variant %d", read.indexOf(document)).isNotEqualTo(good);
      readsAsWoodstoxDoes(utf8(document));
    }
  }

  @Test
  void fastPathLeavesEveryOddityToWoodstox() throws Exception {
    String good = FormDXml.write(FakeFilings.seeded(5).nextElectronic());
    List<String> odd = List.of(
        good.replaceFirst("<city>[^<]*</city>", "<city><![CDATA[Lindon]]></city>"),
        good.replaceFirst("<city>", "<?pi data?><city>"),
        good.replaceFirst("<edgarSubmission>", "<!DOCTYPE edgarSubmission><edgarSubmission>"),
        good.replaceFirst("<\\?xml[^>]*\\?>", "<?xml version=\"1.1\"?>"),
        good.replaceFirst("<\\?xml[^>]*\\?>", "<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?>"),
        good.replaceFirst("<\\?xml[^>]*\\?>", "<?xml version=\"1.0\" standalone=\"maybe\"?>"),
        good.replaceFirst("<\\?xml[^>]*\\?>", "<?xml  version=\"1.0\" encoding=\"UTF-8\"standalone=\"no\"?>"),
        good.replaceFirst("<city>", "<x:city xmlns:x=\"urn:x\">").replaceFirst("</city>", "</x:city>"),
        good.replaceFirst("<edgarSubmission>", "<edgarSubmission xmlns=\"urn:x\">"),
        good.replaceFirst("<edgarSubmission>", "<edgarSubmission xsi:type=\"x\">"),
        good.replaceFirst("<edgarSubmission>", "<edgarSubmission a=\"1\">"),
        good.replaceFirst("<edgarSubmission>", "<edgarSubmission xmlns:xsi=\"urn:not-xsi\">"),
        good.replaceFirst("<edgarSubmission>",
            "<edgarSubmission xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\""
            + " xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\">"),
        good.replaceFirst("<edgarSubmission>",
            "<edgarSubmission xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\""
            + "xsi:a=\"1\">"),
        good.replaceFirst("<city>", "<city a=\"1\">"),
        good.replaceFirst("<edgarSubmission>",
            "<edgarSubmission xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\""
            + " xsi:noNamespaceSchemaLocation=\"" + "x".repeat(5000) + "\">"),
        good.replaceFirst("<edgarSubmission>",
            "<edgarSubmission xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\""
            + IntStream.range(0, 40).mapToObj(i -> " xsi:a" + i + "=\"1\"")
                .collect(Collectors.joining()) + ">"),
        good.replaceFirst("<city>[^<]*</city>", "<city>a]]>b</city>"),
        good.replaceFirst("<city>[^<]*</city>", "<city>a&#1;b</city>"),
        good.replaceFirst("<city>[^<]*</city>", "<city>a&#0;b</city>"),
        good.replaceFirst("<city>[^<]*</city>", "<city>a&#xD800;b</city>"),
        good.replaceFirst("<city>[^<]*</city>", "<city>a&#X41;b</city>"),
        good.replaceFirst("<city>[^<]*</city>", "<city>a&#;b</city>"),
        good.replaceFirst("<city>[^<]*</city>", "<city>a&nbsp;b</city>"),
        good.replaceFirst("<city>[^<]*</city>", "<city>a&amp b</city>"),
        good.replaceFirst("<city>[^<]*</city>", "<city>a\u0001b</city>"),
        good.replaceFirst("<city>[^<]*</city>", "<city>a\uffffb</city>"),
        good.replaceFirst("<city>[^<]*</city>", "<city>a\ufffeb</city>"),
        good.replaceFirst("</city>", "</cityx>"),
        good.replaceFirst("</city>", "</cit>"),
        good.replaceFirst("</city>", "</city:x>"),
        good.replaceFirst("<city>", "<c\u00e9ty>"),
        good.replaceFirst("<city>", "<1city>"),
        good.replaceFirst("(<street1>[^<]*</street1>)", "$1 text "),
        good.replaceFirst("(<street1>[^<]*</street1>)", "$1&#32;"),
        good.replaceFirst("<city>", "<!-- a -- b --><city>"),
        good.replaceFirst("<city>", "<!-- a ---><city>"),
        good.replaceFirst("<city>", "<!-- a \u0001 --><city>"),
        good.replaceFirst("<city>", "<!- a --><city>"),
        good + "<!-- after",
        good + "text",
        good + "<edgarSubmission/>",
        good.substring(0, good.length() - 10),
        "<?xml version=\"1.0\"?>",
        "<edgarSubmission/>",
        "<?xml version=\"1.0\"?>text");
    for (String document : odd) {
      assertThat(document).as("variant %d", odd.indexOf(document)).isNotEqualTo(good);
      byte[] bytes = utf8(document);
      assertThat(EdgarXmlReader.fast(body(bytes), 0, null, EdgarXmlReader.ROOT)).as("variant %d", odd.indexOf(document))
          .isNull();
      assertThat(given(bytes)).as("variant %d", odd.indexOf(document)).isEqualTo(woodstox(bytes));
    }
  }
}
