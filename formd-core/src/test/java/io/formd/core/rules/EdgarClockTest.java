package io.formd.core.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class EdgarClockTest {

  @Test
  void theDefaultClockIsTheSystemClockInWashington() {
    Clock edgar = EdgarClock.INSTANCE;
    assertThat(edgar.getZone()).isEqualTo(ZoneId.of("America/New_York"));
    assertThat(edgar.withZone(ZoneId.of("America/New_York"))).isSameAs(edgar);
    Clock utc = edgar.withZone(ZoneOffset.UTC);
    assertThat(utc.getZone()).isEqualTo(ZoneOffset.UTC);
    assertThat(utc).isNotInstanceOf(EdgarClock.class);
    long before = System.currentTimeMillis();
    long read = edgar.millis();
    long instant = edgar.instant().toEpochMilli();
    long after = System.currentTimeMillis();
    assertThat(read).isBetween(before, after);
    assertThat(instant).isBetween(before, after);
    assertThat(edgar).isEqualTo(EdgarClock.INSTANCE).hasSameHashCodeAs(EdgarClock.INSTANCE)
        .isNotEqualTo(Clock.system(ZoneId.of("America/New_York")));
    assertThat(edgar).hasToString("EdgarClock[America/New_York]");
  }
}
