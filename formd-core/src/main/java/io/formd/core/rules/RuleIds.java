package io.formd.core.rules;

import java.util.Locale;
import java.util.Objects;

/**
 * The id of every built-in rule as a constant, so that code names a rule the compiler checks: {@code
 * RuleSets.builtIn().without(RuleIds.D_XREF_3C_UMBRELLA)}, {@code FakeFilings.seeded(1).brokenBy(RuleIds.D_XSD_ZIP)}.
 * Each constant's name is its id with {@code _} for {@code -}; a test keeps the list equal to {@code
 * RuleSets.builtIn().rules()}, so a rule added or removed changes this class too.
 *
 * <p>Rule ids are looked up without regard to case everywhere: {@link RuleSet#rule}, {@link RuleSet#without},
 * {@code FakeFilings.brokenBy}, the arbitraries and the command line take {@code d-xsd-zip} for {@code D-XSD-ZIP}. A
 * rule is defined with its canonical, upper-case id.
 */
public final class RuleIds {

  private RuleIds() {}

  /**
   * @param id a rule id in any case, with or without spaces around it
   * @return the id as rules are defined: upper case ({@code D-XSD-ZIP})
   */
  public static String canonical(String id) {
    return Objects.requireNonNull(id, "id").trim().toUpperCase(Locale.ROOT);
  }

  /** D-XSD-CIK: every issuer has a CIK of 1 to 10 digits. */
  public static final String D_XSD_CIK = "D-XSD-CIK";

  /**
   * D-XSD-ISSUER-NAME: issuer names are at most 150 characters; a submission leaves the name out: EDGAR fills it in.
   */
  public static final String D_XSD_ISSUER_NAME = "D-XSD-ISSUER-NAME";

  /**
   * D-XSD-XML-CHARACTERS: texts hold only characters XML can carry (no control characters but tab and line breaks, no
   * unpaired surrogates, no U+FFFE/U+FFFF).
   */
  public static final String D_XSD_XML_CHARACTERS = "D-XSD-XML-CHARACTERS";

  /** D-XSD-OUTER-WHITESPACE: texts do not begin or end with whitespace. */
  public static final String D_XSD_OUTER_WHITESPACE = "D-XSD-OUTER-WHITESPACE";

  /** D-XSD-PHONE: issuer telephone numbers are 1 to 20 characters. */
  public static final String D_XSD_PHONE = "D-XSD-PHONE";

  /** D-XSD-JURISDICTION: the jurisdiction of incorporation is at most 50 characters. */
  public static final String D_XSD_JURISDICTION = "D-XSD-JURISDICTION";

  /** D-XSD-STREET: street lines are 1 to 40 characters. */
  public static final String D_XSD_STREET = "D-XSD-STREET";

  /** D-XSD-CITY: cities are 1 to 30 characters. */
  public static final String D_XSD_CITY = "D-XSD-CITY";

  /** D-XSD-ZIP: ZIP and postal codes are 1 to 10 letters, digits, spaces, '#' or '-'. */
  public static final String D_XSD_ZIP = "D-XSD-ZIP";

  /** D-XSD-STATE-DESCRIPTION: state and country descriptions are at most 50 characters. */
  public static final String D_XSD_STATE_DESCRIPTION = "D-XSD-STATE-DESCRIPTION";

  /** D-XSD-ENTITY-TYPE: every issuer gives one of the six electronic entity types. */
  public static final String D_XSD_ENTITY_TYPE = "D-XSD-ENTITY-TYPE";

  /** D-XSD-ENTITY-OTHER-DESC-LENGTH: the description of an 'Other' entity type is at most 255 characters. */
  public static final String D_XSD_ENTITY_OTHER_DESC_LENGTH = "D-XSD-ENTITY-OTHER-DESC-LENGTH";

  /** D-XSD-YEAR-OF-INC: every issuer answers the year of incorporation; a year given is four digits 2xxx. */
  public static final String D_XSD_YEAR_OF_INC = "D-XSD-YEAR-OF-INC";

  /** D-XSD-PREVIOUS-NAMES: previous-name lists hold at most three names of 1 to 150 characters. */
  public static final String D_XSD_PREVIOUS_NAMES = "D-XSD-PREVIOUS-NAMES";

  /**
   * D-XSD-PERSON-NAME: related persons have a first name (1-150), optional middle name (1-150) and last name (1-200).
   */
  public static final String D_XSD_PERSON_NAME = "D-XSD-PERSON-NAME";

  /** D-XSD-RELATIONSHIPS: each related person has 1 to 3 electronic relationships. */
  public static final String D_XSD_RELATIONSHIPS = "D-XSD-RELATIONSHIPS";

  /** D-XSD-CLARIFICATION-LENGTH: clarifications and descriptions are at most 255 characters. */
  public static final String D_XSD_CLARIFICATION_LENGTH = "D-XSD-CLARIFICATION-LENGTH";

  /**
   * D-XSD-LIST-LIMITS: at most 99 co-issuers, 100 related persons, 100 recipients, 21 exemption items and 101
   * signatures.
   */
  public static final String D_XSD_LIST_LIMITS = "D-XSD-LIST-LIMITS";

