package io.formd.core.rules;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * EDGAR's records, as the checks of the EDGAR Form D XML Technical Specification v13 §6 that need them ask: is the
 * CIK valid, do the CIK and CCC go together, is a previous accession number an accepted Form D of this issuer, what
 * is the issuer's name and jurisdiction on file. formd has no network access and no EDGAR data: a vendor implements
 * this against its own copy of EDGAR's records and gives it to {@link RuleSet#withLookup}. Without one, the rules
 * that need it are skipped, and {@link ValidationReport#skipped()} names them.
 *
 * <p>An implementation may throw: the rule whose check failed reports one finding naming the check and the
 * failure, and validation goes on.
 */
public interface EdgarLookup {

  /**
   * Thrown by a lookup whose records do not cover what was asked (a CIK or an accession number outside the
   * quarters of the SEC's data sets it was built from, a CCC it has no copy of): the check is listed as not run
   * ({@link SkippedCheck.Reason#NOT_IN_LOOKUP}), with no finding, instead of being answered "not on file".
   */
  final class NotCovered extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** @param what what the records do not cover, in a sentence */
    public NotCovered(String what) {
      super(what);
    }
  }

  /**
   * A company on file.
   *
   * @param cik its CIK, as EDGAR keeps it (leading zeroes or not)
   * @param name its conformed name on file
   * @param jurisdiction its state of incorporation on file, empty if EDGAR has none
   */
  record Company(String cik, String name, Optional<String> jurisdiction) {
    /** Checks the parts are given. */
    public Company {
      Objects.requireNonNull(cik, "cik");
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(jurisdiction, "jurisdiction");
    }
  }

  /**
   * An accepted filing on file.
   *
   * @param accessionNumber its accession number, {@code nnnnnnnnnn-nn-nnnnnn}
   * @param formType its submission type ({@code D}, {@code D/A}, or another form's)
   * @param issuerCiks the CIKs of the issuers that made it
   */
  record AcceptedFiling(String accessionNumber, String formType, Set<String> issuerCiks) {
    /** Checks the parts are given and copies the set. */
    public AcceptedFiling {
      Objects.requireNonNull(accessionNumber, "accessionNumber");
      Objects.requireNonNull(formType, "formType");
      issuerCiks = Set.copyOf(issuerCiks);
    }
  }

  /**
   * @param cik a CIK as the filing gives it
   * @return the company on file with that CIK, or empty if the CIK is not a valid one
   */
  Optional<Company> company(String cik);

  /**
   * @param cik a CIK as the filing gives it
   * @param ccc the CIK confirmation code given with it
   * @return true if EDGAR's records pair them
   */
  boolean credentialsMatch(String cik, String ccc);

  /**
   * @param accessionNumber an accession number as the filing gives it
   * @return the accepted filing with that number, or empty if there is none
   */
  Optional<AcceptedFiling> filing(String accessionNumber);

  /**
   * @param a a CIK
   * @param b another
   * @return true if they are the same number (leading zeroes do not count)
   */
  static boolean sameCik(String a, String b) {
    return strip(a).equals(strip(b));
  }

  /**
   * A name as EDGAR conforms it for comparison: upper case, each run of characters other than A-Z and 0-9 one space,
   * no outer spaces ("Gold Fund, Ltd." is {@code GOLD FUND LTD}). The rules compare issuers' names this way, and the
   * amendment diff matches people and parties by it.
   *
   * @param name a name as written
   * @return it conformed
   */
  static String conformedName(String name) {
    // ASCII names (nearly all) are upper-cased letter by letter; others go through toUpperCase, which may map a
    // letter outside ASCII to ASCII ones (dotless i, long s, ligatures).
    String upper = isAscii(name) ? name : name.toUpperCase(Locale.ROOT);
    StringBuilder out = new StringBuilder(upper.length());
    boolean gap = false;
    for (int i = 0; i < upper.length(); i++) {
      char c = upper.charAt(i);
      if (c >= 'a' && c <= 'z') {
        c -= 'a' - 'A';
      }
      if (c >= 'A' && c <= 'Z' || c >= '0' && c <= '9') {
        if (gap && out.length() > 0) {
          out.append(' ');
        }
        gap = false;
        out.append(c);
      } else {
        gap = true;
      }
    }
    return out.toString();
  }

  private static boolean isAscii(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) >= 0x80) {
        return false;
      }
    }
    return true;
  }

  private static String strip(String cik) {
    int i = 0;
    while (i < cik.length() - 1 && cik.charAt(i) == '0') {
      i++;
    }
    return cik.substring(i).trim();
  }
}
