package io.formd.json.bench;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.dataformat.xml.XmlMapper;
import io.formd.core.model.ElectronicFormD;
import io.formd.core.rules.RuleSet;
import io.formd.core.rules.RuleSets;
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
 * Checking 200 filings: formd's engine with all its built-in rules ({@code engine}) against Hibernate
 * Validator checking the annotations that can express the schema's checks on the peer's POJOs
 * ({@code hibernateValidator}, about 80 constraints per filing: required elements, lengths, patterns).
 * Run: {@code mvn -B -Pbench -DskipTests -pl formd-json -am verify -Djmh.args="ValidationBenchmark"}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class ValidationBenchmark {

  private final RuleSet rules = RuleSets.builtIn();
  private final List<EdgarPojo> pojos = new ArrayList<>();
  private Validator validator;

  @Setup
  public void setUp() throws Exception {
    XmlMapper xml = XmlMapper.builder().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();
    for (byte[] bytes : Corpus.XML) {
      pojos.add(xml.readValue(bytes, EdgarPojo.class));
    }
    validator = Validation.byProvider(HibernateValidator.class).configure().buildValidatorFactory().getValidator();
  }

  @Benchmark
  public void engine(Blackhole bh) {
    for (ElectronicFormD filing : Corpus.MODELS) {
      bh.consume(rules.validate(filing));
    }
  }

  @Benchmark
  public void hibernateValidator(Blackhole bh) {
    for (EdgarPojo pojo : pojos) {
      bh.consume(validator.validate(pojo));
    }
  }
}
