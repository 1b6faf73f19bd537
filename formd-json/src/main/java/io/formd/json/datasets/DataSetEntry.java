package io.formd.json.datasets;

/** What a data set yields for each accession number: a filing, or the problem that kept its rows from being one. */
public sealed interface DataSetEntry permits DataSetFiling, DataSetProblem {

  /** @return the accession number the entry is about */
  String accessionNumber();
}
