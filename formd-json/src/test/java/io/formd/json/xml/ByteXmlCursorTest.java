package io.formd.json.xml;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import javax.xml.stream.XMLStreamConstants;
import org.junit.jupiter.api.Test;

/** The byte cursor alone: the events, texts and offsets it gives, and exactly where it gives up. */
class ByteXmlCursorTest {

  private static final String GIVE_UP = "GIVE_UP";

  /** The events of a document: S:name, E:name, T:text (W: if whitespace), C (comment), D (end), or GIVE_UP. */
  private static String events(String xml, boolean exactOffsets, int maxDepth, int maxText) {
    ByteXmlCursor cursor = new ByteXmlCursor(xml.getBytes(StandardCharsets.UTF_8), exactOffsets, maxDepth, maxText);
    List<String> events = new ArrayList<>();
    try {
      while (cursor.hasNext()) {
        int event = cursor.next();
        switch (event) {
          case XMLStreamConstants.START_ELEMENT:
            events.add("S:" + cursor.getLocalName() + "@" + cursor.offset());
            break;
          case XMLStreamConstants.END_ELEMENT:
            events.add("E:" + cursor.getLocalName());
            break;
          case XMLStreamConstants.CHARACTERS:
            StringBuilder appended = new StringBuilder();
            cursor.appendText(appended);
            assertThat(appended.toString()).isEqualTo(cursor.getText());
            String kind;
            try {
              kind = cursor.isWhiteSpace() ? "W:" : "T:";
            } catch (ByteXmlCursor.GiveUp e) {
              kind = "R:"; // a reference: whether it is whitespace is Woodstox's to say
            }
            events.add(kind + cursor.getText());
            break;
          case XMLStreamConstants.COMMENT:
            events.add("C");
            break;
          case XMLStreamConstants.END_DOCUMENT:
            events.add("D");
            break;
          default:
            events.add("?" + event);
        }
      }
    } catch (ByteXmlCursor.GiveUp | ArrayIndexOutOfBoundsException e) {
      events.add(GIVE_UP);
    }
    return String.join(" ", events);
  }

  private static String events(String xml) {
    return events(xml, false, 32, 1000);
  }

  private static String text(String content) {
    String events = events("<a>" + content + "</a>");
    if (events.endsWith(GIVE_UP)) {
      return GIVE_UP;
    }
    assertThat(events).startsWith("S:a@0 ").endsWith(" E:a D");
    return events.substring("S:a@0 T:".length(), events.length() - " E:a D".length());
  }

  @Test
  void elementsTextsCommentsAndTheEnd() {
    assertThat(events("<a>x</a>")).isEqualTo("S:a@0 T:x E:a D");
    assertThat(events("<a/>")).isEqualTo("S:a@0 E:a D");
    assertThat(events("<a />")).isEqualTo("S:a@0 E:a D");
    assertThat(events("<a><b/>\n <c></c ></a>\n")).isEqualTo("S:a@0 S:b@3 E:b W:\n  S:c@9 E:c E:a D");
    assertThat(events("<!-- x --><a><!----></a><!-- - -->")).isEqualTo("C S:a@10 C E:a C D");
    assertThat(events("<?xml version=\"1.0\"?><a/>")).isEqualTo("S:a@21 E:a D");
    assertThat(events("<?xml version='1.0' encoding='UTF-8' standalone='no'?>\n<a/>")).endsWith("E:a D");
    assertThat(events("<?xml version=\"1.0\" encoding=\"utf-8\" standalone=\"yes\" ?><a/>")).endsWith("E:a D");
    assertThat(events("<_a-b.c1/>")).isEqualTo("S:_a-b.c1@0 E:_a-b.c1 D");
    assertThat(events("<Zz09/>")).isEqualTo("S:Zz09@0 E:Zz09 D");
  }

