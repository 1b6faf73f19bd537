package io.formd.json.xml;

import com.ctc.wstx.api.WstxInputProperties;
import com.ctc.wstx.exc.WstxLazyException;
import com.ctc.wstx.stax.WstxInputFactory;
import io.formd.core.fields.Applicability;
import io.formd.core.fields.Field;
import io.formd.core.fields.internal.Binding;
import io.formd.core.fields.FormDFields;
import io.formd.core.fields.Kind;
import io.formd.core.model.Dialect;
import io.formd.core.model.DocumentFacts;
import io.formd.core.model.ElectronicFormD;
import io.formd.core.model.Issuer;
import io.formd.core.model.OfferingAmount;
import io.formd.core.model.Recorded;
import io.formd.core.model.SolicitationState;
import io.formd.core.model.StatesOfSolicitation;
import io.formd.core.model.UnknownCodeException;
import io.formd.core.model.UsdAmount;
import io.formd.core.model.YearOfIncorporation;
import io.formd.json.FormDReadException;
import io.formd.json.internal.Lexical;
import io.formd.json.internal.ReadFailure;
import io.formd.json.internal.ReadProblems;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import javax.xml.stream.Location;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import org.codehaus.stax2.XMLStreamReader2;

/**
 * Reads an EDGAR Form D primary document ({@code edgarSubmission}, schema versions X0301 to X0808) straight
 * from an XML event stream into an {@link ElectronicFormD}, without an intermediate tree, as the field table
 * ({@link FormDFields#electronic()}) describes it: each element's row says what it holds ({@code Kind}), how a
 * value goes into the model (the row's setter and builder) and what the model holds when a document lacks it.
 * Read plans (element name to row) are built once from the table. The irregular elements keep small codecs here:
 * the interleaved {@code state}/{@code description} pairs, {@code yearOfInc}'s one-of-three flags, and the
 * {@code None} and {@code All States} values.
 *
 * <p>Reads whatever the model can hold (a missing element the model holds as optional or as an empty text, cents,
 * a three-digit year, a paper-only code), so the rules report it. An element the schema does not allow where it
 * stands, a missing element the model requires, a repeated single element, an unknown code, a malformed value,
 * or text mixed with elements is a {@link FormDReadException} naming the element and its line. Lenient only
 * where EDGAR's own documents need it: sibling order is free (X0301 ordered some differently), and an empty
 * element ({@code <x></x>}) says nothing, as if absent (but for a required one the model can hold empty, a
 * recipient's states of solicitation). Safe: no DTD, no external entity or resolver, no entity expansion,
 * bounded depth, text and element count.
 *
 * <p>The events come from one of two cursors ({@link XmlCursor}): {@link ByteXmlCursor} over the bytes of a
 * well-formed UTF-8 document, which reads plain XML only and gives up on anything else, and Woodstox, which reads
 * the document again whenever the fast path gives up or this reader refuses what it read. So what is refused, and
 * every message and position in it, comes from Woodstox's reading; the fast path only ever makes a good document
 * quicker to read.
 */
public final class EdgarXmlReader {

  private static final int MAX_DEPTH = 32;
  /** The longest text read: Woodstox bounds each event, and the events of one text are joined here. */
  private static final int MAX_TEXT = 64 * 1024;

  /** Woodstox, made the first time a document needs it: the byte reader takes nearly every filing without it. */
  private static final class Stax {
    static final XMLInputFactory FACTORY = createFactory();
  }

  /** The read plan of the root element: the shared one, or one built anew for a test. */
  private final Plan plan;
  private final XmlCursor r;
  private final byte[] bytes;
  private final int offsetLines;
  /** Where each element starts, when the caller asked for a located read; null otherwise. */
  private final XmlSourceMap positions;
  /** The source map's entry of the element the cursor last entered (located reads only). */
  private int entered;
  private String decoded;

  /** Processing instructions met, as "target data"; null until one is. */
  private List<String> instructions;
  /** Schema violations read past (elements out of order, m#11's list missing); null until one is. */
  private List<DocumentFacts.SchemaProblem> problems;
  /** Values the model cannot hold, each read past so that one run names them all. */
  private final ReadProblems badValues = new ReadProblems();

  private EdgarXmlReader(XmlCursor reader, byte[] bytes, int offsetLines, XmlSourceMap positions, Plan plan) {
    this.plan = plan;
    this.r = reader;
    this.bytes = bytes;
    this.offsetLines = offsetLines;
    this.positions = positions;
    if (positions != null) {
      positions.source(bytes, offsetLines);
    }
  }

