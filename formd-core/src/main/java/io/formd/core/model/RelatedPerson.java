package io.formd.core.model;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A related person: electronic Item 3 (XSD complex type {@code RELATED_PERSON_INFO_TYPE}, element
 * {@code relatedPersonInfo}) or paper Part A.2 (promoters, 10% beneficial owners, executive officers,
 * directors, general and managing partners).
 */
@Value.Immutable
public interface RelatedPerson extends WithRelatedPerson {

  /** @return {@code relatedPersonName} */
  PersonName name();

  /** @return {@code relatedPersonAddress}; on paper the "Business or Residence Address" */
  Address address();

  /**
   * @return {@code relatedPersonRelationshipList}, in document order; not recorded when a paper
   *     transcription lost the role boxes
   */
  Recorded<List<Relationship>> relationships();

  /** @return {@code relationshipClarification} (electronic only; empty elements read as absent) */
  Optional<String> relationshipClarification();

  /** @return a new builder */
  static Builder builder() {
    return new Builder();
  }

  /**
   * @return a builder holding this value's parts: change some and build a new value (this one is unchanged);
   *     one part alone is changed with its {@code with...} method
   */
  default Builder toBuilder() {
    return builder().from(this);
  }

  /** Builds {@link RelatedPerson} values. */
  final class Builder extends ImmutableRelatedPerson.Builder {
    /**
     * Records the relationships, in order.
     *
     * @param relationships one or more relationships
     * @return this builder
     */
    public Builder relationships(Relationship... relationships) {
      return (Builder) relationships(Recorded.of(List.copyOf(Arrays.asList(relationships))));
    }
  }
}
