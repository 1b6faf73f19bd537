package io.formd.core.fields;

import io.formd.core.fields.internal.Binding;
import io.formd.core.model.Edition;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * One row of the Form D field table ({@link FormDFields}): an element of the electronic form as the EDGAR Form D
 * XML Technical Specification (version 13, March 2025) describes it in §3.4, or a part of the paper form, with
 * its printed label, its place in the model and its accessor.
 *
 * <p>Rows form a tree. For the electronic edition the tree is the XML document's ({@code edgarSubmission} at
 * level 1), plus a few model-only rows ({@link #element()} empty) where the model groups what XML does not (the
 * state/description pairs of a states-of-solicitation list). {@link #path()} is the model path a rule's finding
 * uses, with {@code []} for list indexes ({@code offering.salesCompensationRecipients[].address.city});
 * {@link #xmlPath()} the element path ({@code edgarSubmission/offeringData/salesCompensationList/recipient/
 * recipientAddress/city}).
 *
 * <p>Rows are immutable and compared by identity: the table holds each once.
 */
public final class Field {

  private final Edition edition;
  private final int level;
  private final int order;
  private final DataType dataType;
  private final String element;
  private final int minLength;
  private final int maxLength;
  private final String choiceList;
  private final int maxOccurs;
  private final Applicability d;
  private final Applicability dA;
  private final String xsdType;
  private final int xsdMaxLength;
  final String alias;
  private int item;
  private String section;
  private final String printedLabel;
  private final String label;
  private final Kind kind;
  final String property;
  private final String json;
  private final boolean list;
  private final String limitRule;
  final Binding binding;
  Field parent;
  private List<Field> children = List.of();
  private String path;
  private String xmlPath;

  static {
    Binding.install(f -> f.binding);
  }

  private Field(Builder b) {
    this.edition = b.edition;
    this.level = b.level;
    this.order = b.order;
    this.dataType = b.dataType;
    this.element = b.element;
    this.minLength = b.minLength;
    this.maxLength = b.maxLength;
    this.choiceList = b.choiceList;
    this.maxOccurs = b.maxOccurs;
    this.d = b.d;
    this.dA = b.dA;
    this.xsdType = b.xsdType;
    this.xsdMaxLength = b.xsdMaxLength;
    this.alias = b.alias;
    this.item = b.item;
    this.section = b.section;
    this.printedLabel = b.printedLabel;
    this.label = b.label;
    this.kind = b.kind;
    this.property = b.property;
    this.json = b.json == null ? b.property : b.json;
    this.list = b.list;
    this.limitRule = b.limitRule;
    this.binding = new Binding(this, new Binding.Parts(b.property, b.alias, b.accessor, b.fixedIndex, b.indexOffset,
        b.fromRoot,
        b.constant, b.noneWhenAbsent, b.setter, b.setsWholeList, b.recorded, b.newBuilder, b.build, b.parser,
        b.missingValue));
  }

  /** @return the edition of the form this row belongs to */
  public Edition edition() {
    return edition;
  }

  /** @return §3.4 "Level": depth of the element (edgarSubmission is 1); 0 for a model-only or paper row */
  public int level() {
    return level;
  }

  /** @return §3.4 "Order": the element's place among its siblings (choices share one); 0 where none */
  public int order() {
    return order;
  }

  /** @return §3.4 "Data Type" */
  public DataType dataType() {
    return dataType;
  }

  /** @return §3.4 "Element Name" (case-sensitive); empty for a model-only or paper row */
  public Optional<String> element() {
    return Optional.ofNullable(element);
  }

  /**
   * @return the schema's maximum length of a text, or of an amount's digits ({@code xs:maxLength}, or the digits
   *     of {@code maxInclusive}); empty where the schema sets none (it sets none for e-mail addresses, which §3.4
   *     limits to 80)
   */
  public OptionalInt xsdMaxLength() {
    return xsdMaxLength > 0 ? OptionalInt.of(xsdMaxLength) : OptionalInt.empty();
  }

  /**
   * @return {@link #xsdMaxLength()} as a plain int, {@code Integer.MAX_VALUE} where the schema sets none (for
   *     checks that run on every text of every filing)
   */
  public int xsdMaxLengthOrUnbounded() {
    return xsdMaxLength > 0 ? xsdMaxLength : Integer.MAX_VALUE;
  }

  /** @return the pattern facet of the element's schema type, where the table records one (CIK, ZIP, e-mail, ...) */
  public Optional<String> xsdPattern() {
    return FormDFields.xsdPattern(xsdType);
  }

  /**
   * @param text a value of this row
   * @return whether the schema's type accepts it: its pattern (XML Schema patterns match the whole text) and its
   *     length facets
   */
  public boolean matchesXsd(String text) {
    if (text.length() < minLength || text.length() > xsdMaxLengthOrUnbounded()) {
      return false;
    }
    Matcher matcher = compiledMatcher;
    if (matcher == null && xsdPattern().isPresent()) {
      matcher = new Matcher(xsdPattern().get());
      compiledMatcher = matcher;
    }
    return matcher == null || matcher.matches(text);
  }

  /**
   * A pattern facet, compiled on first use (a benign race: every thread compiles the same). One that is a single
   * character class repeated ({@code [0-9]+}, {@code [0-9A-Za-z #\-]*}) is checked a character at a time against a
   * table of the ASCII characters it allows, without a regex: the CIK and ZIP checks run on every filing.
   */
  private static final class Matcher {
    private final Pattern pattern;
    /** For a repeated character class: the ASCII characters it allows; null otherwise. */
    private final boolean[] ascii;
    private final boolean oneOrMore;

    Matcher(String regex) {
      this.pattern = Pattern.compile(regex);
      // two types of this name: java.util.regex's and this one
      java.util.regex.Matcher simple = Pattern.compile("(\\[[^\\[\\]]+\\])([*+])").matcher(regex);
      if (simple.matches()) {
        Pattern one = Pattern.compile(simple.group(1));
        ascii = new boolean[128];
        for (char c = 0; c < 128; c++) {
          ascii[c] = one.matcher(String.valueOf(c)).matches();
        }
        oneOrMore = simple.group(2).equals("+");
      } else {
        ascii = null;
        oneOrMore = false;
      }
    }

    boolean matches(String text) {
      if (ascii == null) {
        return pattern.matcher(text).matches();
      }
      if (oneOrMore && text.isEmpty()) {
        return false;
      }
      for (int i = 0; i < text.length(); i++) {
        char c = text.charAt(i);
        if (c >= 128) {
          return pattern.matcher(text).matches(); // beyond ASCII: the regex decides
        }
        if (!ascii[c]) {
          return false;
        }
      }
      return true;
    }
  }

  private volatile Matcher compiledMatcher;

  /** @return the schema's minimum length of a text (1 for most required texts); 0 where none */
  public int minLength() {
    return minLength;
  }

  /** @return §3.4 "Max Length" of a string, or of an amount's digits; empty where none */
  public OptionalInt maxLength() {
    return maxLength > 0 ? OptionalInt.of(maxLength) : OptionalInt.empty();
  }

  /** @return §3.4 "Choice List": the name of the list of valid values (§4), e.g. {@code EntityTypeList} */
  public Optional<String> choiceList() {
    return Optional.ofNullable(choiceList);
  }

  /** @return §3.4 "Max Occur": how many times the element may repeat */
  public int maxOccurs() {
    return maxOccurs;
  }

  /** @return §3.4 applicability to submission type D */
  public Applicability forD() {
    return d;
  }

  /** @return §3.4 applicability to submission type D/A */
  public Applicability forDA() {
    return dA;
  }

  /** @return the type of {@code Form_D.definition.xsd} the element has, e.g. {@code STRING_150_TYPE} */
  public Optional<String> xsdType() {
    return Optional.ofNullable(xsdType);
  }

  /** @return the printed form's Item (1 to 16) the row belongs to; empty for the header and signature */
  public OptionalInt item() {
    return item > 0 ? OptionalInt.of(item) : OptionalInt.empty();
  }

  /**
   * @return the label the printed form gives the element, as the specification's Appendix C maps it (paper rows:
   *     the paper form's own caption); empty where Appendix C says N/A
   */
  public Optional<String> printedLabel() {
    return Optional.ofNullable(printedLabel);
  }

  /** @return a label for messages: the printed label, or a short description where the form prints none */
  public String label() {
    return label;
  }

  /**
   * @return where a message should point a reader of the form: {@code "Item 13, Total Remaining to be Sold"},
   *     {@code "Signature and Submission, Title"}, {@code "Part C, Question 4.a"}
   */
  public String place() {
    return section == null || section.equals(label) ? label : section + ", " + label;
  }

  /** @return the part of the printed form the row is in: {@code "Item 13"}, {@code "Part C"}; empty for the header */
  public Optional<String> section() {
    return Optional.ofNullable(section);
  }

  /** @return how the model holds the value */
  public Kind kind() {
    return kind;
  }

  /** @return the model accessor's name (a segment of {@link #path()}); empty for a {@link Kind#WRAPPER} */
  public Optional<String> property() {
    return Optional.ofNullable(property);
  }

  /** @return the member name in canonical JSON; empty for a {@link Kind#WRAPPER} */
  public Optional<String> jsonMember() {
    return Optional.ofNullable(json);
  }

  /** @return true when the model holds a list of values (each with an index in paths) */
  public boolean isList() {
    return list;
  }

  /** @return the id of the built-in rule that checks this row's lengths and patterns, if one does */
  public Optional<String> limitRule() {
    return Optional.ofNullable(limitRule);
  }

  /** @return the parent row; empty for a root */
  public Optional<Field> parent() {
    return Optional.ofNullable(parent);
  }

  /** @return the child rows, in document order */
  public List<Field> children() {
    return children;
  }

  /** @return the model path, {@code []} standing for each list index; empty for a root */
  public String path() {
    return path;
  }

  /** @return the XML element path from {@code edgarSubmission}; empty for model-only and paper rows */
  public String xmlPath() {
    return xmlPath;
  }

  /** @return the nearest ancestor row (or this row) that is an XML element; empty for paper rows */
  public Optional<Field> xmlElement() {
    Field f = this;
    while (f != null && f.element == null) {
      f = f.parent;
    }
    return Optional.ofNullable(f);
  }

  @Override
  public String toString() {
    return element != null ? xmlPath : edition + ":" + path;
  }

  // ---- building the table ----

  static Builder row(Edition edition) {
    return new Builder(edition);
  }

  /** Fills in parents, paths and XML paths below a root. */
  static Field root(Field root) {
    root.path = "";
    root.xmlPath = root.element == null ? "" : root.element;
    link(root);
    return root;
  }

  private static void link(Field f) {
    for (Field c : f.children) {
      c.parent = f;
      if (c.item == 0) {
        c.item = f.item;
      }
      if (c.section == null) {
        c.section = f.section;
      }
      String base = c.binding.fromRoot() ? "" : f.path;
      if (c.property == null) {
        c.path = base;
      } else {
        c.path = (base.isEmpty() ? "" : base + ".") + c.property + (c.list || c.binding.fixedIndex() >= 0 ? "[]" : "");
      }
      Field xmlParent = f.xmlElement().orElse(null);
      c.xmlPath = c.element == null || xmlParent == null ? (c.element == null ? "" : c.element)
          : xmlParent.xmlPath + "/" + c.element;
      link(c);
    }
  }

  /** Builds rows; package-private: the table is {@link FormDFields}'. */
  static final class Builder {
    private final Edition edition;
    private int level;
    private int order;
    private DataType dataType = DataType.NV;
    private String element;
    private int minLength;
    private int maxLength;
    private String choiceList;
    private int maxOccurs = 1;
    private Applicability d = Applicability.BLANK;
    private Applicability dA = Applicability.BLANK;
    private String xsdType;
    private int xsdMaxLength;
    private String alias;
    private int item;
    private String section;
    private String printedLabel;
    private String label;
    private Kind kind = Kind.WRAPPER;
    private String property;
    private String json;
    private Function<Object, Object> accessor = Function.identity();
    private boolean list;
    private int fixedIndex = -1;
    private int indexOffset;
    private boolean fromRoot;
    private Object constant;
    private boolean noneWhenAbsent;
    private String limitRule;
    private BiConsumer<Object, Object> setter;
    private boolean setsWholeList;
    private boolean recorded;
    private Supplier<Object> newBuilder;
    private Function<Object, Object> build;
    private Function<String, Object> parser;
    private Object missingValue;
    private final List<Field> children = new ArrayList<>();

    private Builder(Edition edition) {
      this.edition = edition;
    }

    Builder spec(int level, int order, DataType type, String element, int maxLength, String choiceList, int maxOccurs,
        Applicability d, Applicability dA) {
      this.level = level;
      this.order = order;
      this.dataType = type;
      this.element = element;
      this.maxLength = maxLength;
      this.choiceList = choiceList;
      this.maxOccurs = maxOccurs;
      this.d = d;
      this.dA = dA;
      return this;
    }

    Builder xsd(String type, int minLength, int maxLength) {
      this.xsdType = type;
      this.minLength = minLength;
      this.xsdMaxLength = maxLength;
      return this;
    }

    /** For a wrapper: the model name under which a finding on the whole list it holds names it. */
    Builder alias(String property) {
      this.alias = property;
      return this;
    }

    /** The printed form's Item, which is also the row's (and its children's) section. */
    Builder item(int item) {
      this.item = item;
      this.section = "Item " + item;
      return this;
    }

    /** The part of the form the row and its children are in, where it is not an Item. */
    Builder section(String section) {
      this.section = section;
      return this;
    }

    /** The printed label (Appendix C), also the label for messages. */
    Builder printed(String printed) {
      this.printedLabel = printed;
      this.label = printed;
      return this;
    }

    /** A label for messages where the form prints none. */
    Builder label(String label) {
      this.label = label;
      return this;
    }

    @SuppressWarnings("unchecked")
    <P> Builder model(Kind kind, String property, Function<P, ?> accessor) {
      this.kind = kind;
      this.property = property;
      this.accessor = (Function<Object, Object>) accessor;
      return this;
    }

    Builder json(String member) {
      this.json = member;
      return this;
    }

    Builder list() {
      this.list = true;
      return this;
    }

    Builder fixedIndex(int index) {
      this.fixedIndex = index;
      return this;
    }

    Builder indexOffset(int offset) {
      this.indexOffset = offset;
      return this;
    }

    Builder fromRoot() {
      this.fromRoot = true;
      return this;
    }

    Builder constant(Object constant) {
      this.constant = constant;
      return this;
    }

    Builder noneWhenAbsent() {
      this.noneWhenAbsent = true;
      return this;
    }

    /** How a value read back goes into the model parent's builder. */
    @SuppressWarnings("unchecked")
    <B, V> Builder set(BiConsumer<B, V> setter) {
      this.setter = (BiConsumer<Object, Object>) setter;
      return this;
    }

    /**
     * For a list row whose model takes the whole list at once: the setter gets the list, or for a
     * {@link #recorded()} row, the list as a {@code Recorded}.
     */
    <B, V> Builder setAll(BiConsumer<B, V> setter) {
      set(setter);
      this.setsWholeList = true;
      return this;
    }

    /** For a row the model holds as a {@code Recorded} answer: its setter takes the {@code Recorded}. */
    Builder recorded() {
      this.recorded = true;
      return this;
    }

    /** For a group row: how to build its model value. */
    @SuppressWarnings("unchecked")
    <B> Builder builds(Supplier<B> newBuilder, Function<B, ?> build) {
      this.newBuilder = (Supplier<Object>) newBuilder;
      this.build = (Function<Object, Object>) build;
      return this;
    }

    /** For a code row: its lookup, as a slot of {@link Access}. */
    @SuppressWarnings("unchecked")
    Builder parse(Access parser) {
      this.parser = (Function<String, Object>) (Function<?, ?>) parser;
      return this;
    }

    /** For a code row: its lookup. */
    @SuppressWarnings("unchecked")
    Builder parse(Function<String, ?> parser) {
      this.parser = (Function<String, Object>) parser;
      return this;
    }

    /** What the model holds when a document lacks a required element it can hold an empty answer for. */
    Builder missingAs(Object value) {
      this.missingValue = value;
      return this;
    }

    Builder limitRule(String ruleId) {
      this.limitRule = ruleId;
      return this;
    }

    Builder children(Builder... rows) {
      for (Builder row : rows) {
        children.add(row.build());
      }
      return this;
    }

    Builder children(List<Builder> rows) {
      return children(rows.toArray(new Builder[0]));
    }

    Field build() {
      if (label == null) {
        label = property != null ? property : element;
      }
      Field field = new Field(this);
      field.children = Collections.unmodifiableList(new ArrayList<>(children));
      return field;
    }
  }
}
