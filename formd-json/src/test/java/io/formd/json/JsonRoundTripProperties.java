package io.formd.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.formd.core.examples.Altiris2003;
import io.formd.core.fake.FakeFilings;
import io.formd.core.model.ElectronicFormD;
import io.formd.core.model.FormD;
import io.formd.core.model.Mark;
import io.formd.core.model.MarkedAmount;
import io.formd.core.model.OfferingAmount;
import io.formd.core.model.OfferingData;
import io.formd.core.model.OfferingSalesAmounts;
import io.formd.core.model.PaperFormD;
import io.formd.core.model.PaperPartC;
import io.formd.core.model.StatedAmount;
import io.formd.core.model.UsdAmount;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * For any filing of either edition, read(write(f)) equals f, in JSON and (electronic) in XML. The filings are
 * the real fixtures and the seed with generated amounts, texts (any Unicode, XML-hostile characters included)
 * and marks. A failing property prints its seed; {@code @Property(seed = "...")} replays it.
 */
class JsonRoundTripProperties {

  private static final List<ElectronicFormD> FIXTURES = load();

  private static List<ElectronicFormD> load() {
    List<ElectronicFormD> list = new ArrayList<>();
    for (String name : Fixtures.names()) {
      try {
        list.add(FormDXml.read(Fixtures.bytes(name)));
      } catch (FormDReadException e) {
        throw new IllegalStateException(e);
      }
    }
    return list;
  }

  @Provide
  Arbitrary<String> texts() {
    return Arbitraries.strings().withCharRange(' ', '\uD7FF').withChars('&', '<', '>', '"', '\'', '\t')
        .ofMinLength(1).ofMaxLength(60).filter(s -> !s.isBlank() && s.strip().equals(s));
  }

  @Provide
  Arbitrary<ElectronicFormD> electronic() {
    Arbitrary<ElectronicFormD> base = Arbitraries.of(FIXTURES);
    Arbitrary<Long> offered = Arbitraries.longs().between(0, 999_999_999_999L);
    Arbitrary<Boolean> indefinite = Arbitraries.of(true, false);
    return Combinators.combine(base, offered, indefinite, texts()).as((f, amount, isIndefinite, text) -> {
      OfferingAmount total = isIndefinite ? OfferingAmount.INDEFINITE : OfferingAmount.of(amount);
      OfferingData offering = OfferingData.builder().from(f.offering())
          .amounts(OfferingSalesAmounts.builder().from(f.offering().amounts()).totalOfferingAmount(total)
              .totalRemaining(total).clarification(text).build())
          .businessCombinationClarification(text)
          .build();
      return ElectronicFormD.builder().from(f).offering(offering).build();
    });
  }

  @Provide
  Arbitrary<PaperFormD> paper() {
    Arbitrary<Long> cents = Arbitraries.longs().between(0, 99_999_999_999_999L);
    Arbitrary<Mark> marks = Arbitraries.of(Mark.class);
    return Combinators.combine(cents, marks, texts(), texts()).as((c, mark, token, text) -> {
      PaperFormD seed = Altiris2003.filing();
      PaperPartC partC = PaperPartC.builder().from(seed.partC())
          .legalFees(MarkedAmount.of(mark, StatedAmount.of(UsdAmount.of(BigDecimal.valueOf(c, 2)))))
          .otherExpenses(MarkedAmount.of(mark, StatedAmount.written(token)))
          .otherExpensesDescription(text)
          .build();
      return PaperFormD.builder().from(seed).partC(partC).nameOfOffering(text).build();
    });
  }

  @Property(tries = 200)
  void anyElectronicFilingReadsBackEqualFromJsonAndXml(@ForAll("electronic") ElectronicFormD filing) throws Exception {
    assertThat(FormDJson.read(FormDJson.write(filing))).isEqualTo(filing);
    assertThat(FormDXml.read(FormDXml.write(filing))).isEqualTo(filing);
  }

  @Property(tries = 200)
  void anyPaperFilingReadsBackEqualFromJson(@ForAll("paper") PaperFormD filing) throws Exception {
    FormD back = FormDJson.read(FormDJson.write(filing));
    assertThat(back).isEqualTo(filing);
  }

  /**
   * Member order carries no meaning in JSON: the same filing with every object's members shuffled (and written
   * compact instead of indented) reads back equal, whatever the order, on both facades' parsers.
   */
  @Property(tries = 200)
  void memberOrderDoesNotMatter(@ForAll("anyFiling") FormD filing, @ForAll Random random) throws Exception {
    ObjectMapper mapper = new ObjectMapper();
    JsonNode tree = mapper.readTree(FormDJson.write(filing));
    String shuffled = mapper.writeValueAsString(shuffle(tree, random, mapper));
    assertThat(FormDJson.read(shuffled)).isEqualTo(filing);
    assertThat(FormDJson.read(shuffled.getBytes(StandardCharsets.UTF_8))).isEqualTo(filing);
    ObjectMapper withModule = new ObjectMapper()
        .registerModule(new FormDModule());
    assertThat(withModule.readValue(shuffled, FormD.class)).isEqualTo(filing);
  }

  @Provide
  Arbitrary<FormD> anyFiling() {
    return Arbitraries.oneOf(electronic().map(f -> (FormD) f), Arbitraries.just(Altiris2003.filing()),
        Arbitraries.longs().map(seed -> FakeFilings.seeded(seed).next()));
  }

  private static JsonNode shuffle(JsonNode node,
      Random random, ObjectMapper mapper) {
    if (node.isObject()) {
      List<String> names = new ArrayList<>();
      node.fieldNames().forEachRemaining(names::add);
      Collections.shuffle(names, random);
      ObjectNode copy = mapper.createObjectNode();
      for (String name : names) {
        copy.set(name, shuffle(node.get(name), random, mapper));
      }
      return copy;
    }
    if (node.isArray()) {
      ArrayNode copy = mapper.createArrayNode();
      node.forEach(element -> copy.add(shuffle(element, random, mapper)));
      return copy;
    }
    return node;
  }
}
