package io.formd.json.bench;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlElementWrapper;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * The peer's model: plain annotated POJOs for vanilla jackson-dataformat-xml, with the Bean Validation
 * constraints that can express the SEC schema's checks (required elements, lengths, patterns), for
 * Hibernate Validator. Public fields, no logic, as a typical hand-rolled binding would have.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public class EdgarPojo {
  @NotNull public String schemaVersion;
  @NotNull @Pattern(regexp = "D|D/A") public String submissionType;
  public String testOrLive;
  @NotNull @Valid public IssuerPojo primaryIssuer;
  @Valid public IssuerList issuerList;
  @NotNull @Valid public Persons relatedPersonsList;
  @NotNull @Valid public Offering offeringData;

  public static class Address {
    @NotNull @Size(min = 1, max = 40) public String street1;
    @Size(min = 1, max = 40) public String street2;
    @NotNull @Size(min = 1, max = 30) public String city;
    @NotNull @Pattern(regexp = "[A-Z0-9]{2}") public String stateOrCountry;
    @Size(max = 50) public String stateOrCountryDescription;
    @NotNull @Pattern(regexp = "[0-9A-Za-z #\\-]{1,10}") public String zipCode;
  }

  public static class Names {
    public String value;
    @JacksonXmlElementWrapper(useWrapping = false) public List<@Size(min = 1, max = 150) String> previousName;
  }

  public static class YearOfInc {
    public String withinFiveYears;
    public String yetToBeFormed;
    public String overFiveYears;
    @Pattern(regexp = "2\\d\\d\\d") public String value;
  }

  @JsonIgnoreProperties(ignoreUnknown = true)
  public static class IssuerPojo {
    @NotNull @Pattern(regexp = "[0-9]{1,10}") public String cik;
    @NotNull @Size(min = 1, max = 150) public String entityName;
    @NotNull @Valid public Address issuerAddress;
    @NotNull @Size(min = 1, max = 20) public String issuerPhoneNumber;
    @Size(max = 50) public String jurisdictionOfInc;
    @Valid public Names issuerPreviousNameList;
    @Valid public Names edgarPreviousNameList;
    @NotNull @Pattern(regexp = "Corporation|Limited Partnership|Limited Liability Company|General Partnership|Business "
        + "Trust|Other")
    public String entityType;
    @Size(max = 255) public String entityTypeOtherDesc;
    @NotNull @Valid public YearOfInc yearOfInc;
  }

  public static class IssuerList {
    @JacksonXmlElementWrapper(useWrapping = false) public List<@Valid IssuerPojo> issuer;
  }

  public static class Name {
    @NotNull @Size(min = 1, max = 150) public String firstName;
    @Size(max = 150) public String middleName;
    @NotNull @Size(min = 1, max = 200) public String lastName;
  }

  public static class Relationships {
    @JacksonXmlElementWrapper(useWrapping = false)
    public List<@Pattern(regexp = "Executive Officer|Director|Promoter") String> relationship;
  }

  public static class Person {
    @NotNull @Valid public Name relatedPersonName;
    @NotNull @Valid public Address relatedPersonAddress;
    @NotNull @Valid public Relationships relatedPersonRelationshipList;
    @Size(max = 255) public String relationshipClarification;
  }

  public static class Persons {
    @JacksonXmlElementWrapper(useWrapping = false) @Size(min = 1,
        max = 100) public List<@Valid Person> relatedPersonInfo;
  }

  public static class FundInfo {
    public String investmentFundType;
    public String is40Act;
  }

  public static class Industry {
    @NotNull public String industryGroupType;
    @Valid public FundInfo investmentFundInfo;
  }

  public static class Size1 {
    public String revenueRange;
    public String aggregateNetAssetValueRange;
  }

  public static class Exemptions {
    @JacksonXmlElementWrapper(useWrapping = false) @Size(min = 1, max = 21) public List<String> item;
  }

  public static class NewOrAmendment {
    @NotNull public String isAmendment;
    @Pattern(regexp = "[0-9]{1,10}-[0-9]{1,2}-[0-9]{1,6}") public String previousAccessionNumber;
  }

  public static class FirstSale {
    public String value;
    public String yetToOccur;
  }

  public static class TypeOfFiling {
    @NotNull @Valid public NewOrAmendment newOrAmendment;
    @NotNull @Valid public FirstSale dateOfFirstSale;
  }

  public static class Duration {
    public String moreThanOneYear;
  }

  @JsonIgnoreProperties(ignoreUnknown = true)
  public static class Securities {
    public String isEquityType;
    public String isDebtType;
    public String isOptionToAcquireType;
    public String isSecurityToBeAcquiredType;
    public String isPooledInvestmentFundType;
    public String isTenantInCommonType;
    public String isMineralPropertyType;
    public String isOtherType;
    @Size(max = 255) public String descriptionOfOtherType;
  }

  public static class Combination {
    public String isBusinessCombinationTransaction;
    @Size(max = 255) public String clarificationOfResponse;
  }

  public static class States {
    @JacksonXmlElementWrapper(useWrapping = false) public List<String> state;
    @JacksonXmlElementWrapper(useWrapping = false) public List<String> description;
    public String value;
  }

  public static class Recipient {
    @NotNull @Size(min = 1, max = 200) public String recipientName;
    @Pattern(regexp = "None|\\d{1,9}") public String recipientCRDNumber;
    @Size(max = 200) public String associatedBDName;
    @Pattern(regexp = "None|\\d{1,9}") public String associatedBDCRDNumber;
    @Valid public Address recipientAddress;
    @Valid public States statesOfSolicitationList;
    public String foreignSolicitation;
  }

  public static class Recipients {
    @JacksonXmlElementWrapper(useWrapping = false) @Size(max = 100) public List<@Valid Recipient> recipient;
  }

  public static class Amounts {
    @NotNull @Pattern(regexp = "Indefinite|\\d{1,12}") public String totalOfferingAmount;
    @NotNull @Pattern(regexp = "\\d{1,12}") public String totalAmountSold;
    @NotNull @Pattern(regexp = "Indefinite|\\d{1,12}") public String totalRemaining;
    @Size(max = 255) public String clarificationOfResponse;
  }

  public static class Investors {
    public String hasNonAccreditedInvestors;
    @Pattern(regexp = "\\d{1,12}") public String numberNonAccreditedInvestors;
    @NotNull @Pattern(regexp = "\\d{1,12}") public String totalNumberAlreadyInvested;
  }

  public static class Estimated {
    @NotNull @Pattern(regexp = "\\d{1,12}") public String dollarAmount;
    public String isEstimate;
  }

  public static class Fees {
    @NotNull @Valid public Estimated salesCommissions;
    @NotNull @Valid public Estimated findersFees;
    @Size(max = 255) public String clarificationOfResponse;
  }

  public static class Proceeds {
    @NotNull @Valid public Estimated grossProceedsUsed;
    @Size(max = 255) public String clarificationOfResponse;
  }

  public static class Signature {
    @NotNull @Size(min = 1, max = 150) public String issuerName;
    @NotNull @Size(min = 1, max = 30) public String signatureName;
    @NotNull @Size(min = 1, max = 150) public String nameOfSigner;
    @NotNull @Size(min = 1, max = 60) public String signatureTitle;
    @NotNull public String signatureDate;
  }

  public static class SignatureBlock {
    public String authorizedRepresentative;
    @JacksonXmlElementWrapper(useWrapping = false) @Size(min = 1, max = 101) public List<@Valid Signature> signature;
  }

  public static class Offering {
    @NotNull @Valid public Industry industryGroup;
    @NotNull @Valid public Size1 issuerSize;
    @NotNull @Valid public Exemptions federalExemptionsExclusions;
    @NotNull @Valid public TypeOfFiling typeOfFiling;
    @NotNull @Valid public Duration durationOfOffering;
    @NotNull @Valid public Securities typesOfSecuritiesOffered;
    @NotNull @Valid public Combination businessCombinationTransaction;
    @NotNull @Pattern(regexp = "\\d{1,12}") public String minimumInvestmentAccepted;
    @Valid public Recipients salesCompensationList;
    @NotNull @Valid public Amounts offeringSalesAmounts;
    @NotNull @Valid public Investors investors;
    @NotNull @Valid public Fees salesCommissionsFindersFees;
    @NotNull @Valid public Proceeds useOfProceeds;
    @NotNull @Valid public SignatureBlock signatureBlock;
  }
}
