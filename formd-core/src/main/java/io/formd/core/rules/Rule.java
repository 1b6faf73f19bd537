package io.formd.core.rules;

import io.formd.core.model.Dialect;
import io.formd.core.model.Edition;
import io.formd.core.model.ElectronicFormD;
import io.formd.core.model.FormD;
import io.formd.core.model.PaperFormD;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * One check of a filing: a stable id, a severity, the editions it applies to, the interval of dates it is in
 * force ({@code [from, until)}, either end open), a citation, a one-line summary, and a pure check that
 * reports findings.
 *
 * <pre>{@code
 * Rule rule = Rule.builder("ACME-MIN-INVESTMENT")
 *     .severity(Severity.WARNING)
 *     .citation("ACME house rule 7")
 *     .summary("minimum investment at least $25,000")
 *     .checkElectronic((filing, context, reporter) -> { ... reporter.report("offering.minimumInvestment", "..."); })
 *     .build();
 * }</pre>
 *
 * <p>A check must be pure and thread-safe: it reads the filing and the context and reports; it keeps no state.
 */
public final class Rule {


  /** A check of either edition. */
  @FunctionalInterface
  public interface Check {
    /**
     * @param filing the filing
     * @param context the date as of which the rules apply, and the filing date if known
     * @param reporter where to report findings
     */
    void check(FormD filing, RuleContext context, Reporter reporter);
  }

  /** A check of the electronic edition. */
  @FunctionalInterface
  public interface ElectronicCheck {
    /**
     * @param filing the filing
     * @param context the date as of which the rules apply, and the filing date if known
     * @param reporter where to report findings
     */
    void check(ElectronicFormD filing, RuleContext context, Reporter reporter);
  }

  /** A check of the paper edition. */
  @FunctionalInterface
  public interface PaperCheck {
    /**
     * @param filing the filing
     * @param context the date as of which the rules apply, and the filing date if known
     * @param reporter where to report findings
     */
    void check(PaperFormD filing, RuleContext context, Reporter reporter);
  }

  /** Which date a rule is judged as of, when no date is fixed ({@link RuleSet#asOf}). */
  public enum Dating {
    /**
     * The offering's date under the rule set's {@link DatePolicy} (by default the latest signature): limits and
     * conditions of the exemption claimed.
     */
    OFFERING,
    /**
     * The document's date: the filing date when known; for a submission not yet filed, today; else the latest
     * signature. Codes, formats and schema limits are EDGAR's when the document is filed, whatever the policy.
     */
    DOCUMENT
  }

  private final String id;
  private final Severity severity;
  private final Severity disseminatedSeverity;
  private final Basis basis;
  private final Set<Dialect> profiles;
  /** {@link #profiles} as bits by ordinal: {@link RuleSet#validate} asks once per rule per filing. */
  private final int profileMask;
  private final Dating dating;
  private final boolean usesLookup;
  private final boolean needsFilingDate;
  /** The rule's skipped checks, one per reason, made once: a validation that skips it allocates nothing. */
  private final SkippedCheck[] skips;
  private final String why;
  private final String fix;
  private final Set<Edition> editions;
  /** {@link #editions} as bits by ordinal: {@link #run} asks once per rule per filing. */
  private final long editionMask;
  private final LocalDate from;
  private final LocalDate until;
  /** {@link #from} and {@link #until} as epoch days (unbounded: the extremes), for {@link #isInForceOnDay}. */
  private final long fromDay;
  private final long untilDay;
  private final String citation;
  private final String summary;
  /** Exactly one of the three is set: the check as given, so that running it is one call, not a wrapper's two. */
  private final Check check;
  private final ElectronicCheck electronicCheck;
  private final PaperCheck paperCheck;
  /** The check again when it is a built-in one, called through its class (see {@link Checks}); else null. */
  private final Checks.Electronic builtInElectronic;
  private final Checks.Paper builtInPaper;
  private final Checks.Any builtInAny;

