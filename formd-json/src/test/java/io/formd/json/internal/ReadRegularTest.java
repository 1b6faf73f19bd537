package io.formd.json.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.formd.json.FormDReadException;
import io.formd.json.FormDXml;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A file read with the size its directory walk saw: the bytes as they are when read, whatever the size said. */
class ReadRegularTest {

  @TempDir
  Path temp;

  @Test
  void theBytesAreReadWholeWhetherTheFileKeptShrankOrGrewSinceItWasListed() throws Exception {
    byte[] text = "<edgarSubmission>the filing</edgarSubmission>".getBytes(StandardCharsets.UTF_8);
    Path file = Files.write(temp.resolve("f.xml"), text);
    assertThat(Inputs.readRegular(file, text.length, false)).isEqualTo(text);
    assertThat(Inputs.readRegular(file, text.length + 100, false)).as("shrank").isEqualTo(text);
    assertThat(Inputs.readRegular(file, 5, false)).as("grew").isEqualTo(text);
    assertThat(Inputs.readRegular(file, 0, false)).as("was empty").isEqualTo(text);
    Path empty = Files.write(temp.resolve("empty.xml"), new byte[0]);
    assertThat(Inputs.readRegular(empty, 0, false)).isEmpty();
    assertThat(Inputs.readBounded(file, false)).isEqualTo(text);
  }

  @Test
  void neverMoreThanAFormDCanBe() throws Exception {
    Path file = temp.resolve("big.xml");
    Files.write(file, new byte[FormDXml.MAX_BYTES + 10]);
    assertThatThrownBy(() -> Inputs.readRegular(file, FormDXml.MAX_BYTES + 10L, false))
        .isInstanceOf(FormDReadException.class).hasMessageContaining("is " + (FormDXml.MAX_BYTES + 10) + " bytes");
    assertThatThrownBy(() -> Inputs.readRegular(file, 10, false))
        .isInstanceOf(FormDReadException.class).hasMessageContaining("grew past " + FormDXml.MAX_BYTES);
    Path atTheBound = temp.resolve("bound.xml");
    Files.write(atTheBound, new byte[FormDXml.MAX_BYTES]);
    assertThat(Inputs.readRegular(atTheBound, 1, false)).hasSize(FormDXml.MAX_BYTES);
  }
}
