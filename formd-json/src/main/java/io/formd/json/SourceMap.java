package io.formd.json;

import java.util.Optional;

/**
 * Where the parts of a filing came from in the document it was read from, kept beside the filing rather than in
 * it (two filings read from different files are equal when their contents are). Ask it for a finding's path.
 *
 * <pre>{@code
 * Located<FormD> read = FormDFiles.readLocated(Path.of("primary_doc.xml"));
 * for (Finding f : RuleSets.builtIn().validate(read.value()).findings()) {
 *   SourcePosition at = read.sourceMap().locate(f.path()).orElse(null);
 * }
 * }</pre>
 */
public interface SourceMap {

  /**
   * @param path a model path, such as a finding's ({@code issuers[1].address.city}); empty for the whole filing
   * @return where the part is: its element or member, or for a part the document does not hold, the nearest
   *     enclosing one that it does (the parent element of a missing one); empty only for a map of nothing
   */
  Optional<SourcePosition> locate(String path);

  /** @return a map that locates nothing (a filing read from a source without places, such as the data sets) */
  public static SourceMap none() {
    return path -> Optional.empty();
  }
}
