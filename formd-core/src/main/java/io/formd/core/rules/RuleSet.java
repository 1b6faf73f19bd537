package io.formd.core.rules;

import io.formd.core.model.Dialect;
import io.formd.core.model.Edition;
import io.formd.core.model.FormD;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * An immutable, ordered collection of rules with unique ids, and the engine that runs them.
 *
 * <pre>{@code
 * RuleSet rules = RuleSets.builtIn().without("D-XREF-POOLED-SECURITY").with(myRule);
 * ValidationReport report = rules.validate(filing);                       // as of the filing's signature date
 * ValidationReport then = rules.asOf(LocalDate.of(2016, 6, 1)).validate(filing);
 * }</pre>
 *
 * <p>A rule set is stateless and thread-safe: one instance can validate any number of filings concurrently.
 */
public final class RuleSet {

  private final List<Rule> rules;
  private final Map<String, Rule> byId;
  private final LocalDate fixedDate;
  private final DatePolicy policy;
  private Dialect profile;
  private EdgarLookup lookup;
  private Clock clock = EdgarClock.INSTANCE; // EDGAR's filing day is the day in Washington
  private EdgarCalendar calendar = EdgarCalendar.standard();
  /** Rules whose answers the source does not carry: reported as skipped, never run (by index of {@link #rules}). */
  private boolean[] notInSource;
  private final Map<List<String>, RuleSet> notInSourceCopies = new ConcurrentHashMap<>();

  private RuleSet(List<Rule> rules, LocalDate fixedDate, DatePolicy policy) {
    Map<String, Rule> byId = new LinkedHashMap<>();
    for (Rule rule : rules) {
      if (byId.put(rule.id(), rule) != null) {
        throw new IllegalArgumentException("two rules have the id " + rule.id());
      }
    }
    this.rules = List.copyOf(rules);
    this.byId = Collections.unmodifiableMap(byId);
    this.fixedDate = fixedDate;
    this.policy = policy;
  }

  /**
   * @param rules the rules, in order
   * @return a rule set of them, applied as of each filing's signature date
   * @throws IllegalArgumentException if two rules share an id
   */
  public static RuleSet of(List<Rule> rules) {
    return new RuleSet(rules, null, DatePolicy.SIGNATURE_DATE);
  }

  /**
   * @param rules the rules, in order
   * @return a rule set of them
   */
  public static RuleSet of(Rule... rules) {
    return of(Arrays.asList(rules));
  }

  /** @return the rules, in order */
  public List<Rule> rules() {
    return rules;
  }

  /**
   * @param id a rule id, in any case ({@code d-xsd-zip} is {@code D-XSD-ZIP}; {@link RuleIds} has them all)
   * @return the rule with that id
   */
  public Optional<Rule> rule(String id) {
    return Optional.ofNullable(byId.get(RuleIds.canonical(id)));
  }

  /** @return the date fixed by {@link #asOf}, if any */
  public Optional<LocalDate> fixedDate() {
    return Optional.ofNullable(fixedDate);
  }

  /**
   * The rules in force on a date, applied as of that date whatever the filing's own dates.
   *
   * @param date the date
   * @return a rule set of the rules in force that day
   */
  public RuleSet asOf(LocalDate date) {
    Objects.requireNonNull(date, "date");
    return copy(rules.stream().filter(r -> r.isInForceOn(date)).collect(Collectors.toList()), date, policy);
  }

  /** A rule set of other rules, dates or policy, with this one's profile, lookup and clock. */
  private RuleSet copy(List<Rule> rules, LocalDate fixedDate, DatePolicy policy) {
    RuleSet copy = new RuleSet(rules, fixedDate, policy);
    copy.profile = profile;
    copy.lookup = lookup;
    copy.clock = clock;
    copy.calendar = calendar;
    if (notInSource != null && copy.rules.equals(this.rules)) {
      copy.notInSource = notInSource;
    } else if (notInSource != null) {
      copy.notInSource = new boolean[copy.rules.size()];
      for (int i = 0; i < copy.rules.size(); i++) {
        copy.notInSource[i] = isNotInSource(copy.rules.get(i).id());
      }
    }
    return copy;
  }

  private boolean isNotInSource(String id) {
    for (int i = 0; i < rules.size(); i++) {
      if (notInSource[i] && rules.get(i).id().equals(id)) {
        return true;
      }
    }
    return false;
  }

