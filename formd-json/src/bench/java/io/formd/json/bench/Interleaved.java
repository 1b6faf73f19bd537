package io.formd.json.bench;

import java.util.Arrays;
import org.openjdk.jmh.infra.Blackhole;

/**
 * The JMH benchmarks' own operations, run pairwise in one JVM, formd and its peer alternating round by round,
 * reporting the median of the per-round ratios (and its quartiles). On a noisy machine JMH's separate
 * measurements of two methods can each drift by ±30 % or more; a ratio taken within each round cancels what
 * both rounds share (CPU frequency, a neighbour's load). Run: {@code mvn -B -Pbench -DskipTests -pl formd-json
 * -am verify -Dbench.main=io.formd.json.bench.Interleaved [-Dbench.args="SECONDS_PER_PAIR [NAME]"]} (default 20
 * seconds; NAME runs only the pairs whose name contains it, e.g. {@code located}).
 */
public final class Interleaved {

  /** One operation of a benchmark. */
  private interface Operation {
    void run() throws Exception;
  }

  /** Runs only the pairs whose name contains this (a second argument), or all. */
  private static String only = "";

  private Interleaved() {}

  public static void main(String[] args) throws Exception {
    // Without -Dbench.args the profile passes JMH's default arguments: ignore what is not a number of seconds.
    long seconds = args.length > 0 && args[0].matches("[0-9]{1,4}") ? Long.parseLong(args[0]) : 20;
    only = args.length > 1 ? args[1] : "";
    Blackhole bh = new Blackhole(
        "Today's password is swordfish. I understand instantiating Blackholes directly is dangerous.");
    XmlReadBenchmark xml = new XmlReadBenchmark();
    JsonBenchmark json = new JsonBenchmark();
    json.setUp();
    ValidationBenchmark validation = new ValidationBenchmark();
    validation.setUp();
    compare("EDGAR XML -> model", () -> xml.formd(bh), "raw Woodstox scan", () -> xml.woodstoxScan(bh), seconds);
    compare("EDGAR XML -> model", () -> xml.formd(bh), "jackson-dataformat-xml POJOs", () -> xml.jacksonXmlPojos(bh),
        seconds);
    compare("JSON -> model", () -> json.formdRead(bh), "raw Jackson token scan", () -> json.tokenScan(bh), seconds);
    compare("JSON -> model", () -> json.formdRead(bh), "databind POJOs", () -> json.databindPojoRead(bh), seconds);
    compare("model -> JSON", () -> json.formdWriteCompact(bh), "raw token write", () -> json.tokenWrite(bh), seconds);
    compare("model -> JSON", () -> json.formdWriteCompact(bh), "databind POJOs", () -> json.databindPojoWrite(bh),
        seconds);
    compare("validation", () -> validation.engine(bh), "Hibernate Validator", () -> validation.hibernateValidator(bh),
        seconds);
    AmendmentBenchmark amendments = new AmendmentBenchmark();
    amendments.setUp();
    compare("diff + amendment check", () -> amendments.diffAndAssess(bh), "validating both",
        () -> amendments.validateBoth(bh), seconds);
    compare("EDGAR XML -> model, located", () -> xml.formdLocated(bh), "plain read", () -> xml.formd(bh), seconds);
    compare("JSON -> model, located", () -> json.formdReadLocated(bh), "plain read", () -> json.formdRead(bh), seconds);
  }

  private static void compare(String name, Operation formd, String peerName, Operation peer, long seconds)
      throws Exception {
    if (!name.contains(only)) {
      return;
    }
    for (int i = 0; i < 200; i++) {
      formd.run();
      peer.run();
    }
    int capacity = 1 << 16;
    long[] ours = new long[capacity];
    long[] theirs = new long[capacity];
    double[] ratios = new double[capacity];
    int rounds = 0;
    long end = System.nanoTime() + seconds * 1_000_000_000L;
    while (System.nanoTime() < end && rounds < capacity) {
      long a = System.nanoTime();
      formd.run();
      long b = System.nanoTime();
      peer.run();
      long c = System.nanoTime();
      ours[rounds] = b - a;
      theirs[rounds] = c - b;
      ratios[rounds++] = (double) (b - a) / (c - b);
    }
    Arrays.sort(ours, 0, rounds);
    Arrays.sort(theirs, 0, rounds);
    Arrays.sort(ratios, 0, rounds);
    System.out.printf("%-20s %7.2f ms | %-30s %7.2f ms | ratio median %.2f (p25 %.2f, p75 %.2f), %d rounds%n",
        name, ours[rounds / 2] / 1e6, peerName, theirs[rounds / 2] / 1e6, ratios[rounds / 2], ratios[rounds / 4],
        ratios[rounds * 3 / 4], rounds);
  }
}
