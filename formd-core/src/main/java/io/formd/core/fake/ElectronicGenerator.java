package io.formd.core.fake;

import io.formd.core.model.Address;
import io.formd.core.model.ContactData;
import io.formd.core.model.Dialect;
import io.formd.core.model.Edition;
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
import io.formd.core.model.StatesOfSolicitation;
import io.formd.core.model.SubmissionType;
import io.formd.core.model.TestOrLive;
import io.formd.core.model.TypeOfFiling;
import io.formd.core.model.UsdAmount;
import io.formd.core.model.UseOfProceeds;
import io.formd.core.model.YearOfIncorporation;
import io.formd.core.rules.Limits;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** Generates electronic filings that no built-in rule finds anything wrong with. */
final class ElectronicGenerator {

  private static final List<IndustryGroup> OPERATING_INDUSTRIES = List.of(IndustryGroup.values()).stream()
      .filter(g -> g != IndustryGroup.POOLED_INVESTMENT_FUND).collect(Collectors.toUnmodifiableList());
  private static final List<SecurityType> OPERATING_SECURITIES = List.of(SecurityType.EQUITY, SecurityType.DEBT,
      SecurityType.OPTION_TO_ACQUIRE, SecurityType.SECURITY_TO_BE_ACQUIRED, SecurityType.TENANT_IN_COMMON,
      SecurityType.MINERAL_PROPERTY, SecurityType.OTHER);

  private final Rng rng;
  private final FakeConfig config;

  ElectronicGenerator(Rng rng, FakeConfig config) {
    this.rng = rng;
    this.config = config;
  }

