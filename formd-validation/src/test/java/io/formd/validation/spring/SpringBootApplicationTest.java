package io.formd.validation.spring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.formd.core.fake.FakeFilings;
import io.formd.core.model.Dialect;
import io.formd.core.model.ElectronicFormD;
import io.formd.core.model.FormD;
import io.formd.core.model.OfferingAmount;
import io.formd.json.FormDJson;
import io.formd.validation.ValidFormD;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * A Spring Boot 3.5 application as a user writes it: a controller taking {@code @Valid @RequestBody} of a record
 * holding
 * a {@code FormD}, and nothing else (no bean, no property): Boot's auto-configuration reads the JSON into the model
 * through formd's module, and a broken filing answers 400 with a problem detail naming the rule.
 */
@SpringBootTest(classes = SpringBootApplicationTest.App.class)
@AutoConfigureMockMvc
class SpringBootApplicationTest {

  /** The application (its controller imported: Boot's tests leave test classes' nested classes out of the scan). */
  @SpringBootApplication
  @Import(Filings.class)
  static class App {}

  /** A request body as a user's application declares it. */
  public record FilingRequest(@NotNull String reference, @NotNull @ValidFormD FormD filing) {}

  /** A draft the service will send to EDGAR: judged as a submission, whatever it holds. */
  public record DraftRequest(@NotNull String reference,
      @NotNull @ValidFormD(profile = Dialect.SUBMISSION) FormD filing) {}

  /** The controller. */
  @RestController
  static class Filings {
    @PostMapping("/filings")
    String accept(@Valid @RequestBody FilingRequest request) {
      return request.reference() + " accepted: " + request.filing().primaryIssuer().name().orElse("");
    }

    @PostMapping("/drafts")
    String draft(@Valid @RequestBody DraftRequest request) {
      return request.reference() + " ready to file";
    }
  }

  @Autowired
  MockMvc mvc;

  private static String body(FormD filing) {
    return "{\"reference\":\"r-1\",\"filing\":" + FormDJson.write(filing) + "}";
  }

  @Test
  void aValidFilingIsAccepted() throws Exception {
    FormD filing = FakeFilings.seeded(12).nextElectronic();
    MvcResult result = mvc.perform(post("/filings").contentType(MediaType.APPLICATION_JSON).content(body(filing)))
        .andReturn();
    assertThat(result.getResponse().getStatus()).as(result.getResponse().getContentAsString()).isEqualTo(200);
    assertThat(result.getResponse().getContentAsString())
        .isEqualTo("r-1 accepted: " + filing.primaryIssuer().name().orElse(""));
  }

  @Test
  void aBrokenFilingIsRejectedWithTheRuleIdInAProblemDetail() throws Exception {
    FormD broken = FakeFilings.seeded(12).brokenBy("D-XSD-ZIP");
    MvcResult result = mvc.perform(post("/filings").contentType(MediaType.APPLICATION_JSON).content(body(broken)))
        .andReturn();
    assertThat(result.getResponse().getStatus()).isEqualTo(400);
    assertThat(result.getResponse().getContentType()).startsWith("application/problem+json");
    JsonNode problem = new ObjectMapper().readTree(result.getResponse().getContentAsString());
    assertThat(problem.at("/findings/0/ruleId").asText()).isEqualTo("D-XSD-ZIP");
    assertThat(problem.at("/findings/0/severity").asText()).isEqualTo("ERROR");
    assertThat(problem.at("/findings/0/path").asText()).startsWith("filing.").endsWith("zipCode");
    assertThat(problem.at("/findings/0/place").asText()).startsWith("Item ");
  }

  @Test
  void aDraftWhoseItem13DoesNotAddUpIsRejectedWhenJudgedAsASubmission() throws Exception {
    ElectronicFormD filing = FakeFilings.seeded(12).nextElectronic();
    ElectronicFormD draft = filing.withOffering(filing.offering().withAmounts(filing.offering().amounts()
        .withTotalRemaining(OfferingAmount.of(1))));
    MvcResult result = mvc.perform(post("/drafts").contentType(MediaType.APPLICATION_JSON).content(body(draft)))
        .andReturn();
    assertThat(result.getResponse().getStatus()).isEqualTo(400);
    JsonNode problem = new ObjectMapper().readTree(result.getResponse().getContentAsString());
    assertThat(problem.get("findings").findValuesAsText("ruleId")).contains("D-ARITH-REMAINING");
    // The same draft as a published filing: Item 13's sum is a WARNING there, and warnings do not reject.
    MvcResult asPublished = mvc.perform(post("/filings").contentType(MediaType.APPLICATION_JSON).content(body(draft)))
        .andReturn();
    assertThat(asPublished.getResponse().getStatus()).as(asPublished.getResponse().getContentAsString())
        .isEqualTo(200);
  }
}
