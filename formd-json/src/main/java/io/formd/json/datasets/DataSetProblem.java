package io.formd.json.datasets;

import java.util.Objects;
import java.util.Optional;

/**
 * Rows of a data set that cannot be represented as a filing: an accession whose cells the form cannot hold (a date
 * that is not one, an unknown code), or rows that belong to no filing of the quarter. Reported, never dropped.
 *
 * @param accessionNumber the accession the rows carry
 * @param table the table of the cell (or row) at fault
 * @param line its line in the table (the header is line 1)
 * @param column the column at fault, when one is
 * @param problem what is wrong, in a sentence
 */
public record DataSetProblem(String accessionNumber, DataSetTable table, int line, Optional<String> column,
    String problem) implements DataSetEntry {

  /** Checks the parts are given. */
  public DataSetProblem {
    Objects.requireNonNull(accessionNumber, "accessionNumber");
    Objects.requireNonNull(table, "table");
    Objects.requireNonNull(column, "column");
    Objects.requireNonNull(problem, "problem");
  }

  /** @return where and what: "ISSUERS.tsv line 12, column YEAROFINC_VALUE_ENTERED: ..." */
  public String describe() {
    return DataSetException.where(table, line, column.orElse(null)) + problem;
  }

  /** @return the accession number, then {@link #describe()} */
  @Override
  public String toString() {
    return accessionNumber + ": " + describe();
  }
}
