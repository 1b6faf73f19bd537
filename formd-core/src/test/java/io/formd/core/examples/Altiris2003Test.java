package io.formd.core.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.formd.core.model.Edition;
import io.formd.core.model.Mark;
import io.formd.core.model.PaperFormD;
import io.formd.core.model.PaperPartC;
import io.formd.core.model.RelatedPerson;
import io.formd.core.model.StateOrCountry;
import io.formd.core.model.StatedAmount;
import io.formd.core.model.UsdAmount;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The seed, built in code, holds every fact of the transcription: checked figure by figure. */
class Altiris2003Test {

  private final PaperFormD seed = Altiris2003.filing();

  @Test
  void isAPaperFilingOnTheMay2002Edition() {
    assertThat(seed.edition()).isEqualTo(Edition.PAPER);
    assertThat(seed.editionExpires()).contains(LocalDate.of(2002, 5, 31));
    assertThat(seed.nameOfOffering()).hasValueSatisfying(n -> assertThat(n)
        .startsWith("Issuance of common stock of Altiris, Inc. to shareholders of Wise Solutions, Inc.")
        .endsWith("acquisition of Wise Solutions by Altiris"));
  }

  @Test
  void boxesTheTranscriptionLostAreNotRecordedNotUnchecked() {
    assertThat(seed.filingUnder().isRecorded()).isFalse();
    assertThat(seed.uloe()).isEqualTo(Mark.NOT_RECORDED);
    assertThat(seed.amendment().isRecorded()).isFalse();
    assertThat(seed.issuer().entityType()).isEmpty();
    assertThat(seed.issuer().jurisdictionOfIncorporation()).isEmpty();
    assertThat(seed.organizationDateEstimated().isRecorded()).isFalse();
    assertThat(seed.partB().nonAccreditedSales().isRecorded()).isFalse();
    assertThat(seed.partB().jointOwnership().isRecorded()).isFalse();
    assertThat(seed.relatedPersons()).allSatisfy(p -> assertThat(p.relationships().isRecorded()).isFalse());
    assertThat(seed.federalExemptions()).isEmpty();
    assertThat(seed.isAmendment()).isFalse();
  }

  @Test
  void issuerAndBothAddresses() {
    assertThat(seed.issuer().name()).contains("Altiris, Inc.");
    assertThat(seed.issuer().address().street1()).isEqualTo("588 West 400 South");
    assertThat(seed.issuer().address().city()).isEqualTo("Lindon");
    assertThat(seed.issuer().address().stateOrCountry()).isEqualTo(StateOrCountry.UTAH);
    assertThat(seed.issuer().address().zipCode()).isEqualTo("84042");
    assertThat(seed.issuer().phone()).isEqualTo("801-805-2400");
    // "Address of Principal Business Operations (if different from Executive Offices) same as above"
    assertThat(seed.principalBusinessAddress()).isEmpty();
    assertThat(seed.principalBusinessPhone()).isEmpty();
    assertThat(seed.businessDescription()).contains("Software development and sales");
  }

  @Test
  void thirteenPersonsInTheirOrderAndSpellingAsInTheTranscription() throws IOException {
    List<String> names = seed.relatedPersons().stream().map(p -> p.name().displayName()).collect(Collectors.toList());
    assertThat(names).containsExactly(
        "Butterfield, Gregory S.", "Erickson, Stephen C.", "Kinghorn, Dwain A.", "Samuelian, Michael R.",
        "Newman, Jan E.", "Yarro, Ralph J.", "Mott, Darcy G.", "Filler, Gary B.", "Hoag, Jay C.",
        "Levinthal, Michael H.", "Roach, V. Eric", "Entities Affiliated with Technology Crossover Ventures",
        "Poul E. Nielsen");
    // The transcription's own list: every non-blank name after "Full Name" in Part A.2, in order.
    String text = seedText();
    String partA2 = text.substring(text.indexOf("2. Enter the information requested for the following"),
        text.indexOf("B. INFORMATION ABOUT OFFERING"));
    List<String> transcribed = new ArrayList<>();
    String[] lines = partA2.split("\n");
    for (int i = 0; i < lines.length; i++) {
      if (lines[i].startsWith("Full Name") && i + 2 < lines.length && !lines[i + 2].startsWith("Business")) {
        transcribed.add(lines[i + 2].trim());
      }
    }
    assertThat(names).isEqualTo(transcribed);
  }

