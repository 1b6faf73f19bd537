package io.formd.json;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** The real EDGAR filings in the test resources. */
public final class Fixtures {

  private Fixtures() {}

  public static List<String> names() {
    try (Stream<Path> files = Files.list(Path.of(Fixtures.class.getResource("/fixtures").toURI()))) {
      return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".xml")).sorted()
          .collect(Collectors.toList());
    } catch (IOException | URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  public static byte[] bytes(String name) {
    try (InputStream in = Fixtures.class.getResourceAsStream("/fixtures/" + name)) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
