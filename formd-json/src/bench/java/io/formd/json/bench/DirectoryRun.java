package io.formd.json.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * {@code formd validate DIR} against its floor, side by side in one run, as a user runs it: whole processes, page
 * cache warm. Each round starts, one after the other, a JVM (the serial collector, as the launcher's) that reads the
 * same files' bytes on every core and exits (the floor: no reader is faster than its file system), the {@code formd}
 * launcher on the directory, and the launcher again with a small heap ({@code -Xmx256m}). It prints each round, the
 * medians, the median of the rounds' ratios (formd / bytes), the files a second and the whole EDGAR history (1.5
 * million filings) projected at that rate. Not JMH: a process's start and its JIT warm-up are part of what a user
 * waits for.
 *
 * <p>Run (after {@code formd fake --count 60000 -o DIR}): {@code mvn -B -Pbench -DskipTests -pl formd-json -am verify
 * -Dbench.main=io.formd.json.bench.DirectoryRun -Dbench.args="DIR [ROUNDS [LAUNCHER]]"} (5 rounds; the launcher the
 * build made, {@code target/formd}).
 */
public final class DirectoryRun {

  /** Filings on EDGAR since 2009 and the paper years before, about: what "the whole history" means here. */
  private static final double HISTORY = 1_500_000;

  private DirectoryRun() {}

  public static void main(String[] args) throws Exception {
    if (args.length > 0 && args[0].equals("bytes")) {
      System.out.println(readBytes(Path.of(args[1])));
      return;
    }
    if (args.length == 0 || args[0].matches("-.*")) {
      System.err.println("DirectoryRun DIR [ROUNDS [LAUNCHER]]");
      System.exit(2);
    }
    Path dir = Path.of(args[0]);
    int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 5;
    Path launcher = args.length > 2 ? Path.of(args[2]) : Path.of("target", "formd");
    int files = list(dir).size();
    String java = ProcessHandle.current().info().command().orElse("java");
    // The floor's JVM has only this class on its class path: the bench's hundred jars are not what it measures.
    String classes = Path.of(DirectoryRun.class.getProtectionDomain().getCodeSource().getLocation().toURI())
        .toString();
    // With the launcher's collector: the default one (G1) faulted in a fresh heap for the bytes and took 1.5x as long.
    List<String> floor = List.of(java, "-XX:+UseSerialGC", "-cp", classes, DirectoryRun.class.getName(), "bytes",
        dir.toString());
    List<String> formd = List.of(launcher.toString(), "validate", dir.toString());
    Path out = Files.createTempFile("formd-directory-run", ".txt");
    double[] bytes = new double[rounds];
    double[] ours = new double[rounds];
    double[] small = new double[rounds];
    double[] ratios = new double[rounds];
    String summary = "";
    for (int round = 0; round < rounds; round++) {
      bytes[round] = seconds(floor, null, out);
      ours[round] = seconds(formd, null, out);
      summary = last(out);
      small[round] = seconds(formd, "-Xmx256m", out);
      if (!last(out).equals(summary)) {
        throw new IllegalStateException("the small heap's summary differs: " + last(out) + " / " + summary);
      }
      ratios[round] = ours[round] / bytes[round];
      System.out.printf("round %d: bytes %.2f s, formd %.2f s, formd -Xmx256m %.2f s, ratio %.2f%n", round + 1,
          bytes[round], ours[round], small[round], ratios[round]);
    }
    double median = median(ours);
    System.out.printf("%d files: bytes on every core %.2f s, formd validate %.2f s (-Xmx256m %.2f s): ratio median "
            + "%.2f (min %.2f, max %.2f); %.0f files/s; the whole history (%.1f million) at this rate: %.0f s%n",
        files, median(bytes), median, median(small), median(ratios), Arrays.stream(ratios).min().getAsDouble(),
        Arrays.stream(ratios).max().getAsDouble(), files / median, HISTORY / 1e6, HISTORY / (files / median));
    System.out.println("formd's summary: " + summary);
    Files.deleteIfExists(out);
  }

  /** Runs a process to its end, standard output and error to {@code out}; exit 0 or 1 (findings) is a run. */
  private static double seconds(List<String> command, String javaOptions, Path out) throws Exception {
    ProcessBuilder process = new ProcessBuilder(command).redirectErrorStream(true)
        .redirectOutput(out.toFile());
    if (javaOptions != null) {
      process.environment().put("FORMD_JAVA_OPTS", javaOptions);
    }
    long start = System.nanoTime();
    int exit = process.start().waitFor();
    double seconds = (System.nanoTime() - start) / 1e9;
    if (exit > 1) {
      throw new IllegalStateException(String.join(" ", command) + " exited " + exit + ": " + last(out));
    }
    return seconds;
  }

  private static String last(Path out) throws IOException {
    List<String> lines = Files.readAllLines(out, StandardCharsets.UTF_8);
    return lines.isEmpty() ? "" : lines.get(lines.size() - 1);
  }

  private static double median(double[] values) {
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    return sorted[sorted.length / 2];
  }

  /**
   * The files formd validate takes from a directory (*.xml, *.json), found the way it finds them: each directory
   * listed, an entry named like a filing taken without a look at it where the directory's link count says it has no
   * subdirectory, every other entry looked at.
   */
  private static List<Path> list(Path dir) throws IOException {
    List<Path> found = new ArrayList<>();
    search(dir, found);
    found.sort(null);
    return found;
  }

  private static void search(Path dir, List<Path> found) throws IOException {
    boolean leaf = Integer.valueOf(2).equals(Files.getAttribute(dir, "unix:nlink", LinkOption.NOFOLLOW_LINKS));
    try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir)) {
      for (Path p : entries) {
        boolean filing = p.toString().endsWith(".xml") || p.toString().endsWith(".json");
        if (filing && leaf) {
          found.add(p);
        } else if (Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)) {
          search(p, found);
        } else if (filing && Files.isRegularFile(p)) {
          found.add(p);
        }
      }
    }
  }

  /** The floor: every file's bytes, on every core. */
  private static long readBytes(Path dir) throws IOException {
    return list(dir).parallelStream().mapToLong(file -> {
      try {
        return Files.readAllBytes(file).length;
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }).sum();
  }
}
