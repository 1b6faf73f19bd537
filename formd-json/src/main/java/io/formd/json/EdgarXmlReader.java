package io.formd.json;

import com.ctc.wstx.api.WstxInputProperties;
import com.ctc.wstx.exc.WstxLazyException;
import com.ctc.wstx.stax.WstxInputFactory;
import io.formd.core.model.Address;
import io.formd.core.model.ContactData;
import io.formd.core.model.ElectronicFormD;
import io.formd.core.model.EntityType;
import io.formd.core.model.EstimatedAmount;
import io.formd.core.model.FederalExemption;
import io.formd.core.model.IndustryGroup;
import io.formd.core.model.InvestmentFundInfo;
import io.formd.core.model.InvestmentFundType;
import io.formd.core.model.Investors;
import io.formd.core.model.Issuer;
import io.formd.core.model.NetAssetValueRange;
import io.formd.core.model.OfferingAmount;
import io.formd.core.model.OfferingData;
import io.formd.core.model.OfferingSalesAmounts;
import io.formd.core.model.PersonName;
import io.formd.core.model.PreviousNames;
import io.formd.core.model.Recorded;
import io.formd.core.model.RelatedPerson;
import io.formd.core.model.Relationship;
import io.formd.core.model.RevenueRange;
import io.formd.core.model.SalesCommissionsFindersFees;
import io.formd.core.model.SalesCompensationRecipient;
import io.formd.core.model.SecurityType;
import io.formd.core.model.Signature;
import io.formd.core.model.SolicitationState;
import io.formd.core.model.StateOrCountry;
import io.formd.core.model.StatesOfSolicitation;
import io.formd.core.model.SubmissionType;
import io.formd.core.model.TestOrLive;
import io.formd.core.model.TypeOfFiling;
import io.formd.core.model.UnknownCodeException;
import io.formd.core.model.UsdAmount;
import io.formd.core.model.UseOfProceeds;
import io.formd.core.model.YearOfIncorporation;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
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
 * from Woodstox's event stream into an {@link ElectronicFormD}, without an intermediate tree.
 *
 * <p>Reads whatever the model can hold (a missing element the model holds as optional or as text, cents, a
 * three-digit year, a paper-only code), so the rules report it. An element the schema does not allow where it
 * stands, a missing element the model requires, a repeated single element, an unknown code, a malformed value,
 * or text mixed with elements is a {@link FormDReadException} naming the element and its line. Lenient only where EDGAR's own documents need
 * it: sibling order is free (X0301 ordered some differently), and an empty element ({@code <x></x>}) says
 * nothing, as if absent. Safe: no DTD, no external entity or resolver, no entity expansion, bounded depth,
 * text and element count.
 */
final class EdgarXmlReader {

  private static final int MAX_DEPTH = 32;
  private static final XMLInputFactory FACTORY = createFactory();

  private final XMLStreamReader2 r;
  private final byte[] bytes;
  private final int offsetLines;
  /** Where each element starts, when the caller asked for a located read; null otherwise. */
  private final XmlSourceMap positions;
  /** The source map's entry of the element the cursor last entered (located reads only). */
  private int entered;
  private String decoded;

  private EdgarXmlReader(XMLStreamReader2 reader, byte[] bytes, int offsetLines, XmlSourceMap positions) {
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
    factory.setProperty(XMLInputFactory.IS_COALESCING, true);
    factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
    factory.setProperty(WstxInputProperties.P_MAX_ELEMENT_DEPTH, MAX_DEPTH);
    factory.setProperty(WstxInputProperties.P_MAX_TEXT_LENGTH, 64 * 1024);
    factory.setProperty(WstxInputProperties.P_MAX_ATTRIBUTE_SIZE, 4096);
    factory.setProperty(WstxInputProperties.P_MAX_ATTRIBUTES_PER_ELEMENT, 32);
    factory.setProperty(WstxInputProperties.P_MAX_ENTITY_COUNT, 1);
    factory.setProperty(WstxInputProperties.P_MAX_ENTITY_DEPTH, 1);
    factory.setProperty(WstxInputProperties.P_MAX_ELEMENT_COUNT, 1_000_000L);
    factory.setXMLResolver((publicId, systemId, baseUri, namespace) -> {
      throw new XMLStreamException("external resource '" + systemId + "' refused: formd never reads files or the network");
    });
    return factory;
  }

  /**
   * @param body the document from its first non-whitespace byte
   * @param offsetLines lines skipped before {@code body} began (for honest line numbers)
   */
  static ElectronicFormD read(byte[] body, int offsetLines) throws FormDReadException {
    return read(body, offsetLines, null);
  }

