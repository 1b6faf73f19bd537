package io.formd.core.rules;

import io.formd.core.fields.Field;
import io.formd.core.fields.internal.FieldWalk;
import io.formd.core.fields.FormDFields;
import io.formd.core.fields.Kind;
import io.formd.core.model.ElectronicFormD;
import io.formd.core.model.OfferingAmount;
import io.formd.core.model.UsdAmount;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Predicate;

/**
 * The schema's limits, read from the field table ({@link FormDFields}) rather than written out per rule: for each
 * rule id, the rows whose {@link Field#limitRule()} names it are checked for text length (the schema's
 * {@code minLength}/{@code maxLength}), list size ({@code maxOccurs}) and, for amounts and counts, whole dollars of
 * at most 12 digits ({@code POSITIVE_INTEGER_TYPE}, {@code AMOUNT_OR_INDEFINITE}). A rule that checks more (a
 * pattern, a missing part) adds its own check beside this one.
 */
final class FieldLimits {

  private static final long MAX_COUNT = 999_999_999_999L;
  /**
   * One walk for all of them: every row a limit rule checks, every text, every e-mail address. Each validation
   * takes one snapshot of it ({@link RuleContext#snapshot}) and each rule visits its own rows in it.
   */
  static final FieldWalk SHARED = FieldWalk.of(FormDFields.electronic(), new Selection(), new Marks());

  /**
   * The walk's rows and its marks, as classes: a lambda links at a run's first use (about a tenth of a millisecond
   * each, even from the class-data archive), a class loads in a tenth of that.
   */
  private static final class Selection implements Predicate<Field> {
    @Override
    public boolean test(Field field) {
      return field.limitRule().isPresent() || field.kind() == Kind.TEXT || isEmail(field);
    }
  }

  private static final class Marks implements FieldWalk.Marker {
    @Override
    public int mark(Field field, Object value, boolean wholeList) {
      return FieldLimits.mark(field, value, wholeList);
    }
  }

  /** Marks of a value, taken once per filing by the shared walk: a rule visits only values with its marks. */
  static final int NON_XML_CHARACTER = 1;
  static final int OUTER_WHITESPACE = 2;
  static final int LENGTH = 4;
  static final int AMOUNT_DIGITS = 8;
  static final int COUNT_DIGITS = 16;
  static final int LIST_SIZE = 32;
  static final int BLANK = 64;
  private static final int LIMITS = LENGTH | AMOUNT_DIGITS | COUNT_DIGITS | LIST_SIZE;

  private static int mark(Field field, Object value, boolean wholeList) {
    if (wholeList) {
      return ((List<?>) value).size() > field.maxOccurs() ? LIST_SIZE : 0;
    }
    // A switch expression over every kind: a new Kind does not compile until it says what its limits are.
    return switch (field.kind()) {
      case TEXT -> textMarks(field, (String) value);
      case AMOUNT -> badAmount((UsdAmount) value) ? AMOUNT_DIGITS : 0;
      case OFFERING_AMOUNT -> {
        // No Optional.map: the walk marks every amount of every filing, and a lambda there is one more call.
        Optional<UsdAmount> amount = ((OfferingAmount) value).amount();
        yield amount.isPresent() && badAmount(amount.get()) ? AMOUNT_DIGITS : 0;
      }
      case COUNT -> (Long) value > MAX_COUNT ? COUNT_DIGITS : 0;
      case GROUP, WRAPPER, CODE, BOOLEAN, FLAG, DATE, YEAR, YEAR_MONTH, MARK, STATED_AMOUNT, STATED_COUNT, YEAR_KIND,
          SECURITY_TYPE, NONE, ALL_STATES -> 0;
    };
  }

  private static int textMarks(Field field, String text) {
    int marks = SchemaRules.firstNonXmlCharacter(text) >= 0 ? NON_XML_CHARACTER : 0;
    if (SchemaRules.hasOuterWhitespace(text)) {
      marks |= OUTER_WHITESPACE;
      if (text.isBlank()) {
        marks |= BLANK;
      }
    }
    int length = text.length();
    if (length < field.minLength() || length > field.xsdMaxLengthOrUnbounded()) {
      marks |= LENGTH;
    }
    return marks;
  }

  /** The largest amount of twelve digits: an amount of whole dollars above it has more. */
  private static final BigDecimal MAX_AMOUNT = BigDecimal.valueOf(999_999_999_999L);

  private static boolean badAmount(UsdAmount amount) {
    return !amount.isWholeDollars() || amount.value().compareTo(MAX_AMOUNT) > 0;
  }

