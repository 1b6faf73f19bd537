package io.formd.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.formd.core.fields.Kind;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every {@code switch} over a field's {@link Kind}, in formd-core's and formd-json's main sources, names every kind
 * and has no {@code default}: a kind added to the table then fails here, naming the file, the line and the kinds
 * it lacks, instead of meeting a default at run time. (Switch expressions are checked by the compiler too; the
 * statement switches that write output only by this test.)
 */
class KindSwitchesTest {

  private static final Set<String> KINDS =
      Arrays.stream(Kind.values()).map(Enum::name).collect(Collectors.toCollection(LinkedHashSet::new));

  /** Labels only {@link Kind} has, so a switch over another enum (a deadline's NONE) is not taken for one. */
  private static final Set<String> KIND_ONLY = Set.of("GROUP", "WRAPPER", "TEXT", "CODE", "OFFERING_AMOUNT",
      "STATED_AMOUNT", "STATED_COUNT", "YEAR_KIND", "SECURITY_TYPE", "ALL_STATES");

  @Test
  void everySwitchOverAKindNamesEveryKindAndHasNoDefault() throws IOException {
    List<String> problems = new ArrayList<>();
    int found = 0;
    for (Path root : List.of(Path.of("src/main/java"), Path.of("../formd-core/src/main/java"))) {
      assertTrue(Files.isDirectory(root), root + " is not there: the test runs from formd-json's directory");
      List<Path> files;
      try (Stream<Path> walk = Files.walk(root)) {
        files = walk.filter(p -> p.toString().endsWith(".java")).sorted().collect(Collectors.toList());
      }
      for (Path file : files) {
        for (SwitchBlock block : switches(Files.readString(file))) {
          if (block.labels.isEmpty() || !KINDS.containsAll(block.labels)
              || block.labels.stream().noneMatch(KIND_ONLY::contains)) {
            continue;
          }
          found++;
          Set<String> missing = new TreeSet<>(KINDS);
          missing.removeAll(block.labels);
          if (!missing.isEmpty() || block.hasDefault) {
            problems.add(file + ":" + block.line + " " + (missing.isEmpty() ? "" : "lacks " + missing + " ")
                + (block.hasDefault ? "has a default" : ""));
          }
        }
      }
    }
    assertTrue(found >= 11, "found only " + found + " switches over a Kind: the scanner lost them");
    assertEquals(List.of(), problems);
  }

  @Test
  void theScannerSeesADefaultAndAMissingKind() {
    List<SwitchBlock> blocks = switches("class A { void f(Kind k) { switch (k) { case GROUP: x(\"}\"); break;"
        + " case TEXT -> { y('{'); } /* case CODE: */ default -> z(); } } }");
    assertEquals(1, blocks.size());
    assertEquals(Set.of("GROUP", "TEXT"), blocks.get(0).labels);
    assertTrue(blocks.get(0).hasDefault);
  }

  /** A switch: its top-level case labels, whether it has a default, and the line it starts on. */
  private static final class SwitchBlock {
    final Set<String> labels = new LinkedHashSet<>();
    boolean hasDefault;
    int line;
  }

  /** The switches of a source text, nested ones included; strings, characters and comments are skipped. */
  static List<SwitchBlock> switches(String source) {
    String code = blankLiteralsAndComments(source);
    List<SwitchBlock> blocks = new ArrayList<>();
    int from = 0;
    while (true) {
      int at = code.indexOf("switch (", from);
      if (at < 0) {
        return blocks;
      }
      from = at + 1;
      if (at > 0 && Character.isJavaIdentifierPart(code.charAt(at - 1))) {
        continue;
      }
      int open = code.indexOf('{', at);
      SwitchBlock block = new SwitchBlock();
      block.line = (int) code.substring(0, at).chars().filter(c -> c == '\n').count() + 1;
      int depth = 0;
      for (int i = open; i < code.length(); i++) {
        char c = code.charAt(i);
        if (c == '{') {
          depth++;
        } else if (c == '}') {
          if (--depth == 0) {
            break;
          }
        } else if (depth == 1 && startsWord(code, i, "case")) {
          int end = i + 4;
          while (end < code.length() && code.charAt(end) != ':' && !code.startsWith("->", end)) {
            end++;
          }
          for (String label : code.substring(i + 4, end).split(",")) {
            block.labels.add(label.trim());
          }
          i = end;
        } else if (depth == 1 && startsWord(code, i, "default")) {
          block.hasDefault = true;
        }
      }
      blocks.add(block);
    }
  }

  private static boolean startsWord(String code, int i, String word) {
    return code.startsWith(word, i) && (i == 0 || !Character.isJavaIdentifierPart(code.charAt(i - 1)))
        && i + word.length() < code.length() && !Character.isJavaIdentifierPart(code.charAt(i + word.length()));
  }

  /** The source with every string, character literal and comment replaced by spaces (newlines kept). */
  private static String blankLiteralsAndComments(String s) {
    StringBuilder out = new StringBuilder(s);
    int i = 0;
    while (i < s.length()) {
      char c = s.charAt(i);
      int end;
      if (s.startsWith("//", i)) {
        end = s.indexOf('\n', i);
        end = end < 0 ? s.length() : end;
      } else if (s.startsWith("/*", i)) {
        end = s.indexOf("*/", i + 2) + 2;
      } else if (s.startsWith("\"\"\"", i)) {
        end = s.indexOf("\"\"\"", i + 3) + 3;
      } else if (c == '"' || c == '\'') {
        end = i + 1;
        while (s.charAt(end) != c) {
          end += s.charAt(end) == '\\' ? 2 : 1;
        }
        end++;
      } else {
        i++;
        continue;
      }
      for (int k = i; k < end; k++) {
        if (out.charAt(k) != '\n') {
          out.setCharAt(k, ' ');
        }
      }
      i = end;
    }
    return out.toString();
  }
}
