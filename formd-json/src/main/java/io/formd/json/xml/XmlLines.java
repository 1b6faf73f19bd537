package io.formd.json.xml;

import java.util.Arrays;
import javax.xml.stream.XMLStreamConstants;

/**
 * A Form D document written as lines, one element's start, end or whole simple element per line, after the
 * declaration {@code <?xml version="1.0"?>}: what the data sets' rows are turned into. It is both the document's text
 * ({@link #text()}, for {@code FormDXml} and its messages by line) and, without writing or parsing that text, the
 * events {@link EdgarXmlReader#read(XmlLines)} reads the same filing from. Line 1 is the declaration.
 */
public final class XmlLines {

  private static final String DECLARATION = "<?xml version=\"1.0\"?>\n";
  private static final byte OPEN = 0;
  private static final byte CLOSE = 1;
  private static final byte LEAF = 2;

  private byte[] kinds = new byte[256];
  private String[] names = new String[256];
  private String[] texts = new String[256];
  /** The character offset in {@link #text()} where each line starts. */
  private int[] starts = new int[256];
  /** What each line came from, as its writer tags it (0: nothing, a structural line). */
  private long[] sources = new long[256];
  private int size;
  private int length = DECLARATION.length();
  /** Whether every text is printable ASCII, which the document's text and these lines give alike. */
  private boolean plain = true;

  /** Empties the lines, to write another document in the same arrays. */
  public void clear() {
    size = 0;
    length = DECLARATION.length();
    plain = true;
  }

  /** @param name the element whose start tag is a line of its own */
  public void open(String name) {
    add(OPEN, name, null, name.length() + 3, 0);
  }

  /** @param name the element whose end tag is a line of its own */
  public void close(String name) {
    add(CLOSE, name, null, name.length() + 4, 0);
  }

  /**
   * @param name a simple element
   * @param text its text as the filer wrote it (escaped when written); empty for an empty element
   * @param source what the line came from, as the writer tags it ({@link #source(int)} gives it back by line)
   */
  public void leaf(String name, String text, long source) {
    int escaped = 0;
    for (int k = 0; k < text.length(); k++) {
      char c = text.charAt(k);
      if (c < 0x20 || c > 0x7e) {
        plain = false;
      }
      escaped += c == '&' ? 5 : c == '<' || c == '>' ? 4 : 1;
    }
    add(LEAF, name, text, 2 * name.length() + 6 + escaped, source);
  }

  private void add(byte kind, String name, String text, int lineLength, long source) {
    if (size == kinds.length) {
      int grown = size * 2;
      kinds = Arrays.copyOf(kinds, grown);
      names = Arrays.copyOf(names, grown);
      texts = Arrays.copyOf(texts, grown);
      starts = Arrays.copyOf(starts, grown);
      sources = Arrays.copyOf(sources, grown);
    }
    kinds[size] = kind;
    names[size] = name;
    texts[size] = text;
    starts[size] = length;
    sources[size] = source;
    size++;
    length += lineLength;
  }

  /** @return the number of lines, the declaration's included */
  public int lines() {
    return size + 1;
  }

  /**
   * @param line a line of {@link #text()}, 1-based (line 1 is the declaration)
   * @return what the writer tagged it with; 0 for the declaration, a start or end tag, or a line out of range
   */
  public long source(int line) {
    return line >= 2 && line <= size + 1 ? sources[line - 2] : 0;
  }

  /**
   * @return whether the lines can be read as events: every text printable ASCII, so that the text's reading (line
   *     ends, characters XML refuses) can differ in nothing
   */
  boolean plain() {
    return plain;
  }

  /** @return the document, a line each */
  public String text() {
    StringBuilder xml = new StringBuilder(length);
    xml.append(DECLARATION);
    for (int i = 0; i < size; i++) {
      switch (kinds[i]) {
        case OPEN:
          xml.append('<').append(names[i]).append(">\n");
          break;
        case CLOSE:
          xml.append("</").append(names[i]).append(">\n");
          break;
        default:
          xml.append('<').append(names[i]).append('>');
          escape(xml, texts[i]);
          xml.append("</").append(names[i]).append(">\n");
      }
    }
    return xml.toString();
  }

  /** The text as XML character data: most texts have nothing to escape and are appended whole. */
  private static void escape(StringBuilder xml, String text) {
    int from = 0;
    for (int k = 0; k < text.length(); k++) {
      char c = text.charAt(k);
      if (c == '&' || c == '<' || c == '>') {
        xml.append(text, from, k).append(c == '&' ? "&amp;" : c == '<' ? "&lt;" : "&gt;");
        from = k + 1;
      }
    }
    xml.append(text, from, text.length());
  }

  /** The lines' events, as a parser of {@link #text()} gives them (but the whitespace between elements). */
  XmlCursor cursor() {
    return new Cursor();
  }

  private final class Cursor extends XmlCursor {
    private int line = -1;
    /** Within a simple element's line: 0 its start, 1 its text, 2 its end. */
    private int part;
    private int event = -1;

    @Override
    int next() {
      if (line >= 0 && kinds[line] == LEAF && part < 2) {
        part = part == 0 && !texts[line].isEmpty() ? 1 : 2;
        return event = part == 1 ? CHARACTERS : END_ELEMENT;
      }
      line++;
      part = 0;
      if (line >= size) {
        line = size;
        return event = END_DOCUMENT;
      }
      return event = kinds[line] == CLOSE ? END_ELEMENT : START_ELEMENT;
    }

    @Override
    boolean hasNext() {
      return line + 1 < size || line < size && kinds[line] == LEAF && part < 2;
    }

    @Override
    String getLocalName() {
      return names[line];
    }

    @Override
    String getText() {
      return texts[line];
    }

    @Override
    void appendText(StringBuilder to) {
      to.append(texts[line]);
    }

    @Override
    boolean isWhiteSpace() {
      return event == CHARACTERS && texts[line].isBlank();
    }

    @Override
    String processingInstruction() {
      throw new IllegalStateException("the lines hold no processing instruction");
    }

    @Override
    long offset() {
      if (line >= size) {
        return length;
      }
      int start = starts[line];
      if (kinds[line] != LEAF || part == 0) {
        return start;
      }
      int afterStart = start + names[line].length() + 2;
      if (part == 1) {
        return afterStart;
      }
      // The end tag: the line's end less "</name>\n".
      return (line + 1 < size ? starts[line + 1] : length) - names[line].length() - 4;
    }

    @Override
    void close() {
      // nothing to release
    }
  }

  private static final int START_ELEMENT = XMLStreamConstants.START_ELEMENT;
  private static final int END_ELEMENT = XMLStreamConstants.END_ELEMENT;
  private static final int CHARACTERS = XMLStreamConstants.CHARACTERS;
  private static final int END_DOCUMENT = XMLStreamConstants.END_DOCUMENT;
}
