package io.formd.core.rules;

import io.formd.core.model.FederalExemption;
import io.formd.core.model.Mark;
import io.formd.core.model.MarkedAmount;
import io.formd.core.model.PaperAppendixRow;
import io.formd.core.model.PaperFormD;
import io.formd.core.model.PaperInvestorLine;
import io.formd.core.model.PaperPartC;
import io.formd.core.model.PaperPriorSale;
import io.formd.core.model.PaperProceedsLine;
import io.formd.core.model.PaperSecurityLine;
import io.formd.core.model.RelatedPerson;
import io.formd.core.model.Relationship;
import io.formd.core.model.Signature;
import io.formd.core.model.SolicitationState;
import io.formd.core.model.StatedAmount;
import io.formd.core.model.UsdAmount;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The paper form's arithmetic and consistency rules (the paper Form D, OMB 3235-0076). Totals are compared as
 * stated, exactly, to the cent. The rules both editions share are {@link SharedRules}'.
 */
final class PaperRules {

  /** Words of Part C question 1's types of security (and their usual names) in a free-text type. */
  private static final Pattern Q1_TYPE = Pattern.compile("(?i)debt|equity|common|"
      + "preferred|convertible|partnership|stock|share|note|bond|debenture|unit|interest|warrant|option|right|other");
  /** What filers wrote for "not applicable" in a cell: n/a, none, dashes. */
  private static final Pattern NOT_APPLICABLE = Pattern.compile(
      "(?i)n\\.?/?a\\.?|none|not applicable|-+|\u2014|-0-");
  private static final String PFD = "Form D, paper edition (OMB 3235-0076), ";
  private static final String[] SECURITY_ROWS = {"debt", "equity", "convertibleSecurities", "partnershipInterests",
      "otherSecurities"};

  private PaperRules() {}

