package io.formd.core.fields.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.formd.core.fake.FakeFilings;
import io.formd.core.fields.FormDFields;
import io.formd.core.fields.Kind;
import io.formd.core.model.ElectronicFormD;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@link FieldWalk#walk} reuses one snapshot per thread, and a walk begun inside a visitor does not disturb it. */
class FieldWalkReuseTest {

  private static final FieldWalk WALK = FieldWalk.of(FormDFields.electronic(), f -> f.kind() == Kind.TEXT);

  private static List<String> visits(Object filing, Runnable onFirst) {
    List<String> seen = new ArrayList<>();
    WALK.walk(filing, (field, value, at) -> {
      if (seen.isEmpty()) {
        onFirst.run();
      }
      seen.add(at.path() + "=" + value);
    });
    return seen;
  }

  @Test
  void aWalkInsideAVisitorLeavesTheOuterWalkAsItWas() {
    FakeFilings fakes = FakeFilings.seeded(12);
    ElectronicFormD outer = fakes.nextElectronic();
    ElectronicFormD inner = fakes.nextElectronic();
    List<String> alone = visits(outer, () -> { });
    List<String> innerAlone = visits(inner, () -> { });
    assertThat(alone).isNotEmpty().isNotEqualTo(innerAlone);
    List<String> nested = new ArrayList<>();
    List<String> withNested = visits(outer, () -> nested.addAll(visits(inner, () -> { })));
    assertThat(withNested).isEqualTo(alone);
    assertThat(nested).isEqualTo(innerAlone);
    // And walks in turn, reusing the thread's snapshot, each see their own filing only.
    assertThat(visits(inner, () -> { })).isEqualTo(innerAlone);
    assertThat(visits(outer, () -> { })).isEqualTo(alone);
  }

  @Test
  void aVisitorThatThrowsLeavesTheSnapshotReusable() {
    ElectronicFormD filing = FakeFilings.seeded(13).nextElectronic();
    List<String> alone = visits(filing, () -> { });
    try {
      visits(filing, () -> {
        throw new IllegalStateException("stop");
      });
    } catch (IllegalStateException expected) {
      assertThat(expected).hasMessage("stop");
    }
    assertThat(visits(filing, () -> { })).isEqualTo(alone);
  }
}
