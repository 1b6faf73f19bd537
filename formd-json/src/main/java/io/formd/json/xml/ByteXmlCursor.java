package io.formd.json.xml;

import io.formd.core.fields.Field;
import io.formd.core.fields.FormDFields;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import javax.xml.stream.XMLStreamConstants;

/**
 * The fast path of {@link EdgarXmlReader}: a cursor over the bytes of a well-formed UTF-8 document that reads the
 * plain XML EDGAR's documents are made of, and gives up ({@link GiveUp}) on everything else, so that the document is
 * read again through Woodstox, which decides what is wrong and says where.
 *
 * <p>What it reads: an XML declaration of version 1.0 in UTF-8 (or none); comments; elements without a namespace
 * prefix, with
 * no attribute but the XML Schema instance ones on the root ({@code xmlns:xsi} and {@code xsi:*}); empty-element
 * tags; texts with the five predefined entities and character references to characters XML allows, line ends
 * normalised as XML says. What it gives up on: processing instructions, CDATA sections, a document type
 * declaration, any other attribute or namespace, a name outside ASCII, a character XML does not allow, {@code ]]>}
 * in a text, mismatched tags, anything after the root but whitespace and comments, and Woodstox's limits (depth, text
 * length,
 * element count). So what it accepts, Woodstox accepts too, with the same events and texts (XmlCursorTest and a
 * property compare the two on every fixture and on mutated documents).
 */
final class ByteXmlCursor extends XmlCursor {

  /** Gives up: Woodstox decides. One instance, no stack trace. */
  static final class GiveUp extends RuntimeException {
    private static final long serialVersionUID = 1L;

    GiveUp() {
      super("Woodstox decides", null, false, false);
    }
  }

  static final GiveUp GIVE_UP = new GiveUp();
  private static final byte[] XSI = "http://www.w3.org/2001/XMLSchema-instance".getBytes(StandardCharsets.US_ASCII);

  /** The element names of a Form D, interned, found by their bytes without making a string. */
  private static final String[] NAMES;
  private static final byte[][] NAME_BYTES;
  private static final int MASK;

  static {
    Set<String> names = new LinkedHashSet<>();
    names.add("edgarSubmission");
    collect(FormDFields.electronic(), names);
    int size = Integer.highestOneBit(names.size() * 4);
    NAMES = new String[size];
    NAME_BYTES = new byte[size][];
    MASK = size - 1;
    for (String name : names) {
      byte[] bytes = name.getBytes(StandardCharsets.US_ASCII);
      int slot = hash(bytes) & MASK;
      while (NAMES[slot] != null) {
        slot = (slot + 1) & MASK;
      }
      NAMES[slot] = name.intern();
      NAME_BYTES[slot] = bytes;
    }
  }

  private static void collect(Field row, Set<String> names) {
    row.element().ifPresent(names::add);
    for (Field child : row.children()) {
      collect(child, names);
    }
  }

  /** A name's hash: {@code 31 * h + byte} over its bytes (as {@link #startTag} takes it while scanning), spread. */
  private static int hash(byte[] name) {
    int h = 0;
    for (byte x : name) {
      h = 31 * h + x;
    }
    return spread(h);
  }

  private static int spread(int h) {
    return h ^ (h >>> 16);
  }

  private final byte[] b;
  private final int end;
  private final int maxDepth;
  private final int maxText;
  private int pos;
  private int event = -1;
  private boolean started;
  private boolean rootDone;
  private boolean pendingEnd;
  private String name;
  /** The open elements: their names and where their names' bytes are. */
  private String[] openNames = new String[16];
  private int[] openStarts = new int[16];
  private int[] openLengths = new int[16];
  private int depth;
  private int elements;
  /** The current text: its bytes, and whether it holds an entity, a character reference or a carriage return. */
  private int textStart;
  private int textEnd;
  private boolean textPlain;
  /** Whether the current text is whitespace only, and whether it holds a reference. */
  private boolean textSpace;
  private boolean textReference;
  /** Where the current event starts (a byte index). */
  private int tokenStart;
  /** Character offsets, not byte offsets, are needed (a located read of a document that is not all ASCII). */
  private final boolean charOffsets;
  private int countedBytes;
  private long countedChars;

