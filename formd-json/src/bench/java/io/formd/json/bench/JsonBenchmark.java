package io.formd.json.bench;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.util.TokenBuffer;
import com.fasterxml.jackson.dataformat.xml.XmlMapper;
import io.formd.core.model.ElectronicFormD;
import io.formd.json.FormDJson;
import io.formd.json.FormDModule;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Canonical JSON, side by side on the same 200 documents (one operation does them all):
 * {@code formdRead}/{@code formdWrite} against a raw Jackson token scan (the floor; {@code tokenWrite}, the same
 * tokens replayed, for writing), vanilla databind into
 * untyped maps ({@code databindRead}) and back ({@code databindWrite}) on the same bytes, and vanilla databind
 * into plain POJOs ({@code databindPojoRead}/{@code databindPojoWrite}: {@link EdgarPojo}, the same filings
 * read from their XML, in databind's own JSON shape for those classes, since POJOs cannot take canonical JSON's
 * shape without becoming a second model).
 * Run: {@code mvn -B -Pbench -DskipTests -pl formd-json -am verify -Djmh.args="JsonBenchmark"}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class JsonBenchmark {

  private final JsonFactory factory = new JsonFactory();
  private final ObjectMapper mapper = new ObjectMapper();
  private final ObjectMapper formdMapper = new ObjectMapper().registerModule(new FormDModule());
  private final List<Map<?, ?>> maps = new ArrayList<>();
  private final List<byte[]> pojoJson = new ArrayList<>();
  private final List<TokenBuffer> tokens = new ArrayList<>();
  private final List<EdgarPojo> pojos = new ArrayList<>();

  @Setup
  public void setUp() throws Exception {
    for (byte[] json : Corpus.JSON) {
      maps.add(mapper.readValue(json, Map.class));
      try (JsonParser parser = factory.createParser(json)) {
        parser.nextToken();
        TokenBuffer buffer = new TokenBuffer(parser);
        buffer.copyCurrentStructure(parser);
        tokens.add(buffer);
      }
    }
    XmlMapper xml = XmlMapper.builder()
        .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();
    long canonicalBytes = 0;
    long pojoBytes = 0;
    for (int i = 0; i < Corpus.XML.size(); i++) {
      EdgarPojo pojo = xml.readValue(Corpus.XML.get(i), EdgarPojo.class);
      pojos.add(pojo);
      pojoJson.add(mapper.writeValueAsBytes(pojo));
      canonicalBytes += Corpus.JSON.get(i).length;
      pojoBytes += pojoJson.get(i).length;
    }
    System.out.printf("%ncanonical JSON %,d bytes; databind POJO JSON of the same filings %,d bytes%n",
        canonicalBytes, pojoBytes);
  }

  @Benchmark
  public void databindPojoRead(Blackhole bh) throws Exception {
    for (byte[] json : pojoJson) {
      bh.consume(mapper.readValue(json, EdgarPojo.class));
    }
  }

  @Benchmark
  public void databindPojoWrite(Blackhole bh) throws Exception {
    for (EdgarPojo pojo : pojos) {
      bh.consume(mapper.writeValueAsString(pojo));
    }
  }

  /** {@link FormDJson#readLocated(byte[])}: the same read, keeping each member's line and column. */
  @Benchmark
  public void formdReadLocated(Blackhole bh) throws Exception {
    for (byte[] json : Corpus.JSON) {
      bh.consume(FormDJson.readLocated(json));
    }
  }

  @Benchmark
  public void formdRead(Blackhole bh) throws Exception {
    for (byte[] json : Corpus.JSON) {
      bh.consume(FormDJson.read(json));
    }
  }

  @Benchmark
  public void tokenScan(Blackhole bh) throws Exception {
    for (byte[] json : Corpus.JSON) {
      try (JsonParser parser = factory.createParser(json)) {
        JsonToken token;
        while ((token = parser.nextToken()) != null) {
          if (token == JsonToken.VALUE_STRING || token == JsonToken.FIELD_NAME) {
            bh.consume(parser.getText());
          } else if (token == JsonToken.VALUE_NUMBER_INT) {
            bh.consume(parser.getLongValue());
          }
        }
      }
    }
  }

  @Benchmark
  public void databindRead(Blackhole bh) throws Exception {
    for (byte[] json : Corpus.JSON) {
      bh.consume(mapper.readValue(json, Map.class));
    }
  }

  /**
   * Compact, through {@link io.formd.json.FormDModule} on an {@code ObjectMapper}, as a service writes: the
   * like-for-like peer of {@code databindPojoWrite} (same mapper call, same output sink).
   */
  @Benchmark
  public void formdWriteCompact(Blackhole bh) throws Exception {
    for (ElectronicFormD filing : Corpus.MODELS) {
      bh.consume(formdMapper.writeValueAsString(filing));
    }
  }

  /**
   * The floor of writing: replays each filing's canonical JSON tokens, buffered in advance, through the same
   * mapper call as {@code formdWriteCompact}, with no model to walk.
   */
  @Benchmark
  public void tokenWrite(Blackhole bh) throws Exception {
    for (TokenBuffer buffer : tokens) {
      bh.consume(mapper.writeValueAsString(buffer));
    }
  }

  /** Indented, as {@link FormDJson#write(io.formd.core.model.FormD)} writes. */
  @Benchmark
  public void formdWrite(Blackhole bh) throws Exception {
    for (ElectronicFormD filing : Corpus.MODELS) {
      StringWriter out = new StringWriter(8192);
      FormDJson.write(filing, out);
      bh.consume(out);
    }
  }

  @Benchmark
  public void databindWrite(Blackhole bh) throws Exception {
    for (Map<?, ?> map : maps) {
      bh.consume(mapper.writeValueAsString(map));
    }
  }
}
