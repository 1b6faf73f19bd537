package io.formd.json.bench;

import io.formd.core.rules.RuleSet;
import io.formd.core.rules.RuleSets;
import io.formd.json.datasets.DataSetEntry;
import io.formd.json.datasets.DataSetFiling;
import io.formd.json.datasets.DataSetQuarter;
import io.formd.json.datasets.DataSetTable;
import io.formd.json.datasets.FormDDataSets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * A quarter of the SEC's data sets read by formd and by DuckDB in the same JVM, rounds alternating:
 * formd reads the ZIP into filings (and, in the second pair, validates each as of its filing date); DuckDB loads the
 * six unzipped tables ({@code read_csv}, tab, RFC 4180 quotes) into tables and joins them on ACCESSIONNUMBER. Reports
 * the median per-round ratio (formd / DuckDB). Usage: {@code DataSetsVsDuckDb QUARTER.zip SECONDS}.
 */
public final class DataSetsVsDuckDb {

  private DataSetsVsDuckDb() { }

  public static void main(String[] args) throws Exception {
    Path zip = Path.of(args[0]);
    long seconds = args.length > 1 ? Long.parseLong(args[1]) : 20;
    Path dir = Files.createTempDirectory("formd-duckdb");
    try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
      ZipEntry e;
      while ((e = in.getNextEntry()) != null) {
        String name = e.getName().substring(e.getName().lastIndexOf('/') + 1);
        if (name.endsWith(".tsv")) {
          Files.copy(in, dir.resolve(name), StandardCopyOption.REPLACE_EXISTING);
        }
      }
    }
    RuleSet rules = RuleSets.builtIn();
    for (int pair = 0; pair < 4; pair++) {
      boolean validate = pair % 2 == 1;
      boolean parallel = pair >= 2;
      List<Double> ratios = new ArrayList<>();
      List<Long> formdTimes = new ArrayList<>();
      List<Long> duckTimes = new ArrayList<>();
      long until = System.nanoTime() + seconds * 1_000_000_000L;
      int round = 0;
      while (System.nanoTime() < until || round < 6) {
        long f0 = System.nanoTime();
        long n = formd(zip, validate ? rules : null, parallel);
        long f = System.nanoTime() - f0;
        long d0 = System.nanoTime();
        long m = duckdb(dir);
        long d = System.nanoTime() - d0;
        if (n != m) {
          throw new IllegalStateException("formd read " + n + " filings, DuckDB joined " + m);
        }
        if (round++ >= 2) { // two warm-up rounds
          ratios.add((double) f / d);
          formdTimes.add(f);
          duckTimes.add(d);
        }
      }
      System.out.printf(Locale.ROOT, "%-34s %7.0f ms | DuckDB load + join %7.0f ms | ratio median %.2f (p25 %.2f, "
          + "p75 %.2f), %d rounds%n", (validate ? "formd read + validate" : "formd read into filings")
              + (parallel ? ", all cores" : ", 1 thread"),
          median(formdTimes) / 1e6, median(duckTimes) / 1e6, quantile(ratios, 0.5), quantile(ratios, 0.25),
          quantile(ratios, 0.75), ratios.size());
    }
  }

  private static long formd(Path zip, RuleSet rules, boolean parallel) throws Exception {
    DataSetQuarter quarter = FormDDataSets.read(zip);
    Stream<DataSetEntry> entries = parallel ? quarter.entries().parallel() : quarter.entries();
    return entries.filter(e -> e instanceof DataSetFiling)
        .filter(e -> rules == null || ((DataSetFiling) e).validate(rules) != null).count();
  }

  private static long duckdb(Path dir) throws Exception {
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement s = c.createStatement()) {
      for (DataSetTable table : DataSetTable.values()) {
        s.execute("CREATE TABLE " + table.name() + " AS SELECT * FROM read_csv('" + dir.resolve(table.fileName())
            + "', delim='\\t', header=true, quote='\"', escape='\"', all_varchar=true)");
      }
      try (ResultSet r = s.executeQuery("SELECT count(DISTINCT s.ACCESSIONNUMBER) FROM FORMDSUBMISSION s "
          + "JOIN OFFERING o ON o.ACCESSIONNUMBER = s.ACCESSIONNUMBER "
          + "JOIN ISSUERS i ON i.ACCESSIONNUMBER = s.ACCESSIONNUMBER "
          + "LEFT JOIN RELATEDPERSONS p ON p.ACCESSIONNUMBER = s.ACCESSIONNUMBER "
          + "LEFT JOIN RECIPIENTS rc ON rc.ACCESSIONNUMBER = s.ACCESSIONNUMBER "
          + "LEFT JOIN SIGNATURES g ON g.ACCESSIONNUMBER = s.ACCESSIONNUMBER")) {
        r.next();
        return r.getLong(1);
      }
    }
  }

  private static double median(List<Long> values) {
    List<Long> sorted = new ArrayList<>(values);
    Collections.sort(sorted);
    return sorted.get(sorted.size() / 2);
  }

  private static double quantile(List<Double> values, double q) {
    List<Double> sorted = new ArrayList<>(values);
    Collections.sort(sorted);
    return sorted.get((int) Math.min(sorted.size() - 1, Math.round(q * (sorted.size() - 1))));
  }
}