  /**
   * For filings read from a source that does not carry what some rules check (the SEC's data sets write EDGAR's
   * "None" and an absent list alike): those rules do not run, and each report lists them as skipped
   * ({@link SkippedCheck.Reason#NOT_IN_SOURCE}), so that a finding is never made of what the source lost.
   *
   * @param ids ids of rules of this set
   * @return a rule set that reports them as not checked
   * @throws IllegalArgumentException if an id names no rule of this set
   */
  public RuleSet notInSource(String... ids) {
    // Readers of a source ask per filing with the same few ids: one copy each, kept.
    return notInSourceCopies.computeIfAbsent(List.of(ids), this::withNotInSource);
  }

  private RuleSet withNotInSource(List<String> ids) {
    boolean[] unknown = new boolean[rules.size()];
    if (notInSource != null) {
      System.arraycopy(notInSource, 0, unknown, 0, unknown.length);
    }
    for (String id : ids) {
      if (!byId.containsKey(id)) {
        throw new IllegalArgumentException("no rule " + id + " in this rule set");
      }
      unknown[rules.indexOf(byId.get(id))] = true;
    }
    RuleSet copy = copy(rules, fixedDate, policy);
    copy.notInSource = unknown;
    return copy;
  }

  /**
   * @param calendar the days EDGAR accepts filings (deadline rules move a due date on a closed day to the next open
   *     one); by default {@link EdgarCalendar#standard()}
   * @return a rule set that uses it
   */
  public RuleSet withCalendar(EdgarCalendar calendar) {
    RuleSet copy = copy(rules, fixedDate, policy);
    copy.calendar = Objects.requireNonNull(calendar, "calendar");
    return copy;
  }

  /**
   * Chooses the validation profile instead of following each document's {@linkplain Dialect#of dialect}:
   * {@link Dialect#SUBMISSION} checks what EDGAR would suspend (ERROR) or warn on for a filer about to send;
   * {@link Dialect#DISSEMINATED} reads EDGAR's published filings, where no real accepted filing gets an ERROR.
   *
   * @param profile the profile
   * @return a rule set that validates every filing under it
   */
  public RuleSet withProfile(Dialect profile) {
    RuleSet copy = copy(rules, fixedDate, policy);
    copy.profile = Objects.requireNonNull(profile, "profile");
    return copy;
  }

  /** @return the profile chosen by {@link #withProfile}; empty when each document's dialect decides */
  public Optional<Dialect> profile() {
    return Optional.ofNullable(profile);
  }

  /**
   * @param lookup EDGAR's records, for the checks that need them (without one they are skipped)
   * @return a rule set that uses it
   */
  public RuleSet withLookup(EdgarLookup lookup) {
    RuleSet copy = copy(rules, fixedDate, policy);
    copy.lookup = Objects.requireNonNull(lookup, "lookup");
    return copy;
  }

  /**
   * @param clock where "today" comes from (a submission is judged as filed today unless a filing date is given;
   *     a signature may not be dated after it); by default the system clock in EDGAR's time zone
   * @return a rule set that uses it
   */
  public RuleSet withClock(Clock clock) {
    RuleSet copy = copy(rules, fixedDate, policy);
    copy.clock = Objects.requireNonNull(clock, "clock");
    return copy;
  }

  /**
   * @param policy which of a filing's dates to apply the rules as of (when no date is fixed)
   * @return a rule set with that policy
   */
  public RuleSet withDatePolicy(DatePolicy policy) {
    return copy(rules, fixedDate, Objects.requireNonNull(policy, "policy"));
  }

  /**
   * @param more rules to add at the end
   * @return a rule set with them
   * @throws IllegalArgumentException if an id is already taken
   */
  public RuleSet with(Rule... more) {
    List<Rule> all = new ArrayList<>(rules);
    all.addAll(Arrays.asList(more));
    return copy(all, fixedDate, policy);
  }

  /**
   * @param other a rule set whose rules to add at the end
   * @return a rule set with them
   * @throws IllegalArgumentException if an id is already taken
   */
  public RuleSet with(RuleSet other) {
    return with(other.rules.toArray(new Rule[0]));
  }

  /**
   * @param ids ids of rules to leave out, in any case
   * @return a rule set without them
   * @throws IllegalArgumentException if an id names no rule of this set (a typo would otherwise go unnoticed)
   */
  public RuleSet without(String... ids) {
    List<String> left = new ArrayList<>(ids.length);
    for (String id : ids) {
      if (!byId.containsKey(RuleIds.canonical(id))) {
        throw new IllegalArgumentException("no rule " + id + " in this rule set");
      }
      left.add(RuleIds.canonical(id));
    }
    return copy(rules.stream().filter(r -> !left.contains(r.id())).collect(Collectors.toList()), fixedDate, policy);
  }