  /** @return the digits before the point: precision less scale (BigDecimal keeps its precision once computed) */
  private static int wholeDigits(UsdAmount amount) {
    return amount.value().precision() - amount.value().scale();
  }
  private static final int BY_RULE = 0;
  private static final int TEXTS = 1;
  private static final int EMAILS = 2;
  private static final int[] TEXT_SLOTS = slots(TEXTS, null);
  private static final int[] EMAIL_SLOTS = slots(EMAILS, null);
  private static final Map<String, int[]> RULE_SLOTS = new ConcurrentHashMap<>();
  /** One snapshot per thread, refilled by each validation: no arrays allocated per filing. */
  private static final ThreadLocal<FieldWalk.Snapshot> SNAPSHOTS = new ThreadLocal<>();

  private FieldLimits() {}

  private static boolean isEmail(Field field) {
    return field.xsdType().isPresent() && field.xsdType().get().equals("FORM_D_EMAIL_TYPE");
  }

  /** @return the slots of the rows (but the root) of kind TEXT, of e-mail type, or checked by rule {@code ruleId} */
  private static int[] slots(int which, String ruleId) {
    List<Field> rows = FormDFields.electronicRows();
    int[] slots = new int[rows.size()];
    int n = 0;
    for (Field field : rows) {
      boolean chosen = which == TEXTS ? field.kind() == Kind.TEXT : which == EMAILS ? isEmail(field)
          : field.limitRule().isPresent() && field.limitRule().get().equals(ruleId);
      if (chosen && field.parent().isPresent()) {
        slots[n++] = SHARED.slot(field);
      }
    }
    return Arrays.copyOf(slots, n);
  }

  /** @return the slots of the rows whose limits rule {@code ruleId} checks */
  private static int[] rows(String ruleId) {
    int[] slots = RULE_SLOTS.get(ruleId);
    if (slots == null) {
      slots = slots(BY_RULE, ruleId);
      RULE_SLOTS.put(ruleId, slots);
    }
    return slots;
  }

  /** Visits the values of the rows in {@code slots} that have any of the marks in {@code mask} (-1: all). */
  private static void visit(int[] slots, int mask, ElectronicFormD filing, RuleContext context,
      FieldWalk.Visitor visitor) {
    FieldWalk.Snapshot snapshot = context.snapshot(SHARED, filing, SNAPSHOTS);
    if (mask != -1 && (snapshot.marks() & mask) == 0) {
      return;
    }
    for (int slot : slots) {
      snapshot.forEach(slot, mask, visitor);
    }
  }

  /**
   * @return whether a value of the filing has any of the marks in {@code mask}: a rule asks before it makes the
   *     visitor it would give {@link #allTexts} or {@link #blankRequired} (a lambda capturing its reporter is made
   *     through a method handle, slow under C1, for every filing; most have no such value)
   */
  static boolean marked(ElectronicFormD filing, RuleContext context, int mask) {
    return (context.snapshot(SHARED, filing, SNAPSHOTS).marks() & mask) != 0;
  }

  /** Visits the texts of the rows rule {@code ruleId} checks; the cursor spells the path out when asked. */
  static void texts(String ruleId, ElectronicFormD filing, RuleContext context,
      BiConsumer<FieldWalk.Cursor, String> visitor) {
    visit(rows(ruleId), -1, filing, context, new AtCursor(visitor, true));
  }

  /**
   * Visits every free text of the filing (the rows of kind TEXT) that has a mark in {@code mask}
   * ({@link #NON_XML_CHARACTER}, {@link #OUTER_WHITESPACE}) and that {@code test} accepts, with its path.
   */
  static void allTexts(ElectronicFormD filing, RuleContext context, int mask, Predicate<String> test,
      BiConsumer<String, String> visitor) {
    visit(TEXT_SLOTS, mask, filing, context, new Tested(test, visitor));
  }

  /** Visits the paths of the required texts (§3.4: m and m#) that hold only whitespace. */
  static void blankRequired(ElectronicFormD filing, RuleContext context, Consumer<String> visitor) {
    visit(TEXT_SLOTS, BLANK, filing, context, new Blank(visitor));
  }

  /** Visits every e-mail address (schema type {@code FORM_D_EMAIL_TYPE}); the cursor spells the path out. */
  static void emails(ElectronicFormD filing, RuleContext context, BiConsumer<FieldWalk.Cursor, String> visitor) {
    visit(EMAIL_SLOTS, -1, filing, context, new AtCursor(visitor, false));
  }

  /** Each value visited, as a text, with its cursor: only the rows of kind TEXT when {@code textsOnly}. */
  private static final class AtCursor implements FieldWalk.Visitor {
    private final BiConsumer<FieldWalk.Cursor, String> visitor;
    private final boolean textsOnly;

