package io.formd.json.internal;

import io.formd.json.FormDReadException;

/**
 * Carries a {@link FormDReadException} out of the mapping code's lambdas (which cannot throw checked
 * exceptions); the readers unwrap it at their entry point, so callers only ever see the checked exception.
 */
public final class ReadFailure extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** The failure carried. */
  public final transient FormDReadException error;

  /** @param error the failure to carry */
  public ReadFailure(FormDReadException error) {
    super(error.getMessage(), null, false, false);
    this.error = error;
  }
}