  /** D-XSD-ACCESSION-NUMBER: a previous accession number has the form nnnnnnnnnn-nn-nnnnnn. */
  public static final String D_XSD_ACCESSION_NUMBER = "D-XSD-ACCESSION-NUMBER";

  /** D-XSD-AMOUNTS: electronic amounts are whole dollars of at most 12 digits. */
  public static final String D_XSD_AMOUNTS = "D-XSD-AMOUNTS";

  /**
   * D-XSD-SIGNATURE-FIELDS: each signature has a typed signature (1-30), issuer and signer names (1-150) and a title
   * (1-60).
   */
  public static final String D_XSD_SIGNATURE_FIELDS = "D-XSD-SIGNATURE-FIELDS";

  /** D-XSD-CRD-NUMBER: CRD numbers are 1 to 9 digits (or None). */
  public static final String D_XSD_CRD_NUMBER = "D-XSD-CRD-NUMBER";

  /** D-XSD-RECIPIENT-NAMES: recipient and broker-dealer names are 1 to 200 characters. */
  public static final String D_XSD_RECIPIENT_NAMES = "D-XSD-RECIPIENT-NAMES";

  /** D-XSD-SCHEMA-VERSION: a schema version is 5 characters such as X0708. */
  public static final String D_XSD_SCHEMA_VERSION = "D-XSD-SCHEMA-VERSION";

  /** D-XSD-CONTACT: contact name 1-30, phone 1-20, well-formed e-mail addresses, at most 3 notification addresses. */
  public static final String D_XSD_CONTACT = "D-XSD-CONTACT";

  /** D-XREF-SUBMISSION-TYPE: submission type D for a new notice, D/A for an amendment. */
  public static final String D_XREF_SUBMISSION_TYPE = "D-XREF-SUBMISSION-TYPE";

  /** D-REQ-PREVIOUS-ACCESSION: an amendment gives the accession number of the filing it amends. */
  public static final String D_REQ_PREVIOUS_ACCESSION = "D-REQ-PREVIOUS-ACCESSION";

  /** D-XREF-PREVIOUS-ACCESSION-NEW: a new notice gives no previous accession number. */
  public static final String D_XREF_PREVIOUS_ACCESSION_NEW = "D-XREF-PREVIOUS-ACCESSION-NEW";

  /** D-REQ-FIRST-SALE-CHOICE: exactly one of a date of first sale and 'first sale yet to occur'. */
  public static final String D_REQ_FIRST_SALE_CHOICE = "D-REQ-FIRST-SALE-CHOICE";

  /** D-XREF-FIRST-SALE-FLOOR: a date of first sale is not before the Securities Act (1933-05-27). */
  public static final String D_XREF_FIRST_SALE_FLOOR = "D-XREF-FIRST-SALE-FLOOR";

  /** D-XREF-FIRST-SALE-AFTER-SIGNATURE: a date of first sale after the signature should be 'yet to occur'. */
  public static final String D_XREF_FIRST_SALE_AFTER_SIGNATURE = "D-XREF-FIRST-SALE-AFTER-SIGNATURE";

  /** D-ARITH-REMAINING: total remaining = total offering amount - total sold; Indefinite with Indefinite. */
  public static final String D_ARITH_REMAINING = "D-ARITH-REMAINING";

  /** D-XREF-SOLD-LE-OFFERING: the amount sold is not more than a definite total offering amount. */
  public static final String D_XREF_SOLD_LE_OFFERING = "D-XREF-SOLD-LE-OFFERING";

  /**
   * D-XREF-FUND-INFO: a pooled investment fund gives its fund type and 1940 Act answer (others giving one: an INFO).
   */
  public static final String D_XREF_FUND_INFO = "D-XREF-FUND-INFO";

  /** D-XREF-ISSUER-SIZE-ONE: exactly one of a revenue range and a net asset value range. */
  public static final String D_XREF_ISSUER_SIZE_ONE = "D-XREF-ISSUER-SIZE-ONE";

  /**
   * D-XREF-ISSUER-SIZE-KIND: hedge funds and other investment funds give a net asset value range; other issuers a
   * revenue range.
   */
  public static final String D_XREF_ISSUER_SIZE_KIND = "D-XREF-ISSUER-SIZE-KIND";

  /** D-XREF-NONACCREDITED-FLAG: no non-accredited investors counted when the issuer says there are none. */
  public static final String D_XREF_NONACCREDITED_FLAG = "D-XREF-NONACCREDITED-FLAG";

  /** D-REQ-NONACCREDITED-COUNT: the number of non-accredited investors is given when there may be some. */
  public static final String D_REQ_NONACCREDITED_COUNT = "D-REQ-NONACCREDITED-COUNT";

  /** D-XREF-NONACCREDITED-LE-TOTAL: non-accredited investors are not more than all investors. */
  public static final String D_XREF_NONACCREDITED_LE_TOTAL = "D-XREF-NONACCREDITED-LE-TOTAL";

  /**
   * D-REQ-SECURITIES-ACT-EXEMPTION: at least one Securities Act exemption (Rule 504, 505, 506 or Section 4(a)(5)) is
   * claimed.
   */
  public static final String D_REQ_SECURITIES_ACT_EXEMPTION = "D-REQ-SECURITIES-ACT-EXEMPTION";

