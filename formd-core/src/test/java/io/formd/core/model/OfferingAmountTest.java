package io.formd.core.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class OfferingAmountTest {

  @Test
  void indefiniteHasNoAmountAndWritesTheEdgarLiteral() {
    assertThat(OfferingAmount.parse("Indefinite")).isSameAs(OfferingAmount.INDEFINITE);
    assertThat(OfferingAmount.INDEFINITE.isIndefinite()).isTrue();
    assertThat(OfferingAmount.INDEFINITE.amount()).isEmpty();
    assertThat(OfferingAmount.INDEFINITE.toEdgarString()).isEqualTo("Indefinite");
  }

  @Test
  void definiteAmountsCompareByValue() {
    OfferingAmount amount = OfferingAmount.parse("25000000");
    assertThat(amount.isIndefinite()).isFalse();
    assertThat(amount).isEqualTo(OfferingAmount.of(25_000_000));
    assertThat(amount).isNotEqualTo(OfferingAmount.INDEFINITE);
    assertThat(amount.toEdgarString()).isEqualTo("25000000");
  }

  @Test
  void anythingElseIsRefusedWithTheTextAndWhatWasExpected() {
    assertThatThrownBy(() -> OfferingAmount.parse("indefinite"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'indefinite'").hasMessageContaining("Indefinite");
  }
}
