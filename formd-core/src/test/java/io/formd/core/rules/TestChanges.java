package io.formd.core.rules;

import io.formd.core.TestFilings;
import io.formd.core.examples.Altiris2003;
import io.formd.core.model.ElectronicFormD;
import io.formd.core.model.OfferingAmount;
import io.formd.core.model.OfferingData;
import io.formd.core.model.OfferingSalesAmounts;
import io.formd.core.model.PaperFormD;
import io.formd.core.model.Signature;
import io.formd.core.model.TypeOfFiling;
import io.formd.core.model.UsdAmount;
import java.time.LocalDate;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * The clean test filings ({@link TestFilings#electronic()}, the Altiris seed) changed in one place, for tests that
 * need a known filing with a known value. Filings broken by each rule come from the one breaker table,
 * {@code FakeFilings.brokenBy}.
 */
final class TestChanges {

  static final ElectronicFormD E = TestFilings.electronic();
  static final PaperFormD P = Altiris2003.filing();

  private TestChanges() {}

  static ElectronicFormD e(UnaryOperator<ElectronicFormD.Builder> change) {
    return change.apply(ElectronicFormD.builder().from(E)).build();
  }

  static ElectronicFormD offering(UnaryOperator<OfferingData.Builder> change) {
    return e(b -> b.offering(change.apply(OfferingData.builder().from(E.offering())).build()));
  }

  static ElectronicFormD amounts(long offered, long sold, long remaining) {
    return offering(o -> o.amounts(OfferingSalesAmounts.builder().totalOfferingAmount(OfferingAmount.of(offered))
        .totalAmountSold(UsdAmount.of(sold)).totalRemaining(OfferingAmount.of(remaining)).build()));
  }

  static ElectronicFormD filing(UnaryOperator<TypeOfFiling.Builder> change) {
    return offering(o -> o.typeOfFiling(change.apply(TypeOfFiling.builder().from(E.offering().typeOfFiling()))
        .build()));
  }

  static ElectronicFormD signedOn(ElectronicFormD filing, LocalDate date) {
    return ElectronicFormD.builder().from(filing).signatures(List.of(Signature.builder()
        .from(filing.signatures().get(0))
        .date(date).build())).build();
  }

  static ElectronicFormD withOffering(ElectronicFormD filing, OfferingData offering) {
    return ElectronicFormD.builder().from(filing).offering(offering).build();
  }
}