  /** D-XREF-3C-UMBRELLA: the 3C box comes with a paragraph (a paragraph without the box: an INFO). */
  public static final String D_XREF_3C_UMBRELLA = "D-XREF-3C-UMBRELLA";

  /** D-XREF-3C-NOT-REGISTERED: a fund excluded under Section 3(c) is not a registered investment company. */
  public static final String D_XREF_3C_NOT_REGISTERED = "D-XREF-3C-NOT-REGISTERED";

  /** D-XREF-506B-506C-BOTH: not both Rule 506(b) and Rule 506(c) for one offering. */
  public static final String D_XREF_506B_506C_BOTH = "D-XREF-506B-506C-BOTH";

  /** D-XREF-DUPLICATE-EXEMPTION: no exemption item is listed twice. */
  public static final String D_XREF_DUPLICATE_EXEMPTION = "D-XREF-DUPLICATE-EXEMPTION";

  /** D-XREF-DUPLICATE-RELATIONSHIP: no relationship is listed twice for one person. */
  public static final String D_XREF_DUPLICATE_RELATIONSHIP = "D-XREF-DUPLICATE-RELATIONSHIP";

  /** D-XREF-POOLED-SECURITY: a pooled investment fund offers pooled investment fund interests. */
  public static final String D_XREF_POOLED_SECURITY = "D-XREF-POOLED-SECURITY";

  /** D-REQ-SECURITY-TYPE: at least one type of security is offered. */
  public static final String D_REQ_SECURITY_TYPE = "D-REQ-SECURITY-TYPE";

  /** D-REQ-SECURITY-OTHER-DESC: 'Other' securities are described. */
  public static final String D_REQ_SECURITY_OTHER_DESC = "D-REQ-SECURITY-OTHER-DESC";

  /** D-REQ-ENTITY-OTHER-DESC: an 'Other' entity type is described. */
  public static final String D_REQ_ENTITY_OTHER_DESC = "D-REQ-ENTITY-OTHER-DESC";

  /** D-REQ-YEAR-WITHIN-5: 'within the last five years' gives the year. */
  public static final String D_REQ_YEAR_WITHIN_5 = "D-REQ-YEAR-WITHIN-5";

  /** D-XREF-YEAR-WITHIN-5: a year 'within the last five years' is within five years of the signature. */
  public static final String D_XREF_YEAR_WITHIN_5 = "D-XREF-YEAR-WITHIN-5";

  /** D-XREF-YET-TO-BE-FORMED: an issuer yet to be formed has sold nothing. */
  public static final String D_XREF_YET_TO_BE_FORMED = "D-XREF-YET-TO-BE-FORMED";

  /** D-REQ-BUSINESS-COMBINATION-CLARIFICATION: a business combination transaction is explained. */
  public static final String D_REQ_BUSINESS_COMBINATION_CLARIFICATION = "D-REQ-BUSINESS-COMBINATION-CLARIFICATION";

  /** D-XREF-MIN-INVESTMENT: the minimum investment is not more than a definite total offering amount. */
  public static final String D_XREF_MIN_INVESTMENT = "D-XREF-MIN-INVESTMENT";

  /** D-XREF-COMP-VS-ITEM15: sales commissions and finders' fees are paid to someone listed in Item 12. */
  public static final String D_XREF_COMP_VS_ITEM15 = "D-XREF-COMP-VS-ITEM15";

  /** D-XREF-FEES-LE-OFFERING: commissions and finders' fees are not more than a definite total offering amount. */
  public static final String D_XREF_FEES_LE_OFFERING = "D-XREF-FEES-LE-OFFERING";

  /** D-XREF-PROCEEDS-LE-OFFERING: proceeds paid to insiders are not more than a definite total offering amount. */
  public static final String D_XREF_PROCEEDS_LE_OFFERING = "D-XREF-PROCEEDS-LE-OFFERING";

  /** D-XREF-SOLD-VS-INVESTORS: an amount sold means investors, and investors mean an amount sold. */
  public static final String D_XREF_SOLD_VS_INVESTORS = "D-XREF-SOLD-VS-INVESTORS";

  /** D-XREF-SIGNATURE-PER-ISSUER: every issuer signs, unless the signer is authorised for all of them. */
  public static final String D_XREF_SIGNATURE_PER_ISSUER = "D-XREF-SIGNATURE-PER-ISSUER";

  /**
   * D-XREF-SIGNATURE-ISSUER-NAME: each signature names one of the issuers (case, punctuation and a shortened ending
   * aside).
   */
  public static final String D_XREF_SIGNATURE_ISSUER_NAME = "D-XREF-SIGNATURE-ISSUER-NAME";

  /** D-FORMAT-ELECTRONIC-DATE: an electronic filing is not signed before the electronic form existed (2008-09-15). */
  public static final String D_FORMAT_ELECTRONIC_DATE = "D-FORMAT-ELECTRONIC-DATE";

  /**
   * D-TIME-NEW-NOTICE-15D: a new notice is filed within 15 days of the first sale (next business day if that is a
   * weekend or holiday).
   */
  public static final String D_TIME_NEW_NOTICE_15D = "D-TIME-NEW-NOTICE-15D";

