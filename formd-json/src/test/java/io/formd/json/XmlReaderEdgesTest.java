package io.formd.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.formd.core.model.ElectronicFormD;
import io.formd.core.model.SalesCompensationRecipient;
import io.formd.core.model.SolicitationState;
import io.formd.core.model.StatesOfSolicitation;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The XML reader's small codecs at their edges: repeated wrappers, flags, counts, years, None, states and texts. */
class XmlReaderEdgesTest {

  private static final String XML = new String(Fixtures.bytes("d-other-06b-x0708-0001829412-20-000002.xml"),
      StandardCharsets.UTF_8);
  private static final String STATES = new String(
      Fixtures.bytes("d-reit-llc-506b-3c7-recipients-state-lists-cik0001961089.xml"), StandardCharsets.UTF_8);

  private static ElectronicFormD read(String xml) throws FormDReadException {
    return FormDXml.read(xml.getBytes(StandardCharsets.UTF_8));
  }

  private static String problem(String xml) {
    FormDReadException e = catchThrowableOfType(() -> read(xml), FormDReadException.class);
    assertThat(e).as("refused").isNotNull();
    return e.problem();
  }

  @Test
  void aWrapperOrAGroupGivenTwiceIsRefused() {
    assertThat(problem(XML.replaceFirst("<issuerPreviousNameList>", "<issuerPreviousNameList></issuerPreviousNameList>"
        + "<issuerPreviousNameList>"))).contains("issuerPreviousNameList");
    assertThat(problem(XML.replaceFirst("<relatedPersonsList>", "<relatedPersonsList></relatedPersonsList>"
        + "<relatedPersonsList>"))).contains("relatedPersonsList");
    assertThat(problem(XML.replaceFirst("<yearOfInc>", "<yearOfInc><overFiveYears>true</overFiveYears></yearOfInc>"
        + "<yearOfInc>"))).contains("yearOfInc");
  }

  @Test
  void countsAndYearsAreDigits() throws Exception {
    assertThat(problem(XML.replaceFirst("<totalNumberAlreadyInvested>11<", "<totalNumberAlreadyInvested>11a<")))
        .contains("expected a number (digits only) in <totalNumberAlreadyInvested>, found '11a'");
    assertThat(problem(XML.replaceFirst("<value>2019</value>", "<value>20l9</value>")))
        .contains("expected a year (digits) in <value>, found '20l9'");
    assertThat(read(XML.replaceFirst("<value>2019</value>", "<value>799</value>")).primaryIssuer()
        .yearOfIncorporation().orElseThrow().year().orElseThrow().getValue()).isEqualTo(799);
  }

  @Test
  void aNoneElementHoldsNoneOrNothing() throws Exception {
    assertThat(problem(XML.replaceFirst("<value>None</value>", "<value>Nobody</value>"))).contains("found 'Nobody'");
    assertThat(read(XML.replaceFirst("<value>None</value>", "<value></value>"))).isNotNull();
  }

  @Test
  void aTrueFlagIsTrueAbsentOrEmptyAndNothingElse() throws Exception {
    assertThat(problem(XML.replaceFirst("<isEquityType>true</isEquityType>", "<isEquityType>yes</isEquityType>")))
        .contains("<isEquityType> is either absent or 'true', found 'yes'");
    ElectronicFormD empty = read(XML.replaceFirst("<isEquityType>true</isEquityType>",
        "<isEquityType>true</isEquityType><isDebtType></isDebtType>"));
    assertThat(empty).isEqualTo(read(XML));
  }

  private static List<List<String>> states(ElectronicFormD filing) {
    return filing.salesCompensationRecipients().stream().map(SalesCompensationRecipient::statesOfSolicitation)
        .map(s -> s.states().stream().map(e -> e.state().edgarCode() + e.description().map(d -> ":" + d).orElse(""))
            .collect(Collectors.toList())).collect(Collectors.toList());
  }

  @Test
  void statesKeepTheirDescriptionsWhateverIsLeftOut() throws Exception {
    String plain = STATES.replaceFirst("<description>FLORIDA</description>", "")
        .replaceFirst("<description>TEXAS</description>", "");
    assertThat(states(read(plain)).get(0)).containsExactly("FL", "GA:GEORGIA", "TX");
    assertThat(states(read(STATES)).get(0)).containsExactly("FL:FLORIDA", "GA:GEORGIA", "TX:TEXAS");
    String emptyState = STATES.replaceFirst("<state>GA</state>", "<state></state>");
    assertThat(problem(emptyState)).contains("does not follow a <state>");
    assertThat(StatesOfSolicitation.of(SolicitationState.FL).states()).hasSize(1);
  }

  @Test
  void aTextOf64KibiCharactersSplitByACharacterReferenceIsReadAndOneMoreIsNot() throws Exception {
    // Woodstox bounds each text event; formd bounds a text made of several (here split by a character reference).
    String exact = "x".repeat(32 * 1024) + "&#120;" + "x".repeat(32 * 1024 - 1);
    assertThat(read(XML.replaceFirst("<issuerPhoneNumber>[^<]*<", "<issuerPhoneNumber>" + exact + "<"))
        .primaryIssuer().phone()).hasSize(64 * 1024);
    assertThat(problem(XML.replaceFirst("<issuerPhoneNumber>[^<]*<", "<issuerPhoneNumber>" + exact + "x<")))
        .contains("the text of <issuerPhoneNumber> is longer than 65536 characters");
  }
}
