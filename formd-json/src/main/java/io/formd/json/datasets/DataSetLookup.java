package io.formd.json.datasets;

import io.formd.core.rules.EdgarLookup;
import io.formd.json.datasets.Tsv.Row;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * EDGAR's records as far as quarters of the SEC's data sets carry them, for the record checks of the technical
 * specification's §6 without a network: the companies (each CIK's name as EDGAR published it in its latest filing,
 * and the jurisdiction it gave) and the accepted Form D filings (their form type and issuers). What the quarters
 * do not cover is not answered "not on file": a CIK or accession number outside them, and every CIK confirmation
 * code (the data sets carry none), throw {@link EdgarLookup.NotCovered}, and the check is listed as not run.
 *
 * <pre>{@code
 * EdgarLookup records = DataSetLookup.of(FormDDataSets.read(Path.of("2025q1_d.zip")),
 *     FormDDataSets.read(Path.of("2025q2_d.zip")));
 * RuleSets.builtIn().withLookup(records).validate(amendment);
 * }</pre>
 */
public final class DataSetLookup implements EdgarLookup {

  private final Map<String, Company> companies = new HashMap<>();
  private final Map<String, LocalDate> companyDates = new HashMap<>();
  private final Map<String, AcceptedFiling> filings = new HashMap<>();
  private final List<String> quarters = new ArrayList<>();

  private DataSetLookup() { }

  /**
   * @param quarters the quarters read
   * @return their records
   */
  public static DataSetLookup of(DataSetQuarter... quarters) {
    DataSetLookup lookup = new DataSetLookup();
    for (DataSetQuarter quarter : quarters) {
      lookup.add(quarter);
    }
    return lookup;
  }

  private void add(DataSetQuarter quarter) {
    quarters.add(quarter.name());
    int type = DataSetTable.FORMDSUBMISSION.column("SUBMISSIONTYPE");
    int date = DataSetTable.FORMDSUBMISSION.column("FILING_DATE");
    int cik = DataSetTable.ISSUERS.column("CIK");
    int name = DataSetTable.ISSUERS.column("ENTITYNAME");
    int jurisdiction = DataSetTable.ISSUERS.column("JURISDICTIONOFINC");
    for (Row submission : quarter.submissions()) {
      String accession = submission.get(0).trim();
      LocalDate filed = DataSetQuarter.filingDate(submission.get(date).trim()).orElse(LocalDate.MIN);
      Set<String> ciks = new HashSet<>();
      for (Row issuer : quarter.rowsOf(DataSetTable.ISSUERS, accession)) {
        String key = strip(issuer.get(cik));
        if (key.isEmpty()) {
          continue;
        }
        ciks.add(issuer.get(cik).trim());
        LocalDate known = companyDates.get(key);
        if (known == null || !filed.isBefore(known)) {
          String j = issuer.get(jurisdiction).trim();
          companies.put(key, new Company(issuer.get(cik).trim(), issuer.get(name).trim(),
              j.isEmpty() ? Optional.empty() : Optional.of(j)));
          companyDates.put(key, filed);
        }
      }
      filings.put(accession, new AcceptedFiling(accession, submission.get(type).trim(), ciks));
    }
  }

  private static String strip(String cik) {
    String t = cik.trim();
    int i = 0;
    while (i < t.length() - 1 && t.charAt(i) == '0') {
      i++;
    }
    return t.substring(i);
  }

  private String covered() {
    return "the data sets loaded (" + String.join(", ", quarters) + ")";
  }

  @Override
  public Optional<Company> company(String cik) {
    Company company = companies.get(strip(cik));
    if (company == null) {
      throw new NotCovered("CIK " + cik + " files no Form D in " + covered()
          + ": whether EDGAR knows it cannot be told from them");
    }
    return Optional.of(company);
  }

  @Override
  public boolean credentialsMatch(String cik, String ccc) {
    throw new NotCovered("the SEC's data sets carry no CIK confirmation codes");
  }

  @Override
  public Optional<AcceptedFiling> filing(String accessionNumber) {
    AcceptedFiling filing = filings.get(accessionNumber.trim());
    if (filing == null) {
      throw new NotCovered("accession number " + accessionNumber + " is not in " + covered());
    }
    return Optional.of(filing);
  }

  /** @return the quarters the records come from, by name */
  public List<String> quarters() {
    return List.copyOf(quarters);
  }
}
