package io.formd.json.xml;

import io.formd.core.fields.Field;
import io.formd.core.fields.internal.Binding;
import io.formd.core.fields.FormDFields;
import io.formd.core.fields.Kind;
import io.formd.core.model.Dialect;
import io.formd.core.model.EdgarCode;
import io.formd.core.model.ElectronicFormD;
import io.formd.core.model.EntityType;
import io.formd.core.model.OfferingAmount;
import io.formd.core.model.Recorded;
import io.formd.core.model.Relationship;
import io.formd.core.model.UsdAmount;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Writes an {@link ElectronicFormD} as an EDGAR Form D primary document, driven by the field table
 * ({@link FormDFields#electronic()}): its rows give the elements, their order (the schema's, X0808), and the model
 * accessor of each; the row's {@link Kind} says how a value is written. Indented by four spaces as EDGAR does.
 * Absent optional parts are left out; an optional element that would hold nothing ({@code issuerList} without
 * co-issuers) is left out too; nothing is written as an empty element but a mandatory one with no content.
 *
 * <p>Refused, by name, with an {@link IllegalArgumentException}: a character XML 1.0 cannot carry, and a part the
 * model holds that has no element (a paper-form full name as written).
 */
public final class EdgarXmlWriter {

  /** Elements a submission leaves out: EDGAR fills them from its records (spec v13 §5.2, §5.3; §3.3 o#3, o#4). */
  private static final Set<String> NOT_SUBMITTED =
      Set.of("schemaVersion", "entityName", "jurisdictionOfInc", "edgarPreviousNameList");
  /** Elements EDGAR strips before publishing: credentials, contact and the filer's delivery options (o#2). */
  private static final Set<String> NOT_DISSEMINATED =
      Set.of("ccc", "contactData", "returnCopy", "notificationAddressList");

  private final StringBuilder out = new StringBuilder(8192);
  private final Set<String> leftOut;
  private int depth;

  private EdgarXmlWriter(Dialect dialect) {
    this.leftOut = dialect == null ? Set.of()
        : dialect == Dialect.SUBMISSION ? NOT_SUBMITTED : NOT_DISSEMINATED;
  }

  /** Every element the filing holds (an empty issuer name, as a submission has, is no element). */
  public static String write(ElectronicFormD filing) {
    return write(filing, null);
  }

  /**
   * @param dialect the form to write, or null for every element the filing holds
   */
  public static String write(ElectronicFormD filing, Dialect dialect) {
    EdgarXmlWriter w = new EdgarXmlWriter(dialect);
    w.out.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    Field root = FormDFields.electronic();
    w.open(root.element().orElseThrow());
    w.children(Binding.of(root), filing, filing);
    w.close(root.element().orElseThrow());
    return w.out.toString();
  }

  /** Writes the elements of the rows below {@code row}, whose model value is {@code value}. */
  private void children(Binding row, Object value, Object filing) {
    for (Binding child : row.children()) {
      Field field = child.field();
      if (field.element().isPresent() && leftOut.contains(field.element().get())) {
        continue;
      }
      Object base = child.fromRoot() ? filing : value;
      if (child.kind() == Kind.WRAPPER) {
        wrapper(child, base, filing);
        continue;
      }
      Object raw = child.get(base);
      if (raw instanceof Optional) {
        raw = ((Optional<?>) raw).orElse(null);
      } else if (raw instanceof Recorded) {
        raw = ((Recorded<?>) raw).asOptional().orElse(null);
      }
      if (raw == null) {
        if (child.noneWhenAbsent()) {
          text(field.element().orElseThrow(), "None");
        }
        continue;
      }
      if (field.element().isEmpty()) {
        modelOnly(child, raw, filing);
      } else if (field.isList()) {
        for (Object element : (List<?>) raw) {
          one(child, element, filing);
        }
      } else {
        one(child, raw, filing);
      }
    }
  }

  /** A wrapper element: always written when mandatory, else only when it holds something. */
  private void wrapper(Binding wrapper, Object value, Object filing) {
    String element = wrapper.field().element().orElseThrow();
    int mark = out.length();
    open(element);
    int opened = out.length();
    children(wrapper, value, filing);
    if (out.length() == opened && !wrapper.field().forD().mandatory()) {
      out.setLength(mark);
      depth--;
      return;
    }
    close(element);
  }

  /**
   * A row without an element: a list whose elements' children are written in turn (the state/description pairs),
   * or a part XML cannot carry, refused.
   */
  private void modelOnly(Binding bound, Object value, Object filing) {
    Field row = bound.field();
    if (row.kind() == Kind.GROUP && row.isList()) {
      for (Object element : (List<?>) value) {
        children(bound, element, filing);
      }
      return;
    }
    throw new IllegalArgumentException(row.path() + " (" + row.label() + ") holds '" + value + "', which EDGAR XML "
        + "has no element for: EDGAR XML cannot represent this filing (rule D-XSD-PERSON-NAME reports it)");
  }

  /** One value of a row with an element. */
  private void one(Binding row, Object value, Object filing) {
    String element = row.field().element().orElseThrow();
    // Every kind is listed, each with its XML form or the reason it has none (KindSwitchesTest holds it so).
    switch (row.kind()) {
      case GROUP -> {
        open(element);
        children(row, value, filing);
        close(element);
      }
      case TEXT -> {
        if (!((String) value).isEmpty() || !element.equals("entityName")) {
          text(element, (String) value);
        }
      }
      case CODE -> text(element, code((EdgarCode) value));
      case BOOLEAN, DATE, YEAR, COUNT -> text(element, value.toString());
      case FLAG -> flag(element, (Boolean) value);
      case AMOUNT -> text(element, ((UsdAmount) value).toPlainString());
      case OFFERING_AMOUNT -> text(element, ((OfferingAmount) value).toEdgarString());
      case YEAR_KIND -> flag(element, value == row.constant().orElseThrow());
      case SECURITY_TYPE -> flag(element, ((Collection<?>) value).contains(row.constant().orElseThrow()));
      case NONE -> {
        if ((Boolean) value) {
          text(element, "None");
        }
      }
      case ALL_STATES -> {
        if ((Boolean) value) {
          text(element, "All States");
        }
      }
      case WRAPPER, YEAR_MONTH, MARK, STATED_AMOUNT, STATED_COUNT ->
          // wrappers are written by wrapper(); the rest are paper kinds, which EDGAR XML has no element for
          throw new IllegalStateException("no XML form for " + row.kind() + " (" + row + ")");
    }
  }

  /** The EDGAR code; for a paper-only value, which has none, its label (which rules report as wrong). */
  private static String code(EdgarCode value) {
    if (value instanceof EntityType) {
      return ((EntityType) value).edgarCodeIfAny().orElse(value.label());
    }
    if (value instanceof Relationship) {
      return ((Relationship) value).edgarCodeIfAny().orElse(value.label());
    }
    return value.edgarCode();
  }

  private void flag(String element, boolean set) {
    if (set) {
      text(element, "true");
    }
  }

  private void indent() {
    for (int i = 0; i < depth; i++) {
      out.append("    ");
    }
  }

  private void open(String element) {
    indent();
    out.append('<').append(element).append(">\n");
    depth++;
  }

  private void close(String element) {
    depth--;
    indent();
    out.append("</").append(element).append(">\n");
  }

  private void text(String element, String value) {
    indent();
    out.append('<').append(element).append('>');
    escape(element, value);
    out.append("</").append(element).append(">\n");
  }

  /**
   * Escapes markup characters; refuses characters XML 1.0 cannot carry at all (C0 controls other than tab,
   * line feed and carriage return, unpaired surrogates, U+FFFE and U+FFFF): not even a character reference
   * may name them, so writing one would make a document no XML parser, EDGAR's included, accepts.
   */
  private void escape(String element, String value) {
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      switch (c) {
        case '&':
          out.append("&amp;");
          break;
        case '<':
          out.append("&lt;");
          break;
        case '>':
          out.append("&gt;");
          break;
        case '"':
          out.append("&quot;");
          break;
        case '\r':
          // A parser turns a raw CR (alone or before LF) into LF; only a reference keeps it.
          out.append("&#13;");
          break;
        default:
          if (Character.isHighSurrogate(c) && i + 1 < value.length() && Character.isLowSurrogate(value.charAt(i + 1))) {
            out.append(c).append(value.charAt(++i));
          } else if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' || Character.isSurrogate(c) || c >= 0xFFFE) {
            throw new IllegalArgumentException(String.format(Locale.ROOT,
                "<%s> holds the character U+%04X at index %d, which XML 1.0 cannot carry: EDGAR XML cannot represent "
                    + "this filing (rule D-XSD-XML-CHARACTERS finds such characters before writing)",
                element, (int) c, i));
          } else {
            out.append(c);
          }
      }
    }
  }
}
