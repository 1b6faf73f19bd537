package io.formd.core.model;

import java.util.Locale;
import java.util.Objects;

/**
 * The two forms one electronic Form D document takes (EDGAR Form D XML Technical Specification v13, §3.3 codes o#2,
 * o#3, o#4 and §5.2–5.3).
 *
 * <ul>
 *   <li>{@link #SUBMISSION}: what a filer sends. It carries the filer's credentials ({@code ccc} beside each
 *       {@code cik}) and the submission contact ({@code contactData}), optionally {@code returnCopy} and up to three
 *       notification addresses; it leaves out what EDGAR fills from its own records: {@code entityName} (§5.3),
 *       {@code schemaVersion} (§5.2), {@code jurisdictionOfInc} (o#3) and {@code edgarPreviousNameList} (o#4).
 *   <li>{@link #DISSEMINATED}: what EDGAR publishes. EDGAR has filled the issuers' names and stripped the
 *       credentials and the contact (o#2), so real filings downloaded from EDGAR are in this form.
 * </ul>
 *
 * <p>The model holds either; {@link #of} tells which one a filing is. Rules are chosen by the same two names
 * (the validation profile, {@code RuleSet.withProfile}).
 */
public enum Dialect {
  /** What a filer sends to EDGAR: credentials and contact present, EDGAR's own values left out. */
  SUBMISSION,
  /** What EDGAR publishes: issuer names filled in, credentials and contact removed. */
  DISSEMINATED;

  /**
   * Which form a document is in: a submission when it carries what only a submission carries (a {@code ccc},
   * {@code contactData}) or lacks what only EDGAR fills in (the primary issuer's name); disseminated otherwise.
   *
   * @param filing an electronic filing
   * @return its dialect
   */
  public static Dialect of(ElectronicFormD filing) {
    Objects.requireNonNull(filing, "filing");
    if (filing.contactData().isPresent() || filing.primaryIssuer().name().isEmpty()) {
      return SUBMISSION;
    }
    for (Issuer issuer : filing.issuers()) {
      if (issuer.ccc().isPresent()) {
        return SUBMISSION;
      }
    }
    return DISSEMINATED;
  }

  /**
   * @param filing a filing of either edition
   * @return its dialect: a paper filing is a record of what was filed, so {@link #DISSEMINATED}
   */
  public static Dialect of(FormD filing) {
    return filing instanceof ElectronicFormD ? of((ElectronicFormD) filing) : DISSEMINATED;
  }

  /** @return the lower-case name used on the command line and in JSON ({@code submission}, {@code disseminated}) */
  public String key() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * @param key {@code submission} or {@code disseminated}, in any case
   * @return the dialect
   * @throws IllegalArgumentException naming the two accepted values
   */
  public static Dialect fromKey(String key) {
    for (Dialect d : values()) {
      if (d.key().equalsIgnoreCase(key)) {
        return d;
      }
    }
    throw new IllegalArgumentException("unknown dialect '" + key + "': expected submission or disseminated");
  }
}