  private static XMLInputFactory createFactory() {
    WstxInputFactory factory = new WstxInputFactory();
    factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    factory.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
    // Not coalescing: text() joins the events of one text itself, and Woodstox is faster without it.
    factory.setProperty(XMLInputFactory.IS_COALESCING, false);
    factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
    factory.setProperty(WstxInputProperties.P_MAX_ELEMENT_DEPTH, MAX_DEPTH);
    factory.setProperty(WstxInputProperties.P_MAX_TEXT_LENGTH, MAX_TEXT);
    factory.setProperty(WstxInputProperties.P_MAX_ATTRIBUTE_SIZE, 4096);
    factory.setProperty(WstxInputProperties.P_MAX_ATTRIBUTES_PER_ELEMENT, 32);
    factory.setProperty(WstxInputProperties.P_MAX_ENTITY_COUNT, 1);
    factory.setProperty(WstxInputProperties.P_MAX_ENTITY_DEPTH, 1);
    factory.setProperty(WstxInputProperties.P_MAX_ELEMENT_COUNT, 1_000_000L);
    factory.setXMLResolver((publicId, systemId, baseUri, namespace) -> {
      throw new XMLStreamException("external resource '" + systemId
          + "' refused: formd never reads files or the network");
    });
    return factory;
  }

  /**
   * @param body the document from its first non-whitespace byte
   * @param offsetLines lines skipped before {@code body} began (for honest line numbers)
   */
  public static ElectronicFormD read(byte[] body, int offsetLines) throws FormDReadException {
    return read(body, offsetLines, null);
  }

  /**
   * @param positions where to record each element's position, or null for a plain read
   */
  public static ElectronicFormD read(byte[] body, int offsetLines, XmlSourceMap positions) throws FormDReadException {
    return read(body, offsetLines, positions, ROOT);
  }

  /**
   * As {@link #read(byte[], int, XmlSourceMap)}, for a document known to be well-formed UTF-8: tries the fast path
   * ({@link ByteXmlCursor}) first, and reads through Woodstox whenever it gives up or the document is refused, so
   * that what is refused, and every message, is Woodstox's reading's.
   */
  public static ElectronicFormD readUtf8(byte[] body, int offsetLines, XmlSourceMap positions)
      throws FormDReadException {
    ElectronicFormD fast = fast(body, offsetLines, positions, ROOT);
    return fast != null ? fast : read(body, offsetLines, positions, ROOT);
  }

  /** @return the filing read by the fast path, or null when Woodstox must read the document */
  static ElectronicFormD fast(byte[] body, int offsetLines, XmlSourceMap positions, Plan plan) {
    try {
      return new EdgarXmlReader(new ByteXmlCursor(body, positions != null, MAX_DEPTH, MAX_TEXT), body, offsetLines,
          positions, plan).whole();
    } catch (RuntimeException | XMLStreamException e) {
      // The cursor gave up (or ran off the end of a truncated document), or the reader refused what it read.
      if (positions != null) {
        positions.clear();
      }
      return null;
    }
  }

  /**
   * Reads the filing of lines without writing or parsing their text: the same filing {@code FormDXml.read} gives of
   * {@link XmlLines#text()}, or null when only reading the text can say it (a character outside printable ASCII, a
   * value or structure the reader refuses, an element out of the schema's order, whose position the text gives), so
   * that every problem and its place come from the text's reading.
   *
   * @param lines the document's lines
   * @return the filing, or null: read {@link XmlLines#text()} instead
   */
  public static ElectronicFormD read(XmlLines lines) {
    if (!lines.plain()) {
      return null;
    }
    try {
      ElectronicFormD filing = new EdgarXmlReader(lines.cursor(), NO_BYTES, 0, null, ROOT).whole();
      return filing != null && filing.documentFacts().schemaProblems().isEmpty() ? filing : null;
    } catch (RuntimeException | XMLStreamException e) {
      return null;
    }
  }

  private static final byte[] NO_BYTES = new byte[0];

  /**
   * Reads with a read plan built anew from the field table, not the shared one: for tests of the plan's derivation
   * (the shared plan is built once, when the class is loaded).
   */
  static ElectronicFormD readWithNewPlan(byte[] body) throws FormDReadException {
    return read(body, 0, null, new Plan(FormDFields.electronic()));
  }

  private static ElectronicFormD read(byte[] body, int offsetLines, XmlSourceMap positions, Plan plan)
      throws FormDReadException {
    XmlCursor reader = null;
    EdgarXmlReader self = null;
    try {
      reader = new XmlCursor.Woodstox((XMLStreamReader2) Stax.FACTORY.createXMLStreamReader(
          new ByteArrayInputStream(body)));
      self = new EdgarXmlReader(reader, body, offsetLines, positions, plan);
      return self.whole();
    } catch (ReadFailure failure) {
      // The values read past before a problem that ends reading are named with it, in document order.
      throw self == null ? failure.error : self.badValues.endedBy(failure.error);
    } catch (WstxLazyException e) {
      // Woodstox reports some errors (a character reference to U+0001, say) lazily, unchecked, from getText().
      throw malformed(e.getCause() instanceof XMLStreamException ? (XMLStreamException) e.getCause()
          : new XMLStreamException(e.getMessage()), offsetLines);
    } catch (XMLStreamException e) {
      throw malformed(e, offsetLines);
    } finally {
      if (reader != null) {
        try {
          reader.close();
        } catch (XMLStreamException ignored) {
          // nothing to release beyond the in-memory stream
        }
      }
    }
  }

