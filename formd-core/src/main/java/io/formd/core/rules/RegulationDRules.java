package io.formd.core.rules;

import io.formd.core.model.Edition;
import io.formd.core.model.ElectronicFormD;
import io.formd.core.model.FederalExemption;
import io.formd.core.model.FederalExemption.Family;
import io.formd.core.model.FormD;
import io.formd.core.model.PaperFormD;
import io.formd.core.model.UsdAmount;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Regulation D's and Section 4(a)(5)'s dated limits and eligibility rules, for both editions
 * (Regulation D, 17 CFR 230.500-230.508). Dates are the engine's as-of date.
 */
final class RegulationDRules {


  private RegulationDRules() {}

  static List<Rule> rules() {
    return List.of(
        Rule.builder("D-CODE-506-SPLIT").datedByDocument()
            .why("Since Rule 506(c) took effect (2013-09-23) Item 6 offers Rule 506(b) and Rule 506(c); the "
                + "older Rule 506 item no longer says which.")
            .fix("Claim Rule 506(b) or Rule 506(c).")
            .severity(Severity.WARNING).citation("17 CFR 230.506(c), Release 33-9415 (78 FR 44771), effective "
                + "2013-09-23; Form D, Item 6 (Rule 506(b), Rule 506(c))")
            .summary("the pre-2013 'Rule 506' item (06) is not claimed once 506(b) and 506(c) exist")
            .from(Limits.RULE_506C_FROM)
            .checkElectronic(new Checks.Electronic() {
              @Override
              public void check(ElectronicFormD f, RuleContext c, Reporter r) {
                Optional<Integer> i = indexOf(f, FederalExemption.RULE_506);
                if (i.isPresent()) {
                  r.report("offering.federalExemptions[" + i.get() + "]", "claims 'Rule 506' (06), which from "
                      + Limits.RULE_506C_FROM + " is either Rule 506(b) (06b) or Rule 506(c) (06c)", "item", "06");
                }
              }
            })
                        .build(),
        Rule.builder("D-CODE-506C-DATE").datedByDocument()
            .why("Rule 506(b) and 506(c) exist from 2013-09-23 (Release 33-9415); a document dated earlier "
                + "could not claim them.")
            .fix("Before 2013-09-23 claim 'Rule 506' (06); 506(b) and 506(c) exist from that day.")
            .severity(Severity.ERROR).whenDisseminated(Severity.WARNING).citation("17 CFR 230.506(c), Release 33-9415 "
                + "(78 FR 44771), effective 2013-09-23: Rule 506(b) and 506(c) exist from that day")
            .summary("Rule 506(b) and 506(c) are not claimed before 2013-09-23")
            .from(Limits.ELECTRONIC_FORM_FROM).until(Limits.RULE_506C_FROM)
            .checkElectronic(new Checks.Electronic() {
              @Override
              public void check(ElectronicFormD f, RuleContext c, Reporter r) {
                for (FederalExemption item : List.of(FederalExemption.RULE_506_B, FederalExemption.RULE_506_C)) {
                  Optional<Integer> i = indexOf(f, item);
                  if (i.isPresent()) {
                    r.report("offering.federalExemptions[" + i.get() + "]", "claims " + item.label() + " ("
                        + item.edgarCode() + "), which exists only from " + Limits.RULE_506C_FROM + "; before then "
                        + "the item is 'Rule 506' (06)", "item", item.edgarCode());
                  }
                }
              }
            }).build(),
        Rule.builder("D-CODE-505-REPEALED").datedByDocument()
            .why("Rule 505 was repealed effective 2017-05-22 (Release 33-10238); an offering after that cannot "
                + "rely on it.")
            .fix("Rule 505 was repealed on 2017-05-22: claim Rule 504 or Rule 506(b) instead, as the offering allows.")
            .severity(Severity.ERROR).whenDisseminated(Severity.WARNING).citation("Release 33-10238 (81 FR 83494): 17 "
                + "CFR 230.505 removed, effective 2017-05-22")
            .summary("Rule 505 is not claimed after its repeal (2017-05-22)")
            .from(Limits.RULE_505_REPEALED)
            .check(new Checks.Any() {
              @Override
              public void check(FormD f, RuleContext c, Reporter r) {
                if (claims(f, FederalExemption.RULE_505)) {
                  r.report(claimPath(f), "claims Rule 505, which was repealed effective " + Limits.RULE_505_REPEALED);
                }
              }
            }).build(),
        Rule.builder("D-CODE-4A5-LABEL").datedByDocument()
            .why("Section 4(6) became Section 4(5) on 2010-07-22 and Section 4(a)(5) in 2012; the code of the "
                + "item follows the section's name on the document's date.")
            .fix("Use the item code the form gave the section on the document's date.")
            .severity(Severity.WARNING).whenDisseminated(Severity.INFO)
            .citation("15 U.S.C. 77d, amendment notes: Section 4(6) became Section 4(5) on "
                + "2010-07-22 (Dodd-Frank Act §944) and Section 4(a)(5) on 2012-04-05 (JOBS Act); EDGAR Form D XML "
                + "Technical Specification v13 §4.22 (the valid value today is 4a5; a WARNING for a submission, as for "
                + "Rule 506's 06); on published filings an INFO, for EDGAR offered only the code 46 for some time "
                    + "after "
                + "and both codes remain in Form_D.definition.xsd")
            .summary("the code of Section 4(6) / 4(a)(5) matches the section's name on the document's date")
            .checkElectronic(new Checks.Electronic() {
              @Override
              public void check(ElectronicFormD f, RuleContext c, Reporter r) {
                if (c.asOf().isEmpty()) {
                  return;
                }
                LocalDate asOf = c.asOf().get();
                boolean renamed = !asOf.isBefore(Limits.SECTION_4_6_RENUMBERED);
                FederalExemption stale = renamed ? FederalExemption.SECTION_4_6 : FederalExemption.SECTION_4A5;
                String then = !renamed ? "4(6) (code 46)" : asOf.isBefore(Limits.SECTION_4A5_DESIGNATED)
                    ? "4(5) (renumbered 2010-07-22; code 4a5)" : "4(a)(5) (code 4a5)";
                Optional<Integer> i = indexOf(f, stale);
                if (i.isPresent()) {
                  r.report("offering.federalExemptions[" + i.get() + "]", "claims " + stale.label() + " ("
                      + stale.edgarCode() + ") on " + asOf + "; the section was then called " + then, "item",
                      stale.edgarCode());
                }
              }
            }).build(),
        Rule.builder("D-ELIG-506C-ACCREDITED-ONLY")
            .why("Rule 506(c)(2)(i) allows only accredited investors as purchasers; non-accredited investors "
                + "in a 506(c)-only offering mean the exemption is not available as claimed.")
            .fix("Under Rule 506(c) every purchaser must be accredited: correct the count, or claim Rule 506(b) if the "
                + "offering allowed non-accredited purchasers and no general solicitation.")
            .severity(Severity.ERROR).whenDisseminated(Severity.WARNING)
            .citation("17 CFR 230.506(c)(2)(i) (all purchasers are accredited investors)")
            .summary("under Rule 506(c) (claimed without 506(b), 505 or 504) every purchaser is accredited")
            .from(Limits.RULE_506C_FROM)
            .checkElectronic(new Checks.Electronic() {
              @Override
              public void check(ElectronicFormD f, RuleContext c, Reporter r) {
                boolean only506c = claims(f, FederalExemption.RULE_506_C) && !claims(f, FederalExemption.RULE_506_B)
                    && !claims(f, FederalExemption.RULE_506) && !claimsFamily(f, Family.RULE_504)
                    && !claims(f, FederalExemption.RULE_505);
                // The flag alone, without a count above 0, is D-ELIG-ACCREDITED-FLAG's (a WARNING).
                if (only506c && f.offering().investors().numberNonAccreditedInvestors().orElse(0L) > 0) {
                  r.report("offering.investors.hasNonAccreditedInvestors", "claims Rule 506(c), which allows only "
                      + "accredited investors, but reports non-accredited investors");
                }
              }
            }).build(),
        Rule.builder("D-LIMIT-506B-NONACCREDITED")
            .why("Rule 506(b)(2)(i) allows at most 35 non-accredited purchasers (counted under 17 CFR "
                + "230.501(e)); Form D counts investors, not purchasers, so a WARNING.")
            .fix("Check the count of non-accredited investors, and whether the offering stays within Rule "
                + "506(b).")
            .severity(Severity.WARNING).citation("17 CFR 230.506(b)(2)(i) (no more than 35 purchasers other than "
                + "accredited investors, counted under 230.501(e)); EDGAR Form D XML Technical Specification v13 §6 "
                + "(EDGAR warns: \"No more than 35 non-accredited investors are permitted in Rule 506(b) offerings.\")")
            .summary("at most 35 non-accredited purchasers under Rule 506 / 506(b) (electronic: whatever else is "
                + "claimed, "
                + "as EDGAR warns)")
            .check(new Checks.Any() {
              @Override
              public void check(FormD f, RuleContext c, Reporter r) {
                Optional<Long> nonAccredited = nonAccredited(f);
                if (nonAccredited.isEmpty()) {
                  return;
                }
                long count = nonAccredited.get();
                boolean rule506 = claims(f, FederalExemption.RULE_506) || claims(f, FederalExemption.RULE_506_B);
                // Rule 504 has no limit on purchasers, so a paper filing that also claims it may rely on it; EDGAR
                // warns on an electronic one all the same (§6).
                boolean with504 = claimsFamily(f, Family.RULE_504);
                if (rule506 && (!with504 || f.edition() == Edition.ELECTRONIC)
                    && count > Limits.MAX_NON_ACCREDITED) {
                  r.report(nonAccreditedPath(f), count + " non-accredited investors; Rule 506(b) allows at most "
                      + Limits.MAX_NON_ACCREDITED + (with504 ? " (EDGAR warns though Rule 504, also claimed, has no "
                      + "such limit)" : ""), "nonAccredited", count, "maximum", Limits.MAX_NON_ACCREDITED);
                }
              }
            }).build(),
        Rule.builder("D-LIMIT-505-NONACCREDITED")
            .why("Rule 505(b)(2)(ii) allowed at most 35 non-accredited purchasers until its repeal; Form D "
                + "counts investors, so a WARNING.")
            .fix("Check the count of non-accredited investors.")
            .severity(Severity.WARNING).citation("17 CFR 230.505(b)(2)(ii) (until 2017-05-22: no more than 35 "
                + "non-accredited purchasers, counted under 230.501(e), which the Form D count is not)")
            .summary("at most 35 non-accredited purchasers under Rule 505")
            .until(Limits.RULE_505_REPEALED)
            .check(new Checks.Any() {
              @Override
              public void check(FormD f, RuleContext c, Reporter r) {
                Optional<Long> count = nonAccredited(f);
                if (count.isPresent() && claims(f, FederalExemption.RULE_505) && !claimsFamily(f, Family.RULE_504)
                    && count.get() > Limits.MAX_NON_ACCREDITED) {
                  r.report(nonAccreditedPath(f), count.get() + " non-accredited investors; Rule 505 allows at most "
                      + Limits.MAX_NON_ACCREDITED, "nonAccredited", count.get(), "maximum", Limits.MAX_NON_ACCREDITED);
                }
              }
            }).build(),
        Rule.builder("D-LIMIT-504-AGGREGATE")
            .why("Rule 504(b)(2) caps what an offering under it may raise ($1,000,000; $5,000,000 from "
                + "2017-01-20; $10,000,000 from 2021-03-15); the sales of the 12 months before count too, which "
                + "one filing cannot show, so a WARNING.")
            .fix("Check the offering's amount against the ceiling, or the exemption claimed.")
            .severity(Severity.WARNING).citation("17 CFR 230.504(b)(2) (ceiling $1,000,000; $5,000,000 from "
                + "2017-01-20, "
                + "Release 33-10238; $10,000,000 from 2021-03-15, Release 33-10884); EDGAR Form D XML Technical "
                + "Specification v13 §6 (EDGAR warns: \"Only $10 million of securities is permitted to be offered "
                + "within a 12-month period under Rule 504.\")")
            .summary("an offering under Rule 504 is within its ceiling on the as-of date (paper: relying on Rule 504 "
                + "alone; electronic: whatever else is claimed, as EDGAR warns)")
            .check(new Checks.Any() {
              @Override
              public void check(FormD f, RuleContext c, Reporter r) {
                boolean alone = reliesOnlyOn(f, Family.RULE_504);
                boolean electronic = f.edition() == Edition.ELECTRONIC;
                if (!alone && !(electronic && claimsFamily(f, Family.RULE_504))) {
                  return;
                }
                LocalDate asOf = c.asOf().orElse(LocalDate.MAX);
                UsdAmount ceiling = Limits.rule504Ceiling(asOf);
                Optional<UsdAmount> aggregate = aggregate(f);
                if (aggregate.isPresent() && aggregate.get().isGreaterThan(ceiling)) {
                  UsdAmount total = aggregate.get();
                  r.report(aggregatePath(f), "aggregate offering price " + total.format() + " exceeds Rule 504's "
                      + "ceiling of " + ceiling.format() + (c.asOf().isPresent() ? " on " + asOf : "")
                      + (alone ? "" : " (EDGAR warns though the offering may rely on the other exemption claimed)"),
                      "aggregate", total, "ceiling", ceiling);
                }
              }
            }).build(),
        Rule.builder("D-LIMIT-504-AT-FIRST-SALE")
            .why("An offering that began under a lower Rule 504 ceiling and now states more may have sold "
                + "beyond the ceiling that applied then; only a remark, as the rule's text is silent on "
                + "offerings spanning a change.")
            .severity(Severity.INFO)
            .citation("17 CFR 230.504(b)(2): $1,000,000 until 2017-01-19, $5,000,000 until 2021-03-14 (Releases "
                + "33-10238, 33-10884); an INFO: the sales made before a ceiling was raised were capped at the one "
                    + "then "
                + "in force, which the ceiling of the signature date does not show")
            .summary("a Rule 504 offering that began under a lower ceiling stays within the ceiling of its first sale")
            .fix("Check that the sales made before the ceiling was raised stayed within the ceiling then in force.")
            .checkElectronic(new Checks.Electronic() {
              @Override
              public void check(ElectronicFormD f, RuleContext c, Reporter r) {
                Optional<LocalDate> firstSale = f.offering().typeOfFiling().dateOfFirstSale();
                Optional<UsdAmount> offered = f.offering().amounts().totalOfferingAmount().amount();
                if (firstSale.isEmpty() || c.asOf().isEmpty() || !reliesOnlyOn(f, Family.RULE_504)
                    || offered.isEmpty()) {
                  return;
                }
                LocalDate sale = firstSale.get();
                UsdAmount then = Limits.rule504Ceiling(sale);
                UsdAmount now = Limits.rule504Ceiling(c.asOf().get());
                UsdAmount total = offered.get();
                if (total.isGreaterThan(then) && !total.isGreaterThan(now)) {
                  r.report("offering.amounts.totalOfferingAmount", "the offering of " + total.format() + " began on "
                      + sale + ", when Rule 504's ceiling was " + then.format() + "; the sales made before the "
                      + "ceiling rose to " + now.format() + " were limited to the lower one", "firstSale", sale,
                      "ceilingThen", then, "ceilingNow", now);
                }
              }
            }).build(),
        Rule.builder("D-LIMIT-504-INDEFINITE")
            .why("Rule 504's ceiling can only be checked against a definite amount; an Indefinite total leaves "
                + "the reader unable to see the offering stays within it.")
            .fix("Give the total offering amount in dollars.")
            .severity(Severity.WARNING).citation("17 CFR 230.504(b)(2) (the aggregate offering price is capped, so an "
                + "Indefinite total cannot be checked against it)")
            .summary("a Rule 504 offering states a definite amount")
            .checkElectronic(new Checks.Electronic() {
              @Override
              public void check(ElectronicFormD f, RuleContext c, Reporter r) {
                if (reliesOnlyOn(f, Family.RULE_504) && f.offering().amounts().totalOfferingAmount().isIndefinite()) {
                  r.report("offering.amounts.totalOfferingAmount", "claims Rule 504, which has a dollar ceiling, "
                      + "with an Indefinite total offering amount");
                }
              }
            }).build(),
        Rule.builder("D-LIMIT-505-AGGREGATE")
            .why("Rule 505(b)(2)(i) capped the aggregate offering price at $5,000,000 until its repeal; an "
                + "offering under it alone above that could not rely on it.")
            .fix("Rule 505 offerings were limited to $5,000,000: claim Rule 506(b) if it applied.")
            .severity(Severity.ERROR).whenDisseminated(Severity.WARNING)
            .citation("17 CFR 230.505(b)(2)(i) (until 2017-05-22: aggregate offering price at most $5,000,000)")
            .summary("an offering relying on Rule 505 alone is at most $5,000,000")
            .until(Limits.RULE_505_REPEALED)
            .check(new Checks.Any() {
              @Override
              public void check(FormD f, RuleContext c, Reporter r) {
                Optional<UsdAmount> total = reliesOnlyOn(f, Family.RULE_505) ? aggregate(f) : Optional.empty();
                if (total.isPresent() && total.get().isGreaterThan(Limits.FIVE_MILLION)) {
                  r.report(aggregatePath(f), "aggregate offering price " + total.get().format()
                      + " exceeds Rule 505's ceiling of $5,000,000.00", "aggregate", total.get(), "ceiling",
                      Limits.FIVE_MILLION);
                }
              }
            }).build(),
        Rule.builder("D-LIMIT-4A5-AGGREGATE")
            .why("Section 4(a)(5) covers an issue of at most the amount allowed under Section 3(b)(1) "
                + "($5,000,000); above it the exemption is not available.")
            .fix("A Section 4(a)(5) offering is limited to $5,000,000: claim Rule 506(b) or 506(c) if it applies.")
            .severity(Severity.ERROR).whenDisseminated(Severity.WARNING).citation("15 U.S.C. 77d(a)(5) (an issue of at "
                + "most the amount allowed under Section 3(b)(1) of the Act, 15 U.S.C. 77c(b)(1): $5,000,000)")
            .summary("an offering relying on Section 4(a)(5) alone is at most $5,000,000")
            .check(new Checks.Any() {
              @Override
              public void check(FormD f, RuleContext c, Reporter r) {
                if (reliesOnlyOn(f, Family.SECTION_4A5)) {
                  // The issue offered under 4(a)(5) alone: on paper, Question 1 without Question 3's prior sales, which
                  // the form asks only of Rule 504 and 505 offerings.
                  Optional<UsdAmount> total = offered(f);
                  if (total.isPresent() && total.get().isGreaterThan(Limits.FIVE_MILLION)) {
                    r.report(aggregatePath(f), "aggregate offering price " + total.get().format()
                        + " exceeds Section 4(a)(5)'s ceiling of $5,000,000.00", "aggregate", total.get(), "ceiling",
                        Limits.FIVE_MILLION);
                  }
                }
              }
            }).build(),
        Rule.builder("D-ELIG-4A5-ACCREDITED-ONLY")
            .why("Section 4(a)(5) covers offers and sales solely to accredited investors; a non-accredited "
                + "investor means the exemption is not available as claimed.")
            .fix("Section 4(a)(5) allows only accredited investors: correct the count, or claim another exemption.")
            .severity(Severity.ERROR).whenDisseminated(Severity.WARNING)
            .citation("15 U.S.C. 77d(a)(5) (offers or sales "
                + "solely to one or more accredited investors)")
            .summary("relying on Section 4(a)(5) alone, every purchaser is accredited")
            .check(new Checks.Any() {
              @Override
              public void check(FormD f, RuleContext c, Reporter r) {
                if (reliesOnlyOn(f, Family.SECTION_4A5) && nonAccredited(f).orElse(0L) > 0) {
                  r.report(nonAccreditedPath(f), "relies on Section 4(a)(5) alone, which allows only accredited "
                      + "investors, "
                      + "but reports " + nonAccredited(f).get() + " non-accredited investors", "nonAccredited",
                          nonAccredited(f).get());
                }
              }
            }).build(),
        Rule.builder("D-ELIG-ACCREDITED-FLAG")
            .why("Rule 506(c) and Section 4(a)(5) allow only accredited investors; saying there are "
                + "non-accredited investors without counting them leaves the reader unable to tell whether the "
                + "exemption holds.")
            .fix("Answer No to non-accredited investors, or give their number and check the exemption claimed.")
            .severity(Severity.WARNING).citation("17 CFR 230.506(c)(2)(i); 15 U.S.C. 77d(a)(5) (accredited investors "
                + "only); Form D, Item 14 (a WARNING: the flag without a count of non-accredited investors is "
                + "contradictory, not proof of a sale)")
            .summary("under Rule 506(c) or Section 4(a)(5) alone, the filing does not say it has non-accredited "
                + "investors without counting them")
            .checkElectronic(new Checks.Electronic() {
              @Override
              public void check(ElectronicFormD f, RuleContext c, Reporter r) {
                boolean only506c = claims(f, FederalExemption.RULE_506_C) && !claims(f, FederalExemption.RULE_506_B)
                    && !claims(f, FederalExemption.RULE_506) && !claimsFamily(f, Family.RULE_504)
                    && !claims(f, FederalExemption.RULE_505);
                boolean from506c = c.asOf().isEmpty() || !c.asOf().get().isBefore(Limits.RULE_506C_FROM);
                boolean accreditedOnly = from506c && only506c || reliesOnlyOn(f, Family.SECTION_4A5);
                if (accreditedOnly && f.offering().investors().hasNonAccreditedInvestors()
                    && f.offering().investors().numberNonAccreditedInvestors().orElse(0L) == 0) {
                  r.report("offering.investors.hasNonAccreditedInvestors", "says it has non-accredited investors but "
                      + "counts none, under an exemption that allows only accredited investors");
                }
              }
            }).build(),
        Rule.builder("D-ELIG-504-INVESTMENT-COMPANY")
            .why("Rule 504 is not available to an investment company (17 CFR 230.504(a)(2)); a fund registered "
                + "under the Investment Company Act cannot claim it.")
            .fix("Rule 504 is not available to an investment company: claim Rule 506(b) or 506(c) instead.")
            .severity(Severity.ERROR).whenDisseminated(Severity.WARNING)
            .citation("17 CFR 230.504(a)(2) (Rule 504 is not available to an investment company)")
            .summary("a registered investment company does not claim Rule 504")
            .checkElectronic(new Checks.Electronic() {
              @Override
              public void check(ElectronicFormD f, RuleContext c, Reporter r) {
                if (claimsFamily(f, Family.RULE_504) && f.offering().investmentFundInfo().isPresent()
                    && f.offering().investmentFundInfo().get().registeredUnder40Act()) {
                  r.report("offering.federalExemptions", "claims Rule 504, which investment companies cannot use, "
                      + "while registered under the Investment Company Act of 1940");
                }
              }
            }).build());
  }