  private Rule(Builder builder) {
    this.id = builder.id;
    this.severity = Objects.requireNonNull(builder.severity, () -> "rule " + builder.id + " needs a severity");
    this.disseminatedSeverity = builder.disseminatedSeverity == null ? severity : builder.disseminatedSeverity;
    this.citation = Objects.requireNonNull(builder.citation, () -> "rule " + builder.id + " needs a citation");
    this.basis = builder.basis != null ? builder.basis : Basis.inferred(severity, citation);
    this.profiles = Collections.unmodifiableSet(EnumSet.copyOf(builder.profiles));
    int profileBits = 0;
    for (Dialect profile : profiles) {
      profileBits |= 1 << profile.ordinal();
    }
    this.profileMask = profileBits;
    this.dating = builder.dating;
    this.usesLookup = builder.usesLookup;
    this.needsFilingDate = builder.needsFilingDate;
    SkippedCheck.Reason[] reasons = SkippedCheck.Reason.values();
    this.skips = new SkippedCheck[reasons.length];
    for (SkippedCheck.Reason reason : reasons) {
      skips[reason.ordinal()] = new SkippedCheck(builder.id, reason);
    }
    this.why = builder.why;
    this.fix = builder.fix;
    this.editions = Collections.unmodifiableSet(EnumSet.copyOf(builder.editions));
    long mask = 0;
    for (Edition edition : editions) {
      mask |= 1L << edition.ordinal();
    }
    this.editionMask = mask;
    this.from = builder.from;
    this.until = builder.until;
    this.fromDay = from == null ? Long.MIN_VALUE : from.toEpochDay();
    this.untilDay = until == null ? Long.MAX_VALUE : until.toEpochDay();
    this.summary = Objects.requireNonNull(builder.summary, () -> "rule " + builder.id + " needs a summary");
    if (builder.check == null && builder.electronicCheck == null && builder.paperCheck == null) {
      throw new NullPointerException("rule " + builder.id + " needs a check");
    }
    this.check = builder.check;
    this.electronicCheck = builder.electronicCheck;
    this.paperCheck = builder.paperCheck;
    this.builtInElectronic = electronicCheck instanceof Checks.Electronic ? (Checks.Electronic) electronicCheck : null;
    this.builtInPaper = paperCheck instanceof Checks.Paper ? (Checks.Paper) paperCheck : null;
    this.builtInAny = check instanceof Checks.Any ? (Checks.Any) check : null;
    if (from != null && until != null && !from.isBefore(until)) {
      throw new IllegalArgumentException("rule " + id + " is in force from " + from + " until " + until
          + ": the interval is empty");
    }
  }

  /**
   * @param id the rule's id: upper-case words joined by hyphens, e.g. {@code ACME-MIN-INVESTMENT}
   * @return a builder
   * @throws IllegalArgumentException if the id is not of that form
   */
  public static Builder builder(String id) {
    return new Builder(id);
  }

  /** @return the stable id */
  public String id() {
    return id;
  }

  /** @return the severity of its findings under the submission profile (the severity a filer meets) */
  public Severity severity() {
    return severity;
  }

  /**
   * @param profile a validation profile
   * @return the severity of its findings under that profile: a check EDGAR makes today may be milder on published
   *     filings, which EDGAR accepted under the checks of their day
   */
  public Severity severity(Dialect profile) {
    return profile == Dialect.DISSEMINATED ? disseminatedSeverity : severity;
  }

  /**
   * @return on what its severity rests (EDGAR suspends, the XSD forbids, the regulation requires, likely, a prompt):
   *     as its author said, else as its citation shows
   */
  public Basis basis() {
    return basis;
  }

  /** @return the profiles it runs under */
  public Set<Dialect> profiles() {
    return profiles;
  }

  /** @return which of the filing's dates it is judged as of */
  public Dating dating() {
    return dating;
  }

  /**
   * @return true if it needs EDGAR's records through an {@link EdgarLookup}; without one it is skipped and the
   *     report says so ({@link ValidationReport#skipped()})
   */
  public boolean usesLookup() {
    return usesLookup;
  }

  /**
   * @return true if it needs the day the filing was (or will be) filed: without one it is skipped and the report says
   *     so; a submission is judged as filed on its document date (today, unless a date is fixed)
   */
  public boolean needsFilingDate() {
    return needsFilingDate;
  }

  /** @return why the rule exists, when its author said more than the summary and citation */
  public Optional<String> why() {
    return Optional.ofNullable(why);
  }

  /** @return how to fix a finding, when its author said */
  public Optional<String> fix() {
    return Optional.ofNullable(fix);
  }

  /** @return the editions it applies to */
  public Set<Edition> editions() {
    return editions;
  }

