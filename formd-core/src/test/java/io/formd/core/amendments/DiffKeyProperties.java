package io.formd.core.amendments;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * {@link FilingDiff#withoutLeadingZeros}, which keys issuers by CIK without a regex per issuer, removes what the regex
 * {@code ^0+(?=.)} removes, from any text. A failing property prints its seed; {@code @Property(seed = "...")} replays
 * it.
 */
class DiffKeyProperties {

  @Provide
  Arbitrary<String> ciks() {
    return Arbitraries.strings().withChars("0012 x").ofMinLength(0).ofMaxLength(6);
  }

  @Property(tries = 2000)
  void withoutLeadingZerosIsTheRegexItReplacesForAnyText(@ForAll("ciks") String cik) {
    assertThat(FilingDiff.withoutLeadingZeros(cik)).as(cik).isEqualTo(cik.replaceFirst("^0+(?=.)", ""));
  }
}
