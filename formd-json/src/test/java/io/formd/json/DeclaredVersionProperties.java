package io.formd.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

/** The XML declaration's version is found by hand exactly where the regular expression it replaced found it. */
class DeclaredVersionProperties {

  private static final Pattern EXPRESSION = Pattern.compile("version\\s*=\\s*[\"']([^\"']*)[\"']");

  /** Pieces of declarations, right and wrong: the name, every kind of white space, both quotes, near misses. */
  private static final String[] PIECES = {"version", "versio", "v", "=", " ", "\t", "\n", "\u000b", "\f", "\r",
      "\"", "'", "1.0", "1.1", "encoding", "<?xml", "?>", "x", "\u00e9"};

  private static Optional<String> byExpression(byte[] bytes, int end) {
    Matcher m = EXPRESSION.matcher(new String(bytes, 0, Math.min(end, bytes.length), StandardCharsets.ISO_8859_1));
    return m.find() ? Optional.of(m.group(1)) : Optional.empty();
  }

  @Property(tries = 3000)
  void theVersionFoundIsTheOneTheExpressionFinds(@ForAll long seed) {
    Random random = new Random(seed);
    StringBuilder text = new StringBuilder();
    int pieces = random.nextInt(14);
    for (int i = 0; i < pieces; i++) {
      text.append(PIECES[random.nextInt(PIECES.length)]);
    }
    byte[] bytes = text.toString().getBytes(StandardCharsets.ISO_8859_1);
    int end = random.nextBoolean() ? bytes.length : random.nextInt(bytes.length + 1);
    assertThat(FormDXml.declaredVersion(bytes, end)).as("%s up to %d", text, end).isEqualTo(byExpression(bytes, end));
  }

  @Test
  void declarationsAsWritten() {
    assertThat(FormDXml.declaredVersion(bytes("<?xml version=\"1.0\" encoding=\"UTF-8\""), 37)).contains("1.0");
    assertThat(FormDXml.declaredVersion(bytes("<?xml version = '1.1'"), 21)).contains("1.1");
    assertThat(FormDXml.declaredVersion(bytes("<?xml versio=\"1.0\" version=\"2\""), 30)).contains("2");
    assertThat(FormDXml.declaredVersion(bytes("<?xml version=\"1.0"), 18)).isEmpty();
    assertThat(FormDXml.declaredVersion(bytes("<?xml version=\"1.0\""), 18)).as("the end bounds it").isEmpty();
    assertThat(FormDXml.declaredVersion(bytes("<?xml version=\"\""), 16)).contains("");
  }

  private static byte[] bytes(String text) {
    return text.getBytes(StandardCharsets.ISO_8859_1);
  }
}