  /** @return the first day it is in force, or empty if always */
  public Optional<LocalDate> from() {
    return Optional.ofNullable(from);
  }

  /** @return the first day it is no longer in force, or empty if still in force */
  public Optional<LocalDate> until() {
    return Optional.ofNullable(until);
  }

  /** @return where the rule comes from */
  public String citation() {
    return citation;
  }

  /** @return what it checks, in one line */
  public String summary() {
    return summary;
  }

  /**
   * @param date a date
   * @return true if the rule is in force on that date
   */
  public boolean isInForceOn(LocalDate date) {
    return isInForceOnDay(date.toEpochDay());
  }

  /** As {@link #isInForceOn}, for a date as its epoch day: two comparisons, for the engine's loop. */
  boolean isInForceOnDay(long day) {
    return day >= fromDay && day < untilDay;
  }

  /** @return whether the rule holds at every date (no from, no until) */
  boolean isUndated() {
    return fromDay == Long.MIN_VALUE && untilDay == Long.MAX_VALUE;
  }

  /**
   * Runs the check, if the filing's edition is one the rule applies to.
   *
   * @param filing the filing
   * @param context the context
   * @param reporter where findings go
   */
  void run(FormD filing, RuleContext context, Reporter reporter) {
    if ((editionMask & (1L << filing.edition().ordinal())) != 0) {
      if (builtInElectronic != null) {
        builtInElectronic.check((ElectronicFormD) filing, context, reporter);
      } else if (builtInPaper != null) {
        builtInPaper.check((PaperFormD) filing, context, reporter);
      } else if (builtInAny != null) {
        builtInAny.check(filing, context, reporter);
      } else if (electronicCheck != null) {
        electronicCheck.check((ElectronicFormD) filing, context, reporter);
      } else if (paperCheck != null) {
        paperCheck.check((PaperFormD) filing, context, reporter);
      } else {
        check.check(filing, context, reporter);
      }
    }
  }

  /** @return this rule skipped for that reason (one shared instance per reason) */
  SkippedCheck skipped(SkippedCheck.Reason reason) {
    return skips[reason.ordinal()];
  }

  /** @return true if it runs under that validation profile */
  boolean runsUnder(Dialect profile) {
    return (profileMask & (1 << profile.ordinal())) != 0;
  }

  /** @return true if it checks filings of that edition */
  boolean appliesTo(Edition edition) {
    return (editionMask & (1L << edition.ordinal())) != 0;
  }

  @Override
  public String toString() {
    return id + " " + severity + " " + editions + " [" + (from == null ? "" : from) + ".."
        + (until == null ? "" : until) + ") " + summary;
  }

  /** Builds a {@link Rule}. */
  public static final class Builder {
    private final String id;
    private Severity severity;
    private Severity disseminatedSeverity;
    private Basis basis;
    private Set<Dialect> profiles = EnumSet.allOf(Dialect.class);
    private Dating dating = Dating.OFFERING;
    private boolean usesLookup;
    private boolean needsFilingDate;
    private String why;
    private String fix;
    private Set<Edition> editions = EnumSet.allOf(Edition.class);
    private LocalDate from;
    private LocalDate until;
    private String citation;
    private String summary;
    private Check check;
    private ElectronicCheck electronicCheck;
    private PaperCheck paperCheck;

    private Builder(String id) {
      Objects.requireNonNull(id, "id");
      if (!isRuleId(id)) {
        throw new IllegalArgumentException(
            "a rule id is upper-case words joined by hyphens (e.g. ACME-MIN-INVESTMENT), found '" + id + "'");
      }
      this.id = id;
    }

    /**
     * Whether the text is upper-case words joined by hyphens, {@code [A-Z][A-Z0-9]*(-[A-Z0-9]+)+}: checked by hand,
     * not by that pattern, as a hundred and sixty rules are built at every start (the interpreter runs a regular
     * expression slowly).
     */
    static boolean isRuleId(String id) {
      int n = id.length();
      if (n == 0 || id.charAt(0) < 'A' || id.charAt(0) > 'Z') {
        return false;
      }
      boolean hyphen = false;
      char previous = id.charAt(0);
      for (int i = 1; i < n; i++) {
        char c = id.charAt(i);
        if (c == '-') {
          if (previous == '-') {
            return false;
          }
          hyphen = true;
        } else if (!(c >= 'A' && c <= 'Z' || c >= '0' && c <= '9')) {
          return false;
        }
        previous = c;
      }
      return hyphen && previous != '-';
    }

