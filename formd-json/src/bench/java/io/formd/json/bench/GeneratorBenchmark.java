package io.formd.json.bench;

import io.formd.core.fake.FakeFilings;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;

/**
 * Fake filings per second on one thread ({@code next}: both editions, default configuration). Add
 * {@code -prof gc} to the JMH arguments for allocation per filing.
 * Run: {@code mvn -B -Pbench -DskipTests -pl formd-json -am verify -Djmh.args="GeneratorBenchmark -prof gc"}.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class GeneratorBenchmark {

  private final FakeFilings fakes = FakeFilings.seeded(1);

  @Benchmark
  public Object next() {
    return fakes.next();
  }
}
