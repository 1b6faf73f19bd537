package io.formd.core.rules;

import io.formd.core.model.Dialect;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Everything a rule set found in one filing: all findings (the engine never stops at the first), in a
 * deterministic order (the rule set's order of rules, then each rule's order of findings, which follows the
 * filing's order), and the date the rules were applied as of.
 */
public final class ValidationReport {

  private final List<Finding> findings;
  private final LocalDate asOf;
  private final int[] counts;
  private final Dialect profile;
  private final List<SkippedCheck> skippedChecks;
  private List<String> skipped;

  /**
   * A report of lists it alone holds (a validation's own, never changed after): kept read-only, not copied; their
   * elements are never null.
   */
  ValidationReport(List<Finding> findings, LocalDate asOf, Dialect profile, List<SkippedCheck> skipped) {
    findings = findings.isEmpty() ? List.of() : Collections.unmodifiableList(findings);
    skipped = skipped.isEmpty() ? List.of() : Collections.unmodifiableList(skipped);
    this.findings = findings;
    this.asOf = asOf;
    this.profile = profile;
    this.skippedChecks = skipped;
    // Counted by severity's ordinal: no map per validation (most have no findings at all).
    int[] counts = new int[Severity.values().length];
    for (Finding finding : this.findings) {
      counts[finding.severity().ordinal()]++;
    }
    this.counts = counts;
  }

  /**
   * @param more findings about the filing's source that no rule sees (an EDGAR envelope's header against its document)
   * @return this report with them after its own findings; this report when there are none
   */
  public ValidationReport with(List<Finding> more) {
    if (more.isEmpty()) {
      return this;
    }
    List<Finding> all = new ArrayList<>(findings);
    for (Finding finding : more) {
      all.add(Objects.requireNonNull(finding, "finding"));
    }
    return new ValidationReport(all, asOf, profile, skippedChecks);
  }

  /** @return every finding, in order */
  public List<Finding> findings() {
    return findings;
  }

  /** @return the date the rules were applied as of; empty when the filing had no date and none was fixed */
  public Optional<LocalDate> asOf() {
    return Optional.ofNullable(asOf);
  }

  /** @return the profile the filing was validated under */
  public Dialect profile() {
    return profile;
  }

  /**
   * @return the ids of the rules that applied but did not run, in rule order: {@link #skippedChecks()} says why
   */
  public List<String> skipped() {
    List<String> ids = skipped;
    // Spelled on first use (most callers never ask); a race only builds the same immutable list twice.
    if (ids == null) {
      String[] names = new String[skippedChecks.size()];
      for (int i = 0; i < names.length; i++) {
        names[i] = skippedChecks.get(i).ruleId();
      }
      ids = List.of(names);
      skipped = ids;
    }
    return ids;
  }

  /**
   * @return every check that applied but did not run, with the reason (EDGAR's records not given or not readable,
   *     the filing date unknown, the filing undated), in rule order
   */
  public List<SkippedCheck> skippedChecks() {
    return skippedChecks;
  }

  /** @return true if every check that applies to the filing ran: no {@link #skippedChecks()} */
  public boolean isComplete() {
    return skippedChecks.isEmpty();
  }

  /** @return true if any finding is an {@link Severity#ERROR} */
  public boolean hasErrors() {
    return counts[Severity.ERROR.ordinal()] > 0;
  }

  /**
   * @param severity a severity
   * @return how many findings have it
   */
  public int count(Severity severity) {
    return counts[severity.ordinal()];
  }

  /** @return the {@link Severity#ERROR} findings, in order */
  public List<Finding> errors() {
    return atLeast(Severity.ERROR);
  }

  /**
   * @param minimum the least severe level wanted
   * @return the findings at least that severe, in order
   */
  public List<Finding> atLeast(Severity minimum) {
    // A loop: formd validate asks of every report (a stream and a capturing lambda a file under C1).
    if (findings.isEmpty()) {
      return List.of();
    }
    List<Finding> wanted = new ArrayList<>(findings.size());
    for (Finding finding : findings) {
      if (finding.severity().isAtLeast(minimum)) {
        wanted.add(finding);
      }
    }
    return Collections.unmodifiableList(wanted);
  }

  /**
   * @param ruleId a rule id
   * @return the findings of that rule, in order
   */
  public List<Finding> findingsOf(String ruleId) {
    return findings.stream().filter(f -> f.ruleId().equals(ruleId)).collect(Collectors.toUnmodifiableList());
  }

  @Override
  public String toString() {
    return "ValidationReport[asOf=" + asOf + ", profile=" + profile + ", errors=" + count(Severity.ERROR)
        + ", warnings="
        + count(Severity.WARNING) + ", infos=" + count(Severity.INFO)
        + (skippedChecks.isEmpty() ? "" : ", skipped=" + skipped()) + "]";
  }
}
