package io.formd.json;

import static org.assertj.core.api.Assertions.assertThat;

import io.formd.core.examples.Altiris2003;
import io.formd.core.fake.FakeFilings;
import java.io.Reader;
import java.util.Arrays;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;

/** Bad JSON: one exception type, with the JSON Pointer and what was expected. */
class JsonBadInputTest {

  private static final String SEED = FormDJson.write(Altiris2003.filing());

  private static FormDReadException failure(String json) {
    try {
      FormDJson.read(json);
    } catch (FormDReadException e) {
      return e;
    }
    throw new AssertionError("expected a FormDReadException for " + json);
  }

  @Test
  void malformedAndTruncatedJsonSayWhere() {
    FormDReadException e = failure(SEED.substring(0, SEED.length() / 2));
    assertThat(e.getMessage()).contains("malformed JSON").contains("line");
    assertThat(failure("").getMessage()).contains("empty");
    assertThat(failure("<edgarSubmission/>").getMessage()).contains("malformed JSON");
  }

  @Test
  void somethingThatIsNotAFormDIsSaidToBeNone() {
    assertThat(failure("{\"hello\":1}").getMessage()).contains("not a Form D");
    assertThat(failure("[1,2]").getMessage()).contains("expected a JSON object");
    assertThat(failure(SEED.replace("\"formatVersion\" : 1", "\"formatVersion\" : 7")).getMessage())
        .contains("format version 7");
  }

  @Test
  void anUnknownCodeGivesThePointerAndTheValue() {
    FormDReadException e = failure(SEED.replaceFirst("\"stateOrCountry\" : \"UT\"", "\"stateOrCountry\" : \"ZZ\""));
    assertThat(e.jsonPointer()).contains("/issuer/address/stateOrCountry");
    assertThat(e.getMessage()).contains("'ZZ'").contains("STATE_COUNTRY_CODE");
  }

  @Test
  void wrongTypesSayWhatWasExpected() {
    FormDReadException amount = failure(SEED.replace("\"amount\" : \"9699000\"", "\"amount\" : 9699000.5"));
    assertThat(amount.getMessage()).contains("expected an amount of US dollars as a string of digits");
    assertThat(amount.jsonPointer().orElse("")).startsWith("/partC/");
    FormDReadException mark = failure(SEED.replaceFirst("\"uloe\" : \"NOT_RECORDED\"", "\"uloe\" : true"));
    assertThat(mark.jsonPointer()).contains("/uloe");
    assertThat(mark.getMessage()).contains("expected a string");
    FormDReadException date = failure(SEED.replace("\"2003-12-10\"", "\"10 Dec 2003\""));
    assertThat(date.getMessage()).contains("YYYY-MM-DD");
  }

  @Test
  void unknownAndMissingMembersAreErrorsNeverIgnored() {
    FormDReadException unknown = failure(SEED.replaceFirst("\"uloe\"", "\"ulo\" : \"X\", \"uloe\""));
    assertThat(unknown.getMessage()).contains("unknown member \"ulo\"");
    assertThat(unknown.jsonPointer()).contains("/ulo");
    FormDReadException missing = failure(SEED.replaceFirst("\"partC\" : \\{", "\"partX\" : {"));
    assertThat(missing.getMessage()).contains("\"partX\"");
  }

  @Test
  void aReaderLongerThanAnyFormDIsCutOffNotReadToTheEnd() {
    Reader endless = new Reader() {
      @Override
      public int read(char[] buffer, int offset, int length) {
        Arrays.fill(buffer, offset, offset + length, ' ');
        return length;
      }

      @Override
      public void close() {}
    };
    Assertions.assertThatThrownBy(() -> FormDJson.read(endless))
        .isInstanceOf(FormDReadException.class).hasMessageContaining("larger than");
    Assertions.assertThatThrownBy(() -> FormDXml.read(endless))
        .isInstanceOf(FormDReadException.class).hasMessageContaining("larger than");
  }

  @Test
  void duplicateMembersAndHostileSizesAreRefused() {
    assertThat(failure(SEED.replaceFirst("\"uloe\"", "\"uloe\" : \"CHECKED\", \"uloe\"")).getMessage())
        .contains("at /uloe").contains("twice");
    String electronic = FormDJson.write(FakeFilings.seeded(3).nextElectronic());
    assertThat(failure(electronic.replaceFirst("\"zipCode\" : ", "\"zipCode\" : \"1\", \"zipCode\" : "))
        .getMessage()).contains("at /primaryIssuer/address/zipCode").contains("twice");
    assertThat(failure("[".repeat(100) + "]".repeat(100)).getMessage()).containsAnyOf("limits", "depth", "nesting");
    assertThat(failure("{\"formatVersion\": 1" + "0".repeat(100) + ", \"edition\":\"PAPER\"}").getMessage())
        .containsAnyOf("limits", "Number", "number");
  }
}