  /**
   * @param body the document from its first non-whitespace byte, well-formed UTF-8
   * @param exactOffsets whether {@link #offset} must be exact (for a source map); otherwise it is only used in
   *     messages, which this cursor never gives (it gives up instead)
   */
  ByteXmlCursor(byte[] body, boolean exactOffsets, int maxDepth, int maxText) {
    this.b = body;
    this.end = body.length;
    this.maxDepth = maxDepth;
    this.maxText = maxText;
    this.charOffsets = exactOffsets && !ascii(body);
  }

  private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(
      long[].class, ByteOrder.LITTLE_ENDIAN);
  private static final long HIGH_BITS = 0x8080808080808080L;

  private static boolean ascii(byte[] bytes) {
    int i = 0;
    for (; i + 8 <= bytes.length; i += 8) {
      if (((long) LONGS.get(bytes, i) & HIGH_BITS) != 0) {
        return false;
      }
    }
    for (; i < bytes.length; i++) {
      if (bytes[i] < 0) {
        return false;
      }
    }
    return true;
  }

  @Override
  int next() {
    if (pendingEnd) {
      pendingEnd = false;
      close(openNames[depth - 1]);
      return event;
    }
    if (!started) {
      started = true;
      prolog();
    }
    if (depth == 0) {
      // Before the root (after the declaration) or after it: whitespace and comments only.
      ws();
      if (pos == end) {
        if (!rootDone) {
          throw GIVE_UP;
        }
        return event = XMLStreamConstants.END_DOCUMENT;
      }
    }
    tokenStart = pos;
    if (b[pos] != '<') {
      return text();
    }
    byte c = b[pos + 1];
    if (c == '/') {
      return endTag();
    }
    if (c == '!' && startsWith("<!--")) {
      return comment();
    }
    if (c == '!' || c == '?') {
      throw GIVE_UP;
    }
    return startTag();
  }

  private void close(String closed) {
    name = closed;
    depth--;
    if (depth == 0) {
      rootDone = true;
    }
    event = XMLStreamConstants.END_ELEMENT;
  }

  /** The XML declaration, if any, and the whitespace after it; then the root's start tag must come. */
  private void prolog() {
    if (startsWith("<?xml") && isSpace(b[pos + 5])) {
      pos += 5;
      ws();
      pseudo("version");
      if (!value("1.0")) {
        throw GIVE_UP;
      }
      boolean space = ws();
      if (space && startsWith("encoding")) {
        pseudo("encoding");
        if (!value("UTF-8") && !value("utf-8")) {
          throw GIVE_UP;
        }
        space = ws();
      }
      if (space && startsWith("standalone")) {
        pseudo("standalone");
        if (!value("yes") && !value("no")) {
          throw GIVE_UP;
        }
        ws();
      }
      if (!startsWith("?>")) {
        throw GIVE_UP;
      }
      pos += 2;
      ws();
    }
  }

  /** A comment, which the reader skips: ends at the first "--", which must be its "-->". */
  private int comment() {
    int i = pos + 4;
    while (true) {
      byte c = b[i];
      if (c == '-' && b[i + 1] == '-') {
        if (b[i + 2] != '>') {
          throw GIVE_UP;
        }
        break;
      }
      if (c >= 0 && c < 0x20 && c != '\t' && c != '\n' && c != '\r'
          || c == (byte) 0xef && b[i + 1] == (byte) 0xbf && (b[i + 2] == (byte) 0xbe || b[i + 2] == (byte) 0xbf)) {
        throw GIVE_UP;
      }
      i++;
    }
    pos = i + 3;
    return event = XMLStreamConstants.COMMENT;
  }

  private void pseudo(String attribute) {
    if (!startsWith(attribute)) {
      throw GIVE_UP;
    }
    pos += attribute.length();
    ws();
    expect('=');
    ws();
  }