  @Test
  void addressesOfPersonsAsWritten() {
    List<RelatedPerson> persons = seed.relatedPersons();
    assertThat(persons.get(5).address().oneLine()).isEqualTo("333 South 520 West, Suite 300, Lindon, UT 84042");
    assertThat(persons.get(7).address().oneLine()).isEqualTo("563 East 770 North, Orem, UT 84097");
    assertThat(persons.get(9).address().oneLine())
        .isEqualTo("2800 Sand Hill Road, Suite 250, Menlo Park, CA 94025");
    assertThat(persons.get(10).address().oneLine()).isEqualTo("P.O. Box 525, Rancho Santa Fe, CA 92067");
    assertThat(persons.get(11).address()).isEqualTo(persons.get(8).address());
    assertThat(persons.get(12).address()).isEqualTo(seed.issuer().address());
  }

  @Test
  void partBNoMinimumAndNoRecipients() {
    assertThat(seed.partB().minimumInvestment().asWritten()).contains("no minimum");
    assertThat(seed.partB().minimumInvestment().orZero()).isEqualTo(UsdAmount.ZERO);
    assertThat(seed.salesCompensationRecipients()).isEmpty();
  }

  @Test
  void partCQuestion1TenMillionOfCommonEquityOfferedAndSold() {
    PaperPartC c = seed.partC();
    assertThat(c.equity().aggregateOfferingPrice().amount()).contains(UsdAmount.of(10_000_000));
    assertThat(c.equity().amountAlreadySold().amount()).contains(UsdAmount.of(10_000_000));
    assertThat(c.equityCommon()).isEqualTo(Mark.CHECKED);
    assertThat(c.equityPreferred()).isEqualTo(Mark.UNCHECKED);
    for (var line : List.of(c.debt(), c.convertibleSecurities(), c.partnershipInterests(), c.otherSecurities())) {
      assertThat(line.aggregateOfferingPrice()).isEqualTo(StatedAmount.written("-0-", UsdAmount.ZERO));
      assertThat(line.amountAlreadySold()).isEqualTo(StatedAmount.written("-0-", UsdAmount.ZERO));
    }
    assertThat(c.securitiesTotal().aggregateOfferingPrice().amount()).contains(UsdAmount.of(10_000_000));
    assertThat(c.securitiesTotal().amountAlreadySold().amount()).contains(UsdAmount.of(10_000_000));
  }

  @Test
  void partCQuestion2TwoAccreditedInvestors() {
    PaperPartC c = seed.partC();
    assertThat(c.accreditedInvestors().number().count()).contains(2L);
    assertThat(c.accreditedInvestors().dollarAmount().amount()).contains(UsdAmount.of(10_000_000));
    assertThat(c.nonAccreditedInvestors().number().toString()).isEqualTo("-0-");
    assertThat(c.nonAccreditedInvestors().number().orZero()).isZero();
    assertThat(c.investorsTotal504().number().asWritten()).contains("n/a");
    assertThat(c.investorsTotal504().dollarAmount().amount()).isEmpty();
  }

  @Test
  void partCQuestion3NotApplicable() {
    PaperPartC c = seed.partC();
    assertThat(c.priorSalesLines()).allSatisfy(l -> {
      assertThat(l.typeOfSecurity()).contains("n/a");
      assertThat(l.dollarAmount().asWritten()).contains("n/a");
    });
    assertThat(c.priorSalesTotal().dollarAmount().amount()).isEmpty();
  }

