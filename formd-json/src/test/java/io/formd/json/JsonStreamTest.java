package io.formd.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.formd.core.examples.Altiris2003;
import io.formd.core.fake.FakeFilings;
import io.formd.core.model.ElectronicFormD;
import io.formd.core.model.FormD;
import io.formd.core.rules.Rule;
import io.formd.core.rules.RuleSets;
import io.formd.json.FormDReadException;
import io.formd.json.Located;
import io.formd.json.SourcePosition;
import io.formd.json.canonical.CanonicalJsonStream;
import io.formd.json.canonical.JsonSourceMap;
import io.formd.json.canonical.JsonValue;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.regex.Matcher;
import org.junit.jupiter.api.Test;

/**
 * The streaming fast path ({@link CanonicalJsonStream}) against the tree reader it stands in for: on every good
 * document it reads the same filing with the same source map, and on every document it does not read without doubt
 * it gives up, so that the tree reader's message is the one a caller sees.
 */
class JsonStreamTest {

  private static List<byte[]> documents() throws Exception {
    List<byte[]> documents = new ArrayList<>();
    for (String name : Fixtures.names()) {
      documents.add(utf8(FormDJson.write(FormDFiles.read(Fixtures.bytes(name)))));
    }
    documents.add(utf8(FormDJson.write(Altiris2003.filing())));
    FakeFilings fakes = FakeFilings.seeded(47);
    for (int i = 0; i < 30; i++) {
      documents.add(utf8(FormDJson.write(fakes.nextElectronic())));
      documents.add(utf8(FormDJson.write(fakes.nextPaper())));
    }
    for (Rule rule : RuleSets.builtIn().rules()) {
      if (!FakeFilings.unbreakableRules().containsKey(rule.id())) {
        documents.add(utf8(FormDJson.write(FakeFilings.seeded(11).brokenBy(rule.id()))));
      }
    }
    return documents;
  }

  private static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  @Test
  void streamReadsEveryDocumentAsTheTreeDoesWithTheSamePositions() throws Exception {
    List<byte[]> documents = documents();
    assertThat(documents).hasSizeGreaterThan(200);
    for (byte[] document : documents) {
      Located<FormD> tree = FormDJson.readLocatedThroughTree(document);
      JsonSourceMap map = new JsonSourceMap(new SourcePosition(1, 1));
      FormD streamed = CanonicalJsonStream.stream(document, map);
      assertThat(streamed).as(new String(document, StandardCharsets.UTF_8)).isEqualTo(tree.value());
      assertThat(CanonicalJsonStream.stream(new String(document, StandardCharsets.UTF_8), null))
          .isEqualTo(tree.value());
      map.edition(streamed.edition());
      assertThat(map.positions()).isEqualTo(((JsonSourceMap) tree.sourceMap()).positions()).isNotEmpty();
    }
  }

  @Test
  void streamReadsCompactAndCrlfDocumentsAsTheTreeDoesWithTheSamePositions() throws Exception {
    for (byte[] document : documents().subList(0, 40)) {
      String text = new String(document, StandardCharsets.UTF_8);
      // Strings hold no raw line breaks (the writer escapes them), so these edits touch whitespace only.
      for (String variant : List.of(text.replaceAll("\n\\s*", ""), text.replace("\n", "\r\n"),
          text.replace("\n", "\r"), text.replaceAll("(?m)^  ", "\t"))) {
        assertThat(variant).isNotEqualTo(text);
        byte[] bytes = utf8(variant);
        Located<FormD> tree = FormDJson.readLocatedThroughTree(bytes);
        JsonSourceMap map = new JsonSourceMap(new SourcePosition(1, 1));
        FormD streamed = CanonicalJsonStream.stream(bytes, map);
        assertThat(streamed).isEqualTo(tree.value());
        map.edition(streamed.edition());
        assertThat(map.positions()).isEqualTo(((JsonSourceMap) tree.sourceMap()).positions());
      }
    }
  }

