package io.formd.core.amendments;

import io.formd.core.model.ElectronicFormD;
import io.formd.core.model.Issuer;
import io.formd.core.model.OfferingData;
import io.formd.core.model.Signature;
import io.formd.core.model.SubmissionType;
import io.formd.core.model.TypeOfFiling;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The first draft of an amendment (Form D/A) of a filed notice or amendment: every answer of the filing it amends
 * carried over, as the filer sends it to EDGAR, ready to be edited where the facts changed and validated.
 *
 * <p>What the draft changes, and nothing else:
 * <ul>
 *   <li>Item 7: {@code submissionType} {@code D/A}, {@code isAmendment} true and {@code previousAccessionNumber} the
 *       accession number of the filing amended (EDGAR Form D XML Technical Specification v13 §3.3 m#1: mandatory for
 *       an amendment);</li>
 *   <li>the signature block: each signature dated {@code today} (Form D is signed anew for each filing;
 *       the signers stay those of the filing amended until edited);</li>
 *   <li>what EDGAR fills in and a filer leaves out (§3.3 o#3, o#4, §5.2, §5.3): the issuers' names, jurisdictions of
 *       incorporation and EDGAR's previous names, and {@code schemaVersion}. The draft is therefore in the
 *       {@link io.formd.core.model.Dialect#SUBMISSION} dialect and is validated under that profile.</li>
 * </ul>
 * Credentials are never invented: a filing read from EDGAR's published copy has no CIK confirmation codes (CCC) and
 * no contact, and its draft has none either ({@code D-SUB-CCC} and {@code D-SUB-CONTACT} say so until the filer adds
 * them). A draft of an unchanged offering requires no amendment by {@link AmendmentCheck} except the annual one.
 */
public final class AmendmentDraft {

  private static final Pattern ACCESSION = Pattern.compile("\\d{10}-\\d{2}-\\d{6}");

  private AmendmentDraft() {}

  /**
   * @param amended the filing amended: the offering's last notice or amendment
   * @param accessionNumber its accession number, {@code nnnnnnnnnn-nn-nnnnnn}
   * @param today the day the draft is prepared, which its signatures carry
   * @return the draft amendment
   * @throws IllegalArgumentException if the accession number is not of EDGAR's form, naming it
   */
  public static ElectronicFormD of(ElectronicFormD amended, String accessionNumber, LocalDate today) {
    Objects.requireNonNull(amended, "amended");
    Objects.requireNonNull(accessionNumber, "accessionNumber");
    Objects.requireNonNull(today, "today");
    if (!ACCESSION.matcher(accessionNumber).matches()) {
      throw new IllegalArgumentException("'" + accessionNumber + "' is not an accession number: EDGAR's are ten "
          + "digits, two digits and six digits joined by hyphens (0001234567-26-000001)");
    }
    TypeOfFiling type = TypeOfFiling.builder().from(amended.offering().typeOfFiling())
        .amendment(true).previousAccessionNumber(accessionNumber).build();
    List<Issuer> issuers = new ArrayList<>();
    for (Issuer issuer : amended.issuers()) {
      issuers.add(Issuer.builder().from(issuer).name(Optional.empty()).jurisdictionOfIncorporation(Optional.empty())
          .edgarPreviousNames(Optional.empty()).build());
    }
    List<Signature> signatures = new ArrayList<>();
    for (Signature signature : amended.signatures()) {
      signatures.add(Signature.builder().from(signature).date(today).build());
    }
    return ElectronicFormD.builder().from(amended)
        .schemaVersion(Optional.empty())
        .submissionType(SubmissionType.D_A)
        .primaryIssuer(issuers.get(0))
        .additionalIssuers(issuers.subList(1, issuers.size()))
        .offering(OfferingData.builder().from(amended.offering()).typeOfFiling(type).build())
        .signatures(signatures)
        .build();
  }
}
