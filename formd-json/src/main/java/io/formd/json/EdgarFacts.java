package io.formd.json;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What EDGAR says of a filing beside its document: the accession number it gave the submission, the day it counts as
 * filed, and the file number of the offering. EDGAR's full submission file and the SEC's data sets carry them; a Form
 * D document has no place for them, so formd JSON keeps them, when known, as the top-level member {@code edgar}
 * ({@code {"accessionNumber": "0001234567-25-000001", "filedDate": "2025-01-15", "fileNumber": "021-123456"}}),
 * which {@link FormDJson#readEdgarFacts(byte[])} reads back and the model never sees.
 *
 * @param accessionNumber the accession number
 * @param filedDate the filing date, when known
 * @param fileNumber the file number, when known
 */
public record EdgarFacts(String accessionNumber, Optional<LocalDate> filedDate, Optional<String> fileNumber) {

  private static final Pattern ACCESSION = Pattern.compile("\\d{10}-\\d{2}-\\d{6}");

  /** Checks the parts are given and the accession number is EDGAR's. */
  public EdgarFacts {
    Objects.requireNonNull(accessionNumber, "accessionNumber");
    if (!ACCESSION.matcher(accessionNumber).matches()) {
      throw new IllegalArgumentException("an accession number is ten digits, two and six (0001234567-25-000001), not '"
          + accessionNumber + "'");
    }
    Objects.requireNonNull(filedDate, "filedDate");
    fileNumber = Objects.requireNonNull(fileNumber, "fileNumber").map(String::trim).filter(n -> !n.isEmpty());
  }

  /** @return whether the text is an accession number as EDGAR writes one */
  static boolean isAccessionNumber(String text) {
    return ACCESSION.matcher(text).matches();
  }
}