  private static FormDReadException malformed(XMLStreamException e, int offsetLines) {
    Location at = e.getLocation();
    String message = e.getMessage() == null ? "malformed XML" : e.getMessage();
    int newline = message.indexOf("\n at [");
    message = newline > 0 ? message.substring(0, newline) : message;
    message = message.replaceFirst("^ParseError at \\[row,col\\]:\\[\\d+,\\d+\\]\\s*Message:\\s*", "");
    return FormDReadException.atXml("malformed XML: " + message.trim(),
        at == null ? 0 : at.getLineNumber() + offsetLines, at == null ? 0 : at.getColumnNumber(), e);
  }

  // ---- the cursor ----

  /** The element being read: its name, where it starts, and the single children already met. */
  private final class Frame {
    final String name;
    final long start;
    /** The element's entry in the source map (located reads only). */
    final int entry;
    /** The single children met, by their slot's index in the plan. */
    private long seenSlots;
    boolean any;

    Frame() {
      this.name = r.getLocalName();
      this.start = r.offset();
      this.entry = entered;
    }

    /** Records a child that may appear at most once. */
    void once(Slot slot, long at) {
      long bit = 1L << slot.index;
      if ((seenSlots & bit) != 0) {
        throw bad(at, "<" + slot.name + "> appears twice in <" + name + ">; expected at most once");
      }
      seenSlots |= bit;
    }

    /** Advances to the next child element (true) or the end of this element (false). */
    boolean next() throws XMLStreamException {
      while (true) {
        switch (r.next()) {
          case XMLStreamConstants.START_ELEMENT:
            any = true;
            plainElement(false);
            if (positions != null) {
              entered = positions.add(entry, r.getLocalName(), offset());
            }
            return true;
          case XMLStreamConstants.END_ELEMENT:
            return false;
          case XMLStreamConstants.CHARACTERS:
          case XMLStreamConstants.CDATA:
          case XMLStreamConstants.SPACE:
            if (!r.isWhiteSpace()) {
              throw bad(offset(), "text '" + shorten(r.getText().trim()) + "' mixed with elements in <" + name + ">");
            }
            break;
          case XMLStreamConstants.ENTITY_REFERENCE:
            throw bad(offset(), "entity reference &" + r.getLocalName() + "; is not allowed (only the five XML "
                + "entities and character references are)");
          case XMLStreamConstants.PROCESSING_INSTRUCTION:
            instruction();
            break;
          default:
            break;
        }
      }
    }

    ReadFailure unexpected(String... allowed) {
      return bad(offset(), "unexpected element <" + r.getLocalName() + "> in <" + name + ">; expected "
          + String.join(", ", allowed));
    }
  }

  private long offset() {
    return r.offset();
  }

  /**
   * The text of the simple element the cursor is on, trimmed; ends on its END_ELEMENT. For codes, booleans,
   * dates and numbers, whose XSD types collapse whitespace.
   */
  private String text() throws XMLStreamException {
    return text(true);
  }

  /**
   * The text of the simple element the cursor is on, trimmed only for non-string types: the schema's string
   * types ({@code xs:string} restrictions) preserve whitespace, so free texts keep what the filer wrote.
   */
  private String text(boolean trim) throws XMLStreamException {
    String name = r.getLocalName();
    long at = offset();
    String first = null;
    StringBuilder more = null;
    while (true) {
      switch (r.next()) {
        case XMLStreamConstants.CHARACTERS:
        case XMLStreamConstants.CDATA:
        case XMLStreamConstants.SPACE:
          if (first == null) {
            first = r.getText();
          } else {
            if (more == null) {
              more = new StringBuilder(first);
            }
            r.appendText(more);
            if (more.length() > MAX_TEXT) {
              throw bad(at, "the text of <" + name + "> is longer than " + MAX_TEXT + " characters; no element of "
                  + "a Form D holds more than 255");
            }
          }
          break;
        case XMLStreamConstants.START_ELEMENT:
          throw bad(at, "expected text in <" + name + ">, found the element <" + r.getLocalName() + ">");
        case XMLStreamConstants.END_ELEMENT:
          String all = more != null ? more.toString() : first == null ? "" : first;
          return trim ? all.trim() : all;
        case XMLStreamConstants.ENTITY_REFERENCE:
          throw bad(offset(), "entity reference &" + r.getLocalName() + "; is not allowed (only the five XML "
              + "entities and character references are)");
        case XMLStreamConstants.PROCESSING_INSTRUCTION:
          instruction();
          break;
        default:
          break;
      }
    }
  }

  /** Keeps the processing instruction the cursor is on: the model has no place for it, EDGAR suspends it. */
  private void instruction() {
    if (instructions == null) {
      instructions = new ArrayList<>(2);
    }
    instructions.add(Lexical.shorten(r.processingInstruction()));
  }