  ElectronicFormD next() {
    LocalDate signed = rng.dateBetween(config.fromFor(Edition.ELECTRONIC),
        config.untilFor(Edition.ELECTRONIC));
    boolean fund = config.issuerKind() == FakeConfig.IssuerKind.POOLED_FUND
        || config.issuerKind() == FakeConfig.IssuerKind.ANY && rng.chance(30);
    boolean amendment = config.amendments() == FakeConfig.Amendments.ALWAYS
        || config.amendments() == FakeConfig.Amendments.SOMETIMES && rng.chance(20);

    // Item 6: the exemption the offering relies on, among those that exist on the signature date.
    boolean after506Split = !signed.isBefore(Limits.RULE_506C_FROM);
    FederalExemption primary;
    int roll = rng.nextInt(100);
    if (fund || roll < 70) {
      primary = after506Split ? FederalExemption.RULE_506_B : FederalExemption.RULE_506;
    } else if (roll < 82) {
      primary = after506Split ? FederalExemption.RULE_506_C : FederalExemption.RULE_506;
    } else if (roll < 90) {
      primary = FederalExemption.RULE_504;
    } else if (roll < 95 || !signed.isBefore(Limits.RULE_505_REPEALED)) {
      primary = signed.isBefore(Limits.SECTION_4_6_RENUMBERED) ? FederalExemption.SECTION_4_6
          : FederalExemption.SECTION_4A5;
    } else {
      primary = FederalExemption.RULE_505;
    }
    if (fund && after506Split && rng.chance(20)) {
      primary = FederalExemption.RULE_506_C;
    }
    UsdAmount ceiling = primary.family() == FederalExemption.Family.RULE_504 ? Limits.rule504Ceiling(signed)
        : primary.family() == FederalExemption.Family.RULE_505
            || primary.family() == FederalExemption.Family.SECTION_4A5
            ? Limits.FIVE_MILLION : null;

    // Item 13: amounts.
    OfferingAmount total;
    boolean indefinite = ceiling == null && (fund ? rng.chance(25) : rng.chance(5))
        && config.size() != FakeConfig.Size.SMALL && config.size() != FakeConfig.Size.MEDIUM;
    long offered;
    if (indefinite) {
      offered = rng.round(1_000_000, 500_000_000);
      total = OfferingAmount.INDEFINITE;
    } else {
      long min;
      long max;
      switch (config.size()) {
        case SMALL: min = 50_000; max = 2_000_000; break;
        case MEDIUM: min = 1_000_000; max = 25_000_000; break;
        case LARGE: min = 25_000_000; max = 2_000_000_000; break;
        default: min = 50_000; max = rng.chance(60) ? 10_000_000 : 2_000_000_000; break;
      }
      if (ceiling != null) {
        max = Math.min(max, ceiling.value().longValueExact());
        min = Math.min(min, max);
      }
      offered = rng.round(min, max);
      total = OfferingAmount.of(offered);
    }
    boolean yetToOccur = rng.chance(fund ? 25 : 12) && !amendment;
    long sold = yetToOccur ? 0 : rng.chance(10) ? offered : rng.round(0, offered);
    if (sold > 0 && sold < 1000) {
      sold = 0;
    }
    OfferingAmount remaining = indefinite ? OfferingAmount.INDEFINITE : OfferingAmount.of(offered - sold);

    // Item 14: investors.
    long investors = sold == 0 ? 0 : rng.between(1, fund ? 400 : 60);
    boolean accreditedOnly = primary == FederalExemption.RULE_506_C
        || primary.family() == FederalExemption.Family.SECTION_4A5;
    boolean nonAccredited = !accreditedOnly && rng.chance(15);
    Long nonAccreditedCount = nonAccredited ? rng.between(0L, Math.min(investors, Limits.MAX_NON_ACCREDITED)) : null;

    // Item 7: dates.
    LocalDate firstSale = yetToOccur ? null
        : amendment ? signed.minusDays(rng.between(16, 900)) : signed.minusDays(rng.between(0, 14));
    if (firstSale != null && primary == FederalExemption.RULE_506_C && firstSale.isBefore(Limits.RULE_506C_FROM)) {
      firstSale = Limits.RULE_506C_FROM; // output version 2: no Rule 506(c) sale before the rule existed
    }
    if (firstSale != null && primary.family() == FederalExemption.Family.RULE_504) {
      // Output version 2: a Rule 504 offering sized to the signature date's ceiling began under that ceiling.
      LocalDate ceilingFrom = !signed.isBefore(Limits.RULE_504_10M_FROM) ? Limits.RULE_504_10M_FROM
          : !signed.isBefore(Limits.RULE_504_5M_FROM) ? Limits.RULE_504_5M_FROM : null;
      if (ceilingFrom != null && firstSale.isBefore(ceilingFrom)) {
        firstSale = ceilingFrom;
      }
    }

    List<FederalExemption> items = new ArrayList<>();
    items.add(primary);
    if (fund) {
      items.add(FederalExemption.SECTION_3C);
      items.add(rng.chance(60) ? FederalExemption.SECTION_3C_1 : FederalExemption.SECTION_3C_7);
      // Output version 2: a 3(c)(1) fund has at most 100 owners; a 3(c)(7) fund only qualified purchasers.
      if (items.contains(FederalExemption.SECTION_3C_1)) {
        investors = Math.min(investors, 100);
        nonAccreditedCount = nonAccreditedCount == null ? null : Math.min(nonAccreditedCount, investors);
      } else {
        nonAccredited = false;
        nonAccreditedCount = null;
      }
    }

    Issuer issuer = issuer(signed, fund, sold, firstSale);
    List<Issuer> coIssuers = new ArrayList<>();
    if (rng.chance(8)) {
      int n = rng.between(1, 2);
      for (int i = 0; i < n; i++) {
        coIssuers.add(issuer(signed, fund, sold, firstSale));
      }
    }
    List<SalesCompensationRecipient> recipients = new ArrayList<>();
    int recipientCount = rng.chance(35) ? rng.between(1, 3) : 0;
    for (int i = 0; i < recipientCount; i++) {
      recipients.add(recipient());
    }
    long definite = indefinite ? offered : offered;
    long commissions = recipients.isEmpty() ? 0 : rng.round(0, definite / 20);
    long drawnFinders = rng.chance(10) ? rng.round(0, definite / 50) : 0;
    // Item 12 lists everyone paid for soliciting, finders included: no recipient, no finders' fee (output version 2).
    long finders = recipients.isEmpty() ? 0 : drawnFinders;
    long insiders = rng.chance(20) ? rng.round(0, definite / 10) : 0;
    long minimum = rng.chance(50) ? 0 : rng.round(1_000, Math.max(1_000,
        Math.min(definite, fund ? 5_000_000 : 250_000)));
    if (minimum > offered) {
      minimum = 0;
    }

    Set<SecurityType> securities = EnumSet.noneOf(SecurityType.class);
    String otherDescription = null;
    IndustryGroup industry;
    InvestmentFundInfo fundInfo = null;
    RevenueRange revenue = null;
    NetAssetValueRange nav = null;
    if (fund) {
      industry = IndustryGroup.POOLED_INVESTMENT_FUND;
      InvestmentFundType type = rng.pick(InvestmentFundType.values());
      fundInfo = InvestmentFundInfo.of(type, false);
      securities.add(SecurityType.POOLED_INVESTMENT_FUND_INTERESTS);
      if (type == InvestmentFundType.HEDGE_FUND || type == InvestmentFundType.OTHER_INVESTMENT_FUND) {
        nav = rng.pick(NetAssetValueRange.values());
      } else {
        revenue = rng.pick(RevenueRange.DECLINE_TO_DISCLOSE, RevenueRange.NOT_APPLICABLE, RevenueRange.NO_REVENUES);
      }
    } else {
      industry = rng.pick(OPERATING_INDUSTRIES);
      revenue = rng.pick(RevenueRange.values());
      securities.add(rng.pick(OPERATING_SECURITIES));
      if (rng.chance(30)) {
        securities.add(rng.pick(OPERATING_SECURITIES));
      }
      if (securities.contains(SecurityType.OTHER)) {
        otherDescription = rng.pick("Simple agreements for future equity", "Membership units",
            "Revenue participation rights");
      }
    }
    boolean combination = rng.chance(5);

    OfferingData offering = OfferingData.builder()
        .industryGroup(industry)
        .investmentFundInfo(Optional.ofNullable(fundInfo))
        .revenueRange(Optional.ofNullable(revenue))
        .netAssetValueRange(Optional.ofNullable(nav))
        .federalExemptions(items)
        .typeOfFiling(TypeOfFiling.builder().amendment(amendment)
            .previousAccessionNumber(Optional.ofNullable(amendment ? accession(issuer, signed) : null))
            .dateOfFirstSale(Optional.ofNullable(firstSale)).firstSaleYetToOccur(yetToOccur).build())
        .moreThanOneYear(fund ? rng.chance(70) : rng.chance(20))
        .securityTypes(securities)
        .otherSecurityTypeDescription(Optional.ofNullable(otherDescription))
        .businessCombination(combination)
        .businessCombinationClarification(Optional.ofNullable(combination
            ? "Issued to the shareholders of an acquired company in a merger" : null))
        .minimumInvestment(UsdAmount.of(minimum))
        .salesCompensationRecipients(recipients)
        .amounts(OfferingSalesAmounts.builder().totalOfferingAmount(total).totalAmountSold(UsdAmount.of(sold))
            .totalRemaining(remaining).build())
        .investors(Investors.builder().hasNonAccreditedInvestors(nonAccredited)
            .numberNonAccreditedInvestors(Optional.ofNullable(nonAccreditedCount))
            .totalNumberAlreadyInvested(investors).build())
        .commissionsAndFees(SalesCommissionsFindersFees.builder()
            .salesCommissions(EstimatedAmount.of(UsdAmount.of(commissions), commissions > 0 && rng.chance(50)))
            .findersFees(EstimatedAmount.of(UsdAmount.of(finders), drawnFinders > 0 && rng.chance(50) && finders > 0))
            .build())
        .useOfProceeds(UseOfProceeds.builder()
            .grossProceedsUsed(EstimatedAmount.of(UsdAmount.of(insiders), insiders > 0 && rng.chance(50))).build())
        .build();

    List<RelatedPerson> persons = new ArrayList<>();
    int personCount = rng.between(1, 6);
    for (int i = 0; i < personCount; i++) {
      persons.add(person());
    }
    boolean representative = !coIssuers.isEmpty() && rng.chance(50);
    List<Signature> signatures = new ArrayList<>();
    signatures.add(signature(issuer, persons.get(0), signed));
    if (!representative) {
      for (Issuer co : coIssuers) {
        signatures.add(signature(co, persons.get(rng.nextInt(persons.size())), signed));
      }
    }
    ElectronicFormD published = ElectronicFormD.builder()
        .schemaVersion(signed.getYear() >= 2013 ? "X0708" : "X0603")
        .submissionType(amendment ? SubmissionType.D_A : SubmissionType.D)
        .testOrLive(TestOrLive.LIVE)
        .primaryIssuer(issuer)
        .additionalIssuers(coIssuers)
        .relatedPersons(persons)
        .offering(offering)
        .authorizedRepresentative(representative)
        .signatures(signatures)
        .build();
    return config.dialect() == Dialect.SUBMISSION ? submission(published) : published;
  }

