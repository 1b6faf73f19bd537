package io.formd.validation;

import io.formd.core.model.OfferingAmount;
import jakarta.validation.valueextraction.ExtractedValue;
import jakarta.validation.valueextraction.UnwrapByDefault;
import jakarta.validation.valueextraction.ValueExtractor;
import java.math.BigDecimal;

/**
 * Lets standard constraints apply to an {@link OfferingAmount}'s definite value; {@code Indefinite} extracts
 * as {@code null}, which standard constraints accept ({@code @DecimalMax("5000000") OfferingAmount total}).
 */
@UnwrapByDefault
public final class OfferingAmountValueExtractor
    implements ValueExtractor<@ExtractedValue(type = BigDecimal.class) OfferingAmount> {

  /** Creates the extractor (providers call this). */
  public OfferingAmountValueExtractor() {}

  @Override
  public void extractValues(OfferingAmount originalValue, ValueReceiver receiver) {
    receiver.value(null, originalValue.amount().map(a -> a.value()).orElse(null));
  }
}
