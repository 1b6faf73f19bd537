package io.formd.json.bench;

import io.formd.core.amendments.AmendmentCheck;
import io.formd.core.amendments.AmendmentDraft;
import io.formd.core.model.ElectronicFormD;
import io.formd.core.model.OfferingAmount;
import io.formd.core.model.OfferingData;
import io.formd.core.model.OfferingSalesAmounts;
import io.formd.core.model.RelatedPerson;
import io.formd.core.model.UsdAmount;
import io.formd.core.rules.RuleSet;
import io.formd.core.rules.RuleSets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Is an amendment required, for 200 pairs of filings (each corpus filing and its draft amendment with the persons
 * reordered, the total offering amount raised by 20 % and the amount sold changed): the diff with its Rule 503(a)(3)
 * assessment ({@code diffAndAssess}) against validating both filings with every built-in rule ({@code validateBoth}).
 * Run: {@code mvn -B -Pbench -DskipTests -pl formd-json -am verify -Djmh.args="AmendmentBenchmark"}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class AmendmentBenchmark {

  private final RuleSet rules = RuleSets.builtIn();
  private final List<ElectronicFormD> before = new ArrayList<>();
  private final List<ElectronicFormD> after = new ArrayList<>();

  @Setup
  public void setUp() {
    for (ElectronicFormD f : Corpus.MODELS) {
      ElectronicFormD draft = AmendmentDraft.of(f, "0001234567-26-000001", LocalDate.of(2026, 12, 3));
      List<RelatedPerson> persons = new ArrayList<>(draft.relatedPersons());
      Collections.reverse(persons);
      OfferingSalesAmounts amounts = draft.offering().amounts();
      OfferingSalesAmounts changed = OfferingSalesAmounts.builder().from(amounts)
          .totalOfferingAmount(amounts.totalOfferingAmount().amount()
              .map(a -> OfferingAmount.of(a.value().longValue() * 6 / 5 + 1)).orElse(OfferingAmount.of(1_000_000)))
          .totalAmountSold(amounts.totalAmountSold().plus(UsdAmount.of(1_000))).build();
      before.add(f);
      after.add(ElectronicFormD.builder().from(draft).relatedPersons(persons)
          .offering(OfferingData.builder().from(draft.offering()).amounts(changed).build()).build());
    }
  }

  @Benchmark
  public void diffAndAssess(Blackhole bh) {
    for (int i = 0; i < before.size(); i++) {
      bh.consume(AmendmentCheck.between(before.get(i), after.get(i)).verdict());
    }
  }

  @Benchmark
  public void validateBoth(Blackhole bh) {
    for (int i = 0; i < before.size(); i++) {
      bh.consume(rules.validate(before.get(i)));
      bh.consume(rules.validate(after.get(i)));
    }
  }
}