  @Test
  void givesUpOnWhatItDoesNotRead() {
    for (String xml : List.of("", "<a>", "<a></b>", "<ab></a>", "<a></ab>", "<a></a:b>", "<a></ a>", "< a/>",
        "<1a/>", "<-a/>", "<@a/>", "<[a/>", "<`a/>", "<{a/>", "<a/b/>", "<a:b/>", "<a/><b/>", "<a/>x", "x<a/>",
        "<!DOCTYPE a><a/>", "<?pi?><a/>", "<a><?pi?></a>", "<a><![CDATA[x]]></a>", "<!-- a -- b --><a/>",
        "<!-- a ---><a/>", "<!-- \u0001 --><a/>", "<!-- \uffff --><a/>", "<!-- x", "<a/><!-- x",
        "<?xml version=\"1.1\"?><a/>", "<?xml version=\"1.0\" encoding=\"latin1\"?><a/>",
        "<?xml version=\"1.0\" standalone=\"maybe\"?><a/>", "<?xml version=\"1.0\"encoding=\"UTF-8\"?><a/>",
        "<?xml version=\"1.0\" encoding=\"UTF-8\"standalone=\"no\"?><a/>", "<?xml version=\"1.0\" ?",
            "<?xml version=\"1.0",
        "<?xml version=1.0?><a/>", "<?xml?><a/>", "<?xml", "<?xml version=\"1.0\"?>", "<a b=\"1\"/>",
        "<a><b c=\"1\"/></a>", "<a xmlns=\"urn:x\"/>")) {
      assertThat(events(xml)).as(xml).endsWith(GIVE_UP);
    }
  }

  @Test
  void theRootTakesOnlyTheSchemaInstanceAttributes() {
    String xsi = " xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"";
    assertThat(events("<a" + xsi + " xsi:x=\"1\" xsi:y='2'/>")).isEqualTo("S:a@0 E:a D");
    assertThat(events("<a xsi:x=\"1\"" + xsi + "/>")).isEqualTo("S:a@0 E:a D");
    assertThat(events("<a" + xsi + " xsi:x=\"" + "v".repeat(1024) + "\"/>")).isEqualTo("S:a@0 E:a D");
    assertThat(events("<a" + xsi + IntStream.range(0, 15).mapToObj(i -> " xsi:a" + i + "=\"1\"")
        .collect(Collectors.joining()) + "/>")).isEqualTo("S:a@0 E:a D");
    for (String attributes : List.of(" xsi:x=\"1\"", xsi + xsi, xsi + " xsi:x=\"" + "v".repeat(1025) + "\"",
        xsi + IntStream.range(0, 16).mapToObj(i -> " xsi:a" + i + "=\"1\"").collect(Collectors.joining()),
        " xmlns:xsi=\"urn:x\"", xsi + " xsi:=\"1\"", xsi + " xsi:a:b=\"1\"", xsi + " a=\"1\"", xsi + " xsi:x=\"<\"",
        xsi + " xsi:x=\"&amp;\"", xsi + " xsi:x=\"\t\"", xsi + " xsi:x=1", xsi + " xsi:x=\"1\"xsi:y=\"2\"",
        xsi + " 1=\"1\"")) {
      assertThat(events("<a" + attributes + "/>")).as(attributes).endsWith(GIVE_UP);
    }
    assertThat(events("<a><b" + xsi + "/></a>")).endsWith(GIVE_UP);
  }