  private void problem(String path, long at, String message) {
    if (problems == null) {
      problems = new ArrayList<>(2);
    }
    int[] line = lineAndColumn(at);
    problems.add(new DocumentFacts.SchemaProblem(path, message + " (line " + line[0] + ", column "
        + line[1] + ")"));
  }

  /** The model path of a row, cut before its first list index: the part the reader can name without counting. */
  private static String pathOf(Field row) {
    String path = row.path();
    int list = path.indexOf("[]");
    return list < 0 ? path : path.substring(0, list);
  }

  /**
   * A value the model cannot hold, in an element otherwise read whole: the reader notes it and goes on (the element
   * says nothing), so that one run names every such value; {@link #read} throws them together at the end.
   */
  private static final class BadValue extends RuntimeException {
    private static final long serialVersionUID = 1L;
    final transient FormDReadException error;

    BadValue(FormDReadException error) {
      super(error.getMessage(), null, false, false);
      this.error = error;
    }
  }

  private BadValue badValue(long at, String problem) {
    return new BadValue(bad(at, problem).error);
  }

  private boolean bool(String child, long at, String text) {
    switch (text) {
      case "true":
        return true;
      case "false":
        return false;
      default:
        throw badValue(at, "expected true or false in <" + child + ">, found '" + shorten(text) + "'");
    }
  }

  private <T> T code(String child, long at, String text, Function<String, T> lookup) {
    try {
      return lookup.apply(text);
    } catch (UnknownCodeException e) {
      throw badValue(at, "unknown code in <" + child + ">: " + e.getMessage());
    }
  }

  /**
   * Dollars as digits, with cents when the filer gave them (the schema wants whole dollars; rule D-XSD-AMOUNTS
   * says so): what {@link UsdAmount} can hold is read, anything else is refused.
   */
  private UsdAmount dollars(String child, long at, String text, String orElse) {
    int dot = text.indexOf('.');
    boolean digits = dot < 0 ? Lexical.isDigits(text, 1, 30)
        : Lexical.isDigits(text.substring(0, dot), 1, 30) && Lexical.isDigits(text.substring(dot + 1), 1, 2);
    if (!digits) {
      throw badValue(at, "expected a number of dollars (digits, and at most two decimals)" + orElse + " in <" + child
          + ">, found '" + shorten(text) + "'");
    }
    return UsdAmount.parse(text);
  }

  // ---- the document ----

  /** The document read to its end; the values read past, if any, thrown together. */
  private ElectronicFormD whole() throws XMLStreamException {
    ElectronicFormD filing = document();
    badValues.throwIfAny();
    return filing;
  }

  private ElectronicFormD document() throws XMLStreamException {
    while (true) {
      int event = r.next();
      if (event == XMLStreamConstants.DTD) {
        throw bad(offset(), "a document type declaration (DTD) is not allowed in a Form D");
      }
      if (event == XMLStreamConstants.START_ELEMENT) {
        break;
      }
      if (event == XMLStreamConstants.PROCESSING_INSTRUCTION) {
        instruction();
      }
      if (event == XMLStreamConstants.END_DOCUMENT) {
        throw new ReadFailure(FormDReadException.atXml("the document has no root element; expected <edgarSubmission>",
            0, 0,
            null));
      }
    }
    if (!r.getLocalName().equals("edgarSubmission")) {
      throw bad(offset(), "not a Form D: the root element is <" + r.getLocalName() + ">, expected <edgarSubmission>");
    }
    plainElement(true);
    if (positions != null) {
      entered = positions.add(-1, "edgarSubmission", offset());
    }
    ElectronicFormD filing = submission();
    while (r.hasNext()) {
      int event = r.next();
      if (event == XMLStreamConstants.START_ELEMENT) {
        throw bad(offset(), "a second root element <" + r.getLocalName() + ">");
      }
      if (event == XMLStreamConstants.PROCESSING_INSTRUCTION) {
        instruction();
      }
    }
    if (filing == null) {
      return null;
    }
    List<String> discarded = Dialect.of(filing) == Dialect.SUBMISSION
        ? discardedBySubmission(filing) : List.of();
    if (instructions != null || problems != null || !discarded.isEmpty()) {
      filing = ElectronicFormD.builder().from(filing).documentFacts(new DocumentFacts("",
          Optional.empty(), instructions == null ? List.of() : instructions,
          problems == null ? List.of() : problems, discarded)).build();
    }
    return filing;
  }

  /** The elements a submission gave that EDGAR discards or fills from its records (§5.2, §5.3, §3.3 o#3, o#4). */
  private static List<String> discardedBySubmission(ElectronicFormD filing) {
    List<String> discarded = new ArrayList<>(0);
    if (filing.schemaVersion().isPresent()) {
      discarded.add("schemaVersion");
    }
    for (Issuer issuer : filing.issuers()) {
      if (!issuer.name().isEmpty() && !discarded.contains("entityName")) {
        discarded.add("entityName");
      }
      if (issuer.jurisdictionOfIncorporation().isPresent() && !discarded.contains("jurisdictionOfInc")) {
        discarded.add("jurisdictionOfInc");
      }
      if (issuer.edgarPreviousNames().isPresent() && !discarded.contains("edgarPreviousNameList")) {
        discarded.add("edgarPreviousNameList");
      }
    }
    return discarded;
  }