  /**
   * True when every Securities Act exemption claimed belongs to {@code family}: a filing that also claims
   * another exemption may rely on that one, so the family's own ceilings and conditions cannot be held
   * against it.
   */
  static boolean reliesOnlyOn(FormD filing, Family family) {
    boolean any = false;
    for (FederalExemption e : filing.federalExemptions()) {
      if (e.isSecuritiesActExemption()) {
        if (e.family() != family) {
          return false;
        }
        any = true;
      }
    }
    return any;
  }

  static boolean claims(FormD filing, FederalExemption item) {
    return filing.federalExemptions().contains(item);
  }

  static boolean claimsFamily(FormD filing, Family family) {
    for (FederalExemption e : filing.federalExemptions()) {
      if (e.family() == family) {
        return true;
      }
    }
    return false;
  }

  private static Optional<Integer> indexOf(ElectronicFormD filing, FederalExemption item) {
    int index = filing.offering().federalExemptions().indexOf(item);
    return index < 0 ? Optional.empty() : Optional.of(index);
  }

  private static String claimPath(FormD filing) {
    return filing instanceof ElectronicFormD ? "offering.federalExemptions" : "filingUnder";
  }

  /** The number of non-accredited investors: Item 14, or paper Part C question 2. */
  static Optional<Long> nonAccredited(FormD filing) {
    if (filing instanceof ElectronicFormD) {
      return ((ElectronicFormD) filing).offering().investors().numberNonAccreditedInvestors();
    }
    return ((PaperFormD) filing).partC().nonAccreditedInvestors().number().count();
  }

