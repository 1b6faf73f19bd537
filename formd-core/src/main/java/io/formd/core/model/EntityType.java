package io.formd.core.model;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * The issuer's type of entity or business organisation, for both editions.
 *
 * <p>Electronic Item 1 (XSD simple type {@code ENTITY_TYPE_TYPE}, element {@code entityType}): Corporation,
 * Limited Partnership, Limited Liability Company, General Partnership, Business Trust, Other. Paper Part A.1
 * "Type of Business Organization": corporation, limited partnership already formed, limited partnership to
 * be formed, business trust, other. The paper "already formed" box is {@link #LIMITED_PARTNERSHIP};
 * {@link #editions()} says where each value exists, and only electronic values have an EDGAR code.
 */
public enum EntityType implements EdgarCode {
  /** Corporation (both editions). */
  CORPORATION("Corporation", "Corporation", EnumSet.allOf(Edition.class)),
  /** Limited partnership; on paper, "limited partnership, already formed" (both editions). */
  LIMITED_PARTNERSHIP("Limited Partnership", "Limited Partnership", EnumSet.allOf(Edition.class)),
  /** Paper only: "limited partnership, to be formed". */
  LIMITED_PARTNERSHIP_TO_BE_FORMED(null, "Limited Partnership, to be formed", EnumSet.of(Edition.PAPER)),
  /** Limited liability company (electronic only). */
  LIMITED_LIABILITY_COMPANY("Limited Liability Company", "Limited Liability Company", EnumSet.of(Edition.ELECTRONIC)),
  /** General partnership (electronic only). */
  GENERAL_PARTNERSHIP("General Partnership", "General Partnership", EnumSet.of(Edition.ELECTRONIC)),
  /** Business trust (both editions). */
  BUSINESS_TRUST("Business Trust", "Business Trust", EnumSet.allOf(Edition.class)),
  /** Other, with a description ({@code entityTypeOtherDesc}; paper "other (please specify)"). */
  OTHER("Other", "Other", EnumSet.allOf(Edition.class));

  private static final Codes<EntityType> CODES = Codes.of("ENTITY_TYPE_TYPE", electronicValues());

  private final String code;
  private final String label;
  private final Set<Edition> editions;

  EntityType(String code, String label, Set<Edition> editions) {
    this.code = code;
    this.label = label;
    this.editions = Collections.unmodifiableSet(editions);
  }

  private static EntityType[] electronicValues() {
    return EnumSet.complementOf(EnumSet.of(LIMITED_PARTNERSHIP_TO_BE_FORMED)).toArray(new EntityType[0]);
  }

  /**
   * @param code an {@code entityType} string such as {@code Limited Liability Company}
   * @return the value
   * @throws UnknownCodeException if the string is not one of the six electronic values
   */
  public static EntityType fromEdgar(String code) {
    return CODES.lookup(code);
  }

  /**
   * @return the EDGAR code
   * @throws IllegalStateException for the paper-only {@link #LIMITED_PARTNERSHIP_TO_BE_FORMED}
   */
  @Override
  public String edgarCode() {
    if (code == null) {
      throw new IllegalStateException(this + " exists only on the paper form and has no EDGAR code");
    }
    return code;
  }

  /** @return the EDGAR code, or empty for a paper-only value */
  public Optional<String> edgarCodeIfAny() {
    return Optional.ofNullable(code);
  }

  @Override
  public String label() {
    return label;
  }

  /** @return the editions of the form that offer this value */
  public Set<Edition> editions() {
    return editions;
  }
}
