package io.formd.json.canonical;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.base.ParserBase;
import java.io.IOException;
import java.util.Arrays;
import java.util.Locale;

/**
 * A parsed JSON value, as small as the canonical reader needs: objects keep their members in document order in
 * two parallel arrays, so a lookup is a short scan over (interned) names instead of a hash map per object.
 *
 * <p>Why not Jackson's {@code JsonNode}: a profile of {@link FormDJson#read(byte[])} spent about a third of its
 * time in {@code LinkedHashMap} inserts, resizes and string hashing for the tree's objects, which the mapping then
 * reads once. This tree costs an array per object and nothing else, and a lookup usually one comparison (see
 * {@link #member}). Duplicate members are kept here and refused by {@link CanonicalJsonReader}, so readers that
 * get a parser without strict duplicate detection (the {@link FormDModule} deserializer) are strict too.
 */
public final class JsonValue {

  /** The JSON type of a value, named as in error messages. */
  enum Kind {
    OBJECT, ARRAY, STRING, NUMBER, BOOLEAN, NULL;

    String label() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  private static final String[] NO_NAMES = {};
  private static final JsonValue[] NO_VALUES = {};
  static final JsonValue NULL = new JsonValue(Kind.NULL, null, false, false);
  static final JsonValue TRUE = new JsonValue(Kind.BOOLEAN, null, true, false);
  static final JsonValue FALSE = new JsonValue(Kind.BOOLEAN, null, false, false);

  final Kind kind;
  /** A string's value, or a number's text as written. */
  final String text;
  final boolean bool;
  /** For numbers: a whole number (no fraction or exponent). */
  final boolean integral;
  /** Object member names (empty for arrays), parallel to {@link #values}; both are {@link #size} long. */
  String[] names = NO_NAMES;
  JsonValue[] values = NO_VALUES;
  int size;
  /** Whether {@link #names} are interned strings, so that a reference comparison decides. */
  boolean internedNames;
  /**
   * For a located read only ({@link #readLocated}): the line and column of each member's name (objects) or
   * element (arrays), parallel to {@link #values}; null otherwise.
   */
  int[] lines;
  int[] columns;
  /** Where {@link #member} starts looking; a hint only (the tree belongs to one read, on one thread). */
  private int cursor;

  private JsonValue(Kind kind, String text, boolean bool, boolean integral) {
    this.kind = kind;
    this.text = text;
    this.bool = bool;
    this.integral = integral;
  }

  /**
   * Reads the value the parser is positioned on (or the next one, if it is on none) and everything inside it;
   * on a member name, the rest of the object that member belongs to.
   *
   * @return the value, or null at the end of input
   */
  public static JsonValue read(JsonParser parser) throws IOException {
    return read(parser, false);
  }

  /**
   * As {@link #read(JsonParser)}, for a parser whose factory has {@code INTERN_FIELD_NAMES} enabled: member
   * names are then the JVM's interned strings, the same instances as the reader's string literals, and
   * lookups compare references only.
   */
  public static JsonValue read(JsonParser parser, boolean internedNames) throws IOException {
    return read(parser, internedNames, false);
  }

  /** As {@link #read(JsonParser, boolean)}, keeping each member's and element's line and column. */
  public static JsonValue readLocated(JsonParser parser, boolean internedNames) throws IOException {
    return read(parser, internedNames, true);
  }

  private static JsonValue read(JsonParser parser, boolean internedNames, boolean located) throws IOException {
    JsonToken token = parser.currentToken();
    if (token == JsonToken.FIELD_NAME) {
      // Jackson hands a deserializer an object whose START_OBJECT it already consumed (polymorphic or buffered
      // reading) positioned on its first member: read the rest of that object.
      return new Builder(parser, internedNames, located).restOfObject(parser.currentName());
    }
    if (token == null) {
      token = parser.nextToken();
    }
    return token == null ? null : new Builder(parser, internedNames, located).value(token);
  }

  /** The most members an object may have: a Form D's largest object has fewer than 40. */
  static final int MAX_MEMBERS = 256;
  /** The most entries a list may have: the schema's longest lists hold 100 (a draft may hold a few more). */
  public static final int MAX_ELEMENTS = 10_000;

  /**
   * Collects the members of the objects and arrays being read on one stack, so that each finished container
   * gets arrays of exactly its size, allocated once.
   */
  private static final class Builder {
    private final JsonParser parser;
    private final boolean internedNames;
    private final boolean located;
    private String[] names = new String[64];
    private JsonValue[] values = new JsonValue[64];
    private int[] lines;
    private int[] columns;
    private int top;

    Builder(JsonParser parser, boolean internedNames, boolean located) {
      this.parser = parser;
      this.internedNames = internedNames;
      this.located = located;
      if (located) {
        lines = new int[64];
        columns = new int[64];
      }
    }