  /**
   * D-TIME-NEW-NOTICE-SIGNED-LATE: a new notice is not signed after its 15-day due date (judged from the signature
   * when the filing date is not known).
   */
  public static final String D_TIME_NEW_NOTICE_SIGNED_LATE = "D-TIME-NEW-NOTICE-SIGNED-LATE";

  /** D-SUB-CCC: a submission gives the CIK confirmation code (CCC) of every issuer. */
  public static final String D_SUB_CCC = "D-SUB-CCC";

  /** D-SUB-CONTACT: a submission names its contact: name, telephone and e-mail address. */
  public static final String D_SUB_CONTACT = "D-SUB-CONTACT";

  /** D-SUB-ENTITY-NAME: a submission leaves out issuer names: EDGAR fills them from the CIK. */
  public static final String D_SUB_ENTITY_NAME = "D-SUB-ENTITY-NAME";

  /**
   * D-EDGAR-XML-PROLOG: a submission's XML declaration comes first and says version 1.0; no style sheet or other
   * processing instruction.
   */
  public static final String D_EDGAR_XML_PROLOG = "D-EDGAR-XML-PROLOG";

  /**
   * D-XSD-DOCUMENT-STRUCTURE: a submission's elements come in the schema's order, and salesCompensationList is
   * present.
   */
  public static final String D_XSD_DOCUMENT_STRUCTURE = "D-XSD-DOCUMENT-STRUCTURE";

  /**
   * D-SUB-SCHEMA-VERSION: a submission leaves out schemaVersion (EDGAR warns, and warns again if it is not the
   * current X0808).
   */
  public static final String D_SUB_SCHEMA_VERSION = "D-SUB-SCHEMA-VERSION";

  /** D-SUB-JURISDICTION: a submission leaves out the jurisdiction of incorporation: EDGAR uses the value on file. */
  public static final String D_SUB_JURISDICTION = "D-SUB-JURISDICTION";

  /** D-SUB-EDGAR-PREVIOUS-NAMES: a submission leaves out EDGAR's list of previous names. */
  public static final String D_SUB_EDGAR_PREVIOUS_NAMES = "D-SUB-EDGAR-PREVIOUS-NAMES";

  /** D-XSD-CCC: a CIK confirmation code is exactly 8 characters. */
  public static final String D_XSD_CCC = "D-XSD-CCC";

  /** D-REQ-PREVIOUS-NAMES: every issuer lists its previous names or says None. */
  public static final String D_REQ_PREVIOUS_NAMES = "D-REQ-PREVIOUS-NAMES";

  /**
   * D-EDGAR-PO-BOX: no issuer gives a post office box as its principal place of business (Street Address 1; a box in
   * Street Address 2 is a WARNING).
   */
  public static final String D_EDGAR_PO_BOX = "D-EDGAR-PO-BOX";

  /** D-EDGAR-ZIP: every issuer and related person address has a ZIP or postal code. */
  public static final String D_EDGAR_ZIP = "D-EDGAR-ZIP";

  /** D-EDGAR-RECIPIENT-COMPLETE: every sales compensation recipient has a name, street, city, state and ZIP code. */
  public static final String D_EDGAR_RECIPIENT_COMPLETE = "D-EDGAR-RECIPIENT-COMPLETE";

  /** D-EDGAR-BLANK-REQUIRED: no required field holds only whitespace. */
  public static final String D_EDGAR_BLANK_REQUIRED = "D-EDGAR-BLANK-REQUIRED";

  /**
   * D-EDGAR-OVER100: an 'over 100' flag comes with the full list (99 co-issuers, 100 related persons, 100
   * recipients).
   */
  public static final String D_EDGAR_OVER100 = "D-EDGAR-OVER100";

  /** D-EDGAR-SIGNATURE-FUTURE: no signature is dated after the filing (for a submission not yet filed: after today). */
  public static final String D_EDGAR_SIGNATURE_FUTURE = "D-EDGAR-SIGNATURE-FUTURE";

  /** D-EDGAR-OFFERING-ZERO: the total offering amount is not $0. */
  public static final String D_EDGAR_OFFERING_ZERO = "D-EDGAR-OFFERING-ZERO";

  /**
   * D-EDGAR-3C-POOLED: an Investment Company Act 3(c) exclusion comes with Pooled Investment Fund Interests (Item 9).
   */
  public static final String D_EDGAR_3C_POOLED = "D-EDGAR-3C-POOLED";

  /** D-EDGAR-CIK: every issuer's CIK is one EDGAR knows (needs an EdgarLookup). */
  public static final String D_EDGAR_CIK = "D-EDGAR-CIK";

  /** D-EDGAR-CIK-CCC: every issuer's CCC goes with its CIK (needs an EdgarLookup). */
  public static final String D_EDGAR_CIK_CCC = "D-EDGAR-CIK-CCC";

  /** D-EDGAR-ACCESSION: an amendment's previous accession number is an accepted Form D (needs an EdgarLookup). */
  public static final String D_EDGAR_ACCESSION = "D-EDGAR-ACCESSION";

  /** D-EDGAR-ACCESSION-ISSUER: an amendment amends a Form D of the same issuer (needs an EdgarLookup). */
  public static final String D_EDGAR_ACCESSION_ISSUER = "D-EDGAR-ACCESSION-ISSUER";