  static List<Rule> rules() {
    return List.of(
        Rule.builder("D-FORMAT-EDITION-DATE").datedByDocument()
            .why("From 2009-03-16 every Form D, new or amendment, is filed electronically (17 CFR "
                + "232.101(a)(1)(xiii)), and Form D is excluded from the hardship exemptions; no lawful paper "
                + "Form D is dated later.")
            .fix("File the notice on EDGAR's electronic Form D; a transcription dated later has a wrong date.")
            .severity(Severity.ERROR).citation("17 CFR 232.101(a)(1)(xiii) (Form D is filed electronically from "
                + "2009-03-16; Release 33-8891, 73 FR 10592); Form D is excluded from the hardship exemptions, 17 CFR "
                + "232.201(a), 232.202(a)")
            .summary("a paper Form D is not dated on or after 2009-03-16")
            .from(Limits.ELECTRONIC_ONLY_FROM)
            .checkPaper(new Checks.Paper() {
              @Override
              public void check(PaperFormD f, RuleContext c, Reporter r) {
                r.report("federalSignature.date", "a paper Form D dated "
                  + c.asOf().map(Object::toString).orElse("") + "; from " + Limits.ELECTRONIC_ONLY_FROM
                  + " only electronic filings on EDGAR were accepted");
              }
            }).build(),
        Rule.builder("D-PAPER-EDITION-EXPIRED").datedByDocument()
            .why("Each paper edition printed an OMB expiration date; filers kept using expired blanks and the "
                + "SEC accepted them, so only a remark about the form used.")
            .fix("Nothing to fix for a filed notice; a new paper notice could not be filed today.")
            .severity(Severity.INFO).citation(PFD + "cover page, OMB expiration date (filers kept using expired "
                + "blanks; "
                + "the SEC accepted them)")
            .summary("the paper form's edition had expired when it was signed")
            .checkPaper(new Checks.Paper() {
              @Override
              public void check(PaperFormD f, RuleContext c, Reporter r) {
                f.editionExpires().ifPresent(expires -> c.asOf().ifPresent(asOf -> {
                if (asOf.isAfter(expires)) {
                  r.report("editionExpires", "signed " + asOf + " on an edition of the form that expired " + expires,
                      "editionExpires", expires, "asOf", asOf);
                }
              }));
              }
            }).build(),
        Rule.builder("D-FORMAT-PAPER-TEMPORARY-FORM-D").datedByDocument()
            .why("From 2008-09-15 to 2009-03-15 the paper form was the Temporary Form D of 17 CFR 239.500T "
                + "while the electronic form could already be used; a remark on which form the filing is.")
            .fix("Nothing to fix: a remark.")
            .severity(Severity.INFO)
            .from(Limits.ELECTRONIC_FORM_FROM).until(Limits.ELECTRONIC_ONLY_FROM)
            .citation("17 CFR 239.500T and 230.503T (Temporary Form D, the paper form, from 2008-09-15 until "
                + "electronic filing became mandatory on 2009-03-16; Release 33-8891, 73 FR 10592)")
            .summary("a paper form signed from 2008-09-15 to 2009-03-15 is the Temporary Form D of those months")
            .checkPaper(new Checks.Paper() {
              @Override
              public void check(PaperFormD f, RuleContext c, Reporter r) {
                c.asOf().ifPresent(asOf -> r.report("federalSignature.date",
                  "signed " + asOf + ", "
                  + "when the paper "
                  + "form was the Temporary Form D (17 CFR 239.500T) and the electronic Form D could already be used",
                  "asOf", asOf));
              }
            }).build(),
        Rule.builder("D-XREF-PAPER-MIN-INVESTMENT")
            .why("The paper Form D (OMB 3235-0076) asks in Part B for the minimum investment accepted from "
                + "anyone and in Part C for the whole offering price; no one can be asked for more than the "
                + "whole.")
            .fix("Correct the minimum investment (B.2) or the offering price (C.1).")
            .severity(Severity.WARNING)
            .citation(PFD + "Part B, Question 2 (minimum investment accepted from any individual) and Part C, Question "
                + "1 (aggregate offering price); derived: no one is asked for more than the whole offering")
            .summary("the minimum investment (B.2) is not more than the total offering price (Part C, Question 1)")
            .checkPaper(new Checks.Paper() {
              @Override
              public void check(PaperFormD f, RuleContext c, Reporter r) {
                f.partB().minimumInvestment().amount().ifPresent(minimum ->
                  f.partC().securitiesTotal().aggregateOfferingPrice().amount().ifPresent(total -> {
                    if (minimum.isGreaterThan(total) && !total.isZero()) {
                      r.report("partB.minimumInvestment", "the minimum investment " + minimum.format()
                          + " is more than "
                          + "the total offering price " + total.format(), "minimumInvestment", minimum, "total", total);
                    }
                  }));
              }
            }).build(),
        Rule.builder("D-REQ-PAPER-EXEMPTION-CLAIMED")
            .why("The cover page says under which rule the notice is filed (Rule 504, 505, 506, Section 4(6), "
                + "ULOE); a notice under none has no exemption to give notice of.")
            .fix("Check the box of the exemption relied on.")
            .severity(Severity.ERROR).citation(PFD + "cover page (Filing Under: Rule 504, 505, 506, Section 4(6), "
                + "ULOE)")
            .summary("a 'Filing Under' box is checked (when the boxes are recorded)")
            .checkPaper(new Checks.Paper() {
              @Override
              public void check(PaperFormD f, RuleContext c, Reporter r) {
                f.filingUnder().asOptional().ifPresent(boxes -> {
                if (boxes.isEmpty() && f.uloe() != Mark.CHECKED) {
                  r.report("filingUnder", "no 'Filing Under' box is checked; expected Rule 504, Rule 505, Rule 506, "
                      + "Section 4(6) or ULOE");
                }
              });
              }
            }).build(),
        Rule.builder("D-CODE-PAPER-JURISDICTION").datedByDocument()
            .why("The paper Form D (OMB 3235-0076) asks for the state of incorporation as a two-letter USPS "
                + "code (CN for Canada, FN for other foreign jurisdictions).")
            .fix("Write the two-letter code of the state of incorporation.")
            .severity(Severity.WARNING).citation(PFD + "Part A, Question 1 and General Instructions (state of "
                + "incorporation: USPS abbreviation, CN for Canada, FN for other foreign; a WARNING: paper forms were "
                + "never machine-checked)")
            .summary("the jurisdiction of incorporation is a USPS state code, CN or FN")
            .checkPaper(new Checks.Paper() {
              @Override
              public void check(PaperFormD f, RuleContext c, Reporter r) {
                f.issuer().jurisdictionOfIncorporation().ifPresent(j -> {
                boolean usps = j.length() == 2 && j.chars().allMatch(Character::isUpperCase)
                    && (SolicitationState.isEdgarCode(j) || List.of("VI", "GU", "AS", "MP").contains(j));
                if (!usps && !j.equals("CN") && !j.equals("FN")) {
                  r.report("issuer.jurisdictionOfIncorporation", "jurisdiction '" + j
                      + "' is not a two-letter USPS state code, CN (Canada) or FN (other foreign)", "jurisdiction", j);
                }
              });
              }
            }).build(),
        Rule.builder("D-REQ-PAPER-RELATED-PERSON-ROLE")
            .why("The paper Form D (OMB 3235-0076) lists each person with the role boxes that apply (Promoter, "
                + "Beneficial Owner, Executive Officer, Director, General and/or Managing Partner); a person "
                + "with none checked is listed for no reason.")
            .fix("Check the boxes that apply to the person.")
            .severity(Severity.ERROR).citation(PFD + "Part A, Question 2 (Check Box(es) that Apply: Promoter, "
                + "Beneficial Owner, Executive Officer, Director, General and/or Managing Partner)")
            .summary("each person listed has a role box checked (when recorded)")
            .checkPaper(new Checks.Paper() {
              @Override
              public void check(PaperFormD f, RuleContext c, Reporter r) {
                for (int n = 0; n < f.relatedPersons().size(); n++) {
                  String path = Walk.personPath(n);
                  RelatedPerson p = f.relatedPersons().get(n);
                      p.relationships().asOptional().ifPresent(roles -> {
                    if (roles.isEmpty()) {
                      r.report(path + ".relationships", p.name().displayName()
                          + " has no role box checked; expected Promoter, "
                          + "Beneficial Owner, Executive Officer, Director or General and/or Managing Partner");
                    }
                  });
                }
              }
            }).build(),
        Rule.builder("D-XREF-PAPER-PROMOTER-5Y")
            .why("Part A lists promoters only when the issuer was organised within the past five years; a "
                + "promoter of an older issuer is unusual, so a remark.")
            .fix("Check the person's role and the date of organisation.")
            .severity(Severity.INFO).citation(PFD + "Part A, Question 2 (each promoter of the issuer, if the issuer "
                + "has "
                + "been organized within the past five years)")
            .summary("a promoter listed for an issuer organised over five years ago")
            .checkPaper(new Checks.Paper() {
              @Override
              public void check(PaperFormD f, RuleContext c, Reporter r) {
                f.organizationDate().ifPresent(organized -> c.asOf().ifPresent(asOf -> {
                if (organized.atDay(1).plusYears(5).isBefore(asOf)) {
                  for (int n = 0; n < f.relatedPersons().size(); n++) {
                    String path = Walk.personPath(n);
                    RelatedPerson p = f.relatedPersons().get(n);
                    if (p.relationships().asOptional().map(l -> l.contains(Relationship.PROMOTER)).orElse(false)) {
                      r.report(path + ".relationships", p.name().displayName() + " is listed as promoter of an issuer "
                          + "organised " + organized + ", more than five years before " + asOf);
                    }
                  }
                }
              }));
              }
            }).build(),
        Rule.builder("D-XREF-PAPER-B1-C2")
            .why("Part B, Question 1 says whether the issuer sold to non-accredited investors; Part C, "
                + "Question 2 counting some contradicts a No.")
            .fix("Answer Part B, Question 1 Yes, or correct the non-accredited line of Part C, Question 2.")
            .severity(Severity.ERROR).citation(PFD + "Part B, Question 1 and Part C, Question 2")
            .summary("no non-accredited investors counted when Part B says none are sold to")
            .checkPaper(new Checks.Paper() {
              @Override
              public void check(PaperFormD f, RuleContext c, Reporter r) {
                long count = f.partC().nonAccreditedInvestors().number().orZero();
                if (f.partB().nonAccreditedSales().asOptional().map(b -> !b).orElse(false) && count > 0) {
                  r.report("partC.nonAccreditedInvestors.number", "Part B question 1 says no sales to non-accredited "
                      + "investors, but Part C question 2 counts " + count, "nonAccredited", count);
                }
              }
            }).build(),
        Rule.builder("D-XREF-PAPER-COMMISSION-B4")
            .why("Part C's sales commissions are paid to the persons Part B, Question 4 lists; commissions "
                + "with nobody listed usually mean Part B is incomplete.")
            .fix("List the persons paid commissions in Part B, Question 4.")
            .severity(Severity.WARNING).citation(PFD + "Part B, Question 4 and Part C, Question 4.a")
            .summary("sales commissions are paid to someone listed in Part B question 4")
            .checkPaper(new Checks.Paper() {
              @Override
              public void check(PaperFormD f, RuleContext c, Reporter r) {
                UsdAmount commissions = f.partC().salesCommissions().amount().orZero();
                if (!commissions.isZero() && f.partB().salesCompensationRecipients().isEmpty()) {
                  r.report("partC.salesCommissions.amount", "sales commissions of " + commissions.format()
                      + " but nobody is listed in Part B question 4", "salesCommissions", commissions);
                }
              }
            }).build(),
        Rule.builder("D-ARITH-PAPER-C1-OFFERED-TOTAL")
            .why("Question 1's Total row is the sum of the five types of security; the totals carry into "
                + "question 4.b and the appendix.")
            .fix("Correct the rows or the Total of the aggregate offering price. On a transcription of a filed "
                + "notice the figures stay as written: the finding reports the filer's arithmetic.")
            .severity(Severity.ERROR).citation(PFD + "Part C, Question 1 (Total row)")
            .summary("question 1: the total aggregate offering price is the sum of the five rows")
            .checkPaper(new Checks.Paper() {
              @Override
              public void check(PaperFormD f, RuleContext c, Reporter r) {
                total(r, "partC.securitiesTotal.aggregateOfferingPrice",
                  "aggregate offering prices",
                  f.partC().securitiesTotal().aggregateOfferingPrice(), f.partC().securityLines(),
                  PaperSecurityLine::aggregateOfferingPrice);
              }
            }).build(),
        Rule.builder("D-ARITH-PAPER-C1-SOLD-TOTAL")
            .why("Question 1's Total row of amounts already sold is the sum of the five types of security.")
            .fix("Correct the rows or the Total of the amount already sold. On a transcription of a filed "
                + "notice the figures stay as written: the finding reports the filer's arithmetic.")
            .severity(Severity.ERROR).citation(PFD + "Part C, Question 1 (Total row)")
            .summary("question 1: the total amount already sold is the sum of the five rows")
            .checkPaper(new Checks.Paper() {
              @Override
              public void check(PaperFormD f, RuleContext c, Reporter r) {
                total(r, "partC.securitiesTotal.amountAlreadySold", "amounts already sold",
                  f.partC().securitiesTotal().amountAlreadySold(), f.partC().securityLines(),
                  PaperSecurityLine::amountAlreadySold);
              }
            }).build(),
        Rule.builder("D-XREF-PAPER-C1-SOLD-LE-OFFERED")
            .why("No type of security can be sold beyond what is offered; a row or total with more sold than "
                + "offered has a wrong amount.")
            .fix("Correct the amount offered or the amount sold of the row named.")
            .severity(Severity.ERROR).citation(PFD + "Part C, Question 1")
            .summary("question 1: no more sold than offered, row by row and in total")
            .checkPaper(new Checks.Paper() {
              @Override
              public void check(PaperFormD f, RuleContext c, Reporter r) {
                List<PaperSecurityLine> lines = f.partC().securityLines();
                for (int i = 0; i <= lines.size(); i++) {
                  PaperSecurityLine line = i < lines.size() ? lines.get(i) : f.partC().securitiesTotal();
                  String row = i < lines.size() ? SECURITY_ROWS[i] : "securitiesTotal";
                  UsdAmount offered = line.aggregateOfferingPrice().orZero();
                  UsdAmount sold = line.amountAlreadySold().orZero();
                  if (sold.isGreaterThan(offered)) {
                    r.report("partC." + row + ".amountAlreadySold", "amount already sold " + sold.format()
                        + " exceeds the aggregate offering price " + offered.format(), "sold", sold, "offered",
                            offered);
                  }
                }
              }
            }).build(),
        Rule.builder("D-REQ-PAPER-C1-OTHER-SPECIFY")
            .why("Question 1's Other row asks what the securities are (Specify ___); an amount without it "
                + "leaves them unnamed.")
            .fix("Write what the other securities are.")
            .severity(Severity.WARNING).citation(PFD + "Part C, Question 1 (Other (Specify ___))")
            .summary("question 1: 'Other' securities are specified")
            .checkPaper(new Checks.Paper() {
              @Override
              public void check(PaperFormD f, RuleContext c, Reporter r) {
                if (!f.partC().otherSecurities().aggregateOfferingPrice().orZero().isZero()
                    && !Walk.hasText(f.partC().otherSecuritiesDescription())) {
                  r.report("partC.otherSecuritiesDescription", "'Other' securities are offered but not specified");
                }
              }
            }).build(),
        Rule.builder("D-REQ-PAPER-C1-EQUITY-CLASS")
            .why("Question 1 asks whether equity offered is common or preferred.")
            .fix("Check Common or Preferred (or both).")
            .severity(Severity.WARNING).citation(PFD + "Part C, Question 1 (Equity: Common / Preferred)")
            .summary("question 1: equity offered says common or preferred (when recorded)")
            .checkPaper(new Checks.Paper() {
              @Override
              public void check(PaperFormD f, RuleContext c, Reporter r) {
                PaperPartC p = f.partC();
                boolean recorded = p.equityCommon().isRecorded() || p.equityPreferred().isRecorded();
                if (!p.equity().aggregateOfferingPrice().orZero().isZero() && recorded
                    && !p.equityCommon().isChecked() && !p.equityPreferred().isChecked()) {
                  r.report("partC.equityCommon", "equity is offered but neither Common nor Preferred is checked");
                }
              }
            }).build(),
        Rule.builder("D-XREF-PAPER-C2-504-TOTAL-LINE")
            .why("Question 2's Total line is for filings under Rule 504 only; other filings leave it blank and "
                + "a Rule 504 filing uses it.")
            .fix("Fill in the Total line for a Rule 504 filing, leave it blank otherwise.")
            .severity(Severity.WARNING)
            .citation(PFD + "Part C, Question 2 (\"For offerings under Rule 504, indicate the number of persons who "
                + "have "
                + "purchased securities and the aggregate dollar amount of their purchases on the total lines\"; the "
                    + "row "
                + "is \"Total (for filings under Rule 504 only)\")")
            .summary("a Rule 504 filing reports its purchasers on question 2's Total line; other filings leave it "
                + "blank")
            .checkPaper(new Checks.Paper() {
              @Override
              public void check(PaperFormD f, RuleContext c, Reporter r) {
                f.filingUnder().asOptional().ifPresent(boxes -> {
                PaperPartC p = f.partC();
                PaperInvestorLine total = p.investorsTotal504();
                boolean totalGiven = total.number().orZero() > 0 || !total.dollarAmount().orZero().isZero();
                boolean linesGiven = p.accreditedInvestors().number().orZero() > 0
                    || p.nonAccreditedInvestors().number().orZero() > 0;
                boolean only504 = boxes.size() == 1 && boxes.contains(FederalExemption.RULE_504);
                if (only504 && !totalGiven && linesGiven) {
                  r.report("partC.investorsTotal504", "a Rule 504 filing reports its purchasers on the Total line, "
                      + "which is blank");
                } else if (!boxes.contains(FederalExemption.RULE_504) && totalGiven) {
                  r.report("partC.investorsTotal504", "the Total line of question 2 is for Rule 504 filings only; this "
                      + "filing is under " + boxes.stream().map(FederalExemption::label).sorted()
                          .collect(Collectors.joining(", ")));
                }
              });
              }
            }).build(),
        Rule.builder("D-ARITH-PAPER-C2-504-TOTAL")
            .why("A filled Total line of question 2 is the sum of the accredited and non-accredited lines.")
            .fix("Correct the Total line or the accredited and non-accredited lines. On a transcription of a "
                + "filed notice the figures stay as written: the finding reports the filer's arithmetic.")
            .severity(Severity.ERROR).citation(PFD + "Part C, Question 2")
            .summary("question 2: a filled Total row is the sum of the accredited and non-accredited rows")
            .checkPaper(new Checks.Paper() {
              @Override
              public void check(PaperFormD f, RuleContext c, Reporter r) {
                PaperPartC p = f.partC();
                PaperInvestorLine total = p.investorsTotal504();
                if (total.number().count().isPresent()) {
                  long sum = p.accreditedInvestors().number().orZero() + p.nonAccreditedInvestors().number().orZero();
                  if (total.number().count().get() != sum) {
                    r.report("partC.investorsTotal504.number", "total investors " + total.number()
                        + " but accredited plus "
                        + "non-accredited is " + sum, "stated", total.number(), "sum", sum);
                  }
                }
                if (total.dollarAmount().amount().isPresent()) {
                  UsdAmount sum = p.accreditedInvestors().dollarAmount().orZero()
                      .plus(p.nonAccreditedInvestors().dollarAmount().orZero());
                  if (!total.dollarAmount().amount().get().equals(sum)) {
                    r.report("partC.investorsTotal504.dollarAmount", "total purchases " + total.dollarAmount()
                        + " but accredited plus non-accredited is " + sum.format(), "stated", total.dollarAmount(),
                            "sum",
                            sum);
                  }
                }
              }
            }).build(),
        Rule.builder("D-XREF-PAPER-C2-EQ-C1-SOLD")
            .why("Question 2's purchases are the sales of question 1 seen from the investors' side; they "
                + "normally add up to the amount already sold (exchange offerings and timing can differ, so a "
                + "WARNING).")
            .fix("Check the amounts of questions 1 and 2.")
            .severity(Severity.WARNING).citation(PFD + "Part C, Questions 1 and 2 (timing or exchange offerings can "
                + "differ: a WARNING)")
            .summary("question 2's purchases add up to question 1's total amount sold")
            .checkPaper(new Checks.Paper() {
              @Override
              public void check(PaperFormD f, RuleContext c, Reporter r) {
                PaperPartC p = f.partC();
                UsdAmount purchases = p.investorsTotal504().dollarAmount().amount().orElse(
                    p.accreditedInvestors().dollarAmount().orZero().plus(p.nonAccreditedInvestors().dollarAmount()
                        .orZero()));
                UsdAmount sold = p.securitiesTotal().amountAlreadySold().orZero();
                if (!purchases.equals(sold)) {
                  r.report("partC.accreditedInvestors.dollarAmount", "investors' purchases of " + purchases.format()
                      + " differ from the total amount already sold, " + sold.format(), "purchases", purchases, "sold",
                          sold);
                }
              }
            }).build(),
        Rule.builder("D-ARITH-PAPER-C3-TOTAL")
            .why("Question 3's Total is the sum of its Rule 505, Regulation A and Rule 504 rows.")
            .fix("Correct the rows or the Total of question 3. On a transcription of a filed notice the "
                + "figures stay as written: the finding reports the filer's arithmetic.")
            .severity(Severity.ERROR).citation(PFD + "Part C, Question 3")
            .summary("question 3: the total is Rule 505 + Regulation A + Rule 504")
            .checkPaper(new Checks.Paper() {
              @Override
              public void check(PaperFormD f, RuleContext c, Reporter r) {
                PaperPartC p = f.partC();
                if (p.priorSalesTotal().dollarAmount().amount().isPresent()) {
                  total(r, "partC.priorSalesTotal.dollarAmount", "prior sales", p.priorSalesTotal().dollarAmount(),
                      p.priorSalesLines(), l -> l.dollarAmount());
                }
              }
            }).build(),
        Rule.builder("D-XREF-PAPER-C3-ONLY-504-505")
            .why("Question 3 is asked only of offerings under Rule 504 or 505; an answer under another rule is "
                + "unexpected, so a remark.")
            .fix("Leave question 3 blank unless the offering is under Rule 504 or 505.")
            .severity(Severity.INFO).citation(PFD + "Part C, Question 3 (\"If this filing is for an offering under "
                + "Rule "
                + "504 or 505\")")
            .summary("question 3 is answered only under Rule 504 or 505")
            .checkPaper(new Checks.Paper() {
              @Override
              public void check(PaperFormD f, RuleContext c, Reporter r) {
                boolean applies = f.filingUnder().asOptional().map(s -> s.stream().anyMatch(e ->
                    e.family() == FederalExemption.Family.RULE_504
                        || e == FederalExemption.RULE_505)).orElse(true);
                if (!applies && !f.partC().priorSalesTotal().dollarAmount().orZero().isZero()) {
                  r.report("partC.priorSalesTotal", "prior sales are reported though neither Rule 504 nor Rule 505 is "
                      + "claimed");
                }
              }
            }).build(),
        Rule.builder("D-CODE-PAPER-C3-TYPE")
            .why("Question 3 asks to classify prior sales by the types of question 1; other words make the "
                + "prior sales hard to compare.")
            .fix("Use one of question 1's types: debt, equity, convertible securities, partnership interests, "
                + "other.")
            .severity(Severity.INFO)
            .citation(PFD + "Part C, Question 3 (\"Classify securities by type listed in Part C - Question 1\"); an "
                + "INFO: the type is free text, read for the words of question 1's types")
            .summary("question 3's types of security are among question 1's (debt, equity, convertible, partnership "
                + "interests, other)")
            .checkPaper(new Checks.Paper() {
              @Override
              public void check(PaperFormD f, RuleContext c, Reporter r) {
                List<PaperPriorSale> lines = f.partC().priorSalesLines();
                String[] rows = {"priorSalesRule505", "priorSalesRegulationA", "priorSalesRule504"};
                for (int i = 0; i < lines.size(); i++) {
                  String type = lines.get(i).typeOfSecurity().orElse("").trim();
                  if (!type.isEmpty() && !NOT_APPLICABLE.matcher(type).matches() && !Q1_TYPE.matcher(type).find()) {
                    r.report("partC." + rows[i] + ".typeOfSecurity", "type of security '" + type + "' is none of "
                        + "question 1's types (debt, equity, convertible securities, partnership interests, other)",
                        "typeOfSecurity", type);
                  }
                }
              }
            }).build(),
        Rule.builder("D-REQ-PAPER-AMENDMENT-PART-C")
            .severity(Severity.WARNING)
            .citation(PFD + "General Instructions, Amendments (\"Amendments need only report the name of the issuer "
                + "and offering, any changes thereto, the information requested in Part C, and any material changes "
                + "from the information previously supplied in Parts A and B\"); a WARNING: a missed item of an "
                + "amendment is a violation of Rule 503, not the loss of the exemption (17 CFR 230.507)")
            .summary("a paper amendment answers Part C (the offering price, investors, expenses and use of proceeds)")
            .why("The paper form's amendment may leave out what did not change in Parts A and B, but Part C is "
                + "reported in full on every amendment.")
            .fix("Fill in Part C's questions 1 to 5 as they stand at the amendment's date.")
            .checkPaper(new Checks.Paper() {
              @Override
              public void check(PaperFormD f, RuleContext c, Reporter r) {
                if (f.isAmendment() && blank(f.partC())) {
                  r.report("partC.securitiesTotal", "an amendment with every question of Part C blank: amendments "
                      + "report the information requested in Part C");
                }
              }
            }).build(),
        Rule.builder("D-ARITH-PAPER-C4A-EXPENSE-TOTAL")
            .why("Question 4.a's Total is the sum of the seven expense lines, and it is subtracted from the "
                + "offering price in question 4.b.")
            .fix("Correct the expense lines or their Total. On a transcription of a filed notice the figures "
                + "stay as written: the finding reports the filer's arithmetic.")
            .severity(Severity.ERROR).citation(PFD + "Part C, Question 4.a (Total)")
            .summary("question 4.a: the total is the sum of the seven expense lines")
            .checkPaper(new Checks.Paper() {
              @Override
              public void check(PaperFormD f, RuleContext c, Reporter r) {
                total(r, "partC.expensesTotal.amount", "expenses",
                  f.partC().expensesTotal().amount(), f.partC().expenseLines(), MarkedAmount::amount);
              }
            }).build(),
        Rule.builder("D-XREF-PAPER-C4A-ESTIMATE-PROPAGATION")
            .why("A total of estimated expenses is itself an estimate; the form's convention marks it so. Only "
                + "a remark.")
            .fix("Check the estimate box of the total.")
            .severity(Severity.INFO).citation(PFD + "Part C, Question 4.a (estimates: a convention, not a stated rule)")
            .summary("question 4.a: a total of estimated lines is marked as an estimate")
            .checkPaper(new Checks.Paper() {
              @Override
              public void check(PaperFormD f, RuleContext c, Reporter r) {
                PaperPartC p = f.partC();
                if (p.expenseLines().stream().anyMatch(l -> l.estimate() == Mark.CHECKED)
                    && p.expensesTotal().estimate() == Mark.UNCHECKED) {
                  r.report("partC.expensesTotal.estimate",
                      "some expenses are estimates but their total is not marked as "
                      + "one");
                }
              }
            }).build(),
        Rule.builder("D-REQ-PAPER-C4A-OTHER-IDENTIFY")
            .why("Question 4.a's Other Expenses line asks to identify them.")
            .fix("Write what the other expenses are.")
            .severity(Severity.WARNING).citation(PFD + "Part C, Question 4.a (Other Expenses (identify))")
            .summary("question 4.a: other expenses are identified")
            .checkPaper(new Checks.Paper() {
              @Override
              public void check(PaperFormD f, RuleContext c, Reporter r) {
                if (!f.partC().otherExpenses().amount().orZero().isZero()
                    && !Walk.hasText(f.partC().otherExpensesDescription())) {
                  r.report("partC.otherExpensesDescription", "other expenses of "
                      + f.partC().otherExpenses().amount() + " are not identified");
                }
              }
            }).build(),
        Rule.builder("D-ARITH-PAPER-C4B-ADJUSTED-GROSS")
            .why("Question 4.b is the difference between question 1's total offering price and question 4.a's "
                + "total expenses, as the form says.")
            .fix("Write question 1's total offering price less question 4.a's total as question 4.b. On a "
                + "transcription of a filed notice the figures stay as written: the finding reports the filer's "
                + "arithmetic.")
            .severity(Severity.ERROR).citation(PFD + "Part C, Question 4.b (the difference between the aggregate "
                + "offering price in Question 1 and the total expenses in Question 4.a)")
            .summary("question 4.b = question 1's total aggregate offering price - question 4.a's total")
            .checkPaper(new Checks.Paper() {
              @Override
              public void check(PaperFormD f, RuleContext c, Reporter r) {
                PaperPartC p = f.partC();
                BigDecimal expected = p.securitiesTotal().aggregateOfferingPrice().orZero()
                    .minus(p.expensesTotal().amount().orZero());
                UsdAmount stated = p.adjustedGrossProceeds().orZero();
                if (expected.signum() >= 0 && stated.value().compareTo(expected) != 0) {
                  r.report("partC.adjustedGrossProceeds", "adjusted gross proceeds stated as "
                      + p.adjustedGrossProceeds()
                      + " but the aggregate offering price " + p.securitiesTotal().aggregateOfferingPrice()
                      + " less expenses " + p.expensesTotal().amount() + " is "
                      + UsdAmount.of(expected).format(), "stated", stated, "expected", expected.toPlainString());
                }
              }
            }).build(),
        Rule.builder("D-XREF-PAPER-C4B-NONNEGATIVE")
            .why("Expenses above the whole offering price leave negative proceeds to the issuer, which "
                + "question 4.b cannot show.")
            .fix("Check the expenses (4.a) and the offering price (1).")
            .severity(Severity.WARNING).citation(PFD + "Part C, Question 4.b")
            .summary("question 4.a's expenses are not more than question 1's offering price")
            .checkPaper(new Checks.Paper() {
              @Override
              public void check(PaperFormD f, RuleContext c, Reporter r) {
                PaperPartC p = f.partC();
                if (p.expensesTotal().amount().orZero().isGreaterThan(p.securitiesTotal().aggregateOfferingPrice()
                    .orZero())) {
                  r.report("partC.expensesTotal.amount", "expenses of " + p.expensesTotal().amount()
                      + " exceed the aggregate offering price " + p.securitiesTotal().aggregateOfferingPrice()
                      + ": the adjusted gross proceeds would be negative");
                }
              }
            }).build(),
        Rule.builder("D-ARITH-PAPER-C5-COLUMN-TOTAL")
            .why("Question 5's Column Totals are the sums of the two columns of payments.")
            .fix("Correct the payments or the column total. On a transcription of a filed notice the figures "
                + "stay as written: the finding reports the filer's arithmetic.")
            .severity(Severity.ERROR).citation(PFD + "Part C, Question 5 (Column Totals)")
            .summary("question 5: each column total is the sum of its column")
            .checkPaper(new Checks.Paper() {
              @Override
              public void check(PaperFormD f, RuleContext c, Reporter r) {
                PaperPartC p = f.partC();
                total(r, "partC.columnTotals.toOfficersDirectorsAffiliates.amount",
                    "payments to officers, directors and affiliates",
                    p.columnTotals().toOfficersDirectorsAffiliates().amount(), p.proceedsLines(),
                    l -> l.toOfficersDirectorsAffiliates().amount());
                total(r, "partC.columnTotals.toOthers.amount", "payments to others",
                    p.columnTotals().toOthers().amount(), p.proceedsLines(), l -> l.toOthers().amount());
              }
            }).build(),
        Rule.builder("D-ARITH-PAPER-C5-GRAND-TOTAL")
            .why("Question 5's Total Payments Listed is the two column totals added, as the form says.")
            .fix("Write the two column totals added as Total Payments Listed. On a transcription of a filed "
                + "notice the figures stay as written: the finding reports the filer's arithmetic.")
            .severity(Severity.ERROR).citation(PFD + "Part C, Question 5 (Total Payments Listed (column totals added))")
            .summary("question 5: total payments listed = the two column totals added")
            .checkPaper(new Checks.Paper() {
              @Override
              public void check(PaperFormD f, RuleContext c, Reporter r) {
                PaperProceedsLine totals = f.partC().columnTotals();
                UsdAmount sum = totals.toOfficersDirectorsAffiliates().amount().orZero()
                    .plus(totals.toOthers().amount().orZero());
                StatedAmount stated = f.partC().totalPaymentsListed().amount();
                if (!stated.orZero().equals(sum)) {
                  r.report("partC.totalPaymentsListed.amount", "total payments listed is " + stated
                      + " but the column totals add up to " + sum.format(), "stated", stated, "sum", sum);
                }
              }
            }).build(),
        Rule.builder("D-ARITH-PROCEEDS-TOTAL")
            .why("The form says the total of the payments listed must equal the adjusted gross proceeds of "
                + "question 4.b.")
            .fix("Make question 5's payments add up to question 4.b's adjusted gross proceeds. On a "
                + "transcription of a filed notice the figures stay as written: the finding reports the filer's "
                + "arithmetic.")
            .severity(Severity.ERROR).citation(PFD + "Part C, Question 5 (\"The total of the payments listed must "
                + "equal "
                + "the adjusted gross proceeds to the issuer set forth in response to Part C - Question 4.b\")")
            .summary("question 5's total payments listed = question 4.b's adjusted gross proceeds")
            .checkPaper(new Checks.Paper() {
              @Override
              public void check(PaperFormD f, RuleContext c, Reporter r) {
                StatedAmount listed = f.partC().totalPaymentsListed().amount();
                StatedAmount adjusted = f.partC().adjustedGrossProceeds();
                if (!listed.orZero().equals(adjusted.orZero())) {
                  r.report("partC.totalPaymentsListed.amount", "total payments listed is " + listed
                      + " but the adjusted gross proceeds (4.b) are " + adjusted + "; the form says they must be equal",
                      "totalPaymentsListed", listed, "adjustedGrossProceeds", adjusted);
                }
              }
            }).build(),
        Rule.builder("D-REQ-PAPER-C5-OTHER-SPECIFY")
            .why("Question 5's Other line asks to specify the purpose.")
            .fix("Write what the other purposes are.")
            .severity(Severity.WARNING).citation(PFD + "Part C, Question 5 (Other (specify))")
            .summary("question 5: other purposes are specified")
            .checkPaper(new Checks.Paper() {
              @Override
              public void check(PaperFormD f, RuleContext c, Reporter r) {
                PaperProceedsLine other = f.partC().otherPurposes();
                boolean used = !other.toOthers().amount().orZero().isZero()
                    || !other.toOfficersDirectorsAffiliates().amount().orZero().isZero();
                if (used && !Walk.hasText(f.partC().otherPurposesDescription())) {
                  r.report("partC.otherPurposesDescription", "proceeds go to 'Other' purposes that are not specified");
                }
              }
            }).build(),
        Rule.builder("D-XREF-PAPER-SIGNER-ISSUER")
            .why("Part D is signed for the issuer Part A names; another name means the signature is for "
                + "another entity or has a typing mistake.")
            .fix("Write the issuer's name in Part D as Part A gives it.")
            .severity(Severity.WARNING).citation(PFD + "Part D (Issuer (Print or Type)) and Part A, Question 1")
            .summary("Part D is signed for the issuer named in Part A")
            .checkPaper(new Checks.Paper() {
              @Override
              public void check(PaperFormD f, RuleContext c, Reporter r) {
                f.federalSignature().map(Signature::issuerName).ifPresent(name -> {
                // Without a name in Part A there is nothing to compare (D-REQ-ISSUER-NAME says it is missing).
                if (f.issuer().name().isPresent() && !normalise(name).equals(normalise(f.issuer().name().get()))) {
                  r.report("federalSignature.issuerName", "Part D is signed for '" + name + "' but the issuer is '"
                      + f.issuer().name().orElse("") + "'", "signedFor", name, "issuer", f.issuer().name().orElse(""));
                }
              });
              }
            }).build(),
        Rule.builder("D-XREF-PAPER-ULOE-APPENDIX")
            .why("A filing under the Uniform Limited Offering Exemption completes the state appendix for the "
                + "states; the SEC's copy may omit it, so a WARNING.")
            .fix("Complete the appendix for each state of the offering.")
            .severity(Severity.WARNING).citation(PFD + "cover page (ULOE) and Appendix (the SEC copy may omit the "
                + "Appendix: a WARNING)")
            .summary("a ULOE filing completes the state appendix")
            .checkPaper(new Checks.Paper() {
              @Override
              public void check(PaperFormD f, RuleContext c, Reporter r) {
                if (f.uloe() == Mark.CHECKED && f.appendix().isEmpty()) {
                  r.report("appendix", "ULOE is checked but the state appendix is empty");
                }
              }
            }).build(),
        Rule.builder("D-CODE-PAPER-APPX-STATE").datedByDocument()
            .why("The appendix has one row per state; two rows for one state make its figures ambiguous.")
            .fix("Merge the rows of the state into one.")
            .severity(Severity.ERROR).citation(PFD + "Appendix (state codes)")
            .summary("the appendix has at most one row per state")
            .checkPaper(new Checks.Paper() {
              @Override
              public void check(PaperFormD f, RuleContext c, Reporter r) {
                Set<SolicitationState> seen = EnumSet.noneOf(SolicitationState.class);
                for (int i = 0; i < f.appendix().size(); i++) {
                  if (!seen.add(f.appendix().get(i).state())) {
                    r.report("appendix[" + i + "].state", "state " + f.appendix().get(i).state().edgarCode()
                        + " has two rows in the appendix", "state", f.appendix().get(i).state().edgarCode());
                  }
                }
              }
            }).build(),
        Rule.builder("D-XREF-PAPER-APPX-NONACCREDITED")
            .why("Column 2 says whether the issuer intends to sell to non-accredited investors in the state; "
                + "column 4 counting some there contradicts a No.")
            .fix("Check column 2 and column 4 of the state's row.")
            .severity(Severity.WARNING).citation(PFD + "Appendix, columns 2 and 4")
            .summary("a state with non-accredited investors says so in column 2")
            .checkPaper(new Checks.Paper() {
              @Override
              public void check(PaperFormD f, RuleContext c, Reporter r) {
                for (int i = 0; i < f.appendix().size(); i++) {
                  PaperAppendixRow row = f.appendix().get(i);
                  if (row.nonAccreditedInvestors().orZero() > 0 && row.nonAccreditedSales().asOptional().map(b -> !b)
                      .orElse(false)) {
                    r.report("appendix[" + i + "].nonAccreditedSales", row.state().edgarCode() + " has "
                        + row.nonAccreditedInvestors() + " non-accredited investors but column 2 says No");
                  }
                }
              }
            }).build(),
        Rule.builder("D-XREF-PAPER-APPX-C2-SUM")
            .why("The appendix breaks Part C, Question 2 down by state; its investors and amounts together "
                + "cannot exceed Part C's.")
            .fix("Check the appendix rows against Part C, Question 2.")
            .severity(Severity.WARNING).citation(PFD + "Appendix, column 3 (a one-state notice may list one state: "
                + "never an ERROR)")
            .summary("the appendix's investors and amounts add up to no more than Part C question 2's")
            .checkPaper(new Checks.Paper() {
              @Override
              public void check(PaperFormD f, RuleContext c, Reporter r) {
                PaperPartC p = f.partC();
                long accredited = f.appendix().stream().mapToLong(a -> a.accreditedInvestors().orZero()).sum();
                long non = f.appendix().stream().mapToLong(a -> a.nonAccreditedInvestors().orZero()).sum();
                if (accredited > p.accreditedInvestors().number().orZero() || non > p.nonAccreditedInvestors().number()
                    .orZero()) {
                  r.report("appendix", "the appendix counts " + accredited + " accredited and " + non
                      + " non-accredited investors, more than Part C question 2 (" + p.accreditedInvestors().number()
                      + " and " + p.nonAccreditedInvestors().number() + ")");
                }
              }
            }).build(),
        Rule.builder("D-XREF-PAPER-APPX-C1")
            .why("A state's offering price is part of the whole offering; more in one state than in all is a "
                + "wrong amount.")
            .fix("Check the state's column 3 against Part C, Question 1.")
            .severity(Severity.WARNING).citation(PFD + "Appendix, column 3")
            .summary("no state's offering price exceeds the total aggregate offering price")
            .checkPaper(new Checks.Paper() {
              @Override
              public void check(PaperFormD f, RuleContext c, Reporter r) {
                UsdAmount total = f.partC().securitiesTotal().aggregateOfferingPrice().orZero();
                for (int i = 0; i < f.appendix().size(); i++) {
                  UsdAmount state = f.appendix().get(i).aggregateOfferingPrice().orZero();
                  if (state.isGreaterThan(total)) {
                    r.report("appendix[" + i + "].aggregateOfferingPrice", "offering price in "
                        + f.appendix().get(i).state().edgarCode() + " of " + state.format()
                        + " exceeds the total aggregate offering price " + total.format());
                  }
                }
              }
            }).build(),
        Rule.builder("D-XREF-PAPER-B1-APPENDIX2")
            .why("Part B, Question 1 and the appendix's column 2 both say whether non-accredited investors are "
                + "sold to; they should agree.")
            .fix("Make Part B, Question 1 and column 2 agree.")
            .severity(Severity.WARNING).citation(PFD + "Part B, Question 1 and Appendix, column 2")
            .summary("Part B question 1 agrees with the appendix's column 2")
            .checkPaper(new Checks.Paper() {
              @Override
              public void check(PaperFormD f, RuleContext c, Reporter r) {
                if (f.appendix().isEmpty() || !f.partB().nonAccreditedSales().isRecorded()) {
                  return;
                }
                boolean anyYes = f.appendix().stream().anyMatch(a -> a.nonAccreditedSales().asOptional().orElse(false));
                if (anyYes != f.partB().nonAccreditedSales().value()) {
                  r.report("partB.nonAccreditedSales", "Part B question 1 says "
                      + (f.partB().nonAccreditedSales().value() ? "Yes" : "No")
                      + " but the appendix's column 2 says " + (anyYes ? "Yes for some state" : "No for every state"));
                }
              }
            }).build());
  }

