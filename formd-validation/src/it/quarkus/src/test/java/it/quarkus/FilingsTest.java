package it.quarkus;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.formd.core.fake.FakeFilings;
import io.formd.core.model.FormD;
import io.formd.json.FormDJson;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

@QuarkusTest
class FilingsTest {

  private static String body(FormD filing) {
    return "{\"reference\":\"r-1\",\"filing\":" + FormDJson.write(filing) + "}";
  }

  @Test
  void aValidFilingIsAccepted() {
    FormD filing = FakeFilings.seeded(12).nextElectronic();
    given().contentType("application/json").body(body(filing)).when().post("/filings")
        .then().statusCode(200).body("reference", equalTo("r-1"))
        .body("issuer", equalTo(filing.primaryIssuer().name().orElse("")));
  }

  @Test
  void aBrokenFilingIsA400NamingTheRule() {
    FormD broken = FakeFilings.seeded(12).brokenBy("D-XSD-ZIP");
    given().contentType("application/json").body(body(broken)).when().post("/filings")
        .then().statusCode(400).contentType(containsString("json"))
        .body(containsString("\"message\":\"D-XSD-ZIP: "));
  }
}