  /**
   * D-EDGAR-JURISDICTION-ON-FILE: EDGAR has a state of incorporation on file for every issuer (needs an EdgarLookup).
   */
  public static final String D_EDGAR_JURISDICTION_ON_FILE = "D-EDGAR-JURISDICTION-ON-FILE";

  /**
   * D-EDGAR-SIGNATURE-ISSUER-NAME: each signature's issuer is the name on file of one of the issuers (needs an
   * EdgarLookup).
   */
  public static final String D_EDGAR_SIGNATURE_ISSUER_NAME = "D-EDGAR-SIGNATURE-ISSUER-NAME";

  /** D-XREF-YET-TO-OCCUR-SOLD: a first sale 'yet to occur' comes with nothing sold and no investor yet. */
  public static final String D_XREF_YET_TO_OCCUR_SOLD = "D-XREF-YET-TO-OCCUR-SOLD";

  /** D-XREF-YTBF-FIRST-SALE: an issuer yet to be formed gives no date of first sale. */
  public static final String D_XREF_YTBF_FIRST_SALE = "D-XREF-YTBF-FIRST-SALE";

  /** D-XREF-FIRST-SALE-BEFORE-FORMATION: the first sale is not in a year before the issuer's year of incorporation. */
  public static final String D_XREF_FIRST_SALE_BEFORE_FORMATION = "D-XREF-FIRST-SALE-BEFORE-FORMATION";

  /**
   * D-XREF-504-SUBITEMS-EXCLUSIVE: Rule 504(b)(1) 'not (i), (ii) or (iii)' is not claimed together with (i), (ii) or
   * (iii).
   */
  public static final String D_XREF_504_SUBITEMS_EXCLUSIVE = "D-XREF-504-SUBITEMS-EXCLUSIVE";

  /**
   * D-XREF-3C-PUBLIC-504: a Section 3(c)(1) or 3(c)(7) fund does not offer publicly under Rule 504(b)(1)(i), (ii) or
   * (iii).
   */
  public static final String D_XREF_3C_PUBLIC_504 = "D-XREF-3C-PUBLIC-504";

  /**
   * D-ELIG-504-POOLED-FUND: a pooled investment fund claiming Rule 504 claims a Section 3(c) exclusion from being an
   * investment company.
   */
  public static final String D_ELIG_504_POOLED_FUND = "D-ELIG-504-POOLED-FUND";

  /**
   * D-XREF-3C1-OWNERS: a fund relying on Section 3(c)(1) alone has at most 100 investors (250 for a venture capital
   * fund).
   */
  public static final String D_XREF_3C1_OWNERS = "D-XREF-3C1-OWNERS";

  /** D-XREF-3C7-NONACCREDITED: a fund relying on Section 3(c)(7) alone has no non-accredited investors. */
  public static final String D_XREF_3C7_NONACCREDITED = "D-XREF-3C7-NONACCREDITED";

  /**
   * D-XREF-4A5-WITH-506C: Section 4(a)(5), which forbids public solicitation, is not claimed with Rule 506(c), which
   * uses it.
   */
  public static final String D_XREF_4A5_WITH_506C = "D-XREF-4A5-WITH-506C";

  /** D-XREF-506C-BEFORE-FIRST-SALE: an offering claiming Rule 506(c) did not make its first sale before 2013-09-23. */
  public static final String D_XREF_506C_BEFORE_FIRST_SALE = "D-XREF-506C-BEFORE-FIRST-SALE";

  /** D-REQ-JURISDICTION: a published filing gives every issuer's jurisdiction of incorporation. */
  public static final String D_REQ_JURISDICTION = "D-REQ-JURISDICTION";

  /** D-XREF-DUPLICATE-PREVIOUS-NAME: an issuer does not list the same previous name twice. */
  public static final String D_XREF_DUPLICATE_PREVIOUS_NAME = "D-XREF-DUPLICATE-PREVIOUS-NAME";

  /** D-XREF-TEST-FILING: the document is a live filing, not an EDGAR test submission. */
  public static final String D_XREF_TEST_FILING = "D-XREF-TEST-FILING";

  /** D-XSD-ACCESSION-EXACT: a previous accession number has all 20 characters: 10 digits, 2 digits, 6 digits. */
  public static final String D_XSD_ACCESSION_EXACT = "D-XSD-ACCESSION-EXACT";

  /**
   * D-ELIG-504B1III-ACCREDITED-ONLY: Rule 504(b)(1)(iii), claimed without another Rule 504 paragraph or Rule 506, has
   * no non-accredited investors.
   */
  public static final String D_ELIG_504B1III_ACCREDITED_ONLY = "D-ELIG-504B1III-ACCREDITED-ONLY";

  /** D-XREF-RECIPIENT-PLACEHOLDER: no sales compensation recipient is a placeholder (None, N/A). */
  public static final String D_XREF_RECIPIENT_PLACEHOLDER = "D-XREF-RECIPIENT-PLACEHOLDER";

  /** D-XREF-RECIPIENTS-WITHOUT-COMP: recipients listed in Item 12 come with commissions or finders' fees in Item 15. */
  public static final String D_XREF_RECIPIENTS_WITHOUT_COMP = "D-XREF-RECIPIENTS-WITHOUT-COMP";

