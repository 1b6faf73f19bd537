package io.formd.core.model;

import java.util.Arrays;
import java.util.List;
import org.immutables.value.Value;

/**
 * A list of an issuer's previous names: XSD complex type {@code NAMES_LIST_TYPE} (elements
 * {@code issuerPreviousNameList} and {@code edgarPreviousNameList}), a choice between {@code <value>None</value>}
 * and up to three {@code <previousName>} elements.
 *
 * <p>Real filings also write {@code <previousName>None</previousName>}; that is kept as a name "None", so the
 * document reads back exactly as filed (the EDGAR Form D XML Technical Specification v13).
 */
@Value.Immutable
public abstract class PreviousNames implements WithPreviousNames {

  /** @return true for the {@code <value>None</value>} form */
  @Value.Default
  public boolean none() {
    return false;
  }

  /** @return the {@code previousName} entries, in order (the schema allows at most three: a rule) */
  public abstract List<String> names();

  /** @return the {@code <value>None</value>} list */
  public static PreviousNames ofNone() {
    return builder().none(true).build();
  }

  /**
   * @param names the names, in order
   * @return a list of {@code previousName} entries
   */
  public static PreviousNames of(String... names) {
    return builder().addAllNames(Arrays.asList(names)).build();
  }

  @Value.Check
  void checkShape() {
    if (none() && !names().isEmpty()) {
      throw new IllegalStateException("a previous-name list is either <value>None</value> or names, found both");
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

  /** Builds {@link PreviousNames} values. */
  public static final class Builder extends ImmutablePreviousNames.Builder {}
}
