package io.formd.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.formd.core.fake.FakeFilings;
import io.formd.core.model.FormD;
import io.formd.core.rules.Rule;
import io.formd.core.rules.RuleSets;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The JSON read plans derived from the field tables, built anew (the shared ones are built when the class loads): they
 * read every real filing, generated filings of both editions and every filing broken by one rule exactly as the shared
 * plans do, and refuse what they refuse with the same message.
 */
class JsonReadPlanTest {

  private static List<byte[]> documents() throws Exception {
    List<byte[]> documents = new ArrayList<>();
    for (String name : Fixtures.names()) {
      documents.add(FormDJson.write(FormDFiles.read(Fixtures.bytes(name))).getBytes(StandardCharsets.UTF_8));
    }
    FakeFilings fakes = FakeFilings.seeded(43);
    for (int i = 0; i < 30; i++) {
      documents.add(FormDJson.write(fakes.nextElectronic()).getBytes(StandardCharsets.UTF_8));
      documents.add(FormDJson.write(fakes.nextPaper()).getBytes(StandardCharsets.UTF_8));
    }
    for (Rule rule : RuleSets.builtIn().rules()) {
      if (!FakeFilings.unbreakableRules().containsKey(rule.id())) {
        FormD broken = FakeFilings.seeded(9).brokenBy(rule.id());
        documents.add(FormDJson.write(broken).getBytes(StandardCharsets.UTF_8));
      }
    }
    return documents;
  }

  @Test
  void plansBuiltAnewReadEveryDocumentAsTheSharedOnes() throws Exception {
    List<byte[]> documents = documents();
    assertThat(documents).hasSizeGreaterThan(200);
    for (byte[] document : documents) {
      assertThat(FormDJson.readWithNewPlans(document)).isEqualTo(FormDJson.read(document));
    }
  }

  @Test
  void plansBuiltAnewRefuseWhatTheSharedOnesRefuseWithTheSameMessage() {
    String good = FormDJson.write(FakeFilings.seeded(3).nextElectronic());
    String paper = FormDJson.write(FakeFilings.seeded(3).nextPaper());
    for (String bad : List.of(good.replaceFirst("\"cik\"", "\"oops\" : 1, \"cik\""),
        good.replaceFirst("\"zipCode\" : \"[^\"]*\"", "\"zipCode\" : 5"),
        good.replaceFirst("\"totalOfferingAmount\" : \"[^\"]*\"", "\"totalOfferingAmount\" : \"ten\""),
        paper.replaceFirst("\"partC\" : \\{", "\"partC\" : { \"oops\" : true,"))) {
      byte[] bytes = bad.getBytes(StandardCharsets.UTF_8);
      FormDReadException shared = catchThrowableOfType(() -> FormDJson.read(bytes), FormDReadException.class);
      FormDReadException fresh = catchThrowableOfType(() -> FormDJson.readWithNewPlans(bytes),
          FormDReadException.class);
      assertThat(shared).isNotNull();
      assertThat(fresh).isNotNull();
      assertThat(fresh.getMessage()).isEqualTo(shared.getMessage());
    }
  }
}
