package io.formd.core.fields;

import io.formd.core.fields.FormDFields.Holder;
import io.formd.core.fields.internal.Slot;
import io.formd.core.model.Address;
import io.formd.core.model.ContactData;
import io.formd.core.model.ElectronicFormD;
import io.formd.core.model.EntityType;
import io.formd.core.model.EstimatedAmount;
import io.formd.core.model.FederalExemption;
import io.formd.core.model.IndustryGroup;
import io.formd.core.model.InvestmentFundInfo;
import io.formd.core.model.InvestmentFundType;
import io.formd.core.model.Investors;
import io.formd.core.model.Issuer;
import io.formd.core.model.NetAssetValueRange;
import io.formd.core.model.OfferingAmount;
import io.formd.core.model.OfferingData;
import io.formd.core.model.OfferingSalesAmounts;
import io.formd.core.model.PersonName;
import io.formd.core.model.PreviousNames;
import io.formd.core.model.Recorded;
import io.formd.core.model.RelatedPerson;
import io.formd.core.model.Relationship;
import io.formd.core.model.RevenueRange;
import io.formd.core.model.SalesCommissionsFindersFees;
import io.formd.core.model.SalesCompensationRecipient;
import io.formd.core.model.SecurityType;
import io.formd.core.model.Signature;
import io.formd.core.model.SolicitationState;
import io.formd.core.model.StateOrCountry;
import io.formd.core.model.StatesOfSolicitation;
import io.formd.core.model.SubmissionType;
import io.formd.core.model.TestOrLive;
import io.formd.core.model.TypeOfFiling;
import io.formd.core.model.UsdAmount;
import io.formd.core.model.UseOfProceeds;
import io.formd.core.model.YearOfIncorporation;
import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import java.util.Optional;

/**
 * The electronic form's rows bound to the model without a lambda each: every accessor, setter, builder and code
 * lookup of {@link FormDFields}' electronic table is a case of one switch here, named by a constant the table gives
 * its row. Why not method references: each one is an invokedynamic call site that the JVM links on first use (about
 * a tenth of a millisecond each, two hundred and fifty of them at every start), and at run time the reader's and the
 * walk's calls through two hundred and fifty classes are megamorphic; one class is neither.
 *
 * <p>A constant's number is its case: to add a row, add a constant with the next number and its case, in the
 * method its use calls ({@link #apply} for an accessor, a build or a lookup, {@link #accept} for a setter,
 * {@link #get} for a new builder). {@code AccessTest} checks that every constant has its case.
 */
final class Access extends Slot {

