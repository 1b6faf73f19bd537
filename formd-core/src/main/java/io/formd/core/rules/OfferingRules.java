package io.formd.core.rules;

import io.formd.core.fields.Field;
import io.formd.core.fields.FormDFields;
import io.formd.core.model.Dialect;
import io.formd.core.model.ElectronicFormD;
import io.formd.core.model.FederalExemption;
import io.formd.core.model.FederalExemption.Family;
import io.formd.core.model.IndustryGroup;
import io.formd.core.model.InvestmentFundType;
import io.formd.core.model.Investors;
import io.formd.core.model.Issuer;
import io.formd.core.model.PreviousNames;
import io.formd.core.model.SalesCompensationRecipient;
import io.formd.core.model.TestOrLive;
import io.formd.core.model.TypeOfFiling;
import io.formd.core.model.YearOfIncorporation;
import io.formd.core.model.UsdAmount;
import java.time.LocalDate;
import java.time.Year;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Rules the regulatory audit of December 2026 found missing, each on a source a user can open (the CFR, the United
 * States Code, the SEC's Compliance and Disclosure Interpretations, the technical specification) or derived from two
 * such facts; none is an ERROR, for none is a check EDGAR makes or a certain breach of the regulation.
 */
final class OfferingRules {

  private static final String FORM = "Form D (17 CFR 239.500), ";
  private static final String CDI_258 = "SEC Compliance and Disclosure Interpretations, Securities Act Rules, ";
  /** An accession number as EDGAR assigns it: 10 digits, 2 digits, 6 digits. */
  private static final Pattern ACCESSION = Pattern.compile("\\d{10}-\\d{2}-\\d{6}");
  private static final Field ACCESSION_ROW = FormDFields
      .find("offering.typeOfFiling.previousAccessionNumber").orElseThrow();
  private static final long SECTION_3C1_OWNERS = 100;
  /** A qualifying venture capital fund may have 250 (15 U.S.C. 80a-3(c)(1)(A)); the larger figure, never too strict. */
  private static final long SECTION_3C1_VC_OWNERS = 250;
  /** 80a-3(c)(1)(C)(i): a qualifying venture capital fund's capital, at most $10,000,000 (indexed). */
  private static final UsdAmount QVCF_CAPITAL = UsdAmount.of(10_000_000);

  private OfferingRules() {}

  static List<Rule> rules() {
    return List.of(
        Rule.builder("D-XREF-YET-TO-OCCUR-SOLD")
            .why("'First sale yet to occur' means no investor is committed yet; an amount sold or investors "
                + "who invested say the first sale has happened, and the 15-day period with it.")
            .fix("Give the date of first sale, or correct Items 13 and 14.")
            .severity(Severity.WARNING)
            .citation(FORM + "Item 7 (Date of First Sale: the date on which the first investor is irrevocably "
                + "contractually committed to invest) and Items 13-14 (amount sold, investors who already invested)")
            .summary("a first sale 'yet to occur' comes with nothing sold and no investor yet")
            .checkElectronic(new Checks.Electronic() {
              @Override
              public void check(ElectronicFormD f, RuleContext c, Reporter r) {
                TypeOfFiling t = f.offering().typeOfFiling();
                long sold = f.offering().amounts().totalAmountSold().value().signum();
                long investors = f.offering().investors().totalNumberAlreadyInvested();
                if (t.firstSaleYetToOccur() && t.dateOfFirstSale().isEmpty() && (sold > 0 || investors > 0)) {
                  r.report("offering.typeOfFiling.dateOfFirstSale", "the first sale is yet to occur, but "
                      + f.offering().amounts().totalAmountSold().format() + " is sold to " + investors
                          + " investors; a sale is "
                      + "made when the first investor is irrevocably committed", "totalAmountSold",
                      f.offering().amounts().totalAmountSold(), "totalNumberAlreadyInvested", investors);
                }
              }
            }).build(),
        Rule.builder("D-XREF-YTBF-FIRST-SALE")
            .why("An issuer yet to be formed has not sold anything; a date of first sale says it has.")
            .fix("Give the year of incorporation, or check 'First sale yet to occur'.")
            .severity(Severity.WARNING)
            .citation(FORM + "Item 1 (Year of Incorporation/Organization: Yet to Be Formed) and Item 7 (Date of First "
                + "Sale); derived: an issuer not yet formed has made no sale")
            .summary("an issuer yet to be formed gives no date of first sale")
            // With something sold, D-XREF-YET-TO-BE-FORMED reports the contradiction.
            .checkElectronic(new Checks.Electronic() {
              @Override
              public void check(ElectronicFormD f, RuleContext c, Reporter r) {
                Optional<LocalDate> sale = f.offering().typeOfFiling().dateOfFirstSale();
                if (sale.isEmpty() || !f.offering().amounts().totalAmountSold().isZero()) {
                  return;
                }
                for (int n = 0; n < f.issuers().size(); n++) {
                  Optional<YearOfIncorporation> y = f.issuers().get(n).yearOfIncorporation();
                  if (y.isPresent() && y.get().kind() == YearOfIncorporation.Kind.YET_TO_BE_FORMED) {
                    r.report(Walk.issuerPath(f, n) + ".yearOfIncorporation", "the issuer is yet to be formed, but "
                        + "the first sale is dated " + sale.get(), "dateOfFirstSale", sale.get());
                  }
                }
              }
            }).build(),
        Rule.builder("D-XREF-FIRST-SALE-BEFORE-FORMATION")
            .why("An issuer cannot sell its securities before it exists; a first sale in a year before its "
                + "incorporation means one of the two years is wrong.")
            .fix("Correct the year of incorporation or the date of first sale.")
            .severity(Severity.WARNING)
            .citation(FORM + "Item 1 (Within Last Five Years (Specify Year)) and Item 7 (Date of First Sale); derived: "
                + "an issuer sells nothing before it exists")
            .summary("the first sale is not in a year before the issuer's year of incorporation")
            .checkElectronic(new Checks.Electronic() {
              @Override
              public void check(ElectronicFormD f, RuleContext c, Reporter r) {
                Optional<LocalDate> sale = f.offering().typeOfFiling().dateOfFirstSale();
                // The primary issuer made the sale; co-issuers may join an offering formed later.
                Optional<YearOfIncorporation> y = f.primaryIssuer().yearOfIncorporation();
                if (sale.isEmpty() || y.isEmpty() || y.get().year().isEmpty()) {
                  return;
                }
                Year year = y.get().year().get();
                if (sale.get().getYear() < year.getValue()) {
                  r.report("offering.typeOfFiling.dateOfFirstSale", "the first sale on " + sale.get() + " is before "
                      + "the issuer was incorporated in " + year, "dateOfFirstSale", sale.get(), "yearOfIncorporation",
                      year);
                }
              }
            }).build(),
        Rule.builder("D-XREF-504-SUBITEMS-EXCLUSIVE")
            .why("Item 6's Rule 504(b)(1) box reads 'not (i), (ii) or (iii)'; checking it with one of (i), "
                + "(ii) or (iii) contradicts it.")
            .fix("Keep either the 504(b)(1) box or the sub-item the offering relies on.")
            .severity(Severity.WARNING)
            .citation(FORM + "Item 6 (the box \"Rule 504(b)(1) (not (i), (ii) or (iii))\" excludes the three boxes "
                + "below it); Form_D.definition.xsd, codes 04, 04.1, 04.2, 04.3")
            .summary("Rule 504(b)(1) 'not (i), (ii) or (iii)' is not claimed together with (i), (ii) or (iii)")
            .checkElectronic(new Checks.Electronic() {
              @Override
              public void check(ElectronicFormD f, RuleContext c, Reporter r) {
                List<FederalExemption> items = f.offering().federalExemptions();
                if (items.contains(FederalExemption.RULE_504) && (items.contains(FederalExemption.RULE_504_B1_I)
                    || items.contains(FederalExemption.RULE_504_B1_II)
                        || items.contains(FederalExemption.RULE_504_B1_III))) {
                  r.report("offering.federalExemptions", "claims Rule 504(b)(1) \"not (i), (ii) or (iii)\" together "
                      + "with one of (i), (ii) or (iii)");
                }
              }
            }).build(),
        Rule.builder("D-XREF-3C-PUBLIC-504")
            .why("A Section 3(c)(1) or 3(c)(7) fund may not make a public offering (SEC Compliance and "
                + "Disclosure Interpretations, Securities Act Rules); Rule 504(b)(1)(i)-(iii) are the "
                + "state-registered or general-solicitation forms of Rule 504.")
            .fix("Check the exemption the fund relies on; a private fund usually relies on Rule 506(b).")
            .severity(Severity.WARNING)
            .citation(CDI_258 + "Question 258.03 (a private fund relying on Section 3(c)(1) or 3(c)(7) that makes a "
                + "public offering under Rule 504(b)(1)(i)-(iii) loses the exclusion); 15 U.S.C. 80a-3(c)(1), (7)")
            .summary("a Section 3(c)(1) or 3(c)(7) fund does not offer publicly under Rule 504(b)(1)(i), (ii) or (iii)")
            .checkElectronic(new Checks.Electronic() {
              @Override
              public void check(ElectronicFormD f, RuleContext c, Reporter r) {
                List<FederalExemption> items = f.offering().federalExemptions();
                boolean publicly = items.contains(FederalExemption.RULE_504_B1_I)
                    || items.contains(FederalExemption.RULE_504_B1_II)
                        || items.contains(FederalExemption.RULE_504_B1_III);
                if (publicly && (items.contains(FederalExemption.SECTION_3C_1)
                    || items.contains(FederalExemption.SECTION_3C_7))) {
                  r.report("offering.federalExemptions", "claims a Rule 504 offering that may be public together with "
                      + "Section 3(c)(1) or 3(c)(7), which a fund keeps only if it does not offer publicly");
                }
              }
            }).build(),
        Rule.builder("D-ELIG-504-POOLED-FUND")
            .why("Rule 504 is not available to an investment company (17 CFR 230.504(a)(2)); a pooled fund "
                + "claiming it needs an exclusion from being one.")
            .fix("Claim the Section 3(c) exclusion the fund relies on, or another exemption than Rule 504.")
            .severity(Severity.WARNING)
            .citation("17 CFR 230.504(a)(2) (not available to an investment company); " + CDI_258 + "Question 258.02 "
                + "(an investment company as defined in Section 3 of the Investment Company Act, registered or not)")
            .summary("a pooled investment fund claiming Rule 504 claims a Section 3(c) exclusion from being an "
                + "investment company")
            .checkElectronic(new Checks.Electronic() {
              @Override
              public void check(ElectronicFormD f, RuleContext c, Reporter r) {
                boolean fund = f.offering().industryGroup() == IndustryGroup.POOLED_INVESTMENT_FUND;
                boolean registered = f.offering().investmentFundInfo().isPresent()
                    && f.offering().investmentFundInfo().get().registeredUnder40Act();
                if (fund && !registered && RegulationDRules.claimsFamily(f, Family.RULE_504)
                    && !RegulationDRules.claimsFamily(f, Family.SECTION_3C)) {
                  r.report("offering.federalExemptions", "a pooled investment fund claims Rule 504 without a Section "
                      + "3(c) exclusion, so it is likely an investment company, to which Rule 504 is not available");
                }
              }
            }).build(),
        Rule.builder("D-XREF-3C1-OWNERS")
            .why("Section 3(c)(1) excludes a fund owned by at most 100 persons (250 for a qualifying venture "
                + "capital fund); more investors than that lose the exclusion unless another (3(c)(7)) applies.")
            .fix("Check the number of investors (Item 14), or the exclusion claimed.")
            .severity(Severity.WARNING)
            .citation("15 U.S.C. 80a-3(c)(1) (beneficially owned by not more than 100 persons, 250 for a qualifying "
                + "venture capital fund, 80a-3(c)(1)(C)(i): at most $10,000,000 of capital contributions and uncalled "
                + "committed capital); Form D, Item 14 (investors who already invested, since the first sale: on an "
                + "amendment over a year after it an INFO)")
            .summary("a fund relying on Section 3(c)(1) alone has at most 100 investors (250 for a venture capital "
                + "fund)")
            .checkElectronic(new Checks.Electronic() {
              @Override
              public void check(ElectronicFormD f, RuleContext c, Reporter r) {
                List<FederalExemption> items = f.offering().federalExemptions();
                if (items.contains(FederalExemption.SECTION_3C_1) && !items.contains(FederalExemption.SECTION_3C_7)) {
                  boolean venture = f.offering().investmentFundInfo().isPresent()
                      && f.offering().investmentFundInfo().get().fundType() == InvestmentFundType.VENTURE_CAPITAL_FUND;
                  // A qualifying venture capital fund has at most $10,000,000 of capital contributions and uncalled
                  // committed capital (80a-3(c)(1)(C)(i)); one that has sold more is not one.
                  boolean qualifying = venture && !f.offering().amounts().totalAmountSold().isGreaterThan(QVCF_CAPITAL);
                  long limit = qualifying ? SECTION_3C1_VC_OWNERS : SECTION_3C1_OWNERS;
                  long investors = f.offering().investors().totalNumberAlreadyInvested();
                  if (investors > limit) {
                    // Item 14 counts everyone who invested since the offering began: an amendment of an offering
                    // begun over a year before (an evergreen fund) counts past owners too.
                    Optional<LocalDate> sale = f.offering().typeOfFiling().dateOfFirstSale();
                    Optional<LocalDate> now = c.documentDate();
                    boolean cumulative = f.isAmendment() && sale.isPresent() && now.isPresent()
                        && sale.get().plusYears(1).isBefore(now.get());
                    String message = investors
                        + " investors in a fund relying on Section 3(c)(1), which allows at most "
                        + limit + " beneficial owners" + (venture && !qualifying
                            ? " (a venture capital fund that has sold "
                        + "more than $10,000,000 is not a qualifying one: 100)" : "");
                    if (cumulative) {
                      r.reportAs(Severity.INFO, "offering.investors.totalNumberAlreadyInvested", message + "; Item 14 "
                          + "counts every investor since the first sale on " + sale.get() + ", not only today's owners",
                          "investors", investors, "limit", limit);
                    } else {
                      r.report("offering.investors.totalNumberAlreadyInvested", message, "investors", investors,
                          "limit", limit);
                    }
                  }
                }
              }
            }).build(),
        Rule.builder("D-XREF-3C7-NONACCREDITED")
            .why("Section 3(c)(7) funds are owned by qualified purchasers, who are nearly always accredited "
                + "investors; non-accredited investors in such a fund are unusual, so a remark.")
            .fix("Check the count of non-accredited investors and the exclusion claimed.")
            .severity(Severity.INFO)
            .citation("15 U.S.C. 80a-3(c)(7) (securities owned exclusively by qualified purchasers, who are nearly "
                + "always accredited investors)")
            .summary("a fund relying on Section 3(c)(7) alone has no non-accredited investors")
            .checkElectronic(new Checks.Electronic() {
              @Override
              public void check(ElectronicFormD f, RuleContext c, Reporter r) {
                List<FederalExemption> items = f.offering().federalExemptions();
                Investors investors = f.offering().investors();
                if (items.contains(FederalExemption.SECTION_3C_7) && !items.contains(FederalExemption.SECTION_3C_1)
                    && investors.numberNonAccreditedInvestors().orElse(0L) > 0) {
                  r.report("offering.investors.numberNonAccreditedInvestors",
                      investors.numberNonAccreditedInvestors().get()
                      + " non-accredited investors in a fund whose owners must all be qualified purchasers", "count",
                      investors.numberNonAccreditedInvestors().get());
                }
              }
            }).build(),
        Rule.builder("D-XREF-4A5-WITH-506C")
            .why("Section 4(a)(5) allows no advertising or public solicitation, which Rule 506(c) is for; "
                + "claiming both is unusual, so a remark.")
            .fix("Keep the exemption the offering relies on.")
            .severity(Severity.INFO)
            .citation("15 U.S.C. 77d(a)(5) (\"if there is no advertising or public solicitation in connection with "
                + "the transaction\"); 17 CFR 230.506(c) (general solicitation permitted)")
            .summary("Section 4(a)(5), which forbids public solicitation, is not claimed with Rule 506(c), which uses "
                + "it")
            .checkElectronic(new Checks.Electronic() {
              @Override
              public void check(ElectronicFormD f, RuleContext c, Reporter r) {
                if (RegulationDRules.claimsFamily(f, Family.SECTION_4A5)
                    && RegulationDRules.claims(f, FederalExemption.RULE_506_C)) {
                  r.report("offering.federalExemptions", "claims Section 4(a)(5), which allows no public solicitation, "
                      + "with Rule 506(c), an offering that uses general solicitation");
                }
              }
            }).build(),
        Rule.builder("D-XREF-506C-BEFORE-FIRST-SALE")
            .why("Rule 506(c) exists from 2013-09-23; sales before that day were not made under it, so an "
                + "offering that began earlier relied on something else then.")
            .fix("Check the exemption claimed and the date of first sale.")
            .severity(Severity.INFO)
            .from(Limits.RULE_506C_FROM)
            .citation("17 CFR 230.506(c), effective 2013-09-23 (Release 33-9415): sales before that day could not "
                + "rely on it")
            .summary("an offering claiming Rule 506(c) did not make its first sale before 2013-09-23")
            .checkElectronic(new Checks.Electronic() {
              @Override
              public void check(ElectronicFormD f, RuleContext c, Reporter r) {
                Optional<LocalDate> sale = f.offering().typeOfFiling().dateOfFirstSale();
                if (sale.isPresent() && RegulationDRules.claims(f, FederalExemption.RULE_506_C)
                    && sale.get().isBefore(Limits.RULE_506C_FROM)) {
                  r.report("offering.typeOfFiling.dateOfFirstSale", "claims Rule 506(c), but the first sale on "
                      + sale.get() + " was before the rule took effect on " + Limits.RULE_506C_FROM, "dateOfFirstSale",
                      sale.get());
                }
              }
            }).build(),
        Rule.builder("D-REQ-JURISDICTION").profiles(Dialect.DISSEMINATED)
            .why("EDGAR fills every issuer's jurisdiction of incorporation into the copy it publishes "
                + "(technical specification v13 §3.3 o#3); a published copy without one was altered or "
                + "transcribed incompletely.")
            .fix("Copy the jurisdiction from EDGAR's published filing.")
            .severity(Severity.WARNING)
            .citation(EdgarRules.SPEC + "§3.3 o#3 (\"The resulting XML that is disseminated to the public will always "
                + "have this tag and appropriate value\"); " + FORM
                    + "Item 1 (Jurisdiction of Incorporation/Organization)")
            .summary("a published filing gives every issuer's jurisdiction of incorporation")
            .checkElectronic(new Checks.Electronic() {
              @Override
              public void check(ElectronicFormD f, RuleContext c, Reporter r) {
                for (int n = 0; n < f.issuers().size(); n++) {
                  String path = Walk.issuerPath(f, n);
                  Issuer issuer = f.issuers().get(n);
                  if (!Walk.hasText(issuer.jurisdictionOfIncorporation())) {
                    r.report(path + ".jurisdictionOfIncorporation", "the issuer " + issuer.name().orElse("")
                        + " has no jurisdiction "
                        + "of incorporation, which EDGAR fills into every published filing");
                  }
                }
              }
            }).build(),
        Rule.builder("D-XREF-DUPLICATE-PREVIOUS-NAME")
            .why("EDGAR removes duplicate previous names from the list (technical specification release "
                + "notes), so the repeat does not reach the published copy.")
            .fix("List each previous name once.")
            .severity(Severity.INFO)
            .citation("EDGAR Form D XML Technical Specification 6.3.0, release notes (issuerPreviousNameList: "
                + "\"Duplicate entries will be removed\")")
            .summary("an issuer does not list the same previous name twice")
            .checkElectronic(new Checks.Electronic() {
              @Override
              public void check(ElectronicFormD f, RuleContext c, Reporter r) {
                for (int n = 0; n < f.issuers().size(); n++) {
                  Optional<PreviousNames> previous = f.issuers().get(n).previousNames();
                  List<String> names = previous.isPresent() ? previous.get().names() : List.of();
                  if (names.size() < 2) {
                    continue;
                  }
                  Set<String> seen = new HashSet<>();
                  for (int i = 0; i < names.size(); i++) {
                    if (!seen.add(names.get(i).trim().toUpperCase(Locale.ROOT))) {
                      r.report(Walk.issuerPath(f, n) + ".previousNames", "lists the previous name '" + names.get(i)
                          + "' twice; EDGAR removes the repeat", "previousName", names.get(i));
                    }
                  }
                }
              }
            }).build(),
        Rule.builder("D-XREF-TEST-FILING")
            .why("A TEST submission is checked by EDGAR but never filed or published; a document marked TEST "
                + "is not a notice of the offering.")
            .fix("Set testOrLive to LIVE for the real filing.")
            .severity(Severity.INFO)
            .citation(EdgarRules.SPEC + "§4.6 TestLiveList; Form_D.definition.xsd, LIVE_OR_TEST_TYPE (a TEST "
                + "submission is checked but not filed or disseminated)")
            .summary("the document is a live filing, not an EDGAR test submission")
            .checkElectronic(new Checks.Electronic() {
              @Override
              public void check(ElectronicFormD f, RuleContext c, Reporter r) {
                if (f.testOrLive().isPresent() && f.testOrLive().get() == TestOrLive.TEST) {
                  r.report("testOrLive", "is a TEST submission: EDGAR checks it but does not file it; the notice is "
                      + "not filed until it is submitted as LIVE");
                }
              }
            }).build(),
        Rule.builder("D-XSD-ACCESSION-EXACT").datedByDocument()
            .why("EDGAR writes every accession number with all 18 digits (the filer's 10-digit CIK, the year's "
                + "2 digits, a 6-digit sequence); a shortened number passes the schema's pattern but names no "
                + "filing EDGAR can find.")
            .fix("Copy the accession number of the filing amended as EDGAR shows it, with leading zeros: "
                + "0001234567-26-000001.")
            .severity(Severity.WARNING)
            .citation("EDGAR accession numbers are 18 digits written 0000000000-00-000000 (the filer's 10-digit CIK or "
                + "agent number, the 2-digit year, a 6-digit sequence); Form_D.definition.xsd, "
                + "FORMD_ACCESSION_NUMBER_TYPE accepts shorter groups")
            .summary("a previous accession number has all 20 characters: 10 digits, 2 digits, 6 digits")
            .checkElectronic(new Checks.Electronic() {
              @Override
              public void check(ElectronicFormD f, RuleContext c, Reporter r) {
                Optional<String> accession = f.offering().typeOfFiling().previousAccessionNumber();
                if (!Walk.nonEmpty(accession)) {
                  return;
                }
                String a = accession.get();
                // A number the schema refuses is D-XSD-ACCESSION-NUMBER's.
                if (!ACCESSION.matcher(a).matches() && ACCESSION_ROW.matchesXsd(a)) {
                  r.report("offering.typeOfFiling.previousAccessionNumber", "accession number " + a + " is not "
                      + "written with all its digits (0000000000-00-000000); EDGAR assigns 10, 2 and 6 digits",
                      "accessionNumber", a);
                }
              }
            }).build(),
        Rule.builder("D-ELIG-504B1III-ACCREDITED-ONLY")
            .why("Rule 504(b)(1)(iii) lets an offering under a state's exemption use general solicitation only if "
                + "\"sales are made only to accredited investors\"; non-accredited investors in an offering claiming "
                    + "it "
                + "alone mean the paragraph is not available as claimed (another Rule 504 paragraph or Rule 506(b) may "
                + "be, so a WARNING).")
            .fix("Claim the Rule 504 paragraph the offering meets (04.1, 04.2), or correct the count of "
                + "non-accredited investors.")
            .severity(Severity.WARNING)
            .citation("17 CFR 230.504(b)(1)(iii) (\"sales are made only to accredited investors\"); Form D, Items 6 "
                + "and "
                + "14")
            .summary("Rule 504(b)(1)(iii), claimed without another Rule 504 paragraph or Rule 506, has no "
                + "non-accredited investors")
            .checkElectronic(new Checks.Electronic() {
              @Override
              public void check(ElectronicFormD f, RuleContext c, Reporter r) {
                List<FederalExemption> items = f.offering().federalExemptions();
                long non = f.offering().investors().numberNonAccreditedInvestors().orElse(0L);
                if (non > 0 && items.contains(FederalExemption.RULE_504_B1_III)
                    && !items.contains(FederalExemption.RULE_504_B1_I)
                        && !items.contains(FederalExemption.RULE_504_B1_II)
                    && !items.contains(FederalExemption.RULE_506_B) && !items.contains(FederalExemption.RULE_506)) {
                  r.report("offering.investors.numberNonAccreditedInvestors", non + " non-accredited investors in an "
                      + "offering under Rule 504(b)(1)(iii), which sells only to accredited investors", "nonAccredited",
                      non);
                }
              }
            }).build(),
        Rule.builder("D-XREF-RECIPIENT-PLACEHOLDER")
            .why("Item 12 lists the persons paid for soliciting; when nobody is, the list is empty. A recipient named "
                + "None or N/A is no person: it puts a placeholder on the public record (355 of the 13,146 filings of "
                + "2025Q2 have one; EDGAR accepts them, so a WARNING).")
            .fix("Remove the placeholder recipient: leave Item 12's list empty when no one is paid for soliciting.")
            .severity(Severity.WARNING)
            .citation("Form D, Item 12 (Sales Compensation: each person who has been or will be paid); "
                + EdgarRules.SPEC + "§3.3 m#11 (salesCompensationList may be empty)")
            .summary("no sales compensation recipient is a placeholder (None, N/A)")
            .checkElectronic(new Checks.Electronic() {
              @Override
              public void check(ElectronicFormD f, RuleContext c, Reporter r) {
                for (int n = 0; n < f.salesCompensationRecipients().size(); n++) {
                  String path = Walk.recipientPath(f, n);
                  SalesCompensationRecipient recipient = f.salesCompensationRecipients().get(n);
                  if (isPlaceholder(recipient.name())) {
                    r.report(path + ".name", "the recipient '" + recipient.name() + "' is a placeholder, not a person; "
                        + "an offering that pays no one for soliciting lists no recipient", "name", recipient.name());
                  }
                }
              }
            }).build(),
        Rule.builder("D-XREF-RECIPIENTS-WITHOUT-COMP")
            .why("Item 12 lists those paid for soliciting purchasers; recipients with neither sales commissions nor "
                + "finders' fees in Item 15 may be paid otherwise (or later), so only a remark.")
            .fix("Give the commissions or finders' fees of Item 15, or remove recipients who are paid nothing.")
            .severity(Severity.INFO)
            .citation("Form D, Items 12 and 15 (an INFO: recipients may be paid in other ways, or later)")
            .summary("recipients listed in Item 12 come with commissions or finders' fees in Item 15")
            .checkElectronic(new Checks.Electronic() {
              @Override
              public void check(ElectronicFormD f, RuleContext c, Reporter r) {
                if (f.offering().salesCompensationRecipients().isEmpty()) {
                  return;
                }
                boolean placeholdersOnly = true;
                for (SalesCompensationRecipient recipient : f.offering().salesCompensationRecipients()) {
                  placeholdersOnly &= isPlaceholder(recipient.name());
                }
                if (!placeholdersOnly && f.offering().commissionsAndFees().salesCommissions().amount().isZero()
                    && f.offering().commissionsAndFees().findersFees().amount().isZero()) {
                  r.report("offering.commissionsAndFees", f.offering().salesCompensationRecipients().size()
                      + " recipient(s) in Item 12 but no sales commissions or finders' fees in Item 15");
                }
              }
            }).build(),
        Rule.builder("D-XREF-RECIPIENT-UNREGISTERED")
            .why("A person paid commissions for selling securities who has no CRD number and no associated "
                + "broker-dealer may be acting as an unregistered broker, and is a covered person whose bad-actor "
                + "status Rule 506(d) asks about: a prompt to check, not a finding (finders are often paid so).")
            .fix("Give the recipient's CRD number or associated broker-dealer, or confirm the arrangement with "
                + "counsel.")
            .severity(Severity.INFO)
            .citation("17 CFR 230.506(d)(1) (covered persons include any person paid for solicitation of purchasers); "
                + "Form D, Item 12 (CRD numbers) and Item 15 (sales commissions)")
            .summary("a recipient of sales commissions has a CRD number or an associated broker-dealer")
            .checkElectronic(new Checks.Electronic() {
              @Override
              public void check(ElectronicFormD f, RuleContext c, Reporter r) {
                if (f.offering().commissionsAndFees().salesCommissions().amount().isZero()) {
                  return;
                }
                for (int k = 0; k < f.salesCompensationRecipients().size(); k++) {
                  String path = Walk.recipientPath(f, k);
                  SalesCompensationRecipient recipient = f.salesCompensationRecipients().get(k);
                  boolean noCrd = !Walk.hasText(recipient.crdNumber());
                  boolean noDealer = !Walk.hasText(recipient.associatedBrokerDealerCrdNumber())
                      && !Walk.hasText(recipient.associatedBrokerDealerName());
                  if (noCrd && noDealer && !isPlaceholder(recipient.name())) {
                    r.report(path, "'" + recipient.name() + "' is paid for soliciting while commissions are paid, with "
                        + "no CRD number and no associated broker-dealer", "name", recipient.name());
                  }
                }
              }
            }).build());
  }

  /** "None", "N/A", "Not applicable", "-": what filers write for a recipient who does not exist. */
  static boolean isPlaceholder(String name) {
    String n = name.trim().toLowerCase(Locale.ROOT);
    return n.equals("none") || n.equals("n/a") || n.equals("na") || n.equals("not applicable") || n.equals("-")
        || n.equals("n.a.") || n.equals("nil");
  }
}