  @Test
  void streamDecodesEscapesAndUtf8AsJacksonDoes() throws Exception {
    String good = FormDJson.write(FakeFilings.seeded(8).nextElectronic());
    // The JSON text of a string (escapes as a writer might make them; non-ASCII raw) and what it means.
    String[][] cases = {
        {"Caf\\u00e9 \\\"Q\\\" \\\\ \\/ \\t\\n\\b\\f\\r \\u20AC", "Caf\u00e9 \"Q\" \\ / \t\n\b\f\r \u20ac"},
        {"Stra\u00dfe \u00e9 \u4e2d \ud83d\ude00 plain", "Stra\u00dfe \u00e9 \u4e2d \ud83d\ude00 plain"},
        {"x\\\\u00e9", "x\\u00e9"}};
    for (String[] c : cases) {
      String document = good.replaceFirst("\"street1\" : \"[^\"]*\"",
          Matcher.quoteReplacement("\"street1\" : \"" + c[0] + "\""));
      assertThat(document).isNotEqualTo(good);
      byte[] bytes = utf8(document);
      FormD tree = FormDJson.readLocatedThroughTree(bytes).value();
      FormD streamed = CanonicalJsonStream.stream(bytes, null);
      assertThat(streamed).isNotNull().isEqualTo(tree);
      assertThat(CanonicalJsonStream.stream(document, null)).isEqualTo(tree);
      assertThat(FormDJson.read(document)).isEqualTo(tree);
      assertThat(((ElectronicFormD) streamed).primaryIssuer().address().street1()).isEqualTo(c[1]);
    }
    // Escaped surrogates, paired or not, are left to the tree, which reads them.
    for (String surrogates : List.of("\\ud83d\\ude00", "\\ud83d x")) {
      String document = good.replaceFirst("\"street1\" : \"[^\"]*\"",
          Matcher.quoteReplacement("\"street1\" : \"" + surrogates + "\""));
      assertThat(document).contains("\\ud83d");
      assertThat(CanonicalJsonStream.stream(utf8(document), null)).isNull();
      assertThat(FormDJson.read(utf8(document))).isEqualTo(FormDJson.readLocatedThroughTree(utf8(document)).value());
    }
    // In a String, a pair of surrogates streams; a stray one goes to the tree, which keeps it.
    String stray = good.replaceFirst("\"street1\" : \"[^\"]*\"", "\"street1\" : \"\ud83d x\"");
    assertThat(CanonicalJsonStream.stream(stray, null)).isNull();
    assertThat(((ElectronicFormD) FormDJson.read(stray)).primaryIssuer().address().street1()).isEqualTo("\ud83d x");
    String reversed = good.replaceFirst("\"street1\" : \"[^\"]*\"", "\"street1\" : \"\ude00\ud83d\"");
    assertThat(CanonicalJsonStream.stream(reversed, null)).isNull();
  }

  @Test
  void streamGivesUpWhereTheTreeRefusesAndTheTreesMessageIsTheOneGiven() throws Exception {
    String good = FormDJson.write(FakeFilings.seeded(5).nextElectronic());
    String paper = FormDJson.write(Altiris2003.filing());
    List<String> bad = List.of(
        good.replaceFirst("\"cik\"", "\"oops\" : 1, \"cik\""),
        good.replaceFirst("\"cik\" : (\"[^\"]*\")", "\"cik\" : $1, \"cik\" : $1"),
        good.replaceFirst("\"zipCode\" : \"[^\"]*\"", "\"zipCode\" : 5"),
        good.replaceFirst("\"totalOfferingAmount\" : \"[^\"]*\"", "\"totalOfferingAmount\" : \"ten\""),
        good.replaceFirst("\"totalOfferingAmount\" : \"[^\"]*\"", "\"totalOfferingAmount\" : 10.5"),
        good.replaceFirst("\"entityType\" : \"[^\"]*\"", "\"entityType\" : \"Guild\""),
        good.replaceFirst("\"formatVersion\" : 1", "\"formatVersion\" : 2"),
        good.replaceFirst("\"edition\" : \"ELECTRONIC\"", "\"edition\" : \"STONE\""),
        good.replaceFirst("\\[", "[ null, "),
        good.replaceFirst("\\{", "{ \"formatVersion\" : 1, "),
        good + " {}",
        good.substring(0, good.length() / 2),
        paper.replaceFirst("\"asWritten\" : \"no minimum\"", "\"asWritten\" : \" \""),
        paper.replaceFirst("\"asWritten\" : \"no minimum\"", "\"asWritten\" : \"-\", \"asWritten\" : \"-\""),
        paper.replaceFirst("\"asWritten\" : \"no minimum\"", "\"asWritten\" : \"-\", \"oops\" : \"-\""),
        paper.replaceFirst("\"amount\" : \"0\"", "\"amount\" : 0.5"),
        paper.replaceFirst("\"partC\" : \\{", "\"partC\" : { \"oops\" : true,"),
        "[]", "", "{}");
    for (String document : bad) {
      assertThat(document).isNotEqualTo(good).isNotEqualTo(paper);
      byte[] bytes = utf8(document);
      assertThat(CanonicalJsonStream.stream(bytes, null)).as(document).isNull();
      FormDReadException given = catchThrowableOfType(() -> FormDJson.read(bytes), FormDReadException.class);
      FormDReadException tree = catchThrowableOfType(() -> FormDJson.readLocatedThroughTree(bytes),
          FormDReadException.class);
      assertThat(given).as(document).isNotNull();
      assertThat(given.getMessage()).isEqualTo(tree == null ? null : tree.getMessage());
      // From a String, Jackson's character parser words some syntax errors differently; the path is the same.
      assertThat(catchThrowableOfType(() -> FormDJson.read(document), FormDReadException.class).getMessage())
          .startsWith(given.getMessage().substring(0, given.getMessage().indexOf(':', 4)));
    }
  }

