package io.formd.core.rules;

import java.util.Objects;

/**
 * A check that applied to the filing but did not run, and why: a report is complete only when it has none
 * ({@link ValidationReport#isComplete()}). "0 errors" with skipped checks means "0 errors among the checks that ran".
 *
 * @param ruleId the rule that did not run
 * @param reason why it did not run
 */
public record SkippedCheck(String ruleId, Reason reason) {

  /** Why a check did not run, and what would make it run. */
  public enum Reason {
    /** It needs EDGAR's records and no {@link EdgarLookup} was given. */
    NEEDS_EDGAR_RECORDS("needs EDGAR's records: give an EdgarLookup (RuleSet.withLookup)"),
    /** EDGAR's records were asked for and could not be read (the report has a WARNING saying how). */
    EDGAR_RECORDS_FAILED("EDGAR's records could not be read (see its WARNING)"),
    /**
     * It needs the day the filing was filed, which a published copy does not carry: pass it
     * ({@link RuleSet#validate(io.formd.core.model.FormD, java.time.LocalDate)}, {@code --filing-date}) or read
     * EDGAR's full submission file, which has it. A submission is judged as filed today.
     */
    NEEDS_FILING_DATE("needs the filing date: pass it (validate(filing, date), --filing-date) or read EDGAR's "
        + "submission file, which carries it"),
    /** It is in force only for some dates and the filing has none (unsigned, and no date fixed). */
    NEEDS_A_DATE("holds only on some dates and the filing has none: sign it, or fix a date (RuleSet.asOf, --as-of)"),
    /** The lookup given does not cover what it asks (see {@link EdgarLookup.NotCovered}). */
    NOT_IN_LOOKUP("needs EDGAR's records the lookup given does not cover (a quarter of the data sets not loaded, or "
        + "a CCC the data sets do not carry)"),
    /**
     * What it checks is not in the filing's source: the SEC's data sets, for one, write EDGAR's "None" and an absent
     * list alike as empty columns, so whether a previous-names answer was given cannot be told
     * ({@link RuleSet#notInSource}).
     */
    NOT_IN_SOURCE("checks an answer the filing's source does not carry (the SEC's data sets write some answers and "
        + "their absence alike)");

    private final String description;

    Reason(String description) {
      this.description = description;
    }

    /** @return what is missing and how to give it, for messages */
    public String description() {
      return description;
    }
  }

  /** Checks the parts are given. */
  public SkippedCheck {
    Objects.requireNonNull(ruleId, "ruleId");
    Objects.requireNonNull(reason, "reason");
  }
}
