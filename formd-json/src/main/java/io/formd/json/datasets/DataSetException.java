package io.formd.json.datasets;

import java.util.Optional;
import java.util.OptionalInt;

/**
 * A data set that cannot be read as a whole (a table missing, a column renamed, a truncated archive, a field that
 * breaks the tables' quoting), with the table, line and column where it went wrong when they are known.
 */
public final class DataSetException extends Exception {

  private static final long serialVersionUID = 1L;

  private final transient DataSetTable table;
  private final int line;
  private final String column;

  DataSetException(DataSetTable table, int line, String column, String problem) {
    super(where(table, line, column) + problem);
    this.table = table;
    this.line = line;
    this.column = column;
  }

  static String where(DataSetTable table, int line, String column) {
    if (table == null) {
      return "";
    }
    return table.fileName() + (line > 0 ? " line " + line : "") + (column != null ? ", column " + column : "") + ": ";
  }

  /** @return the table, when the problem is in one */
  public Optional<DataSetTable> table() {
    return Optional.ofNullable(table);
  }

  /** @return the line of the table (its header is line 1), when known */
  public OptionalInt line() {
    return line > 0 ? OptionalInt.of(line) : OptionalInt.empty();
  }

  /** @return the column's name, when known */
  public Optional<String> column() {
    return Optional.ofNullable(column);
  }
}
