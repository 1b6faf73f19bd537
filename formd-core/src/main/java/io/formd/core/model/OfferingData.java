package io.formd.core.model;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * Items 4–15 and 16 of the electronic form: XSD complex type {@code OFFERING_DATA_TYPE} (element
 * {@code offeringData}), less the signature block, which {@link ElectronicFormD} holds.
 *
 * <p>Choices the schema makes exclusive (revenue range or net asset value range) are two optional parts
 * here, so that a filing giving both or neither can be represented and reported on.
 */
@Value.Immutable
public interface OfferingData extends WithOfferingData {

  /** @return Item 4 {@code industryGroup/industryGroupType} */
  IndustryGroup industryGroup();

  /** @return Item 4 {@code industryGroup/investmentFundInfo} (pooled investment funds) */
  Optional<InvestmentFundInfo> investmentFundInfo();

  /** @return Item 5 {@code issuerSize/revenueRange} */
  Optional<RevenueRange> revenueRange();

  /** @return Item 5 {@code issuerSize/aggregateNetAssetValueRange} */
  Optional<NetAssetValueRange> netAssetValueRange();

  /** @return Item 6 {@code federalExemptionsExclusions/item}, in document order */
  List<FederalExemption> federalExemptions();

  /** @return Item 7 {@code typeOfFiling} */
  TypeOfFiling typeOfFiling();

  /** @return Item 8 {@code durationOfOffering/moreThanOneYear} */
  boolean moreThanOneYear();

  /** @return Item 9 {@code typesOfSecuritiesOffered}: the flags set, in schema order */
  Set<SecurityType> securityTypes();

  /** @return Item 9 {@code descriptionOfOtherType} */
  Optional<String> otherSecurityTypeDescription();

  /** @return Item 10 {@code businessCombinationTransaction/isBusinessCombinationTransaction} */
  boolean businessCombination();

  /** @return Item 10 {@code businessCombinationTransaction/clarificationOfResponse} */
  Optional<String> businessCombinationClarification();

  /** @return Item 11 {@code minimumInvestmentAccepted} (0 when none, or when the minimum may be waived) */
  UsdAmount minimumInvestment();

  /** @return Item 12 {@code salesCompensationList/recipient}, in order */
  List<SalesCompensationRecipient> salesCompensationRecipients();

  /** @return Item 12 {@code salesCompensationList/over100RecipientFlag} */
  @Value.Default
  default boolean moreThan100Recipients() {
    return false;
  }

  /** @return Item 13 {@code offeringSalesAmounts} */
  OfferingSalesAmounts amounts();

  /** @return Item 14 {@code investors} */
  Investors investors();

  /** @return Item 15 {@code salesCommissionsFindersFees} */
  SalesCommissionsFindersFees commissionsAndFees();

  /** @return Item 16 {@code useOfProceeds} */
  UseOfProceeds useOfProceeds();

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

  /** Builds {@link OfferingData} values. */
  final class Builder extends ImmutableOfferingData.Builder {}
}