  private static String nonAccreditedPath(FormD filing) {
    return filing instanceof ElectronicFormD
        ? "offering.investors.numberNonAccreditedInvestors" : "partC.nonAccreditedInvestors.number";
  }

  /**
   * The aggregate offering price to hold against a ceiling: electronic Item 13's definite total; paper Part C
   * question 1's total plus question 3's prior sales total.
   */
  static Optional<UsdAmount> aggregate(FormD filing) {
    if (filing instanceof ElectronicFormD) {
      return ((ElectronicFormD) filing).offering().amounts().totalOfferingAmount().amount();
    }
    PaperFormD paper = (PaperFormD) filing;
    return Optional.of(paper.partC().securitiesTotal().aggregateOfferingPrice().orZero()
        .plus(paper.partC().priorSalesTotal().dollarAmount().orZero()));
  }

  /** @return the offering price of this offering alone (paper: Part C, Question 1 total) */
  static Optional<UsdAmount> offered(FormD filing) {
    if (filing instanceof ElectronicFormD) {
      return ((ElectronicFormD) filing).offering().amounts().totalOfferingAmount().amount();
    }
    return Optional.of(((PaperFormD) filing).partC().securitiesTotal().aggregateOfferingPrice().orZero());
  }

  private static String aggregatePath(FormD filing) {
    return filing instanceof ElectronicFormD
        ? "offering.amounts.totalOfferingAmount" : "partC.securitiesTotal.aggregateOfferingPrice";
  }

}