  // ---- the document, read as the field table describes it ----

  /**
   * How to read the children of one element: each child element's row, and the plan of each child that holds
   * other elements. Built once from {@link FormDFields#electronic()}.
   */
  private static final class Plan {
    final Field row;
    final Binding bind;
    /**
     * The child elements' names (interned, as Woodstox's are, so a scan comparing references usually decides; also
     * what an unexpected element's message lists) and their slots, in the table's order.
     */
    final String[] names;
    final Slot[] slots;
    /** For a row that builds a model value: the rows below it (through wrappers) that set a part of it. */
    final List<Binding> parts = new ArrayList<>();
    /** Whether the model value is a states-of-solicitation list, whose pairs are flushed at its end. */
    final boolean statesList;
    final boolean yearOfInc;
    /** The parts a document may lack that the model holds as an empty answer, and those answers. */
    final int[] missingParts;
    final Object[] missingValues;
    /** The one part (if any) set as a whole list when the value is built (a person's relationships). */
    final Binding wholeList;
    /** The slot of the child the schema requires even empty (m#11: salesCompensationList), or -1. */
    final int requiredEvenEmpty;

    Plan(Field row) {
      this.row = row;
      this.bind = Binding.of(row);
      List<Slot> slots = new ArrayList<>();
      addChildren(row, slots);
      if (slots.size() > 64) {
        throw new IllegalStateException(row + " has more than 64 child elements");
      }
      this.slots = slots.toArray(new Slot[0]);
      this.names = slots.stream().map(slot -> slot.name.intern()).toArray(String[]::new);
      if (bind.builds()) {
        collectParts(row, parts);
        numberParts(this);
      }
      List<Integer> missing = new ArrayList<>();
      Binding whole = null;
      for (int i = 0; i < parts.size(); i++) {
        if (parts.get(i).missingValue().isPresent()) {
          missing.add(i);
        }
        if (parts.get(i).setsWholeList()) {
          whole = parts.get(i);
        }
      }
      this.missingParts = missing.stream().mapToInt(Integer::intValue).toArray();
      this.missingValues = missing.stream().map(i -> parts.get(i).missingValue().orElseThrow()).toArray();
      this.wholeList = whole;
      int required = -1;
      for (Slot slot : this.slots) {
        if (!slot.paired && slot.field.forD() == Applicability.M11) {
          required = slot.index;
        }
      }
      this.requiredEvenEmpty = required;
      Object sample = bind.builds() ? bind.newBuilder() : null;
      this.statesList = sample instanceof StatesOfSolicitation.Builder;
      this.yearOfInc = sample instanceof YearOfIncorporation.Builder;
    }

    private static void addChildren(Field holder, List<Slot> slots) {
      for (Field child : holder.children()) {
        if (child.element().isEmpty()) {
          // A model-only list (states of solicitation): its elements are this element's children, paired.
          for (Field pair : child.children()) {
            slots.add(new Slot(pair, null, true, slots.size()));
          }
          continue;
        }
        slots.add(new Slot(child, child.kind().holdsFields() ? new Plan(child) : null, false, slots.size()));
      }
    }

    /** @return the slot of the child element so named, or null */
    Slot slot(String name) {
      String[] n = names;
      for (int i = 0; i < n.length; i++) {
        if (n[i] == name) {
          return slots[i];
        }
      }
      for (int i = 0; i < n.length; i++) {
        if (n[i].equals(name)) {
          return slots[i];
        }
      }
      return null;
    }

    /** Gives each slot that sets a part of this plan's value its part's index, through wrappers. */
    private void numberParts(Plan plan) {
      for (Slot slot : plan.slots) {
        int index = parts.indexOf(slot.bind);
        if (index >= 0) {
          if (index >= 64) {
            throw new IllegalStateException(row + " has more than 64 parts");
          }
          slot.partIndex = index;
        }
        if (slot.kind == Kind.WRAPPER && !slot.fromRoot && slot.plan != null) {
          numberParts(slot.plan);
        }
      }
    }

    private static void collectParts(Field holder, List<Binding> parts) {
      for (Field child : holder.children()) {
        Binding bound = Binding.of(child);
        if (bound.settable() || bound.setsWholeList()) {
          parts.add(bound);
        }
        if (child.kind() == Kind.WRAPPER && !bound.fromRoot()) {
          collectParts(child, parts);
        }
      }
    }
  }

  /** One child element of a plan: its row, and what reading it needs, looked up once. */
  private static final class Slot {
    final Field field;
    final Binding bind;
    final Kind kind;
    final Plan plan;
    final boolean paired;
    final boolean list;
    final boolean fromRoot;
    final boolean noneWhenAbsent;
    final boolean hasMissingValue;
    final boolean wholeList;
    final boolean mandatory;
    final Object constant;
    final String name;
    final int index;
    /** The index of the part of the value being built that this slot sets, or -1. */
    int partIndex = -1;

