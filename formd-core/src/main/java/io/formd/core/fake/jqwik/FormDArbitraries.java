package io.formd.core.fake.jqwik;

import io.formd.core.fake.BrokenFiling;
import io.formd.core.fake.FakeConfig;
import io.formd.core.fake.FakeFilings;
import io.formd.core.model.Edition;
import io.formd.core.model.ElectronicFormD;
import io.formd.core.model.FormD;
import io.formd.core.model.Issuer;
import io.formd.core.model.OfferingAmount;
import io.formd.core.model.PaperFormD;
import io.formd.core.model.UsdAmount;
import io.formd.core.rules.RuleIds;
import java.math.BigDecimal;
import java.util.List;
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
   * @param ruleId a built-in rule that can be broken, in any case ({@code RuleIds} has them)
   * @return filings whose findings are exactly that rule's
   * @throws IllegalArgumentException now, when the arbitrary is built, if the id names no built-in rule or one no
   *     filing alone can break (not when a property first samples it)
   */
  public static Arbitrary<FormD> brokenBy(String ruleId) {
    return brokenBy(ruleId, FakeConfig.defaults());
  }

  /**
   * @param ruleId a built-in rule that can be broken in filings of this configuration, in any case
   * @param config the configuration of the sequences drawn from (a {@code dialect(SUBMISSION)} one: broken
   *     submissions, each judged as filed the day it was signed)
   * @return filings whose findings are exactly that rule's
   * @throws IllegalArgumentException now, when the arbitrary is built, if the id names no built-in rule, one no filing
   *     alone can break, or one a submission cannot break when the configuration makes submissions
   */
  public static Arbitrary<FormD> brokenBy(String ruleId, FakeConfig config) {
    String id = RuleIds.canonical(ruleId);
    FakeFilings.requireBreakable(id, config);
    return seeds().map(seed -> FakeFilings.seeded(seed, config).brokenBy(id));
  }

  /** @return filings each broken by exactly one built-in rule, the rule chosen too ({@link #brokenByRule()} says it) */
  public static Arbitrary<FormD> brokenFilings() {
    return brokenByRule().map(BrokenFiling::filing);
  }

  /** @return every breakable built-in rule with a filing broken by it alone: a property knows which rule to expect */
  public static Arbitrary<BrokenFiling> brokenByRule() {
    return brokenByRule(FakeConfig.defaults());
  }

  /**
   * @param config the configuration of the sequences drawn from: {@code dialect(SUBMISSION)} gives broken
   *     submissions, over every rule a submission can break ({@link FakeFilings#breakableRules})
   * @return a breakable rule and a filing broken by it alone
   */
  public static Arbitrary<BrokenFiling> brokenByRule(FakeConfig config) {
    List<String> ids = FakeFilings.breakableRules(config);
    return Combinators.combine(Arbitraries.of(ids), seeds())
        .as((id, seed) -> new BrokenFiling(id, FakeFilings.seeded(seed, config).brokenBy(id)));
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