  static final Access RELATIONSHIP_OR_PAPER_LABEL = new Access(0);
  static final Access HOLDER_0 = new Access(1);
  static final Access HOLDER_1 = new Access(2);
  static final Access NEW_INVESTMENT_FUND_INFO = new Access(3);
  static final Access BUILD_INVESTMENT_FUND_INFO = new Access(4);
  static final Access NEW_STATES_OF_SOLICITATION_ENTRY = new Access(5);
  static final Access BUILD_STATES_OF_SOLICITATION_ENTRY = new Access(6);
  static final Access ADD_ELECTRONIC_FORMD_NOTIFICATION_EMAIL_ADDRESSE = new Access(7);
  static final Access ADD_ELECTRONIC_FORMD_ADDITIONAL_ISSUER = new Access(8);
  static final Access ADD_ELECTRONIC_FORMD_RELATED_PERSON = new Access(9);
  static final Access SET_RELATED_PERSON_RELATIONSHIPS = new Access(10);
  static final Access ADD_OFFERING_DATA_FEDERAL_EXEMPTION = new Access(11);
  static final Access ADD_OFFERING_DATA_SALES_COMPENSATION_RECIPIENT = new Access(12);
  static final Access ADD_STATES_OF_SOLICITATION_STATE = new Access(13);
  static final Access ADD_ELECTRONIC_FORMD_SIGNATURE = new Access(14);
  static final Access SET_ELECTRONIC_FORMD_SCHEMA_VERSION = new Access(15);
  static final Access SET_ELECTRONIC_FORMD_SUBMISSION_TYPE = new Access(16);
  static final Access SET_ELECTRONIC_FORMD_TEST_OR_LIVE = new Access(17);
  static final Access SET_ELECTRONIC_FORMD_RETURN_COPY = new Access(18);
  static final Access SET_ELECTRONIC_FORMD_CONTACT_DATA = new Access(19);
  static final Access SET_CONTACT_DATA_NAME = new Access(20);
  static final Access SET_CONTACT_DATA_PHONE = new Access(21);
  static final Access SET_CONTACT_DATA_EMAIL = new Access(22);
  static final Access SET_ELECTRONIC_FORMD_PRIMARY_ISSUER = new Access(23);
  static final Access SET_ELECTRONIC_FORMD_MORE_THAN100_ISSUERS = new Access(24);
  static final Access SET_RELATED_PERSON_NAME = new Access(25);
  static final Access SET_PERSON_NAME_FIRST_NAME = new Access(26);
  static final Access SET_PERSON_NAME_MIDDLE_NAME = new Access(27);
  static final Access SET_PERSON_NAME_LAST_NAME = new Access(28);
  static final Access SET_PERSON_NAME_AS_WRITTEN = new Access(29);
  static final Access SET_RELATED_PERSON_RELATIONSHIP_CLARIFICATION = new Access(30);
  static final Access SET_ELECTRONIC_FORMD_MORE_THAN100_RELATED_PERSONS = new Access(31);
  static final Access SET_ELECTRONIC_FORMD_OFFERING = new Access(32);
  static final Access SET_OFFERING_DATA_INDUSTRY_GROUP = new Access(33);
  static final Access SET_OFFERING_DATA_INVESTMENT_FUND_INFO = new Access(34);
  static final Access SET_OFFERING_DATA_REVENUE_RANGE = new Access(35);
  static final Access SET_OFFERING_DATA_NET_ASSET_VALUE_RANGE = new Access(36);
  static final Access SET_OFFERING_DATA_TYPE_OF_FILING = new Access(37);
  static final Access SET_TYPE_OF_FILING_AMENDMENT = new Access(38);
  static final Access SET_TYPE_OF_FILING_PREVIOUS_ACCESSION_NUMBER = new Access(39);
  static final Access SET_TYPE_OF_FILING_DATE_OF_FIRST_SALE = new Access(40);
  static final Access SET_TYPE_OF_FILING_FIRST_SALE_YET_TO_OCCUR = new Access(41);
  static final Access SET_OFFERING_DATA_MORE_THAN_ONE_YEAR = new Access(42);
  static final Access SET_OFFERING_DATA_BUSINESS_COMBINATION = new Access(43);
  static final Access SET_OFFERING_DATA_BUSINESS_COMBINATION_CLARIFICATION = new Access(44);
  static final Access SET_OFFERING_DATA_MINIMUM_INVESTMENT = new Access(45);
  static final Access SET_SALES_COMPENSATION_RECIPIENT_NAME = new Access(46);
  static final Access SET_SALES_COMPENSATION_RECIPIENT_CRD_NUMBER = new Access(47);
  static final Access SET_SALES_COMPENSATION_RECIPIENT_ASSOCIATED_BROKER_DEALER_NAME = new Access(48);
  static final Access SET_SALES_COMPENSATION_RECIPIENT_ASSOCIATED_BROKER_DEALER_CRD_NUMBER = new Access(49);
  static final Access SET_SALES_COMPENSATION_RECIPIENT_STATES_OF_SOLICITATION = new Access(50);
  static final Access SET_STATES_OF_SOLICITATION_ALL_STATES = new Access(51);
  static final Access SET_SALES_COMPENSATION_RECIPIENT_FOREIGN_SOLICITATION = new Access(52);
  static final Access SET_OFFERING_DATA_MORE_THAN100_RECIPIENTS = new Access(53);
  static final Access SET_OFFERING_DATA_AMOUNTS = new Access(54);
  static final Access SET_OFFERING_SALES_AMOUNTS_TOTAL_OFFERING_AMOUNT = new Access(55);
  static final Access SET_OFFERING_SALES_AMOUNTS_TOTAL_AMOUNT_SOLD = new Access(56);
  static final Access SET_OFFERING_SALES_AMOUNTS_TOTAL_REMAINING = new Access(57);
  static final Access SET_OFFERING_SALES_AMOUNTS_CLARIFICATION = new Access(58);
  static final Access SET_OFFERING_DATA_INVESTORS = new Access(59);
  static final Access SET_INVESTORS_HAS_NON_ACCREDITED_INVESTORS = new Access(60);
  static final Access SET_INVESTORS_NUMBER_NON_ACCREDITED_INVESTORS = new Access(61);
  static final Access SET_INVESTORS_TOTAL_NUMBER_ALREADY_INVESTED = new Access(62);
  static final Access SET_OFFERING_DATA_COMMISSIONS_AND_FEES = new Access(63);
  static final Access SET_SALES_COMMISSIONS_FINDERS_FEES_CLARIFICATION = new Access(64);
  static final Access SET_OFFERING_DATA_USE_OF_PROCEEDS = new Access(65);
  static final Access SET_USE_OF_PROCEEDS_CLARIFICATION = new Access(66);
  static final Access SET_ELECTRONIC_FORMD_AUTHORIZED_REPRESENTATIVE = new Access(67);
  static final Access SET_SIGNATURE_ISSUER_NAME = new Access(68);
  static final Access SET_SIGNATURE_SIGNATURE = new Access(69);
  static final Access SET_SIGNATURE_SIGNER_NAME = new Access(70);
  static final Access SET_SIGNATURE_TITLE = new Access(71);
  static final Access SET_SIGNATURE_DATE = new Access(72);
  static final Access NEW_ELECTRONIC_FORMD = new Access(73);
  static final Access BUILD_ELECTRONIC_FORMD = new Access(74);
  static final Access NEW_CONTACT_DATA = new Access(75);
  static final Access BUILD_CONTACT_DATA = new Access(76);
  static final Access NEW_ISSUER = new Access(77);
  static final Access BUILD_ISSUER = new Access(78);
  static final Access NEW_RELATED_PERSON = new Access(79);
  static final Access BUILD_RELATED_PERSON = new Access(80);
  static final Access NEW_PERSON_NAME = new Access(81);
  static final Access BUILD_PERSON_NAME = new Access(82);
  static final Access NEW_OFFERING_DATA = new Access(83);
  static final Access BUILD_OFFERING_DATA = new Access(84);
  static final Access NEW_TYPE_OF_FILING = new Access(85);
  static final Access BUILD_TYPE_OF_FILING = new Access(86);
  static final Access NEW_SALES_COMPENSATION_RECIPIENT = new Access(87);
  static final Access BUILD_SALES_COMPENSATION_RECIPIENT = new Access(88);
  static final Access NEW_STATES_OF_SOLICITATION = new Access(89);
  static final Access BUILD_STATES_OF_SOLICITATION = new Access(90);
  static final Access NEW_OFFERING_SALES_AMOUNTS = new Access(91);
  static final Access BUILD_OFFERING_SALES_AMOUNTS = new Access(92);
  static final Access NEW_INVESTORS = new Access(93);
  static final Access BUILD_INVESTORS = new Access(94);
  static final Access NEW_SALES_COMMISSIONS_FINDERS_FEES = new Access(95);
  static final Access BUILD_SALES_COMMISSIONS_FINDERS_FEES = new Access(96);
  static final Access NEW_USE_OF_PROCEEDS = new Access(97);
  static final Access BUILD_USE_OF_PROCEEDS = new Access(98);
  static final Access NEW_SIGNATURE = new Access(99);
  static final Access BUILD_SIGNATURE = new Access(100);
  static final Access SUBMISSION_TYPE_CODE = new Access(101);
  static final Access TEST_OR_LIVE_CODE = new Access(102);
  static final Access INDUSTRY_GROUP_CODE = new Access(103);
  static final Access INVESTMENT_FUND_TYPE_CODE = new Access(104);
  static final Access REVENUE_RANGE_CODE = new Access(105);
  static final Access NET_ASSET_VALUE_RANGE_CODE = new Access(106);
  static final Access FEDERAL_EXEMPTION_CODE = new Access(107);
  static final Access SOLICITATION_STATE_CODE = new Access(108);
  static final Access ELECTRONIC_FORMD_SCHEMA_VERSION = new Access(109);
  static final Access ELECTRONIC_FORMD_SUBMISSION_TYPE = new Access(110);
  static final Access ELECTRONIC_FORMD_TEST_OR_LIVE = new Access(111);
  static final Access ELECTRONIC_FORMD_RETURN_COPY = new Access(112);
  static final Access ELECTRONIC_FORMD_CONTACT_DATA = new Access(113);
  static final Access CONTACT_DATA_NAME = new Access(114);
  static final Access CONTACT_DATA_PHONE = new Access(115);
  static final Access CONTACT_DATA_EMAIL = new Access(116);
  static final Access ELECTRONIC_FORMD_NOTIFICATION_EMAIL_ADDRESSES = new Access(117);
  static final Access ELECTRONIC_FORMD_PRIMARY_ISSUER = new Access(118);
  static final Access ELECTRONIC_FORMD_ADDITIONAL_ISSUERS = new Access(119);
  static final Access ELECTRONIC_FORMD_MORE_THAN100_ISSUERS = new Access(120);
  static final Access ELECTRONIC_FORMD_RELATED_PERSONS = new Access(121);
  static final Access RELATED_PERSON_NAME = new Access(122);
  static final Access PERSON_NAME_FIRST_NAME = new Access(123);
  static final Access PERSON_NAME_MIDDLE_NAME = new Access(124);
  static final Access PERSON_NAME_LAST_NAME = new Access(125);
  static final Access PERSON_NAME_AS_WRITTEN = new Access(126);
  static final Access RELATED_PERSON_RELATIONSHIPS = new Access(127);
  static final Access RELATED_PERSON_RELATIONSHIP_CLARIFICATION = new Access(128);
  static final Access ELECTRONIC_FORMD_MORE_THAN100_RELATED_PERSONS = new Access(129);
  static final Access ELECTRONIC_FORMD_OFFERING = new Access(130);
  static final Access OFFERING_DATA_INDUSTRY_GROUP = new Access(131);
  static final Access OFFERING_DATA_INVESTMENT_FUND_INFO = new Access(132);
  static final Access INVESTMENT_FUND_INFO_FUND_TYPE = new Access(133);
  static final Access INVESTMENT_FUND_INFO_REGISTERED_UNDER40_ACT = new Access(134);
  static final Access OFFERING_DATA_REVENUE_RANGE = new Access(135);
  static final Access OFFERING_DATA_NET_ASSET_VALUE_RANGE = new Access(136);
  static final Access OFFERING_DATA_FEDERAL_EXEMPTIONS = new Access(137);
  static final Access OFFERING_DATA_TYPE_OF_FILING = new Access(138);
  static final Access TYPE_OF_FILING_AMENDMENT = new Access(139);
  static final Access TYPE_OF_FILING_PREVIOUS_ACCESSION_NUMBER = new Access(140);
  static final Access TYPE_OF_FILING_DATE_OF_FIRST_SALE = new Access(141);
  static final Access TYPE_OF_FILING_FIRST_SALE_YET_TO_OCCUR = new Access(142);
  static final Access OFFERING_DATA_MORE_THAN_ONE_YEAR = new Access(143);
  static final Access OFFERING_DATA_BUSINESS_COMBINATION = new Access(144);
  static final Access OFFERING_DATA_BUSINESS_COMBINATION_CLARIFICATION = new Access(145);
  static final Access OFFERING_DATA_MINIMUM_INVESTMENT = new Access(146);
  static final Access OFFERING_DATA_SALES_COMPENSATION_RECIPIENTS = new Access(147);
  static final Access SALES_COMPENSATION_RECIPIENT_NAME = new Access(148);
  static final Access SALES_COMPENSATION_RECIPIENT_CRD_NUMBER = new Access(149);
  static final Access SALES_COMPENSATION_RECIPIENT_ASSOCIATED_BROKER_DEALER_NAME = new Access(150);
  static final Access SALES_COMPENSATION_RECIPIENT_ASSOCIATED_BROKER_DEALER_CRD_NUMBER = new Access(151);
  static final Access SALES_COMPENSATION_RECIPIENT_STATES_OF_SOLICITATION = new Access(152);
  static final Access STATES_OF_SOLICITATION_ALL_STATES = new Access(153);
  static final Access STATES_OF_SOLICITATION_STATES = new Access(154);
  static final Access STATES_OF_SOLICITATION_ENTRY_STATE = new Access(155);
  static final Access STATES_OF_SOLICITATION_ENTRY_DESCRIPTION = new Access(156);
  static final Access SALES_COMPENSATION_RECIPIENT_FOREIGN_SOLICITATION = new Access(157);
  static final Access OFFERING_DATA_MORE_THAN100_RECIPIENTS = new Access(158);
  static final Access OFFERING_DATA_AMOUNTS = new Access(159);
  static final Access OFFERING_SALES_AMOUNTS_TOTAL_OFFERING_AMOUNT = new Access(160);
  static final Access OFFERING_SALES_AMOUNTS_TOTAL_AMOUNT_SOLD = new Access(161);
  static final Access OFFERING_SALES_AMOUNTS_TOTAL_REMAINING = new Access(162);
  static final Access OFFERING_SALES_AMOUNTS_CLARIFICATION = new Access(163);
  static final Access OFFERING_DATA_INVESTORS = new Access(164);
  static final Access INVESTORS_HAS_NON_ACCREDITED_INVESTORS = new Access(165);
  static final Access INVESTORS_NUMBER_NON_ACCREDITED_INVESTORS = new Access(166);
  static final Access INVESTORS_TOTAL_NUMBER_ALREADY_INVESTED = new Access(167);
  static final Access OFFERING_DATA_COMMISSIONS_AND_FEES = new Access(168);
  static final Access SALES_COMMISSIONS_FINDERS_FEES_CLARIFICATION = new Access(169);
  static final Access OFFERING_DATA_USE_OF_PROCEEDS = new Access(170);
  static final Access USE_OF_PROCEEDS_CLARIFICATION = new Access(171);
  static final Access ELECTRONIC_FORMD_AUTHORIZED_REPRESENTATIVE = new Access(172);
  static final Access ELECTRONIC_FORMD_SIGNATURES = new Access(173);
  static final Access SIGNATURE_ISSUER_NAME = new Access(174);
  static final Access SIGNATURE_SIGNATURE = new Access(175);
  static final Access SIGNATURE_SIGNER_NAME = new Access(176);
  static final Access SIGNATURE_TITLE = new Access(177);
  static final Access SIGNATURE_DATE = new Access(178);
  static final Access RELATED_PERSON_ADDRESS = new Access(179);
  static final Access SET_RELATED_PERSON_ADDRESS = new Access(180);
  static final Access SALES_COMPENSATION_RECIPIENT_ADDRESS = new Access(181);
  static final Access SET_SALES_COMPENSATION_RECIPIENT_ADDRESS = new Access(182);
  static final Access SALES_COMMISSIONS_FINDERS_FEES_SALES_COMMISSIONS = new Access(183);
  static final Access SET_SALES_COMMISSIONS_FINDERS_FEES_SALES_COMMISSIONS = new Access(184);
  static final Access SALES_COMMISSIONS_FINDERS_FEES_FINDERS_FEES = new Access(185);
  static final Access SET_SALES_COMMISSIONS_FINDERS_FEES_FINDERS_FEES = new Access(186);
  static final Access USE_OF_PROCEEDS_GROSS_PROCEEDS_USED = new Access(187);
  static final Access SET_USE_OF_PROCEEDS_GROSS_PROCEEDS_USED = new Access(188);
  static final Access ENTITY_TYPE_OR_PAPER_LABEL = new Access(189);
  static final Access NEW_ESTIMATED_AMOUNT = new Access(190);
  static final Access BUILD_ESTIMATED_AMOUNT = new Access(191);
  static final Access ADD_PREVIOUS_NAMES_NAME = new Access(192);
  static final Access ADD_OFFERING_DATA_SECURITY_TYPE = new Access(193);
  static final Access SET_ISSUER_CIK = new Access(194);
  static final Access SET_ISSUER_CCC = new Access(195);
  static final Access SET_ISSUER_NAME = new Access(196);
  static final Access SET_ISSUER_PHONE = new Access(197);
  static final Access SET_ISSUER_JURISDICTION_OF_INCORPORATION = new Access(198);
  static final Access SET_ISSUER_ENTITY_TYPE = new Access(199);
  static final Access SET_ISSUER_ENTITY_TYPE_OTHER_DESCRIPTION = new Access(200);
  static final Access SET_ISSUER_YEAR_OF_INCORPORATION = new Access(201);
  static final Access SET_YEAR_OF_INCORPORATION_YEAR = new Access(202);
  static final Access SET_YEAR_OF_INCORPORATION_KIND = new Access(203);
  static final Access SET_PREVIOUS_NAMES_NONE = new Access(204);
  static final Access SET_ADDRESS_STREET1 = new Access(205);
  static final Access SET_ADDRESS_STREET2 = new Access(206);
  static final Access SET_ADDRESS_CITY = new Access(207);
  static final Access SET_ADDRESS_STATE_OR_COUNTRY = new Access(208);
  static final Access SET_ADDRESS_STATE_OR_COUNTRY_DESCRIPTION = new Access(209);
  static final Access SET_ADDRESS_ZIP_CODE = new Access(210);
  static final Access SET_OFFERING_DATA_OTHER_SECURITY_TYPE_DESCRIPTION = new Access(211);
  static final Access NEW_YEAR_OF_INCORPORATION = new Access(212);
  static final Access BUILD_YEAR_OF_INCORPORATION = new Access(213);
  static final Access NEW_PREVIOUS_NAMES = new Access(214);
  static final Access BUILD_PREVIOUS_NAMES = new Access(215);
  static final Access NEW_ADDRESS = new Access(216);
  static final Access BUILD_ADDRESS = new Access(217);
  static final Access STATE_OR_COUNTRY_CODE = new Access(218);
  static final Access ISSUER_CIK = new Access(219);
  static final Access ISSUER_CCC = new Access(220);
  static final Access ISSUER_NAME = new Access(221);
  static final Access ISSUER_PHONE = new Access(222);
  static final Access ISSUER_JURISDICTION_OF_INCORPORATION = new Access(223);
  static final Access ISSUER_ENTITY_TYPE = new Access(224);
  static final Access ISSUER_ENTITY_TYPE_OTHER_DESCRIPTION = new Access(225);
  static final Access ISSUER_YEAR_OF_INCORPORATION = new Access(226);
  static final Access YEAR_OF_INCORPORATION_YEAR = new Access(227);
  static final Access YEAR_OF_INCORPORATION_KIND = new Access(228);
  static final Access PREVIOUS_NAMES_NONE = new Access(229);
  static final Access PREVIOUS_NAMES_NAMES = new Access(230);
  static final Access ADDRESS_STREET1 = new Access(231);
  static final Access ADDRESS_STREET2 = new Access(232);
  static final Access ADDRESS_CITY = new Access(233);
  static final Access ADDRESS_STATE_OR_COUNTRY = new Access(234);
  static final Access ADDRESS_STATE_OR_COUNTRY_DESCRIPTION = new Access(235);
  static final Access ADDRESS_ZIP_CODE = new Access(236);
  static final Access ESTIMATED_AMOUNT_AMOUNT = new Access(237);
  static final Access ESTIMATED_AMOUNT_ESTIMATE = new Access(238);
  static final Access OFFERING_DATA_SECURITY_TYPES = new Access(239);
  static final Access OFFERING_DATA_OTHER_SECURITY_TYPE_DESCRIPTION = new Access(240);
  static final Access ISSUER_ADDRESS = new Access(241);
  static final Access SET_ISSUER_ADDRESS = new Access(242);
  static final Access ISSUER_PREVIOUS_NAMES = new Access(243);
  static final Access SET_ISSUER_PREVIOUS_NAMES = new Access(244);
  static final Access ISSUER_EDGAR_PREVIOUS_NAMES = new Access(245);
  static final Access SET_ISSUER_EDGAR_PREVIOUS_NAMES = new Access(246);

