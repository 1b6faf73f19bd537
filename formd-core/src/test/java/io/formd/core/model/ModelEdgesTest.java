package io.formd.core.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.formd.core.TestFilings;
import io.formd.core.examples.Altiris2003;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;

/** The model's small types at their edges: code tables of each shape, amounts, recorded answers, names, dialects. */
class ModelEdgesTest {

  /** A code list of thirty codes; slices of it make tables of every shape. */
  enum Sample implements EdgarCode {
    C00, C01, C02, C03, C04, C05, C06, C07, C08, C09, C10, C11, C12, C13, C14, C15, C16, C17, C18, C19, C20, C21, C22,
    C23, C24, C25, C26, C27, C28, C29;

    @Override
    public String edgarCode() {
      return name().toLowerCase(Locale.ROOT);
    }

    @Override
    public String label() {
      return name();
    }
  }

  /** Two-character codes of digits and capitals: the direct table. */
  enum Pair implements EdgarCode {
    AB("AB"), NZ("9Z"), Z0("Z0"), ZZ("ZZ"), DUP("AB");

    private final String code;

    Pair(String code) {
      this.code = code;
    }

    @Override
    public String edgarCode() {
      return code;
    }

    @Override
    public String label() {
      return code;
    }
  }

  @Test
  void aTwoCharacterTableFindsEachCodeAndNothingElse() {
    Codes<Pair> codes = Codes.of("PAIR_TYPE", new Pair[] {Pair.AB, Pair.NZ, Pair.Z0, Pair.ZZ});
    assertThat(codes.lookup("AB")).isEqualTo(Pair.AB);
    assertThat(codes.lookup("9Z")).isEqualTo(Pair.NZ);
    assertThat(codes.lookup("Z0")).isEqualTo(Pair.Z0);
    assertThat(codes.lookup("ZZ")).isEqualTo(Pair.ZZ);
    for (String unknown : new String[] {"ab", "A", "ABC", "A-", "-A", "00", "[Z", "Z[", "@A", "A@", "/0", ":0"}) {
      assertThatThrownBy(() -> codes.lookup(unknown)).as(unknown).isInstanceOf(UnknownCodeException.class)
          .hasMessage("'" + unknown + "' is not a PAIR_TYPE code; expected one of [AB, 9Z, Z0, ZZ]");
    }
    assertThatThrownBy(() -> codes.lookup(null)).isInstanceOf(UnknownCodeException.class)
        .hasMessageStartingWith("'null' is not a PAIR_TYPE code");
    assertThatThrownBy(() -> Codes.of("PAIR_TYPE", new Pair[] {Pair.AB, Pair.DUP}))
        .isInstanceOf(IllegalStateException.class).hasMessage("duplicate code AB in PAIR_TYPE");
  }

  @Test
  void shortAndLongTablesFindEachCodeAndNameTheListWhenNot() {
    for (int size : new int[] {1, 16, 17, 24, 25, 30}) {
      Sample[] slice = Arrays.copyOf(Sample.values(), size);
      Codes<Sample> codes = Codes.of("SAMPLE_TYPE", slice);
      for (Sample value : slice) {
        assertThat(codes.lookup(value.edgarCode())).as("%d %s", size, value).isEqualTo(value);
      }
      UnknownCodeException e = Assertions.catchThrowableOfType(() -> codes.lookup("c99"),
          UnknownCodeException.class);
      assertThat(e.value()).isEqualTo("c99");
      assertThat(e.codeList()).isEqualTo("SAMPLE_TYPE");
      assertThat(e.getMessage()).as("%d", size).isEqualTo(size <= 16
          ? "'c99' is not a SAMPLE_TYPE code; expected one of " + Arrays.stream(slice).map(Sample::edgarCode).toList()
          : "'c99' is not a SAMPLE_TYPE code (see the XSD type SAMPLE_TYPE)");
    }
  }

