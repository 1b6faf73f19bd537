package it.boot4;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import io.formd.core.fake.FakeFilings;
import io.formd.core.model.FormD;
import io.formd.json.FormDJson;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

@SpringBootTest
@AutoConfigureMockMvc
class FilingsApplicationTest {

  @Autowired
  MockMvc mvc;

  private static String body(FormD filing) {
    return "{\"reference\":\"r-1\",\"filing\":" + FormDJson.write(filing) + "}";
  }

  @Test
  void aValidFilingIsAcceptedThroughJackson3() throws Exception {
    FormD filing = FakeFilings.seeded(12).nextElectronic();
    MvcResult result = mvc.perform(post("/filings").contentType(MediaType.APPLICATION_JSON).content(body(filing)))
        .andReturn();
    assertThat(result.getResponse().getStatus()).as(result.getResponse().getContentAsString()).isEqualTo(200);
    assertThat(result.getResponse().getContentAsString())
        .isEqualTo("r-1 accepted: " + filing.primaryIssuer().name().orElse(""));
  }

  @Test
  void aBrokenFilingIsA400ProblemDetailNamingTheRule() throws Exception {
    FormD broken = FakeFilings.seeded(12).brokenBy("D-XSD-ZIP");
    MvcResult result = mvc.perform(post("/filings").contentType(MediaType.APPLICATION_JSON).content(body(broken)))
        .andReturn();
    assertThat(result.getResponse().getStatus()).isEqualTo(400);
    assertThat(result.getResponse().getContentType()).startsWith("application/problem+json");
    assertThat(result.getResponse().getContentAsString()).contains("\"ruleId\":\"D-XSD-ZIP\"");
  }
}
