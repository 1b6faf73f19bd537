package io.formd.json;

/**
 * Carries a {@link FormDReadException} out of the mapping code's lambdas (which cannot throw checked
 * exceptions); the readers unwrap it at their entry point, so callers only ever see the checked exception.
 */
final class ReadFailure extends RuntimeException {

  private static final long serialVersionUID = 1L;

  final transient FormDReadException error;

  ReadFailure(FormDReadException error) {
    super(error.getMessage(), null, false, false);
    this.error = error;
  }
}