  private Access(int id) {
    super(id);
  }

  /** An accessor (the parent value), a build (the builder) or a code lookup (the text as written). */
  @Override
  public Object apply(Object a) {
    switch (id) {
      case 0: // RELATIONSHIP_OR_PAPER_LABEL
        return FormDFields.orPaperLabel((String) a, Relationship.class);
      case 4: // BUILD_INVESTMENT_FUND_INFO
        return InvestmentFundInfo.of((InvestmentFundType) ((Holder) a).required(0), (Boolean) ((Holder) a).required(1));
      case 6: // BUILD_STATES_OF_SOLICITATION_ENTRY
        return StatesOfSolicitation.Entry.of((SolicitationState) ((Holder) a).required(0), Optional.ofNullable((
            String) ((Holder) a).get(1)));
      case 74: // BUILD_ELECTRONIC_FORMD
        return ((ElectronicFormD.Builder) a).build();
      case 76: // BUILD_CONTACT_DATA
        return ((ContactData.Builder) a).build();
      case 78: // BUILD_ISSUER
        return ((Issuer.Builder) a).build();
      case 80: // BUILD_RELATED_PERSON
        return ((RelatedPerson.Builder) a).build();
      case 82: // BUILD_PERSON_NAME
        return ((PersonName.Builder) a).build();
      case 84: // BUILD_OFFERING_DATA
        return ((OfferingData.Builder) a).build();
      case 86: // BUILD_TYPE_OF_FILING
        return ((TypeOfFiling.Builder) a).build();
      case 88: // BUILD_SALES_COMPENSATION_RECIPIENT
        return ((SalesCompensationRecipient.Builder) a).build();
      case 90: // BUILD_STATES_OF_SOLICITATION
        return ((StatesOfSolicitation.Builder) a).build();
      case 92: // BUILD_OFFERING_SALES_AMOUNTS
        return ((OfferingSalesAmounts.Builder) a).build();
      case 94: // BUILD_INVESTORS
        return ((Investors.Builder) a).build();
      case 96: // BUILD_SALES_COMMISSIONS_FINDERS_FEES
        return ((SalesCommissionsFindersFees.Builder) a).build();
      case 98: // BUILD_USE_OF_PROCEEDS
        return ((UseOfProceeds.Builder) a).build();
      case 100: // BUILD_SIGNATURE
        return ((Signature.Builder) a).build();
      case 101: // SUBMISSION_TYPE_CODE
        return SubmissionType.fromEdgar((String) a);
      case 102: // TEST_OR_LIVE_CODE
        return TestOrLive.fromEdgar((String) a);
      case 103: // INDUSTRY_GROUP_CODE
        return IndustryGroup.fromEdgar((String) a);
      case 104: // INVESTMENT_FUND_TYPE_CODE
        return InvestmentFundType.fromEdgar((String) a);
      case 105: // REVENUE_RANGE_CODE
        return RevenueRange.fromEdgar((String) a);
      case 106: // NET_ASSET_VALUE_RANGE_CODE
        return NetAssetValueRange.fromEdgar((String) a);
      case 107: // FEDERAL_EXEMPTION_CODE
        return FederalExemption.fromEdgar((String) a);
      case 108: // SOLICITATION_STATE_CODE
        return SolicitationState.fromEdgar((String) a);
      case 109: // ELECTRONIC_FORMD_SCHEMA_VERSION
        return ((ElectronicFormD) a).schemaVersion();
      case 110: // ELECTRONIC_FORMD_SUBMISSION_TYPE
        return ((ElectronicFormD) a).submissionType();
      case 111: // ELECTRONIC_FORMD_TEST_OR_LIVE
        return ((ElectronicFormD) a).testOrLive();
      case 112: // ELECTRONIC_FORMD_RETURN_COPY
        return ((ElectronicFormD) a).returnCopy();
      case 113: // ELECTRONIC_FORMD_CONTACT_DATA
        return ((ElectronicFormD) a).contactData();
      case 114: // CONTACT_DATA_NAME
        return ((ContactData) a).name();
      case 115: // CONTACT_DATA_PHONE
        return ((ContactData) a).phone();
      case 116: // CONTACT_DATA_EMAIL
        return ((ContactData) a).email();
      case 117: // ELECTRONIC_FORMD_NOTIFICATION_EMAIL_ADDRESSES
        return ((ElectronicFormD) a).notificationEmailAddresses();
      case 118: // ELECTRONIC_FORMD_PRIMARY_ISSUER
        return ((ElectronicFormD) a).primaryIssuer();
      case 119: // ELECTRONIC_FORMD_ADDITIONAL_ISSUERS
        return ((ElectronicFormD) a).additionalIssuers();
      case 120: // ELECTRONIC_FORMD_MORE_THAN100_ISSUERS
        return ((ElectronicFormD) a).moreThan100Issuers();
      case 121: // ELECTRONIC_FORMD_RELATED_PERSONS
        return ((ElectronicFormD) a).relatedPersons();
      case 122: // RELATED_PERSON_NAME
        return ((RelatedPerson) a).name();
      case 123: // PERSON_NAME_FIRST_NAME
        return ((PersonName) a).firstName();
      case 124: // PERSON_NAME_MIDDLE_NAME
        return ((PersonName) a).middleName();
      case 125: // PERSON_NAME_LAST_NAME
        return ((PersonName) a).lastName();
      case 126: // PERSON_NAME_AS_WRITTEN
        return ((PersonName) a).asWritten();
      case 127: // RELATED_PERSON_RELATIONSHIPS
        return ((RelatedPerson) a).relationships();
      case 128: // RELATED_PERSON_RELATIONSHIP_CLARIFICATION
        return ((RelatedPerson) a).relationshipClarification();
      case 129: // ELECTRONIC_FORMD_MORE_THAN100_RELATED_PERSONS
        return ((ElectronicFormD) a).moreThan100RelatedPersons();
      case 130: // ELECTRONIC_FORMD_OFFERING
        return ((ElectronicFormD) a).offering();
      case 131: // OFFERING_DATA_INDUSTRY_GROUP
        return ((OfferingData) a).industryGroup();
      case 132: // OFFERING_DATA_INVESTMENT_FUND_INFO
        return ((OfferingData) a).investmentFundInfo();
      case 133: // INVESTMENT_FUND_INFO_FUND_TYPE
        return ((InvestmentFundInfo) a).fundType();
      case 134: // INVESTMENT_FUND_INFO_REGISTERED_UNDER40_ACT
        return ((InvestmentFundInfo) a).registeredUnder40Act();
      case 135: // OFFERING_DATA_REVENUE_RANGE
        return ((OfferingData) a).revenueRange();
      case 136: // OFFERING_DATA_NET_ASSET_VALUE_RANGE
        return ((OfferingData) a).netAssetValueRange();
      case 137: // OFFERING_DATA_FEDERAL_EXEMPTIONS
        return ((OfferingData) a).federalExemptions();
      case 138: // OFFERING_DATA_TYPE_OF_FILING
        return ((OfferingData) a).typeOfFiling();
      case 139: // TYPE_OF_FILING_AMENDMENT
        return ((TypeOfFiling) a).amendment();
      case 140: // TYPE_OF_FILING_PREVIOUS_ACCESSION_NUMBER
        return ((TypeOfFiling) a).previousAccessionNumber();
      case 141: // TYPE_OF_FILING_DATE_OF_FIRST_SALE
        return ((TypeOfFiling) a).dateOfFirstSale();
      case 142: // TYPE_OF_FILING_FIRST_SALE_YET_TO_OCCUR
        return ((TypeOfFiling) a).firstSaleYetToOccur();
      case 143: // OFFERING_DATA_MORE_THAN_ONE_YEAR
        return ((OfferingData) a).moreThanOneYear();
      case 144: // OFFERING_DATA_BUSINESS_COMBINATION
        return ((OfferingData) a).businessCombination();
      case 145: // OFFERING_DATA_BUSINESS_COMBINATION_CLARIFICATION
        return ((OfferingData) a).businessCombinationClarification();
      case 146: // OFFERING_DATA_MINIMUM_INVESTMENT
        return ((OfferingData) a).minimumInvestment();
      case 147: // OFFERING_DATA_SALES_COMPENSATION_RECIPIENTS
        return ((OfferingData) a).salesCompensationRecipients();
      case 148: // SALES_COMPENSATION_RECIPIENT_NAME
        return ((SalesCompensationRecipient) a).name();
      case 149: // SALES_COMPENSATION_RECIPIENT_CRD_NUMBER
        return ((SalesCompensationRecipient) a).crdNumber();
      case 150: // SALES_COMPENSATION_RECIPIENT_ASSOCIATED_BROKER_DEALER_NAME
        return ((SalesCompensationRecipient) a).associatedBrokerDealerName();
      case 151: // SALES_COMPENSATION_RECIPIENT_ASSOCIATED_BROKER_DEALER_CRD_NUMBER
        return ((SalesCompensationRecipient) a).associatedBrokerDealerCrdNumber();
      case 152: // SALES_COMPENSATION_RECIPIENT_STATES_OF_SOLICITATION
        return ((SalesCompensationRecipient) a).statesOfSolicitation();
      case 153: // STATES_OF_SOLICITATION_ALL_STATES
        return ((StatesOfSolicitation) a).allStates();
      case 154: // STATES_OF_SOLICITATION_STATES
        return ((StatesOfSolicitation) a).states();
      case 155: // STATES_OF_SOLICITATION_ENTRY_STATE
        return ((StatesOfSolicitation.Entry) a).state();
      case 156: // STATES_OF_SOLICITATION_ENTRY_DESCRIPTION
        return ((StatesOfSolicitation.Entry) a).description();
      case 157: // SALES_COMPENSATION_RECIPIENT_FOREIGN_SOLICITATION
        return ((SalesCompensationRecipient) a).foreignSolicitation();
      case 158: // OFFERING_DATA_MORE_THAN100_RECIPIENTS
        return ((OfferingData) a).moreThan100Recipients();
      case 159: // OFFERING_DATA_AMOUNTS
        return ((OfferingData) a).amounts();
      case 160: // OFFERING_SALES_AMOUNTS_TOTAL_OFFERING_AMOUNT
        return ((OfferingSalesAmounts) a).totalOfferingAmount();
      case 161: // OFFERING_SALES_AMOUNTS_TOTAL_AMOUNT_SOLD
        return ((OfferingSalesAmounts) a).totalAmountSold();
      case 162: // OFFERING_SALES_AMOUNTS_TOTAL_REMAINING
        return ((OfferingSalesAmounts) a).totalRemaining();
      case 163: // OFFERING_SALES_AMOUNTS_CLARIFICATION
        return ((OfferingSalesAmounts) a).clarification();
      case 164: // OFFERING_DATA_INVESTORS
        return ((OfferingData) a).investors();
      case 165: // INVESTORS_HAS_NON_ACCREDITED_INVESTORS
        return ((Investors) a).hasNonAccreditedInvestors();
      case 166: // INVESTORS_NUMBER_NON_ACCREDITED_INVESTORS
        return ((Investors) a).numberNonAccreditedInvestors();
      case 167: // INVESTORS_TOTAL_NUMBER_ALREADY_INVESTED
        return ((Investors) a).totalNumberAlreadyInvested();
      case 168: // OFFERING_DATA_COMMISSIONS_AND_FEES
        return ((OfferingData) a).commissionsAndFees();
      case 169: // SALES_COMMISSIONS_FINDERS_FEES_CLARIFICATION
        return ((SalesCommissionsFindersFees) a).clarification();
      case 170: // OFFERING_DATA_USE_OF_PROCEEDS
        return ((OfferingData) a).useOfProceeds();
      case 171: // USE_OF_PROCEEDS_CLARIFICATION
        return ((UseOfProceeds) a).clarification();
      case 172: // ELECTRONIC_FORMD_AUTHORIZED_REPRESENTATIVE
        return ((ElectronicFormD) a).authorizedRepresentative();
      case 173: // ELECTRONIC_FORMD_SIGNATURES
        return ((ElectronicFormD) a).signatures();
      case 174: // SIGNATURE_ISSUER_NAME
        return ((Signature) a).issuerName();
      case 175: // SIGNATURE_SIGNATURE
        return ((Signature) a).signature();
      case 176: // SIGNATURE_SIGNER_NAME
        return ((Signature) a).signerName();
      case 177: // SIGNATURE_TITLE
        return ((Signature) a).title();
      case 178: // SIGNATURE_DATE
        return ((Signature) a).date();
      case 179: // RELATED_PERSON_ADDRESS
        return ((RelatedPerson) a).address();
      case 181: // SALES_COMPENSATION_RECIPIENT_ADDRESS
        return ((SalesCompensationRecipient) a).address();
      case 183: // SALES_COMMISSIONS_FINDERS_FEES_SALES_COMMISSIONS
        return ((SalesCommissionsFindersFees) a).salesCommissions();
      case 185: // SALES_COMMISSIONS_FINDERS_FEES_FINDERS_FEES
        return ((SalesCommissionsFindersFees) a).findersFees();
      case 187: // USE_OF_PROCEEDS_GROSS_PROCEEDS_USED
        return ((UseOfProceeds) a).grossProceedsUsed();
      case 189: // ENTITY_TYPE_OR_PAPER_LABEL
        return FormDFields.orPaperLabel((String) a, EntityType.class);
      case 191: // BUILD_ESTIMATED_AMOUNT
        return EstimatedAmount.of((UsdAmount) ((Holder) a).required(0), Boolean.TRUE.equals(((Holder) a).get(1)));
      case 213: // BUILD_YEAR_OF_INCORPORATION
        return ((YearOfIncorporation.Builder) a).build();
      case 215: // BUILD_PREVIOUS_NAMES
        return ((PreviousNames.Builder) a).build();
      case 217: // BUILD_ADDRESS
        return ((Address.Builder) a).build();
      case 218: // STATE_OR_COUNTRY_CODE
        return StateOrCountry.fromEdgar((String) a);
      case 219: // ISSUER_CIK
        return ((Issuer) a).cik();
      case 220: // ISSUER_CCC
        return ((Issuer) a).ccc();
      case 221: // ISSUER_NAME
        return ((Issuer) a).name();
      case 222: // ISSUER_PHONE
        return ((Issuer) a).phone();
      case 223: // ISSUER_JURISDICTION_OF_INCORPORATION
        return ((Issuer) a).jurisdictionOfIncorporation();
      case 224: // ISSUER_ENTITY_TYPE
        return ((Issuer) a).entityType();
      case 225: // ISSUER_ENTITY_TYPE_OTHER_DESCRIPTION
        return ((Issuer) a).entityTypeOtherDescription();
      case 226: // ISSUER_YEAR_OF_INCORPORATION
        return ((Issuer) a).yearOfIncorporation();
      case 227: // YEAR_OF_INCORPORATION_YEAR
        return ((YearOfIncorporation) a).year();
      case 228: // YEAR_OF_INCORPORATION_KIND
        return ((YearOfIncorporation) a).kind();
      case 229: // PREVIOUS_NAMES_NONE
        return ((PreviousNames) a).none();
      case 230: // PREVIOUS_NAMES_NAMES
        return ((PreviousNames) a).names();
      case 231: // ADDRESS_STREET1
        return ((Address) a).street1();
      case 232: // ADDRESS_STREET2
        return ((Address) a).street2();
      case 233: // ADDRESS_CITY
        return ((Address) a).city();
      case 234: // ADDRESS_STATE_OR_COUNTRY
        return ((Address) a).stateOrCountry();
      case 235: // ADDRESS_STATE_OR_COUNTRY_DESCRIPTION
        return ((Address) a).stateOrCountryDescription();
      case 236: // ADDRESS_ZIP_CODE
        return ((Address) a).zipCode();
      case 237: // ESTIMATED_AMOUNT_AMOUNT
        return ((EstimatedAmount) a).amount();
      case 238: // ESTIMATED_AMOUNT_ESTIMATE
        return ((EstimatedAmount) a).estimate();
      case 239: // OFFERING_DATA_SECURITY_TYPES
        return ((OfferingData) a).securityTypes();
      case 240: // OFFERING_DATA_OTHER_SECURITY_TYPE_DESCRIPTION
        return ((OfferingData) a).otherSecurityTypeDescription();
      case 241: // ISSUER_ADDRESS
        return ((Issuer) a).address();
      case 243: // ISSUER_PREVIOUS_NAMES
        return ((Issuer) a).previousNames();
      case 245: // ISSUER_EDGAR_PREVIOUS_NAMES
        return ((Issuer) a).edgarPreviousNames();
      default:
        throw unknown("apply");
    }
  }

