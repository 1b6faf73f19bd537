package io.formd.core.model;

import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Where a sales-compensation recipient solicits: XSD complex type {@code STATES_OF_SOLICITATION_LIST}
 * (element {@code statesOfSolicitationList}), either {@code <value>All States</value>} or repeated
 * {@code <state>}/{@code <description>} pairs; on paper, Part B.4's "All States" box or the 52 state boxes.
 *
 * <p>Both at once, or neither, can be represented: which is allowed is a rule.
 */
@Value.Immutable
public interface StatesOfSolicitation extends WithStatesOfSolicitation {

  /** One {@code state} element and the {@code description} that follows it. */
  @Value.Immutable
  interface Entry {
    /** @return {@code state} */
    @Value.Parameter
    SolicitationState state();

    /** @return {@code description}: the state's name as written after the code, if any */
    @Value.Parameter
    Optional<String> description();

    /**
     * @param state a state
     * @return an entry with the state's standard description (its upper-case name)
     */
    static Entry of(SolicitationState state) {
      return ImmutableEntry.of(state, Optional.of(state.label()));
    }

    /**
     * @param state a state
     * @param description the description as written, or empty
     * @return the entry
     */
    static Entry of(SolicitationState state, Optional<String> description) {
      return ImmutableEntry.of(state, description);
    }
  }

  /** @return true for {@code <value>All States</value>} */
  @Value.Default
  default boolean allStates() {
    return false;
  }

  /** @return the {@code state} entries, in document order */
  List<Entry> states();

  /** @return "All States" */
  static StatesOfSolicitation all() {
    return builder().allStates(true).build();
  }

  /**
   * @param states the states, each with its standard description
   * @return a list of states
   */
  static StatesOfSolicitation of(SolicitationState... states) {
    Builder builder = builder();
    for (SolicitationState state : states) {
      builder.addStates(Entry.of(state));
    }
    return builder.build();
  }

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

  /** Builds {@link StatesOfSolicitation} values. */
  final class Builder extends ImmutableStatesOfSolicitation.Builder {}
}