    Slot(Field field, Plan plan, boolean paired, int index) {
      this.field = field;
      this.name = field.element().orElseThrow();
      this.index = index;
      this.kind = field.kind();
      this.plan = plan;
      this.paired = paired;
      this.list = field.isList();
      this.bind = Binding.of(field);
      this.fromRoot = bind.fromRoot();
      this.noneWhenAbsent = bind.noneWhenAbsent();
      this.hasMissingValue = bind.missingValue().isPresent();
      this.wholeList = bind.setsWholeList();
      this.mandatory = field.forD().mandatory();
      this.constant = bind.constant().orElse(null);
    }
  }

  static final Plan ROOT = new Plan(FormDFields.electronic());

  /** What is being built for one row that builds a model value: its builder and what was set. */
  private static final class Building {
    final Plan plan;
    final Object builder;
    final long start;
    final String element;
    /** The parts set, by index in the plan's parts (for the missing-value defaults). */
    long set;
    List<Object> list;
    int kinds;
    SolicitationState pendingState;
    String pendingStateDescription;

    /** How many bad values the read had noted when this element began. */
    int badValuesBefore;

    Building(Plan plan, Object builder, long start, String element) {
      this.plan = plan;
      this.builder = builder;
      this.start = start;
      this.element = element;
    }

    void set(Slot slot, Object value) {
      Binding field = slot.bind;
      if (slot.wholeList) {
        if (list == null) {
          list = new ArrayList<>(3);
        }
        list.add(value);
        return;
      }
      field.set(builder, value);
      if (slot.hasMissingValue && slot.partIndex >= 0) {
        set |= 1L << slot.partIndex;
      }
    }
  }

  private static final String XSI = "http://www.w3.org/2001/XMLSchema-instance";

  /**
   * Refuses what the model could only drop: an element in a namespace (a Form D's elements have none, so such a
   * document is not a Form D), and an attribute (the schema has none; the root may carry the schema instance's,
   * such as {@code xsi:noNamespaceSchemaLocation}, which say nothing of the filing).
   */
  private void plainElement(boolean root) {
    String namespace = r.getNamespaceURI();
    if (namespace != null && !namespace.isEmpty()) {
      throw bad(offset(), "<" + r.getLocalName() + "> is in the namespace " + namespace + "; the elements of a Form D "
          + "have no namespace, so this is not a Form D");
    }
    for (int i = 0; i < r.getAttributeCount(); i++) {
      if (root && XSI.equals(r.getAttributeNamespace(i))) {
        continue;
      }
      String prefix = r.getAttributePrefix(i);
      String name = (prefix == null || prefix.isEmpty() ? "" : prefix + ":") + r.getAttributeLocalName(i);
      throw bad(offset(), "the attribute " + name + "=\"" + shorten(r.getAttributeValue(i)) + "\" on <"
          + r.getLocalName() + "> is not part of a Form D (the schema has no attributes); formd will not drop it "
          + "silently");
    }
  }

  private ElectronicFormD submission() throws XMLStreamException {
    Frame f = new Frame();
    Building root = new Building(plan, plan.bind.newBuilder(), f.start, "edgarSubmission");
    root.badValuesBefore = badValues.count();
    read(f, plan, root, root);
    return (ElectronicFormD) build(root, f);
  }

  /** Reads the children of the element {@code frame} is on, whose plan is {@code plan}, into {@code into}. */
  private void read(Frame frame, Plan plan, Building into, Building root) throws XMLStreamException {
    int last = -1;
    String lastName = null;
    while (frame.next()) {
      String name = r.getLocalName();
      Slot slot = plan.slot(name);
      if (slot == null) {
        throw frame.unexpected(plan.names);
      }
      if (!slot.paired) {
        // The schema's xs:sequence: a child before one that comes earlier in the table is out of order. It is read
        // (X0301 documents EDGAR published have other orders), and kept as a fact for the submission profile.
        if (slot.index < last) {
          problem(pathOf(slot.field), offset(), "<" + name + "> comes after <" + lastName + "> in <" + frame.name
              + ">; the schema's order puts it before");
        } else {
          last = slot.index;
          lastName = name;
        }
      }
      Building target = slot.fromRoot ? root : into;
      if (slot.paired) {
        pair(target);
        continue;
      }
      switch (slot.kind) {
        case WRAPPER -> {
          frame.once(slot, offset());
          Frame wrapper = new Frame();
          read(wrapper, slot.plan, target, root);
        }
        case GROUP -> {
          if (!slot.list) {
            frame.once(slot, offset());
          }
          Frame group = new Frame();
          Plan groupPlan = slot.plan;
          Building building = new Building(groupPlan, slot.bind.newBuilder(), group.start, name);
          building.badValuesBefore = badValues.count();
          read(group, groupPlan, building, root);
          if (group.any) {
            Object value = build(building, group);
            if (value != null) {
              target.set(slot, value);
            }
          } else if (slot.mandatory) {
            // An empty element says nothing, but where the schema requires the element and the model can hold
            // it empty (a recipient's states of solicitation), the empty value is what was written.
            Object empty = buildIfPossible(building, group);
            if (empty != null) {
              target.set(slot, empty);
            }
          }
        }
        // A simple element: leaf()'s switch expression says how each kind is read.
        case TEXT, CODE, BOOLEAN, FLAG, AMOUNT, OFFERING_AMOUNT, COUNT, DATE, YEAR, YEAR_MONTH, MARK, STATED_AMOUNT,
            STATED_COUNT, YEAR_KIND, SECURITY_TYPE, NONE, ALL_STATES -> leaf(frame, slot, target);
      }
    }
    if (plan.requiredEvenEmpty >= 0 && (frame.seenSlots & (1L << plan.requiredEvenEmpty)) == 0) {
      Slot missing = plan.slots[plan.requiredEvenEmpty];
      problem(pathOf(missing.field), frame.start, "<" + frame.name + "> has no <" + missing.name + ">, which the "
          + "schema requires even when empty (technical specification v13 §3.3 m#11)");
    }
  }

