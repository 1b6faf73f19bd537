package io.formd.core.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.Locale;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;

class UsdAmountTest {

  @Test
  void tenDollarsEqualsTenDollarsAndNoCents() {
    UsdAmount ten = UsdAmount.of(10);
    UsdAmount tenPointZeroZero = UsdAmount.of(new BigDecimal("10.00"));
    assertThat(tenPointZeroZero).isEqualTo(ten);
    assertThat(tenPointZeroZero.hashCode()).isEqualTo(ten.hashCode());
    assertThat(UsdAmount.parse("10.0")).isEqualTo(ten);
    assertThat(UsdAmount.of(new BigDecimal("1E+1"))).isEqualTo(ten);
    assertThat(ten.toPlainString()).isEqualTo("10");
  }

  @Test
  void negativeAmountsAreRefusedNamingTheValue() {
    assertThatThrownBy(() -> UsdAmount.of(-1)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("negative").hasMessageContaining("-1");
  }

  @Test
  void fractionsOfACentAreRefusedNeverRounded() {
    assertThatThrownBy(() -> UsdAmount.of(new BigDecimal("1.005")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("1.005");
  }

  @Test
  void parseRefusesSeparatorsSignsAndCurrencySymbols() {
    for (String bad : new String[] {"1,000", "-5", "$5", "", " 5", "5.", "1e5", "NaN"}) {
      assertThatThrownBy(() -> UsdAmount.parse(bad)).as(bad)
          .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'" + bad + "'");
    }
  }

  @Test
  void formatIsUsStyleWhateverTheDefaultLocale() {
    // The build pins en-US; set others here, digits and separators of their own included.
    Locale before = Locale.getDefault();
    try {
      for (Locale locale : new Locale[] {Locale.GERMANY, new Locale("ar", "EG"),
          new Locale("hi", "IN"), new Locale("fr", "CH"), Locale.US}) {
        Locale.setDefault(locale);
        assertThat(UsdAmount.of(9_699_000).format()).as(locale.toString()).isEqualTo("$9,699,000.00");
        assertThat(UsdAmount.parse("0.5").format()).as(locale.toString()).isEqualTo("$0.50");
        assertThat(UsdAmount.parse("1234567.89").toPlainString()).as(locale.toString()).isEqualTo("1234567.89");
      }
    } finally {
      Locale.setDefault(before);
    }
  }

  @Test
  void arithmeticIsExact() {
    assertThat(UsdAmount.of(1_000).plus(UsdAmount.of(300_000))).isEqualTo(UsdAmount.of(301_000));
    assertThat(UsdAmount.of(1).minus(UsdAmount.of(3))).isEqualByComparingTo("-2");
    assertThat(UsdAmount.parse("0.10").plus(UsdAmount.parse("0.20"))).isEqualTo(UsdAmount.parse("0.3"));
  }

  @Property
  void equalityAndHashIgnoreTrailingZeros(
      @ForAll @LongRange(min = 0, max = 999_999_999_999L) long cents, @ForAll @IntRange(min = 0, max = 6) int pad) {
    BigDecimal value = BigDecimal.valueOf(cents, 2);
    UsdAmount plain = UsdAmount.of(value);
    UsdAmount padded = UsdAmount.of(value.setScale(2 + pad));
    assertThat(padded).isEqualTo(plain);
    assertThat(padded.hashCode()).isEqualTo(plain.hashCode());
    assertThat(UsdAmount.parse(plain.toPlainString())).isEqualTo(plain);
  }

  @Property
  void additionIsCommutativeAndMinusUndoesPlus(
      @ForAll @LongRange(min = 0, max = 999_999_999_999L) long a,
      @ForAll @LongRange(min = 0, max = 999_999_999_999L) long b) {
    UsdAmount x = UsdAmount.of(BigDecimal.valueOf(a, 2));
    UsdAmount y = UsdAmount.of(BigDecimal.valueOf(b, 2));
    assertThat(x.plus(y)).isEqualTo(y.plus(x));
    assertThat(x.plus(y).minus(y)).isEqualByComparingTo(x.value());
  }
}
