package io.formd.core.fields;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * {@link Field#matchesXsd} (a character table for the repeated character classes, the regex otherwise) agrees with the
 * schema's pattern and length facets on any text. A failing property prints its seed; {@code @Property(seed = "...")}
 * replays it.
 */
class XsdPatternProperties {

  private static final List<Field> PATTERNED = FormDFields.electronicRows().stream()
      .filter(f -> f.xsdPattern().isPresent()).collect(Collectors.toList());

  @Provide
  Arbitrary<String> texts() {
    return Arbitraries.strings().withChars("0123456789azAZ #-_.@[]*é\u00a0\t\n/:`{").ofMinLength(0).ofMaxLength(14);
  }

  @Property(tries = 3000)
  void matchesXsdIsTheSchemasPatternAndLengthForAnyText(@ForAll("texts") String text) {
    assertThat(PATTERNED).hasSizeGreaterThanOrEqualTo(5);
    for (Field field : PATTERNED) {
      boolean expected = text.length() >= field.minLength() && text.length() <= field.xsdMaxLengthOrUnbounded()
          && Pattern.compile(field.xsdPattern().get()).matcher(text).matches();
      assertThat(field.matchesXsd(text)).as("%s '%s'", field.path(), text).isEqualTo(expected);
    }
  }
}