  /**
   * The same filing as its filer sends it: each issuer with a CCC and without the name, jurisdiction and previous
   * names EDGAR fills in, a contact, no schema version.
   */
  private ElectronicFormD submission(ElectronicFormD published) {
    List<Issuer> issuers = new ArrayList<>();
    for (Issuer issuer : published.issuers()) {
      issuers.add(Issuer.builder().from(issuer).name(Optional.empty()).ccc(ccc())
          .jurisdictionOfIncorporation(Optional.empty())
          .edgarPreviousNames(Optional.empty()).build());
    }
    PersonName agent = published.relatedPersons().get(0).name();
    return ElectronicFormD.builder().from(published)
        .schemaVersion(Optional.empty())
        .returnCopy(false)
        .contactData(ContactData.builder()
            .name(agent.displayName().length() <= 30 ? agent.displayName() : agent.displayName().substring(0, 30)
            .trim())
            .phone("(212) 555-" + rng.digits(4))
            .email("filings" + rng.digits(3) + "@example.com").build())
        .primaryIssuer(issuers.get(0))
        .additionalIssuers(issuers.subList(1, issuers.size()))
        .build();
  }

  /** @return a CIK confirmation code: 8 characters of letters, digits and the symbols EDGAR allows */
  private String ccc() {
    String alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghjkmnpqrstuvwxyz23456789@#$*";
    StringBuilder ccc = new StringBuilder(8);
    for (int i = 0; i < 8; i++) {
      ccc.append(alphabet.charAt(rng.nextInt(alphabet.length())));
    }
    return ccc.toString();
  }