  /**
   * D-XREF-RECIPIENT-UNREGISTERED: a recipient of sales commissions has a CRD number or an associated broker-dealer.
   */
  public static final String D_XREF_RECIPIENT_UNREGISTERED = "D-XREF-RECIPIENT-UNREGISTERED";

  /** D-CODE-506-SPLIT: the pre-2013 'Rule 506' item (06) is not claimed once 506(b) and 506(c) exist. */
  public static final String D_CODE_506_SPLIT = "D-CODE-506-SPLIT";

  /** D-CODE-506C-DATE: Rule 506(b) and 506(c) are not claimed before 2013-09-23. */
  public static final String D_CODE_506C_DATE = "D-CODE-506C-DATE";

  /** D-CODE-505-REPEALED: Rule 505 is not claimed after its repeal (2017-05-22). */
  public static final String D_CODE_505_REPEALED = "D-CODE-505-REPEALED";

  /** D-CODE-4A5-LABEL: the code of Section 4(6) / 4(a)(5) matches the section's name on the document's date. */
  public static final String D_CODE_4A5_LABEL = "D-CODE-4A5-LABEL";

  /**
   * D-ELIG-506C-ACCREDITED-ONLY: under Rule 506(c) (claimed without 506(b), 505 or 504) every purchaser is
   * accredited.
   */
  public static final String D_ELIG_506C_ACCREDITED_ONLY = "D-ELIG-506C-ACCREDITED-ONLY";

  /**
   * D-LIMIT-506B-NONACCREDITED: at most 35 non-accredited purchasers under Rule 506 / 506(b) (electronic: whatever
   * else is claimed, as EDGAR warns).
   */
  public static final String D_LIMIT_506B_NONACCREDITED = "D-LIMIT-506B-NONACCREDITED";

  /** D-LIMIT-505-NONACCREDITED: at most 35 non-accredited purchasers under Rule 505. */
  public static final String D_LIMIT_505_NONACCREDITED = "D-LIMIT-505-NONACCREDITED";

  /**
   * D-LIMIT-504-AGGREGATE: an offering under Rule 504 is within its ceiling on the as-of date (paper: relying on Rule
   * 504 alone; electronic: whatever else is claimed, as EDGAR warns).
   */
  public static final String D_LIMIT_504_AGGREGATE = "D-LIMIT-504-AGGREGATE";

  /**
   * D-LIMIT-504-AT-FIRST-SALE: a Rule 504 offering that began under a lower ceiling stays within the ceiling of its
   * first sale.
   */
  public static final String D_LIMIT_504_AT_FIRST_SALE = "D-LIMIT-504-AT-FIRST-SALE";

  /** D-LIMIT-504-INDEFINITE: a Rule 504 offering states a definite amount. */
  public static final String D_LIMIT_504_INDEFINITE = "D-LIMIT-504-INDEFINITE";

  /** D-LIMIT-505-AGGREGATE: an offering relying on Rule 505 alone is at most $5,000,000. */
  public static final String D_LIMIT_505_AGGREGATE = "D-LIMIT-505-AGGREGATE";

  /** D-LIMIT-4A5-AGGREGATE: an offering relying on Section 4(a)(5) alone is at most $5,000,000. */
  public static final String D_LIMIT_4A5_AGGREGATE = "D-LIMIT-4A5-AGGREGATE";

  /** D-ELIG-4A5-ACCREDITED-ONLY: relying on Section 4(a)(5) alone, every purchaser is accredited. */
  public static final String D_ELIG_4A5_ACCREDITED_ONLY = "D-ELIG-4A5-ACCREDITED-ONLY";

  /**
   * D-ELIG-ACCREDITED-FLAG: under Rule 506(c) or Section 4(a)(5) alone, the filing does not say it has non-accredited
   * investors without counting them.
   */
  public static final String D_ELIG_ACCREDITED_FLAG = "D-ELIG-ACCREDITED-FLAG";

  /** D-ELIG-504-INVESTMENT-COMPANY: a registered investment company does not claim Rule 504. */
  public static final String D_ELIG_504_INVESTMENT_COMPANY = "D-ELIG-504-INVESTMENT-COMPANY";

  /** D-REQ-ISSUER-NAME: every issuer of a published or paper filing has a name. */
  public static final String D_REQ_ISSUER_NAME = "D-REQ-ISSUER-NAME";

  /** D-REQ-RELATED-PERSON: at least one related person is listed. */
  public static final String D_REQ_RELATED_PERSON = "D-REQ-RELATED-PERSON";

  /** D-REQ-SIGNATURE: the filing is signed. */
  public static final String D_REQ_SIGNATURE = "D-REQ-SIGNATURE";

  /** D-CODE-SOLICITATION-STATES: states of solicitation are 'All States' or a list of states, not both. */
  public static final String D_CODE_SOLICITATION_STATES = "D-CODE-SOLICITATION-STATES";

  /** D-XREF-DUPLICATE-SOLICITATION-STATE: no state of solicitation is listed twice for one recipient. */
  public static final String D_XREF_DUPLICATE_SOLICITATION_STATE = "D-XREF-DUPLICATE-SOLICITATION-STATE";