  /** A setter: the builder and the value. */
  @Override
  @SuppressWarnings("unchecked")
  public void accept(Object a, Object b) {
    switch (id) {
      case 1: // HOLDER_0
        ((Holder) a).set(0, b);
        return;
      case 2: // HOLDER_1
        ((Holder) a).set(1, b);
        return;
      case 7: // ADD_ELECTRONIC_FORMD_NOTIFICATION_EMAIL_ADDRESSE
        ((ElectronicFormD.Builder) a).addNotificationEmailAddresse((String) b);
        return;
      case 8: // ADD_ELECTRONIC_FORMD_ADDITIONAL_ISSUER
        ((ElectronicFormD.Builder) a).addAdditionalIssuer((Issuer) b);
        return;
      case 9: // ADD_ELECTRONIC_FORMD_RELATED_PERSON
        ((ElectronicFormD.Builder) a).addRelatedPerson((RelatedPerson) b);
        return;
      case 10: // SET_RELATED_PERSON_RELATIONSHIPS
        ((RelatedPerson.Builder) a).relationships((Recorded<List<Relationship>>) b);
        return;
      case 11: // ADD_OFFERING_DATA_FEDERAL_EXEMPTION
        ((OfferingData.Builder) a).addFederalExemption((FederalExemption) b);
        return;
      case 12: // ADD_OFFERING_DATA_SALES_COMPENSATION_RECIPIENT
        ((OfferingData.Builder) a).addSalesCompensationRecipient((SalesCompensationRecipient) b);
        return;
      case 13: // ADD_STATES_OF_SOLICITATION_STATE
        ((StatesOfSolicitation.Builder) a).addState((StatesOfSolicitation.Entry) b);
        return;
      case 14: // ADD_ELECTRONIC_FORMD_SIGNATURE
        ((ElectronicFormD.Builder) a).addSignature((Signature) b);
        return;
      case 15: // SET_ELECTRONIC_FORMD_SCHEMA_VERSION
        ((ElectronicFormD.Builder) a).schemaVersion((String) b);
        return;
      case 16: // SET_ELECTRONIC_FORMD_SUBMISSION_TYPE
        ((ElectronicFormD.Builder) a).submissionType((SubmissionType) b);
        return;
      case 17: // SET_ELECTRONIC_FORMD_TEST_OR_LIVE
        ((ElectronicFormD.Builder) a).testOrLive((TestOrLive) b);
        return;
      case 18: // SET_ELECTRONIC_FORMD_RETURN_COPY
        ((ElectronicFormD.Builder) a).returnCopy((Boolean) b);
        return;
      case 19: // SET_ELECTRONIC_FORMD_CONTACT_DATA
        ((ElectronicFormD.Builder) a).contactData((ContactData) b);
        return;
      case 20: // SET_CONTACT_DATA_NAME
        ((ContactData.Builder) a).name((String) b);
        return;
      case 21: // SET_CONTACT_DATA_PHONE
        ((ContactData.Builder) a).phone((String) b);
        return;
      case 22: // SET_CONTACT_DATA_EMAIL
        ((ContactData.Builder) a).email((String) b);
        return;
      case 23: // SET_ELECTRONIC_FORMD_PRIMARY_ISSUER
        ((ElectronicFormD.Builder) a).primaryIssuer((Issuer) b);
        return;
      case 24: // SET_ELECTRONIC_FORMD_MORE_THAN100_ISSUERS
        ((ElectronicFormD.Builder) a).moreThan100Issuers((Boolean) b);
        return;
      case 25: // SET_RELATED_PERSON_NAME
        ((RelatedPerson.Builder) a).name((PersonName) b);
        return;
      case 26: // SET_PERSON_NAME_FIRST_NAME
        ((PersonName.Builder) a).firstName((String) b);
        return;
      case 27: // SET_PERSON_NAME_MIDDLE_NAME
        ((PersonName.Builder) a).middleName((String) b);
        return;
      case 28: // SET_PERSON_NAME_LAST_NAME
        ((PersonName.Builder) a).lastName((String) b);
        return;
      case 29: // SET_PERSON_NAME_AS_WRITTEN
        ((PersonName.Builder) a).asWritten((String) b);
        return;
      case 30: // SET_RELATED_PERSON_RELATIONSHIP_CLARIFICATION
        ((RelatedPerson.Builder) a).relationshipClarification((String) b);
        return;
      case 31: // SET_ELECTRONIC_FORMD_MORE_THAN100_RELATED_PERSONS
        ((ElectronicFormD.Builder) a).moreThan100RelatedPersons((Boolean) b);
        return;
      case 32: // SET_ELECTRONIC_FORMD_OFFERING
        ((ElectronicFormD.Builder) a).offering((OfferingData) b);
        return;
      case 33: // SET_OFFERING_DATA_INDUSTRY_GROUP
        ((OfferingData.Builder) a).industryGroup((IndustryGroup) b);
        return;
      case 34: // SET_OFFERING_DATA_INVESTMENT_FUND_INFO
        ((OfferingData.Builder) a).investmentFundInfo((InvestmentFundInfo) b);
        return;
      case 35: // SET_OFFERING_DATA_REVENUE_RANGE
        ((OfferingData.Builder) a).revenueRange((RevenueRange) b);
        return;
      case 36: // SET_OFFERING_DATA_NET_ASSET_VALUE_RANGE
        ((OfferingData.Builder) a).netAssetValueRange((NetAssetValueRange) b);
        return;
      case 37: // SET_OFFERING_DATA_TYPE_OF_FILING
        ((OfferingData.Builder) a).typeOfFiling((TypeOfFiling) b);
        return;
      case 38: // SET_TYPE_OF_FILING_AMENDMENT
        ((TypeOfFiling.Builder) a).amendment((Boolean) b);
        return;
      case 39: // SET_TYPE_OF_FILING_PREVIOUS_ACCESSION_NUMBER
        ((TypeOfFiling.Builder) a).previousAccessionNumber((String) b);
        return;
      case 40: // SET_TYPE_OF_FILING_DATE_OF_FIRST_SALE
        ((TypeOfFiling.Builder) a).dateOfFirstSale((LocalDate) b);
        return;
      case 41: // SET_TYPE_OF_FILING_FIRST_SALE_YET_TO_OCCUR
        ((TypeOfFiling.Builder) a).firstSaleYetToOccur((Boolean) b);
        return;
      case 42: // SET_OFFERING_DATA_MORE_THAN_ONE_YEAR
        ((OfferingData.Builder) a).moreThanOneYear((Boolean) b);
        return;
      case 43: // SET_OFFERING_DATA_BUSINESS_COMBINATION
        ((OfferingData.Builder) a).businessCombination((Boolean) b);
        return;
      case 44: // SET_OFFERING_DATA_BUSINESS_COMBINATION_CLARIFICATION
        ((OfferingData.Builder) a).businessCombinationClarification((String) b);
        return;
      case 45: // SET_OFFERING_DATA_MINIMUM_INVESTMENT
        ((OfferingData.Builder) a).minimumInvestment((UsdAmount) b);
        return;
      case 46: // SET_SALES_COMPENSATION_RECIPIENT_NAME
        ((SalesCompensationRecipient.Builder) a).name((String) b);
        return;
      case 47: // SET_SALES_COMPENSATION_RECIPIENT_CRD_NUMBER
        ((SalesCompensationRecipient.Builder) a).crdNumber((String) b);
        return;
      case 48: // SET_SALES_COMPENSATION_RECIPIENT_ASSOCIATED_BROKER_DEALER_NAME
        ((SalesCompensationRecipient.Builder) a).associatedBrokerDealerName((String) b);
        return;
      case 49: // SET_SALES_COMPENSATION_RECIPIENT_ASSOCIATED_BROKER_DEALER_CRD_NUMBER
        ((SalesCompensationRecipient.Builder) a).associatedBrokerDealerCrdNumber((String) b);
        return;
      case 50: // SET_SALES_COMPENSATION_RECIPIENT_STATES_OF_SOLICITATION
        ((SalesCompensationRecipient.Builder) a).statesOfSolicitation((StatesOfSolicitation) b);
        return;
      case 51: // SET_STATES_OF_SOLICITATION_ALL_STATES
        ((StatesOfSolicitation.Builder) a).allStates((Boolean) b);
        return;
      case 52: // SET_SALES_COMPENSATION_RECIPIENT_FOREIGN_SOLICITATION
        ((SalesCompensationRecipient.Builder) a).foreignSolicitation((Boolean) b);
        return;
      case 53: // SET_OFFERING_DATA_MORE_THAN100_RECIPIENTS
        ((OfferingData.Builder) a).moreThan100Recipients((Boolean) b);
        return;
      case 54: // SET_OFFERING_DATA_AMOUNTS
        ((OfferingData.Builder) a).amounts((OfferingSalesAmounts) b);
        return;
      case 55: // SET_OFFERING_SALES_AMOUNTS_TOTAL_OFFERING_AMOUNT
        ((OfferingSalesAmounts.Builder) a).totalOfferingAmount((OfferingAmount) b);
        return;
      case 56: // SET_OFFERING_SALES_AMOUNTS_TOTAL_AMOUNT_SOLD
        ((OfferingSalesAmounts.Builder) a).totalAmountSold((UsdAmount) b);
        return;
      case 57: // SET_OFFERING_SALES_AMOUNTS_TOTAL_REMAINING
        ((OfferingSalesAmounts.Builder) a).totalRemaining((OfferingAmount) b);
        return;
      case 58: // SET_OFFERING_SALES_AMOUNTS_CLARIFICATION
        ((OfferingSalesAmounts.Builder) a).clarification((String) b);
        return;
      case 59: // SET_OFFERING_DATA_INVESTORS
        ((OfferingData.Builder) a).investors((Investors) b);
        return;
      case 60: // SET_INVESTORS_HAS_NON_ACCREDITED_INVESTORS
        ((Investors.Builder) a).hasNonAccreditedInvestors((Boolean) b);
        return;
      case 61: // SET_INVESTORS_NUMBER_NON_ACCREDITED_INVESTORS
        ((Investors.Builder) a).numberNonAccreditedInvestors((Long) b);
        return;
      case 62: // SET_INVESTORS_TOTAL_NUMBER_ALREADY_INVESTED
        ((Investors.Builder) a).totalNumberAlreadyInvested((Long) b);
        return;
      case 63: // SET_OFFERING_DATA_COMMISSIONS_AND_FEES
        ((OfferingData.Builder) a).commissionsAndFees((SalesCommissionsFindersFees) b);
        return;
      case 64: // SET_SALES_COMMISSIONS_FINDERS_FEES_CLARIFICATION
        ((SalesCommissionsFindersFees.Builder) a).clarification((String) b);
        return;
      case 65: // SET_OFFERING_DATA_USE_OF_PROCEEDS
        ((OfferingData.Builder) a).useOfProceeds((UseOfProceeds) b);
        return;
      case 66: // SET_USE_OF_PROCEEDS_CLARIFICATION
        ((UseOfProceeds.Builder) a).clarification((String) b);
        return;
      case 67: // SET_ELECTRONIC_FORMD_AUTHORIZED_REPRESENTATIVE
        ((ElectronicFormD.Builder) a).authorizedRepresentative((Boolean) b);
        return;
      case 68: // SET_SIGNATURE_ISSUER_NAME
        ((Signature.Builder) a).issuerName((String) b);
        return;
      case 69: // SET_SIGNATURE_SIGNATURE
        ((Signature.Builder) a).signature((String) b);
        return;
      case 70: // SET_SIGNATURE_SIGNER_NAME
        ((Signature.Builder) a).signerName((String) b);
        return;
      case 71: // SET_SIGNATURE_TITLE
        ((Signature.Builder) a).title((String) b);
        return;
      case 72: // SET_SIGNATURE_DATE
        ((Signature.Builder) a).date((LocalDate) b);
        return;
      case 180: // SET_RELATED_PERSON_ADDRESS
        ((RelatedPerson.Builder) a).address((Address) b);
        return;
      case 182: // SET_SALES_COMPENSATION_RECIPIENT_ADDRESS
        ((SalesCompensationRecipient.Builder) a).address((Address) b);
        return;
      case 184: // SET_SALES_COMMISSIONS_FINDERS_FEES_SALES_COMMISSIONS
        ((SalesCommissionsFindersFees.Builder) a).salesCommissions((EstimatedAmount) b);
        return;
      case 186: // SET_SALES_COMMISSIONS_FINDERS_FEES_FINDERS_FEES
        ((SalesCommissionsFindersFees.Builder) a).findersFees((EstimatedAmount) b);
        return;
      case 188: // SET_USE_OF_PROCEEDS_GROSS_PROCEEDS_USED
        ((UseOfProceeds.Builder) a).grossProceedsUsed((EstimatedAmount) b);
        return;
      case 192: // ADD_PREVIOUS_NAMES_NAME
        ((PreviousNames.Builder) a).addName((String) b);
        return;
      case 193: // ADD_OFFERING_DATA_SECURITY_TYPE
        ((OfferingData.Builder) a).addSecurityType((SecurityType) b);
        return;
      case 194: // SET_ISSUER_CIK
        ((Issuer.Builder) a).cik((String) b);
        return;
      case 195: // SET_ISSUER_CCC
        ((Issuer.Builder) a).ccc((String) b);
        return;
      case 196: // SET_ISSUER_NAME
        ((Issuer.Builder) a).name((String) b);
        return;
      case 197: // SET_ISSUER_PHONE
        ((Issuer.Builder) a).phone((String) b);
        return;
      case 198: // SET_ISSUER_JURISDICTION_OF_INCORPORATION
        ((Issuer.Builder) a).jurisdictionOfIncorporation((String) b);
        return;
      case 199: // SET_ISSUER_ENTITY_TYPE
        ((Issuer.Builder) a).entityType((EntityType) b);
        return;
      case 200: // SET_ISSUER_ENTITY_TYPE_OTHER_DESCRIPTION
        ((Issuer.Builder) a).entityTypeOtherDescription((String) b);
        return;
      case 201: // SET_ISSUER_YEAR_OF_INCORPORATION
        ((Issuer.Builder) a).yearOfIncorporation((YearOfIncorporation) b);
        return;
      case 202: // SET_YEAR_OF_INCORPORATION_YEAR
        ((YearOfIncorporation.Builder) a).year((Year) b);
        return;
      case 203: // SET_YEAR_OF_INCORPORATION_KIND
        ((YearOfIncorporation.Builder) a).kind((YearOfIncorporation.Kind) b);
        return;
      case 204: // SET_PREVIOUS_NAMES_NONE
        ((PreviousNames.Builder) a).none((Boolean) b);
        return;
      case 205: // SET_ADDRESS_STREET1
        ((Address.Builder) a).street1((String) b);
        return;
      case 206: // SET_ADDRESS_STREET2
        ((Address.Builder) a).street2((String) b);
        return;
      case 207: // SET_ADDRESS_CITY
        ((Address.Builder) a).city((String) b);
        return;
      case 208: // SET_ADDRESS_STATE_OR_COUNTRY
        ((Address.Builder) a).stateOrCountry((StateOrCountry) b);
        return;
      case 209: // SET_ADDRESS_STATE_OR_COUNTRY_DESCRIPTION
        ((Address.Builder) a).stateOrCountryDescription((String) b);
        return;
      case 210: // SET_ADDRESS_ZIP_CODE
        ((Address.Builder) a).zipCode((String) b);
        return;
      case 211: // SET_OFFERING_DATA_OTHER_SECURITY_TYPE_DESCRIPTION
        ((OfferingData.Builder) a).otherSecurityTypeDescription((String) b);
        return;
      case 242: // SET_ISSUER_ADDRESS
        ((Issuer.Builder) a).address((Address) b);
        return;
      case 244: // SET_ISSUER_PREVIOUS_NAMES
        ((Issuer.Builder) a).previousNames((PreviousNames) b);
        return;
      case 246: // SET_ISSUER_EDGAR_PREVIOUS_NAMES
        ((Issuer.Builder) a).edgarPreviousNames((PreviousNames) b);
        return;
      default:
        throw unknown("accept");
    }
  }

