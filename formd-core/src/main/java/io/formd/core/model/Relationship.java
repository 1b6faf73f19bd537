package io.formd.core.model;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * A related person's relationship to the issuer, for both editions.
 *
 * <p>Electronic Item 3 (XSD simple type {@code RELATIONSHIP_TYPE}, element {@code relationship}): Executive
 * Officer, Director, Promoter. The paper form's Part A.2 role boxes are a superset: it adds Beneficial Owner
 * (10% or more of a class of equity) and General and/or Managing Partner (the paper Form D, OMB 3235-0076
 * §3). {@link #editions()} tells which.
 */
public enum Relationship implements EdgarCode {
  /** Executive officer (both editions). */
  EXECUTIVE_OFFICER("Executive Officer", "Executive Officer", EnumSet.allOf(Edition.class)),
  /** Director (both editions). */
  DIRECTOR("Director", "Director", EnumSet.allOf(Edition.class)),
  /** Promoter (both editions). */
  PROMOTER("Promoter", "Promoter", EnumSet.allOf(Edition.class)),
  /** Paper only: beneficial owner of 10% or more of a class of equity securities. */
  BENEFICIAL_OWNER(null, "Beneficial Owner", EnumSet.of(Edition.PAPER)),
  /** Paper only: general and/or managing partner. */
  GENERAL_MANAGING_PARTNER(null, "General and/or Managing Partner", EnumSet.of(Edition.PAPER));

  private static final Codes<Relationship> CODES =
      Codes.of("RELATIONSHIP_TYPE", new Relationship[] {EXECUTIVE_OFFICER, DIRECTOR, PROMOTER});

  private final String code;
  private final String label;
  private final Set<Edition> editions;

  Relationship(String code, String label, Set<Edition> editions) {
    this.code = code;
    this.label = label;
    this.editions = Collections.unmodifiableSet(editions);
  }

  /**
   * @param code a {@code relationship} string such as {@code Executive Officer}
   * @return the value
   * @throws UnknownCodeException if the string is not one of the three electronic values
   */
  public static Relationship fromEdgar(String code) {
    return CODES.lookup(code);
  }

  /**
   * @return the EDGAR code
   * @throws IllegalStateException for a paper-only role
   */
  @Override
  public String edgarCode() {
    if (code == null) {
      throw new IllegalStateException(this + " exists only on the paper form and has no EDGAR code");
    }
    return code;
  }

  /** @return the EDGAR code, or empty for a paper-only role */
  public Optional<String> edgarCodeIfAny() {
    return Optional.ofNullable(code);
  }

  @Override
  public String label() {
    return label;
  }

  /** @return the editions of the form that offer this role */
  public Set<Edition> editions() {
    return editions;
  }
}