  /**
   * @param positions where to record each element's position, or null for a plain read
   */
  static ElectronicFormD read(byte[] body, int offsetLines, XmlSourceMap positions) throws FormDReadException {
    XMLStreamReader2 reader = null;
    try {
      reader = (XMLStreamReader2) FACTORY.createXMLStreamReader(new ByteArrayInputStream(body));
      EdgarXmlReader self = new EdgarXmlReader(reader, body, offsetLines, positions);
      return self.document();
    } catch (ReadFailure failure) {
      throw failure.error;
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
    private String[] seen = new String[8];
    private int count;
    boolean any;

    Frame() {
      this.name = r.getLocalName();
      this.start = r.getLocationInfo().getStartingCharOffset();
      this.entry = entered;
    }

    /** Records a child that may appear at most once. */
    void once(String child, long at) {
      for (int i = 0; i < count; i++) {
        if (seen[i].equals(child)) {
          throw bad(at, "<" + child + "> appears twice in <" + name + ">; expected at most once");
        }
      }
      if (count == seen.length) {
        seen = java.util.Arrays.copyOf(seen, count * 2);
      }
      seen[count++] = child;
    }

    /** Advances to the next child element (true) or the end of this element (false). */
    boolean next() throws XMLStreamException {
      while (true) {
        switch (r.next()) {
          case XMLStreamConstants.START_ELEMENT:
            any = true;
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
          default:
            break;
        }
      }
    }

    ReadFailure unexpected(String... allowed) {
      return bad(offset(), "unexpected element <" + r.getLocalName() + "> in <" + name + ">; expected "
          + String.join(", ", allowed));
    }

    ReadFailure missing(String child) {
      return bad(start, "<" + name + "> lacks the required element <" + child + ">");
    }

    <T> T required(T value, String child) {
      if (value == null) {
        throw missing(child);
      }
      return value;
    }
  }

  private long offset() {
    return r.getLocationInfo().getStartingCharOffset();
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
            more.append(r.getTextCharacters(), r.getTextStart(), r.getTextLength());
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
        default:
          break;
      }
    }
  }

  /** Reads a single simple child: null when empty (an empty element says nothing). */
  private String optional(Frame frame, String child) throws XMLStreamException {
    frame.once(child, offset());
    String text = text();
    return text.isEmpty() ? null : text;
  }

  /** Reads a single free-text child as written (untrimmed): null when empty. */
  private String optionalText(Frame frame, String child) throws XMLStreamException {
    frame.once(child, offset());
    String text = text(false);
    return text.isEmpty() ? null : text;
  }

  /** Reads a single free-text child whose presence the schema requires, as written: "" when empty. */
  private String present(Frame frame, String child) throws XMLStreamException {
    frame.once(child, offset());
    return text(false);
  }

  private boolean bool(String child, long at, String text) {
    switch (text) {
      case "true":
        return true;
      case "false":
        return false;
      default:
        throw bad(at, "expected true or false in <" + child + ">, found '" + shorten(text) + "'");
    }
  }

  /** A boolean child; null when empty. */
  private Boolean bool(Frame frame) throws XMLStreamException {
    String child = r.getLocalName();
    long at = offset();
    String text = optional(frame, child);
    return text == null ? null : bool(child, at, text);
  }

  /** An {@code IS_TRUE_TYPE} flag: absent, empty, or {@code true}. */
  private boolean flag(Frame frame) throws XMLStreamException {
    String child = r.getLocalName();
    long at = offset();
    String text = optional(frame, child);
    if (text != null && !text.equals("true")) {
      throw bad(at, "<" + child + "> is either absent or 'true', found '" + shorten(text) + "'");
    }
    return text != null;
  }

  private <T> T code(Frame frame, Function<String, T> lookup) throws XMLStreamException {
    String child = r.getLocalName();
    long at = offset();
    String text = optional(frame, child);
    return text == null ? null : code(child, at, text, lookup);
  }

  private <T> T code(String child, long at, String text, Function<String, T> lookup) {
    try {
      return lookup.apply(text);
    } catch (UnknownCodeException e) {
      throw bad(at, "unknown code in <" + child + ">: " + e.getMessage());
    }
  }

  private UsdAmount amount(Frame frame) throws XMLStreamException {
    String child = r.getLocalName();
    long at = offset();
    String text = optional(frame, child);
    if (text == null) {
      return null;
    }
    return dollars(child, at, text, "");
  }

  private OfferingAmount offeringAmount(Frame frame) throws XMLStreamException {
    String child = r.getLocalName();
    long at = offset();
    String text = optional(frame, child);
    if (text == null) {
      return null;
    }
    if (text.equals(OfferingAmount.INDEFINITE_LITERAL)) {
      return OfferingAmount.INDEFINITE;
    }
    return OfferingAmount.of(dollars(child, at, text, " or 'Indefinite'"));
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
      throw bad(at, "expected a number of dollars (digits, and at most two decimals)" + orElse + " in <" + child
          + ">, found '" + shorten(text) + "'");
    }
    return UsdAmount.parse(text);
  }

  /**
   * A code, or the label of a paper-only value ({@code Beneficial Owner}) that the writer gives for it: the
   * model holds it, and rules D-XSD-ENTITY-TYPE and D-XSD-RELATIONSHIPS report it in an electronic filing.
   */
  private static <T extends Enum<T> & io.formd.core.model.EdgarCode> T orPaperLabel(String code,
      Function<String, T> lookup, T[] values) {
    try {
      return lookup.apply(code);
    } catch (UnknownCodeException e) {
      for (T value : values) {
        if (value.label().equals(code) && !isElectronic(value)) {
          return value;
        }
      }
      throw e;
    }
  }

  private static boolean isElectronic(Object value) {
    if (value instanceof EntityType) {
      return ((EntityType) value).edgarCodeIfAny().isPresent();
    }
    return ((Relationship) value).edgarCodeIfAny().isPresent();
  }

  private Long count(Frame frame) throws XMLStreamException {
    String child = r.getLocalName();
    long at = offset();
    String text = optional(frame, child);
    if (text == null) {
      return null;
    }
    if (!Lexical.isDigits(text, 1, 18)) {
      throw bad(at, "expected a number (digits only) in <" + child + ">, found '" + shorten(text) + "'");
    }
    return Long.parseLong(text);
  }

  private LocalDate date(Frame frame) throws XMLStreamException {
    String child = r.getLocalName();
    long at = offset();
    String text = optional(frame, child);
    if (text == null) {
      return null;
    }
    LocalDate date = Lexical.date(text);
    if (date != null) {
      return date;
    }
    throw bad(at, "expected a date YYYY-MM-DD in <" + child + ">, found '" + shorten(text) + "'");
  }

  // ---- the document ----

  private ElectronicFormD document() throws XMLStreamException {
    while (true) {
      int event = r.next();
      if (event == XMLStreamConstants.DTD) {
        throw bad(offset(), "a document type declaration (DTD) is not allowed in a Form D");
      }
      if (event == XMLStreamConstants.START_ELEMENT) {
        break;
      }
      if (event == XMLStreamConstants.END_DOCUMENT) {
        throw new ReadFailure(FormDReadException.atXml("the document has no root element; expected <edgarSubmission>", 0, 0,
            null));
      }
    }
    if (!r.getLocalName().equals("edgarSubmission")) {
      throw bad(offset(), "not a Form D: the root element is <" + r.getLocalName() + ">, expected <edgarSubmission>");
    }
    if (positions != null) {
      entered = positions.add(-1, "edgarSubmission", offset());
    }
    ElectronicFormD filing = submission();
    while (r.hasNext()) {
      if (r.next() == XMLStreamConstants.START_ELEMENT) {
        throw bad(offset(), "a second root element <" + r.getLocalName() + ">");
      }
    }
    return filing;
  }

  private ElectronicFormD submission() throws XMLStreamException {
    Frame f = new Frame();
    ElectronicFormD.Builder b = ElectronicFormD.builder();
    SubmissionType type = null;
    Issuer primary = null;
    boolean offering = false;
    while (f.next()) {
      switch (r.getLocalName()) {
        case "schemaVersion":
          b.schemaVersion(Optional.ofNullable(optionalText(f, "schemaVersion")));
          break;
        case "submissionType":
          type = code(f, SubmissionType::fromEdgar);
          break;
        case "testOrLive":
          b.testOrLive(Optional.ofNullable(code(f, TestOrLive::fromEdgar)));
          break;
        case "returnCopy":
          b.returnCopy(Optional.ofNullable(bool(f)));
          break;
        case "contactData":
          f.once("contactData", offset());
          b.contactData(Optional.ofNullable(contactData()));
          break;
        case "notificationAddressList":
          f.once("notificationAddressList", offset());
          notifications(b);
          break;
        case "primaryIssuer":
          f.once("primaryIssuer", offset());
          primary = issuer();
          break;
        case "issuerList":
          f.once("issuerList", offset());
          issuerList(b);
          break;
        case "relatedPersonsList":
          f.once("relatedPersonsList", offset());
          relatedPersons(b);
          break;
        case "offeringData":
          f.once("offeringData", offset());
          offering = offering(b);
          break;
        default:
          throw f.unexpected("schemaVersion", "submissionType", "testOrLive", "returnCopy", "contactData",
              "notificationAddressList", "primaryIssuer", "issuerList", "relatedPersonsList", "offeringData");
      }
    }
    b.submissionType(f.required(type, "submissionType"));
    b.primaryIssuer(f.required(primary, "primaryIssuer"));
    if (!offering) {
      throw f.missing("offeringData");
    }
    return b.build();
  }

  private ContactData contactData() throws XMLStreamException {
    Frame f = new Frame();
    String name = null;
    String phone = null;
    String email = null;
    while (f.next()) {
      switch (r.getLocalName()) {
        case "contactName":
          name = present(f, "contactName");
          break;
        case "contactPhoneNumber":
          phone = present(f, "contactPhoneNumber");
          break;
        case "contactEmailAddress":
          email = present(f, "contactEmailAddress");
          break;
        default:
          throw f.unexpected("contactName", "contactPhoneNumber", "contactEmailAddress");
      }
    }
    if (!f.any) {
      return null;
    }
    return ContactData.builder().name(f.required(name, "contactName")).phone(f.required(phone, "contactPhoneNumber"))
        .email(f.required(email, "contactEmailAddress")).build();
  }

  private void notifications(ElectronicFormD.Builder b) throws XMLStreamException {
    Frame f = new Frame();
    while (f.next()) {
      if (!r.getLocalName().equals("notificationEmailAddress")) {
        throw f.unexpected("notificationEmailAddress");
      }
      String email = text(false);
      if (!email.isEmpty()) {
        b.addNotificationEmailAddresses(email);
      }
    }
  }

  private void issuerList(ElectronicFormD.Builder b) throws XMLStreamException {
    Frame f = new Frame();
    while (f.next()) {
      switch (r.getLocalName()) {
        case "issuer":
          Issuer issuer = issuer();
          if (issuer != null) {
            b.addAdditionalIssuers(issuer);
          }
          break;
        case "over100IssuerFlag":
          b.moreThan100Issuers(flag(f));
          break;
        default:
          throw f.unexpected("issuer", "over100IssuerFlag");
      }
    }
  }

  private void relatedPersons(ElectronicFormD.Builder b) throws XMLStreamException {
    Frame f = new Frame();
    while (f.next()) {
      switch (r.getLocalName()) {
        case "relatedPersonInfo":
          RelatedPerson person = person();
          if (person != null) {
            b.addRelatedPersons(person);
          }
          break;
        case "over100PersonsFlag":
          b.moreThan100RelatedPersons(flag(f));
          break;
        default:
          throw f.unexpected("relatedPersonInfo", "over100PersonsFlag");
      }
    }
  }

  private Issuer issuer() throws XMLStreamException {
    Frame f = new Frame();
    Issuer.Builder b = Issuer.builder();
    String cik = null;
    String name = null;
    String phone = null;
    Address address = null;
    EntityType type = null;
    YearOfIncorporation year = null;
    while (f.next()) {
      switch (r.getLocalName()) {
        case "cik":
          cik = present(f, "cik");
          break;
        case "ccc":
          b.ccc(Optional.ofNullable(optionalText(f, "ccc")));
          break;
        case "entityName":
          name = present(f, "entityName");
          break;
        case "issuerAddress":
          f.once("issuerAddress", offset());
          address = address();
          break;
        case "issuerPhoneNumber":
          phone = present(f, "issuerPhoneNumber");
          break;
        case "jurisdictionOfInc":
          b.jurisdictionOfIncorporation(Optional.ofNullable(optionalText(f, "jurisdictionOfInc")));
          break;
        case "issuerPreviousNameList":
          f.once("issuerPreviousNameList", offset());
          b.previousNames(Optional.ofNullable(names()));
          break;
        case "edgarPreviousNameList":
          f.once("edgarPreviousNameList", offset());
          b.edgarPreviousNames(Optional.ofNullable(names()));
          break;
        case "entityType":
          type = code(f, code -> orPaperLabel(code, EntityType::fromEdgar, EntityType.values()));
          break;
        case "entityTypeOtherDesc":
          b.entityTypeOtherDescription(Optional.ofNullable(optionalText(f, "entityTypeOtherDesc")));
          break;
        case "yearOfInc":
          f.once("yearOfInc", offset());
          year = yearOfInc();
          break;
        default:
          throw f.unexpected("cik", "ccc", "entityName", "issuerAddress", "issuerPhoneNumber", "jurisdictionOfInc",
              "issuerPreviousNameList", "edgarPreviousNameList", "entityType", "entityTypeOtherDesc", "yearOfInc");
      }
    }
    if (!f.any) {
      return null;
    }
    // What the model holds as optional (or as empty text) is read when missing; the rules report it.
    return b.cik(Optional.ofNullable(cik)).name(name == null ? "" : name)
        .address(f.required(address, "issuerAddress")).phone(phone == null ? "" : phone)
        .entityType(Optional.ofNullable(type)).yearOfIncorporation(Optional.ofNullable(year)).build();
  }

  private YearOfIncorporation yearOfInc() throws XMLStreamException {
    Frame f = new Frame();
    List<YearOfIncorporation.Kind> kinds = new ArrayList<>(1);
    Year year = null;
    while (f.next()) {
      switch (r.getLocalName()) {
        case "withinFiveYears":
          if (flag(f)) {
            kinds.add(YearOfIncorporation.Kind.WITHIN_FIVE_YEARS);
          }
          break;
        case "yetToBeFormed":
          if (flag(f)) {
            kinds.add(YearOfIncorporation.Kind.YET_TO_BE_FORMED);
          }
          break;
        case "overFiveYears":
          if (flag(f)) {
            kinds.add(YearOfIncorporation.Kind.OVER_FIVE_YEARS);
          }
          break;
        case "value": {
          long at = offset();
          String text = optional(f, "value");
          if (text != null) {
            // The schema wants four digits 2xxx (rule D-XSD-YEAR-OF-INC); any year a number can hold is read.
            if (!Lexical.isDigits(text, 1, 9)) {
              throw bad(at, "expected a year (digits) in <value>, found '" + shorten(text) + "'");
            }
            year = Year.of(Integer.parseInt(text));
          }
          break;
        }
        default:
          throw f.unexpected("withinFiveYears", "yetToBeFormed", "overFiveYears", "value");
      }
    }
    if (!f.any) {
      return null;
    }
    if (kinds.size() != 1) {
      throw bad(f.start, "<yearOfInc> must give exactly one of <withinFiveYears>, <yetToBeFormed>, "
          + "<overFiveYears>, found " + kinds.size());
    }
    return YearOfIncorporation.builder().kind(kinds.get(0)).year(Optional.ofNullable(year)).build();
  }

  private PreviousNames names() throws XMLStreamException {
    Frame f = new Frame();
    String none = null;
    long noneAt = 0;
    List<String> names = new ArrayList<>(3);
    while (f.next()) {
      switch (r.getLocalName()) {
        case "value":
          noneAt = offset();
          none = optional(f, "value");
          break;
        case "previousName": {
          String name = text(false);
          if (!name.isEmpty()) {
            names.add(name);
          }
          break;
        }
        default:
          throw f.unexpected("value", "previousName");
      }
    }
    if (none != null) {
      if (!none.equals("None") || !names.isEmpty()) {
        throw bad(noneAt, "<" + f.name + "> holds either <value>None</value> or <previousName> elements; found <value>"
            + shorten(none) + "</value>" + (names.isEmpty() ? "" : " with names"));
      }
      return PreviousNames.ofNone();
    }
    return names.isEmpty() && !f.any ? null : PreviousNames.builder().addAllNames(names).build();
  }

  private Address address() throws XMLStreamException {
    Frame f = new Frame();
    String street1 = null;
    String street2 = null;
    String city = null;
    StateOrCountry state = null;
    String description = null;
    String zip = null;
    while (f.next()) {
      switch (r.getLocalName()) {
        case "street1":
          street1 = present(f, "street1");
          break;
        case "street2":
          street2 = optionalText(f, "street2");
          break;
        case "city":
          city = present(f, "city");
          break;
        case "stateOrCountry":
          state = code(f, StateOrCountry::fromEdgar);
          break;
        case "stateOrCountryDescription":
          description = optionalText(f, "stateOrCountryDescription");
          break;
        case "zipCode":
          zip = present(f, "zipCode");
          break;
        default:
          throw f.unexpected("street1", "street2", "city", "stateOrCountry", "stateOrCountryDescription", "zipCode");
      }
    }
    if (!f.any) {
      return null;
    }
    return Address.builder().street1(street1 == null ? "" : street1).street2(Optional.ofNullable(street2))
        .city(city == null ? "" : city).stateOrCountry(f.required(state, "stateOrCountry"))
        .stateOrCountryDescription(Optional.ofNullable(description)).zipCode(zip == null ? "" : zip).build();
  }

  private RelatedPerson person() throws XMLStreamException {
    Frame f = new Frame();
    PersonName name = null;
    Address address = null;
    List<Relationship> relationships = null;
    String clarification = null;
    while (f.next()) {
      switch (r.getLocalName()) {
        case "relatedPersonName":
          f.once("relatedPersonName", offset());
          name = personName();
          break;
        case "relatedPersonAddress":
          f.once("relatedPersonAddress", offset());
          address = address();
          break;
        case "relatedPersonRelationshipList": {
          f.once("relatedPersonRelationshipList", offset());
          Frame list = new Frame();
          List<Relationship> found = new ArrayList<>(3);
          while (list.next()) {
            if (!r.getLocalName().equals("relationship")) {
              throw list.unexpected("relationship");
            }
            long at = offset();
            String text = text();
            if (!text.isEmpty()) {
              found.add(code("relationship", at, text, code -> orPaperLabel(code, Relationship::fromEdgar,
                  Relationship.values())));
            }
          }
          relationships = list.any ? found : null;
          break;
        }
        case "relationshipClarification":
          clarification = optionalText(f, "relationshipClarification");
          break;
        default:
          throw f.unexpected("relatedPersonName", "relatedPersonAddress", "relatedPersonRelationshipList",
              "relationshipClarification");
      }
    }
    if (!f.any) {
      return null;
    }
    return RelatedPerson.builder().name(f.required(name, "relatedPersonName"))
        .address(f.required(address, "relatedPersonAddress"))
        .relationships(Recorded.of(relationships == null ? List.of() : List.copyOf(relationships)))
        .relationshipClarification(Optional.ofNullable(clarification)).build();
  }

  private PersonName personName() throws XMLStreamException {
    Frame f = new Frame();
    String first = null;
    String middle = null;
    String last = null;
    while (f.next()) {
      switch (r.getLocalName()) {
        case "firstName":
          first = present(f, "firstName");
          break;
        case "middleName":
          middle = optionalText(f, "middleName");
          break;
        case "lastName":
          last = present(f, "lastName");
          break;
        default:
          throw f.unexpected("firstName", "middleName", "lastName");
      }
    }
    if (!f.any) {
      return null;
    }
    return PersonName.builder().firstName(Optional.ofNullable(first)).middleName(Optional.ofNullable(middle))
        .lastName(f.required(last, "lastName")).build();
  }

  /** Reads {@code offeringData} into the submission builder; true when it had content. */
  private boolean offering(ElectronicFormD.Builder submission) throws XMLStreamException {
    Frame f = new Frame();
    OfferingData.Builder b = OfferingData.builder();
    IndustryGroup industry = null;
    TypeOfFiling typeOfFiling = null;
    Boolean moreThanOneYear = null;
    Boolean combination = null;
    UsdAmount minimum = null;
    OfferingSalesAmounts amounts = null;
    Investors investors = null;
    SalesCommissionsFindersFees fees = null;
    UseOfProceeds proceeds = null;
    while (f.next()) {
      String child = r.getLocalName();
      switch (child) {
        case "industryGroup": {
          f.once(child, offset());
          Frame g = new Frame();
          while (g.next()) {
            switch (r.getLocalName()) {
              case "industryGroupType":
                industry = code(g, IndustryGroup::fromEdgar);
                break;
              case "investmentFundInfo": {
                g.once("investmentFundInfo", offset());
                Frame fund = new Frame();
                InvestmentFundType fundType = null;
                Boolean is40Act = null;
                while (fund.next()) {
                  switch (r.getLocalName()) {
                    case "investmentFundType":
                      fundType = code(fund, InvestmentFundType::fromEdgar);
                      break;
                    case "is40Act":
                      is40Act = bool(fund);
                      break;
                    default:
                      throw fund.unexpected("investmentFundType", "is40Act");
                  }
                }
                if (fund.any) {
                  b.investmentFundInfo(InvestmentFundInfo.of(fund.required(fundType, "investmentFundType"),
                      fund.required(is40Act, "is40Act")));
                }
                break;
              }
              default:
                throw g.unexpected("industryGroupType", "investmentFundInfo");
            }
          }
          if (g.any) {
            g.required(industry, "industryGroupType");
          }
          break;
        }
        case "issuerSize": {
          f.once(child, offset());
          Frame s = new Frame();
          while (s.next()) {
            switch (r.getLocalName()) {
              case "revenueRange":
                b.revenueRange(Optional.ofNullable(code(s, RevenueRange::fromEdgar)));
                break;
              case "aggregateNetAssetValueRange":
                b.netAssetValueRange(Optional.ofNullable(code(s, NetAssetValueRange::fromEdgar)));
                break;
              default:
                throw s.unexpected("revenueRange", "aggregateNetAssetValueRange");
            }
          }
          break;
        }
        case "federalExemptionsExclusions": {
          f.once(child, offset());
          Frame items = new Frame();
          while (items.next()) {
            if (!r.getLocalName().equals("item")) {
              throw items.unexpected("item");
            }
            long at = offset();
            String text = text();
            if (!text.isEmpty()) {
              b.addFederalExemptions(code("item", at, text, FederalExemption::fromEdgar));
            }
          }
          break;
        }
        case "typeOfFiling":
          f.once(child, offset());
          typeOfFiling = typeOfFiling();
          break;
        case "durationOfOffering": {
          f.once(child, offset());
          Frame d = new Frame();
          while (d.next()) {
            if (!r.getLocalName().equals("moreThanOneYear")) {
              throw d.unexpected("moreThanOneYear");
            }
            moreThanOneYear = bool(d);
          }
          if (d.any) {
            d.required(moreThanOneYear, "moreThanOneYear");
          }
          break;
        }
        case "typesOfSecuritiesOffered": {
          f.once(child, offset());
          Frame t = new Frame();
          while (t.next()) {
            String flag = r.getLocalName();
            if (flag.equals("descriptionOfOtherType")) {
              b.otherSecurityTypeDescription(Optional.ofNullable(optionalText(t, "descriptionOfOtherType")));
              continue;
            }
            SecurityType type = securityType(flag);
            if (type == null) {
              throw t.unexpected("isEquityType", "isDebtType", "isOptionToAcquireType", "isSecurityToBeAcquiredType",
                  "isPooledInvestmentFundType", "isTenantInCommonType", "isMineralPropertyType", "isOtherType",
                  "descriptionOfOtherType");
            }
            if (flag(t)) {
              b.addSecurityTypes(type);
            }
          }
          break;
        }
        case "businessCombinationTransaction": {
          f.once(child, offset());
          Frame c = new Frame();
          while (c.next()) {
            switch (r.getLocalName()) {
              case "isBusinessCombinationTransaction":
                combination = bool(c);
                break;
              case "clarificationOfResponse":
                b.businessCombinationClarification(Optional.ofNullable(optionalText(c, "clarificationOfResponse")));
                break;
              default:
                throw c.unexpected("isBusinessCombinationTransaction", "clarificationOfResponse");
            }
          }
          if (c.any) {
            c.required(combination, "isBusinessCombinationTransaction");
          }
          break;
        }
        case "minimumInvestmentAccepted":
          minimum = amount(f);
          break;
        case "salesCompensationList": {
          f.once(child, offset());
          Frame list = new Frame();
          while (list.next()) {
            switch (r.getLocalName()) {
              case "recipient":
                SalesCompensationRecipient recipient = recipient();
                if (recipient != null) {
                  b.addSalesCompensationRecipients(recipient);
                }
                break;
              case "over100RecipientFlag":
                b.moreThan100Recipients(flag(list));
                break;
              default:
                throw list.unexpected("recipient", "over100RecipientFlag");
            }
          }
          break;
        }
        case "offeringSalesAmounts":
          f.once(child, offset());
          amounts = amounts();
          break;
        case "investors":
          f.once(child, offset());
          investors = investors();
          break;
        case "salesCommissionsFindersFees":
          f.once(child, offset());
          fees = fees();
          break;
        case "useOfProceeds":
          f.once(child, offset());
          proceeds = proceeds();
          break;
        case "signatureBlock":
          f.once(child, offset());
          signatureBlock(submission);
          break;
        default:
          throw f.unexpected("industryGroup", "issuerSize", "federalExemptionsExclusions", "typeOfFiling",
              "durationOfOffering", "typesOfSecuritiesOffered", "businessCombinationTransaction",
              "minimumInvestmentAccepted", "salesCompensationList", "offeringSalesAmounts", "investors",
              "salesCommissionsFindersFees", "useOfProceeds", "signatureBlock");
      }
    }
    if (industry == null) {
      throw f.missing("industryGroup");
    }
    submission.offering(b.industryGroup(industry)
        .typeOfFiling(f.required(typeOfFiling, "typeOfFiling"))
        .moreThanOneYear(f.required(moreThanOneYear, "durationOfOffering"))
        .businessCombination(f.required(combination, "businessCombinationTransaction"))
        .minimumInvestment(f.required(minimum, "minimumInvestmentAccepted"))
        .amounts(f.required(amounts, "offeringSalesAmounts"))
        .investors(f.required(investors, "investors"))
        .commissionsAndFees(f.required(fees, "salesCommissionsFindersFees"))
        .useOfProceeds(f.required(proceeds, "useOfProceeds"))
        .build());
    return true;
  }

  private static SecurityType securityType(String flag) {
    for (SecurityType type : SecurityType.values()) {
      if (type.edgarCode().equals(flag)) {
        return type;
      }
    }
    return null;
  }

  private TypeOfFiling typeOfFiling() throws XMLStreamException {
    Frame f = new Frame();
    Boolean amendment = null;
    String previous = null;
    boolean firstSaleSeen = false;
    LocalDate firstSale = null;
    boolean yetToOccur = false;
    while (f.next()) {
      switch (r.getLocalName()) {
        case "newOrAmendment": {
          f.once("newOrAmendment", offset());
          Frame n = new Frame();
          while (n.next()) {
            switch (r.getLocalName()) {
              case "isAmendment":
                amendment = bool(n);
                break;
              case "previousAccessionNumber":
                previous = optionalText(n, "previousAccessionNumber");
                break;
              default:
                throw n.unexpected("isAmendment", "previousAccessionNumber");
            }
          }
          if (n.any) {
            n.required(amendment, "isAmendment");
          }
          break;
        }
        case "dateOfFirstSale": {
          f.once("dateOfFirstSale", offset());
          Frame d = new Frame();
          while (d.next()) {
            switch (r.getLocalName()) {
              case "value":
                firstSale = date(d);
                break;
              case "yetToOccur":
                yetToOccur = flag(d);
                break;
              default:
                throw d.unexpected("value", "yetToOccur");
            }
          }
          firstSaleSeen = d.any;
          break;
        }
        default:
          throw f.unexpected("newOrAmendment", "dateOfFirstSale");
      }
    }
    if (!f.any) {
      return null;
    }
    if (!firstSaleSeen) {
      throw f.missing("dateOfFirstSale");
    }
    return TypeOfFiling.builder().amendment(f.required(amendment, "newOrAmendment"))
        .previousAccessionNumber(Optional.ofNullable(previous)).dateOfFirstSale(Optional.ofNullable(firstSale))
        .firstSaleYetToOccur(yetToOccur).build();
  }

  private SalesCompensationRecipient recipient() throws XMLStreamException {
    Frame f = new Frame();
    SalesCompensationRecipient.Builder b = SalesCompensationRecipient.builder();
    String name = null;
    String crd = null;
    String bd = null;
    String bdCrd = null;
    Address address = null;
    StatesOfSolicitation.Builder states = StatesOfSolicitation.builder();
    while (f.next()) {
      switch (r.getLocalName()) {
        case "recipientName":
          name = present(f, "recipientName");
          break;
        case "recipientCRDNumber":
          crd = present(f, "recipientCRDNumber");
          break;
        case "associatedBDName":
          bd = present(f, "associatedBDName");
          break;
        case "associatedBDCRDNumber":
          bdCrd = present(f, "associatedBDCRDNumber");
          break;
        case "recipientAddress":
          f.once("recipientAddress", offset());
          address = address();
          break;
        case "statesOfSolicitationList":
          f.once("statesOfSolicitationList", offset());
          states(states);
          break;
        case "foreignSolicitation":
          b.foreignSolicitation(Optional.ofNullable(bool(f)));
          break;
        default:
          throw f.unexpected("recipientName", "recipientCRDNumber", "associatedBDName", "associatedBDCRDNumber",
              "recipientAddress", "statesOfSolicitationList", "foreignSolicitation");
      }
    }
    if (!f.any) {
      return null;
    }
    return b.name(name == null ? "" : name)
        .crdNumber(noneToEmpty(f.required(crd, "recipientCRDNumber")))
        .associatedBrokerDealerName(noneToEmpty(f.required(bd, "associatedBDName")))
        .associatedBrokerDealerCrdNumber(noneToEmpty(f.required(bdCrd, "associatedBDCRDNumber")))
        .address(f.required(address, "recipientAddress"))
        .statesOfSolicitation(states.build())
        .build();
  }

  /** Interleaved {@code state}/{@code description} pairs keep their pairing; {@code value} is All States. */
  private void states(StatesOfSolicitation.Builder states) throws XMLStreamException {
    Frame f = new Frame();
    SolicitationState current = null;
    while (f.next()) {
      String child = r.getLocalName();
      long at = offset();
      switch (child) {
        case "value": {
          String text = text();
          if (!text.equals("All States")) {
            throw bad(at, "expected <value>All States</value> in <statesOfSolicitationList>, found '" + shorten(text) + "'");
          }
          states.allStates(true);
          break;
        }
        case "state": {
          String text = text();
          if (text.isEmpty()) {
            break;
          }
          if (current != null) {
            states.addStates(StatesOfSolicitation.Entry.of(current, Optional.empty()));
          }
          current = code("state", at, text, SolicitationState::fromEdgar);
          break;
        }
        case "description": {
          String text = text(false);
          if (current == null) {
            if (text.isEmpty()) {
              break;
            }
            throw bad(at, "<description> '" + shorten(text) + "' does not follow a <state>");
          }
          states.addStates(StatesOfSolicitation.Entry.of(current, text.isEmpty() ? Optional.empty() : Optional.of(text)));
          current = null;
          break;
        }
        default:
          throw f.unexpected("state", "description", "value");
      }
    }
    if (current != null) {
      states.addStates(StatesOfSolicitation.Entry.of(current, Optional.empty()));
    }
  }

  private OfferingSalesAmounts amounts() throws XMLStreamException {
    Frame f = new Frame();
    OfferingAmount total = null;
    UsdAmount sold = null;
    OfferingAmount remaining = null;
    String clarification = null;
    while (f.next()) {
      switch (r.getLocalName()) {
        case "totalOfferingAmount":
          total = offeringAmount(f);
          break;
        case "totalAmountSold":
          sold = amount(f);
          break;
        case "totalRemaining":
          remaining = offeringAmount(f);
          break;
        case "clarificationOfResponse":
          clarification = optionalText(f, "clarificationOfResponse");
          break;
        default:
          throw f.unexpected("totalOfferingAmount", "totalAmountSold", "totalRemaining", "clarificationOfResponse");
      }
    }
    if (!f.any) {
      return null;
    }
    return OfferingSalesAmounts.builder().totalOfferingAmount(f.required(total, "totalOfferingAmount"))
        .totalAmountSold(f.required(sold, "totalAmountSold")).totalRemaining(f.required(remaining, "totalRemaining"))
        .clarification(Optional.ofNullable(clarification)).build();
  }

  private Investors investors() throws XMLStreamException {
    Frame f = new Frame();
    Boolean has = null;
    Long number = null;
    Long total = null;
    while (f.next()) {
      switch (r.getLocalName()) {
        case "hasNonAccreditedInvestors":
          has = bool(f);
          break;
        case "numberNonAccreditedInvestors":
          number = count(f);
          break;
        case "totalNumberAlreadyInvested":
          total = count(f);
          break;
        default:
          throw f.unexpected("hasNonAccreditedInvestors", "numberNonAccreditedInvestors", "totalNumberAlreadyInvested");
      }
    }
    if (!f.any) {
      return null;
    }
    return Investors.builder().hasNonAccreditedInvestors(f.required(has, "hasNonAccreditedInvestors"))
        .numberNonAccreditedInvestors(Optional.ofNullable(number))
        .totalNumberAlreadyInvested(f.required(total, "totalNumberAlreadyInvested")).build();
  }

  private EstimatedAmount estimated() throws XMLStreamException {
    Frame f = new Frame();
    UsdAmount amount = null;
    boolean estimate = false;
    while (f.next()) {
      switch (r.getLocalName()) {
        case "dollarAmount":
          amount = amount(f);
          break;
        case "isEstimate":
          estimate = flag(f);
          break;
        default:
          throw f.unexpected("dollarAmount", "isEstimate");
      }
    }
    if (!f.any) {
      return null;
    }
    return EstimatedAmount.of(f.required(amount, "dollarAmount"), estimate);
  }

  private SalesCommissionsFindersFees fees() throws XMLStreamException {
    Frame f = new Frame();
    EstimatedAmount commissions = null;
    EstimatedAmount finders = null;
    String clarification = null;
    while (f.next()) {
      switch (r.getLocalName()) {
        case "salesCommissions":
          f.once("salesCommissions", offset());
          commissions = estimated();
          break;
        case "findersFees":
          f.once("findersFees", offset());
          finders = estimated();
          break;
        case "clarificationOfResponse":
          clarification = optionalText(f, "clarificationOfResponse");
          break;
        default:
          throw f.unexpected("salesCommissions", "findersFees", "clarificationOfResponse");
      }
    }
    if (!f.any) {
      return null;
    }
    return SalesCommissionsFindersFees.builder().salesCommissions(f.required(commissions, "salesCommissions"))
        .findersFees(f.required(finders, "findersFees")).clarification(Optional.ofNullable(clarification)).build();
  }

  private UseOfProceeds proceeds() throws XMLStreamException {
    Frame f = new Frame();
    EstimatedAmount used = null;
    String clarification = null;
    while (f.next()) {
      switch (r.getLocalName()) {
        case "grossProceedsUsed":
          f.once("grossProceedsUsed", offset());
          used = estimated();
          break;
        case "clarificationOfResponse":
          clarification = optionalText(f, "clarificationOfResponse");
          break;
        default:
          throw f.unexpected("grossProceedsUsed", "clarificationOfResponse");
      }
    }
    if (!f.any) {
      return null;
    }
    return UseOfProceeds.builder().grossProceedsUsed(f.required(used, "grossProceedsUsed"))
        .clarification(Optional.ofNullable(clarification)).build();
  }

  private void signatureBlock(ElectronicFormD.Builder b) throws XMLStreamException {
    Frame f = new Frame();
    while (f.next()) {
      switch (r.getLocalName()) {
        case "authorizedRepresentative":
          b.authorizedRepresentative(Optional.ofNullable(bool(f)));
          break;
        case "signature": {
          Frame s = new Frame();
          String issuer = null;
          String signature = null;
          String signer = null;
          String title = null;
          LocalDate date = null;
          while (s.next()) {
            switch (r.getLocalName()) {
              case "issuerName":
                issuer = present(s, "issuerName");
                break;
              case "signatureName":
                signature = present(s, "signatureName");
                break;
              case "nameOfSigner":
                signer = present(s, "nameOfSigner");
                break;
              case "signatureTitle":
                title = present(s, "signatureTitle");
                break;
              case "signatureDate":
                date = date(s);
                break;
              default:
                throw s.unexpected("issuerName", "signatureName", "nameOfSigner", "signatureTitle", "signatureDate");
            }
          }
          if (s.any) {
            b.addSignatures(Signature.builder().issuerName(issuer == null ? "" : issuer)
                .signature(Optional.ofNullable(signature)).signerName(signer == null ? "" : signer)
                .title(title == null ? "" : title).date(s.required(date, "signatureDate")).build());
          }
          break;
        }
        default:
          throw f.unexpected("authorizedRepresentative", "signature");
      }
    }
  }

  private static Optional<String> noneToEmpty(String value) {
    return value.equals("None") ? Optional.empty() : Optional.of(value);
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

  static String shorten(String text) {
    return text.length() <= 40 ? text : text.substring(0, 37) + "...";
  }
}
