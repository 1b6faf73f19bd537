package io.formd.validation;

import io.formd.core.model.UsdAmount;
import jakarta.validation.valueextraction.ExtractedValue;
import jakarta.validation.valueextraction.UnwrapByDefault;
import jakarta.validation.valueextraction.ValueExtractor;
import java.math.BigDecimal;

/**
 * Lets standard constraints apply to a {@link UsdAmount} as to its {@link BigDecimal} value:
 * {@code @DecimalMax("5000000") UsdAmount offering}, {@code @Positive UsdAmount price}. Registered through
 * {@code META-INF/services/jakarta.validation.valueextraction.ValueExtractor}.
 */
@UnwrapByDefault
public final class UsdAmountValueExtractor implements ValueExtractor<@ExtractedValue(
    type = BigDecimal.class) UsdAmount> {

  /** Creates the extractor (providers call this). */
  public UsdAmountValueExtractor() {}

  @Override
  public void extractValues(UsdAmount originalValue, ValueReceiver receiver) {
    receiver.value(null, originalValue.value());
  }
}
