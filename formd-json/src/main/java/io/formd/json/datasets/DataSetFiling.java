package io.formd.json.datasets;

import io.formd.core.model.ElectronicFormD;
import io.formd.core.rules.RuleSet;
import io.formd.core.rules.ValidationReport;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One filing of a data set: the form as the tables give it, with EDGAR's facts the form itself does not hold.
 *
 * @param accessionNumber ACCESSIONNUMBER
 * @param fileNumber FILE_NUM, without the SEC's right padding, when given
 * @param filingDate FILING_DATE (the data sets write it DD-MON-YYYY), when given and a date
 * @param sicCode SIC_CODE, when given
 * @param filing the filing, read as {@code FormDXml} reads the published document the rows were flattened from
 * @param notInDataSet what this filing's rows cannot tell (previous names EDGAR wrote as "None", the order of a
 *     recipient's states); the parts every data set lacks are {@link FormDDataSets#elementsNotCarried()}
 * @param rulesNotInSource the rules that cannot judge this filing from its rows (what they check is among what the
 *     rows lost): give them to {@link io.formd.core.rules.RuleSet#notInSource}, as {@link #validate} does, so that a
 *     report lists them as not checked instead of finding what the data set lost
 */
public record DataSetFiling(String accessionNumber, Optional<String> fileNumber, Optional<LocalDate> filingDate,
    Optional<String> sicCode, ElectronicFormD filing, List<String> notInDataSet, List<String> rulesNotInSource)
    implements DataSetEntry {

  /** Checks the parts are given. */
  public DataSetFiling {
    Objects.requireNonNull(accessionNumber, "accessionNumber");
    Objects.requireNonNull(fileNumber, "fileNumber");
    Objects.requireNonNull(filingDate, "filingDate");
    Objects.requireNonNull(sicCode, "sicCode");
    Objects.requireNonNull(filing, "filing");
    notInDataSet = List.copyOf(notInDataSet);
    rulesNotInSource = List.copyOf(rulesNotInSource);
  }

  /**
   * @param rules the rules to check with
   * @return the report: as of the filing date when the data set gives it, with the rules that cannot judge what
   *     the rows lost listed as skipped
   */
  public ValidationReport validate(RuleSet rules) {
    return validate(rules, filingDate.orElse(null));
  }

  /**
   * @param rules the rules to check with
   * @param filedOn the filing date to judge it by (null: none, the date checks are listed as skipped)
   * @return the report, with the rules that cannot judge what the rows lost listed as skipped
   */
  public ValidationReport validate(RuleSet rules, LocalDate filedOn) {
    RuleSet judged = rulesNotInSource.isEmpty() ? rules
        : rules.notInSource(rulesNotInSource.stream().filter(id -> rules.rule(id).isPresent()).toArray(String[]::new));
    return judged.validate(filing, filedOn);
  }}
