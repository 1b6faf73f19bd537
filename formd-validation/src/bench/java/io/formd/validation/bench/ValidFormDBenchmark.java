package io.formd.validation.bench;

import io.formd.core.fake.FakeConfig;
import io.formd.core.fake.FakeFilings;
import io.formd.core.model.Edition;
import io.formd.core.model.FormD;
import io.formd.core.rules.RuleSet;
import io.formd.core.rules.RuleSets;
import io.formd.validation.ValidFormD;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.hibernate.validator.HibernateValidator;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;

/**
 * What {@code @ValidFormD} costs on top of the engine: 200 generated filings checked by the engine directly
 * ({@code engine}) and through Hibernate Validator, each filing in a request object with a
 * {@code @ValidFormD} field ({@code hibernateValidatorValidFormD}), and the same for 200 filings each broken by
 * one rule, where every finding becomes a violation ({@code ...Broken}).
 * Run (after {@code mvn install -DskipTests}): {@code mvn -B -Pbench -DskipTests -pl formd-validation verify
 * -Djmh.args="ValidFormDBenchmark"}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class ValidFormDBenchmark {

  /** A request holding one filing. */
  public static final class Request {
    @ValidFormD
    final FormD filing;

    Request(FormD filing) {
      this.filing = filing;
    }
  }

  private final RuleSet rules = RuleSets.builtIn();
  private final List<FormD> valid = new ArrayList<>();
  private final List<FormD> broken = new ArrayList<>();
  private final List<Request> validRequests = new ArrayList<>();
  private final List<Request> brokenRequests = new ArrayList<>();
  private Validator validator;

  @Setup
  public void setUp() {
    FakeFilings fakes = FakeFilings.seeded(1, FakeConfig.builder().edition(Edition.ELECTRONIC).build());
    String[] errors = {"D-ARITH-REMAINING", "D-XSD-ZIP", "D-REQ-PREVIOUS-ACCESSION", "D-XREF-SUBMISSION-TYPE"};
    for (int i = 0; i < 200; i++) {
      valid.add(fakes.next());
      broken.add(fakes.brokenBy(errors[i % errors.length]));
    }
    valid.forEach(f -> validRequests.add(new Request(f)));
    broken.forEach(f -> brokenRequests.add(new Request(f)));
    validator = Validation.byProvider(HibernateValidator.class).configure().buildValidatorFactory().getValidator();
  }

  @Benchmark
  public void engine(Blackhole bh) {
    for (FormD filing : valid) {
      bh.consume(rules.validate(filing));
    }
  }

  @Benchmark
  public void hibernateValidatorValidFormD(Blackhole bh) {
    for (Request request : validRequests) {
      bh.consume(validator.validate(request));
    }
  }

  @Benchmark
  public void engineBroken(Blackhole bh) {
    for (FormD filing : broken) {
      bh.consume(rules.validate(filing));
    }
  }

  @Benchmark
  public void hibernateValidatorValidFormDBroken(Blackhole bh) {
    for (Request request : brokenRequests) {
      bh.consume(validator.validate(request));
    }
  }
}
