package io.formd.core.model;

/**
 * Item 4 industry group: XSD simple type {@code INDUSTRY_GROUP_LIST} (the union of the twelve
 * {@code *_INDUSTRY_LIST} types), element {@code industryGroup/industryGroupType}. EDGAR spells the form's
 * "&amp;" as "and" ({@code REITS and Finance}). {@link #category()} is the heading the form groups it under.
 */
public enum IndustryGroup implements EdgarCode {
  /** {@code Agriculture} (Agriculture). */
  AGRICULTURE("Agriculture", "Agriculture"),
  /** {@code Commercial Banking} (Banking &amp; Financial Services). */
  COMMERCIAL_BANKING("Commercial Banking", "Commercial Banking"),
  /** {@code Insurance} (Banking &amp; Financial Services). */
  INSURANCE("Insurance", "Insurance"),
  /** {@code Investing} (Banking &amp; Financial Services). */
  INVESTING("Investing", "Investing"),
  /** {@code Investment Banking} (Banking &amp; Financial Services). */
  INVESTMENT_BANKING("Investment Banking", "Investment Banking"),
  /** {@code Pooled Investment Fund} (Banking &amp; Financial Services). */
  POOLED_INVESTMENT_FUND("Pooled Investment Fund", "Pooled Investment Fund"),
  /** {@code Other Banking and Financial Services} (Banking &amp; Financial Services). */
  OTHER_BANKING_AND_FINANCIAL_SERVICES("Other Banking and Financial Services", "Other Banking and Financial Services"),
  /** {@code Business Services} (Business Services). */
  BUSINESS_SERVICES("Business Services", "Business Services"),
  /** {@code Coal Mining} (Energy). */
  COAL_MINING("Coal Mining", "Coal Mining"),
  /** {@code Electric Utilities} (Energy). */
  ELECTRIC_UTILITIES("Electric Utilities", "Electric Utilities"),
  /** {@code Energy Conservation} (Energy). */
  ENERGY_CONSERVATION("Energy Conservation", "Energy Conservation"),
  /** {@code Environmental Services} (Energy). */
  ENVIRONMENTAL_SERVICES("Environmental Services", "Environmental Services"),
  /** {@code Oil and Gas} (Energy). */
  OIL_AND_GAS("Oil and Gas", "Oil and Gas"),
  /** {@code Other Energy} (Energy). */
  OTHER_ENERGY("Other Energy", "Other Energy"),
  /** {@code Biotechnology} (Health Care). */
  BIOTECHNOLOGY("Biotechnology", "Biotechnology"),
  /** {@code Health Insurance} (Health Care). */
  HEALTH_INSURANCE("Health Insurance", "Health Insurance"),
  /** {@code Hospitals and Physicians} (Health Care). */
  HOSPITALS_AND_PHYSICIANS("Hospitals and Physicians", "Hospitals and Physicians"),
  /** {@code Pharmaceuticals} (Health Care). */
  PHARMACEUTICALS("Pharmaceuticals", "Pharmaceuticals"),
  /** {@code Other Health Care} (Health Care). */
  OTHER_HEALTH_CARE("Other Health Care", "Other Health Care"),
  /** {@code Manufacturing} (Manufacturing). */
  MANUFACTURING("Manufacturing", "Manufacturing"),
  /** {@code Commercial} (Real Estate). */
  COMMERCIAL("Commercial", "Commercial"),
  /** {@code Construction} (Real Estate). */
  CONSTRUCTION("Construction", "Construction"),
  /** {@code REITS and Finance} (Real Estate). */
  REITS_AND_FINANCE("REITS and Finance", "REITS and Finance"),
  /** {@code Residential} (Real Estate). */
  RESIDENTIAL("Residential", "Residential"),
  /** {@code Other Real Estate} (Real Estate). */
  OTHER_REAL_ESTATE("Other Real Estate", "Other Real Estate"),
  /** {@code Retailing} (Retailing). */
  RETAILING("Retailing", "Retailing"),
  /** {@code Restaurants} (Restaurants). */
  RESTAURANTS("Restaurants", "Restaurants"),
  /** {@code Computers} (Technology). */
  COMPUTERS("Computers", "Computers"),
  /** {@code Telecommunications} (Technology). */
  TELECOMMUNICATIONS("Telecommunications", "Telecommunications"),
  /** {@code Other Technology} (Technology). */
  OTHER_TECHNOLOGY("Other Technology", "Other Technology"),
  /** {@code Airlines and Airports} (Travel). */
  AIRLINES_AND_AIRPORTS("Airlines and Airports", "Airlines and Airports"),
  /** {@code Lodging and Conventions} (Travel). */
  LODGING_AND_CONVENTIONS("Lodging and Conventions", "Lodging and Conventions"),
  /** {@code Tourism and Travel Services} (Travel). */
  TOURISM_AND_TRAVEL_SERVICES("Tourism and Travel Services", "Tourism and Travel Services"),
  /** {@code Other Travel} (Travel). */
  OTHER_TRAVEL("Other Travel", "Other Travel"),
  /** {@code Other} (Other). */
  OTHER("Other", "Other");

  private static final Codes<IndustryGroup> CODES = Codes.of("INDUSTRY_GROUP_LIST", values());

  private final String code;
  private final String label;

  IndustryGroup(String code, String label) {
    this.code = code;
    this.label = label;
  }

  /**
   * @param code the exact string EDGAR XML writes
   * @return the value
   * @throws UnknownCodeException if the string is not in the list
   */
  public static IndustryGroup fromEdgar(String code) {
    return CODES.lookup(code);
  }

  @Override
  public String edgarCode() {
    return code;
  }

  @Override
  public String label() {
    return label;
  }

  /** @return the form's heading for this group, e.g. {@code "Banking &amp; Financial Services"} */
  public String category() {
    switch (this) {
      case COMMERCIAL_BANKING:
      case INSURANCE:
      case INVESTING:
      case INVESTMENT_BANKING:
      case POOLED_INVESTMENT_FUND:
      case OTHER_BANKING_AND_FINANCIAL_SERVICES:
        return "Banking & Financial Services";
      case COAL_MINING:
      case ELECTRIC_UTILITIES:
      case ENERGY_CONSERVATION:
      case ENVIRONMENTAL_SERVICES:
      case OIL_AND_GAS:
      case OTHER_ENERGY:
        return "Energy";
      case BIOTECHNOLOGY:
      case HEALTH_INSURANCE:
      case HOSPITALS_AND_PHYSICIANS:
      case PHARMACEUTICALS:
      case OTHER_HEALTH_CARE:
        return "Health Care";
      case COMMERCIAL:
      case CONSTRUCTION:
      case REITS_AND_FINANCE:
      case RESIDENTIAL:
      case OTHER_REAL_ESTATE:
        return "Real Estate";
      case COMPUTERS:
      case TELECOMMUNICATIONS:
      case OTHER_TECHNOLOGY:
        return "Technology";
      case AIRLINES_AND_AIRPORTS:
      case LODGING_AND_CONVENTIONS:
      case TOURISM_AND_TRAVEL_SERVICES:
      case OTHER_TRAVEL:
        return "Travel";
      default:
        return label();
    }
  }
}
