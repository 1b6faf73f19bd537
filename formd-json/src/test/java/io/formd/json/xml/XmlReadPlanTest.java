package io.formd.json.xml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

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
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The XML read plan derived from the field table, built anew (the shared one is built when the class loads): it reads
 * every real filing, every generated one and every filing broken by one rule exactly as the shared plan does, and
 * refuses what it refuses with the same message.
 */
class XmlReadPlanTest {

  private static List<byte[]> documents() throws Exception {
    List<byte[]> documents = new ArrayList<>();
    try (Stream<Path> files = Files.list(Path.of(XmlReadPlanTest.class.getResource("/fixtures").toURI()))) {
      for (Path file : files.filter(f -> f.toString().endsWith(".xml")).sorted().toList()) {
        documents.add(Files.readAllBytes(file));
      }
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
    FakeFilings fakes = FakeFilings.seeded(41);
    for (int i = 0; i < 40; i++) {
      documents.add(FormDXml.write(fakes.nextElectronic()).getBytes(StandardCharsets.UTF_8));
    }
    for (Rule rule : RuleSets.builtIn().rules()) {
      if (FakeFilings.unbreakableRules().containsKey(rule.id()) || rule.id().equals("D-XSD-XML-CHARACTERS")) {
        continue;
      }
      FormD broken = FakeFilings.seeded(7).brokenBy(rule.id());
      if (broken instanceof ElectronicFormD) {
        documents.add(FormDXml.write((ElectronicFormD) broken).getBytes(StandardCharsets.UTF_8));
      }
    }
    return documents;
  }

  private static byte[] body(byte[] document) {
    String text = new String(document, StandardCharsets.UTF_8);
    int start = text.indexOf('<');
    return text.substring(start).getBytes(StandardCharsets.UTF_8);
  }

  @Test
  void aPlanBuiltAnewReadsEveryDocumentAsTheSharedOne() throws Exception {
    List<byte[]> documents = documents();
    assertThat(documents).hasSizeGreaterThan(150);
    for (byte[] document : documents) {
      byte[] body = body(document);
      assertThat(EdgarXmlReader.readWithNewPlan(body)).isEqualTo(EdgarXmlReader.read(body, 0));
    }
  }

  @Test
  void aPlanBuiltAnewRefusesWhatTheSharedOneRefusesWithTheSameMessage() throws Exception {
    byte[] good = body(FormDXml.write(FakeFilings.seeded(3).nextElectronic()).getBytes(StandardCharsets.UTF_8));
    String text = new String(good, StandardCharsets.UTF_8);
    for (String bad : List.of(text.replaceFirst("<cik>", "<oops/><cik>"),
        text.replaceFirst("<entityType>", "<entityType>x</entityType><entityType>"),
        text.replaceFirst("<issuerAddress>", "<issuerAddress><street1>x</street1>"),
        text.replaceFirst("<totalOfferingAmount>[^<]*<", "<totalOfferingAmount>ten<"))) {
      byte[] bytes = bad.getBytes(StandardCharsets.UTF_8);
      FormDReadException shared = catchThrowableOfType(() -> EdgarXmlReader.read(bytes, 0), FormDReadException.class);
      FormDReadException fresh = catchThrowableOfType(() -> EdgarXmlReader.readWithNewPlan(bytes),
          FormDReadException.class);
      assertThat(shared).as(bad.substring(0, 0)).isNotNull();
      assertThat(fresh).isNotNull();
      assertThat(fresh.getMessage()).isEqualTo(shared.getMessage());
    }
  }
}