  @Test
  void amountsParseDigitsWithAtMostTwoDecimalsAndUpToThirtyDigitsEachSide() {
    assertThat(UsdAmount.parse("123456789012345678").value()).isEqualTo(new BigDecimal("123456789012345678"));
    assertThat(UsdAmount.parse("1234567890123456789").value()).isEqualTo(new BigDecimal("1234567890123456789"));
    assertThat(UsdAmount.parse("9".repeat(30)).toPlainString()).isEqualTo("9".repeat(30));
    assertThat(UsdAmount.parse("0.5")).isEqualTo(UsdAmount.of(new BigDecimal("0.50")));
    assertThat(UsdAmount.parse("7.10").toPlainString()).isEqualTo("7.1");
    assertThat(UsdAmount.parse("12.00")).isEqualTo(UsdAmount.of(12));
    for (String bad : new String[] {"", ".", "1.", ".5", "9".repeat(31), "1." + "0".repeat(31), "12a", "1/2",
        "1:2", "-1", "+1", "1,000", " 1"}) {
      assertThatThrownBy(() -> UsdAmount.parse(bad)).as(bad).isInstanceOf(IllegalArgumentException.class);
    }
    assertThatThrownBy(() -> UsdAmount.parse("0.125")).hasMessageContaining("at most 2 decimal places");
    assertThat(UsdAmount.of(new BigDecimal("0.12")).toPlainString()).isEqualTo("0.12");
    assertThat(UsdAmount.of(new BigDecimal("0.1200")).toPlainString()).isEqualTo("0.12");
  }

  @Test
  void equalValuesHashAlikeAndTheseDifferentOnesDoNot() {
    assertThat(UsdAmount.parse("5.10").hashCode()).isEqualTo(UsdAmount.parse("5.1").hashCode());
    assertThat(UsdAmount.of(1).hashCode()).isNotEqualTo(UsdAmount.of(2).hashCode());
    assertThat(OfferingAmount.of(1).hashCode()).isNotEqualTo(OfferingAmount.of(2).hashCode());
    assertThat(Recorded.of("a").hashCode()).isNotEqualTo(Recorded.of("b").hashCode());
    assertThat(StatedAmount.of(1).hashCode()).isNotEqualTo(StatedAmount.of(2).hashCode());
    assertThat(StatedAmount.of(1).hashCode()).isEqualTo(StatedAmount.of(1).hashCode());
    assertThat(StatedCount.of(1).hashCode()).isNotEqualTo(StatedCount.of(2).hashCode());
    assertThat(StatedCount.written("3", 3).hashCode()).isEqualTo(StatedCount.written("3", 3).hashCode());
  }

  @Test
  void statedCellsAreEqualOnlyWithTheSameNumberAndTheSameWriting() {
    assertThat(StatedCount.written("3", 3)).isEqualTo(StatedCount.written("3", 3))
        .isNotEqualTo(StatedCount.written("three", 3)).isNotEqualTo(StatedCount.of(3))
        .isNotEqualTo(StatedCount.written("3", 4)).isNotEqualTo("3");
    assertThat(StatedAmount.written("$1", UsdAmount.of(1))).isEqualTo(StatedAmount.written("$1", UsdAmount.of(1)))
        .isNotEqualTo(StatedAmount.written("1", UsdAmount.of(1))).isNotEqualTo(StatedAmount.of(1))
        .isNotEqualTo(StatedAmount.written("$1", UsdAmount.of(2))).isNotEqualTo(UsdAmount.of(1));
  }

