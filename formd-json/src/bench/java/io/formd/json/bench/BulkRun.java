package io.formd.json.bench;

import io.formd.core.fake.FakeConfig;
import io.formd.core.fake.FakeFilings;
import io.formd.core.model.Edition;
import io.formd.core.rules.RuleSet;
import io.formd.core.rules.RuleSets;
import io.formd.json.FormDXml;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * The bulk run: writes N generated EDGAR XML filings to a directory, then reads and validates all of them
 * from disk on every core, and prints filings per second. Not JMH: one long run, as a user's batch job is.
 * Run: {@code java -cp <test classpath> io.formd.json.bench.BulkRun [N] [DIR]} (N defaults to 100000).
 */
public final class BulkRun {

  private BulkRun() {}

  public static void main(String[] args) throws Exception {
    int n = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
    Path dir = args.length > 1 ? Path.of(args[1]) : Files.createTempDirectory("formd-bulk");
    Files.createDirectories(dir);
    long t0 = System.nanoTime();
    IntStream.range(0, n).parallel().forEach(i -> {
      try {
        String xml = FormDXml.write(FakeFilings.seeded(i, FakeConfig.builder().edition(Edition.ELECTRONIC).build()).nextElectronic());
        Files.writeString(dir.resolve(String.format("%07d.xml", i)), xml, StandardCharsets.UTF_8);
      } catch (Exception e) {
        throw new IllegalStateException(e);
      }
    });
    long t1 = System.nanoTime();
    List<Path> files;
    try (Stream<Path> list = Files.list(dir)) {
      files = list.collect(Collectors.toList());
    }
    RuleSet rules = RuleSets.builtIn();
    AtomicLong errors = new AtomicLong();
    long t2 = System.nanoTime();
    files.parallelStream().forEach(file -> {
      try {
        if (rules.validate(FormDXml.read(file)).hasErrors()) {
          errors.incrementAndGet();
        }
      } catch (Exception e) {
        throw new IllegalStateException(file + ": " + e.getMessage(), e);
      }
    });
    long t3 = System.nanoTime();
    double seconds = (t3 - t2) / 1e9;
    System.out.printf("generated and wrote %d filings in %.1f s; read and validated them in %.1f s on %d cores: %.0f filings/s, %d with errors%n",
        n, (t1 - t0) / 1e9, seconds, Runtime.getRuntime().availableProcessors(), files.size() / seconds, errors.get());
    // The same work over bytes already in memory: what the parser and rules cost without the file system.
    List<byte[]> documents = files.parallelStream().map(file -> {
      try {
        return Files.readAllBytes(file);
      } catch (java.io.IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    }).collect(Collectors.toList());
    long t4 = System.nanoTime();
    long inMemoryErrors = documents.parallelStream().filter(bytes -> {
      try {
        return rules.validate(FormDXml.read(bytes)).hasErrors();
      } catch (Exception e) {
        throw new IllegalStateException(e);
      }
    }).count();
    double memorySeconds = (System.nanoTime() - t4) / 1e9;
    System.out.printf("from memory: %.1f s, %.0f filings/s, %d with errors%n", memorySeconds,
        documents.size() / memorySeconds, inMemoryErrors);
  }
}
