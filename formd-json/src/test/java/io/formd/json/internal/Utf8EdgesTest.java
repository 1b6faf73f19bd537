package io.formd.json.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** UTF-8 at the edges of each lead byte's range, past the eight-byte ASCII stride, and the encoding sniffing. */
class Utf8EdgesTest {

  private static byte[] b(int... values) {
    byte[] bytes = new byte[values.length];
    for (int i = 0; i < values.length; i++) {
      bytes[i] = (byte) values[i];
    }
    return bytes;
  }

  private static byte[] ascii(String text, int... tail) {
    byte[] head = text.getBytes(StandardCharsets.US_ASCII);
    byte[] all = Arrays.copyOf(head, head.length + tail.length);
    for (int i = 0; i < tail.length; i++) {
      all[head.length + i] = (byte) tail[i];
    }
    return all;
  }

  @Test
  void asciiOfAnyLengthAroundTheStrideIsWellFormed() {
    for (String text : new String[] {"", "a", "abcdefg", "abcdefgh", "abcdefghi", "abcdefghijklmnop"}) {
      assertThat(Utf8.firstMalformed(ascii(text))).as(text).isEqualTo(-1);
    }
    assertThat(Utf8.firstMalformed(ascii("abcdefgh", 0xff))).isEqualTo(8);
    assertThat(Utf8.firstMalformed(ascii("abcdefghi", 0x80))).isEqualTo(9);
    assertThat(Utf8.firstMalformed(ascii("abcdefghijklmnopq", 0xc3, 0xa9))).isEqualTo(-1);
    assertThat(Utf8.firstMalformed(b('a', 0, 'b', 0x7f))).as("NUL and DEL are well-formed UTF-8").isEqualTo(-1);
  }

  @Test
  void eachLeadBytesRangeIsExact() {
    assertThat(Utf8.firstMalformed(b(0xc1, 0xbf))).as("overlong two bytes").isZero();
    assertThat(Utf8.firstMalformed(b(0xc2, 0x80))).isEqualTo(-1);
    assertThat(Utf8.firstMalformed(b(0xdf, 0xbf))).isEqualTo(-1);
    assertThat(Utf8.firstMalformed(b(0xc2, 0x7f))).as("continuation below 0x80").isZero();
    assertThat(Utf8.firstMalformed(b(0xc2, 0xc0))).as("continuation above 0xbf").isZero();
    assertThat(Utf8.firstMalformed(b(0xe0, 0x9f, 0xbf))).as("overlong three bytes").isZero();
    assertThat(Utf8.firstMalformed(b(0xe0, 0xa0, 0x80))).isEqualTo(-1);
    assertThat(Utf8.firstMalformed(b(0xe1, 0x80, 0x80))).isEqualTo(-1);
    assertThat(Utf8.firstMalformed(b(0xed, 0x9f, 0xbf))).isEqualTo(-1);
    assertThat(Utf8.firstMalformed(b(0xed, 0xa0, 0x80))).as("a surrogate").isZero();
    assertThat(Utf8.firstMalformed(b(0xef, 0xbf, 0xbf))).isEqualTo(-1);
    assertThat(Utf8.firstMalformed(b(0xe2, 0x82, 0x7f))).as("third byte below 0x80").isZero();
    assertThat(Utf8.firstMalformed(b(0xe2, 0x82, 0xc0))).as("third byte above 0xbf").isZero();
    assertThat(Utf8.firstMalformed(b(0xf0, 0x8f, 0xbf, 0xbf))).as("overlong four bytes").isZero();
    assertThat(Utf8.firstMalformed(b(0xf0, 0x90, 0x80, 0x80))).isEqualTo(-1);
    assertThat(Utf8.firstMalformed(b(0xf4, 0x8f, 0xbf, 0xbf))).isEqualTo(-1);
    assertThat(Utf8.firstMalformed(b(0xf4, 0x90, 0x80, 0x80))).as("past U+10FFFF").isZero();
    assertThat(Utf8.firstMalformed(b(0xf1, 0x80, 0x80, 0x7f))).as("fourth byte").isZero();
    assertThat(Utf8.firstMalformed(b(0xf5, 0x80, 0x80, 0x80))).isZero();
    assertThat(Utf8.firstMalformed(b(0x80))).as("a continuation with no lead").isZero();
    assertThat(Utf8.firstMalformed(b('a', 0xe2, 0x82))).as("cut short").isEqualTo(1);
    assertThat(Utf8.firstMalformed(b('a', 0xe2, 0x82, 0xac))).isEqualTo(-1);
    assertThat(Utf8.firstMalformed(b(0xe2, 0x82, 0xac, 0xc3))).isEqualTo(3);
  }