  @Test
  void recordedCollectionsAreCopiedRefuseNullsAndMapKeepsNotRecorded() {
    Set<String> set = new HashSet<>(List.of("a"));
    Recorded<Set<String>> recordedSet = Recorded.of(set);
    set.add("b");
    assertThat(recordedSet.value()).containsExactly("a");
    assertThatThrownBy(() -> recordedSet.value().add("c")).isInstanceOf(UnsupportedOperationException.class);
    Set<String> withNull = new HashSet<>(Arrays.asList("a", null));
    assertThatThrownBy(() -> Recorded.of(withNull)).isInstanceOf(NullPointerException.class)
        .hasMessage("an element of value");
    Map<String, String> map = new LinkedHashMap<>(Map.of("k", "v"));
    Recorded<Map<String, String>> recordedMap = Recorded.of(map);
    map.put("k2", "v2");
    assertThat(recordedMap.value()).containsExactly(Map.entry("k", "v"));
    Map<String, String> nullValue = new HashMap<>();
    nullValue.put("k", null);
    assertThatThrownBy(() -> Recorded.of(nullValue)).isInstanceOf(NullPointerException.class)
        .hasMessage("a value of value");
    List<String> list = new ArrayList<>(List.of("x"));
    Recorded<List<String>> recordedList = Recorded.of(list);
    list.add("y");
    assertThat(recordedList.value()).containsExactly("x");
    assertThat(Recorded.of(2).map(n -> n * 3)).isEqualTo(Recorded.of(6));
    assertThat(Recorded.<Integer>notRecorded().map(n -> n * 3).isRecorded()).isFalse();
  }

  @Test
  void dialectsHaveKeysAndAPaperFilingIsARecordOfWhatWasFiled() {
    assertThat(Dialect.of((FormD) Altiris2003.filing())).isEqualTo(Dialect.DISSEMINATED);
    assertThat(Dialect.SUBMISSION.key()).isEqualTo("submission");
    assertThat(Dialect.fromKey("DISSEMINATED")).isEqualTo(Dialect.DISSEMINATED);
    assertThat(Dialect.fromKey("submission")).isEqualTo(Dialect.SUBMISSION);
    assertThatThrownBy(() -> Dialect.fromKey("draft")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("submission").hasMessageContaining("disseminated");
  }

  @Test
  void industryGroupsFallUnderTheFormsHeadings() {
    assertThat(IndustryGroup.COAL_MINING.category()).isEqualTo("Energy");
    assertThat(IndustryGroup.BIOTECHNOLOGY.category()).isEqualTo("Health Care");
    assertThat(IndustryGroup.COMMERCIAL.category()).isEqualTo("Real Estate");
    assertThat(IndustryGroup.COMPUTERS.category()).isEqualTo("Technology");
    assertThat(IndustryGroup.AIRLINES_AND_AIRPORTS.category()).isEqualTo("Travel");
  }

  @Test
  void namesDisplayWithoutEmptyParts() {
    assertThat(PersonName.of("Ada", "", "Lovelace").displayName()).isEqualTo("Ada Lovelace");
    assertThat(PersonName.of("Ada", "King", "Lovelace").displayName()).isEqualTo("Ada King Lovelace");
    assertThat(PersonName.builder().lastName("Lovelace").build().displayName()).isEqualTo("Lovelace");
  }

  @Test
  void aPaperFilingsSignaturesAreTheFederalAndTheStateOnesAndItsRecipientsArePartBs() {
    PaperFormD seed = Altiris2003.filing();
    Signature state = Signature.builder().from(seed.signatures().get(0)).signerName("State Signer").build();
    PaperFormD both = PaperFormD.builder().from(seed).partE(PaperPartE.builder().disqualified(Recorded.of(false))
        .signature(state).build()).build();
    assertThat(both.signatures()).hasSize(2).last().isEqualTo(state);
    SalesCompensationRecipient recipient = TestFilings.electronic().salesCompensationRecipients().get(0);
    PaperFormD paid = PaperFormD.builder().from(seed).partB(PaperPartB.builder().from(seed.partB())
        .salesCompensationRecipients(List.of(recipient)).build()).build();
    assertThat(paid.salesCompensationRecipients()).containsExactly(recipient);
  }

  @Test
  void aFirstSaleIsNotYetToOccurUnlessSaid() {
    assertThat(TypeOfFiling.builder().amendment(false).build().firstSaleYetToOccur()).isFalse();
    assertThat(StatesOfSolicitation.Entry.of(SolicitationState.NY, Optional.of("New York")).description())
        .contains("New York");
  }
}
