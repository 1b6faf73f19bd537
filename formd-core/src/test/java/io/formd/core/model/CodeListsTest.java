package io.formd.core.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.InvocationTargetException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every code enum against the SEC XSD it comes from: same values, same order, round trip by EDGAR string. */
class CodeListsTest {

  private static final Pattern SIMPLE_TYPE =
      Pattern.compile("<xs:simpleType name=\"([A-Z_0-9]+)\">(.*?)</xs:simpleType>", Pattern.DOTALL);
  private static final Pattern ENUMERATION = Pattern.compile("<xs:enumeration value=\"([^\"]*)\"/>");

  static Stream<Class<? extends EdgarCode>> codeEnums() {
    return Stream.of(StateOrCountry.class, SolicitationState.class, EntityType.class, Relationship.class,
        IndustryGroup.class, InvestmentFundType.class, FederalExemption.class, RevenueRange.class,
        NetAssetValueRange.class, SubmissionType.class, TestOrLive.class, SecurityType.class);
  }

  @ParameterizedTest
  @MethodSource("codeEnums")
  <E extends Enum<E> & EdgarCode> void everyValueRoundTripsItsEdgarString(Class<E> type) throws Exception {
    for (E value : type.getEnumConstants()) {
      if (value instanceof EntityType && ((EntityType) value).edgarCodeIfAny().isEmpty()
          || value instanceof Relationship && ((Relationship) value).edgarCodeIfAny().isEmpty()) {
        continue;
      }
      Object back = type.getMethod("fromEdgar", String.class).invoke(null, value.edgarCode());
      assertThat(back).as(value.toString()).isSameAs(value);
      assertThat(value.label()).isNotBlank();
    }
  }

  @ParameterizedTest
  @MethodSource("codeEnums")
  void unknownCodesFailNamingTheValueAndTheList(Class<? extends EdgarCode> type) throws Exception {
    var lookup = type.getMethod("fromEdgar", String.class);
    assertThatThrownBy(() -> {
      try {
        lookup.invoke(null, "Bogus Value");
      } catch (InvocationTargetException e) {
        throw e.getCause();
      }
    }).isInstanceOf(UnknownCodeException.class)
        .hasMessageContaining("'Bogus Value'")
        .satisfies(e -> assertThat(((UnknownCodeException) e).value()).isEqualTo("Bogus Value"));
  }

  @Test
  void stateAndCountryCodesAreExactlyTheXsdList() throws IOException {
    assertThat(codes(StateOrCountry.values())).isEqualTo(enumeration("Form_D.definition.state.xsd",
        "STATE_COUNTRY_CODE"));
    assertThat(StateOrCountry.values()).hasSize(309);
    assertThat(StateOrCountry.fromEdgar("D0")).isEqualTo(StateOrCountry.BERMUDA);
    assertThat(StateOrCountry.fromEdgar("XX").label()).isEqualTo("UNKNOWN");
    // Two-character codes index a table: near misses must still be unknown, not a neighbour.
    for (String near : new String[] {"ut", "U", "UTA", "", "U ", "[0", "0@", "\u00DCT"}) {
      assertThatThrownBy(() -> StateOrCountry.fromEdgar(near)).as(near).isInstanceOf(UnknownCodeException.class);
      assertThatThrownBy(() -> SolicitationState.fromEdgar(near)).as(near).isInstanceOf(UnknownCodeException.class);
      assertThat(SolicitationState.isEdgarCode(near)).as(near).isFalse();
    }
    assertThatThrownBy(() -> SolicitationState.fromEdgar("D0")).isInstanceOf(UnknownCodeException.class);
    assertThat(SolicitationState.isEdgarCode("D0")).isFalse();
    assertThat(SolicitationState.isEdgarCode(null)).isFalse();
    assertThat(Arrays.stream(SolicitationState.values()).map(SolicitationState::edgarCode)
        .allMatch(SolicitationState::isEdgarCode)).isTrue();
  }

  @Test
  void solicitationStatesAreExactlyTheXsdList() throws IOException {
    assertThat(codes(SolicitationState.values()))
        .isEqualTo(enumeration("Form_D.definition.solicitation.xsd", "STATE_SOLICITATION_CODE"));
    assertThat(SolicitationState.values()).hasSize(52);
    for (SolicitationState state : SolicitationState.values()) {
      assertThat(state.toStateOrCountry().label()).isEqualTo(state.label());
      assertThat(state.toStateOrCountry().isSolicitationState()).isTrue();
    }
    assertThat(StateOrCountry.BERMUDA.isSolicitationState()).isFalse();
  }