  private String accession(Issuer issuer, LocalDate signed) {
    int year = Math.max(9, signed.getYear() - 2000 - rng.between(0, 3));
    return issuer.cik().orElse("0001000000") + "-" + String.format(Locale.ROOT, "%02d", year % 100) + "-"
        + String.format(Locale.ROOT, "%06d", rng.between(1, 999_999));
  }

  private Issuer issuer(LocalDate signed, boolean fund, long sold, LocalDate firstSale) {
    String name = fund
        ? rng.pick(Words.NAME_WORDS) + " " + rng.pick(Words.FUND_WORDS) + " Fund " + rng.pick("I", "II", "III", "IV",
            "V")
            + ", " + rng.pick("L.P.", "LLC", "Ltd.")
        : rng.pick(Words.NAME_WORDS) + " " + rng.pick(Words.BUSINESS) + ", " + rng.pick("Inc.", "LLC", "Corp.");
    EntityType type = name.endsWith("L.P.") ? EntityType.LIMITED_PARTNERSHIP
        : name.endsWith("LLC") ? EntityType.LIMITED_LIABILITY_COMPANY
        : name.endsWith("Ltd.") ? rng.pick(EntityType.OTHER, EntityType.CORPORATION)
        : rng.chance(5) ? EntityType.BUSINESS_TRUST : EntityType.CORPORATION;
    Address address = address();
    YearOfIncorporation year;
    int roll = rng.nextInt(100);
    if (roll < 10 && sold == 0 && firstSale == null) {
      year = YearOfIncorporation.yetToBeFormed();
    } else if (roll < 45) {
      int incorporated = Math.max(2000, signed.getYear() - rng.between(0, 4));
      // Output version 2: incorporated no later than the year of the first sale.
      year = YearOfIncorporation.withinFiveYears(firstSale == null ? incorporated
          : Math.min(incorporated, firstSale.getYear()));
    } else {
      year = YearOfIncorporation.overFiveYears();
    }
    return Issuer.builder()
        .cik(String.format(Locale.ROOT, "%010d", rng.between(1_000_000, 2_100_000)))
        .name(name)
        .address(address)
        .phone(phone(address))
        .jurisdictionOfIncorporation(address.stateOrCountry().isSolicitationState() && rng.chance(50)
            ? address.stateOrCountry().label() : rng.pick("DELAWARE", "DELAWARE", "NEVADA", "CAYMAN ISLANDS"))
        .previousNames(rng.chance(90) ? PreviousNames.ofNone()
            : PreviousNames.of(rng.pick(Words.NAME_WORDS) + " " + rng.pick(Words.BUSINESS) + " Inc."))
        .edgarPreviousNames(PreviousNames.ofNone())
        .entityType(type)
        .entityTypeOtherDescription(Optional.ofNullable(type == EntityType.OTHER
            ? "Exempted company with limited liability" : null))
        .yearOfIncorporation(year)
        .build();
  }

