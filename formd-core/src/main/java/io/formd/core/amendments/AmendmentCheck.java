package io.formd.core.amendments;

import io.formd.core.model.ElectronicFormD;
import io.formd.core.rules.EdgarCalendar;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Is an amendment required, and by when (Rule 503(a)(3), 17 CFR 230.503): given the notice or amendment last filed
 * for an offering and the offering's facts now (a filing as it would be filed), each change is a reason, required or
 * exempt, with the paragraph that decides it; and, with the date the last notice was filed, the annual amendment.
 *
 * <pre>{@code
 * AmendmentCheck.Verdict verdict = AmendmentCheck.between(lastFiled, now).lastFiledOn(LocalDate.of(2025, 3, 4))
 *     .asOf(LocalDate.of(2026, 2, 1)).verdict();
 * verdict.required();                       // true if a change or the anniversary requires one
 * verdict.reasons().forEach(System.out::println);
 * verdict.deadline().fileBy();              // 2026-03-04 while the offering continues: a day to schedule
 * verdict.describe();                       // the same in a sentence
 * }</pre>
 *
 * <p>A check is an immutable value: each method returns a new one. Without {@link #lastFiledOn} the annual amendment
 * cannot be checked, and the verdict says so ({@link Verdict#annualChecked()}, {@link Deadline.Kind#NOT_CHECKED}):
 * "no change requires one" is then not "none is due".
 *
 * <p>The triggers and exceptions are 503(a)(3)(i)-(iii) as adopted in Release 33-8891 (73 FR 10592): a change in the
 * information requires an amendment "as soon as practicable" unless it is one of the nine excepted in (ii)(A)-(I) or
 * occurs after the offering terminates; the 10 % tests of (C), (E) and (I) compare with the notice last filed, so a
 * series of small changes adds up. Where the paragraph is silent, the reason says which reading formd chose. The
 * signature block, the filer's contact and the submission's own parts are not information about the offering and are
 * not changes here. A material mistake in the last notice (503(a)(3)(i)) cannot be told from a change: a corrected
 * historical fact (the date of first sale, the year of incorporation) shows up as a change that requires an amendment,
 * even after the offering terminated (503(a)(3)(i) has no exception for termination).
 */
public final class AmendmentCheck {

  private static final String P = "17 CFR 230.503(a)(3)";
  private static final BigDecimal TEN_PERCENT_UP = new BigDecimal("1.1");
  private static final BigDecimal TEN_PERCENT_DOWN = new BigDecimal("0.9");
  private static final Pattern ENTRY = Pattern.compile(
      "((?:relatedPersons|offering\\.salesCompensationRecipients)\\[(?:removed )?\\d+])");
  private static final Pattern WHOLE_ENTRY_NAME = Pattern.compile(
      "((?:relatedPersons|offering\\.salesCompensationRecipients)\\[(?:removed )?\\d+])\\.(?:name\\.lastName|name)");

  private final ElectronicFormD previous;
  private final ElectronicFormD current;
  private final LocalDate lastFiled;
  private final LocalDate asOf;
  private final boolean terminated;
  private final EdgarCalendar calendar;

  private AmendmentCheck(ElectronicFormD previous, ElectronicFormD current, LocalDate lastFiled, LocalDate asOf,
      boolean terminated, EdgarCalendar calendar) {
    this.previous = Objects.requireNonNull(previous, "previous");
    this.current = Objects.requireNonNull(current, "current");
    this.lastFiled = lastFiled;
    this.asOf = asOf;
    this.terminated = terminated;
    this.calendar = calendar;
  }

  /**
   * @param lastFiledNotice the notice or amendment last filed for the offering
   * @param now the offering's information now, as a filing
   * @return a check of the changes between them
   */
  public static AmendmentCheck between(ElectronicFormD lastFiledNotice, ElectronicFormD now) {
    return new AmendmentCheck(lastFiledNotice, now, null, null, false, EdgarCalendar.standard());
  }

  /**
   * @param date the day EDGAR filed the last notice or amendment (its filing date, not its signature)
   * @return a check that also tells the annual amendment's due date (without it the verdict says the annual
   *     amendment was not checked: {@link Verdict#annualChecked()})
   */
  public AmendmentCheck lastFiledOn(LocalDate date) {
    return new AmendmentCheck(previous, current, Objects.requireNonNull(date, "date"), asOf, terminated, calendar);
  }

  /**
   * @param date the day the question is asked (by default the later signature date of {@code now})
   * @return a check as of that day
   */
  public AmendmentCheck asOf(LocalDate date) {
    return new AmendmentCheck(previous, current, lastFiled, Objects.requireNonNull(date, "date"), terminated, calendar);
  }

  /**
   * @param terminated true if the offering terminated before the changes: no amendment is then required for them
   *     (503(a)(3)(ii)) and none is due each year (503(a)(3)(iii)); a correction of a mistake of fact in the
   *     last notice (a changed date of first sale or year of incorporation) is still required (503(a)(3)(i))
   * @return a check of a terminated offering
   */
  public AmendmentCheck offeringTerminated(boolean terminated) {
    return new AmendmentCheck(previous, current, lastFiled, asOf, terminated, calendar);
  }

  /**
   * @param calendar the days EDGAR is open, for the last day an annual amendment can be filed on time
   * @return a check with that calendar
   */
  public AmendmentCheck calendar(EdgarCalendar calendar) {
    return new AmendmentCheck(previous, current, lastFiled, asOf, terminated, Objects.requireNonNull(calendar,
        "calendar"));
  }

  /** @return the verdict */
  public Verdict verdict() {
    List<Reason> reasons = new ArrayList<>();
    List<Change> changes = FilingDiff.between(previous, current);
    // A person or recipient added or removed is one reason, given at its name, not one per field.
    Set<String> wholeEntries = new HashSet<>();
    for (Change change : changes) {
      if (change.added() || change.removed()) {
        Matcher m = WHOLE_ENTRY_NAME.matcher(change.path());
        if (m.matches()) {
          wholeEntries.add(m.group(1));
        }
      }
    }
    for (Change change : changes) {
      if (!wholeEntries.isEmpty()) {
        Matcher entry = ENTRY.matcher(change.path());
        if (entry.lookingAt() && wholeEntries.contains(entry.group(1))
            && !WHOLE_ENTRY_NAME.matcher(change.path()).matches()) {
          continue;
        }
      }
      Reason reason = judge(change);
      if (reason != null) {
        if (terminated && reason.required() && isHistoricalFact(change.path())) {
          // A fact of the past cannot change after termination: a new value corrects a mistake, which (i) requires.
          reasons.add(new Reason(change, true, P + "(i)", "a correction of a mistake of fact in the last notice: "
              + "required as soon as practicable, whether or not the offering terminated"));
        } else {
          reasons.add(terminated && reason.required()
              ? new Reason(change, false, P + "(ii)", "a change after the offering terminated requires no amendment")
              : reason);
        }
      }
    }
    Optional<LocalDate> annual = Optional.empty();
    Optional<LocalDate> safe = Optional.empty();
    boolean annualDue = false;
    if (lastFiled != null && !terminated) {
      LocalDate anniversary = anniversary(lastFiled);
      annual = Optional.of(anniversary);
      LocalDate day = anniversary;
      while (!calendar.isOpen(day)) {
        day = day.minusDays(1); // 503(a)(3)(iii) does not roll forward: file on the last open day before
      }
      safe = Optional.of(day);
      LocalDate today = asOf != null ? asOf : current.latestSignatureDate().orElse(null);
      annualDue = today != null && !today.isBefore(anniversary.minusDays(30));
    }
    Optional<LocalDate> known = Optional.ofNullable(asOf).or(current::latestSignatureDate);
    return new Verdict(reasons, annual, safe, annualDue, lastFiled != null || terminated, known);
  }

  /** The facts of the past a later notice can only correct: the date of first sale, the year of incorporation. */
  private static boolean isHistoricalFact(String path) {
    return path.equals("offering.typeOfFiling.dateOfFirstSale") || path.contains(".yearOfIncorporation");
  }

  /** The first anniversary of a filing; a filing of 29 February has its anniversary on 28 February. */
  static LocalDate anniversary(LocalDate filed) {
    MonthDay day = MonthDay.from(filed);
    int year = filed.getYear() + 1;
    return day.isValidYear(year) ? day.atYear(year) : LocalDate.of(year, 2, 28);
  }

  /** @return the reason for one change, or null for a change that is not information about the offering */
  static Reason judge(Change c) {
    String path = c.path();
    if (path.startsWith("signatures") || path.equals("authorizedRepresentative") || path.equals("submissionType")
        || path.equals("offering.typeOfFiling.amendment")
            || path.equals("offering.typeOfFiling.previousAccessionNumber")) {
      return null; // the signature block and the filing's own kind are not information about the offering
    }
    if (path.startsWith("relatedPersons")) {
      boolean entryAddedOrRemoved = path.contains("[removed ") || c.before()
          .isEmpty() && path.endsWith(".name.lastName");
      if (!entryAddedOrRemoved && (path.contains(".address.") || path.contains(".relationships")
          || path.contains(".relationshipClarification"))) {
        return exempt(c, "(ii)(A)", "a related person's address or relationship changed: excepted");
      }
      return required(c, "(ii)", "a related person was added, removed or renamed: not among the exceptions of (A), "
          + "which names only address and relationship");
    }
    if (path.equals("offering.revenueRange") || path.equals("offering.netAssetValueRange")) {
      return exempt(c, "(ii)(B)", "the revenue or aggregate net asset value range changed: excepted");
    }
    if (path.equals("offering.minimumInvestment")) {
      return decrease(c, "(ii)(C)", "the minimum investment", TEN_PERCENT_DOWN);
    }
    if (path.startsWith("offering.salesCompensationRecipients")) {
      if (path.contains("[removed ") || c.before().isEmpty() && path.endsWith(".name")) {
        return required(c, "(ii)", "a recipient was added or removed: (D) excepts only a recipient's address and "
            + "states "
            + "of solicitation");
      }
      if (path.contains(".address.") || path.contains(".statesOfSolicitation")) {
        return exempt(c, "(ii)(D)", "a recipient's address or states of solicitation changed: excepted");
      }
      if (path.endsWith(".foreignSolicitation")) {
        return exempt(c, "(ii)(D)", "treated as excepted: soliciting outside the United States is where a recipient "
            + "solicits, which (D) excepts, though (D) names only states");
      }
      return required(c, "(ii)", "a recipient's name, CRD number or broker-dealer changed: not among (D)'s exceptions");
    }
    if (path.equals("offering.amounts.totalOfferingAmount")) {
      if (c.before().orElse("").equals("Indefinite") || c.after().orElse("").equals("Indefinite")) {
        return required(c, "(ii)(E)", "treated as required: a change between Indefinite and an amount cannot be "
            + "measured against (E)'s 10 %");
      }
      return increase(c, "(ii)(E)", "the total offering amount");
    }
    if (path.equals("offering.amounts.totalAmountSold") || path.equals("offering.amounts.totalRemaining")) {
      return exempt(c, "(ii)(F)", "the amount sold or remaining changed: excepted");
    }
    if (path.equals("offering.investors.numberNonAccreditedInvestors")) {
      long before = c.before().map(Long::parseLong).orElse(0L);
      long after = c.after().map(Long::parseLong).orElse(0L);
      if (after > 35 && after > before) {
        return required(c, "(ii)(G)", "the number of non-accredited investors rose to " + after + ", more than 35");
      }
      return exempt(c, "(ii)(G)", "the number of non-accredited investors changed to " + after + ", not above 35: "
          + "excepted");
    }
    if (path.equals("offering.investors.hasNonAccreditedInvestors")) {
      if ("true".equals(c.after().orElse(""))) {
        return required(c, "(ii)(G)", "treated as required: sales to non-accredited investors begin, which is more "
            + "than a change in their number (and matters under Rule 506(c) and Section 4(a)(5))");
      }
      return exempt(c, "(ii)(G)", "treated as excepted: no more non-accredited investors is a change in their number");
    }
    if (path.equals("offering.investors.totalNumberAlreadyInvested")) {
      return exempt(c, "(ii)(H)", "the total number of investors changed: excepted");
    }
    if (path.equals("offering.commissionsAndFees.salesCommissions.amount")
        || path.equals("offering.commissionsAndFees.findersFees.amount")
        || path.equals("offering.useOfProceeds.grossProceedsUsed.amount")) {
      return increase(c, "(ii)(I)", "the amount of " + c.place().replaceFirst("^Item \\d+, ", ""));
    }
    if (path.endsWith(".estimate") && (path.startsWith("offering.commissionsAndFees")
        || path.startsWith("offering.useOfProceeds"))) {
      return exempt(c, "(ii)(I)", "treated as excepted: only whether the amount is an estimate changed, and (I) "
          + "excepts changes in the amount");
    }
    return required(c, "(ii)", "a change in the information of " + c.place() + ": not among the exceptions "
        + "(A)-(I)");
  }

  private static Reason required(Change c, String paragraph, String detail) {
    return new Reason(c, true, P + paragraph, detail);
  }

  private static Reason exempt(Change c, String paragraph, String detail) {
    return new Reason(c, false, P + paragraph, detail);
  }

  /** (E), (I): a decrease is excepted; an increase is excepted up to 10 % of the amount last filed. */
  private static Reason increase(Change c, String paragraph, String what) {
    BigDecimal before = new BigDecimal(c.before().orElse("0"));
    BigDecimal after = new BigDecimal(c.after().orElse("0"));
    if (after.compareTo(before) <= 0) {
      return exempt(c, paragraph, what + " decreased: excepted");
    }
    if (before.signum() == 0) {
      return required(c, paragraph, what + " rose from nothing, which no percentage can excuse");
    }
    BigDecimal percent = after.subtract(before).multiply(BigDecimal.valueOf(100))
        .divide(before, 1, RoundingMode.HALF_UP);
    if (after.compareTo(before.multiply(TEN_PERCENT_UP)) > 0) {
      return required(c, paragraph, what + " rose by " + percent + " % since the notice last filed: more than 10 %");
    }
    return exempt(c, paragraph, what + " rose by " + percent + " % since the notice last filed: not more than 10 %");
  }

  /** (C): an increase is excepted; a decrease is excepted down to 10 % below the amount last filed. */
  private static Reason decrease(Change c, String paragraph, String what, BigDecimal floor) {
    BigDecimal before = new BigDecimal(c.before().orElse("0"));
    BigDecimal after = new BigDecimal(c.after().orElse("0"));
    if (after.compareTo(before) >= 0) {
      return exempt(c, paragraph, what + " increased: excepted");
    }
    BigDecimal percent = before.subtract(after).multiply(BigDecimal.valueOf(100))
        .divide(before, 1, RoundingMode.HALF_UP);
    if (after.compareTo(before.multiply(floor)) < 0) {
      return required(c, paragraph, what + " fell by " + percent + " % since the notice last filed: more than 10 %");
    }
    return exempt(c, paragraph, what + " fell by " + percent + " % since the notice last filed: not more than 10 %");
  }

  /**
   * The answer.
   *
   * @param reasons one per change of offering information, required or excepted, in the filing's order
   * @param annualDueDate the first anniversary of the last filing, when its filing date was given and the offering
   *     continues: an amendment is due on or before it (503(a)(3)(iii))
   * @param lastDayToFileAnnual the last day on or before the anniversary that EDGAR is open
   * @param annualDueSoon true when the anniversary is less than 30 days away (or past) on the as-of date
   * @param annualChecked false when the annual amendment could not be checked: the day the last notice was filed was
   *     not given (and the offering was not said to have terminated)
   * @param asOf the day asked about (by default the signature of the filing as it stands now), when known
   */
  public record Verdict(List<Reason> reasons, Optional<LocalDate> annualDueDate,
      Optional<LocalDate> lastDayToFileAnnual,
      boolean annualDueSoon, boolean annualChecked, Optional<LocalDate> asOf) {

    /** Copies the list and checks the parts are given. */
    public Verdict {
      reasons = List.copyOf(reasons);
      Objects.requireNonNull(annualDueDate, "annualDueDate");
      Objects.requireNonNull(lastDayToFileAnnual, "lastDayToFileAnnual");
      Objects.requireNonNull(asOf, "asOf");
      if (annualDueDate.isPresent() != lastDayToFileAnnual.isPresent()) {
        throw new IllegalArgumentException("the annual due date and EDGAR's last open day by then go together");
      }
    }

    /**
     * A verdict whose annual amendment was checked exactly when its due date is given.
     *
     * @param reasons the reasons
     * @param annualDueDate the annual amendment's due date, if checked and due
     * @param lastDayToFileAnnual EDGAR's last open day by then
     * @param annualDueSoon true when the anniversary is less than 30 days away (or past)
     */
    public Verdict(List<Reason> reasons, Optional<LocalDate> annualDueDate, Optional<LocalDate> lastDayToFileAnnual,
        boolean annualDueSoon) {
      this(reasons, annualDueDate, lastDayToFileAnnual, annualDueSoon, annualDueDate.isPresent(), Optional.empty());
    }

    /**
     * @return true if a change requires an amendment "as soon as practicable", or the annual one is due soon; false
     *     is "no" only when {@link #annualChecked()}
     */
    public boolean required() {
      return annualDueSoon || reasons.stream().anyMatch(Reason::required);
    }

    /** @return the reasons that require an amendment */
    public List<Reason> requiring() {
      return reasons.stream().filter(Reason::required).collect(Collectors.toUnmodifiableList());
    }

    /**
     * @return the first obligation: as soon as practicable for a change that requires an amendment, else the annual
     *     amendment's day, else {@link Deadline.Kind#NOT_CHECKED} when the annual amendment could not be checked, else
     *     none
     */
    public Deadline deadline() {
      if (!requiring().isEmpty()) {
        return Deadline.asSoonAsPracticable(asOf);
      }
      return annualDeadline().orElseGet(() -> annualChecked ? Deadline.none() : Deadline.notChecked());
    }

    /** @return the annual amendment's deadline, when its due date is known and the offering continues */
    public Optional<Deadline> annualDeadline() {
      return annualDueDate.map(d -> Deadline.onOrBefore(d, lastDayToFileAnnual.orElseThrow()));
    }

    /**
     * @return the verdict in a sentence, for people: whether an amendment is required, by when, and what was not
     *     checked
     */
    public String describe() {
      Deadline first = deadline();
      StringBuilder text = new StringBuilder(required() ? "An amendment is required: " : "No change requires an "
          + "amendment");
      if (first.kind() == Deadline.Kind.AS_SOON_AS_PRACTICABLE) {
        text.append(first.describe());
        annualDeadline().ifPresent(a -> text.append("; the annual amendment is due ").append(a.describe()));
        if (!annualChecked) {
          text.append("; ").append(Deadline.notChecked().describe());
        }
      } else if (first.kind() == Deadline.Kind.ON_OR_BEFORE) {
        text.append(required() ? "the annual amendment, " : "; the annual amendment is due ").append(first.describe());
      } else if (first.kind() == Deadline.Kind.NOT_CHECKED) {
        text.append("; ").append(first.describe());
      } else {
        text.append(", and no annual amendment is due");
      }
      return text.toString();
    }
  }
}
