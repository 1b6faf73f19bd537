package io.formd.core.rules;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;

/**
 * EDGAR's clock: the system clock in Washington's time zone, whose zone is looked up on first use. Looking up
 * {@code America/New_York} reads the JDK's whole time-zone database (about a tenth of a one-file
 * {@code formd validate}), and most validations never ask for today (a filed notice is judged by its filing date).
 */
final class EdgarClock extends Clock {

  static final EdgarClock INSTANCE = new EdgarClock();

  private EdgarClock() {}

  /** The zone, made when first asked for. */
  private static final class Zone {
    static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
  }

  @Override
  public ZoneId getZone() {
    return Zone.NEW_YORK;
  }

  @Override
  public Clock withZone(ZoneId zone) {
    return zone.equals(getZone()) ? this : Clock.system(zone);
  }

  @Override
  public Instant instant() {
    return Instant.now();
  }

  @Override
  public long millis() {
    return System.currentTimeMillis();
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof EdgarClock;
  }

  @Override
  public int hashCode() {
    return EdgarClock.class.hashCode();
  }

  @Override
  public String toString() {
    return "EdgarClock[America/New_York]";
  }
}
