package io.formd.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.formd.core.examples.Altiris2003;
import io.formd.core.fake.FakeFilings;
import io.formd.core.model.ElectronicFormD;
import io.formd.core.model.PaperFormD;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * Canonical JSON's reader at its edges: paper cells, recorded answers, amounts as numbers, missing required members.
 */
class JsonEdgesTest {

  private static final String SEED = FormDJson.write(Altiris2003.filing());
  private static final String ELECTRONIC = FormDJson.write(FakeFilings.seeded(5).nextElectronic());

  private static FormDReadException failure(String json) {
    return catchThrowableOfType(() -> FormDJson.read(json.getBytes(StandardCharsets.UTF_8)), FormDReadException.class);
  }

  @Test
  void aPaperCellTakesOnlyItsNumberAndItsWriting() {
    FormDReadException amount = failure(SEED.replaceFirst("\"asWritten\" : \"no minimum\"",
        "\"asWritten\" : \"no minimum\", \"note\" : \"x\""));
    assertThat(amount).isNotNull();
    assertThat(amount.getMessage()).contains("note");
    FormDReadException count = failure(SEED.replaceFirst("\"count\" : 2", "\"count\" : 2, \"note\" : \"x\""));
    assertThat(count).isNotNull();
    assertThat(count.getMessage()).contains("note");
  }

  @Test
  void aRecordedAnswerIsTrueFalseOrNotRecorded() throws Exception {
    PaperFormD read = (PaperFormD) FormDJson.read(SEED.getBytes(StandardCharsets.UTF_8));
    assertThat(read.amendment().isRecorded()).isFalse();
    PaperFormD checked = (PaperFormD) FormDJson.read(SEED.replaceFirst("\"amendment\" : \"NOT_RECORDED\"",
        "\"amendment\" : true").getBytes(StandardCharsets.UTF_8));
    assertThat(checked.amendment().value()).isTrue();
    FormDReadException number = failure(SEED.replaceFirst("\"amendment\" : \"NOT_RECORDED\"", "\"amendment\" : 1"));
    assertThat(number.getMessage()).contains("expected true, false or \"NOT_RECORDED\"");
    assertThat(number.jsonPointer()).contains("/amendment");
  }

  @Test
  void anAmountIsAStringOfDigitsOrAWholeNumberNeverAFractionOrABoolean() throws Exception {
    String sold = "\"totalAmountSold\" : \"";
    int at = ELECTRONIC.indexOf(sold);
    int end = ELECTRONIC.indexOf('"', at + sold.length());
    String prefix = ELECTRONIC.substring(0, at);
    String suffix = ELECTRONIC.substring(end + 1);
    assertThat(((ElectronicFormD) FormDJson.read((prefix + "\"totalAmountSold\" : 1000" + suffix)
        .getBytes(StandardCharsets.UTF_8))).offering().amounts().totalAmountSold().toPlainString()).isEqualTo("1000");
    FormDReadException fraction = failure(prefix + "\"totalAmountSold\" : 1000.5" + suffix);
    assertThat(fraction.getMessage()).contains("found 1000.5");
    FormDReadException bool = failure(prefix + "\"totalAmountSold\" : true" + suffix);
    assertThat(bool.getMessage()).contains("expected an amount of US dollars").doesNotContain("found '");
  }

  @Test
  void aMissingRequiredMemberIsNamedAtItsPointer() {
    FormDReadException e = failure(ELECTRONIC.replaceFirst("\"industryGroup\" : \"[^\"]*\",", ""));
    assertThat(e).isNotNull();
    assertThat(e.getMessage()).contains("the required member \"industryGroup\" is missing");
    assertThat(e.jsonPointer()).contains("/offering/industryGroup");
  }
}
