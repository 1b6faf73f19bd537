package io.formd.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.formd.core.fake.FakeFilings;
import io.formd.core.model.ElectronicFormD;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** formd JSON keeps EDGAR's facts of a filing (accession number, filing date, file number) as "edgar", apart. */
class EdgarFactsTest {

  private static final ElectronicFormD FILING = FakeFilings.seeded(5).nextElectronic();

  @Test
  void edgarFactsAreWrittenAfterTheEditionAndReadBackWithoutTouchingTheModel() throws Exception {
    EdgarFacts facts = new EdgarFacts("0001234567-25-000001", Optional.of(LocalDate.of(2025, 1, 15)),
        Optional.of("021-123456"));
    String json = FormDJson.write(FILING, facts);
    assertThat(json.indexOf("\"edgar\"")).isGreaterThan(json.indexOf("\"edition\""))
        .isLessThan(json.indexOf("\"primaryIssuer\""));
    byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
    assertThat(FormDJson.read(bytes)).as("the model is the filing alone").isEqualTo(FILING);
    assertThat(FormDJson.readLocated(bytes).value()).isEqualTo(FILING);
    assertThat(FormDJson.readEdgarFacts(bytes)).contains(facts);
    assertThat(FormDJson.readEdgarFacts(FormDJson.write(FILING).getBytes(StandardCharsets.UTF_8))).isEmpty();
  }

  @Test
  void aMalformedEdgarMemberIsRefusedWithItsPointer() {
    String json = FormDJson.write(FILING, new EdgarFacts("0001234567-25-000001", Optional.empty(), Optional.empty()));
    assertThatThrownBy(() -> FormDJson.readEdgarFacts(json.replace("0001234567-25-000001", "12-3")
        .getBytes(StandardCharsets.UTF_8))).isInstanceOf(FormDReadException.class)
        .hasMessageContaining("/edgar/accessionNumber");
    assertThatThrownBy(() -> FormDJson.readEdgarFacts(json.replace("\"accessionNumber\"", "\"accession\"")
        .getBytes(StandardCharsets.UTF_8))).isInstanceOf(FormDReadException.class)
        .hasMessageContaining("/edgar/accession").hasMessageContaining("unknown member");
    assertThatThrownBy(() -> FormDJson.readEdgarFacts(json.replace("\"accessionNumber\" : \"0001234567-25-000001\"",
        "\"accessionNumber\" : \"0001234567-25-000001\", \"filedDate\" : \"15-JAN-2025\"")
        .getBytes(StandardCharsets.UTF_8))).isInstanceOf(FormDReadException.class)
        .hasMessageContaining("/edgar/filedDate");
    assertThatThrownBy(() -> new EdgarFacts("x", Optional.empty(), Optional.empty()))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
