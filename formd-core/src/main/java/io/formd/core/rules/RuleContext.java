package io.formd.core.rules;

import java.time.LocalDate;
import java.util.Optional;

/**
 * What a rule may know besides the filing: the date the rule set is applied as of, and the date the filing
 * was (or will be) filed, when the caller knows it.
 */
public final class RuleContext {

  private final LocalDate asOf;
  private final LocalDate filingDate;

  RuleContext(LocalDate asOf, LocalDate filingDate) {
    this.asOf = asOf;
    this.filingDate = filingDate;
  }

  /** @return the date the rules are applied as of; empty when the filing has no date and none was fixed */
  public Optional<LocalDate> asOf() {
    return Optional.ofNullable(asOf);
  }

  private io.formd.core.fields.FieldWalk snapshotWalk;
  private Object snapshotFiling;
  private io.formd.core.fields.FieldWalk.Snapshot snapshot;

  /**
   * One walk of the filing shared by the rules that need it (the schema's limits, the text checks): taken on first
   * use in a validation, then reused. A context belongs to one validation on one thread.
   */
  io.formd.core.fields.FieldWalk.Snapshot snapshot(io.formd.core.fields.FieldWalk walk, Object filing,
      ThreadLocal<io.formd.core.fields.FieldWalk.Snapshot> reusable) {
    // The thread's snapshot may since have been filled for another filing (a rule validating one of its own).
    if (snapshot == null || snapshotWalk != walk || snapshotFiling != filing || snapshot.filing() != filing) {
      snapshot = reusable.get();
      walk.fill(snapshot, filing);
      snapshotWalk = walk;
      snapshotFiling = filing;
    }
    return snapshot;
  }

  /** @return the date of filing with the SEC, when the caller gave one (deadline rules need it) */
  public Optional<LocalDate> filingDate() {
    return Optional.ofNullable(filingDate);
  }
}
