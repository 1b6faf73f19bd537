package io.formd.core.amendments;

import java.util.Objects;
import java.util.Optional;

/**
 * One difference between two filings of an offering: a field whose value changed, or a value (a related person, a
 * recipient, an exemption) present in one and not the other.
 *
 * @param path the field's path in the later filing ({@code relatedPersons[2].address.city}), or in the earlier one
 *     for a removal: a {@link io.formd.core.rules.Finding#path()}
 * @param place where it is on the printed form ("Item 13, Total Offering Amount"), from the field table
 * @param before the value before, as text; empty when the value was added
 * @param after the value after, as text; empty when the value was removed
 */
public record Change(String path, String place, Optional<String> before, Optional<String> after) {

  /** Checks the parts are given and something changed. */
  public Change {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(place, "place");
    Objects.requireNonNull(before, "before");
    Objects.requireNonNull(after, "after");
    if (before.equals(after)) {
      throw new IllegalArgumentException("no change at " + path + ": " + before);
    }
  }

  /** @return true when the later filing adds the value */
  public boolean added() {
    return before.isEmpty();
  }

  /** @return true when the later filing removes the value */
  public boolean removed() {
    return after.isEmpty();
  }

  @Override
  public String toString() {
    return path + " (" + place + "): " + before.orElse("(none)") + " -> " + after.orElse("(none)");
  }
}
