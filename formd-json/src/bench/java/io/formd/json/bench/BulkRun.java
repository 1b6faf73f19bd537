package io.formd.json.bench;

import io.formd.core.fake.FakeConfig;
import io.formd.core.fake.FakeFilings;
import io.formd.core.model.Edition;
import io.formd.core.rules.RuleSet;
import io.formd.core.rules.RuleSets;
import io.formd.json.FormDXml;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.ToLongFunction;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * The bulk run: writes N generated EDGAR XML filings to a directory (unless it already holds them), then reads
 * and validates all of them from the files on every core, and prints filings per second. Not JMH: one long
 * run, as a user's batch job is. Four timed passes over the same files, after a warm-up on the first 20,000:
 * <ol>
 *   <li>read the bytes only (the file system's share, the floor of any reader);</li>
 *   <li>read, parse and validate each file (the job);</li>
 *   <li>again, now that the JIT has compiled everything (the first pass pays for part of the warm-up);</li>
 *   <li>parse and validate the bytes of (up to 200,000 of) the same files, already in memory (the parser's and
 *   rules' share).</li>
 * </ol>
 * Files just written (or read) sit in the OS page cache; drop it first ({@code echo 3 >
 * /proc/sys/vm/drop_caches}) to measure a cold disk. Run: {@code mvn -B -Pbench -DskipTests -pl formd-json -am
 * verify -Dbench.main=io.formd.json.bench.BulkRun -Dbench.args="N DIR"} (N defaults to 100000, DIR to a new
 * temporary directory; a DIR already holding N files is reused).
 */
public final class BulkRun {

  private BulkRun() {}

  public static void main(String[] args) throws Exception {
    int n = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
    Path dir = args.length > 1 ? Path.of(args[1]) : Files.createTempDirectory("formd-bulk");
    Files.createDirectories(dir);
    List<Path> files = list(dir);
    if (files.size() != n) {
      long t0 = System.nanoTime();
      IntStream.range(0, n).parallel().forEach(i -> write(dir, i));
      System.out.printf("generated and wrote %d filings in %.1f s%n", n, (System.nanoTime() - t0) / 1e9);
      files = list(dir);
    }
    RuleSet rules = RuleSets.builtIn();
    List<Path> warmUp = files.subList(0, Math.min(20_000, files.size()));
    time("warm-up (first " + warmUp.size() + ")", warmUp, file -> rules.validate(FormDXml.read(file)).findings()
        .size());
    time("read bytes only", files, file -> Files.readAllBytes(file).length);
    AtomicLong errors = new AtomicLong();
    for (int round = 1; round <= 2; round++) {
      time("read, parse and validate #" + round, files, file -> {
        if (rules.validate(FormDXml.read(file)).hasErrors()) {
          errors.incrementAndGet();
        }
        return 1;
      });
    }
    // At most 200,000 documents in memory (about 1.5 GB), so that a 1M run fits the default heap.
    List<byte[]> documents = files.subList(0, Math.min(200_000, files.size())).parallelStream().map(BulkRun::bytes)
        .collect(Collectors.toList());
    time("parse and validate from memory", documents, bytes -> rules.validate(FormDXml.read(bytes)).findings().size());
    System.out.printf("%d filings with an ERROR (generated filings have none)%n", errors.get());
  }

  /** A step that may fail; the run stops at the first failure, naming it. */
  private interface Step<T> {
    long apply(T item) throws Exception;
  }

  private static <T> void time(String what, List<T> items, Step<T> step) {
    ToLongFunction<T> unchecked = item -> {
      try {
        return step.apply(item);
      } catch (Exception e) {
        throw new IllegalStateException(item + ": " + e.getMessage(), e);
      }
    };
    long start = System.nanoTime();
    long sink = items.parallelStream().mapToLong(unchecked).sum();
    double seconds = (System.nanoTime() - start) / 1e9;
    System.out.printf("%-32s %,9d in %6.1f s on %d cores: %,8.0f filings/s, 1M in %5.1f s (%d)%n", what,
        items.size(), seconds, Runtime.getRuntime().availableProcessors(), items.size() / seconds,
        1e6 * seconds / items.size(), sink);
  }

  private static void write(Path dir, int i) {
    String xml = FormDXml.write(FakeFilings.seeded(i, FakeConfig.builder().edition(Edition.ELECTRONIC).build())
        .nextElectronic());
    try {
      Files.writeString(dir.resolve(String.format("%07d.xml", i)), xml, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static List<Path> list(Path dir) throws IOException {
    try (Stream<Path> list = Files.list(dir)) {
      return list.sorted().collect(Collectors.toList());
    }
  }

  private static byte[] bytes(Path file) {
    try {
      return Files.readAllBytes(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
