package io.formd.core.rules;

import io.formd.core.model.Dialect;
import io.formd.core.model.ElectronicFormD;
import io.formd.core.model.EntityType;
import io.formd.core.model.FederalExemption;
import io.formd.core.model.FormD;
import io.formd.core.model.IndustryGroup;
import io.formd.core.model.InvestmentFundType;
import io.formd.core.model.Issuer;
import io.formd.core.model.Investors;
import io.formd.core.model.OfferingAmount;
import io.formd.core.model.OfferingData;
import io.formd.core.model.OfferingSalesAmounts;
import io.formd.core.model.RelatedPerson;
import io.formd.core.model.Relationship;
import io.formd.core.model.SecurityType;
import io.formd.core.model.Signature;
import io.formd.core.model.SubmissionType;
import io.formd.core.model.TypeOfFiling;
import io.formd.core.model.UsdAmount;
import io.formd.core.model.YearOfIncorporation;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Year;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Cross-item rules of the electronic form (Form D, 17 CFR 239.500,
 * the EDGAR Form D XML Technical Specification v13). Where a real accepted EDGAR filing breaks a
 * rule, the rule is a WARNING, and says so.
 */
final class ElectronicRules {

  private static final String EFD = "Form D (17 CFR 239.500), ";
  private static final LocalDate SECURITIES_ACT = LocalDate.of(1933, 5, 27);

  private ElectronicRules() {}

