package io.formd.core.amendments;

import java.util.Objects;

/**
 * Why one change does or does not require an amendment under Rule 503(a)(3) (17 CFR 230.503).
 *
 * @param change the change
 * @param required true if the change requires an amendment
 * @param citation the paragraph that decides it, e.g. {@code 17 CFR 230.503(a)(3)(ii)(E)}
 * @param detail what the paragraph says of this change, with the figures ("an increase of 12.5 %: more than 10 %"), and
 *     where the rule is silent, the reading formd chose, said so ("treated as required: ...")
 */
public record Reason(Change change, boolean required, String citation, String detail) {

  /** Checks the parts are given. */
  public Reason {
    Objects.requireNonNull(change, "change");
    Objects.requireNonNull(citation, "citation");
    Objects.requireNonNull(detail, "detail");
  }

  @Override
  public String toString() {
    return (required ? "REQUIRED " : "exempt ") + change.place() + " [" + change.path() + "]: " + detail + " ("
        + citation + ")";
  }
}
