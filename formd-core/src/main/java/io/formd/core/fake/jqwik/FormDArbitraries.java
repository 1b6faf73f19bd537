package io.formd.core.fake.jqwik;

import io.formd.core.fake.FakeConfig;
import io.formd.core.fake.FakeFilings;
import io.formd.core.model.Edition;
import io.formd.core.model.ElectronicFormD;
import io.formd.core.model.FormD;
import io.formd.core.model.Issuer;
import io.formd.core.model.OfferingAmount;
import io.formd.core.model.PaperFormD;
import io.formd.core.model.UsdAmount;
import io.formd.core.rules.Rule;
import io.formd.core.rules.RuleSets;
import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * jqwik {@link Arbitrary arbitraries} of Form D values, built on {@link FakeFilings}: every filing is realistic
 * and has no finding under the built-in rules, unless it is one of {@link #brokenFilings()}.
 *
 * <pre>{@code
 * @Provide Arbitrary<FormD> filings() { return FormDArbitraries.filings(); }
 *
 * @Property
 * void everyFilingSurvivesMyStore(@ForAll("filings") FormD filing) { ... }
 * }</pre>
 *
 * <p>Shrinking: amounts shrink towards zero and fewer digits; filings shrink towards the plainest kind (an
 * electronic, operating-company, new notice) and towards seed 0, so a failure is reported on the simplest
 * filing of the kind that fails, and is replayed exactly from jqwik's seed.
 */
public final class FormDArbitraries {

  private static final BigDecimal MAX_DOLLARS = new BigDecimal("999999999999");

  private FormDArbitraries() {}

  /** @return filings of both editions and every kind */
  public static Arbitrary<FormD> filings() {
    return Combinators.combine(Arbitraries.of(Edition.ELECTRONIC, Edition.PAPER),
        Arbitraries.of(FakeConfig.IssuerKind.OPERATING_COMPANY, FakeConfig.IssuerKind.POOLED_FUND),
        Arbitraries.of(FakeConfig.Amendments.NEVER, FakeConfig.Amendments.ALWAYS), seeds())
        .as((edition, kind, amendments, seed) -> FakeFilings.seeded(seed, FakeConfig.builder().edition(edition)
            .issuerKind(kind).amendments(amendments).build()).next());
  }

  /**
   * @param config what to generate
   * @return filings of that configuration
   */
  public static Arbitrary<FormD> filings(FakeConfig config) {
    return seeds().map(seed -> FakeFilings.seeded(seed, config).next());
  }

  /** @return electronic filings */
  public static Arbitrary<ElectronicFormD> electronicFilings() {
    return Combinators.combine(Arbitraries.of(FakeConfig.IssuerKind.OPERATING_COMPANY,
        FakeConfig.IssuerKind.POOLED_FUND),
        Arbitraries.of(FakeConfig.Amendments.NEVER, FakeConfig.Amendments.ALWAYS), seeds())
        .as((kind, amendments, seed) -> FakeFilings.seeded(seed, FakeConfig.builder().edition(Edition.ELECTRONIC)
            .issuerKind(kind).amendments(amendments).build()).nextElectronic());
  }

  /** @return paper filings */
  public static Arbitrary<PaperFormD> paperFilings() {
    return seeds().map(seed -> FakeFilings.seeded(seed, FakeConfig.builder().edition(Edition.PAPER).build())
        .nextPaper());
  }

  /** @return issuers, as generated filings name them */
  public static Arbitrary<Issuer> issuers() {
    return electronicFilings().map(ElectronicFormD::primaryIssuer);
  }

  /**
   * @param ruleId a built-in rule that can be broken
   * @return filings whose findings are exactly that rule's
   */
  public static Arbitrary<FormD> brokenBy(String ruleId) {
    return seeds().map(seed -> FakeFilings.seeded(seed).brokenBy(ruleId));
  }

  /** @return filings each broken by exactly one built-in rule, the rule chosen too */
  public static Arbitrary<FormD> brokenFilings() {
    List<String> ids = RuleSets.builtIn().rules().stream().map(Rule::id)
        .filter(id -> !FakeFilings.unbreakableRules().containsKey(id)).collect(Collectors.toList());
    return Combinators.combine(Arbitraries.of(ids), seeds()).as((id, seed) -> FakeFilings.seeded(seed).brokenBy(id));
  }

  /** @return amounts of dollars and cents, from zero to the electronic form's 12-digit maximum */
  public static Arbitrary<UsdAmount> usdAmounts() {
    return Arbitraries.bigDecimals().between(BigDecimal.ZERO, MAX_DOLLARS).ofScale(2).map(UsdAmount::of);
  }

  /** @return whole-dollar amounts, as the electronic form writes them */
  public static Arbitrary<UsdAmount> wholeDollarAmounts() {
    return Arbitraries.longs().between(0, 999_999_999_999L).map(UsdAmount::of);
  }

  /** @return offering amounts: mostly whole dollars, sometimes {@code Indefinite} */
  public static Arbitrary<OfferingAmount> offeringAmounts() {
    return Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(9, wholeDollarAmounts().map(OfferingAmount::of)),
        net.jqwik.api.Tuple.of(1, Arbitraries.just(OfferingAmount.INDEFINITE)));
  }

  private static Arbitrary<Long> seeds() {
    return Arbitraries.longs().between(0, Long.MAX_VALUE).shrinkTowards(0);
  }
}