  /** D-REQ-SOLICITATION-STATES: each recipient says where it solicits. */
  public static final String D_REQ_SOLICITATION_STATES = "D-REQ-SOLICITATION-STATES";

  /** D-FORMAT-EDITION-DATE: a paper Form D is not dated on or after 2009-03-16. */
  public static final String D_FORMAT_EDITION_DATE = "D-FORMAT-EDITION-DATE";

  /** D-PAPER-EDITION-EXPIRED: the paper form's edition had expired when it was signed. */
  public static final String D_PAPER_EDITION_EXPIRED = "D-PAPER-EDITION-EXPIRED";

  /**
   * D-FORMAT-PAPER-TEMPORARY-FORM-D: a paper form signed from 2008-09-15 to 2009-03-15 is the Temporary Form D of
   * those months.
   */
  public static final String D_FORMAT_PAPER_TEMPORARY_FORM_D = "D-FORMAT-PAPER-TEMPORARY-FORM-D";

  /**
   * D-XREF-PAPER-MIN-INVESTMENT: the minimum investment (B.2) is not more than the total offering price (Part C,
   * Question 1).
   */
  public static final String D_XREF_PAPER_MIN_INVESTMENT = "D-XREF-PAPER-MIN-INVESTMENT";

  /** D-REQ-PAPER-EXEMPTION-CLAIMED: a 'Filing Under' box is checked (when the boxes are recorded). */
  public static final String D_REQ_PAPER_EXEMPTION_CLAIMED = "D-REQ-PAPER-EXEMPTION-CLAIMED";

  /** D-CODE-PAPER-JURISDICTION: the jurisdiction of incorporation is a USPS state code, CN or FN. */
  public static final String D_CODE_PAPER_JURISDICTION = "D-CODE-PAPER-JURISDICTION";

  /** D-REQ-PAPER-RELATED-PERSON-ROLE: each person listed has a role box checked (when recorded). */
  public static final String D_REQ_PAPER_RELATED_PERSON_ROLE = "D-REQ-PAPER-RELATED-PERSON-ROLE";

  /** D-XREF-PAPER-PROMOTER-5Y: a promoter listed for an issuer organised over five years ago. */
  public static final String D_XREF_PAPER_PROMOTER_5Y = "D-XREF-PAPER-PROMOTER-5Y";

  /** D-XREF-PAPER-B1-C2: no non-accredited investors counted when Part B says none are sold to. */
  public static final String D_XREF_PAPER_B1_C2 = "D-XREF-PAPER-B1-C2";

  /** D-XREF-PAPER-COMMISSION-B4: sales commissions are paid to someone listed in Part B question 4. */
  public static final String D_XREF_PAPER_COMMISSION_B4 = "D-XREF-PAPER-COMMISSION-B4";

  /** D-ARITH-PAPER-C1-OFFERED-TOTAL: question 1: the total aggregate offering price is the sum of the five rows. */
  public static final String D_ARITH_PAPER_C1_OFFERED_TOTAL = "D-ARITH-PAPER-C1-OFFERED-TOTAL";

  /** D-ARITH-PAPER-C1-SOLD-TOTAL: question 1: the total amount already sold is the sum of the five rows. */
  public static final String D_ARITH_PAPER_C1_SOLD_TOTAL = "D-ARITH-PAPER-C1-SOLD-TOTAL";

  /** D-XREF-PAPER-C1-SOLD-LE-OFFERED: question 1: no more sold than offered, row by row and in total. */
  public static final String D_XREF_PAPER_C1_SOLD_LE_OFFERED = "D-XREF-PAPER-C1-SOLD-LE-OFFERED";

  /** D-REQ-PAPER-C1-OTHER-SPECIFY: question 1: 'Other' securities are specified. */
  public static final String D_REQ_PAPER_C1_OTHER_SPECIFY = "D-REQ-PAPER-C1-OTHER-SPECIFY";

  /** D-REQ-PAPER-C1-EQUITY-CLASS: question 1: equity offered says common or preferred (when recorded). */
  public static final String D_REQ_PAPER_C1_EQUITY_CLASS = "D-REQ-PAPER-C1-EQUITY-CLASS";

  /**
   * D-XREF-PAPER-C2-504-TOTAL-LINE: a Rule 504 filing reports its purchasers on question 2's Total line; other
   * filings leave it blank.
   */
  public static final String D_XREF_PAPER_C2_504_TOTAL_LINE = "D-XREF-PAPER-C2-504-TOTAL-LINE";

  /**
   * D-ARITH-PAPER-C2-504-TOTAL: question 2: a filled Total row is the sum of the accredited and non-accredited rows.
   */
  public static final String D_ARITH_PAPER_C2_504_TOTAL = "D-ARITH-PAPER-C2-504-TOTAL";

  /** D-XREF-PAPER-C2-EQ-C1-SOLD: question 2's purchases add up to question 1's total amount sold. */
  public static final String D_XREF_PAPER_C2_EQ_C1_SOLD = "D-XREF-PAPER-C2-EQ-C1-SOLD";