  @Test
  void formDCodeListsAreExactlyTheXsdLists() throws IOException {
    assertThat(codes(EntityType.values()).stream().filter(c -> c != null).collect(Collectors.toList()))
        .isEqualTo(enumeration("Form_D.definition.xsd", "ENTITY_TYPE_TYPE"));
    assertThat(codes(Relationship.values()).stream().filter(c -> c != null).collect(Collectors.toList()))
        .isEqualTo(enumeration("Form_D.definition.xsd", "RELATIONSHIP_TYPE"));
    assertThat(codes(InvestmentFundType.values())).isEqualTo(enumeration("Form_D.definition.xsd",
        "INVESTMENT_FUND_LIST"));
    assertThat(codes(RevenueRange.values())).isEqualTo(enumeration("Form_D.definition.xsd", "REVENUE_RANGE_TYPE"));
    assertThat(codes(NetAssetValueRange.values()))
        .isEqualTo(enumeration("Form_D.definition.xsd", "AGGREGATE_NET_ASSET_VALUE_RANGE_TYPE"));
    List<String> exemptions = new ArrayList<>(enumeration("Form_D.definition.xsd", "STANDARD_LIST"));
    exemptions.addAll(enumeration("Form_D.definition.xsd", "SECTION_3C_LIST"));
    assertThat(codes(FederalExemption.values())).containsExactlyInAnyOrderElementsOf(exemptions);
    List<String> industries = new ArrayList<>();
    for (String list : unionMembers("INDUSTRY_GROUP_LIST")) {
      industries.addAll(enumeration("Form_D.definition.xsd", list));
    }
    assertThat(codes(IndustryGroup.values())).isEqualTo(industries);
  }

  @Test
  void securityTypesAreTheFlagsOfTheXsdInSchemaOrder() throws IOException {
    String xsd = read("Form_D.definition.xsd");
    Matcher type = Pattern.compile("<xs:complexType name=\"SECURITIES_OFFERED_TYPE\">(.*?)</xs:complexType>",
        Pattern.DOTALL).matcher(xsd);
    assertThat(type.find()).isTrue();
    List<String> flags = new ArrayList<>();
    Matcher element = Pattern.compile("name=\"(is[A-Za-z]+Type)\"").matcher(type.group(1));
    while (element.find()) {
      flags.add(element.group(1));
    }
    assertThat(codes(SecurityType.values())).isEqualTo(flags);
  }

  @Test
  void paperOnlyValuesHaveNoEdgarCodeAndSaySo() {
    assertThat(EntityType.LIMITED_PARTNERSHIP_TO_BE_FORMED.editions()).containsExactly(Edition.PAPER);
    assertThatThrownBy(EntityType.LIMITED_PARTNERSHIP_TO_BE_FORMED::edgarCode)
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("paper");
    assertThat(Relationship.BENEFICIAL_OWNER.edgarCodeIfAny()).isEmpty();
    assertThat(Relationship.DIRECTOR.editions()).containsExactlyInAnyOrder(Edition.PAPER, Edition.ELECTRONIC);
    assertThatThrownBy(() -> Relationship.fromEdgar("Beneficial Owner")).isInstanceOf(UnknownCodeException.class);
  }

  @Test
  void exemptionFamiliesSeparateSecuritiesActExemptionsFromSection3c() {
    assertThat(FederalExemption.fromEdgar("06b").family()).isEqualTo(FederalExemption.Family.RULE_506);
    assertThat(FederalExemption.fromEdgar("3C.7").isSecuritiesActExemption()).isFalse();
    assertThat(FederalExemption.fromEdgar("3C.7").isSection3cParagraph()).isTrue();
    assertThat(FederalExemption.SECTION_3C.isSection3cParagraph()).isFalse();
    assertThat(IndustryGroup.POOLED_INVESTMENT_FUND.category()).isEqualTo("Banking & Financial Services");
    assertThat(IndustryGroup.OTHER.category()).isEqualTo("Other");
  }

  private static List<String> codes(EdgarCode[] values) {
    return Arrays.stream(values).map(v -> {
      if (v instanceof EntityType) {
        return ((EntityType) v).edgarCodeIfAny().orElse(null);
      }
      if (v instanceof Relationship) {
        return ((Relationship) v).edgarCodeIfAny().orElse(null);
      }
      return v.edgarCode();
    }).collect(Collectors.toList());
  }

  private static List<String> unionMembers(String typeName) throws IOException {
    Matcher union = Pattern.compile("name=\"" + typeName + "\">\\s*<xs:union memberTypes=\"([^\"]+)\"")
        .matcher(read("Form_D.definition.xsd"));
    assertThat(union.find()).as(typeName).isTrue();
    return Arrays.asList(union.group(1).split(" "));
  }

  private static List<String> enumeration(String file, String typeName) throws IOException {
    Map<String, String> types = new LinkedHashMap<>();
    Matcher type = SIMPLE_TYPE.matcher(read(file));
    while (type.find()) {
      types.put(type.group(1), type.group(2));
    }
    assertThat(types).as(typeName + " in " + file).containsKey(typeName);
    List<String> values = new ArrayList<>();
    Matcher value = ENUMERATION.matcher(types.get(typeName));
    while (value.find()) {
      values.add(value.group(1));
    }
    return values;
  }

  private static String read(String file) throws IOException {
    try (InputStream in = CodeListsTest.class.getResourceAsStream("/io/formd/core/xsd/" + file)) {
      assertThat(in).as(file).isNotNull();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