  static List<Rule> rules() {
    return List.of(
        Rule.builder("D-XREF-SUBMISSION-TYPE")
            .why("The submission type tells EDGAR whether the document is a new notice (D) or an amendment "
                + "(D/A); Item 7 must say the same, or EDGAR files it as the wrong kind.")
            .fix("Make the submission type D for a new notice and D/A for an amendment, as Item 7 says.")
            .severity(Severity.ERROR).citation(EFD + "Item 7 (New Notice or Amendment); " + Form.XSD
                + "SUBMISSION_TYPE (D, D/A)")
            .summary("submission type D for a new notice, D/A for an amendment")
            .checkElectronic(new Checks.Electronic() {
              @Override
              public void check(ElectronicFormD f, RuleContext c, Reporter r) {
                boolean amendment = f.offering().typeOfFiling().amendment();
                if (amendment != (f.submissionType() == SubmissionType.D_A)) {
                  r.report("submissionType", "submission type is " + f.submissionType().edgarCode()
                      + " but Item 7 says "
                      + (amendment ? "amendment" : "new notice") + "; expected " + (amendment ? "D/A" : "D"),
                      "submissionType", f.submissionType().edgarCode(), "isAmendment", amendment);
                }
              }
            }).build(),
        Rule.builder("D-REQ-PREVIOUS-ACCESSION")
            .why("EDGAR suspends a submission with this condition (technical specification v13 §6): the filing "
                + "is not accepted until it is corrected and sent again: an amendment names the filing it "
                + "amends.")
            .fix("Give the accession number of the notice or amendment this amendment amends (Item 7).")
            .severity(Severity.ERROR).citation(EFD + "Item 7; " + EdgarRules.SPEC
                + "§6 (EDGAR suspends the submission: \"Not supplying an accession number and amendment information "
                    + "for "
                + "a Form D/A filing.\")")
            .summary("an amendment gives the accession number of the filing it amends")
            .checkElectronic(new Checks.Electronic() {
              @Override
              public void check(ElectronicFormD f, RuleContext c, Reporter r) {
                TypeOfFiling t = f.offering().typeOfFiling();
                if (t.amendment() && !Walk.nonEmpty(t.previousAccessionNumber())) {
                  r.report("offering.typeOfFiling.previousAccessionNumber",
                      "an amendment must give the accession number of the previous filing; none found");
                }
              }
            }).build(),
        Rule.builder("D-XREF-PREVIOUS-ACCESSION-NEW")
            .why("EDGAR suspends a submission with this condition (technical specification v13 §6): the filing "
                + "is not accepted until it is corrected and sent again: only an amendment names a previous "
                + "filing.")
            .fix("Remove the previous accession number from a new notice, or file the document as an amendment (D/A).")
            .severity(Severity.ERROR).whenDisseminated(Severity.WARNING)
            .citation(EdgarRules.SPEC + "§6 (EDGAR suspends the submission: \"Incorrectly providing an accession "
                + "number and amendment information for a Form D filing.\")")
            .summary("a new notice gives no previous accession number")
            .checkElectronic(new Checks.Electronic() {
              @Override
              public void check(ElectronicFormD f, RuleContext c, Reporter r) {
                TypeOfFiling t = f.offering().typeOfFiling();
                if (!t.amendment() && Walk.nonEmpty(t.previousAccessionNumber())) {
                  r.report("offering.typeOfFiling.previousAccessionNumber",
                      "a new notice gives previous accession number "
                      + t.previousAccessionNumber().get() + "; only amendments do", "accessionNumber",
                          t.previousAccessionNumber().get());
                }
              }
            }).build(),
        Rule.builder("D-REQ-FIRST-SALE-CHOICE")
            .why("Item 7 asks for the date of first sale or the statement that it is yet to occur, exactly one "
                + "of them (the schema's choice); the date starts the 15-day filing period of Rule 503.")
            .fix("In Item 7 give either the date of first sale or check 'First Sale Yet to Occur', not both and not "
                + "neither.")
            .severity(Severity.ERROR).citation(Form.XSD + "FIRST_SALE_DATE_TYPE; " + EFD + "Item 7")
            .summary("exactly one of a date of first sale and 'first sale yet to occur'")
            .checkElectronic(new Checks.Electronic() {
              @Override
              public void check(ElectronicFormD f, RuleContext c, Reporter r) {
                TypeOfFiling t = f.offering().typeOfFiling();
                if (t.dateOfFirstSale().isPresent() == t.firstSaleYetToOccur()) {
                  r.report("offering.typeOfFiling.dateOfFirstSale", t.firstSaleYetToOccur()
                      ? "gives both a date of first sale (" + t.dateOfFirstSale()
                          .get() + ") and 'first sale yet to occur'; expected one"
                      : "gives neither a date of first sale nor 'first sale yet to occur'; expected one");
                }
              }
            }).build(),
        Rule.builder("D-XREF-FIRST-SALE-FLOOR")
            .why("A first sale before the Securities Act of 1933 existed is a typing mistake in the year; "
                + "EDGAR has accepted such dates, so this is a WARNING.")
            .fix("Correct the year of the date of first sale.")
            .severity(Severity.WARNING).citation(EFD + "Item 7 (a WARNING: EDGAR accepted "
                + "filings with first sales in year 1014)")
            .summary("a date of first sale is not before the Securities Act (1933-05-27)")
            .checkElectronic(new Checks.Electronic() {
              @Override
              public void check(ElectronicFormD f, RuleContext c, Reporter r) {
                Optional<LocalDate> sale = f.offering().typeOfFiling().dateOfFirstSale();
                if (sale.isPresent() && sale.get().isBefore(SECURITIES_ACT)) {
                  r.report("offering.typeOfFiling.dateOfFirstSale", "date of first sale " + sale.get()
                      + " is before the Securities Act of 1933; the date is wrong", "dateOfFirstSale", sale.get());
                }
              }
            }).build(),
        Rule.builder("D-XREF-FIRST-SALE-AFTER-SIGNATURE")
            .why("The date of first sale is the day the first investor is irrevocably committed; a notice "
                + "signed before that day cannot know it, and says the first sale is yet to occur.")
            .fix("Check 'First sale yet to occur' instead of a future date, or correct the date.")
            .severity(Severity.WARNING).citation(EFD + "Item 7 (a WARNING: accepted filings sign before the first "
                + "sale)")
            .summary("a date of first sale after the signature should be 'yet to occur'")
            .checkElectronic(new Checks.Electronic() {
              @Override
              public void check(ElectronicFormD f, RuleContext c, Reporter r) {
                Optional<LocalDate> sale = f.offering().typeOfFiling().dateOfFirstSale();
                Optional<LocalDate> signed = f.latestSignatureDate();
                if (sale.isPresent() && signed.isPresent() && sale.get().isAfter(signed.get())) {
                  r.report("offering.typeOfFiling.dateOfFirstSale", "date of first sale " + sale.get()
                      + " is after the signature date " + signed.get() + "; a future first sale is 'yet to occur'",
                      "dateOfFirstSale", sale.get(), "signatureDate", signed.get());
                }
              }
            }).build(),
        Rule.builder("D-ARITH-REMAINING")
            .why("Item 13's total remaining to be sold is the total offering amount less the amount sold "
                + "(technical specification v13 §3.3 m#8); a remaining amount that disagrees makes the "
                + "offering's size unclear.")
            .fix("Set Total Remaining to be Sold to Total Offering Amount less Total Amount Sold (or Indefinite when "
                + "the offering amount is).")
            .severity(Severity.ERROR).whenDisseminated(Severity.WARNING)
            .citation(EFD + "Item 13; " + EdgarRules.SPEC + "§3.3 m#8 (\"The totalRemaining value must equal the "
                + "totalOfferingAmount - the totalAmountSold\")")
            .summary("total remaining = total offering amount - total sold; Indefinite with Indefinite")
            .checkElectronic(new Checks.Electronic() {
              @Override
              public void check(ElectronicFormD f, RuleContext c, Reporter r) {
                OfferingSalesAmounts a = f.offering().amounts();
                if (a.totalOfferingAmount().isIndefinite() || a.totalRemaining().isIndefinite()) {
                  if (a.totalOfferingAmount().isIndefinite() != a.totalRemaining().isIndefinite()) {
                    r.report("offering.amounts.totalRemaining", "total remaining is " + usd(a.totalRemaining())
                        + " but the total offering amount is " + usd(a.totalOfferingAmount())
                        + "; remaining is Indefinite exactly when the offering is", "totalOfferingAmount",
                        a.totalOfferingAmount(), "totalRemaining", a.totalRemaining());
                  }
                  return;
                }
                BigDecimal expected = a.totalOfferingAmount().amount().get().minus(a.totalAmountSold());
                // More sold than offered has no right remaining: D-XREF-SOLD-LE-OFFERING reports that cause alone.
                if (expected.signum() >= 0 && a.totalRemaining().amount().get().value().compareTo(expected) != 0) {
                  r.report("offering.amounts.totalRemaining", "total remaining is " + usd(a.totalRemaining())
                      + " but total offering amount " + usd(a.totalOfferingAmount()) + " less amount sold "
                      + usd(a.totalAmountSold()) + " is " + UsdAmount.of(expected).format(), "totalOfferingAmount",
                      a.totalOfferingAmount(), "totalAmountSold", a.totalAmountSold(), "totalRemaining",
                      a.totalRemaining(), "expected", expected.toPlainString());
                }
              }
            }).build(),
        Rule.builder("D-XREF-SOLD-LE-OFFERING")
            .why("Selling more than the stated offering amount leaves no valid total remaining: m#8 makes it the "
                + "offering amount less the amount sold, and the schema's AMOUNT_OR_INDEFINITE type allows no "
                + "negative number, so EDGAR cannot accept the document (none of 14,187 filings accepted in 2022 "
                + "has it). The offering amount is also out of date, a change Rule 503 requires an amendment for.")
            .fix("Raise the total offering amount to what will be sold (or correct the amount sold).")
            .severity(Severity.ERROR).whenDisseminated(Severity.WARNING)
            .citation(EFD + "Item 13; " + EdgarRules.SPEC + "§3.3 m#8 (\"The totalRemaining value must equal the "
                + "totalOfferingAmount - the totalAmountSold\"); " + Form.XSD + "AMOUNT_OR_INDEFINITE (no negative "
                + "remaining)")
            .summary("the amount sold is not more than a definite total offering amount")
            .checkElectronic(new Checks.Electronic() {
              @Override
              public void check(ElectronicFormD f, RuleContext c, Reporter r) {
                OfferingSalesAmounts a = f.offering().amounts();
                Optional<UsdAmount> offered = a.totalOfferingAmount().amount();
                if (offered.isPresent() && a.totalAmountSold().isGreaterThan(offered.get())) {
                  r.report("offering.amounts.totalAmountSold", "amount sold " + usd(a.totalAmountSold())
                      + " exceeds the total offering amount " + usd(offered.get()), "totalAmountSold",
                      a.totalAmountSold(), "totalOfferingAmount", offered.get());
                }
              }
            }).build(),
        Rule.builder("D-XREF-FUND-INFO")
            .why("Item 4 asks a pooled investment fund for its fund type and whether it is registered under "
                + "the Investment Company Act (technical specification v13 §3.3 m#4); other issuers answer "
                + "neither.")
            .fix("Give the investment fund information (fund type, Investment Company Act registration) of a pooled "
                + "investment fund, and only of one.")
            .severity(Severity.ERROR).whenDisseminated(Severity.WARNING)
            .citation(EFD + "Item 4 (Pooled Investment Fund: the fund type and the Investment Company Act answer); "
                + EdgarRules.SPEC + "§3.3 m#4 (\"If <isPooledInvestmentFundType> under <typesOfSecuritiesOffered> is "
                + "true, then <industryGroup.InvestmentFundInfo> becomes mandatory\"; checked here by industry group, "
                + "as accepted filings show EDGAR does); " + Form.XSD + "INDUSTRY_GROUP_TYPE (investmentFundInfo "
                + "optional: fund information from another industry group is only an INFO)")
            .summary("a pooled investment fund gives its fund type and 1940 Act answer (others giving one: an INFO)")
            .checkElectronic(new Checks.Electronic() {
              @Override
              public void check(ElectronicFormD f, RuleContext c, Reporter r) {
                OfferingData o = f.offering();
                boolean pooled = o.industryGroup() == IndustryGroup.POOLED_INVESTMENT_FUND;
                if (pooled && o.investmentFundInfo().isEmpty()) {
                  r.report("offering.investmentFundInfo", "industry group is Pooled Investment Fund but the fund type "
                      + "and the Investment Company Act answer are missing");
                } else if (!pooled && o.investmentFundInfo().isPresent()) {
                  r.reportAs(Severity.INFO, "offering.investmentFundInfo",
                      "fund type " + o.investmentFundInfo().get().fundType().label()
                      + " is given but the industry group is " + o.industryGroup().label()
                      + "; only a Pooled Investment Fund gives one", "industryGroup", o.industryGroup().label());
                }
              }
            }).build(),
        Rule.builder("D-XREF-ISSUER-SIZE-ONE")
            .why("Item 5 is a choice: a revenue range or an aggregate net asset value range, one of them (the "
                + "schema's ISSUER_SIZE_TYPE).")
            .fix("Give exactly one of the revenue range and the aggregate net asset value range in Item 5.")
            .severity(Severity.ERROR).citation(EFD + "Item 5; " + Form.XSD + "ISSUER_SIZE_TYPE (a choice)")
            .summary("exactly one of a revenue range and a net asset value range")
            .checkElectronic(new Checks.Electronic() {
              @Override
              public void check(ElectronicFormD f, RuleContext c, Reporter r) {
                OfferingData o = f.offering();
                if (o.revenueRange().isPresent() == o.netAssetValueRange().isPresent()) {
                  r.report("offering.revenueRange", o.revenueRange().isPresent()
                      ? "gives both a revenue range and a net asset value range; expected one"
                      : "gives neither a revenue range nor a net asset value range; expected one");
                }
              }
            }).build(),
        Rule.builder("D-XREF-ISSUER-SIZE-KIND")
            .why("Item 5 asks hedge funds and other investment funds for their net asset value and other "
                + "issuers for their revenues (technical specification v13 §3.3 m#5); the other range does not "
                + "describe the issuer.")
            .fix("Give the net asset value range for a hedge fund or other investment fund, the revenue range "
                + "otherwise.")
            .severity(Severity.ERROR).whenDisseminated(Severity.WARNING)
            .citation(EFD + "Item 5; " + EdgarRules.SPEC + "§3.3 m#5 (\"If <investmentFundType> is Hedge Fund or Other "
                + "Investment Fund, then <aggregateNetAssetValueRange> becomes mandatory else, <revenueRange> is "
                + "mandatory\"; none of 14,331 accepted filings breaks it)")
            .summary("hedge funds and other investment funds give a net asset value range; other issuers a revenue "
                + "range")
            .checkElectronic(new Checks.Electronic() {
              @Override
              public void check(ElectronicFormD f, RuleContext c, Reporter r) {
                OfferingData o = f.offering();
                InvestmentFundType type = o.investmentFundInfo().isPresent() ? o.investmentFundInfo().get().fundType()
                    : null;
                boolean navFund = type == InvestmentFundType.HEDGE_FUND
                    || type == InvestmentFundType.OTHER_INVESTMENT_FUND;
                if (o.netAssetValueRange().isPresent() && !navFund) {
                  r.report("offering.netAssetValueRange", "a net asset value range is given, but the issuer is not a "
                      + "hedge "
                      + "fund or other investment fund, which report revenue ranges");
                } else if (o.revenueRange().isPresent() && o.netAssetValueRange().isEmpty() && navFund) {
                  r.report("offering.revenueRange", "a revenue range is given, but the issuer is a "
                      + o.investmentFundInfo().get().fundType().label()
                          + ", which reports its aggregate net asset value "
                      + "range");
                }
              }
            }).build(),
        Rule.builder("D-XREF-NONACCREDITED-FLAG")
            .why("Item 14 says whether any non-accredited investors invested; a count of them with the answer "
                + "No contradicts itself.")
            .fix("Make Item 14's box and count agree: check 'has non-accredited investors' exactly when the count is "
                + "above zero.")
            .severity(Severity.WARNING).citation(EFD + "Item 14 (a WARNING: neither EDGAR's §6 checks nor the schema "
                + "forbid it)")
            .summary("no non-accredited investors counted when the issuer says there are none")
            .checkElectronic(new Checks.Electronic() {
              @Override
              public void check(ElectronicFormD f, RuleContext c, Reporter r) {
                Investors i = f.offering().investors();
                if (!i.hasNonAccreditedInvestors() && i.numberNonAccreditedInvestors().orElse(0L) > 0) {
                  r.report("offering.investors.numberNonAccreditedInvestors", "counts "
                      + i.numberNonAccreditedInvestors().get()
                          + " non-accredited investors but says securities are not "
                      + "sold to non-accredited investors", "numberNonAccreditedInvestors",
                          i.numberNonAccreditedInvestors().get());
                }
              }
            }).build(),
        Rule.builder("D-REQ-NONACCREDITED-COUNT")
            .why("Item 14 asks how many non-accredited investors there are when there may be some; the count "
                + "decides Rule 506(b)'s 35-purchaser limit.")
            .fix("Give the number of non-accredited investors who already invested (0 if none yet).")
            .severity(Severity.WARNING).citation(EFD + "Item 14")
            .summary("the number of non-accredited investors is given when there may be some")
            .checkElectronic(new Checks.Electronic() {
              @Override
              public void check(ElectronicFormD f, RuleContext c, Reporter r) {
                Investors i = f.offering().investors();
                if (i.hasNonAccreditedInvestors() && i.numberNonAccreditedInvestors().isEmpty()) {
                  r.report("offering.investors.numberNonAccreditedInvestors", "says securities may be sold to "
                      + "non-accredited investors but gives no number of those who have invested (0 if none yet)");
                }
              }
            }).build(),
        Rule.builder("D-XREF-NONACCREDITED-LE-TOTAL")
            .why("Item 14's non-accredited investors are among all investors who already invested; more of "
                + "them than of all investors cannot be.")
            .fix("Make the number of non-accredited investors at most the total number of investors (Item 14).")
            .severity(Severity.WARNING).citation(EFD + "Item 14 (a WARNING: EDGAR accepted 9 such filings in 2022)")
            .summary("non-accredited investors are not more than all investors")
            .checkElectronic(new Checks.Electronic() {
              @Override
              public void check(ElectronicFormD f, RuleContext c, Reporter r) {
                Investors i = f.offering().investors();
                long non = i.numberNonAccreditedInvestors().orElse(0L);
                if (non > i.totalNumberAlreadyInvested()) {
                  r.report("offering.investors.numberNonAccreditedInvestors", non
                      + " non-accredited investors but only "
                      + i.totalNumberAlreadyInvested() + " investors in all", "numberNonAccreditedInvestors", non,
                      "totalNumberAlreadyInvested", i.totalNumberAlreadyInvested());
                }
              }
            }).build(),
        Rule.builder("D-REQ-SECURITIES-ACT-EXEMPTION")
            .why("Form D is a notice of an offering without registration; it is filed under Rule 504, Rule 506 "
                + "or Section 4(a)(5) (Rule 505 until 2017), and a notice claiming none of them has no reason "
                + "to exist.")
            .fix("Claim a Securities Act exemption in Item 6 (Rule 504, Rule 506(b), Rule 506(c) or Section 4(a)(5)); "
                + "the Investment Company Act boxes are not one.")
            .severity(Severity.WARNING)
            .citation(EFD + "Item 6 (an exemption from Securities Act registration: Rule 504, 506 or Section 4(a)(5); "
                + "the Investment Company Act exclusions are not one); 17 CFR 230.503(a); a WARNING: EDGAR accepted 43 "
                + "such filings in 2022")
            .summary("at least one Securities Act exemption (Rule 504, 505, 506 or Section 4(a)(5)) is claimed")
            .checkElectronic(new Checks.Electronic() {
              @Override
              public void check(ElectronicFormD f, RuleContext c, Reporter r) {
                if (!Walk.any(f.offering().federalExemptions(), FederalExemption::isSecuritiesActExemption)) {
                  r.report("offering.federalExemptions", "claims no Securities Act exemption (found "
                      + Form.codes(f.offering().federalExemptions()) + "); a Section 3(c) exclusion alone is no basis "
                      + "for a Form D");
                }
              }
            }).build(),
        Rule.builder("D-XREF-3C-UMBRELLA")
            .why("Item 6 lists the 3(c) paragraphs under the Investment Company Act Section 3(c) box; a "
                + "paragraph without the box, or the box without a paragraph, does not say which exclusion the "
                + "fund relies on.")
            .fix("Check the Section 3(c) box together with the paragraph the fund relies on (3(c)(1), 3(c)(7), "
                + "...).")
            .severity(Severity.ERROR).whenDisseminated(Severity.WARNING)
            .citation(EFD + "Item 6 (the 3(c) paragraphs are sub-items of Investment Company Act Section 3(c), 15 "
                + "U.S.C. "
                + "80a-3(c)); " + EdgarRules.SPEC + "§3.3 o#1 (\"Optional but if you choose the top most choice. One "
                    + "from "
                + "below choice list is mandatory\": none of 6,274 accepted filings with the 3C box lacks a paragraph; "
                    + "a "
                + "paragraph without the box, which EDGAR accepts, is an INFO)")
            .summary("the 3C box comes with a paragraph (a paragraph without the box: an INFO)")
            .checkElectronic(new Checks.Electronic() {
              @Override
              public void check(ElectronicFormD f, RuleContext c, Reporter r) {
                List<FederalExemption> items = f.offering().federalExemptions();
                boolean umbrella = items.contains(FederalExemption.SECTION_3C);
                boolean paragraph = Walk.any(items, FederalExemption::isSection3cParagraph);
                if (umbrella && !paragraph) {
                  r.report("offering.federalExemptions", "claims Section 3(c) without saying which paragraph (3C.1 ... "
                      + "3C.14)", "items", Form.codes(items));
                } else if (paragraph && !umbrella) {
                  r.reportAs(Severity.INFO, "offering.federalExemptions", "claims a Section 3(c) paragraph without the "
                      + "Section 3(c) box (3C); EDGAR accepts it, and the paragraph says which exclusion applies",
                      "items", Form.codes(items));
                }
              }
            }).build(),
        Rule.builder("D-XREF-3C-NOT-REGISTERED")
            .why("A Section 3(c) exclusion means the issuer is not an investment company under the 1940 Act; a "
                + "fund that says it is registered under that Act contradicts the exclusion.")
            .fix("Correct Item 4's answer about registration under the Investment Company Act, or the 3(c) "
                + "exclusion claimed.")
            .severity(Severity.WARNING).citation("Investment Company Act of 1940, Section 3(c) (15 U.S.C. 80a-3(c)): "
                + "the exclusions are for issuers that are not investment companies registered under the Act; Form D, "
                + "Item 4 (Investment Company Act registration)")
            .summary("a fund excluded under Section 3(c) is not a registered investment company")
            .checkElectronic(new Checks.Electronic() {
              @Override
              public void check(ElectronicFormD f, RuleContext c, Reporter r) {
                if (RegulationDRules.claimsFamily(f, FederalExemption.Family.SECTION_3C)
                    && f.offering().investmentFundInfo().isPresent()
                    && f.offering().investmentFundInfo().get().registeredUnder40Act()) {
                  r.report("offering.investmentFundInfo.registeredUnder40Act", "claims a Section 3(c) exclusion but "
                      + "says the fund is registered under the Investment Company Act of 1940");
                }
              }
            }).build(),
        Rule.builder("D-XREF-506B-506C-BOTH")
            .why("EDGAR suspends a submission with this condition (technical specification v13 §6): the filing "
                + "is not accepted until it is corrected and sent again: an offering relies on Rule 506(b) or "
                + "on Rule 506(c), not both.")
            .fix("Claim either Rule 506(b) (no general solicitation) or Rule 506(c) (general solicitation, accredited "
                + "investors only), not both.")
            .severity(Severity.ERROR).whenDisseminated(Severity.WARNING)
            .citation(EdgarRules.SPEC + "§6 (EDGAR suspends the submission: \"Inclusion of both option 'Rule 506(b)' "
                + "and option 'Rule 506(c)' is not permitted in a single submission.\")")
            .summary("not both Rule 506(b) and Rule 506(c) for one offering")
            .checkElectronic(new Checks.Electronic() {
              @Override
              public void check(ElectronicFormD f, RuleContext c, Reporter r) {
                List<FederalExemption> items = f.offering().federalExemptions();
                if (items.contains(FederalExemption.RULE_506_B) && items.contains(FederalExemption.RULE_506_C)) {
                  r.report("offering.federalExemptions", "claims both Rule 506(b) and Rule 506(c); an offering either "
                      + "uses general solicitation (506(c)) or does not (506(b))");
                }
              }
            }).build(),
        Rule.builder("D-XREF-DUPLICATE-EXEMPTION")
            .why("An exemption listed twice says nothing more; the schema allows it, but it usually hides a "
                + "different item the filer meant to check.")
            .fix("Remove the repeated item from Item 6.")
            .severity(Severity.WARNING).citation(EFD + "Item 6")
            .summary("no exemption item is listed twice")
            .checkElectronic(new Checks.Electronic() {
              @Override
              public void check(ElectronicFormD f, RuleContext c, Reporter r) {
                List<FederalExemption> items = f.offering().federalExemptions();
                Set<FederalExemption> seen = EnumSet.noneOf(FederalExemption.class);
                for (int i = 0; i < items.size(); i++) {
                  if (!seen.add(items.get(i))) {
                    r.report("offering.federalExemptions[" + i + "]", "item " + items.get(i)
                        .edgarCode() + " is listed twice",
                        "item", items.get(i).edgarCode());
                  }
                }
              }
            }).build(),
        Rule.builder("D-XREF-DUPLICATE-RELATIONSHIP")
            .why("A relationship listed twice for one person says nothing more; the schema allows it, so a "
                + "WARNING.")
            .fix("Remove the repeated relationship.")
            .severity(Severity.WARNING).citation(EFD + "Item 3 (the schema allows a relationship twice: a WARNING)")
            .summary("no relationship is listed twice for one person")
            .checkElectronic(new Checks.Electronic() {
              @Override
              public void check(ElectronicFormD f, RuleContext c, Reporter r) {
                for (int n = 0; n < f.relatedPersons().size(); n++) {
                  String path = Walk.personPath(n);
                  RelatedPerson person = f.relatedPersons().get(n);
                  List<Relationship> list = person.relationships().asOptional().orElse(List.of());
                  Set<Relationship> seen = EnumSet.noneOf(Relationship.class);
                  for (int i = 0; i < list.size(); i++) {
                    if (!seen.add(list.get(i))) {
                      r.report(path + ".relationships[" + i + "]", "relationship '" + list.get(i).label()
                          + "' is listed twice for " + person.name().displayName(), "relationship",
                          list.get(i).label());
                    }
                  }
                }
              }
            }).build(),
        Rule.builder("D-XREF-POOLED-SECURITY")
            .why("A pooled investment fund usually offers pooled investment fund interests (Item 9); it may "
                + "offer other securities, so this is only a remark.")
            .fix("Check 'Pooled Investment Fund Interests' in Item 9 if that is what the fund offers.")
            .severity(Severity.INFO).citation(EFD + "Items 4 and 9 (an INFO: a pooled fund may offer other securities)")
            .summary("a pooled investment fund offers pooled investment fund interests")
            .checkElectronic(new Checks.Electronic() {
              @Override
              public void check(ElectronicFormD f, RuleContext c, Reporter r) {
                OfferingData o = f.offering();
                // With a 3(c) exclusion claimed, D-EDGAR-3C-POOLED (EDGAR's own warning) says it.
                if (o.industryGroup() == IndustryGroup.POOLED_INVESTMENT_FUND
                    && !o.securityTypes().contains(SecurityType.POOLED_INVESTMENT_FUND_INTERESTS)
                    && !RegulationDRules.claimsFamily(f, FederalExemption.Family.SECTION_3C)) {
                  r.report("offering.securityTypes", "the issuer is a Pooled Investment Fund but does not offer "
                      + "Pooled Investment Fund Interests");
                }
              }
            }).build(),
        Rule.builder("D-REQ-SECURITY-TYPE")
            .why("Item 9 asks what type of securities are offered; the schema requires at least one.")
            .fix("Check at least one type of security offered in Item 9.")
            .basis(Basis.XSD_FORBIDS)
            .severity(Severity.ERROR).whenDisseminated(Severity.WARNING).citation(EFD + "Item 9")
            .summary("at least one type of security is offered")
            .checkElectronic(new Checks.Electronic() {
              @Override
              public void check(ElectronicFormD f, RuleContext c, Reporter r) {
                if (f.offering().securityTypes().isEmpty()) {
                  r.report("offering.securityTypes", "no type of security is selected; expected at least one");
                }
              }
            }).build(),
        Rule.builder("D-REQ-SECURITY-OTHER-DESC")
            .why("EDGAR suspends a submission with this condition (technical specification v13 §6): the filing "
                + "is not accepted until it is corrected and sent again: an Other type of security is "
                + "described.")
            .fix("Describe the 'Other' type of security in Item 9.")
            .severity(Severity.ERROR).whenDisseminated(Severity.WARNING)
            .citation(EFD + "Item 9; " + EdgarRules.SPEC + "§6 (EDGAR suspends the submission: \"You selected the "
                + "'Other' option for Types of Securities offered, therefore, you must enter a description.\")")
            .summary("'Other' securities are described")
            .checkElectronic(new Checks.Electronic() {
              @Override
              public void check(ElectronicFormD f, RuleContext c, Reporter r) {
                OfferingData o = f.offering();
                if (o.securityTypes().contains(SecurityType.OTHER)
                    && !Walk.hasText(o.otherSecurityTypeDescription())) {
                  r.report("offering.otherSecurityTypeDescription", "'Other' type of security is selected without a "
                      + "description");
                }
              }
            }).build(),
        Rule.builder("D-REQ-ENTITY-OTHER-DESC")
            .why("Item 1's Other entity type must say what the entity is (technical specification v13 §3.3 "
                + "m#6); without it the type tells a reader nothing.")
            .fix("Describe the 'Other' entity type in Item 1.")
            .severity(Severity.ERROR).whenDisseminated(Severity.WARNING)
            .citation(EFD + "Item 1; " + EdgarRules.SPEC + "§3.3 m#6 (mandatory if the entity type is Other; on "
                + "published filings a WARNING: an accepted 2009 filing omits it)")
            .summary("an 'Other' entity type is described")
            .check(new Checks.Any() {
              @Override
              public void check(FormD f, RuleContext c, Reporter r) {
                for (int n = 0; n < f.issuers().size(); n++) {
                  String path = Walk.issuerPath(f, n);
                  Issuer issuer = f.issuers().get(n);
                  if (issuer.entityType().orElse(null) == EntityType.OTHER
                      && !Walk.hasText(issuer.entityTypeOtherDescription())) {
                    r.report(path + ".entityTypeOtherDescription", "entity type 'Other' is not described");
                  }
                }
              }
            }).build(),
        Rule.builder("D-REQ-YEAR-WITHIN-5")
            .why("Item 1's 'within the last five years' is answered with the year (technical specification v13 "
                + "§3.3 m#3).")
            .fix("Give the year of incorporation when 'Within Last Five Years' is checked.")
            .severity(Severity.ERROR).whenDisseminated(Severity.WARNING)
            .citation(EFD + "Item 1; " + EdgarRules.SPEC + "§3.3 m#3 (\"The <value> is mandatory if <withinFiveYears> "
                + "under <yearOfInc> is true\")")
            .summary("'within the last five years' gives the year")
            .checkElectronic(new Checks.Electronic() {
              @Override
              public void check(ElectronicFormD f, RuleContext c, Reporter r) {
                for (int n = 0; n < f.issuers().size(); n++) {
                  String path = Walk.issuerPath(f, n);
                  Optional<YearOfIncorporation> y = f.issuers().get(n).yearOfIncorporation();
                  if (y.isPresent() && y.get().kind() == YearOfIncorporation.Kind.WITHIN_FIVE_YEARS
                      && y.get().year().isEmpty()) {
                    r.report(path + ".yearOfIncorporation.year", "incorporated within the last five years, but the "
                        + "year is missing");
                  }
                }
              }
            }).build(),
        Rule.builder("D-XREF-YEAR-WITHIN-5")
            .why("A year given as 'within the last five years' that is older than that contradicts the box; "
                + "years at the boundary are ambiguous, so a WARNING.")
            .fix("Check 'Over Five Years Ago' for an older year, or correct the year.")
            .severity(Severity.WARNING).citation(EFD + "Item 1 (boundary years are ambiguous: a WARNING)")
            .summary("a year 'within the last five years' is within five years of the signature")
            .checkElectronic(new Checks.Electronic() {
              @Override
              public void check(ElectronicFormD f, RuleContext c, Reporter r) {
                if (c.asOf().isEmpty()) {
                  return;
                }
                LocalDate asOf = c.asOf().get();
                for (int n = 0; n < f.issuers().size(); n++) {
                  Optional<YearOfIncorporation> y = f.issuers().get(n).yearOfIncorporation();
                  if (y.isEmpty() || y.get().kind() != YearOfIncorporation.Kind.WITHIN_FIVE_YEARS
                      || y.get().year().isEmpty()) {
                    continue;
                  }
                  Year year = y.get().year().get();
                  if (year.getValue() > asOf.getYear() || year.getValue() < asOf.getYear() - 5) {
                    r.report(Walk.issuerPath(f, n) + ".yearOfIncorporation.year", "year " + year + " is not within "
                        + "five years of " + asOf, "year", year, "asOf", asOf);
                  }
                }
              }
            }).build(),
        Rule.builder("D-XREF-YET-TO-BE-FORMED")
            .why("An issuer that does not exist yet cannot have sold securities or have investors.")
            .fix("Give the year of incorporation if the issuer has been formed, or correct the amounts sold.")
            .severity(Severity.WARNING).citation(EFD + "Item 1")
            .summary("an issuer yet to be formed has sold nothing")
            .checkElectronic(new Checks.Electronic() {
              @Override
              public void check(ElectronicFormD f, RuleContext c, Reporter r) {
                Optional<YearOfIncorporation> y = f.primaryIssuer().yearOfIncorporation();
                UsdAmount sold = f.offering().amounts().totalAmountSold();
                if (y.isPresent() && y.get().kind() == YearOfIncorporation.Kind.YET_TO_BE_FORMED && !sold.isZero()) {
                  r.report("issuers[0].yearOfIncorporation", "the issuer is yet to be formed but has sold "
                      + usd(sold), "totalAmountSold", sold);
                }
              }
            }).build(),
        Rule.builder("D-REQ-BUSINESS-COMBINATION-CLARIFICATION")
            .why("Item 10 asks for a clarification when the offering is part of a business combination; the "
                + "schema leaves it optional, so only a remark.")
            .fix("Describe the business combination transaction in Item 10's clarification.")
            .severity(Severity.INFO).citation(EFD + "Item 10 (Clarification of Response (if Necessary): optional in "
                + "the schema, so an INFO)")
            .summary("a business combination transaction is explained")
            .checkElectronic(new Checks.Electronic() {
              @Override
              public void check(ElectronicFormD f, RuleContext c, Reporter r) {
                if (f.offering().businessCombination()
                    && !Walk.hasText(f.offering().businessCombinationClarification())) {
                  r.report("offering.businessCombinationClarification",
                      "the offering is part of a business combination transaction, but the response is not clarified");
                }
              }
            }).build(),
        Rule.builder("D-XREF-MIN-INVESTMENT")
            .why("A minimum investment above the whole offering cannot be accepted from anyone; one of the two "
                + "amounts is wrong.")
            .fix("Correct the minimum investment (Item 11) or the total offering amount (Item 13).")
            .severity(Severity.WARNING).citation(EFD + "Item 11")
            .summary("the minimum investment is not more than a definite total offering amount")
            .checkElectronic(new Checks.Electronic() {
              @Override
              public void check(ElectronicFormD f, RuleContext c, Reporter r) {
                Optional<UsdAmount> total = f.offering().amounts().totalOfferingAmount().amount();
                UsdAmount minimum = f.offering().minimumInvestment();
                if (total.isPresent() && minimum.isGreaterThan(total.get())) {
                  r.report("offering.minimumInvestment", "minimum investment " + usd(minimum)
                      + " exceeds the total offering amount " + usd(total.get()), "minimumInvestment", minimum,
                      "totalOfferingAmount", total.get());
                }
              }
            }).build(),
        Rule.builder("D-XREF-COMP-VS-ITEM15")
            .why("Item 15's commissions and finders' fees are paid to the persons Item 12 lists; fees with "
                + "nobody listed, or recipients with no fees, usually mean one of the Items is incomplete.")
            .fix("List the recipients of the commissions in Item 12, or correct Item 15.")
            .severity(Severity.WARNING).citation(EFD + "Item 12 and 15")
            .summary("sales commissions and finders' fees are paid to someone listed in Item 12")
            .checkElectronic(new Checks.Electronic() {
              @Override
              public void check(ElectronicFormD f, RuleContext c, Reporter r) {
                if (!f.offering().salesCompensationRecipients().isEmpty()) {
                  return;
                }
                UsdAmount commissions = f.offering().commissionsAndFees().salesCommissions().amount();
                UsdAmount finders = f.offering().commissionsAndFees().findersFees().amount();
                if (!commissions.isZero()) {
                  r.report("offering.commissionsAndFees.salesCommissions", "sales commissions of " + usd(commissions)
                      + " are paid but no sales compensation recipient is listed", "salesCommissions", commissions);
                } else if (!finders.isZero()) {
                  r.report("offering.commissionsAndFees.findersFees", "finders' fees of " + usd(finders)
                      + " are paid but no "
                      + "recipient is listed; Item 12 lists everyone paid for soliciting purchasers, finders included",
                      "findersFees", finders);
                }
              }
            }).build(),
        Rule.builder("D-XREF-FEES-LE-OFFERING")
            .why("Commissions and fees larger than the whole offering are almost always an amount typed in the "
                + "wrong unit.")
            .fix("Correct the amounts of Item 15.")
            .severity(Severity.WARNING).citation(EFD + "Item 15")
            .summary("commissions and finders' fees are not more than a definite total offering amount")
            .checkElectronic(new Checks.Electronic() {
              @Override
              public void check(ElectronicFormD f, RuleContext c, Reporter r) {
                Optional<UsdAmount> total = f.offering().amounts().totalOfferingAmount().amount();
                if (total.isEmpty()) {
                  return;
                }
                UsdAmount fees = f.offering().commissionsAndFees().salesCommissions().amount()
                    .plus(f.offering().commissionsAndFees().findersFees().amount());
                if (fees.isGreaterThan(total.get())) {
                  r.report("offering.commissionsAndFees", "commissions and finders' fees of " + usd(fees)
                      + " exceed the total offering amount " + usd(total.get()), "fees", fees, "totalOfferingAmount",
                      total.get());
                }
              }
            }).build(),
        Rule.builder("D-XREF-PROCEEDS-LE-OFFERING")
            .why("Proceeds paid to executive officers, directors and promoters come out of the offering; more "
                + "than the offering is almost always a typing mistake.")
            .fix("Correct the amount of Item 16.")
            .severity(Severity.WARNING).citation(EFD + "Item 16")
            .summary("proceeds paid to insiders are not more than a definite total offering amount")
            .checkElectronic(new Checks.Electronic() {
              @Override
              public void check(ElectronicFormD f, RuleContext c, Reporter r) {
                Optional<UsdAmount> total = f.offering().amounts().totalOfferingAmount().amount();
                UsdAmount used = f.offering().useOfProceeds().grossProceedsUsed().amount();
                if (total.isPresent() && used.isGreaterThan(total.get())) {
                  r.report("offering.useOfProceeds.grossProceedsUsed", "proceeds of " + usd(used)
                      + " paid to officers, directors and promoters exceed the total offering amount "
                      + usd(total.get()), "grossProceedsUsed", used, "totalOfferingAmount", total.get());
                }
              }
            }).build(),
        Rule.builder("D-XREF-SOLD-VS-INVESTORS")
            .why("Money sold comes from investors, and investors who invested paid something; Items 13 and 14 "
                + "should agree on whether there were sales.")
            .fix("Give the number of investors for the amount sold, or correct the amount.")
            .severity(Severity.WARNING).citation(EFD + "Item 13 and 14 (an INFO when Item 13's clarification of "
                + "response explains it)")
            .summary("an amount sold means investors, and investors mean an amount sold")
            .checkElectronic(new Checks.Electronic() {
              @Override
              public void check(ElectronicFormD f, RuleContext c, Reporter r) {
                boolean sold = !f.offering().amounts().totalAmountSold().isZero();
                boolean investors = f.offering().investors().totalNumberAlreadyInvested() > 0;
                if (sold != investors) {
                  String message = sold
                      ? "amount sold is " + usd(f.offering().amounts().totalAmountSold())
                          + " but no investor has invested"
                      : f.offering().investors().totalNumberAlreadyInvested()
                          + " investors have invested but the amount sold is 0";
                  // Item 13's clarification is where a filer explains it (securities issued for no cash, say).
                  if (Walk.hasText(f.offering().amounts().clarification())) {
                    r.reportAs(Severity.INFO, "offering.investors.totalNumberAlreadyInvested", message
                        + "; Item 13's clarification explains it", "clarification",
                        f.offering().amounts().clarification().get());
                  } else {
                    r.report("offering.investors.totalNumberAlreadyInvested", message);
                  }
                }
              }
            }).build(),
        Rule.builder("D-XREF-SIGNATURE-PER-ISSUER")
            .why("Technical specification v13 §5.4: the number of signatures equals the number of issuers "
                + "unless one signer is authorised for all of them.")
            .fix("Have every issuer sign, or answer that the signer is authorized to sign for all of them.")
            .severity(Severity.ERROR).whenDisseminated(Severity.WARNING).citation(EdgarRules.SPEC
                + "§5.4 (\"The number of signatures needs to be the same as the number of issuers except when the "
                + "primary issuer is an authorized signatory for all other issuers\"); Form D, Signature and "
                + "Submission")
            .summary("every issuer signs, unless the signer is authorised for all of them")
            .checkElectronic(new Checks.Electronic() {
              @Override
              public void check(ElectronicFormD f, RuleContext c, Reporter r) {
                int issuers = f.issuers().size();
                // Only a filing that answers "no" is wrong; an absent answer (older documents) says nothing.
                if (issuers > 1 && !f.authorizedRepresentative().orElse(true) && f.signatures().size() < issuers) {
                  r.report("signatures", issuers + " issuers but " + f.signatures()
                      .size() + " signatures, and the signer "
                      + "is not an authorized representative of the other issuers", "issuers", issuers,
                      "signatures", f.signatures().size());
                }
              }
            }).build(),
        Rule.builder("D-XREF-SIGNATURE-ISSUER-NAME").profiles(Dialect.DISSEMINATED)
            .why("Each signature is given for one of the issuers of the filing; a signature naming an issuer "
                + "the filing does not list is signed for the wrong entity (EDGAR itself compares it with the "
                + "name on file: D-EDGAR-SIGNATURE-ISSUER-NAME).")
            .fix("Write the issuer's name in the signature as Item 1 gives it.")
            .severity(Severity.WARNING)
            .citation("Form D, Signature and Submission (the signature names the issuer it is given for); "
                + EdgarRules.SPEC + "§6 (EDGAR suspends a submission whose signature block names an issuer that does "
                + "not match the EDGAR database; a WARNING here: the published names are EDGAR's own)")
            .summary("each signature names one of the issuers (case, punctuation and a shortened ending aside)")
            .checkElectronic(new Checks.Electronic() {
              @Override
              public void check(ElectronicFormD f, RuleContext c, Reporter r) {
                List<Signature> signatures = f.signatures();
                for (int i = 0; i < signatures.size(); i++) {
                  String name = signatures.get(i).issuerName();
                  boolean known = false;
                  for (Issuer issuer : f.issuers()) { // the same name as written: the common case, without a regex
                    if (issuer.name().isEmpty() || issuer.name().get().equalsIgnoreCase(name)) {
                      known = true;
                      break;
                    }
                  }
                  for (int k = 0; !known && k < f.issuers().size(); k++) {
                    known = EdgarRules.similarName(f.issuers().get(k).name().orElse(""), name);
                  }
                  if (!known) {
                    r.report("signatures[" + i + "].issuerName", "signs for '" + name
                        + "', which is none of the issuers",
                        "issuerName", name);
                  }
                }
              }
            }).build(),
        Rule.builder("D-FORMAT-ELECTRONIC-DATE").datedByDocument()
            .why("The electronic Form D exists from 2008-09-15 (Release 33-8891); an electronic filing signed "
                + "earlier has a wrong date.")
            .fix("Correct the signature date.")
            .severity(Severity.WARNING).citation("17 CFR 232.101(a)(1)(xiii) and Release 33-8891 (73 FR 10592): the "
                + "electronic Form D from 2008-09-15 (a WARNING: an accepted EDGAR filing is dated 2006)")
            .summary("an electronic filing is not signed before the electronic form existed (2008-09-15)")
            .until(Limits.ELECTRONIC_FORM_FROM)
            .checkElectronic(new Checks.Electronic() {
              @Override
              public void check(ElectronicFormD f, RuleContext c, Reporter r) {
                r.report("signatures", "signed " + c.asOf().map(Object::toString).orElse("")
                  + ", before the electronic Form D took effect on " + Limits.ELECTRONIC_FORM_FROM
                      + "; the date is probably wrong",
                  "asOf", c.asOf().map(Object::toString).orElse(""));
              }
            }).build(),
        Rule.builder("D-TIME-NEW-NOTICE-15D").needsFilingDate()
            .why("Rule 503(a)(1) requires the notice within 15 calendar days after the first sale (the next "
                + "business day when the 15th is a weekend or holiday); a late notice does not lose the "
                + "exemption but is a violation of Rule 503. For a submission (filed today unless a filing date is "
                + "given) it is a WARNING: file now. On a copy already filed it is certain but an INFO: nothing in "
                + "the document is wrong or can be corrected, the lateness is a fact of its history (2,344 of the "
                + "13,146 filings EDGAR accepted in 2025Q2 were filed late).")
            .fix("File as soon as possible; there is no late fee, but keep the filing date in mind for the "
                + "offering's next amendments.")
            .severity(Severity.WARNING).whenDisseminated(Severity.INFO).basis(Basis.REGULATION_REQUIRES)
            .citation("17 CFR 230.503(a)(1) (within 15 calendar days after the first sale; a deadline on a "
                + "Saturday, Sunday or holiday moves to the next business day); 17 CFR 232.13(a)(2) (after 5:30 p.m. "
                + "Eastern time a Form D is filed the next business day)")
            .summary("a new notice is filed within 15 days of the first sale (next business day if that is a weekend "
                + "or holiday); a WARNING for a submission, an INFO on a copy already filed")
            .checkElectronic(new Checks.Electronic() {
              @Override
              public void check(ElectronicFormD f, RuleContext c, Reporter r) {
                TypeOfFiling t = f.offering().typeOfFiling();
                if (t.amendment() || c.filingDate().isEmpty() || t.dateOfFirstSale().isEmpty()) {
                  return;
                }
                LocalDate due = c.calendar().onOrAfter(t.dateOfFirstSale().get().plusDays(15));
                if (c.filingDate().get().isAfter(due)) {
                  r.report("offering.typeOfFiling.dateOfFirstSale", "filed " + c.filingDate()
                      .get() + ", after the due date "
                      + due + " (15 days after the first sale on " + t.dateOfFirstSale().get() + ")", "filingDate",
                      c.filingDate().get(), "dueDate", due);
                }
              }
            }).build(),
        Rule.builder("D-TIME-NEW-NOTICE-SIGNED-LATE").profiles(Dialect.DISSEMINATED)
            .why("EDGAR suspends a submission whose signature is dated after the day it is filed (technical "
                + "specification v13 §6), so an accepted notice was filed on or after the day it was signed: one "
                + "signed after its 15-day due date was filed late, whatever the filing date. Without the filing "
                + "date (a published copy read alone), this is what can be known; with it, D-TIME-NEW-NOTICE-15D "
                + "judges the filing date itself, as it does for every submission (judged as filed today). Certain, "
                + "yet an INFO, as D-TIME-NEW-NOTICE-15D is on a copy already filed: the document holds no mistake "
                + "to correct.")
            .fix("Nothing can change a notice already filed late; file amendments on time, and keep the filing date "
                + "with the copy (EDGAR's submission file carries it) so the deadline can be checked exactly.")
            .severity(Severity.INFO).basis(Basis.REGULATION_REQUIRES)
            .citation("17 CFR 230.503(a)(1) (within 15 calendar days after the first sale; a deadline on a Saturday, "
                + "Sunday or holiday moves to the next business day); " + EdgarRules.SPEC + "§6 (EDGAR suspends the "
                + "submission: \"Providing a future date in the signature block.\")")
            .summary("a new notice is not signed after its 15-day due date (judged from the signature when the filing "
                + "date is not known)")
            .checkElectronic(new Checks.Electronic() {
              @Override
              public void check(ElectronicFormD f, RuleContext c, Reporter r) {
                TypeOfFiling t = f.offering().typeOfFiling();
                Optional<LocalDate> signed = f.latestSignatureDate();
                if (t.amendment() || c.filingDate().isPresent() || t.dateOfFirstSale().isEmpty() || signed.isEmpty()) {
                  return;
                }
                LocalDate due = c.calendar().onOrAfter(t.dateOfFirstSale().get().plusDays(15));
                if (signed.get().isAfter(due)) {
                  r.report("offering.typeOfFiling.dateOfFirstSale", "signed " + signed.get() + ", after the due date "
                      + due + " (15 days after the first sale on " + t.dateOfFirstSale().get() + "): EDGAR accepts no "
                      + "signature dated after the filing, so the notice was filed late", "signatureDate", signed.get(),
                      "dueDate", due);
                }
              }
            }).build());
  }

  /** Small shared helpers. */
  static final class Form {
    static final String XSD = SchemaRules.XSD;

    private Form() {}

    static String codes(List<FederalExemption> items) {
      StringBuilder text = new StringBuilder();
      for (FederalExemption item : items) {
        text.append(text.length() == 0 ? "" : " ").append(item.edgarCode());
      }
      return text.length() == 0 ? "none" : text.toString();
    }
  }

  /** Money in messages, one way everywhere: {@code $1,500,000.00}, or {@code Indefinite}. */
  static String usd(Object amount) {
    if (amount instanceof UsdAmount) {
      return ((UsdAmount) amount).format();
    }
    if (amount instanceof OfferingAmount) {
      return ((OfferingAmount) amount).amount().map(UsdAmount::format).orElse("Indefinite");
    }
    return String.valueOf(amount);
  }
}
