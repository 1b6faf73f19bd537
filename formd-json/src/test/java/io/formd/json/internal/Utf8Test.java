package io.formd.json.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** Well-formed UTF-8 at every edge of RFC 3629's table, and how a document's encoding is told. */
class Utf8Test {

  private static byte[] b(int... values) {
    byte[] bytes = new byte[values.length];
    for (int i = 0; i < values.length; i++) {
      bytes[i] = (byte) values[i];
    }
    return bytes;
  }

  @Test
  void everyWellFormedEdgeIsAccepted() {
    int[][] good = {{0x7f}, {0xc2, 0x80}, {0xdf, 0xbf}, {0xe0, 0xa0, 0x80}, {0xe1, 0x80, 0x80}, {0xec, 0xbf, 0xbf},
        {0xed, 0x9f, 0xbf}, {0xee, 0x80, 0x80}, {0xef, 0xbf, 0xbf}, {0xf0, 0x90, 0x80, 0x80}, {0xf1, 0x80, 0x80, 0x80},
        {0xf3, 0xbf, 0xbf, 0xbf}, {0xf4, 0x8f, 0xbf, 0xbf}};
    for (int[] g : good) {
      assertThat(Utf8.firstMalformed(b(g))).as(Arrays.toString(g)).isEqualTo(-1);
    }
    assertThat(Utf8.firstMalformed("Zürich 東京 𝄞 plain ASCII text".getBytes(StandardCharsets.UTF_8))).isEqualTo(-1);
    assertThat(Utf8.firstMalformed(new byte[0])).isEqualTo(-1);
  }

  @Test
  void everyMalformedEdgeIsFoundAtItsFirstByte() {
    int[][] bad = {{0x80}, {0xbf}, {0xc0, 0x80}, {0xc1, 0xbf}, {0xc2}, {0xc2, 0x7f}, {0xc2, 0xc0}, {0xe0, 0x9f, 0xbf},
        {0xe0, 0xa0}, {0xe1, 0x80, 0x7f}, {0xe1, 0x80, 0xc0}, {0xed, 0xa0, 0x80}, {0xed, 0xbf, 0xbf},
        {0xf0, 0x8f, 0xbf, 0xbf}, {0xf0, 0x90, 0x80}, {0xf1, 0x80, 0x80, 0xc0}, {0xf4, 0x90, 0x80, 0x80},
        {0xf5, 0x80, 0x80, 0x80}, {0xff}};
    for (int[] x : bad) {
      byte[] withPrefix = new byte[x.length + 1];
      withPrefix[0] = 'a';
      System.arraycopy(b(x), 0, withPrefix, 1, x.length);
      assertThat(Utf8.firstMalformed(withPrefix)).as(Arrays.toString(x)).isEqualTo(1);
    }
  }

  @Test
  void theThirtyTwoAndEightByteStepsStopAtTheFirstNonAsciiByteWhereverItIs() {
    for (int length = 0; length < 100; length++) {
      for (int at = 0; at < length; at++) {
        byte[] text = "A".repeat(length).getBytes(StandardCharsets.US_ASCII);
        text[at] = (byte) 0xc0;
        assertThat(Utf8.firstMalformed(text)).as("at %d of %d", at, length).isEqualTo(at);
        text[at] = (byte) 0xc3; // a lead byte whose continuation is missing or ASCII
        assertThat(Utf8.firstMalformed(text)).as("at %d of %d", at, length).isEqualTo(at);
      }
      assertThat(Utf8.firstMalformed("A".repeat(length).getBytes(StandardCharsets.US_ASCII))).isEqualTo(-1);
    }
    byte[] okThenBad = "ABCDEFGHé!".getBytes(StandardCharsets.UTF_8);
    assertThat(Utf8.firstMalformed(okThenBad)).isEqualTo(-1);
  }

  @Test
  void utf8IsToldByTheStartAndTheDeclaration() {
    assertThat(Utf8.isUtf8ByItsStart(b(0xfe, 0xff, 0, '<'))).isFalse();
    assertThat(Utf8.isUtf8ByItsStart(b(0xff, 0xfe, '<', 0))).isFalse();
    assertThat(Utf8.isUtf8ByItsStart(b(0, '<'))).isFalse();
    assertThat(Utf8.isUtf8ByItsStart(b('<', 'a', '>', 0))).isFalse();
    assertThat(Utf8.isUtf8ByItsStart(b('<', 'a', '>', ' ', 0))).isTrue();
    assertThat(Utf8.isUtf8ByItsStart(b('<'))).isTrue();
    assertThat(Utf8.isUtf8ByItsStart(b(0xef, 0xbb, 0xbf, '<'))).isTrue();
    assertThat(Utf8.isUtf8Xml("<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><a/>"
        .getBytes(StandardCharsets.US_ASCII))).isFalse();
    assertThat(Utf8.isUtf8Xml("<?xml version='1.0' encoding = 'utf-8'?><a/>".getBytes(StandardCharsets.US_ASCII)))
        .isTrue();
    assertThat(Utf8.isUtf8Xml("<?xml version=\"1.0\" encoding=\"UTF8\"?>".getBytes(StandardCharsets.US_ASCII)))
        .isTrue();
    assertThat(Utf8.isUtf8Xml("<?xml version=\"1.0\"?><a/>".getBytes(StandardCharsets.US_ASCII))).isTrue();
    assertThat(Utf8.isUtf8Xml(" \n<?xml version=\"1.0\" encoding=\"windows-1252\"?>"
        .getBytes(StandardCharsets.US_ASCII))).isFalse();
    assertThat(Utf8.isUtf8Xml(b(0xef, 0xbb, 0xbf, '<', '?', 'x', 'm', 'l', ' ', 'e', 'n', 'c', 'o', 'd', 'i', 'n', 'g',
        '=', '"', 'l', 'a', 't', 'i', 'n', '1', '"', '?', '>'))).isFalse();
    assertThat(Utf8.isUtf8Xml("<edgarSubmission/>".getBytes(StandardCharsets.US_ASCII))).isTrue();
    assertThat(Utf8.isUtf8Xml("<?x".getBytes(StandardCharsets.US_ASCII))).isTrue();
    assertThat(Utf8.isUtf8Xml(b(0xff, 0xfe, '<', 0))).isFalse();
  }

  @Test
  void placesAndDescriptionsAreExact() {
    byte[] text = "ab\ncd\nef".getBytes(StandardCharsets.US_ASCII);
    assertThat(Utf8.lineAndColumn(text, 0)).containsExactly(1, 1);
    assertThat(Utf8.lineAndColumn(text, 2)).containsExactly(1, 3);
    assertThat(Utf8.lineAndColumn(text, 3)).containsExactly(2, 1);
    assertThat(Utf8.lineAndColumn(text, 7)).containsExactly(3, 2);
    assertThat(Utf8.describe(b('a', 0xc0, 0xaf, 'b', 'c', 'd'), 1)).startsWith("the bytes C0 AF 62 63 are not");
    assertThat(Utf8.describe(b('a', 0xc0), 1)).startsWith("the bytes C0 are not");
  }
}