  /** What {@link FormDJson#read(byte[])} gives: the filing, or the refusal's message. */
  private static Object outcome(byte[] bytes) {
    try {
      return FormDJson.read(bytes);
    } catch (FormDReadException e) {
      return e.getMessage();
    }
  }

  private static Object treeOutcome(byte[] bytes) throws Exception {
    try {
      return FormDJson.readLocatedThroughTree(bytes).value();
    } catch (FormDReadException e) {
      return e.getMessage();
    }
  }

  /** Documents the fast path reads, each as the tree does. */
  @Test
  void streamReadsEveryWhitespaceNullNumberAndEscapeJsonAllows() throws Exception {
    String good = FormDJson.write(FakeFilings.seeded(5).nextElectronic());
    String paper = FormDJson.write(Altiris2003.filing());
    List<String> read = List.of(
        " \t\r\n" + good + " \r\n\t ",
        good + "\r",
        good.replace(",\n", " ,\n").replace(" : ", " \t:\r\n "),
        good.replaceFirst("(\"street1\" : \"[^\"]*\"),(\\s*)(\"city\")", "$1,$2\"street2\" : null,$2$3"),
        good.replaceFirst("(\"city\" : \"[^\"]*\"),(\\s*)(\"stateOrCountry\" : \"[^\"]*\")", "$3,$2$1"),
        good.replaceFirst("\"totalAmountSold\" : \"([0-9]+)\"", "\"totalAmountSold\" : $1"),
        good.replaceFirst("\"totalAmountSold\" : \"[0-9]+\"", "\"totalAmountSold\" : 0"),
        good.replaceFirst("\"totalNumberAlreadyInvested\" : [0-9]+",
            "\"totalNumberAlreadyInvested\" : 123456789012345678"),
        good.replaceFirst("\"street1\" : \"[^\"]*\"", Matcher.quoteReplacement(
            "\"street1\" : \"\\u004a\\u004A\\u0030\\u0039\\u0061\\u0066\\u0041\\u0046\\u007e\\u0009x\"")),
        good.replaceFirst("\"notificationEmailAddresses\" : \\[ \\]", "\"notificationEmailAddresses\" : [\r\n]"),
        paper.replaceFirst("\"asWritten\" : \"no minimum\"", "\"asWritten\" : null"),
        paper.replaceFirst("\"amount\" : \"0\",(\\s*)\"asWritten\" : \"no minimum\"",
            "\"asWritten\" : \"no minimum\",$1\"amount\" : \"0\""),
        paper.replaceFirst("\\{\\s*\"amount\" : \"0\",\\s*\"asWritten\" : \"no minimum\"\\s*}", "{ }"),
        good.replaceFirst("\"street1\" : \"[^\"]*\"", "\"street1\" : \"" + "x".repeat(1 << 20) + "\""));
    for (String document : read) {
      assertThat(document).as("variant %d", read.indexOf(document)).isNotEqualTo(good).isNotEqualTo(paper);
      byte[] bytes = utf8(document);
      Object tree = treeOutcome(bytes);
      assertThat(tree).as(document.substring(0, 80)).isInstanceOf(FormD.class);
      JsonSourceMap map = new JsonSourceMap(new SourcePosition(1, 1), 4);
      assertThat(CanonicalJsonStream.stream(bytes, map)).as(document.substring(0, 80)).isEqualTo(tree);
      map.edition(((FormD) tree).edition());
      assertThat(map.positions()).isEqualTo(((JsonSourceMap) FormDJson.readLocatedThroughTree(bytes).sourceMap())
          .positions());
    }
  }

