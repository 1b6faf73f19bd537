package io.formd.json;

/**
 * Where something is in a document that was read: a line and a column, both counted from 1, as editors and
 * compilers count them.
 *
 * @param line the line, from 1
 * @param column the column, from 1
 */
public record SourcePosition(int line, int column) {

  /**
   * @throws IllegalArgumentException if the line or column is below 1
   */
  public SourcePosition {
    if (line < 1 || column < 1) {
      throw new IllegalArgumentException("line and column count from 1, not " + line + ":" + column);
    }
  }

  @Override
  public String toString() {
    return line + ":" + column;
  }
}