  /** Reads a quoted pseudo-attribute value if it is {@code expected}. */
  private boolean value(String expected) {
    byte quote = b[pos];
    if (quote != '"' && quote != '\'') {
      throw GIVE_UP;
    }
    int close = pos + 1 + expected.length();
    if (close >= end || b[close] != quote) {
      return false;
    }
    for (int i = 0; i < expected.length(); i++) {
      if (b[pos + 1 + i] != expected.charAt(i)) {
        return false;
      }
    }
    pos = close + 1;
    return true;
  }

  private int startTag() {
    if (rootDone) {
      throw GIVE_UP;
    }
    int start = ++pos;
    if (!isNameStart(b[pos])) {
      throw GIVE_UP;
    }
    int h = 0;
    while (isNameChar(b[pos])) {
      h = 31 * h + b[pos++];
    }
    int length = pos - start;
    String found = symbol(b, start, length, spread(h));
    boolean space = ws();
    if (b[pos] != '>' && b[pos] != '/') {
      if (!space || depth != 0) {
        throw GIVE_UP;
      }
      rootAttributes();
    }
    boolean empty = b[pos] == '/';
    if (empty) {
      pos++;
    }
    expect('>');
    if (depth == maxDepth || ++elements > 1_000_000) {
      throw GIVE_UP;
    }
    if (depth == openNames.length) {
      openNames = Arrays.copyOf(openNames, depth * 2);
      openStarts = Arrays.copyOf(openStarts, depth * 2);
      openLengths = Arrays.copyOf(openLengths, depth * 2);
    }
    openNames[depth] = found;
    openStarts[depth] = start;
    openLengths[depth] = length;
    depth++;
    name = found;
    pendingEnd = empty;
    return event = XMLStreamConstants.START_ELEMENT;
  }

  /** The root's attributes: only {@code xmlns:xsi} (the XML Schema instance namespace) and {@code xsi:*}. */
  private void rootAttributes() {
    boolean declared = false;
    List<String> seen = new ArrayList<>();
    while (b[pos] != '>' && b[pos] != '/') {
      int start = pos;
      if (!isNameStart(b[pos])) {
        throw GIVE_UP;
      }
      while (isNameChar(b[pos]) || b[pos] == ':') {
        pos++;
      }
      String attribute = new String(b, start, pos - start, StandardCharsets.US_ASCII);
      if (seen.contains(attribute) || seen.size() == 16) {
        throw GIVE_UP; // repeated, or more than a root needs (Woodstox is set to refuse more than 32)
      }
      seen.add(attribute);
      ws();
      expect('=');
      ws();
      byte quote = b[pos];
      if (quote != '"' && quote != '\'') {
        throw GIVE_UP;
      }
      int valueStart = ++pos;
      while (b[pos] != quote) {
        if (b[pos] == '<' || b[pos] == '&' || b[pos] < 0x20) {
          throw GIVE_UP;
        }
        pos++;
      }
      int valueEnd = pos++;
      if (valueEnd - valueStart > 1024) {
        throw GIVE_UP; // Woodstox is set to refuse a value over 4096 characters
      }
      if (attribute.equals("xmlns:xsi")) {
        if (!Arrays.equals(b, valueStart, valueEnd, XSI, 0, XSI.length)) {
          throw GIVE_UP;
        }
        declared = true;
      } else if (!attribute.startsWith("xsi:") || attribute.indexOf(':', 4) >= 0 || attribute.length() == 4) {
        throw GIVE_UP;
      }
      if (!ws() && b[pos] != '>' && b[pos] != '/') {
        throw GIVE_UP;
      }
    }
    if (!declared && seen.size() > 0) {
      throw GIVE_UP; // xsi: without its declaration
    }
  }

  private int endTag() {
    int open = depth - 1;
    if (open < 0) {
      throw GIVE_UP;
    }
    int start = pos + 2;
    int length = openLengths[open];
    if (start + length >= end || !Arrays.equals(b, start, start + length, b, openStarts[open],
        openStarts[open] + length)
        || isNameChar(b[start + length]) || b[start + length] == ':') {
      throw GIVE_UP;
    }
    pos = start + length;
    ws();
    expect('>');
    close(openNames[open]);
    return event;
  }

