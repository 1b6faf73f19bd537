package io.formd.json.cli;

import io.formd.core.model.Mark;
import io.formd.core.model.MarkedAmount;
import io.formd.core.model.PaperFormD;
import io.formd.core.model.PaperPartC;
import io.formd.core.model.RelatedPerson;
import io.formd.core.model.StatedAmount;
import java.io.PrintWriter;
import java.util.Locale;

/** A person-readable summary of a paper filing: the issuer, the persons, Part C's figures. */
final class PaperSummary {

  private PaperSummary() {}

  static void print(PaperFormD filing, PrintWriter out) {
    out.println("Form D (paper edition, OMB 3235-0076"
        + filing.editionExpires().map(d -> ", edition expiring " + d).orElse("") + ")");
    filing.nameOfOffering().ifPresent(name -> out.println("Offering: " + name));
    out.println();
    out.println("Issuer:   " + filing.issuer().name().orElse(""));
    out.println("          " + filing.issuer().address().oneLine() + "  tel. " + filing.issuer().phone());
    filing.businessDescription().ifPresent(d -> out.println("Business: " + d));
    out.println("Filing under: " + filing.filingUnder().asOptional().map(Object::toString).orElse("(not recorded)")
        + "   Amendment: " + filing.amendment().asOptional().map(Object::toString).orElse("(not recorded)"));
    out.println();
    out.println("Related persons (Part A.2): " + filing.relatedPersons().size());
    int index = 1;
    for (RelatedPerson person : filing.relatedPersons()) {
      out.printf(Locale.ROOT, "  %2d. %-55s %s%n", index++, person.name().displayName(), person.address().oneLine());
    }
    PaperPartC c = filing.partC();
    out.println();
    out.println("Part C                                            offered / stated        sold");
    row(out, "1. Equity" + (c.equityCommon().isChecked() ? " (common)" : ""),
        c.equity().aggregateOfferingPrice(), c.equity().amountAlreadySold());
    row(out, "1. Total", c.securitiesTotal().aggregateOfferingPrice(), c.securitiesTotal().amountAlreadySold());
    out.printf(Locale.ROOT, "  %-44s %18s investors, %s%n", "2. Accredited",
        c.accreditedInvestors().number(), c.accreditedInvestors().dollarAmount());
    out.printf(Locale.ROOT, "  %-44s %18s investors, %s%n", "2. Non-accredited",
        c.nonAccreditedInvestors().number(), c.nonAccreditedInvestors().dollarAmount());
    marked(out, "4.a Transfer agent's fees", c.transferAgentFees());
    marked(out, "4.a Legal fees", c.legalFees());
    marked(out, "4.a Total expenses", c.expensesTotal());
    row(out, "4.b Adjusted gross proceeds", c.adjustedGrossProceeds(), null);
    marked(out, "5. Acquisition of other businesses (others)", c.acquisitionOfOtherBusinesses().toOthers());
    marked(out, "5. Column total (others)", c.columnTotals().toOthers());
    marked(out, "5. Total payments listed", c.totalPaymentsListed());
    filing.federalSignature().ifPresent(s -> {
      out.println();
      out.println("Signed (Part D): " + s.signerName() + ", " + s.title() + ", for " + s.issuerName() + " on "
          + s.date());
    });
  }

  private static void row(PrintWriter out, String label, StatedAmount first, StatedAmount second) {
    out.printf(Locale.ROOT, "  %-44s %18s %18s%n", label, first, second == null ? "" : second.toString());
  }

  private static void marked(PrintWriter out, String label, MarkedAmount amount) {
    out.printf(Locale.ROOT, "  %-44s %18s%s%n", label, amount.amount(),
        amount.estimate() == Mark.CHECKED ? " (estimate)" : "");
  }
}
