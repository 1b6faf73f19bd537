package io.formd.json;

import static org.assertj.core.api.Assertions.assertThat;

import io.formd.core.model.ElectronicFormD;
import io.formd.core.model.EntityType;
import io.formd.core.model.Relationship;
import io.formd.core.rules.Finding;
import io.formd.core.rules.RuleSets;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;

/**
 * A draft with mistakes is read, and the rules report every one of them in one run: the reader refuses only what
 * the model cannot hold.
 */
class XmlDraftTest {

  private static final String GOOD = new String(Fixtures.bytes("d-other-06b-x0708-0001829412-20-000002.xml"),
      StandardCharsets.UTF_8);

  private static List<String> rulesFiring(ElectronicFormD filing) {
    return RuleSets.builtIn().validate(filing).findings().stream().map(Finding::ruleId).distinct().sorted()
        .collect(Collectors.toList());
  }

  @Test
  void theFixtureItselfIsClean() throws Exception {
    assertThat(rulesFiring(FormDXml.read(GOOD))).isEmpty();
  }

  @Test
  void aDraftWithFiveMistakesGetsFiveFindingsInOneRun() throws Exception {
    String draft = GOOD.replaceFirst("<entityType>[^<]*</entityType>", "")
        .replaceFirst("(?s)<yearOfInc>.*?</yearOfInc>", "")
        .replaceFirst("<firstName>[^<]*</firstName>", "")
        .replaceFirst("<minimumInvestmentAccepted>[^<]*<", "<minimumInvestmentAccepted>0.50<")
        .replaceFirst("(?s)<issuerSize>.*?</issuerSize>", "");
    ElectronicFormD filing = FormDXml.read(draft);
    assertThat(filing.primaryIssuer().entityType()).isEmpty();
    assertThat(filing.primaryIssuer().yearOfIncorporation()).isEmpty();
    assertThat(rulesFiring(filing)).containsExactly("D-XREF-ISSUER-SIZE-ONE", "D-XSD-AMOUNTS", "D-XSD-ENTITY-TYPE",
        "D-XSD-PERSON-NAME", "D-XSD-YEAR-OF-INC");
  }

  @Test
  void missingListsReadAsEmptyAndAreReported() throws Exception {
    String draft = GOOD.replaceFirst("(?s)<relatedPersonsList>.*?</relatedPersonsList>", "")
        .replaceFirst("(?s)<typesOfSecuritiesOffered>.*?</typesOfSecuritiesOffered>", "");
    ElectronicFormD filing = FormDXml.read(draft);
    assertThat(filing.relatedPersons()).isEmpty();
    assertThat(filing.offering().securityTypes()).isEmpty();
    assertThat(rulesFiring(filing)).contains("D-REQ-RELATED-PERSON", "D-REQ-SECURITY-TYPE");
  }

  @Test
  void missingRequiredTextsReadAsEmptyAndAreReported() throws Exception {
    String draft = GOOD.replaceFirst("<issuerPhoneNumber>[^<]*</issuerPhoneNumber>", "")
        .replaceFirst("<city>[^<]*</city>", "");
    ElectronicFormD filing = FormDXml.read(draft);
    assertThat(filing.primaryIssuer().phone()).isEmpty();
    assertThat(filing.primaryIssuer().address().city()).isEmpty();
    assertThat(rulesFiring(filing)).contains("D-XSD-PHONE", "D-XSD-CITY");
  }

  @Test
  void threeDigitAndZeroPaddedYearsAreReadAndReported() throws Exception {
    for (String year : List.of("799", "0799")) {
      String draft = GOOD.replaceFirst("(?s)<yearOfInc>.*?</yearOfInc>",
          "<yearOfInc><withinFiveYears>true</withinFiveYears><value>" + year + "</value></yearOfInc>");
      ElectronicFormD filing = FormDXml.read(draft);
      assertThat(filing.primaryIssuer().yearOfIncorporation().get().year().get().getValue()).isEqualTo(799);
      assertThat(rulesFiring(filing)).contains("D-XSD-YEAR-OF-INC");
    }
  }

  @Test
  void paperOnlyCodesAreReadAndReported() throws Exception {
    String draft = GOOD.replaceFirst("<relationship>[^<]*</relationship>",
        "<relationship>Beneficial Owner</relationship>")
        .replaceFirst("<entityType>[^<]*</entityType>", "<entityType>Limited Partnership, to be formed</entityType>");
    ElectronicFormD filing = FormDXml.read(draft);
    assertThat(filing.relatedPersons().get(0).relationships().asOptional().orElseThrow())
        .contains(Relationship.BENEFICIAL_OWNER);
    assertThat(filing.primaryIssuer().entityType()).hasValue(EntityType.LIMITED_PARTNERSHIP_TO_BE_FORMED);
    assertThat(rulesFiring(filing)).contains("D-XSD-RELATIONSHIPS", "D-XSD-ENTITY-TYPE");
  }

  @Test
  void whatTheModelCannotHoldIsStillRefusedByName() {
    String noState = GOOD.replaceFirst("<stateOrCountry>[^<]*</stateOrCountry>", "");
    Assertions.assertThatThrownBy(() -> FormDXml.read(noState))
        .isInstanceOf(FormDReadException.class).hasMessageContaining("lacks the required element <stateOrCountry>");
    String manyCents = GOOD.replaceFirst("<minimumInvestmentAccepted>[^<]*<", "<minimumInvestmentAccepted>0.505<");
    Assertions.assertThatThrownBy(() -> FormDXml.read(manyCents))
        .isInstanceOf(FormDReadException.class).hasMessageContaining("at most two decimals");
  }
}