  /**
   * Checks a filing against every rule that applies to its edition and is in force on its date. A filing with
   * no date (unsigned, and no date fixed by {@link #asOf}) is checked against the rules that hold at every
   * date; {@code D-REQ-SIGNATURE} reports the missing signature.
   *
   * @param filing the filing
   * @return every finding
   */
  public ValidationReport validate(FormD filing) {
    return validate(filing, null);
  }

  /**
   * Checks a filing, knowing when it was (or will be) filed, which deadline rules need.
   *
   * @param filing the filing
   * @param filingDate the date of filing with the SEC, or null if unknown
   * @return every finding
   */
  public ValidationReport validate(FormD filing, LocalDate filingDate) {
    Objects.requireNonNull(filing, "filing");
    Dialect profile = this.profile != null ? this.profile : Dialect.of(filing);
    LocalDate today = profile == Dialect.SUBMISSION && filingDate == null && fixedDate == null
        ? LocalDate.now(clock) : null;
    LocalDate offering = fixedDate != null ? fixedDate : policy.dateOf(filing).orElse(null);
    LocalDate document = fixedDate != null ? fixedDate
        : filingDate != null ? filingDate
        : profile == Dialect.SUBMISSION && filing.edition() == Edition.ELECTRONIC ? today
        : DatePolicy.SIGNATURE_DATE.dateOf(filing).orElse(null);
    // A submission not yet filed is judged as filed on its document date: today, or the date fixed.
    LocalDate filed = filingDate != null ? filingDate
        : profile == Dialect.SUBMISSION && filing.edition() == Edition.ELECTRONIC ? document : null;
    RuleContext context = new RuleContext(offering, document, filed, clock, today, profile, lookup, calendar);
    List<Finding> findings = new ArrayList<>();
    List<SkippedCheck> skipped = new ArrayList<>(8);
    Reporter reporter = null;
    long documentDay = document == null ? 0 : document.toEpochDay();
    long offeringDay = offering == null ? 0 : offering.toEpochDay();
    boolean[] unknown = notInSource;
    for (int index = 0; index < rules.size(); index++) {
      Rule rule = rules.get(index);
      if (!rule.runsUnder(profile)) {
        continue;
      }
      if (unknown != null && unknown[index]) {
        if (rule.appliesTo(filing.edition())) {
          skipped.add(rule.skipped(SkippedCheck.Reason.NOT_IN_SOURCE));
        }
        continue;
      }
      boolean byDocument = rule.dating() == Rule.Dating.DOCUMENT;
      boolean dated = byDocument ? document != null : offering != null;
      // An undated filing (no signature, no fixed date) gets only the rules that hold at every date.
      if (dated ? rule.isInForceOnDay(byDocument ? documentDay : offeringDay) : rule.isUndated()) {
        if (rule.usesLookup() && lookup == null || rule.needsFilingDate() && filed == null) {
          if (rule.appliesTo(filing.edition())) {
            skipped.add(rule.skipped(rule.usesLookup() && lookup == null
                ? SkippedCheck.Reason.NEEDS_EDGAR_RECORDS : SkippedCheck.Reason.NEEDS_FILING_DATE));
          }
          continue;
        }
        context.dating = rule.dating();
        reporter = reporter == null ? new Reporter(rule, filing.edition(), profile,
            findings) : reporter.reportFor(rule);
        if (rule.usesLookup()) {
          try {
            rule.run(filing, context, reporter);
          } catch (EdgarLookup.NotCovered e) {
            skipped.add(rule.skipped(SkippedCheck.Reason.NOT_IN_LOOKUP));
          } catch (RuntimeException e) {
            reporter.lookupFailed(e);
            skipped.add(rule.skipped(SkippedCheck.Reason.EDGAR_RECORDS_FAILED));
          }
        } else {
          rule.run(filing, context, reporter);
        }
      } else if (!dated && rule.appliesTo(filing.edition())) {
        // In force on some dates only, and the filing has none: which it would be cannot be told.
        skipped.add(rule.skipped(SkippedCheck.Reason.NEEDS_A_DATE));
      }
    }
    return new ValidationReport(findings, offering, profile, skipped);
  }

  @Override
  public String toString() {
    return "RuleSet[" + rules.size() + " rules" + (fixedDate == null ? "" : ", as of " + fixedDate) + "]";
  }
}
