package io.formd.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.formd.core.examples.Altiris2003;
import io.formd.core.fake.FakeFilings;
import io.formd.core.model.ElectronicFormD;
import io.formd.core.model.FormD;
import io.formd.core.model.OfferingAmount;
import io.formd.core.model.UsdAmount;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.json.JsonMapper;

/** The Jackson 3 binding: found with no configuration, the same canonical JSON as Jackson 2's, amounts included. */
class Jackson3BindingTest {

  /** A user's own request body holding a filing and an amount. */
  public record Submission(String reference, FormD filing, UsdAmount fee, OfferingAmount cap) {}

  private final JsonMapper mapper = JsonMapper.builder().findAndAddModules().build();

  @Test
  void theModuleIsFoundThroughTheServiceLoader() {
    assertThat(mapper.registeredModules()).anyMatch(m -> m instanceof FormDJackson3Module);
  }

  @Test
  void aFilingInAUsersRecordRoundTripsAsCanonicalJsonOfEitherEdition() throws Exception {
    for (FormD filing : new FormD[] {FakeFilings.seeded(11).nextElectronic(), Altiris2003.filing()}) {
      Submission body = new Submission("ref-1", filing, UsdAmount.parse("150.25"), OfferingAmount.INDEFINITE);
      String json = mapper.writeValueAsString(body);
      assertThat(json).contains("\"fee\":\"150.25\"").contains("\"cap\":\"Indefinite\"");
      Submission back = mapper.readValue(json, Submission.class);
      assertThat(back).isEqualTo(body);
      // What Jackson 3 wrote for the filing is what formd's own reader reads.
      String filingJson = mapper.readTree(json).get("filing").toString();
      assertThat(FormDJson.read(filingJson)).isEqualTo(filing);
    }
  }

  @Test
  void jackson2AndJackson3WriteTheSameCanonicalJson() throws Exception {
    ElectronicFormD filing = FakeFilings.seeded(12).nextElectronic();
    String three = mapper.writeValueAsString(filing);
    String two = new ObjectMapper().registerModule(new FormDModule())
        .writeValueAsString(filing);
    assertThat(three).isEqualTo(two);
    assertThat(mapper.readValue(three, ElectronicFormD.class)).isEqualTo(filing);
  }

  @Test
  void aBrokenFilingOrTheWrongEditionIsADatabindExceptionWithThePointer() {
    assertThatThrownBy(() -> mapper.readValue("{\"formatVersion\":1,\"edition\":\"electronic\",\"oops\":1}",
        FormD.class)).isInstanceOf(DatabindException.class).hasMessageContaining("not a Form D formd can read");
    String paper = FormDJson.write(Altiris2003.filing());
    assertThatThrownBy(() -> mapper.readValue(paper, ElectronicFormD.class)).isInstanceOf(DatabindException.class)
        .hasMessageContaining("expected a ElectronicFormD").hasMessageContaining("/edition");
    assertThatThrownBy(() -> mapper.readValue("{\"filing\":null,\"fee\":\"-1\"}", Submission.class))
        .isInstanceOf(DatabindException.class).hasMessageContaining("-1");
  }
}