    AtCursor(BiConsumer<FieldWalk.Cursor, String> visitor, boolean textsOnly) {
      this.visitor = visitor;
      this.textsOnly = textsOnly;
    }

    @Override
    public void visit(Field field, Object value, FieldWalk.Cursor at) {
      if (!textsOnly || field.kind() == Kind.TEXT) {
        visitor.accept(at, (String) value);
      }
    }
  }

  /** Each text visited that {@code test} accepts, with its path. */
  private static final class Tested implements FieldWalk.Visitor {
    private final Predicate<String> test;
    private final BiConsumer<String, String> visitor;

    Tested(Predicate<String> test, BiConsumer<String, String> visitor) {
      this.test = test;
      this.visitor = visitor;
    }

    @Override
    public void visit(Field field, Object value, FieldWalk.Cursor at) {
      String text = (String) value;
      if (test.test(text)) {
        visitor.accept(at.path(), text);
      }
    }
  }

  /** The required texts that hold only whitespace, by path. */
  private static final class Blank implements FieldWalk.Visitor {
    private final Consumer<String> visitor;

    Blank(Consumer<String> visitor) {
      this.visitor = visitor;
    }

    @Override
    public void visit(Field field, Object value, FieldWalk.Cursor at) {
      if ((field.forD().mandatory() || field.forDA().mandatory()) && ((String) value).isBlank()) {
        visitor.accept(at.path());
      }
    }
  }

  /**
   * @param ruleId a rule id
   * @return a check of the lengths, list sizes and amounts of the rows rule {@code ruleId} checks
   */
  static Rule.ElectronicCheck check(String ruleId) {
    int[] slots = rows(ruleId);
    return new Checks.Electronic() {
      @Override
      public void check(ElectronicFormD filing, RuleContext context, Reporter r) {
        visit(slots, LIMITS, filing, context, new Limits(r));
      }
    };
  }

  /** One validation's visit of the limits: it reports to {@code r}. */
  private static final class Limits implements FieldWalk.Visitor {
    private final Reporter r;

    Limits(Reporter r) {
      this.r = r;
    }

    @Override
    public void visit(Field field, Object value, FieldWalk.Cursor at) {
      switch (field.kind()) {
        case TEXT -> length(field, (String) value, at, r);
        case AMOUNT -> amount((UsdAmount) value, at, r);
        case OFFERING_AMOUNT -> {
          Optional<UsdAmount> amount = ((OfferingAmount) value).amount();
          if (amount.isPresent()) {
            amount(amount.get(), at, r);
          }
        }
        case COUNT -> {
          long count = (Long) value;
          if (count > MAX_COUNT) {
            r.report(at.path(), field.label() + " " + count + " has more than 12 digits", "count", count);
          }
        }
        // No schema limit of length, size or digits: the XSD types of these kinds are closed sets.
        case GROUP, WRAPPER, CODE, BOOLEAN, FLAG, DATE, YEAR, YEAR_MONTH, MARK, STATED_AMOUNT, STATED_COUNT,
            YEAR_KIND, SECURITY_TYPE, NONE, ALL_STATES -> { }
      }
    }

    @Override
    public void list(Field field, List<?> values, FieldWalk.Cursor at) {
      if (values.size() > field.maxOccurs()) {
        r.report(at.path(), "lists " + values.size() + " of " + field.label() + "; the schema allows at most "
            + field.maxOccurs(), "count", values.size(), "maximum", field.maxOccurs());
      }
    }
  }

  private static void length(Field field, String value, FieldWalk.Cursor at, Reporter r) {
    int length = value.length();
    if (length == 0 && at.path().contains("salesCompensationRecipients[")) {
      return; // a recipient's missing part: D-EDGAR-RECIPIENT-COMPLETE names them all at once
    }
    if (length < field.minLength() || length > field.xsdMaxLengthOrUnbounded()) {
      SchemaRules.length(r, at.path(), value, field.minLength(), field.xsdMaxLengthOrUnbounded());
    }
  }

  private static void amount(UsdAmount amount, FieldWalk.Cursor at, Reporter r) {
    if (!amount.isWholeDollars()) {
      r.report(at.path(), "amount " + amount.toPlainString() + " has cents; the electronic form takes whole dollars",
          "amount", amount.toPlainString());
    } else if (wholeDigits(amount) > 12) {
      r.report(at.path(), "amount " + amount.toPlainString() + " has more than 12 digits", "amount",
          amount.toPlainString());
    }
  }
}
