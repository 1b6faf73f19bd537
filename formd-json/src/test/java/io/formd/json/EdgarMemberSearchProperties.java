package io.formd.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

/** The search that spares a JSON document without EDGAR's facts a second parse finds what a byte-by-byte scan finds. */
class EdgarMemberSearchProperties {

  /** Bytes near the pattern's, so that partial matches and skips of every length are met. */
  private static final byte[] ALPHABET = "\"edgar \\:{}x".getBytes(StandardCharsets.US_ASCII);

  private static int byteByByte(byte[] bytes) {
    byte[] part = "\"edgar\"".getBytes(StandardCharsets.US_ASCII);
    outer:
    for (int i = 0; i <= bytes.length - part.length; i++) {
      for (int j = 0; j < part.length; j++) {
        if (bytes[i + j] != part[j]) {
          continue outer;
        }
      }
      return i;
    }
    return -1;
  }

  @Property(tries = 2000)
  void theFirstOccurrenceIsFoundWhereAByteByByteScanFindsIt(@ForAll long seed) {
    Random random = new Random(seed);
    byte[] bytes = new byte[random.nextInt(80)];
    for (int i = 0; i < bytes.length; i++) {
      bytes[i] = ALPHABET[random.nextInt(ALPHABET.length)];
    }
    if (bytes.length >= 7 && random.nextBoolean()) {
      System.arraycopy("\"edgar\"".getBytes(StandardCharsets.US_ASCII), 0, bytes, random.nextInt(bytes.length - 6), 7);
    }
    assertThat(FormDJson.indexOfEdgar(bytes)).isEqualTo(byteByByte(bytes));
  }

  @Test
  void theMemberIsFoundAtEitherEndAndNotInAnotherName() {
    assertThat(FormDJson.indexOfEdgar(bytes("\"edgar\""))).isZero();
    assertThat(FormDJson.indexOfEdgar(bytes("{\"a\": 1, \"edgar\""))).isEqualTo(9);
    assertThat(FormDJson.indexOfEdgar(bytes("{\"edgars\": 1, \"xedgar\": 2}"))).isEqualTo(-1);
    assertThat(FormDJson.indexOfEdgar(bytes("\"edgar"))).isEqualTo(-1);
    assertThat(FormDJson.indexOfEdgar(new byte[0])).isEqualTo(-1);
  }

  private static byte[] bytes(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }
}
