package io.formd.core.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The hand-written rule-id check against the pattern it stands for. A failing property prints its seed;
 * {@code @Property(seed = "...")} replays it.
 */
class RuleIdProperties {

  private static final Pattern ID = Pattern.compile("[A-Z][A-Z0-9]*(-[A-Z0-9]+)+");

  @Provide
  Arbitrary<String> nearIds() {
    // Mostly capitals and hyphens, so that ids and near misses (a--b, -a, a-, lower case, spaces) are common.
    return Arbitraries.strings().withChars("AZ09-a _").ofMinLength(0).ofMaxLength(12);
  }

  @Property(tries = 3000)
  void isRuleIdAcceptsExactlyWhatThePatternMatches(@ForAll("nearIds") String text) {
    assertThat(Rule.Builder.isRuleId(text)).as(text).isEqualTo(ID.matcher(text).matches());
  }

  @Example
  void theEdgesOfARuleId() {
    assertThat(Rule.Builder.isRuleId("D-ARITH-REMAINING")).isTrue();
    assertThat(Rule.Builder.isRuleId("A1-B")).isTrue();
    for (String no : new String[] {"", "D", "D-", "-D", "D--X", "d-X", "1-X", "D-x", "D-X ", "D_X"}) {
      assertThat(Rule.Builder.isRuleId(no)).as(no).isFalse();
    }
  }
}
