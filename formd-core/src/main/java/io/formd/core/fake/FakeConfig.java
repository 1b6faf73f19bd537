package io.formd.core.fake;

import io.formd.core.model.Dialect;
import io.formd.core.model.Edition;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * What {@link FakeFilings} generates: which edition, signature dates in which range, which kind of issuer,
 * how often amendments, what size of offering. Every option has a default; {@code FakeConfig.defaults()} mixes
 * everything the form allows.
 *
 * <pre>{@code
 * FakeConfig funds = FakeConfig.builder().edition(Edition.ELECTRONIC).issuerKind(FakeConfig.IssuerKind.POOLED_FUND)
 *     .signedFrom(LocalDate.of(2020, 1, 1)).signedUntil(LocalDate.of(2024, 12, 31)).build();
 * }</pre>
 */
@Value.Immutable
public abstract class FakeConfig {

  /** The kind of issuer. */
  public enum IssuerKind {
    /** Operating companies and pooled funds. */
    ANY,
    /** Operating companies (revenue ranges, no fund information). */
    OPERATING_COMPANY,
    /** Pooled investment funds (fund type, Section 3(c) exclusions, pooled fund interests). */
    POOLED_FUND
  }

  /** How often a filing is an amendment. */
  public enum Amendments {
    /** Never. */
    NEVER,
    /** About one filing in five. */
    SOMETIMES,
    /** Always. */
    ALWAYS
  }

  /** The size of the offering. */
  public enum Size {
    /** Any size, from $50,000 to $2 billion or Indefinite. */
    ANY,
    /** $50,000 to $2,000,000. */
    SMALL,
    /** $1,000,000 to $25,000,000. */
    MEDIUM,
    /** $25,000,000 to $2,000,000,000 or Indefinite. */
    LARGE
  }

  /** The first day the electronic edition may be dated by default (mandatory electronic filing). */
  public static final LocalDate ELECTRONIC_FROM = LocalDate.of(2009, 3, 16);
  /** The last day the electronic edition is dated by default. */
  public static final LocalDate ELECTRONIC_UNTIL = LocalDate.of(2025, 12, 31);
  /** The first day the paper edition is dated by default. */
  /**
   * The default earliest signature of a generated submission: after every change of codes and limits, so a
   * submission judged as of today uses the codes EDGAR takes today.
   */
  public static final LocalDate SUBMISSION_FROM = LocalDate.of(2022, 1, 1);
  /** The default earliest signature date of a paper filing. */
  public static final LocalDate PAPER_FROM = LocalDate.of(1995, 1, 1);
  /** The last day the paper edition is dated by default (the day before the electronic form took effect). */
  public static final LocalDate PAPER_UNTIL = LocalDate.of(2008, 9, 14);

  /** @return the edition to generate; empty for both (nine electronic filings to one paper filing) */
  public abstract Optional<Edition> edition();

  /** @return the earliest signature date; empty for the edition's default */
  public abstract Optional<LocalDate> signedFrom();

  /** @return the latest signature date; empty for the edition's default */
  public abstract Optional<LocalDate> signedUntil();

  /** @return the kind of issuer */
  @Value.Default
  public IssuerKind issuerKind() {
    return IssuerKind.ANY;
  }

  /** @return how often amendments */
  @Value.Default
  public Amendments amendments() {
    return Amendments.SOMETIMES;
  }

  /**
   * @return the form of the electronic document: {@link io.formd.core.model.Dialect#DISSEMINATED} (the default) as
   *     EDGAR publishes it, or {@link io.formd.core.model.Dialect#SUBMISSION} as a filer sends it (credentials,
   * contact,
   *     no issuer names; signed from {@link #SUBMISSION_FROM}, so its codes are today's). Paper filings are always
   *     records of what was filed.
   */
  @Value.Default
  public Dialect dialect() {
    return Dialect.DISSEMINATED;
  }

  /** @return the size of offerings */
  @Value.Default
  public Size size() {
    return Size.ANY;
  }

  /**
   * @param edition an edition
   * @return the earliest signature date for it
   */
  public LocalDate fromFor(Edition edition) {
    return signedFrom().orElse(edition == Edition.PAPER ? PAPER_FROM
        : dialect() == Dialect.SUBMISSION ? SUBMISSION_FROM : ELECTRONIC_FROM);
  }

  /**
   * @param edition an edition
   * @return the latest signature date for it
   */
  public LocalDate untilFor(Edition edition) {
    return signedUntil().orElse(edition == Edition.PAPER ? PAPER_UNTIL : ELECTRONIC_UNTIL);
  }

  @Value.Check
  void checkShape() {
    if (signedFrom().isPresent() && signedUntil().isPresent() && signedFrom().get().isAfter(signedUntil().get())) {
      throw new IllegalArgumentException("signedFrom " + signedFrom().get() + " is after signedUntil " + signedUntil()
          .get());
    }
    if (edition().orElse(null) == Edition.PAPER && signedFrom().isPresent() && signedFrom().get()
        .isAfter(PAPER_UNTIL)) {
      throw new IllegalArgumentException("a valid paper filing is dated before the electronic form (2008-09-15), "
          + "but signedFrom is " + signedFrom().get());
    }
    if (dialect() == Dialect.SUBMISSION && edition().orElse(null) == Edition.PAPER) {
      throw new IllegalArgumentException("a paper Form D has no submission dialect: EDGAR takes only the electronic "
          + "form");
    }
    if (edition().orElse(null) == Edition.ELECTRONIC && signedUntil().isPresent()
        && signedUntil().get().isBefore(LocalDate.of(2008, 9, 15))) {
      throw new IllegalArgumentException("a valid electronic filing is dated from 2008-09-15, but signedUntil is "
          + signedUntil().get());
    }
  }

  /** @return the default configuration */
  public static FakeConfig defaults() {
    return builder().build();
  }

  /** @return a new builder */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link FakeConfig} values. */
  public static final class Builder extends ImmutableFakeConfig.Builder {}
}