  /** One simple element: its text read as the row's kind says, and set in the model unless it says nothing. */
  private void leaf(Frame frame, Slot slot, Building target) throws XMLStreamException {
    String name = r.getLocalName();
    long at = offset();
    if (!slot.list) {
      frame.once(slot, at);
    }
    Object value;
    try {
      value = value(frame, slot, target, name, at);
    } catch (BadValue bad) {
      badValues.readPast(bad.error);
      return;
    }
    if (value != null) {
      target.set(slot, value);
    }
  }

  /** The value of the simple element the cursor is on, as its row's kind says; null if it says nothing. */
  private Object value(Frame frame, Slot slot, Building target, String name, long at) throws XMLStreamException {
    Field child = slot.field;
    return switch (slot.kind) {
      case TEXT -> {
        String text = text(false);
        // A CRD number or broker-dealer written empty is kept empty (a rule reports it), never read as None.
        yield slot.noneWhenAbsent ? (text.equals("None") ? null : text) : text.isEmpty() ? null : text;
      }
      case CODE -> {
        String text = text();
        yield text.isEmpty() ? null : parse(slot.bind, name, at, text);
      }
      case BOOLEAN -> {
        String text = text();
        yield text.isEmpty() ? null : bool(name, at, text);
      }
      case FLAG -> isTrue(name, at) ? Boolean.TRUE : null;
      case SECURITY_TYPE -> isTrue(name, at) ? slot.constant : null;
      case YEAR_KIND -> {
        Object kind = isTrue(name, at) ? slot.constant : null;
        if (kind != null) {
          target.kinds++;
        }
        yield kind;
      }
      case AMOUNT -> {
        String text = text();
        yield text.isEmpty() ? null : dollars(name, at, text, "");
      }
      case OFFERING_AMOUNT -> {
        String text = text();
        yield text.isEmpty() ? null : text.equals(OfferingAmount.INDEFINITE_LITERAL) ? OfferingAmount.INDEFINITE
            : OfferingAmount.of(dollars(name, at, text, " or 'Indefinite'"));
      }
      case COUNT -> {
        String text = text();
        if (!text.isEmpty() && !Lexical.isDigits(text, 1, 18)) {
          throw badValue(at, "expected a number (digits only) in <" + name + ">, found '" + shorten(text) + "'");
        }
        yield text.isEmpty() ? null : Long.parseLong(text);
      }
      case DATE -> {
        String text = text();
        Object date = text.isEmpty() ? null : Lexical.date(text);
        if (!text.isEmpty() && date == null) {
          throw badValue(at, "expected a date YYYY-MM-DD in <" + name + ">, found '" + shorten(text) + "'");
        }
        yield date;
      }
      case YEAR -> {
        // The schema wants four digits 2xxx (rule D-XSD-YEAR-OF-INC); any year a number can hold is read.
        String text = text();
        if (!text.isEmpty() && !Lexical.isDigits(text, 1, 9)) {
          throw badValue(at, "expected a year (digits) in <" + name + ">, found '" + shorten(text) + "'");
        }
        yield text.isEmpty() ? null : Year.of(Integer.parseInt(text));
      }
      case NONE, ALL_STATES -> {
        String text = text();
        String literal = slot.kind == Kind.NONE ? "None" : "All States";
        if (!text.isEmpty() && !text.equals(literal)) {
          throw badValue(at, "expected <" + name + ">" + literal + "</" + name + "> in <" + frame.name + ">, found '"
              + shorten(text) + "'");
        }
        yield text.isEmpty() ? null : Boolean.TRUE;
      }
      // Groups and wrappers are read by read(); the paper edition's kinds have no XML element.
      case GROUP, WRAPPER, YEAR_MONTH, MARK, STATED_AMOUNT, STATED_COUNT ->
        throw new IllegalStateException("no XML reading for " + child.kind() + " (" + child + ")");
    };
  }

