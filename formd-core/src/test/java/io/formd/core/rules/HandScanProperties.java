package io.formd.core.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The hand-written scans that stand in for a regex or a case-insensitive match on every validation say what those
 * say on any text: {@link EdgarRules#mayBePoBox} (ASCII case folding by one bit) is {@code regionMatches} ignoring
 * case for "box" and "pob", Unicode letters with case mappings included; {@link SchemaRules#isCrd} is the CRD
 * pattern {@code [0-9]{1,9}}; {@link EdgarLookup#conformedName} is the upper-cased name's letters and digits, one
 * space between runs. A failing property prints its seed; {@code @Property(seed = "...")} replays it.
 */
class HandScanProperties {

  @Provide
  Arbitrary<String> streets() {
    // The letters, their other cases, characters one bit away ('B' ^ 0x20 and the like), and Unicode letters
    // whose case mappings are ASCII or near it (dotless i, long s, Kelvin sign, fullwidth B).
    return Arbitraries.strings().withChars("boxpBOXP\"O/XPr0 1.\u0131\u017f\u212a\uff22\u00f6\u00d6\u0392\u03b2")
        .ofMinLength(0).ofMaxLength(8);
  }

  @Property(tries = 5000)
  void mayBePoBoxIsRegionMatchesIgnoringCaseForAnyText(@ForAll("streets") String text) {
    boolean expected = false;
    for (int i = 0; i + 3 <= text.length(); i++) {
      expected |= text.regionMatches(true, i, "box", 0, 3) || text.regionMatches(true, i, "pob", 0, 3);
    }
    assertThat(EdgarRules.mayBePoBox(text)).as(text).isEqualTo(expected);
  }

  @Provide
  Arbitrary<String> crdNumbers() {
    return Arbitraries.strings().withChars("0123456789/:a \u0660\uff11").ofMinLength(0).ofMaxLength(11);
  }

  @Property(tries = 3000)
  void isCrdIsTheCrdPatternForAnyText(@ForAll("crdNumbers") String text) {
    assertThat(SchemaRules.isCrd(text)).as(text).isEqualTo(text.matches("[0-9]{1,9}"));
  }

  @Provide
  Arbitrary<String> names() {
    return Arbitraries.strings().withChars("aAzZbB09 .,&-'\u0131\u017f\ufb00\u00e9\u00df\u212a").ofMinLength(0)
        .ofMaxLength(10);
  }

  @Property(tries = 3000)
  void conformedNameIsUpperCaseLettersAndDigitsInWordsForAnyName(@ForAll("names") String name) {
    String upper = name.toUpperCase(Locale.ROOT);
    String expected = String.join(" ", Arrays.stream(upper.split("[^A-Z0-9]+"))
        .filter(word -> !word.isEmpty()).toArray(String[]::new));
    assertThat(EdgarLookup.conformedName(name)).as(name).isEqualTo(expected);
  }
}