  @Test
  void partCQuestion4ExpensesWithTheirEstimateBoxesAndAdjustedProceeds() {
    PaperPartC c = seed.partC();
    assertThat(c.transferAgentFees().estimate()).isEqualTo(Mark.CHECKED);
    assertThat(c.transferAgentFees().amount().amount()).contains(UsdAmount.of(1_000));
    assertThat(c.legalFees().estimate()).isEqualTo(Mark.CHECKED);
    assertThat(c.legalFees().amount().amount()).contains(UsdAmount.of(300_000));
    for (var line : List.of(c.printingAndEngravingCosts(), c.accountingFees(), c.engineeringFees(),
        c.salesCommissions(), c.otherExpenses())) {
      assertThat(line.estimate()).isEqualTo(Mark.UNCHECKED);
      assertThat(line.amount()).isEqualTo(StatedAmount.written("n/a"));
    }
    assertThat(c.expensesTotal().estimate()).isEqualTo(Mark.CHECKED);
    assertThat(c.expensesTotal().amount().amount()).contains(UsdAmount.of(301_000));
    assertThat(c.adjustedGrossProceeds().amount()).contains(UsdAmount.of(9_699_000));
  }

  @Test
  void partCQuestion5AllToAcquisitionOfOtherBusinessesPaidToOthers() {
    PaperPartC c = seed.partC();
    assertThat(c.acquisitionOfOtherBusinesses().toOthers().estimate()).isEqualTo(Mark.CHECKED);
    assertThat(c.acquisitionOfOtherBusinesses().toOthers().amount().amount()).contains(UsdAmount.of(9_699_000));
    assertThat(c.acquisitionOfOtherBusinesses().toOfficersDirectorsAffiliates().amount().orZero())
        .isEqualTo(UsdAmount.ZERO);
    long zeroRows = c.proceedsLines().stream()
        .filter(l -> l.toOthers().amount().orZero().isZero() && l.toOfficersDirectorsAffiliates().amount().orZero()
        .isZero())
        .count();
    assertThat(zeroRows).isEqualTo(7);
    assertThat(c.columnTotals().toOfficersDirectorsAffiliates().amount().toString()).isEqualTo("-0-");
    assertThat(c.columnTotals().toOthers().amount().amount()).contains(UsdAmount.of(9_699_000));
    assertThat(c.columnTotals().toOthers().estimate()).isEqualTo(Mark.CHECKED);
    assertThat(c.totalPaymentsListed().amount().amount()).contains(UsdAmount.of(9_699_000));
    assertThat(c.totalPaymentsListed().estimate()).isEqualTo(Mark.CHECKED);
  }

  @Test
  void partDSignedByTheSecretaryOnDecember10() {
    var signature = seed.federalSignature().orElseThrow();
    assertThat(signature.issuerName()).isEqualTo("Altiris, Inc.");
    assertThat(signature.signerName()).isEqualTo("Craig H. Christensen");
    assertThat(signature.title()).isEqualTo("Secretary");
    assertThat(signature.date()).isEqualTo(LocalDate.of(2003, 12, 10));
    assertThat(signature.signature()).isEmpty();
    assertThat(seed.signatures()).containsExactly(signature);
    assertThat(seed.partE()).isEmpty();
    assertThat(seed.appendix()).isEmpty();
  }

  @Test
  void theFiguresInCodeAreTheFiguresInTheTranscription() throws IOException {
    String text = seedText();
    for (String figure : new String[] {"10,000,000.00", "1,000.00", "300,000.00", "301,000.00", "9,699,000.00"}) {
      assertThat(text).contains("$ " + figure);
    }
    assertThat(text).contains("Accredited investors.....\t2\t");
    assertThat(text).contains("Name of Signer (Print or Type) Craig H. Christensen");
    assertThat(text).contains("Date December 10, 2003");
    assertThat(text).contains("801-805-2400");
  }

  private static String seedText() throws IOException {
    try (InputStream in = Altiris2003Test.class.getResourceAsStream("/seeds/000_d53a7f08ca81b833.txt")) {
      assertThat(in).isNotNull();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
