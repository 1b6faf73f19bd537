package io.formd.json.bench;

import com.ctc.wstx.stax.WstxInputFactory;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.dataformat.xml.XmlMapper;
import io.formd.json.FormDXml;
import java.io.ByteArrayInputStream;
import java.util.concurrent.TimeUnit;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamReader;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;

/**
 * EDGAR XML to a model, side by side on the same 200 documents (one operation reads them all):
 * <ul>
 *   <li>{@code formd}: {@link FormDXml#read(byte[])}, the full strict reader into the immutable model;</li>
 *   <li>{@code formdLocated}: {@link FormDXml#readLocated(byte[])}, the same with a source map;</li>
 *   <li>{@code woodstoxScan}: the floor, a raw Woodstox StAX scan touching every event and its text;</li>
 *   <li>{@code jacksonXmlPojos}: vanilla jackson-dataformat-xml reading the same bytes into plain POJOs.</li>
 * </ul>
 * Run: {@code mvn -B -Pbench -DskipTests -pl formd-json -am verify -Djmh.args="XmlReadBenchmark"}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class XmlReadBenchmark {

  private final XMLInputFactory woodstox = new WstxInputFactory();
  private final XmlMapper xmlMapper = XmlMapper.builder()
      .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

  @Benchmark
  public void formd(Blackhole bh) throws Exception {
    for (byte[] xml : Corpus.XML) {
      bh.consume(FormDXml.read(xml));
    }
  }

  /** {@link FormDXml#readLocated(byte[])}: the same read, keeping each element's line and column. */
  @Benchmark
  public void formdLocated(Blackhole bh) throws Exception {
    for (byte[] xml : Corpus.XML) {
      bh.consume(FormDXml.readLocated(xml));
    }
  }

  @Benchmark
  public void woodstoxScan(Blackhole bh) throws Exception {
    for (byte[] xml : Corpus.XML) {
      XMLStreamReader reader = woodstox.createXMLStreamReader(new ByteArrayInputStream(xml));
      int events = 0;
      while (reader.hasNext()) {
        int event = reader.next();
        if (event == XMLStreamConstants.CHARACTERS) {
          bh.consume(reader.getText());
        } else if (event == XMLStreamConstants.START_ELEMENT) {
          bh.consume(reader.getLocalName());
        }
        events++;
      }
      reader.close();
      bh.consume(events);
    }
  }

  @Benchmark
  public void jacksonXmlPojos(Blackhole bh) throws Exception {
    for (byte[] xml : Corpus.XML) {
      bh.consume(xmlMapper.readValue(xml, EdgarPojo.class));
    }
  }
}
