package io.formd.core.rules;

import io.formd.core.fields.internal.FieldWalk;
import io.formd.core.model.Dialect;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;

/**
 * What a rule may know besides the filing: the date the rule is applied as of (the offering's date or the
 * document's, {@link Rule.Dating}), the date the filing was (or will be) filed when the caller knows it, today,
 * the validation profile, and EDGAR's records when the caller gave a lookup.
 */
public final class RuleContext {

  private final LocalDate offeringDate;
  private final LocalDate documentDate;
  private final LocalDate filingDate;
  private final Clock clock;
  private LocalDate today;
  private final Dialect profile;
  private final EdgarLookup lookup;
  private final EdgarCalendar calendar;
  /** The dating of the rule running now: the engine sets it before each rule. */
  Rule.Dating dating = Rule.Dating.OFFERING;

  RuleContext(LocalDate offeringDate, LocalDate documentDate, LocalDate filingDate, Clock clock,
      LocalDate today, Dialect profile,
      EdgarLookup lookup, EdgarCalendar calendar) {
    this.offeringDate = offeringDate;
    this.documentDate = documentDate;
    this.filingDate = filingDate;
    this.clock = clock;
    this.today = today;
    this.profile = profile;
    this.lookup = lookup;
    this.calendar = calendar;
  }

  /** @return the days EDGAR accepts filings, for deadlines */
  public EdgarCalendar calendar() {
    return calendar;
  }

  /**
   * @return the date the running rule is applied as of (the offering's or the document's, as the rule is
   *     {@linkplain Rule#dating() dated}); empty when the filing has no such date and none was fixed
   */
  public Optional<LocalDate> asOf() {
    return Optional.ofNullable(dating == Rule.Dating.DOCUMENT ? documentDate : offeringDate);
  }

  /**
   * @return the document's date: the filing date when known; for a submission, today; else the latest signature
   */
  public Optional<LocalDate> documentDate() {
    return Optional.ofNullable(documentDate);
  }

  /** @return today, by the rule set's clock (EDGAR's time zone unless {@link RuleSet#withClock} says otherwise) */
  public LocalDate today() {
    if (today == null) {
      today = LocalDate.now(clock); // asked once at most: reading the clock is not free, and few rules need it
    }
    return today;
  }

  /** @return the validation profile: a submission about to be sent, or a published filing */
  public Dialect profile() {
    return profile;
  }

  /** @return EDGAR's records, when the caller gave a lookup */
  public Optional<EdgarLookup> lookup() {
    return Optional.ofNullable(lookup);
  }

  private FieldWalk snapshotWalk;
  private Object snapshotFiling;
  private FieldWalk.Snapshot snapshot;

  /**
   * One walk of the filing shared by the rules that need it (the schema's limits, the text checks): taken on first
   * use in a validation, then reused. A context belongs to one validation on one thread; {@code reusable} holds the
   * thread's snapshot of the walk (none yet: one is made).
   */
  FieldWalk.Snapshot snapshot(FieldWalk walk, Object filing,
      ThreadLocal<FieldWalk.Snapshot> reusable) {
    // The thread's snapshot may since have been filled for another filing (a rule validating one of its own).
    if (snapshot == null || snapshotWalk != walk || snapshotFiling != filing || snapshot.filing() != filing) {
      snapshot = reusable.get();
      if (snapshot == null) {
        snapshot = walk.emptySnapshot();
        reusable.set(snapshot);
      }
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