  @Test
  void textsDecodeReferencesAndLineEndsAsXmlSays() {
    assertThat(text("a&amp;b&lt;&gt;&quot;&apos;")).isEqualTo("a&b<>\"'");
    assertThat(text("x\r\ny\rz\n")).isEqualTo("x\ny\nz\n");
    assertThat(text("&#13;&#10;&#9;")).isEqualTo("\r\n\t");
    assertThat(text("]] > ]>")).isEqualTo("]] > ]>");
    assertThat(text("caf\u00e9 \ud83d\ude00")).isEqualTo("caf\u00e9 \ud83d\ude00");
    assertThat(text("&#0000065;")).isEqualTo("A");
    assertThat(text("&#00000065;")).isEqualTo(GIVE_UP);
    for (String allowed : List.of("9", "A", "D", "20", "41", "D7FF", "E000", "FFFD", "10000", "10FFFF", "ab", "AB")) {
      assertThat(text("&#x" + allowed + ";")).as(allowed)
          .isEqualTo(new String(Character.toChars(Integer.parseInt(allowed, 16))));
      assertThat(text("&#" + Integer.parseInt(allowed, 16) + ";")).as(allowed)
          .isEqualTo(new String(Character.toChars(Integer.parseInt(allowed, 16))));
    }
    for (String refused : List.of("0", "8", "B", "C", "1F", "D800", "DFFF", "FFFE", "FFFF", "110000")) {
      assertThat(text("&#x" + refused + ";")).as(refused).isEqualTo(GIVE_UP);
      assertThat(text("&#" + Integer.parseInt(refused, 16) + ";")).as(refused).isEqualTo(GIVE_UP);
    }
    for (String odd : List.of("&#;", "&#x;", "&#X41;", "&#xG;", "&#x4g;", "&#a;", "&#x41", "&nbsp;", "&amp",
        "&" + "a".repeat(12) + ";", "a]]>b", "a\u0001b", "a\u0000b", "a\u001fb", "a\uffffb", "a\ufffeb", "a<b")) {
      assertThat(text(odd)).as(odd).isEqualTo(GIVE_UP);
    }
    assertThat(text("\ufffd\uffef")).isEqualTo("\ufffd\uffef");
  }

  @Test
  void whitespaceIsToldByItsBytesAndAReferenceBetweenElementsIsWoodstoxs() {
    assertThat(events("<a> \t\r\n<b/></a>")).contains("W: \t\n S:b");
    assertThat(events("<a> \t\r<b/></a>")).contains("W: \t\n S:b");
    assertThat(events("<a> x <b/></a>")).contains("T: x ");
    assertThat(events("<a>!<b/></a>")).contains("T:!");
    assertThat(events("<a>&#32;<b/></a>")).contains("R:  S:b");
  }

  @Test
  void limitsOfDepthAndTextAreWoodstoxs() {
    assertThat(events("<a><b/></a>", false, 2, 10)).endsWith("D");
    assertThat(events("<a><b><c/></b></a>", false, 2, 10)).endsWith(GIVE_UP);
    assertThat(events("<a>" + "x".repeat(10) + "</a>", false, 2, 10)).endsWith("D");
    assertThat(events("<a>" + "x".repeat(11) + "</a>", false, 2, 10)).endsWith(GIVE_UP);
    String deep = "<a>".repeat(20) + "</a>".repeat(20);
    assertThat(events(deep)).endsWith("D");
  }

  @Test
  void offsetsAreBytesUnlessExactThenCharactersAsWoodstoxCountsThem() {
    String xml = "<a>abcdefghijklmnopqrstuvwxyz \u00e9<b/>\ud83d\ude00<c/>\u4e2d<d/>abcdefghij<e/></a>";
    assertThat(events(xml, true, 32, 1000)).isEqualTo(
        "S:a@0 T:abcdefghijklmnopqrstuvwxyz \u00e9 S:b@31 E:b T:\ud83d\ude00 S:c@37 E:c T:\u4e2d S:d@42 E:d "
            + "T:abcdefghij S:e@56 E:e E:a D");
    assertThat(events(xml, false, 32, 1000)).contains("S:b@32", "S:c@40", "S:d@47", "S:e@61");
    String ascii = "<a>" + "x".repeat(30) + "<b/></a>";
    assertThat(events(ascii, true, 32, 1000)).contains("S:b@33");
  }

  @Test
  void knownNamesAreTheInternedOnes() {
    ByteXmlCursor cursor = new ByteXmlCursor("<edgarSubmission><zzz/></edgarSubmission>".getBytes(
        StandardCharsets.UTF_8),
        false, 32, 100);
    cursor.next();
    assertThat(cursor.getLocalName()).isSameAs("edgarSubmission");
    assertThat(cursor.getNamespaceURI()).isNull();
    assertThat(cursor.getAttributeCount()).isZero();
    cursor.next();
    assertThat(cursor.getLocalName()).isEqualTo("zzz");
  }
}