    /**
     * @return where the value token the parser is on starts (a member's value, an array element): line and column
     *     in one long
     */
    private long position() {
      if (parser instanceof ParserBase) {
        // The parser's own counters: no JsonLocation allocated per value. Jackson 2.20's token column counts
        // one past the token's first character (currentTokenLocation() subtracts it again).
        ParserBase base = (ParserBase) parser;
        int column = base.getTokenColumnNr() - 1;
        return (long) base.getTokenLineNr() << 32 | Math.max(column, 1) & 0xffffffffL;
      }
      JsonLocation at = parser.currentTokenLocation();
      return (long) at.getLineNr() << 32 | at.getColumnNr() & 0xffffffffL;
    }

    /** Keeps a position for the slot {@link #top}, the member or element about to be pushed. */
    private void place(long at) {
      if (top == lines.length) {
        lines = Arrays.copyOf(lines, top * 2);
        columns = Arrays.copyOf(columns, top * 2);
      }
      lines[top] = (int) (at >>> 32);
      columns[top] = (int) at;
    }

    JsonValue value(JsonToken token) throws IOException {
      switch (token) {
        case START_OBJECT:
          return restOfObject(parser.nextFieldName());
        case START_ARRAY: {
          int start = top;
          JsonToken next;
          while ((next = parser.nextToken()) != JsonToken.END_ARRAY) {
            if (top - start == MAX_ELEMENTS) {
              throw new JsonParseException(parser, "a list of more than " + MAX_ELEMENTS
                  + " entries; no list of a Form D comes near that");
            }
            long at = located ? position() : 0;
            JsonValue value = value(next);
            if (located) {
              place(at);
            }
            push(null, value);
          }
          return container(Kind.ARRAY, start);
        }
        case VALUE_STRING:
          return new JsonValue(Kind.STRING, parser.getText(), false, false);
        case VALUE_NUMBER_INT:
          return new JsonValue(Kind.NUMBER, parser.getText(), false, true);
        case VALUE_NUMBER_FLOAT:
          return new JsonValue(Kind.NUMBER, parser.getText(), false, false);
        case VALUE_TRUE:
          return TRUE;
        case VALUE_FALSE:
          return FALSE;
        case VALUE_NULL:
          return NULL;
        default:
          // Embedded objects only come from non-JSON token sources (a TokenBuffer); canonical JSON has none.
          throw new JsonParseException(parser, "unexpected token " + token);
      }
    }

    /** Reads an object's members from {@code name} (the current member's, or null at its end) to its end. */
    JsonValue restOfObject(String name) throws IOException {
      int start = top;
      for (String member = name; member != null; member = parser.nextFieldName()) {
        if (top - start == MAX_MEMBERS) {
          // No object of a Form D has more than a few dozen members: stop before a hostile one costs time and memory.
          throw new JsonParseException(parser, "an object with more than " + MAX_MEMBERS
              + " members; no object of a Form D has that many");
        }
        JsonToken token = parser.nextToken();
        long at = located ? position() : 0;
        JsonValue value = value(token);
        if (located) {
          place(at);
        }
        push(member, value);
      }
      return container(Kind.OBJECT, start);
    }

    private void push(String name, JsonValue value) {
      if (top == values.length) {
        names = Arrays.copyOf(names, top * 2);
        values = Arrays.copyOf(values, top * 2);
      }
      names[top] = name;
      values[top++] = value;
    }

    private JsonValue container(Kind kind, int start) {
      JsonValue container = new JsonValue(kind, null, false, false);
      container.internedNames = internedNames;
      int size = top - start;
      if (size > 0) {
        container.values = Arrays.copyOfRange(values, start, top);
        if (kind == Kind.OBJECT) {
          container.names = Arrays.copyOfRange(names, start, top);
        }
        if (located) {
          container.lines = Arrays.copyOfRange(lines, start, top);
          container.columns = Arrays.copyOfRange(columns, start, top);
        }
      }
      container.size = size;
      top = start;
      return container;
    }
  }

  boolean isObject() {
    return kind == Kind.OBJECT;
  }

  boolean isArray() {
    return kind == Kind.ARRAY;
  }

  boolean isString() {
    return kind == Kind.STRING;
  }

  /** @return whether this is the string {@code literal} */
  boolean isString(String literal) {
    return kind == Kind.STRING && text.equals(literal);
  }

  /**
   * A member called {@code name} (the only one, once {@link CanonicalJsonReader} has refused duplicates). The
   * scan starts after the member found last and wraps around: the reader asks for members in about the order
   * the writer wrote them, so most lookups take one comparison.
   *
   * @return the member's value, or null (for absent members and non-objects)
   */
  JsonValue member(String name) {
    if (kind != Kind.OBJECT) {
      return null;
    }
    String[] n = names;
    int from = cursor;
    if (internedNames) {
      // The caller's name is a literal, hence interned too (a non-interned one would only ever miss here).
      for (int i = from; i < size; i++) {
        if (n[i] == name) {
          return found(i);
        }
      }
      for (int i = 0; i < from; i++) {
        if (n[i] == name) {
          return found(i);
        }
      }
      return null;
    }
    for (int i = from; i < size; i++) {
      if (n[i].equals(name)) {
        return found(i);
      }
    }
    for (int i = 0; i < from; i++) {
      if (n[i].equals(name)) {
        return found(i);
      }
    }
    return null;
  }

  private JsonValue found(int i) {
    cursor = i + 1;
    return values[i];
  }
}
