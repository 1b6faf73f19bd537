package io.formd.core.model;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * A related person's name: XSD complex type {@code NAME_TYPE_W_LAST_NAME_200} ({@code relatedPersonName}:
 * {@code firstName}, {@code middleName}, {@code lastName}), or on the paper form the "Full Name (Last name
 * first, if individual)" exactly as written ({@link #asWritten()}), since paper filers did not always put
 * the last name first and entities have no first name.
 *
 * <p>Shape: either {@link #lastName()} or {@link #asWritten()} is present, not both.
 */
@Value.Immutable
public abstract class PersonName implements WithPersonName {

  /** @return {@code firstName} (entities listed as persons often write {@code N/A}) */
  public abstract Optional<String> firstName();

  /** @return {@code middleName} */
  public abstract Optional<String> middleName();

  /** @return {@code lastName}, or the entity's name for an entity */
  public abstract Optional<String> lastName();

  /** @return the paper form's full name, as written (e.g. {@code "Butterfield, Gregory S."}) */
  public abstract Optional<String> asWritten();

  /**
   * @param first first name
   * @param last last name
   * @return a structured name
   */
  public static PersonName of(String first, String last) {
    return builder().firstName(first).lastName(last).build();
  }

  /**
   * @param first first name
   * @param middle middle name
   * @param last last name
   * @return a structured name
   */
  public static PersonName of(String first, String middle, String last) {
    return builder().firstName(first).middleName(middle).lastName(last).build();
  }

  /**
   * @param fullName the full name as the paper form has it
   * @return a name kept as written
   */
  public static PersonName written(String fullName) {
    return builder().asWritten(fullName).build();
  }

  /** @return the name for display: as written, or "first middle last" */
  public String displayName() {
    if (asWritten().isPresent()) {
      return asWritten().get();
    }
    StringBuilder name = new StringBuilder();
    firstName().ifPresent(f -> name.append(f).append(' '));
    middleName().filter(m -> !m.isEmpty()).ifPresent(m -> name.append(m).append(' '));
    return name.append(lastName().orElse("")).toString().trim();
  }

  @Value.Check
  void checkShape() {
    if (lastName().isPresent() == asWritten().isPresent()) {
      throw new IllegalStateException(
          "a person name has either a last name (electronic form) or a full name as written (paper form), "
              + "found " + (asWritten().isPresent() ? "both" : "neither"));
    }
  }

  /** @return a new builder */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * @return a builder holding this value's parts: change some and build a new value (this one is unchanged);
   *     one part alone is changed with its {@code with...} method
   */
  public Builder toBuilder() {
    return builder().from(this);
  }

  /** Builds {@link PersonName} values. */
  public static final class Builder extends ImmutablePersonName.Builder {}
}
