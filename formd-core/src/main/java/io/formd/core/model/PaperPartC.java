package io.formd.core.model;

import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Paper Part C, "Offering price, number of investors, expenses and use of proceeds"
 * (the paper Form D, OMB 3235-0076): every cell as stated, totals included, so that the rules can check
 * the form's arithmetic.
 */
@Value.Immutable
public interface PaperPartC extends WithPaperPartC {

  // Question 1

  /** @return question 1 box: the transaction is an exchange offering */
  Mark exchangeOffering();

  /** @return question 1 row "Debt" */
  PaperSecurityLine debt();

  /** @return question 1 row "Equity" */
  PaperSecurityLine equity();

  /** @return question 1 equity box "Common" */
  Mark equityCommon();

  /** @return question 1 equity box "Preferred" */
  Mark equityPreferred();

  /** @return question 1 row "Convertible Securities (including warrants)" */
  PaperSecurityLine convertibleSecurities();

  /** @return question 1 row "Partnership Interests" */
  PaperSecurityLine partnershipInterests();

  /** @return question 1 row "Other" */
  PaperSecurityLine otherSecurities();

  /** @return question 1 "Other (Specify ___)" text */
  Optional<String> otherSecuritiesDescription();

  /** @return question 1 row "Total", as stated */
  PaperSecurityLine securitiesTotal();

  // Question 2

  /** @return question 2 row "Accredited Investors" */
  PaperInvestorLine accreditedInvestors();

  /** @return question 2 row "Non-accredited Investors" */
  PaperInvestorLine nonAccreditedInvestors();

  /** @return question 2 row "Total (for filings under Rule 504 only)" */
  PaperInvestorLine investorsTotal504();

  // Question 3

  /** @return question 3 row "Rule 505" */
  PaperPriorSale priorSalesRule505();

  /** @return question 3 row "Regulation A" */
  PaperPriorSale priorSalesRegulationA();

  /** @return question 3 row "Rule 504" */
  PaperPriorSale priorSalesRule504();

  /** @return question 3 row "Total" */
  PaperPriorSale priorSalesTotal();

  // Question 4.a

  /** @return 4.a "Transfer Agent's Fees" */
  MarkedAmount transferAgentFees();

  /** @return 4.a "Printing and Engraving Costs" */
  MarkedAmount printingAndEngravingCosts();

  /** @return 4.a "Legal Fees" */
  MarkedAmount legalFees();

  /** @return 4.a "Accounting Fees" */
  MarkedAmount accountingFees();

  /** @return 4.a "Engineering Fees" */
  MarkedAmount engineeringFees();

  /** @return 4.a "Sales Commissions (specify finders' fees separately)" */
  MarkedAmount salesCommissions();

  /** @return 4.a "Other Expenses (identify)" */
  MarkedAmount otherExpenses();

  /** @return 4.a the "identify" text of other expenses */
  Optional<String> otherExpensesDescription();

  /** @return 4.a "Total", as stated */
  MarkedAmount expensesTotal();

  // Question 4.b

  /** @return 4.b "adjusted gross proceeds to the issuer", as stated */
  StatedAmount adjustedGrossProceeds();

  // Question 5

  /** @return 5 "Salaries and fees" */
  PaperProceedsLine salariesAndFees();

  /** @return 5 "Purchase of real estate" */
  PaperProceedsLine purchaseOfRealEstate();

  /** @return 5 "Purchase, rental or leasing and installation of machinery and equipment" */
  PaperProceedsLine machineryAndEquipment();

  /** @return 5 "Construction or leasing of plant buildings and facilities" */
  PaperProceedsLine plantBuildingsAndFacilities();

  /**
   * @return 5 "Acquisition of other businesses (including the value of securities involved in this offering
   *     that may be used in exchange for the assets or securities of another issuer pursuant to a merger)"
   */
  PaperProceedsLine acquisitionOfOtherBusinesses();

  /** @return 5 "Repayment of indebtedness" */
  PaperProceedsLine repaymentOfIndebtedness();

  /** @return 5 "Working capital" */
  PaperProceedsLine workingCapital();

  /** @return 5 "Other (specify)" */
  PaperProceedsLine otherPurposes();

  /** @return 5 the "specify" text of other purposes */
  Optional<String> otherPurposesDescription();

  /** @return 5 "Column Totals", as stated */
  PaperProceedsLine columnTotals();

  /** @return 5 "Total Payments Listed (column totals added)", as stated */
  MarkedAmount totalPaymentsListed();

  /** @return the five question 1 rows, in form order (Debt, Equity, Convertible, Partnership, Other) */
  default List<PaperSecurityLine> securityLines() {
    return List.of(debt(), equity(), convertibleSecurities(), partnershipInterests(), otherSecurities());
  }

  /** @return the seven 4.a expense lines, in form order (without the total) */
  default List<MarkedAmount> expenseLines() {
    return List.of(transferAgentFees(), printingAndEngravingCosts(), legalFees(), accountingFees(),
        engineeringFees(), salesCommissions(), otherExpenses());
  }

  /** @return the eight question 5 purpose rows, in form order (without the column totals) */
  default List<PaperProceedsLine> proceedsLines() {
    return List.of(salariesAndFees(), purchaseOfRealEstate(), machineryAndEquipment(),
        plantBuildingsAndFacilities(), acquisitionOfOtherBusinesses(), repaymentOfIndebtedness(),
        workingCapital(), otherPurposes());
  }

  /** @return the three question 3 rows, in form order (Rule 505, Regulation A, Rule 504) */
  default List<PaperPriorSale> priorSalesLines() {
    return List.of(priorSalesRule505(), priorSalesRegulationA(), priorSalesRule504());
  }

  /** @return a new builder */
  static Builder builder() {
    return new Builder();
  }

  /**
   * @return a builder holding this value's parts: change some and build a new value (this one is unchanged);
   *     one part alone is changed with its {@code with...} method
   */
  default Builder toBuilder() {
    return builder().from(this);
  }

  /** Builds {@link PaperPartC} values. */
  final class Builder extends ImmutablePaperPartC.Builder {}
}
