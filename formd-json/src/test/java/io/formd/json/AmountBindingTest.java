package io.formd.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import io.formd.core.model.OfferingAmount;
import io.formd.core.model.UsdAmount;
import org.junit.jupiter.api.Test;

/** Amounts bind in a user's own types through {@link FormDModule}, the way canonical JSON writes them. */
class AmountBindingTest {

  /** A user's own type holding formd's amounts. */
  public static final class Deal {
    public UsdAmount minimum;
    public OfferingAmount total;
  }

  private final ObjectMapper mapper = new ObjectMapper().findAndRegisterModules();

  @Test
  void amountsWriteAsCanonicalJsonStringsAndReadBackEqual() throws Exception {
    Deal deal = new Deal();
    deal.minimum = UsdAmount.parse("25000.50");
    deal.total = OfferingAmount.INDEFINITE;
    String json = mapper.writeValueAsString(deal);
    assertThat(json).isEqualTo("{\"minimum\":\"25000.5\",\"total\":\"Indefinite\"}");
    Deal back = mapper.readValue(json, Deal.class);
    assertThat(back.minimum).isEqualTo(deal.minimum);
    assertThat(back.total).isEqualTo(OfferingAmount.INDEFINITE);
  }

  @Test
  void digitsAsStringsOrIntegersRead() throws Exception {
    Deal deal = mapper.readValue("{\"minimum\":\"100\",\"total\":1500000}", Deal.class);
    assertThat(deal.minimum).isEqualTo(UsdAmount.of(100));
    assertThat(deal.total).isEqualTo(OfferingAmount.of(1_500_000));
  }

  @Test
  void aBadAmountIsAMappingErrorNamingTheValue() {
    assertThatThrownBy(() -> mapper.readValue("{\"minimum\":\"-5\"}", Deal.class))
        .isInstanceOf(InvalidFormatException.class).hasMessageContaining("-5");
    assertThatThrownBy(() -> mapper.readValue("{\"minimum\":12.5}", Deal.class))
        .isInstanceOf(MismatchedInputException.class);
    assertThatThrownBy(() -> mapper.readValue("{\"total\":\"lots\"}", Deal.class))
        .isInstanceOf(InvalidFormatException.class).hasMessageContaining("lots");
  }
}