  /** A new builder. */
  @Override
  public Object get() {
    switch (id) {
      case 3: // NEW_INVESTMENT_FUND_INFO
        return new Holder("fundType", "registeredUnder40Act");
      case 5: // NEW_STATES_OF_SOLICITATION_ENTRY
        return new Holder("state", "description");
      case 73: // NEW_ELECTRONIC_FORMD
        return ElectronicFormD.builder();
      case 75: // NEW_CONTACT_DATA
        return ContactData.builder();
      case 77: // NEW_ISSUER
        return Issuer.builder();
      case 79: // NEW_RELATED_PERSON
        return RelatedPerson.builder();
      case 81: // NEW_PERSON_NAME
        return PersonName.builder();
      case 83: // NEW_OFFERING_DATA
        return OfferingData.builder();
      case 85: // NEW_TYPE_OF_FILING
        return TypeOfFiling.builder();
      case 87: // NEW_SALES_COMPENSATION_RECIPIENT
        return SalesCompensationRecipient.builder();
      case 89: // NEW_STATES_OF_SOLICITATION
        return StatesOfSolicitation.builder();
      case 91: // NEW_OFFERING_SALES_AMOUNTS
        return OfferingSalesAmounts.builder();
      case 93: // NEW_INVESTORS
        return Investors.builder();
      case 95: // NEW_SALES_COMMISSIONS_FINDERS_FEES
        return SalesCommissionsFindersFees.builder();
      case 97: // NEW_USE_OF_PROCEEDS
        return UseOfProceeds.builder();
      case 99: // NEW_SIGNATURE
        return Signature.builder();
      case 190: // NEW_ESTIMATED_AMOUNT
        return new Holder("amount", "estimate");
      case 212: // NEW_YEAR_OF_INCORPORATION
        return YearOfIncorporation.builder();
      case 214: // NEW_PREVIOUS_NAMES
        return PreviousNames.builder();
      case 216: // NEW_ADDRESS
        return Address.builder();
      default:
        throw unknown("get");
    }
  }
}
