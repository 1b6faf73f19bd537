package io.formd.core.amendments;

import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * When an amendment is due, as a value a program can schedule: "as soon as practicable" after a dated change
 * (17 CFR 230.503(a)(3)(i)-(ii) set no day count), or on or before a day with EDGAR's last open day by then (the
 * annual amendment, 503(a)(3)(iii), which does not roll forward over a weekend), or nothing, or not known because what
 * decides it was not given.
 *
 * <pre>{@code
 * Deadline d = verdict.deadline();
 * switch (d.kind()) {
 *   case ON_OR_BEFORE -> calendar.remind(d.lastOpenDay().orElseThrow());   // file by EDGAR's last open day
 *   case AS_SOON_AS_PRACTICABLE -> queue.now(d.since().orElseThrow());
 *   case NOT_CHECKED -> ask("when was the last notice filed?");
 *   case NONE -> { }
 * }
 * }</pre>
 *
 * @param kind what kind of deadline
 * @param since for {@link Kind#AS_SOON_AS_PRACTICABLE}: the day the change is known (the day asked about, else the
 *     signature of the filing as it stands now), when known
 * @param day for {@link Kind#ON_OR_BEFORE}: the last day the regulation allows
 * @param lastOpenDay for {@link Kind#ON_OR_BEFORE}: the last day on or before {@code day} that EDGAR accepts filings
 * @param citation the paragraph that sets it
 */
public record Deadline(Kind kind, Optional<LocalDate> since, Optional<LocalDate> day, Optional<LocalDate> lastOpenDay,
    String citation) {

  /** What kind of deadline. */
  public enum Kind {
    /** A change requires an amendment "as soon as practicable" (no day count). */
    AS_SOON_AS_PRACTICABLE,
    /** Due on or before a day: the annual amendment. */
    ON_OR_BEFORE,
    /** Nothing is due: no change requires one and the annual amendment is not due (or the offering terminated). */
    NONE,
    /**
     * No change requires one, but the annual amendment could not be checked: the day the last notice was filed is
     * not known. Not a "no".
     */
    NOT_CHECKED
  }

  /** Checks the parts are given and fit the kind. */
  public Deadline {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(since, "since");
    Objects.requireNonNull(day, "day");
    Objects.requireNonNull(lastOpenDay, "lastOpenDay");
    Objects.requireNonNull(citation, "citation");
    if (kind == Kind.ON_OR_BEFORE && (day.isEmpty() || lastOpenDay.isEmpty())) {
      throw new IllegalArgumentException("a deadline on or before a day needs the day and EDGAR's last open day");
    }
  }

  static Deadline asSoonAsPracticable(Optional<LocalDate> since) {
    return new Deadline(Kind.AS_SOON_AS_PRACTICABLE, since, Optional.empty(), Optional.empty(),
        "17 CFR 230.503(a)(3)(i)-(ii)");
  }

  static Deadline onOrBefore(LocalDate day, LocalDate lastOpenDay) {
    return new Deadline(Kind.ON_OR_BEFORE, Optional.empty(), Optional.of(day), Optional.of(lastOpenDay),
        "17 CFR 230.503(a)(3)(iii)");
  }

  static Deadline none() {
    return new Deadline(Kind.NONE, Optional.empty(), Optional.empty(), Optional.empty(), "17 CFR 230.503(a)(3)");
  }

  static Deadline notChecked() {
    return new Deadline(Kind.NOT_CHECKED, Optional.empty(), Optional.empty(), Optional.empty(),
        "17 CFR 230.503(a)(3)(iii)");
  }

  /**
   * @return the day to have filed by, for a program: EDGAR's last open day for {@link Kind#ON_OR_BEFORE}, else empty
   */
  public Optional<LocalDate> fileBy() {
    return lastOpenDay;
  }

  /** @return the deadline in a sentence: "on or before 2026-03-07, a Saturday: EDGAR's last open day by then is ..." */
  public String describe() {
    return switch (kind) {
      case AS_SOON_AS_PRACTICABLE -> "as soon as practicable after the change"
          + since.map(d -> " (known on " + d + ")").orElse("") + " (" + citation + ")";
      case ON_OR_BEFORE -> {
        LocalDate due = day.orElseThrow();
        LocalDate open = lastOpenDay.orElseThrow();
        yield "on or before " + due + " (" + citation + ")" + (open.equals(due) ? ""
            : "; " + due + " is a " + due.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.ENGLISH)
                + " or a day EDGAR is closed: its last open day by then is " + open);
      }
      case NOT_CHECKED -> "the annual amendment was not checked: the day the last notice was filed is not known "
          + "(give it: lastFiledOn, --last-filed; EDGAR's full submission file carries it)";
      case NONE -> "none";
    };
  }

  @Override
  public String toString() {
    return describe();
  }
}
