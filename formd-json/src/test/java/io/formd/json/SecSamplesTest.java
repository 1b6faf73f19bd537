package io.formd.json;

import static org.assertj.core.api.Assertions.assertThat;

import io.formd.core.model.ElectronicFormD;
import io.formd.core.rules.Finding;
import io.formd.core.rules.RuleSets;
import java.io.InputStream;
import org.junit.jupiter.api.Test;

/**
 * The SEC's sample submissions (filer's dialect: no {@code entityName}, with {@code ccc} and contact data) are
 * read, not refused, and the schema's rules do not call the absent issuer name an error: the schema lets a
 * submission leave it out (minOccurs 0) and EDGAR fills it in (specification §3.3, o#4).
 */
class SecSamplesTest {

  private static ElectronicFormD sample(String name) throws Exception {
    try (InputStream in = SecSamplesTest.class.getResourceAsStream("/sec-samples/" + name)) {
      return FormDXml.read(in);
    }
  }

  @Test
  void bothSamplesAreReadWithTheFilersCredentialsAndContact() throws Exception {
    for (String name : new String[] {"SampleFormD.xml", "SampleFormD_A.xml"}) {
      ElectronicFormD filing = sample(name);
      assertThat(filing.primaryIssuer().ccc()).as(name).isPresent();
      assertThat(filing.contactData()).as(name).isPresent();
      assertThat(filing.primaryIssuer().name()).as("entityName is not sent").isEmpty();
      assertThat(RuleSets.builtIn().validate(filing).findings()).extracting(Finding::ruleId).as(name)
          .doesNotContain("D-XSD-ISSUER-NAME", "D-XSD-CIK", "D-XSD-CONTACT");
    }
    assertThat(sample("SampleFormD_A.xml").isAmendment()).isTrue();
  }

  @Test
  void anOverlongIssuerNameIsStillAnError() throws Exception {
    ElectronicFormD filing = sample("SampleFormD.xml");
    ElectronicFormD named = ElectronicFormD.builder().from(filing).primaryIssuer(io.formd.core.model.Issuer.builder()
        .from(filing.primaryIssuer()).name("x".repeat(151)).build()).build();
    assertThat(RuleSets.builtIn().validate(named).findingsOf("D-XSD-ISSUER-NAME")).hasSize(1);
  }
}