  Address address() {
    if (rng.chance(12)) {
      Words.Foreign f = rng.pick(Words.FOREIGN);
      return Address.builder().street1(rng.between(1, 200) + " " + rng.pick("Harbour Road", "Queen Street",
          "King Street West", "Raffles Place"))
          .city(f.city).stateOrCountry(f.country).stateOrCountryDescription(f.country.label()).zipCode(f.postal)
          .build();
    }
    Words.City city = rng.pick(Words.CITIES);
    Address.Builder b = Address.builder().street1(rng.between(1, 9999) + " " + rng.pick(Words.STREETS))
        .city(city.name).stateOrCountry(city.state).stateOrCountryDescription(city.state.label())
        .zipCode(city.zipPrefix + rng.digits(2));
    if (rng.chance(40)) {
      b.street2(rng.pick("Suite ", "Floor ", "Unit ") + rng.between(2, 4000));
    }
    return b.build();
  }

  String phone(Address address) {
    for (Words.Foreign f : Words.FOREIGN) {
      if (f.country == address.stateOrCountry()) {
        return f.phone + rng.digits(4);
      }
    }
    for (Words.City c : Words.CITIES) {
      if (c.state == address.stateOrCountry()) {
        return "(" + c.areaCode + ") " + rng.between(200, 999) + "-" + rng.digits(4);
      }
    }
    return "(302) 555-" + rng.digits(4);
  }

  private RelatedPerson person() {
    List<Relationship> roles = new ArrayList<>();
    roles.add(rng.pick(Relationship.EXECUTIVE_OFFICER, Relationship.DIRECTOR, Relationship.PROMOTER));
    if (rng.chance(40)) {
      Relationship second = rng.pick(Relationship.EXECUTIVE_OFFICER, Relationship.DIRECTOR, Relationship.PROMOTER);
      if (!roles.contains(second)) {
        roles.add(second);
      }
    }
    PersonName name = rng.chance(40)
        ? PersonName.of(rng.pick(Words.FIRST), rng.pick(Words.MIDDLE), rng.pick(Words.LAST))
        : PersonName.of(rng.pick(Words.FIRST), rng.pick(Words.LAST));
    return RelatedPerson.builder().name(name).address(address())
        .relationships(Recorded.of(List.copyOf(roles)))
        .relationshipClarification(Optional.ofNullable(rng.chance(15) ? "Managing member of the general "
            + "partner" : null))
        .build();
  }

  private SalesCompensationRecipient recipient() {
    String firm = rng.pick(Words.NAME_WORDS) + " " + rng.pick("Securities", "Capital Markets", "Partners") + " LLC";
    boolean firmItself = rng.chance(60);
    StatesOfSolicitation states;
    if (rng.chance(30)) {
      states = StatesOfSolicitation.all();
    } else {
      Set<SolicitationState> chosen = EnumSet.noneOf(SolicitationState.class);
      int n = rng.between(1, 6);
      for (int i = 0; i < n; i++) {
        chosen.add(rng.pick(SolicitationState.values()));
      }
      states = StatesOfSolicitation.of(chosen.toArray(new SolicitationState[0]));
    }
    String crd = rng.digits(1) + rng.digits(rng.between(3, 6));
    return SalesCompensationRecipient.builder()
        .name(firmItself ? firm : rng.pick(Words.LAST) + ", " + rng.pick(Words.FIRST))
        .crdNumber(crd.replaceFirst("^0", "1"))
        .associatedBrokerDealerName(firm)
        .associatedBrokerDealerCrdNumber(rng.between(1000, 999999) + "")
        .address(address())
        .statesOfSolicitation(states)
        .foreignSolicitation(rng.chance(10))
        .build();
  }

  private Signature signature(Issuer issuer, RelatedPerson signer, LocalDate date) {
    String name = signer.name().firstName().orElse("") + " " + signer.name().lastName().orElse("");
    return Signature.builder().issuerName(issuer.name().orElse("")).signature("/s/ " + name).signerName(name)
        .title(rng.pick(Words.TITLES)).date(date).build();
  }
}
