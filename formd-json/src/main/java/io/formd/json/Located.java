package io.formd.json;

import java.util.Objects;

/**
 * A value read from a document, with where its parts came from.
 *
 * @param value what was read
 * @param sourceMap where its parts came from
 * @param format the format the document was in
 * @param <T> the type read
 */
public record Located<T>(T value, SourceMap sourceMap, FormDFiles.Format format) {

  /** @throws NullPointerException if any part is null */
  public Located {
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(sourceMap, "sourceMap");
    Objects.requireNonNull(format, "format");
  }
}