  /** D-ARITH-PAPER-C3-TOTAL: question 3: the total is Rule 505 + Regulation A + Rule 504. */
  public static final String D_ARITH_PAPER_C3_TOTAL = "D-ARITH-PAPER-C3-TOTAL";

  /** D-XREF-PAPER-C3-ONLY-504-505: question 3 is answered only under Rule 504 or 505. */
  public static final String D_XREF_PAPER_C3_ONLY_504_505 = "D-XREF-PAPER-C3-ONLY-504-505";

  /**
   * D-CODE-PAPER-C3-TYPE: question 3's types of security are among question 1's (debt, equity, convertible,
   * partnership interests, other).
   */
  public static final String D_CODE_PAPER_C3_TYPE = "D-CODE-PAPER-C3-TYPE";

  /**
   * D-REQ-PAPER-AMENDMENT-PART-C: a paper amendment answers Part C (the offering price, investors, expenses and use
   * of proceeds).
   */
  public static final String D_REQ_PAPER_AMENDMENT_PART_C = "D-REQ-PAPER-AMENDMENT-PART-C";

  /** D-ARITH-PAPER-C4A-EXPENSE-TOTAL: question 4.a: the total is the sum of the seven expense lines. */
  public static final String D_ARITH_PAPER_C4A_EXPENSE_TOTAL = "D-ARITH-PAPER-C4A-EXPENSE-TOTAL";

  /** D-XREF-PAPER-C4A-ESTIMATE-PROPAGATION: question 4.a: a total of estimated lines is marked as an estimate. */
  public static final String D_XREF_PAPER_C4A_ESTIMATE_PROPAGATION = "D-XREF-PAPER-C4A-ESTIMATE-PROPAGATION";

  /** D-REQ-PAPER-C4A-OTHER-IDENTIFY: question 4.a: other expenses are identified. */
  public static final String D_REQ_PAPER_C4A_OTHER_IDENTIFY = "D-REQ-PAPER-C4A-OTHER-IDENTIFY";

  /**
   * D-ARITH-PAPER-C4B-ADJUSTED-GROSS: question 4.b = question 1's total aggregate offering price - question 4.a's
   * total.
   */
  public static final String D_ARITH_PAPER_C4B_ADJUSTED_GROSS = "D-ARITH-PAPER-C4B-ADJUSTED-GROSS";

  /** D-XREF-PAPER-C4B-NONNEGATIVE: question 4.a's expenses are not more than question 1's offering price. */
  public static final String D_XREF_PAPER_C4B_NONNEGATIVE = "D-XREF-PAPER-C4B-NONNEGATIVE";

  /** D-ARITH-PAPER-C5-COLUMN-TOTAL: question 5: each column total is the sum of its column. */
  public static final String D_ARITH_PAPER_C5_COLUMN_TOTAL = "D-ARITH-PAPER-C5-COLUMN-TOTAL";

  /** D-ARITH-PAPER-C5-GRAND-TOTAL: question 5: total payments listed = the two column totals added. */
  public static final String D_ARITH_PAPER_C5_GRAND_TOTAL = "D-ARITH-PAPER-C5-GRAND-TOTAL";

  /** D-ARITH-PROCEEDS-TOTAL: question 5's total payments listed = question 4.b's adjusted gross proceeds. */
  public static final String D_ARITH_PROCEEDS_TOTAL = "D-ARITH-PROCEEDS-TOTAL";

  /** D-REQ-PAPER-C5-OTHER-SPECIFY: question 5: other purposes are specified. */
  public static final String D_REQ_PAPER_C5_OTHER_SPECIFY = "D-REQ-PAPER-C5-OTHER-SPECIFY";

  /** D-XREF-PAPER-SIGNER-ISSUER: Part D is signed for the issuer named in Part A. */
  public static final String D_XREF_PAPER_SIGNER_ISSUER = "D-XREF-PAPER-SIGNER-ISSUER";

  /** D-XREF-PAPER-ULOE-APPENDIX: a ULOE filing completes the state appendix. */
  public static final String D_XREF_PAPER_ULOE_APPENDIX = "D-XREF-PAPER-ULOE-APPENDIX";

  /** D-CODE-PAPER-APPX-STATE: the appendix has at most one row per state. */
  public static final String D_CODE_PAPER_APPX_STATE = "D-CODE-PAPER-APPX-STATE";

  /** D-XREF-PAPER-APPX-NONACCREDITED: a state with non-accredited investors says so in column 2. */
  public static final String D_XREF_PAPER_APPX_NONACCREDITED = "D-XREF-PAPER-APPX-NONACCREDITED";

  /** D-XREF-PAPER-APPX-C2-SUM: the appendix's investors and amounts add up to no more than Part C question 2's. */
  public static final String D_XREF_PAPER_APPX_C2_SUM = "D-XREF-PAPER-APPX-C2-SUM";

  /** D-XREF-PAPER-APPX-C1: no state's offering price exceeds the total aggregate offering price. */
  public static final String D_XREF_PAPER_APPX_C1 = "D-XREF-PAPER-APPX-C1";

  /** D-XREF-PAPER-B1-APPENDIX2: Part B question 1 agrees with the appendix's column 2. */
  public static final String D_XREF_PAPER_B1_APPENDIX2 = "D-XREF-PAPER-B1-APPENDIX2";
}