  private static <T> void total(Reporter r, String path, String what, StatedAmount stated, List<T> lines,
      Function<T, StatedAmount> amount) {
    UsdAmount sum = UsdAmount.ZERO;
    for (T line : lines) {
      sum = sum.plus(amount.apply(line).orZero());
    }
    if (!stated.orZero().equals(sum)) {
      r.report(path, "the total of " + what + " is stated as " + (stated.isBlank() ? "blank" : stated.toString())
          + " but the lines add up to " + sum.format(), "stated", stated, "sum", sum);
    }
  }

  /** The name's letters and digits, upper case (by hand: a regular expression compiled for every filing checked). */
  static String normalise(String name) {
    StringBuilder kept = new StringBuilder(name.length());
    String upper = name.toUpperCase(Locale.ROOT);
    for (int i = 0; i < upper.length(); i++) {
      char c = upper.charAt(i);
      if (c >= 'A' && c <= 'Z' || c >= '0' && c <= '9') {
        kept.append(c);
      }
    }
    return kept.toString();
  }


  /** @return true if no amount or count of Part C is written */
  static boolean blank(PaperPartC c) {
    for (PaperSecurityLine line : c.securityLines()) {
      if (!line.aggregateOfferingPrice().isBlank() || !line.amountAlreadySold().isBlank()) {
        return false;
      }
    }
    if (!c.securitiesTotal().aggregateOfferingPrice().isBlank() || !c.securitiesTotal().amountAlreadySold().isBlank()) {
      return false;
    }
    for (PaperInvestorLine line : List.of(c.accreditedInvestors(), c.nonAccreditedInvestors(), c.investorsTotal504())) {
      if (!line.number().isBlank() || !line.dollarAmount().isBlank()) {
        return false;
      }
    }
    for (PaperPriorSale sale : c.priorSalesLines()) {
      if (!sale.dollarAmount().isBlank()) {
        return false;
      }
    }
    for (MarkedAmount expense : c.expenseLines()) {
      if (!expense.amount().isBlank()) {
        return false;
      }
    }
    if (!c.expensesTotal().amount().isBlank() || !c.adjustedGrossProceeds().isBlank()
        || !c.totalPaymentsListed().amount().isBlank()) {
      return false;
    }
    List<PaperProceedsLine> proceeds = new ArrayList<>(c.proceedsLines());
    proceeds.add(c.columnTotals());
    for (PaperProceedsLine line : proceeds) {
      if (!line.toOfficersDirectorsAffiliates().amount().isBlank() || !line.toOthers().amount().isBlank()) {
        return false;
      }
    }
    return true;
  }
}