    /**
     * @param severity the severity of its findings
     * @return this builder
     */
    public Builder severity(Severity severity) {
      this.severity = severity;
      return this;
    }

    /**
     * @param basis on what its severity rests; by default what its citation shows (EDGAR suspends or warns in §6, a
     *     §3.3 code, the XSD), else the regulation for an ERROR, likely for a WARNING, a prompt for an INFO
     * @return this builder
     */
    public Builder basis(Basis basis) {
      this.basis = Objects.requireNonNull(basis, "basis");
      return this;
    }

    /**
     * @param severity the severity of its findings under the {@link Dialect#DISSEMINATED} profile, when milder than
     *     under the submission profile
     * @return this builder
     */
    public Builder whenDisseminated(Severity severity) {
      this.disseminatedSeverity = Objects.requireNonNull(severity, "severity");
      return this;
    }

    /**
     * @param only the profiles it runs under (by default both)
     * @return this builder
     */
    public Builder profiles(Dialect... only) {
      if (only.length == 0) {
        throw new IllegalArgumentException("rule " + id + " needs at least one profile");
      }
      this.profiles = EnumSet.copyOf(Arrays.asList(only));
      return this;
    }

    /**
     * Judged as of the document's date (filing date, today for an unfiled submission, else the signature), not
     * the offering's: codes, formats and schema limits.
     *
     * @return this builder
     */
    public Builder datedByDocument() {
      this.dating = Dating.DOCUMENT;
      return this;
    }

    /**
     * Needs EDGAR's records ({@link RuleContext#lookup()}); skipped without a lookup.
     *
     * @return this builder
     */
    public Builder usesLookup() {
      this.usesLookup = true;
      return this;
    }

    /**
     * Needs the filing date ({@link RuleContext#filingDate()}); skipped, and listed as skipped, without one.
     *
     * @return this builder
     */
    public Builder needsFilingDate() {
      this.needsFilingDate = true;
      return this;
    }

    /**
     * @param why why the rule exists, beyond its summary
     * @return this builder
     */
    public Builder why(String why) {
      this.why = why;
      return this;
    }

    /**
     * @param fix how a filer fixes a finding
     * @return this builder
     */
    public Builder fix(String fix) {
      this.fix = fix;
      return this;
    }

    /**
     * @param from the first day in force (inclusive)
     * @return this builder
     */
    public Builder from(LocalDate from) {
      this.from = from;
      return this;
    }

    /**
     * @param until the first day no longer in force (exclusive)
     * @return this builder
     */
    public Builder until(LocalDate until) {
      this.until = until;
      return this;
    }

    /**
     * @param citation where the rule comes from
     * @return this builder
     */
    public Builder citation(String citation) {
      this.citation = citation;
      return this;
    }

    /**
     * @param summary what it checks, in one line
     * @return this builder
     */
    public Builder summary(String summary) {
      this.summary = summary;
      return this;
    }

    /**
     * A check of both editions.
     *
     * @param check the check
     * @return this builder
     */
    public Builder check(Check check) {
      this.editions = EnumSet.allOf(Edition.class);
      this.check = check;
      this.electronicCheck = null;
      this.paperCheck = null;
      return this;
    }

    /**
     * A check of the electronic edition only.
     *
     * @param check the check
     * @return this builder
     */
    public Builder checkElectronic(ElectronicCheck check) {
      Objects.requireNonNull(check, "check");
      this.editions = EnumSet.of(Edition.ELECTRONIC);
      this.check = null;
      this.electronicCheck = check;
      this.paperCheck = null;
      return this;
    }

    /**
     * A check of the paper edition only.
     *
     * @param check the check
     * @return this builder
     */
    public Builder checkPaper(PaperCheck check) {
      Objects.requireNonNull(check, "check");
      this.editions = EnumSet.of(Edition.PAPER);
      this.check = null;
      this.electronicCheck = null;
      this.paperCheck = check;
      return this;
    }

    /**
     * @return the rule
     * @throws NullPointerException if severity, citation, summary or check is missing (the message says which)
     */
    public Rule build() {
      return new Rule(this);
    }
  }
}