  private int text() {
    if (depth == 0) {
      throw GIVE_UP;
    }
    int start = pos;
    boolean plain = true;
    boolean space = true;
    boolean reference = false;
    while (true) {
      byte c = b[pos];
      // Letters and most punctuation first: one comparison for most bytes of a text, in either compiler (a table
      // read was quicker under C1 but slower under C2).
      if (c > '>') {
        space = false;
        pos++;
        continue;
      }
      if (c == '<') {
        break;
      }
      if (c == ' ') {
        pos++;
        continue;
      }
      if (c >= 0 && c < 0x20) {
        if (c == '\r') {
          plain = false;
        } else if (c != '\t' && c != '\n') {
          throw GIVE_UP;
        }
        pos++;
        continue;
      }
      space = false;
      if (c == '&') {
        plain = false;
        reference = true;
      } else if (c == '>' && pos - start >= 2 && b[pos - 1] == ']' && b[pos - 2] == ']') {
        throw GIVE_UP; // "]]>" is not allowed in a text
      } else if (c == (byte) 0xef && b[pos + 1] == (byte) 0xbf
          && (b[pos + 2] == (byte) 0xbe || b[pos + 2] == (byte) 0xbf)) {
        throw GIVE_UP; // U+FFFE, U+FFFF
      }
      pos++;
    }
    if (pos - start > maxText) {
      throw GIVE_UP;
    }
    textStart = start;
    textEnd = pos;
    textPlain = plain;
    textSpace = space;
    textReference = reference;
    return event = XMLStreamConstants.CHARACTERS;
  }

  @Override
  boolean hasNext() {
    return event != XMLStreamConstants.END_DOCUMENT;
  }

  @Override
  String getLocalName() {
    return name;
  }

  @Override
  String getText() {
    if (textPlain) {
      return new String(b, textStart, textEnd - textStart, StandardCharsets.UTF_8);
    }
    StringBuilder text = new StringBuilder(textEnd - textStart);
    appendText(text);
    return text.toString();
  }

  @Override
  void appendText(StringBuilder to) {
    if (textPlain) {
      to.append(new String(b, textStart, textEnd - textStart, StandardCharsets.UTF_8));
      return;
    }
    int run = textStart;
    int i = textStart;
    while (i < textEnd) {
      byte c = b[i];
      if (c != '&' && c != '\r') {
        i++;
        continue;
      }
      to.append(new String(b, run, i - run, StandardCharsets.UTF_8));
      if (c == '\r') {
        to.append('\n'); // XML 1.0 §2.11: CR LF and a lone CR are read as LF
        i += i + 1 < textEnd && b[i + 1] == '\n' ? 2 : 1;
      } else {
        i = reference(i, to);
      }
      run = i;
    }
    to.append(new String(b, run, textEnd - run, StandardCharsets.UTF_8));
  }

  /** Appends what the reference at {@code at} ('&') stands for; returns the index after its ';'. */
  private int reference(int at, StringBuilder to) {
    int semicolon = at + 1;
    while (semicolon < textEnd && b[semicolon] != ';' && semicolon - at <= 10) {
      semicolon++;
    }
    if (semicolon >= textEnd || b[semicolon] != ';') {
      throw GIVE_UP;
    }
    String ref = new String(b, at + 1, semicolon - at - 1, StandardCharsets.US_ASCII);
    switch (ref) {
      case "lt":
        to.append('<');
        break;
      case "gt":
        to.append('>');
        break;
      case "amp":
        to.append('&');
        break;
      case "quot":
        to.append('"');
        break;
      case "apos":
        to.append('\'');
        break;
      default:
        to.appendCodePoint(characterReference(ref));
    }
    return semicolon + 1;
  }

