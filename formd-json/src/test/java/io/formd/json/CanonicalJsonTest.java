package io.formd.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import io.formd.core.examples.Altiris2003;
import io.formd.core.fake.FakeFilings;
import io.formd.core.model.ElectronicFormD;
import io.formd.core.model.FormD;
import io.formd.core.model.PaperFormD;
import io.formd.json.canonical.CanonicalJsonSchema;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Canonical JSON: what the writer produces reads back equal and matches the shipped JSON Schema. */
class CanonicalJsonTest {

  static JsonSchema schema;
  static final ObjectMapper MAPPER = new ObjectMapper();

  @BeforeAll
  static void loadSchema() throws Exception {
    try (InputStream in = FormDJson.class.getResourceAsStream("/io/formd/json/formd.schema.json")) {
      schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in);
    }
  }

  static List<String> fixtures() {
    return Fixtures.names();
  }

  static Set<ValidationMessage> schemaErrors(String json) throws Exception {
    JsonNode tree = MAPPER.readTree(json);
    return schema.validate(tree);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("fixtures")
  void everyFixtureRoundTripsThroughJsonAndMatchesTheSchema(String name) throws Exception {
    ElectronicFormD filing = FormDXml.read(Fixtures.bytes(name));
    String json = FormDJson.write(filing);
    assertThat(FormDJson.read(json)).isEqualTo(filing);
    assertThat(schemaErrors(json)).as(name).isEmpty();
  }

  @Test
  void theSeedRoundTripsThroughJsonKeepingWhatWasWrittenAndWhatWasNotRecorded() throws Exception {
    PaperFormD seed = Altiris2003.filing();
    String json = FormDJson.write(seed);
    assertThat(FormDJson.read(json)).isEqualTo(seed);
    assertThat(schemaErrors(json)).isEmpty();
    JsonNode tree = MAPPER.readTree(json);
    assertThat(tree.get("edition").asText()).isEqualTo("PAPER");
    assertThat(tree.get("filingUnder").asText()).isEqualTo("NOT_RECORDED");
    assertThat(tree.at("/partC/adjustedGrossProceeds/amount").asText()).isEqualTo("9699000");
    assertThat(tree.at("/partC/adjustedGrossProceeds/amount").isTextual()).as("amounts are strings").isTrue();
    assertThat(tree.at("/partC/debt/aggregateOfferingPrice/asWritten").asText()).isEqualTo("-0-");
    assertThat(tree.at("/relatedPersons/12/name/asWritten").asText()).isEqualTo("Poul E. Nielsen");
  }

  @Test
  void generatedFilingsOfEveryShapeMatchTheSchema() throws Exception {
    FakeFilings fakes = FakeFilings.seeded(17);
    int paperWithAppendix = 0;
    for (int i = 0; i < 400; i++) {
      FormD filing = i % 2 == 0 ? fakes.next() : fakes.nextPaper();
      if (filing instanceof PaperFormD && !((PaperFormD) filing).appendix().isEmpty()) {
        paperWithAppendix++;
      }
      assertThat(schemaErrors(FormDJson.write(filing))).as("filing %d", i).isEmpty();
    }
    assertThat(paperWithAppendix).as("paper filings with a ULOE appendix and Part E were checked").isPositive();
  }

  @Test
  void schemaAndReaderAgreeOnAmountsAsNumbers() throws Exception {
    String written = FormDJson.write(Altiris2003.filing());
    // A whole number of dollars as a JSON number, however spelled: the schema allows it (JSON Schema counts 9699000.0
    // an integer), the reader reads the same filing.
    for (String number : new String[] {"9699000", "9699000.0", "9.699E6"}) {
      String whole = written.replace("\"amount\" : \"9699000\"", "\"amount\" : " + number);
      assertThat(whole).isNotEqualTo(written);
      assertThat(schemaErrors(whole)).as(number).isEmpty();
      assertThat(FormDJson.read(whole)).as(number).isEqualTo(Altiris2003.filing());
      assertThat(FormDJson.read(whole.getBytes(StandardCharsets.UTF_8))).as(number).isEqualTo(Altiris2003.filing());
    }
    // A fraction or a negative as a JSON number: the schema refuses it, and so does the reader.
    for (String number : new String[] {"9699000.5", "-9699000", "0.25"}) {
      String json = written.replace("\"amount\" : \"9699000\"", "\"amount\" : " + number);
      assertThat(schemaErrors(json)).as(number).isNotEmpty();
      assertThatThrownBy(() -> FormDJson.read(json)).as(number).isInstanceOf(FormDReadException.class);
    }
  }

  @Test
  void theJacksonModuleIsFoundByFindAndRegisterModules() throws Exception {
    ObjectMapper mapper = new ObjectMapper().findAndRegisterModules();
    FormD seed = Altiris2003.filing();
    String json = mapper.writeValueAsString(seed);
    assertThat(mapper.readValue(json, FormD.class)).isEqualTo(seed);
    assertThat(mapper.readValue(json, PaperFormD.class)).isEqualTo(seed);
    Holder holder = new Holder();
    holder.filings = List.of(seed, FormDXml.read(Fixtures.bytes(Fixtures.names().get(0))));
    Holder back = mapper.readValue(mapper.writeValueAsString(holder), Holder.class);
    assertThat(back.filings).isEqualTo(holder.filings);
  }

  @Test
  void theModuleReportsABadFilingWithItsPointer() {
    ObjectMapper mapper = new ObjectMapper().findAndRegisterModules();
    String json = "{\"filings\":[{\"formatVersion\":1,\"edition\":\"PAPER\",\"uloe\":\"MAYBE\"}]}";
    Assertions.assertThatThrownBy(() -> mapper.readValue(json, Holder.class))
        .isInstanceOf(JsonMappingException.class)
        .hasRootCauseInstanceOf(FormDReadException.class)
        .hasMessageContaining("at /");
  }

  @Test
  void theModuleReadsThroughAParserThatNeitherInternsNamesNorDetectsDuplicates() throws Exception {
    // The module gets whatever parser the user's mapper makes: member lookups must not rely on interned names,
    // and duplicate members must still be refused (formd checks them itself).
    JsonFactory factory = JsonFactory.builder()
        .disable(JsonFactory.Feature.INTERN_FIELD_NAMES)
        .disable(JsonFactory.Feature.CANONICALIZE_FIELD_NAMES).build();
    ObjectMapper mapper = new ObjectMapper(factory).registerModule(new FormDModule());
    FormD seed = Altiris2003.filing();
    FormD fixture = FormDXml.read(Fixtures.bytes(Fixtures.names().get(0)));
    assertThat(mapper.readValue(mapper.writeValueAsString(seed), FormD.class)).isEqualTo(seed);
    assertThat(mapper.readValue(mapper.writeValueAsBytes(fixture), FormD.class)).isEqualTo(fixture);
    String duplicated = FormDJson.write(seed).replaceFirst("\"city\" : ", "\"city\" : \"Twice\", \"city\" : ");
    Assertions.assertThatThrownBy(() -> mapper.readValue(duplicated, FormD.class))
        .hasRootCauseInstanceOf(FormDReadException.class)
        .hasMessageContaining("/issuer/address/city").hasMessageContaining("twice");
    Assertions.assertThatThrownBy(() -> mapper.readValue("[]", FormD.class))
        .hasRootCauseInstanceOf(FormDReadException.class);
  }

  @Test
  void theModuleReadsAnObjectWhoseStartJacksonAlreadyConsumed() throws Exception {
    ObjectMapper mapper = new ObjectMapper().registerModule(new FormDModule());
    FormD seed = Altiris2003.filing();
    try (JsonParser parser = mapper.createParser(FormDJson.write(seed))) {
      parser.nextToken();
      parser.nextToken(); // on the first member's name, as after polymorphic or buffered reading
      assertThat(mapper.readValue(parser, FormD.class)).isEqualTo(seed);
    }
    // convertValue goes through a TokenBuffer, not a JSON parser
    FormD electronic = FormDXml.read(Fixtures.bytes(Fixtures.names().get(0)));
    assertThat(mapper.convertValue(seed, FormD.class)).isEqualTo(seed);
    assertThat(mapper.convertValue(electronic, FormD.class)).isEqualTo(electronic);
  }

  /** A user's own type holding filings. */
  public static final class Holder {
    public List<FormD> filings;
  }

  /** The shipped schema is generated from the field table (CanonicalJsonSchema), not written by hand. */
  @Test
  void theShippedSchemaIsTheOneGeneratedFromTheFieldTable() throws Exception {
    try (InputStream in = FormDJson.class.getResourceAsStream("/io/formd/json/formd.schema.json")) {
      String shipped = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      assertThat(shipped).as("regenerate: java -cp ... io.formd.json.CanonicalJsonSchema > formd.schema.json")
          .isEqualTo(CanonicalJsonSchema.generate());
    }
  }

  @Test
  void theSchemaRejectsAnUnknownCodeAMissingMemberAndAnUnknownMember() throws Exception {
    String json = FormDJson.write(FakeFilings.seeded(3).nextElectronic());
    assertThat(schemaErrors(json)).isEmpty();
    assertThat(schemaErrors(json.replaceFirst("\"stateOrCountry\" : \"[A-Z0-9]{2}\"", "\"stateOrCountry\" : \"QQ\"")))
        .isNotEmpty();
    assertThat(schemaErrors(json.replaceFirst("\"phone\" : \"[^\"]*\",", ""))).isNotEmpty();
    assertThat(schemaErrors(json.replaceFirst("\"phone\" :", "\"fax\" : \"1\", \"phone\" :"))).isNotEmpty();
  }
}