  @Test
  void anXmlDocumentIsUtf8UnlessItsStartOrDeclarationSaysOtherwise() {
    assertThat(Utf8.isUtf8Xml(ascii("<edgarSubmission/>"))).isTrue();
    assertThat(Utf8.isUtf8Xml(ascii(" \t\r\n<?xml version=\"1.0\"?><a/>"))).isTrue();
    assertThat(Utf8.isUtf8Xml(ascii("<?xml version=\"1.0\" encoding=\"UTF-8\"?><a/>"))).isTrue();
    assertThat(Utf8.isUtf8Xml(ascii("<?xml version='1.0' encoding = 'utf8'?><a/>"))).isTrue();
    assertThat(Utf8.isUtf8Xml(ascii("<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><a/>"))).isFalse();
    assertThat(Utf8.isUtf8Xml(ascii("<?xml version=\"1.0\"?><a encoding=\"latin1\"/>")))
        .as("'encoding' after the declaration is content").isTrue();
    byte[] bom = b(0xef, 0xbb, 0xbf);
    byte[] declared = ascii("<?xml version=\"1.0\" encoding=\"windows-1252\"?><a/>");
    byte[] both = Arrays.copyOf(bom, bom.length + declared.length);
    System.arraycopy(declared, 0, both, bom.length, declared.length);
    assertThat(Utf8.isUtf8Xml(both)).as("the declaration after a UTF-8 mark still counts").isFalse();
    assertThat(Utf8.isUtf8Xml(ascii("<?x"))).isTrue();
    assertThat(Utf8.isUtf8Xml(ascii("<!-- x --><a/>"))).isTrue();
    assertThat(Utf8.isUtf8Xml(b(0xfe, 0xff, 0, '<'))).isFalse();
  }

  @Test
  void aByteOrderMarkOrANulAmongTheFirstFourBytesIsNotUtf8() {
    assertThat(Utf8.isUtf8ByItsStart(b(0xfe, 0xff, '<'))).isFalse();
    assertThat(Utf8.isUtf8ByItsStart(b(0xff, 0xfe, '<'))).isFalse();
    assertThat(Utf8.isUtf8ByItsStart(b(0xfe, 0xfe, '<'))).isTrue();
    assertThat(Utf8.isUtf8ByItsStart(b(0xff, 0xff, '<'))).isTrue();
    assertThat(Utf8.isUtf8ByItsStart(b(0xfe))).isTrue();
    assertThat(Utf8.isUtf8ByItsStart(b(0xfe, 0xff))).as("a mark alone").isFalse();
    assertThat(Utf8.isUtf8ByItsStart(b(0xff, 0xfe))).isFalse();
    assertThat(Utf8.isUtf8ByItsStart(b('<', 0))).isFalse();
    assertThat(Utf8.isUtf8ByItsStart(b('<', 'a', 'b', 0))).isFalse();
    assertThat(Utf8.isUtf8ByItsStart(b('<', 'a', 'b', 'c', 0))).as("a NUL past the fourth byte").isTrue();
    assertThat(Utf8.isUtf8ByItsStart(b())).isTrue();
  }
}