  /** A code, looked up by the row (no lambda captured per element). */
  private Object parse(Binding child, String name, long at, String text) {
    try {
      return child.parse(text);
    } catch (UnknownCodeException e) {
      throw badValue(at, "unknown code in <" + name + ">: " + e.getMessage());
    }
  }

  /** An {@code IS_TRUE_TYPE} flag: absent, empty, or {@code true}. */
  private boolean isTrue(String name, long at) throws XMLStreamException {
    String text = text();
    if (!text.isEmpty() && !text.equals("true")) {
      throw badValue(at, "<" + name + "> is either absent or 'true', found '" + shorten(text) + "'");
    }
    return !text.isEmpty();
  }

  /**
   * The interleaved {@code state} and {@code description} elements of a states-of-solicitation list keep their
   * pairing: a description belongs to the state before it.
   */
  private void pair(Building list) throws XMLStreamException {
    String name = r.getLocalName();
    long at = offset();
    if (name.equals("state")) {
      String text = text();
      if (text.isEmpty()) {
        return;
      }
      flushState(list);
      try {
        list.pendingState = code(name, at, text, SolicitationState::fromEdgar);
      } catch (BadValue bad) {
        badValues.readPast(bad.error);
      }
      return;
    }
    String text = text(false);
    if (list.pendingState == null) {
      if (text.isEmpty()) {
        return;
      }
      throw bad(at, "<description> '" + shorten(text) + "' does not follow a <state>");
    }
    list.pendingStateDescription = text.isEmpty() ? null : text;
    flushState(list);
  }

  private static void flushState(Building list) {
    if (list.pendingState != null) {
      ((StatesOfSolicitation.Builder) list.builder).addState(StatesOfSolicitation.Entry.of(list.pendingState,
          Optional.ofNullable(list.pendingStateDescription)));
      list.pendingState = null;
      list.pendingStateDescription = null;
    }
  }

  /**
   * Builds a row's model value from what was read: the lists collected, the required texts the document lacks
   * held as empty (the rules report them), and what the model cannot hold refused, naming the element.
   */
  private Object build(Building building, Frame frame) {
    Plan plan = building.plan;
    if (plan.statesList) {
      flushState(building);
    }
    if (plan.wholeList != null) {
      List<Object> list = building.list == null ? List.of() : List.copyOf(building.list);
      plan.wholeList.set(building.builder, plan.wholeList.recorded() ? Recorded.of(list) : list);
    }
    int[] missing = plan.missingParts;
    for (int i = 0; i < missing.length; i++) {
      if ((building.set & 1L << missing[i]) == 0) {
        plan.parts.get(missing[i]).set(building.builder, plan.missingValues[i]);
      }
    }
    // A value read past leaves its element incomplete: what it then lacks is not a problem of its own.
    boolean incomplete = badValues.count() > building.badValuesBefore;
    if (plan.yearOfInc && building.kinds != 1) {
      if (incomplete) {
        return null;
      }
      throw bad(building.start, "<yearOfInc> must give exactly one of <withinFiveYears>, <yetToBeFormed>, "
          + "<overFiveYears>, found " + building.kinds);
    }
    try {
      return plan.bind.build(building.builder);
    } catch (IllegalStateException | IllegalArgumentException e) {
      if (incomplete) {
        return null;
      }
      throw bad(building.start, cannotHold(building, e.getMessage()));
    }
  }

  private Object buildIfPossible(Building building, Frame frame) {
    try {
      return build(building, frame);
    } catch (ReadFailure cannot) {
      return null;
    }
  }

  /** Says which element a model value lacks, from the builder's message naming the missing properties. */
  private static String cannotHold(Building building, String message) {
    int open = message == null ? -1 : message.indexOf('[');
    int close = message == null ? -1 : message.indexOf(']', open + 1);
    if (open >= 0 && close > open) {
      String property = message.substring(open + 1, close).split(",")[0].trim();
      for (Binding part : building.plan.parts) {
        if (property.equals(part.property())) {
          String element = part.field().xmlPath().substring(building.plan.row.xmlPath().length() + 1);
          return "<" + building.element + "> lacks the required element <" + element + ">";
        }
      }
    }
    return "<" + building.element + "> holds what a Form D cannot: " + message;
  }

  // ---- errors ----

  private ReadFailure bad(long charOffset, String problem) {
    int[] at = lineAndColumn(charOffset);
    return new ReadFailure(FormDReadException.atXml(problem, at[0], at[1], null));
  }

  private int[] lineAndColumn(long charOffset) {
    if (decoded == null) {
      decoded = new String(bytes, StandardCharsets.UTF_8);
    }
    int line = 1;
    int column = 1;
    for (int i = 0; i < charOffset && i < decoded.length(); i++) {
      if (decoded.charAt(i) == '\n') {
        line++;
        column = 1;
      } else {
        column++;
      }
    }
    return new int[] {line + offsetLines, column};
  }

  private static String shorten(String text) {
    return Lexical.shorten(text);
  }
}