  /** Documents the fast path leaves to the tree, which reads or refuses them. */
  @Test
  void streamLeavesEveryOddityToTheTree() throws Exception {
    String good = FormDJson.write(FakeFilings.seeded(5).nextElectronic());
    List<String> odd = new ArrayList<>(List.of(
        good.replaceFirst("\"formatVersion\"", "\"formatVersionX\""),
        good.replaceFirst("\"formatVersion\" : 1", "\"formatVersion\" : 01"),
        good.replaceFirst("\"formatVersion\" : 1", "\"formatVersion\" : 1.0"),
        good.replaceFirst("\"formatVersion\" : 1", "\"formatVersion\" : 1e0"),
        good.replaceFirst("\"formatVersion\" : 1", "\"formatVersion\" : 1E0"),
        good.replaceFirst("\"moreThan100Issuers\" : false", "\"moreThan100Issuers\" : fals"),
        good.replaceFirst("\"moreThan100Issuers\" : false", "\"moreThan100Issuers\" : nul"),
        good.replaceFirst("\"moreThan100Issuers\" : false", "\"moreThan100Issuers\" : nulL"),
        good.replaceFirst("\"moreThan100Issuers\" : false", "\"moreThan100Issuers\" : trUe"),
        good.replaceFirst("\"totalNumberAlreadyInvested\" : [0-9]+",
            "\"totalNumberAlreadyInvested\" : 1234567890123456789"),
        good.replaceFirst("\"totalNumberAlreadyInvested\" : [0-9]+", "\"totalNumberAlreadyInvested\" : 05"),
        good.replaceFirst("\"totalNumberAlreadyInvested\" : [0-9]+", "\"totalNumberAlreadyInvested\" : -5"),
        good.replaceFirst("\"totalAmountSold\" : \"[0-9]+\"", "\"totalAmountSold\" : 10.5"),
        good.replaceFirst("\"city\"", Matcher.quoteReplacement("\"\\u0063ity\"")),
        good.replaceFirst("\"street1\" : \"[^\"]*\"", Matcher.quoteReplacement("\"street1\" : \"a\\nb\u0001\"")),
        good.replaceFirst("\"street1\" : \"[^\"]*\"", Matcher.quoteReplacement("\"street1\" : \"a\\x\"")),
        good.replaceFirst("\"street1\" : \"[^\"]*\"", "\"street1\" : \"" + "x".repeat((1 << 20) + 1) + "\""),
        good.replaceFirst("\"street1\" : \"[^\"]*\"", Matcher.quoteReplacement(
            "\"street1\" : \"\\n" + "x".repeat(1 << 20) + "\""))));
    for (String hex : List.of("/", ":", "@", "G", "`", "g")) {
      odd.add(good.replaceFirst("\"street1\" : \"[^\"]*\"",
          Matcher.quoteReplacement("\"street1\" : \"\\u00" + hex + "0\"")));
    }
    odd.add(good.replaceFirst("\"notificationEmailAddresses\" : \\[ \\]", "\"notificationEmailAddresses\" : [ "
        + String.join(", ", Collections.nCopies(JsonValue.MAX_ELEMENTS + 1, "\"a@b.co\"")) + " ]"));
    for (String document : odd) {
      assertThat(document).as("variant %d", odd.indexOf(document)).isNotEqualTo(good);
      byte[] bytes = utf8(document);
      assertThat(CanonicalJsonStream.stream(bytes, null)).as(document.substring(0, 80)).isNull();
      assertThat(outcome(bytes)).isEqualTo(treeOutcome(bytes));
    }
    // Exactly the longest list the tree takes streams.
    String longest = good.replaceFirst("\"notificationEmailAddresses\" : \\[ \\]", "\"notificationEmailAddresses\" : [ "
        + String.join(", ", Collections.nCopies(JsonValue.MAX_ELEMENTS, "\"a@b.co\"")) + " ]");
    assertThat(CanonicalJsonStream.stream(utf8(longest), null)).isNotNull().isEqualTo(treeOutcome(utf8(longest)));
  }

  @Test
  void membersOutOfTheWritersOrderAreReadByTheTree() throws Exception {
    String good = FormDJson.write(FakeFilings.seeded(6).nextElectronic());
    String swapped = good.replaceFirst("\"formatVersion\" : 1,(\\s*)\"edition\" : \"ELECTRONIC\"",
        "\"edition\" : \"ELECTRONIC\",$1\"formatVersion\" : 1");
    assertThat(swapped).isNotEqualTo(good);
    byte[] bytes = utf8(swapped);
    assertThat(CanonicalJsonStream.stream(bytes, null)).isNull();
    assertThat(FormDJson.read(bytes)).isEqualTo(FormDJson.read(good));
    Located<FormD> located = FormDJson.readLocated(bytes);
    assertThat(located.value()).isEqualTo(FormDJson.read(good));
    assertThat(located.sourceMap().locate("issuers[0].cik")).isEqualTo(FormDJson.readLocated(utf8(good))
        .sourceMap().locate("issuers[0].cik"));
  }
}