  private static int characterReference(String ref) {
    boolean hex = ref.startsWith("#x");
    String digits = ref.substring(hex ? 2 : 1);
    if (!ref.startsWith("#") || digits.isEmpty() || digits.length() > 7) {
      throw GIVE_UP;
    }
    int code = 0;
    for (int i = 0; i < digits.length(); i++) {
      int d = Character.digit(digits.charAt(i), hex ? 16 : 10);
      if (d < 0 || digits.charAt(i) > 'f') {
        throw GIVE_UP;
      }
      code = code * (hex ? 16 : 10) + d;
    }
    boolean allowed = code == 0x9 || code == 0xa || code == 0xd || code >= 0x20 && code <= 0xd7ff
        || code >= 0xe000 && code <= 0xfffd || code >= 0x10000 && code <= 0x10ffff;
    if (!allowed) {
      throw GIVE_UP;
    }
    return code;
  }

  @Override
  boolean isWhiteSpace() {
    if (textReference) {
      throw GIVE_UP; // a reference between elements: Woodstox decides whether it is whitespace
    }
    return textSpace;
  }

  @Override
  String processingInstruction() {
    throw new IllegalStateException("the byte cursor gives up on processing instructions: never on one");
  }

  @Override
  long offset() {
    if (!charOffsets) {
      return tokenStart;
    }
    // Characters before the event: bytes that start a character, and a second char for each of four bytes.
    if (tokenStart < countedBytes) {
      countedBytes = 0;
      countedChars = 0;
    }
    int i = countedBytes;
    for (; i + 8 <= tokenStart && ((long) LONGS.get(b, i) & HIGH_BITS) == 0; i += 8) {
      countedChars += 8; // eight ASCII bytes, eight characters
    }
    for (; i < tokenStart; i++) {
      int x = b[i] & 0xff;
      if ((x & 0xc0) != 0x80) {
        countedChars++;
      }
      if ((x & 0xf8) == 0xf0) {
        countedChars++;
      }
    }
    countedBytes = tokenStart;
    return countedChars;
  }

  @Override
  void close() {
    // nothing held
  }

  // ---- bytes ----

  /** @return the interned name of the element whose name is at {@code start}, or a new string for another name */
  private static String symbol(byte[] b, int start, int length, int hash) {
    int slot = hash & MASK;
    while (NAMES[slot] != null) {
      byte[] candidate = NAME_BYTES[slot];
      if (candidate.length == length && Arrays.equals(b, start, start + length, candidate, 0, length)) {
        return NAMES[slot];
      }
      slot = (slot + 1) & MASK;
    }
    return new String(b, start, length, StandardCharsets.US_ASCII);
  }

  private boolean ws() {
    int start = pos;
    while (pos < end && isSpace(b[pos])) {
      pos++;
    }
    return pos > start;
  }

  private static boolean isSpace(byte c) {
    return c == ' ' || c == '\n' || c == '\t' || c == '\r';
  }

  /** ASCII name characters only: a name with others is Woodstox's to read. */
  /**
   * The bytes that may start a name and those that may go on with one, by unsigned value: a table read is small
   * enough for C1 to inline (the comparisons were not, and were 5 % of a directory run compiled with C1 alone).
   */
  private static final boolean[] NAME_START = new boolean[256];
  private static final boolean[] NAME_CHAR = new boolean[256];

  static {
    for (int c = 0; c < 256; c++) {
      NAME_START[c] = c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '_';
      NAME_CHAR[c] = NAME_START[c] || c >= '0' && c <= '9' || c == '-' || c == '.';
    }
  }

  private static boolean isNameStart(byte c) {
    return NAME_START[c & 0xff];
  }

  private static boolean isNameChar(byte c) {
    return NAME_CHAR[c & 0xff];
  }

  private boolean startsWith(String literal) {
    if (pos + literal.length() > end) {
      return false;
    }
    for (int i = 0; i < literal.length(); i++) {
      if (b[pos + i] != literal.charAt(i)) {
        return false;
      }
    }
    return true;
  }

  private void expect(char c) {
    if (b[pos] != c) {
      throw GIVE_UP;
    }
    pos++;
  }
}
