package io.formd.json.bench;

import io.formd.core.fake.FakeConfig;
import io.formd.core.fake.FakeFilings;
import io.formd.core.model.Edition;
import io.formd.core.model.ElectronicFormD;
import io.formd.json.FormDJson;
import io.formd.json.FormDXml;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The documents every benchmark reads: the 19 real EDGAR fixtures plus 181 generated electronic filings
 * (seed 1), 200 in all, as XML bytes, JSON bytes and models.
 */
final class Corpus {

  static final List<byte[]> XML = new ArrayList<>();
  static final List<byte[]> JSON = new ArrayList<>();
  static final List<ElectronicFormD> MODELS = new ArrayList<>();

  static {
    try {
      for (String name : fixtureNames()) {
        try (InputStream in = Corpus.class.getResourceAsStream("/fixtures/" + name)) {
          byte[] bytes = in.readAllBytes();
          ElectronicFormD filing = FormDXml.read(bytes);
          // Benchmarks compare parsers on the same bytes: strip the leading blank lines strict parsers refuse.
          XML.add(new String(bytes, StandardCharsets.UTF_8).strip().getBytes(StandardCharsets.UTF_8));
          MODELS.add(filing);
        }
      }
      FakeFilings fakes = FakeFilings.seeded(1, FakeConfig.builder().edition(Edition.ELECTRONIC).build());
      while (MODELS.size() < 200) {
        ElectronicFormD filing = fakes.nextElectronic();
        MODELS.add(filing);
        XML.add(FormDXml.write(filing).getBytes(StandardCharsets.UTF_8));
      }
      for (ElectronicFormD filing : MODELS) {
        JSON.add(FormDJson.write(filing).getBytes(StandardCharsets.UTF_8));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private Corpus() {}

  private static List<String> fixtureNames() throws IOException {
    try (InputStream in = Corpus.class.getResourceAsStream("/fixtures/README.md")) {
      String readme = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      List<String> names = new ArrayList<>();
      Matcher m = Pattern.compile("(da?-[a-z0-9-]+\\.xml)").matcher(readme);
      while (m.find()) {
        if (!names.contains(m.group(1))) {
          names.add(m.group(1));
        }
      }
      return names;
    }
  }
}
